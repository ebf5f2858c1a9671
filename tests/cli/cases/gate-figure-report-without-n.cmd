# report gates on a figure only with -n
args: report scenarios/realpolitik.yaml --fail-on 'p_net_positive<0.8' -o /dev/null
status: 64
--- stderr
relief: error: --fail-on p_net_positive<0.8 gates on the simulation: give -n N
