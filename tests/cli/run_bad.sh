#!/usr/bin/env bash
# Run one bad-input file through `relief validate` and `relief eval`: both must exit with the status
# on the first line of NAME.expected and print exactly the rest of it on standard error.
set -u
bin=$1
input=$2
expected=${input%.*}.expected
want_status=$(head -n 1 "$expected" | sed 's/^status: //')
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
tail -n +2 "$expected" >"$tmp/want"
fail=0
for cmd in validate eval; do
  timeout 10 "$bin" "$cmd" "$input" >/dev/null 2>"$tmp/err"
  status=$?
  if [ "$status" != "$want_status" ]; then
    echo "relief $cmd: exit status $status, expected $want_status"
    fail=1
  fi
  diff -u "$tmp/want" "$tmp/err" || { echo "(relief $cmd)"; fail=1; }
done
exit $fail
