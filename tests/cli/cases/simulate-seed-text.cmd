args: simulate scenarios/potash-2025.yaml --seed 12x
status: 64
--- stderr
relief: error: --seed takes a whole number from 0 to 18446744073709551615, not '12x'
Run 'relief simulate --help' for more information.
