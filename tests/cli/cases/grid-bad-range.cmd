# grid: a range outside the input's valid range
args: grid scenarios/potash-2025.yaml --vary credibility:0:2 --vary asks.prisoners.amount
status: 64
--- stderr
relief: error: credibility must stay within [0, 1]: 0 to 2 leaves it
