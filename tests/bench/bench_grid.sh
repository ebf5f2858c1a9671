#!/usr/bin/env bash
# The cost of `relief grid` (issue 19: a 50 x 50 grid costs no more than 2,500 plan evaluations):
# the evaluations it reports, and its time as a whole process against `relief eval` of the same
# scenario in the same hyperfine run.
# Usage: tests/bench/bench_grid.sh [build/relief]
set -eu
bin=${1:-build/relief}
cd "$(dirname "$0")/../.."
file=scenarios/pragmatic-engagement.yaml
grid=(grid "$file" --vary asks.prisoners.amount:0:1150:50 --vary credibility:0:1:50)
echo "evaluations of a 50 x 50 grid: $("$bin" "${grid[@]}" -f markdown | sed -n 's/.*; \([0-9]*\) evaluations/\1/p')"
if command -v hyperfine >/dev/null; then
  hyperfine -N --warmup 3 --runs 20 "$bin eval $file" "$bin ${grid[*]} -f csv" \
    "$bin ${grid[*]} -f csv -n 1000"
fi
