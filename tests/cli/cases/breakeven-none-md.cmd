# golden output of: relief breakeven scenarios/pragmatic-engagement.yaml --vary credibility -f markdown
args: breakeven scenarios/pragmatic-engagement.yaml --vary credibility -f markdown
status: 0
stdout-file: tests/golden/breakeven-none.md
