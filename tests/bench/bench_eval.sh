#!/usr/bin/env bash
# Whole-process time of `relief eval` on the default scenario, next to /bin/true as the baseline,
# in one hyperfine run (apt-get install hyperfine). Usage: tests/bench/bench_eval.sh [build/relief]
set -eu
bin=${1:-build/relief}
cd "$(dirname "$0")/../.."
hyperfine -N --warmup 20 --runs 300 \
  "/bin/true" \
  "$bin eval scenarios/pragmatic-engagement.yaml" \
  "$bin eval scenarios/pragmatic-engagement.yaml -f json" \
  "$bin validate --strict scenarios/belavia-2025.yaml scenarios/migration-halt-2025.yaml scenarios/normative-isolation.yaml scenarios/potash-2025.yaml scenarios/pragmatic-engagement.yaml scenarios/realpolitik.yaml"
