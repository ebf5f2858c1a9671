# The default scenario as a plain ASCII table (standard output is not a terminal).
args: eval scenarios/pragmatic-engagement.yaml
status: 0
stdout-file: tests/golden/eval-pragmatic.txt
