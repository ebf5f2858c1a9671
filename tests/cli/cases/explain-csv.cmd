# golden output of: relief explain scenarios/potash-2025.yaml -f csv
args: explain scenarios/potash-2025.yaml -f csv
status: 0
stdout-file: tests/golden/explain.csv
