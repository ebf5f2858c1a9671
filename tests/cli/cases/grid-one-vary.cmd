# grid varies two inputs
args: grid scenarios/potash-2025.yaml --vary credibility
status: 64
--- stderr
relief: error: grid varies two inputs: give --vary twice (given 1)
