#!/usr/bin/env bash
# Whole-process time of `sensitivity` and `breakeven` on the default scenario next to `eval` and
# /bin/true, in one hyperfine run (apt-get install hyperfine). Usage: tests/bench/bench_analyses.sh [build/relief]
set -eu
bin=${1:-build/relief}
cd "$(dirname "$0")/../.."
hyperfine -N --warmup 10 --runs 100 \
  "/bin/true" \
  "$bin eval scenarios/pragmatic-engagement.yaml" \
  "$bin breakeven scenarios/pragmatic-engagement.yaml --vary asks.prisoners.amount --perspective values-first" \
  "$bin sensitivity scenarios/pragmatic-engagement.yaml" \
  "$bin timing scenarios/pragmatic-engagement.yaml --delay 0:120:1" \
  "$bin explain scenarios/pragmatic-engagement.yaml"
