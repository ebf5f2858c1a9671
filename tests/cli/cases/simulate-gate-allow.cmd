# --allow exempts a deliberate counter-example, and says so
args: simulate scenarios/realpolitik.yaml scenarios/potash-2025.yaml -n 2000 --fail-on 'p_net_positive<0.9' --allow potash-2025 --allow Realpolitik -o /dev/null
status: 0
--- stderr
relief: --fail-on p_net_positive<0.9: 'Realpolitik' (scenarios/realpolitik.yaml), perspective balanced: p_net_positive is 0.8235 +- 0.0085, allowed (--allow)
relief: --fail-on p_net_positive<0.9: 'Potash for 123 prisoners (Dec 2025)' (scenarios/potash-2025.yaml), perspective balanced: p_net_positive is 0.2750 +- 0.0100, allowed (--allow)
