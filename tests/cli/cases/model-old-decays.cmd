# A model file of before over_time: the key that replaced `decays` is named, with both spellings.
args: eval scenarios/realpolitik.yaml --model tests/cli/data/old-decays-model.yaml
status: 65
--- stderr
tests/cli/data/old-decays-model.yaml:3:24: error: 'decays' was replaced by 'over_time': write 'over_time: decays' for true, 'over_time: once' for false, or 'over_time: flow'
  sov: {kind: benefit, decays: true, rationale: sovereignty}
                       ^
