# golden output of: relief sensitivity scenarios/pragmatic-engagement.yaml --ascii
args: sensitivity scenarios/pragmatic-engagement.yaml --ascii
status: 0
stdout-file: tests/golden/sensitivity.txt
