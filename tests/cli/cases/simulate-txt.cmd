# golden output of: relief simulate tests/cli/data/uncertain.yaml -n 5000 --ascii
args: simulate tests/cli/data/uncertain.yaml -n 5000 --ascii
status: 0
stdout-file: tests/golden/simulate.txt
