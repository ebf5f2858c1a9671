# timing gates on the verdict of the best strategy's expected net, and names each scenario
args: timing tests/cli/data/gate-loses.yaml tests/cli/data/gate-wins.yaml tests/cli/data/gate-balanced.yaml --model tests/cli/data/small-model.yaml --fail-on balanced -f csv -o /dev/null
status: 1
--- stdout
--- stderr
relief: --fail-on balanced: 'Loses' (tests/cli/data/gate-loses.yaml), perspective balanced: the expected net of the best strategy (after-lukashenka) is costs-outweigh
relief: --fail-on balanced: 'Balanced' (tests/cli/data/gate-balanced.yaml), perspective balanced: the expected net of the best strategy (now) is balanced
