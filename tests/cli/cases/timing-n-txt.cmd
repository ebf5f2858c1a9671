# golden output of timing -n: each strategy's mean net and P(best), from common random numbers
args: timing scenarios/pragmatic-engagement.yaml -n 20000 --threads 2
status: 0
stdout-file: tests/golden/timing-n.txt
