# golden output of: relief breakeven scenarios/belavia-2025.yaml --vary asks.prisoners.amount -f json
args: breakeven scenarios/belavia-2025.yaml --vary asks.prisoners.amount -f json
status: 0
stdout-file: tests/golden/breakeven-belavia.json
