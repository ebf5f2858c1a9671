# golden output of: relief sensitivity scenarios/potash-2025.yaml --swing 0.5 -f markdown
args: sensitivity scenarios/potash-2025.yaml --swing 0.5 -f markdown
status: 0
stdout-file: tests/golden/sensitivity.md
