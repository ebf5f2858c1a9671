# no zone: the EU needs at least 25 (24.615 rounded up, people are whole) and the regime gives at
# most 15; the counterpart's cost set by the scenario's assumptions
args: bargain tests/cli/data/bargain-no-zone.yaml --model tests/cli/data/counterpart-model.yaml --vary asks.a1.amount
status: 0
--- stdout
No zone by hand  (tests/cli/data/bargain-no-zone.yaml) — perspective balanced

  asks.a1.amount varies over [0, 100] (now 20); the EU's minimum is net >= 0.1 (its margin), the regime's U >= 0
  timing  EU gains        regime accepts  zone  Nash point  net  U
  ----------------------------------------------------------------
  now     24.6154 to 100  0 to 15         none        none    -  -
  at now: no zone: the EU needs at least 25 a1 and the regime gives at most 15 a1
