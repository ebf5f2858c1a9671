args: breakeven scenarios/potash-2025.yaml --vary credibility --target probability --tolerance 0.01
status: 64
--- stderr
relief: error: --tolerance applies only with --target net: P(net > 0) moves in steps of 1/N
