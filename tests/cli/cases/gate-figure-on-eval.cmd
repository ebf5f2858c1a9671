# a figure gate needs a simulation
args: eval scenarios/realpolitik.yaml --fail-on 'p_net_positive<0.8'
status: 64
--- stderr
relief: error: --fail-on p_net_positive<0.8 gates on a figure of a simulation: simulate, report -n or compare -n; eval gates on a verdict (costs-outweigh, balanced)
