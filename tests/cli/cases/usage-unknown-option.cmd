# A misspelt option is named, with the closest one, and points at the command's help
args: eval scenarios/potash-2025.yaml --persepctive balanced
status: 64
--- stdout
--- stderr
relief: error: unknown option '--persepctive' for eval (did you mean '--perspective'?)
Run 'relief eval --help' for its options.
