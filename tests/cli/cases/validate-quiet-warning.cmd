# -q hides warnings and the summary.
args: validate -q tests/bad/warn-amount-clamped.yaml
status: 0
--- stdout
