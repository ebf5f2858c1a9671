# a number of another moment does not change net at the scenario's own moment: --target net says so
args: breakeven scenarios/when-to-engage.yaml --vary model.timings.after-war.delay_months --target net
status: 64
--- stderr
relief: error: model.timings.after-war.delay_months does not change net at the scenario's own moment: it belongs to another moment; use --target timing
