# a figure gate on compare needs -n
args: compare scenarios/potash-2025.yaml --fail-on 'p_accept<0.5'
status: 64
--- stderr
relief: error: --fail-on p_accept<0.5 gates on the simulation: give -n N
