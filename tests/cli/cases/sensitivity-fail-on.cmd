# sensitivity gates on the base verdict
args: sensitivity tests/cli/data/gate-loses.yaml tests/cli/data/gate-wins.yaml --model tests/cli/data/small-model.yaml --fail-on costs-outweigh -f json -o /dev/null
status: 1
--- stdout
--- stderr
relief: --fail-on costs-outweigh: 'Loses' (tests/cli/data/gate-loses.yaml), perspective balanced: net is costs-outweigh
