# golden output of: relief breakeven scenarios/pragmatic-engagement.yaml --vary asks.prisoners.amount --from 0 --to 400 --perspective values-first -f csv
args: breakeven scenarios/pragmatic-engagement.yaml --vary asks.prisoners.amount --from 0 --to 400 --perspective values-first -f csv
status: 0
stdout-file: tests/golden/breakeven-range.csv
