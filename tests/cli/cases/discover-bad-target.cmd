# an unknown target
args: discover scenarios/potash-2025.yaml --target best=now
status: 64
--- stderr
relief: error: --target best=now: one of benefits-outweigh, costs-outweigh, net>X, net<X, accepted
