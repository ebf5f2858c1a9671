# bargain needs the regime's side
args: bargain tests/cli/data/gate-wins.yaml --model tests/cli/data/small-model.yaml --vary asks.a1.amount
status: 64
--- stderr
relief: error: bargain needs the regime's side: the model has no counterpart (relief-scenario(5), MODEL FILE)
