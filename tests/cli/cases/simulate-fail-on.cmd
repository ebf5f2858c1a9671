args: simulate scenarios/potash-2025.yaml --fail-on balanced
status: 64
--- stderr
relief: error: --fail-on balanced gates on a verdict, and simulate gives a share of each; gate on a figure instead, such as --fail-on 'p_net_positive<0.8'
