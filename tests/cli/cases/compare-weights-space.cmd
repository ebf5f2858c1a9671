# compare --weights-space: rank acceptability and central weights over 5000 weight draws
args: compare scenarios/pragmatic-engagement.yaml scenarios/normative-isolation.yaml scenarios/realpolitik.yaml --weights-space -n 5000
status: 0
--- stdout
Weight space: rank acceptability
  id                    scenario                1st    2nd    3rd
  ---------------------------------------------------------------
  pragmatic-engagement  Pragmatic engagement  0.559  0.419  0.022
  normative-isolation   Normative isolation   0.412  0.246  0.342
  realpolitik           Realpolitik           0.029  0.335  0.636
  the share of 5000 weight draws (the simplex, seed 20251128) in which each
    package ranks 1st, 2nd, ... by expected worth (arrives x worth)

Central weights
  id                     sov   esc   mig   pri   mil   hum   opp   rep   loo
  --------------------------------------------------------------------------
  pragmatic-engagement  0.14  0.12  0.13  0.12  0.11  0.15  0.08  0.07  0.08
  normative-isolation   0.07  0.09  0.08  0.10  0.11  0.08  0.15  0.17  0.15
  realpolitik           0.14  0.30  0.07  0.08  0.14  0.02  0.07  0.05  0.13
  the mean weights of the draws in which each package ranks first (packages
    that never do are left out)
