# golden output of: relief compare scenarios/belavia-2025.yaml scenarios/migration-halt-2025.yaml scenarios/normative-isolation.yaml scenarios/potash-2025.yaml scenarios/pragmatic-engagement.yaml scenarios/realpolitik.yaml --perspective all -f markdown
args: compare scenarios/belavia-2025.yaml scenarios/migration-halt-2025.yaml scenarios/normative-isolation.yaml scenarios/potash-2025.yaml scenarios/pragmatic-engagement.yaml scenarios/realpolitik.yaml --perspective all -f markdown
status: 0
stdout-file: tests/golden/compare-all.md
