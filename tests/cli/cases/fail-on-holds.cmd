# --fail-on costs-outweigh does not trip on a balanced verdict.
args: eval scenarios/potash-2025.yaml --fail-on costs-outweigh -f csv
status: 0
stdout-file: tests/golden/eval-potash.csv
