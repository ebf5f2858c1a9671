#!/usr/bin/env bash
# -o writes atomically, picks the format from the extension, and leaves an existing file untouched
# when the run fails.
set -u
bin=$1
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail() { echo "FAIL: $*"; exit 1; }

"$bin" eval scenarios/pragmatic-engagement.yaml -o "$tmp/out.csv" || fail "eval -o out.csv exited $?"
cmp -s "$tmp/out.csv" tests/golden/eval-pragmatic.csv || fail "out.csv is not the golden CSV"
"$bin" eval scenarios/pragmatic-engagement.yaml -o "$tmp/out.json" || fail "eval -o out.json"
cmp -s "$tmp/out.json" tests/golden/eval-pragmatic.json || fail "out.json is not the golden JSON"
"$bin" eval scenarios/pragmatic-engagement.yaml -o "$tmp/out.md" || fail "eval -o out.md"
cmp -s "$tmp/out.md" tests/golden/eval-pragmatic.md || fail "out.md is not the golden Markdown"
"$bin" eval scenarios/pragmatic-engagement.yaml -o "$tmp/out.txt" || fail "eval -o out.txt"
cmp -s "$tmp/out.txt" tests/golden/eval-pragmatic.txt || fail "out.txt is not the golden table"
"$bin" eval scenarios/pragmatic-engagement.yaml -f json -o "$tmp/forced.csv" || fail "-f json -o forced.csv"
cmp -s "$tmp/forced.csv" tests/golden/eval-pragmatic.json || fail "-f does not win over the extension"

# A failed run leaves the existing output untouched and writes nothing new.
echo "precious" >"$tmp/keep.csv"
"$bin" eval scenarios/pragmatic-engagement.yaml tests/bad/nan.yaml -o "$tmp/keep.csv" 2>"$tmp/err"
status=$?
[ "$status" = 65 ] || fail "failed run exited $status, expected 65"
[ "$(cat "$tmp/keep.csv")" = "precious" ] || fail "existing output was changed by a failed run"
grep -q "was not written because the run failed" "$tmp/err" || fail "no message about the unwritten output"
"$bin" eval tests/cli/data/no-such-file.yaml -o "$tmp/new.csv" 2>/dev/null
[ ! -e "$tmp/new.csv" ] || fail "a failed run created its output file"

# An output that cannot be created: 73, and nothing left behind.
"$bin" eval scenarios/pragmatic-engagement.yaml -o "$tmp/no/such/dir/out.csv" 2>"$tmp/err"
status=$?
[ "$status" = 73 ] || fail "unwritable output exited $status, expected 73"
grep -q "^relief: error: cannot create '$tmp/no/such/dir/out.csv'" "$tmp/err" || fail "message: $(cat "$tmp/err")"
"$bin" eval scenarios/pragmatic-engagement.yaml -o "$tmp" 2>/dev/null
[ $? = 73 ] || fail "a directory as output should exit 73"

# The --fail-on gate still writes the output (it is not a failed run).
"$bin" eval tests/cli/data/gate-loses.yaml --model tests/cli/data/small-model.yaml --fail-on costs-outweigh \
  -o "$tmp/gate.csv"
[ $? = 1 ] || fail "gate should exit 1"
[ -s "$tmp/gate.csv" ] || fail "gate run did not write its output"

# A named pipe (like /dev/null or /dev/stdout) is written to, not replaced by a regular file.
mkfifo "$tmp/pipe"
cat "$tmp/pipe" >"$tmp/from-pipe" &
reader=$!
"$bin" eval scenarios/potash-2025.yaml -f csv -o "$tmp/pipe" || fail "-o into a named pipe"
[ -p "$tmp/pipe" ] || { kill $reader; fail "-o replaced the named pipe with a regular file"; }
wait $reader
"$bin" eval scenarios/potash-2025.yaml -f csv | cmp -s - "$tmp/from-pipe" ||
  fail "the named pipe did not receive the output"
rm "$tmp/pipe"

# No temporary files are left in the directory.
leftovers=$(find "$tmp" -name '.*relief-*' | wc -l)
[ "$leftovers" = 0 ] || fail "temporary files left behind"

# init refuses to replace a file unless --force.
echo "precious" >"$tmp/keep.yaml"
"$bin" init -o "$tmp/keep.yaml" 2>/dev/null
[ $? = 73 ] || fail "init over an existing file should exit 73"
[ "$(cat "$tmp/keep.yaml")" = "precious" ] || fail "init replaced a file without --force"
"$bin" init --force -o "$tmp/keep.yaml" || fail "init --force"
cmp -s "$tmp/keep.yaml" tests/golden/init-template.yaml || fail "init --force did not write the template"

# Extensions match in any case; one that names no format, or one the command cannot write, is a
# usage error that lists the ones it can, and nothing is written.
"$bin" eval scenarios/potash-2025.yaml -o "$tmp/upper.JSON" || fail "eval -o upper.JSON"
jq -e .format "$tmp/upper.JSON" >/dev/null || fail "-o upper.JSON did not write JSON"
"$bin" eval scenarios/potash-2025.yaml -o "$tmp/out.xlsx" 2>"$tmp/err"
[ $? = 64 ] || fail "-o out.xlsx should be a usage error"
grep -qx "relief: error: cannot tell the format of '$tmp/out.xlsx' from its extension: use -f FORMAT, or one of .txt (table), .csv (csv), .json (json), .md (markdown), .markdown (markdown)" "$tmp/err" ||
  fail "-o out.xlsx: $(cat "$tmp/err")"
"$bin" eval scenarios/potash-2025.yaml -o "$tmp/out.yaml" 2>"$tmp/err"
[ $? = 64 ] || fail "eval -o out.yaml should be a usage error"
grep -q "this command does not write yaml" "$tmp/err" || fail "eval -o out.yaml: $(cat "$tmp/err")"
[ ! -e "$tmp/out.xlsx" ] && [ ! -e "$tmp/out.yaml" ] || fail "a usage error wrote a file"
"$bin" init -f json >/dev/null 2>&1
[ $? = 64 ] || fail "init -f json should be a usage error (a template is YAML)"
echo ok
