# golden output of: relief explain scenarios/potash-2025.yaml
args: explain scenarios/potash-2025.yaml
status: 0
stdout-file: tests/golden/explain.txt
