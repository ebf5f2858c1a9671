#!/usr/bin/env bash
# The cost of `relief diff` (issue 20, SPEC 7: two revisions of 500 scenario files under 3 s): a
# repository made here with 500 scenario files (the presets with different asks), a second commit
# that changes a fifth of them and the model's half-life; `relief diff` of the two commits (with
# --model) against `relief eval` of the same 500 files in the same hyperfine run, and its peak memory.
# Usage: tests/bench/bench_diff.sh [build/relief] [FILES]
set -eu
bin=$(realpath "${1:-build/relief}")
n=${2:-500}
src=$(cd "$(dirname "$0")/../.." && pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cd "$tmp"
git init -q -b main
git config user.email bench@example.org
git config user.name bench
mkdir scenarios
cp "$src/data/model.yaml" model.yaml
presets=("$src"/scenarios/*.yaml)
for ((i = 0; i < n; i++)); do
  p=${presets[$((i % ${#presets[@]}))]}
  cp "$p" "scenarios/s$i.yaml"
done
ls scenarios/*.yaml >files.txt
git add -A && git commit -qm base
for ((i = 0; i < n; i += 5)); do
  sed -i -e 's/amount: 123$/amount: 200/' -e 's/amount: 52$/amount: 90/' -e 's/amount: 500$/amount: 300/' "scenarios/s$i.yaml"
done
sed -i 's/^half_life_months: {triangular: \[18, 36, 54\]}/half_life_months: {triangular: [12, 30, 48]}/' model.yaml
git commit -qam change
"$bin" diff main~1 main --model model.yaml -q >"$tmp/out.txt" || true
echo "$(head -n 2 "$tmp/out.txt" | tail -n 1 | sed 's/^ *//')"
/usr/bin/time -f "relief diff of $n files x 2 revisions: %e s, peak %M KiB" \
  "$bin" diff main~1 main --model model.yaml -q -f csv >/dev/null || true
if command -v hyperfine >/dev/null; then
  hyperfine -N --warmup 1 --runs 5 -n "eval of the $n files" \
    "$bin eval --model model.yaml --files-from files.txt -f csv" \
    -n "diff of two revisions of them" "$bin diff main~1 main --model model.yaml -q -f csv"
fi
