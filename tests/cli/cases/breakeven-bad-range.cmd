args: breakeven scenarios/pragmatic-engagement.yaml --vary credibility --from 0.5 --to 2
status: 64
--- stderr
relief: error: credibility must stay within [0, 1]: --from 0.5 --to 2 leaves it
