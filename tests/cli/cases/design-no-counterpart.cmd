# design needs the regime's side
args: design --model tests/cli/data/small-model.yaml
status: 64
--- stderr
relief: error: design needs the regime's side: the model has no counterpart (relief-scenario(5), MODEL FILE)
