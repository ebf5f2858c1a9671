# varying a moment's arrives compares waiting for it with engaging now (the default target then)
args: breakeven scenarios/potash-2025.yaml --vary model.timings.after-lukashenka.arrives
status: 0
stdout-file: tests/golden/breakeven-timing.txt
