# golden output of: relief breakeven scenarios/belavia-2025.yaml --vary asks.prisoners.amount -f csv
args: breakeven scenarios/belavia-2025.yaml --vary asks.prisoners.amount -f csv
status: 0
stdout-file: tests/golden/breakeven-belavia.csv
