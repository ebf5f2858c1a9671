# golden output of: relief explain scenarios/migration-halt-2025.yaml -f json
args: explain scenarios/migration-halt-2025.yaml -f json
status: 0
stdout-file: tests/golden/explain.json
