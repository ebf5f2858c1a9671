# golden output of: relief timing scenarios/pragmatic-engagement.yaml -f markdown
args: timing scenarios/pragmatic-engagement.yaml -f markdown
status: 0
stdout-file: tests/golden/timing.md
