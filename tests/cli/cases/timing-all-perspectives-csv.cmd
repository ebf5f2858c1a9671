# every preset under every perspective: the table "best strategy by preset x perspective"
args: timing scenarios/belavia-2025.yaml scenarios/migration-halt-2025.yaml scenarios/normative-isolation.yaml scenarios/potash-2025.yaml scenarios/pragmatic-engagement.yaml scenarios/realpolitik.yaml --perspective all -f csv
status: 0
stdout-file: tests/golden/timing-all.csv
