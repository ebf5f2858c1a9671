#!/usr/bin/env bash
# simulate through the real binary: the same output for any --threads; --samples reads back with
# Miller and agrees with the summary; nothing is written on a usage error; Ctrl-C prints what was
# drawn and exits 130.
set -u
bin=$1
command -v mlr >/dev/null || { echo "Miller (mlr) is needed (the README's test command installs it)"; exit 1; }
command -v jq >/dev/null || { echo "jq is needed (the README's test command installs it)"; exit 1; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail() { echo "FAIL: $*"; exit 1; }
files="tests/cli/data/uncertain.yaml scenarios/pragmatic-engagement.yaml"

# Bit-identical output for 1, 2 and 7 threads (several blocks, a partial last one).
for t in 1 2 7; do
  "$bin" simulate $files -n 30001 --threads $t -f json >"$tmp/t$t.json" || fail "--threads $t"
done
cmp -s "$tmp/t1.json" "$tmp/t2.json" || fail "--threads 2 differs from --threads 1"
cmp -s "$tmp/t1.json" "$tmp/t7.json" || fail "--threads 7 differs from --threads 1"
# 1e4 is read as 10000
"$bin" simulate $files -n 1e4 -f json | jq -e '.samples == 10000' >/dev/null || fail "-n 1e4"

# --samples: one row per sample and scenario, in order, means as in the summary.
"$bin" simulate $files -n 9000 --samples "$tmp/draws.csv" -f json >"$tmp/sum.json" || fail "--samples"
rows=$(mlr --icsv --ojson count "$tmp/draws.csv" | jq '.[0].count')
[ "$rows" = 18000 ] || fail "--samples has $rows rows, expected 18000"
mlr --icsv --ojson head -n 1 -g scenario then cut -f sample,scenario "$tmp/draws.csv" \
  | jq -e 'map(.sample) == [0, 0]' >/dev/null || fail "--samples does not start at sample 0"
for i in 0 1; do
  name=$(jq -r ".results[$i].scenario" "$tmp/sum.json")
  want=$(jq ".results[$i].net.mean" "$tmp/sum.json")
  got=$(mlr --icsv --ojson filter "\$scenario == \"$name\"" then stats1 -a mean -f net "$tmp/draws.csv" \
    | jq '.[0].net_mean')
  awk -v a="$want" -v b="$got" 'BEGIN { d = a - b; if (d < 0) d = -d; exit !(d < 1e-9) }' \
    || fail "$name: mean net $got in --samples, $want in the summary"
done
# The draws of an uncertain input stay in its valid range.
mlr --icsv --ojson filter -x 'is_empty($credibility)' then stats1 -a min,max -f credibility \
  "$tmp/draws.csv" | jq -e '.[0].credibility_min >= 0 and .[0].credibility_max <= 1' >/dev/null \
  || fail "credibility drawn outside [0, 1]"

# A usage error writes nothing, to -o or to --samples.
"$bin" simulate $files -n 0 -o "$tmp/out.json" --samples "$tmp/d2.csv" 2>/dev/null
[ $? = 64 ] || fail "-n 0 is not a usage error"
[ ! -e "$tmp/out.json" ] && [ ! -e "$tmp/d2.csv" ] || fail "a usage error wrote a file"

# A file with errors fails the run: --samples is not written either, as -o.
"$bin" simulate scenarios/potash-2025.yaml tests/bad/nan.yaml -n 100 --samples "$tmp/d3.csv" \
  >/dev/null 2>&1
[ $? = 65 ] || fail "a bad file among good ones does not give status 65"
[ ! -e "$tmp/d3.csv" ] || fail "--samples was written by a failed run"

# Ctrl-C: the results so far, marked as interrupted, status 130, and no temporary file left.
"$bin" simulate tests/cli/data/uncertain.yaml -n 1e8 -o "$tmp/int.json" --samples "$tmp/int.csv" \
  2>"$tmp/int.err" &
pid=$!
for _ in $(seq 300); do # wait (up to 30 s) until drawing has started: the samples file has rows
  [ "$(ls -a "$tmp" | grep -c 'int.csv.relief')" = 1 ] && [ -n "$(find "$tmp" -name '.int.csv.relief*' -size +100k)" ] && break
  sleep 0.1
done
kill -INT $pid
wait $pid
status=$?
[ $status = 130 ] || fail "Ctrl-C gave status $status, expected 130"
jq -e '.interrupted and .samples > 0 and .samples < .requested_samples and .samples % 4096 == 0' \
  "$tmp/int.json" >/dev/null || fail "the interrupted run's JSON: $(head -c 300 "$tmp/int.json")"
drawn=$(jq .samples "$tmp/int.json")
grep -qx "relief: interrupted after $drawn of 100000000 samples" "$tmp/int.err" \
  || fail "stderr after Ctrl-C: $(cat "$tmp/int.err")"
rows=$(($(wc -l <"$tmp/int.csv") - 1))
[ "$rows" = "$drawn" ] || fail "--samples has $rows rows after Ctrl-C, the summary $drawn"
[ -z "$(find "$tmp" -name '.*relief-*')" ] || fail "a temporary file was left behind"
# timing -n stops the same way: the strategies drawn so far, status 130.
"$bin" timing tests/cli/data/uncertain.yaml -n 2e7 -f json -o "$tmp/tint.json" 2>"$tmp/tint.err" &
pid=$!
sleep 1.5
kill -INT $pid
wait $pid
status=$?
[ $status = 130 ] || fail "Ctrl-C of timing -n gave status $status, expected 130"
jq -e '.interrupted and (.results[0].samples > 0) and (.results[0].samples < 20000000)' \
  "$tmp/tint.json" >/dev/null || fail "the interrupted timing's JSON: $(head -c 300 "$tmp/tint.json")"
grep -q "^relief: interrupted after [0-9]* of 20000000 samples$" "$tmp/tint.err" \
  || fail "stderr after Ctrl-C of timing -n: $(cat "$tmp/tint.err")"
# On a terminal, a run of more than a second shows its progress on standard error, and erases it.
if command -v script >/dev/null; then
  script -qec "$bin simulate tests/cli/data/uncertain.yaml -n 4e6 --threads 1 -f json -o $tmp/p.json" \
    "$tmp/typescript" >/dev/null
  grep -q "of 4000000 samples (" "$tmp/typescript" || fail "no progress line on a terminal"
  script -qec "$bin simulate tests/cli/data/uncertain.yaml -n 4e6 --threads 1 -q -f json -o $tmp/p.json" \
    "$tmp/typescript" >/dev/null
  ! grep -q "samples (" "$tmp/typescript" || fail "a progress line with -q"
fi
echo ok
