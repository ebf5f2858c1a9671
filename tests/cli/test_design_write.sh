#!/usr/bin/env bash
# relief design --write: every package it writes is a scenario that `relief eval` reads back to the
# same net and surplus, to the last digit (under the perspective and belief set it was found
# under); a directory that cannot be made is exit status 73 and leaves nothing half-written.
set -u
bin=$1
command -v jq >/dev/null || { echo "jq is needed (the README's test command installs it)"; exit 1; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail=0
check() { # DESIGN_ARGS...: write, then read every file back
  rm -rf "$tmp/out"
  "$bin" design "$@" --write "$tmp/out" -f json >"$tmp/design.json" || { echo "FAIL: design $*"; fail=1; return; }
  jq -r '.results[] | . as $r | (.best | to_entries[] | [$r.timing, $r.perspective, $r.beliefs, "best", (.key + 1), .value.net, .value.regime_surplus]),
                                (.frontier | to_entries[] | [$r.timing, $r.perspective, $r.beliefs, "frontier", (.key + 1), .value.net, .value.regime_surplus]) | @tsv' \
    "$tmp/design.json" >"$tmp/want.tsv"
  [ -s "$tmp/want.tsv" ] || { echo "FAIL: design $* found nothing"; fail=1; return; }
  [ "$(ls "$tmp/out" | wc -l)" = "$(wc -l <"$tmp/want.tsv")" ] || { echo "FAIL: design $*: files and packages differ"; fail=1; }
  while IFS=$'\t' read -r timing perspective beliefs set n net surplus; do
    [ "$set" = frontier ] && set=-frontier || set=
    file="$tmp/out/design-$timing-$perspective-$beliefs$set-$n.yaml"
    got=$("$bin" eval "$file" "${model[@]}" --perspective "$perspective" --beliefs "$beliefs" -f json -q |
      jq -r '.results[0] | [.net, .regime_surplus] | @tsv')
    [ "$got" = "$net"$'\t'"$surplus" ] || { echo "FAIL: $file: eval gives $got, design said $net $surplus"; fail=1; }
    grep -q "^# relief eval design-$timing-$perspective-$beliefs$set-$n.yaml --perspective $perspective --beliefs $beliefs" "$file" ||
      { echo "FAIL: $file does not say how to reproduce it"; fail=1; }
  done <"$tmp/want.tsv"
}
model=(--model tests/cli/data/counterpart-model.yaml)
check tests/cli/data/design-small.yaml "${model[@]}" --frontier --timing all --perspective all -k 3
model=()
check --timing after-war --beliefs moscow-decides -k 3 --perspective security-first

# a file in the way of the directory: 73, and no output
touch "$tmp/file"
"$bin" design -k 1 --write "$tmp/file/sub" >"$tmp/stdout" 2>"$tmp/stderr"
status=$?
[ "$status" = 73 ] || { echo "FAIL: --write into a file: status $status, expected 73"; fail=1; }
grep -q "cannot create the directory" "$tmp/stderr" || { echo "FAIL: --write into a file: $(cat "$tmp/stderr")"; fail=1; }
exit $fail
