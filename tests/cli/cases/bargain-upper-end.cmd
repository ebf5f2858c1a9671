# the Nash point at the zone's upper end, said (tests/cli/data/bargain.yaml: over [20, 26] the
# zone is [24.615, 26], below the product's peak at 26.538, so it only rises): 26 a1, net
# 0.065 x 26 - 1.5 = 0.190, U 0.6 - 0.02 x 26 = 0.080
args: bargain tests/cli/data/bargain.yaml --model tests/cli/data/counterpart-model.yaml --vary asks.a1.amount --from 20 --to 26
status: 0
--- stdout
Bargain by hand  (tests/cli/data/bargain.yaml) — perspective balanced

  asks.a1.amount varies over [20, 26] (now 20); the EU's minimum is net >= 0.1 (its margin), the regime's U >= 0
  timing  EU gains       regime accepts  zone           Nash point    net      U
  ------------------------------------------------------------------------------
  now     24.6154 to 26  20 to 26        24.6154 to 26          26  0.190  0.080
  at now: the EU and the regime can agree for asks.a1.amount from 25 to 26 a1; the Nash bargaining point is 26 a1, the zone's upper end (net 0.190, U 0.080)
