# -n on compare samples the weight space
args: compare scenarios/potash-2025.yaml -n 100
status: 64
--- stderr
relief: error: -n applies only with --weights-space
