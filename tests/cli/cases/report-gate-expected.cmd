# a gate on the expected net (arrives x mean worth) in a report with -n
args: report scenarios/potash-2025.yaml scenarios/pragmatic-engagement.yaml -n 1000 --fail-on 'expected_net<0' -o /dev/null
status: 1
--- stderr
relief: --fail-on expected_net<0: 'Potash for 123 prisoners (Dec 2025)' (scenarios/potash-2025.yaml), perspective balanced: expected_net is -0.1164
