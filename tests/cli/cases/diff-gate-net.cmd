# a gate on a fall of net between two files names the case and the change
args: diff --files scenarios/potash-2025.yaml -- scenarios/belavia-2025.yaml --fail-on-change 'net<-0.1' -q -f csv
status: 1
--- stderr
relief: --fail-on-change net<-0.1: 'Belavia for 52 prisoners (Sep 2025)' (scenarios/belavia-2025.yaml), perspective balanced: net -0.1159 -> -0.5993 (-0.4834)
