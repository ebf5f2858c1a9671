# golden output of: relief simulate tests/cli/data/uncertain.yaml scenarios/potash-2025.yaml -n 5000 -f csv
args: simulate tests/cli/data/uncertain.yaml scenarios/potash-2025.yaml -n 5000 -f csv
status: 0
stdout-file: tests/golden/simulate.csv
--- stderr
tests/cli/data/uncertain.yaml:13:13: warning: amount: {range: [150, 500]} is lognormal (both ends are positive): its mean is 292.8, not the midpoint 325, and eval reads it there; for a symmetric one write {normal: [325, 106]}
    amount: {range: [150, 500]}
            ^
