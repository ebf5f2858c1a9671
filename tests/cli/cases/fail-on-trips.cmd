# The CI gate: everything is printed, then the status is 1.
args: eval scenarios/realpolitik.yaml scenarios/pragmatic-engagement.yaml --fail-on costs-outweigh -f json
status: 1
stdout-file: tests/golden/eval-realpolitik-pragmatic.json
--- stderr
relief: --fail-on costs-outweigh: 'Realpolitik' (scenarios/realpolitik.yaml), perspective balanced: net is costs-outweigh
