# -q: the heat map and the frontiers, without the legend (results only)
args: grid scenarios/potash-2025.yaml --vary asks.prisoners.amount:0:600:5 --vary credibility:0:1:3 -q --ascii
status: 0
--- stdout
Potash for 123 prisoners (Dec 2025)  (scenarios/potash-2025.yaml) — perspective balanced

  net over asks.prisoners.amount (across, 5 values from 0 to 600) and credibility (down, 3 values from 0 to 1); 15 evaluations

  credibility
    1 | . - =x#x#x
  0.5 | . - =x=x+x
    0 | - - -x-x-x
      +----------
       0   300 600   asks.prisoners.amount
  net = 0 between grid points: (279.591, 1), (300, 0.833419), (381.355, 0.5), (450, 0.378006), (600, 0.246493)
  net = margin between grid points: (345.832, 1), (450, 0.616919), (513.363, 0.5), (600, 0.399527)
  net = -margin between grid points: (213.286, 1), (249.264, 0.5), (300, 0.307001), (450, 0.143324), (600, 0.0934598)
  U = 0 between grid points: (240, 0), (240, 0.5), (240, 1)
