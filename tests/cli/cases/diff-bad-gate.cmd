# --fail-on-change takes what can change
args: diff --files scenarios/potash-2025.yaml -- scenarios/belavia-2025.yaml --fail-on-change nets
status: 64
--- stderr
relief: error: --fail-on-change nets: one of verdict, rank, best-moment, acceptance, 'net<X' (net fell by more than -X), 'net>X'
