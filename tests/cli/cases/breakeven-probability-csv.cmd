# golden output of: relief breakeven scenarios/pragmatic-engagement.yaml --vary asks.prisoners.amount --target probability --level 0.9 --perspective values-first -n 2000 -f csv
args: breakeven scenarios/pragmatic-engagement.yaml --vary asks.prisoners.amount --target probability --level 0.9 --perspective values-first -n 2000 -f csv
status: 0
stdout-file: tests/golden/breakeven-probability.csv
