# Golden JSON of the default scenario.
args: eval scenarios/pragmatic-engagement.yaml --format json
status: 0
stdout-file: tests/golden/eval-pragmatic.json
