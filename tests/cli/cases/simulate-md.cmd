# golden output of: relief simulate tests/cli/data/uncertain.yaml scenarios/pragmatic-engagement.yaml -n 5000 -f markdown
args: simulate tests/cli/data/uncertain.yaml scenarios/pragmatic-engagement.yaml -n 5000 -f markdown
status: 0
stdout-file: tests/golden/simulate.md
--- stderr
tests/cli/data/uncertain.yaml:13:13: warning: amount: {range: [150, 500]} is lognormal (both ends are positive): its mean is 292.8, not the midpoint 325, and eval reads it there; for a symmetric one write {normal: [325, 106]}
    amount: {range: [150, 500]}
            ^
