args: timing scenarios/belavia-2025.yaml -n 5000 --seed 7 -f json
status: 0
stdout-file: tests/golden/timing-n.json
