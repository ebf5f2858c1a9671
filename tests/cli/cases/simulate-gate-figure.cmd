# a gate on a figure of the simulation: every scenario below the bound is named with the figure
args: simulate scenarios/realpolitik.yaml scenarios/pragmatic-engagement.yaml scenarios/potash-2025.yaml -n 2000 --fail-on 'p_net_positive<0.9' -q -o /dev/null
status: 1
--- stderr
relief: --fail-on p_net_positive<0.9: 'Realpolitik' (scenarios/realpolitik.yaml), perspective balanced: p_net_positive is 0.8235 +- 0.0085
relief: --fail-on p_net_positive<0.9: 'Potash for 123 prisoners (Dec 2025)' (scenarios/potash-2025.yaml), perspective balanced: p_net_positive is 0.2750 +- 0.0100
