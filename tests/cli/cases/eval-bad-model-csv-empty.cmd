# A run that fails before any result prints nothing on standard output (no lone CSV header).
args: eval scenarios/potash-2025.yaml --model tests/cli/data/bad-model.yaml -f csv
status: 65
--- stdout
--- stderr
tests/cli/data/bad-model.yaml:3:15: error: unknown criterion kind 'gain' (expected one of: benefit, cost)
  sov: {kind: gain, over_time: decays, rationale: sovereignty}
              ^
