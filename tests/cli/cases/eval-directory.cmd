# A directory given as a file.
args: eval scenarios
status: 66
--- stderr
scenarios: error: cannot read: is a directory
