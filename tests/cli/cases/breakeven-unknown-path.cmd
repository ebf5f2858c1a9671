# An unknown PATH is a usage error with "did you mean" over the paths of that scenario.
args: breakeven scenarios/pragmatic-engagement.yaml --vary asks.prisoner.amount
status: 64
--- stderr
relief: error: no numeric input 'asks.prisoner.amount' in scenario 'Pragmatic engagement' (did you mean 'asks.prisoners.amount'?)
