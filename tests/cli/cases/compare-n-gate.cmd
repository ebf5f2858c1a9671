# a figure gate on compare -n: each scenario below the bound named, --allow exempts one
args: compare scenarios/potash-2025.yaml scenarios/belavia-2025.yaml scenarios/realpolitik.yaml -n 2000 --fail-on 'p_net_positive<0.9' --allow belavia-2025 -q
status: 1
--- stderr
relief: --fail-on p_net_positive<0.9: 'Potash for 123 prisoners (Dec 2025)' (scenarios/potash-2025.yaml), perspective balanced: p_net_positive is 0.2750 +- 0.0100
relief: --fail-on p_net_positive<0.9: 'Realpolitik' (scenarios/realpolitik.yaml), perspective balanced: p_net_positive is 0.8235 +- 0.0085
