# golden output of: relief simulate tests/cli/data/uncertain.yaml scenarios/pragmatic-engagement.yaml -n 5000 -f markdown
args: simulate tests/cli/data/uncertain.yaml scenarios/pragmatic-engagement.yaml -n 5000 -f markdown
status: 0
stdout-file: tests/golden/simulate.md
