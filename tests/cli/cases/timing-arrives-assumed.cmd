# timing says that arrives comes from the scenario's assumptions, and where
args: timing tests/cli/data/arrives-assumed.yaml
status: 0
--- stdout
Aid, if the war's end is less likely  (tests/cli/data/arrives-assumed.yaml) — perspective balanced

  timing            delay  arrives    net  verdict                E  chart of E
  ----------------------------------------------------------------------------------------
  now                   0     1.00  0.335  benefits-outweigh  0.335            |##########
  after-war            31     0.56  0.255  benefits-outweigh  0.142            |####
  after-lukashenka     59     0.60  0.196  benefits-outweigh  0.117            |####
  net and verdict: if the moment comes; E: expected net = arrives x net
  note: 2 inputs are distributions, read at their means; see `relief simulate`

  waiting for       lost: flow  decays   once  costs saved  change
  ----------------------------------------------------------------
  after-war              0.106   0.052  0.000       -0.036  -0.193
  after-lukashenka       0.125   0.061  0.000       -0.032  -0.218
  expected benefits lost and costs saved against engaging now; change: saved
    minus lost
  best strategy: engage now (expected net 0.335)
  waiting for after-war never beats engaging now: it would need a probability
    of 1.31 (the scenario's assumptions say 0.56 at
    tests/cli/data/arrives-assumed.yaml:5:42)
  waiting for after-lukashenka never beats engaging now: it would need a
    probability of 1.71 (the model says 0.60)
