# With several files every file is processed and the worst status wins (66 over 65).
args: eval tests/bad/nan.yaml tests/cli/data/no-such-file.yaml -q
status: 66
--- stdout
--- stderr
tests/bad/nan.yaml:2:14: error: credibility must be a finite number, got '.nan'
credibility: .nan
             ^
tests/cli/data/no-such-file.yaml: error: cannot open file: No such file or directory
