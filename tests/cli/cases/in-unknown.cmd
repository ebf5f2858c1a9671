# --in names an ask of the model
args: eval tests/cli/data/gate-wins.yaml --model tests/cli/data/small-model.yaml --in b1
status: 64
--- stderr
relief: error: --in takes an ask of the model: unknown ask 'b1' (did you mean 'a1'?); the model has: a1
