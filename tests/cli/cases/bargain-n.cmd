# bargain -n on a package without uncertainty: every draw is the deterministic answer, so the zone
# is there in all of them and the EU's minimum and the regime's maximum do not spread; with no zone
# (the cost set by assumptions), in none
args: bargain tests/cli/data/bargain.yaml tests/cli/data/bargain-no-zone.yaml --model tests/cli/data/counterpart-model.yaml --vary asks.a1.amount -n 1000
status: 0
--- stdout
Bargain by hand  (tests/cli/data/bargain.yaml) — perspective balanced

  asks.a1.amount varies over [0, 100] (now 20); the EU's minimum is net >= 0.1 (its margin), the regime's U >= 0
  timing  EU gains        regime accepts  zone           Nash point    net      U  P(zone)
  ----------------------------------------------------------------------------------------
  now     24.6154 to 100  0 to 30         24.6154 to 30     26.5385  0.225  0.069    1.000
  at now: the EU and the regime can agree for asks.a1.amount from 25 to 30 a1; the Nash bargaining point is 27 a1 (net 0.225, U 0.069)
  over 1000 draws (seed 20251128): a zone in 1.000 +- 0.000 of them; the EU's minimum 24.6154 (p5 24.6154, p95 24.6154; it gains somewhere in 1.000), the regime's maximum 30 (p5 30, p95 30; it accepts somewhere in 1.000)

No zone by hand  (tests/cli/data/bargain-no-zone.yaml) — perspective balanced

  asks.a1.amount varies over [0, 100] (now 20); the EU's minimum is net >= 0.1 (its margin), the regime's U >= 0
  timing  EU gains        regime accepts  zone  Nash point  net  U  P(zone)
  -------------------------------------------------------------------------
  now     24.6154 to 100  0 to 15         none        none    -  -    0.000
  at now: no zone: the EU needs at least 25 a1 and the regime gives at most 15 a1
  over 1000 draws (seed 20251128): a zone in 0.000 +- 0.000 of them; the EU's minimum 24.6154 (p5 24.6154, p95 24.6154; it gains somewhere in 1.000), the regime's maximum 15 (p5 15, p95 15; it accepts somewhere in 1.000)
