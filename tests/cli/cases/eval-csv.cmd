# Golden CSV of the default scenario.
args: eval scenarios/pragmatic-engagement.yaml -f csv
status: 0
stdout-file: tests/golden/eval-pragmatic.csv
