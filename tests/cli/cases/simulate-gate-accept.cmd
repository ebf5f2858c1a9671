# a gate on the regime's acceptance and on the expected net
args: simulate scenarios/designed-now.yaml scenarios/migration-halt-2025.yaml -n 2000 --fail-on 'p_accept<0.55' -q -o /dev/null
status: 1
--- stderr
relief: --fail-on p_accept<0.55: 'Designed deal, now (relief design)' (scenarios/designed-now.yaml), perspective balanced: p_accept is 0.4950 +- 0.0112
