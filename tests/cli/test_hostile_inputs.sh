#!/usr/bin/env bash
# Inputs that are not scenario files at all: devices, directories, oversized files, endless streams.
# Each ends quickly with a diagnostic and the documented status, and leaves -o untouched.
set -u
bin=$1
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail() { echo "FAIL: $*"; exit 1; }
expect() {  # expect STATUS STDERR-LINE ARGS...
  local want=$1 line=$2
  shift 2
  timeout 5 "$bin" "$@" >/dev/null 2>"$tmp/err" </dev/null
  local status=$?
  [ "$status" = "$want" ] || fail "relief $*: status $status, expected $want"
  [ "$(head -n 1 "$tmp/err")" = "$line" ] || fail "relief $*: stderr '$(head -n 1 "$tmp/err")'"
}
expect 66 "/dev/zero: error: cannot read: not a regular file" eval /dev/zero
expect 66 "/dev/null: error: cannot read: not a regular file" validate /dev/null
expect 66 "tests: error: cannot read: is a directory" eval tests

head -c 5000000 /dev/zero | tr '\0' 'a' >"$tmp/big.yaml"
expect 65 "$tmp/big.yaml: error: file is larger than the limit of 4194304 bytes" eval "$tmp/big.yaml"

# An endless stream on standard input is cut at the size limit.
timeout 5 "$bin" eval - < <(yes 'relief: 1') >/dev/null 2>"$tmp/err"
[ $? = 65 ] || fail "endless stdin: status $?"
grep -q "^<stdin>: error: file is larger than the limit" "$tmp/err" || fail "endless stdin: $(cat "$tmp/err")"

# A model that is not a file.
expect 66 "/dev/zero: error: cannot read: not a regular file" --model /dev/zero model

# Hostile files never touch an existing output.
echo keep >"$tmp/out.json"
for f in tests/bad/*.yaml; do
  timeout 5 "$bin" eval "$f" scenarios/realpolitik.yaml -o "$tmp/out.json" >/dev/null 2>&1
  status=$?
  want=$(head -n 1 "${f%.yaml}.expected" | sed 's/^status: //')
  if [ "$want" = 0 ]; then
    [ "$status" = 0 ] || fail "$f with -o: status $status"
    echo keep >"$tmp/out.json"
  else
    [ "$status" = "$want" ] || fail "$f with -o: status $status, expected $want"
    [ "$(cat "$tmp/out.json")" = keep ] || fail "$f changed the existing output"
  fi
done
echo ok
