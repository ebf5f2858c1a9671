args: simulate scenarios/potash-2025.yaml --samples /nonexistent/draws.csv
status: 64
--- stderr
relief: error: --samples: the directory '/nonexistent' does not exist
