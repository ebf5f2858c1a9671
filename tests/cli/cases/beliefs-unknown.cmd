# an unknown belief set is a usage error that names the model's
args: eval tests/cli/data/gate-wins.yaml --model tests/cli/data/belief-model.yaml --beliefs scepic
status: 64
--- stderr
relief: error: unknown belief set 'scepic' (did you mean 'sceptic'?); the model has: central, sceptic, or all
