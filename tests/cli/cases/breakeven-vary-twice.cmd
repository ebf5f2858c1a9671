# breakeven varies one input: --vary given twice is a usage error that says so (not CLI11's count).
args: breakeven scenarios/potash-2025.yaml --vary credibility --vary asks.prisoners.amount
status: 64
--- stderr
relief: error: breakeven varies one input at a time; --vary is given 2 times (credibility, asks.prisoners.amount): run it once for each
