# --target timing with the scenario's own context.delay_months: the strategies set it aside, each
# moment has its own delay; say which PATH to vary instead
args: breakeven tests/cli/data/spec-example.yaml --vary context.delay_months --target timing
status: 64
--- stderr
relief: error: with --target timing, each moment has its own delay: vary model.timings.MOMENT.delay_months (the scenario's context.delay_months is not one of them)
