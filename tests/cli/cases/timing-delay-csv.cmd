# golden output of: relief timing scenarios/pragmatic-engagement.yaml --delay 0:48:12 -f csv
args: timing scenarios/pragmatic-engagement.yaml --delay 0:48:12 -f csv
status: 0
stdout-file: tests/golden/timing-delay.csv
