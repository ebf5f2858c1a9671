# golden output of: relief timing scenarios/pragmatic-engagement.yaml
args: timing scenarios/pragmatic-engagement.yaml
status: 0
stdout-file: tests/golden/timing.txt
