# a constraints file that cannot be read
args: design tests/cli/data/no-such-constraints.yaml --model tests/cli/data/counterpart-model.yaml
status: 66
--- stderr
tests/cli/data/no-such-constraints.yaml: error: cannot open file: No such file or directory
