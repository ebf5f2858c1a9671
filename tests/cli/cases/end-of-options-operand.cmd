# after '--' a word that looks like an option is a file's name (written ./NAME, the same file)
args: validate scenarios/realpolitik.yaml -- --perspective
status: 66
--- stderr
./--perspective: error: cannot open file: No such file or directory
