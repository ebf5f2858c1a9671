# design --shard that is not K/N: a usage error as it is read
args: design --shard 3
status: 64
--- stderr
relief: error: --shard: '3' is not K/N (such as 2/4)
Run 'relief design --help' for more information.
