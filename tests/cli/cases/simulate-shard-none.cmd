# a shard that owns no chunk of a short run says so instead of printing zeros as figures
args: simulate scenarios/potash-2025.yaml -n 1000 --shard 2/4
status: 0
--- stdout
Potash for 123 prisoners (Dec 2025)  (scenarios/potash-2025.yaml) — perspective balanced
0 samples (shard 2/4: none of the run's 1000), seed 20251128; 24 uncertain inputs

  This shard draws only the run's first 1000 samples, which every shard reports alike; its JSON is for relief merge.
