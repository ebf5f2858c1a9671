# the Nash point at the zone's lower end, said (tests/cli/data/bargain.yaml: the product
# (0.065x - 1.5)(0.6 - 0.02x) peaks at 26.538, so over [27, 29] it only falls): 27 a1, net
# 0.065 x 27 - 1.5 = 0.255, U 0.6 - 0.02 x 27 = 0.060
args: bargain tests/cli/data/bargain.yaml --model tests/cli/data/counterpart-model.yaml --vary asks.a1.amount --from 27 --to 29
status: 0
--- stdout
Bargain by hand  (tests/cli/data/bargain.yaml) — perspective balanced

  asks.a1.amount varies over [27, 29] (now 20); the EU's minimum is net >= 0.1 (its margin), the regime's U >= 0
  timing  EU gains  regime accepts  zone      Nash point    net      U
  --------------------------------------------------------------------
  now     27 to 29  27 to 29        27 to 29          27  0.255  0.060
  at now: the EU and the regime can agree for asks.a1.amount from 27 to 29 a1; the Nash bargaining point is 27 a1, the zone's lower end (net 0.255, U 0.060)
