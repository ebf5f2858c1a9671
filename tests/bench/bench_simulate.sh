#!/usr/bin/env bash
# relief simulate against a bare C++ loop and Squiggle 0.10 on one 15-input scenario, 1e6 samples
# (SPEC 7). The bare loop (tests/bench/simulate/bare_loop.cpp) is the formula written out in C++ on
# relief's own samplers and streams, in two forms: with `stats`, every statistic relief reports of
# the run (moments, quantiles, verdict shares, value of information, the fifteen drivers, the
# histogram), by relief's own statistics functions, so that what relief adds to it is the cost of
# evaluating a plan instead of hand-written code (SPEC 7's bar of 1.1x); without, only the mean of
# net and P(net > 0), the formula and samplers alone. First checks that they agree: relief and the
# bare loop draw the same samples, so every number the bare loop prints agrees with relief's to
# rounding; Squiggle draws its own, so it must agree within Monte Carlo error. Then times whole
# processes in one hyperfine run and prints the ratios of their median times (a shared machine's
# outliers move a mean of ten runs by a tenth).
# Needs: hyperfine, jq, bc, node and npm, valgrind for the instruction counts (apt-get install
# hyperfine jq bc nodejs npm valgrind); a build with tests
# (build/relief and build/tests/relief_bare_loop).
# Usage: [RELIEF_BENCH_ROUNDS=9] tests/bench/bench_simulate.sh [BUILD_DIR] [SAMPLES]
set -eu
build=$(realpath "${1:-build}")
n=${2:-1000000}
cd "$(dirname "$0")/../.."
here=tests/bench/simulate
relief="$build/relief --model $here/model.yaml simulate $here/scenario.yaml -n $n -f json"
bare="$build/tests/relief_bare_loop $n 20251128"
npm_dir=${RELIEF_SQUIGGLE_DIR:-$HOME/.cache/relief-bench-squiggle}
if [ ! -d "$npm_dir/node_modules/@quri/squiggle-lang" ]; then
  mkdir -p "$npm_dir"
  (cd "$npm_dir" && npm init -y >/dev/null && npm install --silent @quri/squiggle-lang@0.10.0)
fi
squiggle="node $npm_dir/squiggle.mjs $n 1"
cp $here/squiggle.mjs $here/bench.squiggle "$npm_dir/"

r=$($relief --threads 1 | jq -c '.results[0] | {mean: .net.mean, p: .p_net_positive, sd: .net.sd}')
b=$($bare 1)
s=$($squiggle)
echo "relief:    $r"
echo "bare loop: $b"
echo "squiggle:  $s"
jq -n --argjson r "$r" --argjson b "$b" --argjson s "$s" --argjson n "$n" -e '
  ($r.mean - $b.mean | fabs) < 1e-9 and $r.p == $b.p_net_positive
  and ($r.mean - $s.mean | fabs) < 4 * $r.sd * (2 / $n | sqrt)
  and ($r.p - $s.p_net_positive | fabs) < 4 * (2 * $r.p * (1 - $r.p) / $n | sqrt)' >/dev/null \
  || { echo "FAIL: the three do not agree"; exit 1; }
