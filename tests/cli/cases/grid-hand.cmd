# grid worked by hand on tests/cli/data/bargain.yaml (see its header): net = 0.065 p x - 1.5 for a1 = x and
# credibility p, U = 0.6 - 0.02x. At p = 1: -1.5, 0.125, 1.75, 3.375, 5 for x = 0, 25, ..., 100; at p = 0.5: -1.5,
# -0.6875, 0.125, 0.9375, 1.75; at p = 0: -1.5. net = 0 between grid points: x = 25 x 1.5 / 1.625 = 23.0769 at p = 1,
# x = 25 + 25 x 0.6875 / 0.8125 = 46.1538 at p = 0.5; p = 0.5 + 0.5 x 0.6875 / 0.8125 = 0.923077 at x = 25,
# p = 0.5 x 1.5 / 1.625 = 0.461538 at x = 50, 0.5 x 1.5 / 2.4375 = 0.307692 at 75, 0.5 x 1.5 / 3.25 = 0.230769 at 100.
# U = 0 at x = 25 + 25 x 0.1 / 0.5 = 30 whatever p.
args: grid tests/cli/data/bargain.yaml --model tests/cli/data/counterpart-model.yaml --vary asks.a1.amount:0:100:5 --vary credibility:0:1:3 --ascii
status: 0
--- stdout
Bargain by hand  (tests/cli/data/bargain.yaml) — perspective balanced

  net over asks.a1.amount (across, 5 values from 0 to 100) and credibility (down, 3 values from 0 to 1); 15 evaluations

  credibility
    1 | - + +x#x#x
  0.5 | - - +x+x+x
    0 | - - -x-x-x
      +----------
       0   50  100   asks.a1.amount
  # net >= 2.500, + benefits outweigh (net > margin 0.1), = balanced, - costs
    outweigh, . net <= -2.500; x the regime refuses (U < 0)
  net = 0 between grid points: (23.0769, 1), (25, 0.923077), (46.1538, 0.5), (50, 0.461538), (75, 0.307692), (100, 0.230769)
  net = margin between grid points: (24.6154, 1), (25, 0.984615), (49.2308, 0.5), (50, 0.492308), (75, 0.328205), (100, 0.246154)
  net = -margin between grid points: (21.5385, 1), (25, 0.861538), (43.0769, 0.5), (50, 0.430769), (75, 0.287179), (100, 0.215385)
  U = 0 between grid points: (30, 0), (30, 0.5), (30, 1)
