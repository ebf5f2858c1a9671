# A file that cannot be opened: exit 66, a diagnostic without a position.
args: eval tests/cli/data/no-such-file.yaml
status: 66
--- stderr
tests/cli/data/no-such-file.yaml: error: cannot open file: No such file or directory
