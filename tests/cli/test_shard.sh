#!/usr/bin/env bash
# Batches past one machine (issue 21 item 4): a batch of 200 scenario files split into 4 shards run
# by GNU parallel, joined by `relief merge`, gives the single run's JSON byte for byte (eval,
# compare with its ranking across shards, validate); merge refuses a missing or foreign shard. A
# simulation of 300,000 samples of two scenarios in 4 shards merges into the single run's JSON
# exactly but for the quantiles of net, which lie within the bound the merged document gives; the
# shards' --samples files are the single run's rows. A design search in 4 shards (with the
# frontier) merges into the whole search's document byte for byte.
. "$(dirname "$0")/preamble.sh" "$1"
command -v parallel >/dev/null || { echo "skipped: GNU parallel is not installed (the README's test command installs it)"; exit 77; }
cd "$tmp"
presets=("$src"/scenarios/*.yaml)
for ((i = 0; i < 200; i++)); do
  # the presets with the prisoners they ask for varied, so that the ranking mixes shards
  sed "s/amount: 123$/amount: $((50 + i * 5))/" "${presets[$((i % ${#presets[@]}))]}" >"s$i.yaml"
done
ls s*.yaml | sort -V >list
for command in eval compare validate; do
  start=$(date +%s.%N)
  "$bin" "$command" --files-from list --perspective all -f json >"one-$command.json" ||
    fail "$command: status $?"
  single=$(echo "$(date +%s.%N) - $start" | bc)
  start=$(date +%s.%N)
  parallel -j 2 "'$bin' $command --files-from list --perspective all -f json --shard {}/4 >shard-$command-{}.json" ::: 1 2 3 4 ||
    fail "$command: a shard failed"
  "$bin" merge shard-"$command"-*.json -o "merged-$command.json" || fail "merge $command: status $?"
  sharded=$(echo "$(date +%s.%N) - $start" | bc)
  cmp -s "one-$command.json" "merged-$command.json" || fail "$command: the merged shards differ from the single run"
  echo "$command: single run ${single} s, 4 shards on 2 cores and merge ${sharded} s; identical"
done
jq -e '[.results[] | .rank] | max == 200' one-compare.json >/dev/null || fail "the ranking does not span the shards"
"$bin" merge shard-eval-1.json shard-eval-2.json shard-eval-4.json 2>err
[ $? = 64 ] && grep -q "shard 3 of 4 missing" err || fail "a missing shard: $(cat err)"
"$bin" merge shard-eval-1.json shard-compare-2.json 2>err
[ $? = 64 ] && grep -q "a shard of another run" err || fail "a foreign shard: $(cat err)"
"$bin" merge one-eval.json 2>err
[ $? = 64 ] && grep -q "not a shard" err || fail "a whole run given to merge: $(cat err)"
# a shard whose content is not what compare writes is invalid data, named
sed 's/"expected_net": [-0-9.e]*/"expected_net": "x"/' shard-compare-1.json >bad.json
"$bin" merge bad.json shard-compare-2.json shard-compare-3.json shard-compare-4.json 2>err
[ $? = 65 ] && grep -q "^relief: error: merge: bad.json: a result without its perspective, beliefs or expected_net$" err ||
  fail "a bad shard: $(cat err)"

# simulate: shards by runs of sample blocks (chunks of 32,768 samples)
pair=("$src/scenarios/potash-2025.yaml" "$src/scenarios/belavia-2025.yaml")
sim=("$bin" simulate "${pair[@]}" -n 300000 --seed 5 -f json)
start=$(date +%s.%N)
"${sim[@]}" --samples one-samples.csv >one-simulate.json || fail "simulate: status $?"
single=$(echo "$(date +%s.%N) - $start" | bc)
start=$(date +%s.%N)
export bin
parallel -j 2 "'$bin' simulate '${pair[0]}' '${pair[1]}' -n 300000 --seed 5 -f json --shard {}/4 --samples samples-{}.csv >shard-simulate-{}.json" ::: 1 2 3 4 ||
  fail "simulate: a shard failed"
"$bin" merge shard-simulate-{4,2,1,3}.json >merged-simulate.json || fail "merge simulate: status $?"
sharded=$(echo "$(date +%s.%N) - $start" | bc)
# everything but the quantiles of net is the single run's, byte for byte
no_q='del(.results[].net_quantiles) | .results[].net |= del(.p5, .p25, .p50, .p75, .p95)'
cmp -s <(jq "$no_q" one-simulate.json) <(jq "$no_q" merged-simulate.json) ||
  fail "simulate: the merged shards differ from the single run beyond the quantiles of net"
jq -e '[.results[] | .net_quantiles.from == "buckets" and .net_quantiles.within > 0 and .net_quantiles.within < 0.01] | all' merged-simulate.json >/dev/null ||
  fail "simulate: no bound on the merged quantiles"
jq -e -s '[range(2) as $i | .[1].results[$i] as $m | .[0].results[$i].net as $s
  | ("p5", "p25", "p50", "p75", "p95") | ($m.net[.] - $s[.] | fabs) <= $m.net_quantiles.within] | all' \
  one-simulate.json merged-simulate.json >/dev/null || fail "simulate: a merged quantile outside its bound"
