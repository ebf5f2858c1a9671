# design worked by hand (tests/cli/data/design-small.yaml on counterpart-model.yaml, now, balanced:
# weights 0.5/0.25/0.25, K_rep = 1.5 x 2 = 3, credibility 0.5). With m1 and m2 and a1 = x people:
# net = 0.5 x 4 + 0.25 (1 + 0.05x) - 0.25 x 3 (2 - 0.005x) = 0.75 + 0.01625x and U = 2 + 1 - 0.02x - 0.4:
# x = 100 gives 2.375 (U 0.6), 90 gives 2.2125; m1 alone accepts x <= 80 (U = 1.6 - 0.02x): 1.8. The frontier is
# m1 and m2 with x from 100 down to 10 (net falls 0.1625 as U rises 0.2 per step); x = 0 asks nothing.
args: design tests/cli/data/design-small.yaml --model tests/cli/data/counterpart-model.yaml --frontier
status: 0
--- stdout
Best packages the regime accepts, now — perspective balanced

  credibility 0.5 (the model's); scopes in steps of 1; 44 packages on the
    grid, searched exactly
  #    net      U  offer       asks
  -----------------------------------
  1  2.375  0.600  m1 1, m2 1  a1 100
  2  2.213  0.800  m1 1, m2 1  a1 90
  3  2.050  1.000  m1 1, m2 1  a1 80
  4  1.888  1.200  m1 1, m2 1  a1 70
  5  1.800  0.000  m1 1        a1 80

  Frontier: 10 deals the regime accepts (U >= 0) and the EU gains from (net >=
    margin 0.1) that no other deal beats on both, by the regime's surplus
   #    net      U  offer       asks
  ------------------------------------
   1  2.375  0.600  m1 1, m2 1  a1 100
   2  2.213  0.800  m1 1, m2 1  a1 90
   3  2.050  1.000  m1 1, m2 1  a1 80
   4  1.888  1.200  m1 1, m2 1  a1 70
   5  1.725  1.400  m1 1, m2 1  a1 60
   6  1.563  1.600  m1 1, m2 1  a1 50
   7  1.400  1.800  m1 1, m2 1  a1 40
   8  1.238  2.000  m1 1, m2 1  a1 30
   9  1.075  2.200  m1 1, m2 1  a1 20
  10  0.913  2.400  m1 1, m2 1  a1 10
