args: breakeven scenarios/potash-2025.yaml --vary credibility --level 0.5
status: 64
--- stderr
relief: error: --level applies only with --target probability
