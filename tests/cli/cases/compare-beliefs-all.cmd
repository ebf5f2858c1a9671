# --beliefs all: a matrix per belief set, then each package over every cell (backed, worst net,
# largest regret); on the small model with one belief set, whose numbers make every cell by hand
args: compare tests/cli/data/gate-wins.yaml tests/cli/data/gate-loses.yaml tests/cli/data/gate-balanced.yaml --model tests/cli/data/belief-model.yaml --perspective all --beliefs all
status: 0
--- stdout
Net by perspective, beliefs central
  id             scenario   balanced      other  backed
  -----------------------------------------------------
  gate-wins      Wins       0.250 +    0.250 +      2/2
  gate-balanced  Balanced   0.050 =    0.050 =      0/2
  gate-loses     Loses     -1.500 -   -3.000 -      0/2

Net by perspective, beliefs sceptic
  id             scenario   balanced      other  backed
  -----------------------------------------------------
  gate-wins      Wins       0.000 =    0.000 =      0/2
  gate-balanced  Balanced   0.000 =    0.000 =      0/2
  gate-loses     Loses     -1.500 -   -3.000 -      0/2
  + benefits outweigh, = balanced, - costs outweigh; ! the regime refuses it
    (worth 0); backed: benefits outweigh and the regime accepts; rows in the
    order of the first perspective

Across belief sets and perspectives
  id             scenario  backed  worst worth  in                 max regret  in
  ----------------------------------------------------------------------------------------------
  gate-wins      Wins         2/4        0.000  balanced, sceptic       0.000  balanced, central
  gate-balanced  Balanced     0/4        0.000  balanced, sceptic       0.200  balanced, central
  gate-loses     Loses        0/4       -3.000  other, central          3.250  other, central
  backed: cells (belief set x perspective) where benefits outweigh and the
    regime accepts; worth: net if the regime accepts, 0 if it refuses; regret:
    how far the worth falls below the best package's in a cell
