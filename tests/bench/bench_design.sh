#!/usr/bin/env bash
# The speed of `relief design` (SPEC 7: at least 1,000,000 candidate packages evaluated per second
# per core): an exhaustive search of a small grid against evaluate() of one package in the same
# run, then the default search at each moment on one and two threads (the result must not change),
# then whole processes: `relief eval` of a package design wrote, and `relief design`.
# Usage: tests/bench/bench_design.sh [BUILD_DIR]
set -eu
build=${1:-build}
cd "$(dirname "$0")/../.."
"$build/tests/relief_bench_design"
if command -v hyperfine >/dev/null; then
  dir=$(mktemp -d)
  trap 'rm -rf "$dir"' EXIT
  "$build/relief" design -k 1 --write "$dir" -q >/dev/null
  hyperfine -N --warmup 2 --runs 10 \
    "$build/relief eval $dir/design-now-balanced-central-1.yaml" \
    "$build/relief design -k 5" "$build/relief design -k 5 --threads 1"
fi
