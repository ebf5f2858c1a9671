args: simulate scenarios/potash-2025.yaml -n abc
status: 64
--- stderr
relief: error: -n takes a whole number of samples from 1 to 100000000 (such as 100000 or 1e6), not 'abc'
Run 'relief simulate --help' for more information.
