# timing gates on the verdict of the best strategy's expected net, and names each scenario
args: timing scenarios/realpolitik.yaml scenarios/pragmatic-engagement.yaml scenarios/potash-2025.yaml --fail-on balanced -f csv -o /dev/null
status: 1
--- stdout
--- stderr
relief: --fail-on balanced: 'Realpolitik' (scenarios/realpolitik.yaml), perspective balanced: the expected net of the best strategy (after-lukashenka) is costs-outweigh
relief: --fail-on balanced: 'Potash for 123 prisoners (Dec 2025)' (scenarios/potash-2025.yaml), perspective balanced: the expected net of the best strategy (after-lukashenka) is balanced
