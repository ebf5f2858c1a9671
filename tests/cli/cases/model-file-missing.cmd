args: model --model tests/cli/data/no-such-model.yaml
status: 66
--- stderr
tests/cli/data/no-such-model.yaml: error: cannot open file: No such file or directory
