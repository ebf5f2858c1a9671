#!/usr/bin/env bash
# The cost of `relief discover` (issue 19, SPEC 7: 100,000 draws of 30 inputs under 2 s on one
# core): discover of the preset with 30 uncertain inputs, and of one with 50, against `relief eval`
# of the same file in the same hyperfine run; the draws and inputs each one reads.
# Usage: tests/bench/bench_discover.sh [build/relief]
set -eu
bin=${1:-build/relief}
cd "$(dirname "$0")/../.."
thirty=scenarios/migration-halt-2025.yaml
fifty=scenarios/pragmatic-engagement.yaml
for f in "$thirty" "$fifty"; do
  echo "$f: $("$bin" discover "$f" -n 100000 | grep -o '[0-9]* draws of [0-9]* uncertain inputs')"
done
if command -v hyperfine >/dev/null; then
  hyperfine -N --warmup 2 --runs 10 "$bin eval $thirty" "$bin discover $thirty -n 100000" \
    "$bin discover $fifty -n 100000" "$bin discover $thirty -n 100000 --beliefs all"
else
  for f in "$thirty" "$fifty"; do
    /usr/bin/time -f "$f: %e s, %M KiB" "$bin" discover "$f" -n 100000 >/dev/null
  done
fi
