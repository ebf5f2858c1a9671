# --fail-on balanced trips on balanced (the potash deal) as well as on costs-outweigh.
args: eval scenarios/potash-2025.yaml --fail-on balanced -f csv
status: 1
stdout-file: tests/golden/eval-potash.csv
--- stderr
relief: --fail-on balanced: 'Potash for 123 prisoners (Dec 2025)' (scenarios/potash-2025.yaml), perspective balanced: net is balanced
