args: timing scenarios/potash-2025.yaml scenarios/realpolitik.yaml -n 20000 -f csv
status: 0
stdout-file: tests/golden/timing-n.csv
