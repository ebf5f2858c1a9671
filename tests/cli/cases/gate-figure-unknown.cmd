# an unknown figure
args: simulate scenarios/realpolitik.yaml --fail-on 'p_net<0.8'
status: 64
--- stderr
relief: error: --fail-on: unknown figure 'p_net' in 'p_net<0.8'; one of p_net_positive, p_accept, expected_net
Run 'relief simulate --help' for more information.
