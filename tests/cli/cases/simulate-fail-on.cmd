args: simulate scenarios/potash-2025.yaml --fail-on balanced
status: 64
--- stderr
relief: error: --fail-on does not apply to simulate: it gates on a verdict, and simulate gives a share of each
