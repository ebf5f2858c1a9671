# golden output of: relief simulate tests/cli/data/uncertain.yaml scenarios/potash-2025.yaml -n 5000 -f json
args: simulate tests/cli/data/uncertain.yaml scenarios/potash-2025.yaml -n 5000 -f json
status: 0
stdout-file: tests/golden/simulate.json
