# golden output of: relief simulate tests/cli/data/uncertain.yaml scenarios/potash-2025.yaml -n 5000 -f csv
args: simulate tests/cli/data/uncertain.yaml scenarios/potash-2025.yaml -n 5000 -f csv
status: 0
stdout-file: tests/golden/simulate.csv
