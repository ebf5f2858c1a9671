#!/usr/bin/env bash
# Every example in the README that starts with "$ relief" still prints what the README shows: each
# line shown under the command must be a line of its output.
set -u
bin=$1
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail=0
checked=0
awk '/^```/{inblock = !inblock; print "```"; next} inblock' README.md >"$tmp/blocks"
cmd=""
flush() {
  [ -n "$cmd" ] || return 0
  eval "\"$bin\" ${cmd#relief }" >"$tmp/out" 2>&1 </dev/null
  local shown
  while IFS= read -r shown; do
    [ -z "$shown" ] && continue
    grep -qxF -- "$shown" "$tmp/out" || { echo "README: '$cmd' no longer prints: $shown"; fail=1; }
  done <"$tmp/shown"
  checked=$((checked + 1))
  cmd=""
}
while IFS= read -r line; do
  if [[ $line == '$ relief '* ]]; then
    flush
    cmd=${line#\$ }
    : >"$tmp/shown"
  elif [[ $line == '$ '* || $line == '#'* || $line == '```' ]]; then
    flush
    cmd=""
  elif [ -n "$cmd" ]; then
    printf '%s\n' "$line" >>"$tmp/shown"
  fi
done <"$tmp/blocks"
flush
[ "$checked" -ge 4 ] || { echo "found only $checked README examples"; fail=1; }
[ $fail = 0 ] && echo "ok: $checked README examples"
exit $fail
