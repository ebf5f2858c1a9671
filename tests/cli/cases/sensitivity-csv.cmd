# golden output of: relief sensitivity scenarios/pragmatic-engagement.yaml -f csv
args: sensitivity scenarios/pragmatic-engagement.yaml -f csv
status: 0
stdout-file: tests/golden/sensitivity.csv
