args: simulate scenarios/potash-2025.yaml -n 0
status: 64
--- stderr
relief: error: -n takes a whole number of samples from 1 to 100000000 (such as 100000 or 1e6), not '0'
Run 'relief simulate --help' for more information.
