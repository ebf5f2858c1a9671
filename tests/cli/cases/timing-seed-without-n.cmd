args: timing scenarios/potash-2025.yaml --seed 3
status: 64
--- stderr
relief: error: --seed requires -n
Run 'relief timing --help' for more information.
