# grid: STEPS must be whole, from 2
args: grid scenarios/potash-2025.yaml --vary credibility:0:1:1.5 --vary asks.prisoners.amount
status: 64
--- stderr
relief: error: --vary credibility:0:1:1.5: STEPS must be a whole number from 2 to 1000
