# compare -n: the ranking at the means with P(net>0), P(first) within the ranking and P(accept) (issue 19 item 5)
args: compare scenarios/potash-2025.yaml scenarios/belavia-2025.yaml scenarios/realpolitik.yaml -n 2000 --wide
status: 0
--- stdout
Ranking by worth under balanced
  #  id            scenario                             benefits  costs     net  verdict              worth  P(net>0)  P(first)  P(accept)
  ----------------------------------------------------------------------------------------------------------------------------------------
  1  realpolitik   Realpolitik                             1.602  1.315   0.287  benefits-outweigh   0.287      0.824     0.920      0.977
  2  potash-2025   Potash for 123 prisoners (Dec 2025)     0.412  0.528  -0.116  costs-outweigh     -0.116      0.275     0.072      0.906
  3  belavia-2025  Belavia for 52 prisoners (Sep 2025)     0.191  0.791  -0.599  costs-outweigh     -0.599      0.005     0.008      0.917
  P(net>0), P(first), P(accept): over 2000 draws (seed 20251128) of every
    uncertain input, the same draws for every package of a ranking; P(first):
    the share of draws in which its net is the highest of the ranking
  note: 3 scenarios read distributions at their means; see `relief simulate`