jq -e '.samples == 300000 and ([.results[] | .p_first] | add == 1)' merged-simulate.json >/dev/null ||
  fail "simulate: merged samples or P(first)"
(head -1 samples-1.csv; for k in 1 2 3 4; do tail -n +2 "samples-$k.csv"; done) | cmp -s - one-samples.csv ||
  fail "simulate: the shards' samples are not the single run's rows"
echo "simulate: single run ${single} s, 4 shards on 2 cores and merge ${sharded} s; identical but the quantiles of net"
# a short run: two of three shards own no chunk, and still merge into the single run
for k in 1 2 3; do "$bin" simulate "${pair[@]}" -n 1000 -f json --shard $k/3 >short-$k.json || fail "short shard $k"; done
"$bin" merge short-{1,2,3}.json >short.json || fail "merge of a short run: status $?"
cmp -s <(jq "$no_q" short.json) <("$bin" simulate "${pair[@]}" -n 1000 -f json | jq "$no_q") ||
  fail "simulate: a short run's merged shards differ from the single run"
"$bin" merge shard-simulate-1.json shard-simulate-2.json 2>err
[ $? = 64 ] && grep -q "shards 3, 4 of 4 missing" err || fail "half a 4-shard run: $(cat err)"
sed 's/"seed": 5/"seed": 6/' shard-simulate-3.json >other.json
"$bin" merge shard-simulate-1.json shard-simulate-2.json other.json shard-simulate-4.json 2>err
[ $? = 64 ] && grep -q "^relief: error: merge: other.json: a shard of another run (its samples, seed or chunks differ)$" err ||
  fail "a shard of another seed: $(cat err)"
# a shard whose content was tampered with is invalid data, named
jq '.results[0].drivers[0].rank_correlation = 0.5' shard-simulate-2.json >tampered.json
"$bin" merge shard-simulate-1.json tampered.json shard-simulate-3.json shard-simulate-4.json 2>err
[ $? = 65 ] && grep -q "^relief: error: merge: tampered.json: result 1 differs from the first shard's beyond what merges" err ||
  fail "a shard with other detail statistics: $(cat err)"
jq '.results[0].shard_state.net_buckets.counts |= map(0)' shard-simulate-2.json >tampered.json
"$bin" merge shard-simulate-1.json tampered.json shard-simulate-3.json shard-simulate-4.json 2>err
[ $? = 65 ] && grep -q "^relief: error: merge: result 1: the shards' buckets of net hold [0-9]* draws, their sums 300000$" err ||
  fail "a shard with emptied buckets: $(cat err)"
"${sim[@]}" --shard 1/4 --fail-on 'p_net_positive<0.5' >/dev/null 2>err
[ $? = 64 ] && grep -q -- "--shard: --fail-on and --in judge a whole run" err || fail "--shard with --fail-on: $(cat err)"

# design: shards take every 4th of the search's tasks
printf 'relief: 1\nscope_step: 0.5\n' >grid.yaml
search=("$bin" design grid.yaml -k 5 --frontier -f json)
start=$(date +%s.%N)
"${search[@]}" >one-design.json || fail "design: status $?"
single=$(echo "$(date +%s.%N) - $start" | bc)
start=$(date +%s.%N)
parallel -j 2 "'$bin' design grid.yaml -k 5 --frontier -f json --threads 1 --shard {}/4 >shard-design-{}.json" ::: 1 2 3 4 ||
  fail "design: a shard failed"
"$bin" merge shard-design-{3,1,4,2}.json >merged-design.json || fail "merge design: status $?"
sharded=$(echo "$(date +%s.%N) - $start" | bc)
cmp -s one-design.json merged-design.json || fail "design: the merged shards differ from the whole search"
jq -e '[.results[] | (.best | length) == 5 and (.frontier | length) > 0] | all' one-design.json >/dev/null ||
  fail "design: a search without its best five or a frontier"
echo "design: whole search ${single} s, 4 shards on 2 cores and merge ${sharded} s; identical"
"$bin" merge shard-simulate-1.json shard-design-2.json 2>err
[ $? = 64 ] && grep -q "^relief: error: merge: shard-design-2.json: a shard of another run (design 2/4, not simulate of 4 shards)$" err ||
  fail "a design shard among simulate shards: $(cat err)"
"$bin" design grid.yaml --shard 1/2 --write out 2>err
[ $? = 64 ] && grep -q -- "--shard: --write writes the whole search's packages" err || fail "--shard with --write: $(cat err)"
echo ok
