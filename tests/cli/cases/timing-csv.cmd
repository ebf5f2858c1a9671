# golden output of: relief timing scenarios/pragmatic-engagement.yaml -f csv
args: timing scenarios/pragmatic-engagement.yaml -f csv
status: 0
stdout-file: tests/golden/timing.csv
