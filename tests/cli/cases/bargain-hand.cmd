# bargain on a package worked by hand (tests/cli/data/bargain.yaml): the EU gains from 24.615, the
# regime accepts up to 30, the Nash point is 26.538 with net 0.225 and U 0.069; and every moment
args: bargain tests/cli/data/bargain.yaml --model tests/cli/data/counterpart-model.yaml --vary asks.a1.amount --timing all
status: 0
--- stdout
Bargain by hand  (tests/cli/data/bargain.yaml) — perspective balanced

  asks.a1.amount varies over [0, 100] (now 20); the EU's minimum is net >= 0.1 (its margin), the regime's U >= 0
  timing            EU gains        regime accepts  zone           Nash point    net      U
  -----------------------------------------------------------------------------------------
  now               24.6154 to 100  0 to 30         24.6154 to 30     26.5385  0.225  0.069
  after-ceasefire   20.9677 to 100  0 to 30         20.9677 to 30     24.6774  0.330  0.106
  after-war         18.3333 to 100  0 to 30         18.3333 to 30     23.3333  0.400  0.133
  after-lukashenka  6.66667 to 100  0 to 50         6.66667 to 50      27.381  1.187  0.452
  at now: the EU and the regime can agree for asks.a1.amount from 25 to 30 a1; the Nash bargaining point is 27 a1 (net 0.225, U 0.069)
  at after-ceasefire: the EU and the regime can agree for asks.a1.amount from 21 to 30 a1; the Nash bargaining point is 25 a1 (net 0.330, U 0.106)
  at after-war: the EU and the regime can agree for asks.a1.amount from 19 to 30 a1; the Nash bargaining point is 23 a1 (net 0.400, U 0.133)
  at after-lukashenka: the EU and the regime can agree for asks.a1.amount from 7 to 50 a1; the Nash bargaining point is 27 a1 (net 1.187, U 0.452)
