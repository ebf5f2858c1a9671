# The benchmark's model and scenario stay valid as the model format changes (tests/bench/).
args: simulate tests/bench/simulate/scenario.yaml --model tests/bench/simulate/model.yaml -n 100 -q
status: 0
