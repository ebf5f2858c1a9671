#!/usr/bin/env bash
# Batches past one machine (issue 21 item 4): a batch of 200 scenario files split into 4 shards run
# by GNU parallel, joined by `relief merge`, gives the single run's JSON byte for byte (eval,
# compare with its ranking across shards, validate); merge refuses a missing or foreign shard.
set -u
bin=$(realpath "$1")
src=$(pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail() { echo "FAIL: $*"; exit 1; }
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
echo ok
