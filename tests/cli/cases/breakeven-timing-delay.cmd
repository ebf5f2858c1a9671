# a number of a moment other than the scenario's own does not move net: the target is timing
args: breakeven scenarios/when-to-engage.yaml --vary model.timings.after-war.delay_months -f csv
status: 0
stdout-file: tests/golden/breakeven-timing-delay.csv
