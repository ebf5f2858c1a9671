args: breakeven scenarios/potash-2025.yaml --vary asks.prisoners.amount --target timing -f csv
status: 0
stdout-file: tests/golden/breakeven-timing.csv
