# A model file is validated like a scenario.
args: eval scenarios/realpolitik.yaml --model tests/cli/data/bad-model.yaml
status: 65
--- stderr
tests/cli/data/bad-model.yaml:3:15: error: unknown criterion kind 'gain' (expected one of: benefit, cost)
  sov: {kind: gain, over_time: decays, rationale: sovereignty}
              ^
