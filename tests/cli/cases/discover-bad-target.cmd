# an unknown target
args: discover scenarios/potash-2025.yaml --target best=later
status: 64
--- stderr
relief: error: --target best=later: one of benefits-outweigh, costs-outweigh, net>X, net<X, accepted, best=now
