# golden output of: relief breakeven scenarios/belavia-2025.yaml --vary asks.prisoners.amount
args: breakeven scenarios/belavia-2025.yaml --vary asks.prisoners.amount
status: 0
stdout-file: tests/golden/breakeven-belavia.txt
