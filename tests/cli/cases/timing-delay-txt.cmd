# golden output of: relief timing scenarios/pragmatic-engagement.yaml --delay 0:48:6
args: timing scenarios/pragmatic-engagement.yaml --delay 0:48:6
status: 0
stdout-file: tests/golden/timing-delay.txt
