# grid: an unknown input
args: grid scenarios/potash-2025.yaml --vary credibilty --vary asks.prisoners.amount
status: 64
--- stderr
relief: error: no numeric input 'credibilty' in scenario 'Potash for 123 prisoners (Dec 2025)' (did you mean 'credibility'?)
