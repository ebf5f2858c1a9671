# -q: the weight space's two tables without their notes
args: compare scenarios/potash-2025.yaml scenarios/realpolitik.yaml --weights-space -n 500 -q --ascii
status: 0
--- stdout
Weight space: rank acceptability
  id           scenario                               1st    2nd
  --------------------------------------------------------------
  realpolitik  Realpolitik                          0.712  0.288
  potash-2025  Potash for 123 prisoners (Dec 2025)  0.288  0.712

Central weights
  id            sov   esc   mig   pri   mil   hum   opp   rep   loo
  -----------------------------------------------------------------
  realpolitik  0.14  0.12  0.12  0.11  0.12  0.12  0.08  0.08  0.11
  potash-2025  0.08  0.07  0.08  0.11  0.10  0.08  0.17  0.20  0.12
