#!/usr/bin/env bash
# A closed pipe ends relief quietly with status 0.
set -u
bin=$1
files=()
for i in $(seq 1 300); do files+=(scenarios/pragmatic-engagement.yaml); done
err=$(mktemp)
trap 'rm -f "$err"' EXIT
"$bin" eval "${files[@]}" --perspective all 2>"$err" | head -n 1 >/dev/null
status=${PIPESTATUS[0]}
[ "$status" = 0 ] || { echo "FAIL: exit status $status after the reader closed the pipe"; exit 1; }
[ ! -s "$err" ] || { echo "FAIL: printed on stderr: $(cat "$err")"; exit 1; }
echo ok
