# golden output of: relief timing scenarios/pragmatic-engagement.yaml -f json
args: timing scenarios/pragmatic-engagement.yaml -f json
status: 0
stdout-file: tests/golden/timing.json
