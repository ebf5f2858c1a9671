# No file could be read: no empty JSON document either.
args: timing tests/cli/data/no-such-file.yaml -f json
status: 66
--- stdout
--- stderr
tests/cli/data/no-such-file.yaml: error: cannot open file: No such file or directory
