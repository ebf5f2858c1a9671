# simulate --shard that is not K/N with 1 <= K <= N: a usage error as it is read
args: simulate scenarios/potash-2025.yaml --shard 5/4
status: 64
--- stderr
relief: error: --shard: 5/4: need 1 <= K <= N <= 100000
Run 'relief simulate --help' for more information.