# every number of the bare loop's statistics against relief's (drivers matched by path)
differ=$(jq -n --argjson r "$($relief --threads 1 | jq -c '.results[0]')" --argjson b "$($bare 1 stats)" '
  def keyed: .drivers |= (map({key: .path, value: del(.path)}) | from_entries);
  ($r | keyed) as $r | ($b | keyed) as $b
  | [$b | paths(numbers)] | map(. as $p | select(($r | getpath($p)) as $x
      | $x == null or ($x - ($b | getpath($p)) | fabs) > 1e-9 * ([1, ($x | fabs)] | max)))
  | map(join("."))[]')
[ -z "$differ" ] || { echo "FAIL: the bare loop's statistics differ from relief's: $differ"; exit 1; }
echo "agree: relief = bare loop to rounding (every statistic of \`stats\` to 1e-9);" \
  "Squiggle within 4 Monte Carlo standard errors"

json=$(mktemp)
hyperfine -N --warmup 2 --runs 20 --export-json "$json" \
  -n "relief, 1 thread" "$relief --threads 1" \
  -n "relief, 2 threads" "$relief --threads 2" \
  -n "bare loop, 1 thread" "$bare 1 stats" \
  -n "bare loop, 2 threads" "$bare 2 stats" \
  -n "formula alone, 1 thread" "$bare 1" \
  -n "samplers, 1 thread" "$bare 1 draws" \
  -n "raw draws, 1 thread" "$bare 1 raw" >/dev/null
hyperfine -N --warmup 1 --runs 3 --export-json "$json.sq" -n "squiggle 0.10" "$squiggle" >/dev/null
jq -s -r '(.[0].results + .[1].results) | map({key: .command, value: .median}) | from_entries as $t
  | ($t | to_entries[] | "\(.key | . + " " * (24 - length)) \(.value * 1000 | floor) ms"),
    "relief 1 thread / bare loop 1 thread:   \($t["relief, 1 thread"] / $t["bare loop, 1 thread"] * 100 | round / 100)  (target <= 1.1)",
    "relief 2 threads / bare loop 2 threads: \($t["relief, 2 threads"] / $t["bare loop, 2 threads"] * 100 | round / 100)",
    "relief 1 thread / formula alone:        \($t["relief, 1 thread"] / $t["formula alone, 1 thread"] * 100 | round / 100)  (the statistics are the difference)",
    "formula alone / raw draws 1 thread:     \($t["formula alone, 1 thread"] / $t["raw draws, 1 thread"] * 100 | round / 100)  (samplers and formula against the generator alone)",
    "samplers 1 thread / raw draws 1 thread: \($t["samplers, 1 thread"] / $t["raw draws, 1 thread"] * 100 | round / 100)  (target <= 3)",
    "relief speed-up on 2 threads:           \($t["relief, 1 thread"] / $t["relief, 2 threads"] * 100 | round / 100)  (target >= 1.8)",
    "squiggle / relief 1 thread:             \($t["squiggle 0.10"] / $t["relief, 1 thread"] * 10 | round / 10)  (target >= 25)"' \
  "$json" "$json.sq"
rm -f "$json" "$json.sq"

# The two bars that compare relief with itself on two threads and with Squiggle, again in rounds:
# relief on one thread, on two and Squiggle one after another, each round its own ratios, and the
# median and range of the ratios over the rounds. Above, each command's runs come in one stretch
# (Squiggle's last, a minute after relief's), so a drift of the shared host's speed in between
# moves their ratio; within a round the three run seconds apart.
ms() { local s; s=$(date +%s%N); "$@" >/dev/null 2>&1; echo $((($(date +%s%N) - s) / 1000000)); }
rounds=${RELIEF_BENCH_ROUNDS:-9}
for _ in $(seq "$rounds"); do
  echo "$(ms $relief --threads 1) $(ms $relief --threads 2) $(ms $squiggle)"
done | jq -R -s -r 'split("\n") | map(select(length > 0) | split(" ") | map(tonumber)) as $r
  | def stat(f): ($r | map(f) | sort) as $v
      | "median \($v[($v | length) / 2 | floor] * 100 | round / 100), range \($v[0] * 100 | round / 100)"
        + " to \($v[-1] * 100 | round / 100)";
  "in \($r | length) rounds (relief 1 thread, relief 2 threads, Squiggle, one after another):",
  "  relief speed-up on 2 threads:  \(stat(.[0] / .[1]))  (target >= 1.8)",
  "  squiggle / relief 1 thread:    \(stat(.[2] / .[0]))  (target >= 25)"'

# Instructions do not depend on what else the machine is doing (valgrind's callgrind counts them).
if command -v valgrind >/dev/null; then
  count() { valgrind --tool=callgrind --callgrind-out-file=/dev/null "$@" 2>&1 >/dev/null \
    | sed -n 's/.*Collected : \([0-9]*\).*/\1/p'; }
  # relief's drawing phase alone (samplers, block evaluator, per-block sums) is the first parallel
  # job of simulate(), found by its symbol; what follows it (drivers, EVPPI, quantiles) is not in
  # the formula alone
  cg=$(mktemp)
  valgrind --tool=callgrind --callgrind-out-file="$cg" $relief --threads 1 >/dev/null 2>&1
  annotated=$(callgrind_annotate --inclusive=yes "$cg" 2>/dev/null)
  rm -f "$cg"
  ir_relief=$(echo "$annotated" | sed -n 's/^ *\([0-9,]*\) .*PROGRAM TOTALS.*/\1/p' | tr -d ,)
  ir_draw=$(echo "$annotated" \
    | sed -n 's/^ *\([0-9,]*\) .*relief::simulate(.*lambda(unsigned long)#1.*/\1/p' | head -1 | tr -d ,)
  ir_bare=$(count $bare 1 stats)
  ir_formula=$(count $bare 1)
  ir_draws=$(count $bare 1 draws)
  ir_raw=$(count $bare 1 raw)
  echo "instructions, relief 1 thread / bare loop 1 thread: $(echo "scale=3; $ir_relief / $ir_bare" | bc)" \
    "($ir_relief / $ir_bare)"
  echo "instructions, relief 1 thread / formula alone: $(echo "scale=3; $ir_relief / $ir_formula" | bc)" \
    "($ir_relief / $ir_formula; the statistics are the difference)"
  [ -n "$ir_draw" ] && echo "instructions, relief's drawing phase / formula alone: $(echo "scale=3; $ir_draw / $ir_formula" | bc)" \
    "($ir_draw / $ir_formula; the rest of relief is the analyses after drawing)"
  echo "instructions, formula alone / raw draws: $(echo "scale=3; $ir_formula / $ir_raw" | bc) ($ir_formula / $ir_raw)"
  echo "instructions, samplers / raw draws: $(echo "scale=3; $ir_draws / $ir_raw" | bc) ($ir_draws / $ir_raw; target <= 3)"
fi
