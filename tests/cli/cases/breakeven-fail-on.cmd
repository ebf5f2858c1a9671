# --fail-on where there is no verdict per scenario is a usage error, never ignored
args: breakeven scenarios/potash-2025.yaml --vary credibility --fail-on balanced
status: 64
--- stdout
--- stderr
relief: error: --fail-on applies to eval, compare, timing and sensitivity, which give each scenario a verdict; not to breakeven
