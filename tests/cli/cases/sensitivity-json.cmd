# golden output of: relief sensitivity scenarios/potash-2025.yaml -f json
args: sensitivity scenarios/potash-2025.yaml -f json
status: 0
stdout-file: tests/golden/sensitivity.json
