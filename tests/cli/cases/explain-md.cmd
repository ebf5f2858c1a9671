# golden output of: relief explain scenarios/belavia-2025.yaml -f markdown
args: explain scenarios/belavia-2025.yaml -f markdown
status: 0
stdout-file: tests/golden/explain.md
