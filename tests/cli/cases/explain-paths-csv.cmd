# golden output of: relief explain --paths scenarios/potash-2025.yaml -f csv
args: explain --paths scenarios/potash-2025.yaml -f csv
status: 0
stdout-file: tests/golden/explain-paths.csv
