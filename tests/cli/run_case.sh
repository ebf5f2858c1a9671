#!/usr/bin/env bash
# Run one CLI case: tests/cli/cases/NAME.cmd holds
#   args: ARGUMENTS          (split like a shell would; run from the source tree)
#   stdin: FILE              (optional)
#   status: N
#   stdout-file: FILE        (optional: expected standard output, exactly)
#   --- stdout               (optional: expected standard output follows, up to the next ---; CRs ignored)
#   --- stderr               (optional: expected standard error follows; absent means "must be empty")
set -u
bin=$1
case_file=$2
args=$(sed -n 's/^args: //p' "$case_file")
stdin_file=$(sed -n 's/^stdin: //p' "$case_file")
want_status=$(sed -n 's/^status: //p' "$case_file")
stdout_file=$(sed -n 's/^stdout-file: //p' "$case_file")
section() { awk -v want="--- $1" '/^--- /{on = ($0 == want); next} on' "$case_file"; }
has_section() { grep -qx -- "--- $1" "$case_file"; }

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
eval "set -- $args"
if [ -n "$stdin_file" ]; then
  "$bin" "$@" <"$stdin_file" >"$tmp/out" 2>"$tmp/err"
else
  "$bin" "$@" </dev/null >"$tmp/out" 2>"$tmp/err"
fi
status=$?
fail=0
if [ "$status" != "$want_status" ]; then
  echo "exit status $status, expected $want_status"
  fail=1
fi
if [ -n "$stdout_file" ]; then
  diff -u "$stdout_file" "$tmp/out" || fail=1
elif has_section stdout; then
  section stdout >"$tmp/want_out"
  tr -d '\r' <"$tmp/out" >"$tmp/out_lf"  # inline expectations are written without CSV's CRLF
  diff -u "$tmp/want_out" "$tmp/out_lf" || fail=1
fi
section stderr >"$tmp/want_err"
diff -u "$tmp/want_err" "$tmp/err" || fail=1
exit $fail
