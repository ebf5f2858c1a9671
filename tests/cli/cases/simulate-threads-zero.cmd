args: simulate scenarios/potash-2025.yaml --threads 0
status: 64
--- stderr
relief: error: --threads takes a whole number from 1 to 1024, not '0'
Run 'relief simulate --help' for more information.
