args: timing scenarios/potash-2025.yaml --seed 3
status: 64
--- stderr
relief: error: --seed and --threads apply only with -n N
