#!/usr/bin/env bash
# Untrusted files and hostile environments (issue 15): extends confined to its tree, only regular
# files read, no echo of files that are not scenarios, bounded --files-from, no control characters
# on a terminal, outputs all or nothing (permissions, links, read-only files, devices, signals,
# /dev/full), a closed pipe that stops the batch, a thread limit that changes nothing.
. "$(dirname "$0")/preamble.sh" "$1"
preset=$src/scenarios/realpolitik.yaml
# run STATUS ARGS...: run relief in $tmp (5 s at most), stderr in $tmp/err, stdout in $tmp/out
run() {
  local want=$1
  shift
  (cd "$tmp" && timeout 5 "$bin" "$@" >"$tmp/out" 2>"$tmp/err" </dev/null)
  local status=$?
  [ "$status" = "$want" ] || fail "relief $*: status $status, expected $want; $(cat "$tmp/err")"
}
first_err() { head -n 1 "$tmp/err"; }
want_err() { [ "$(first_err)" = "$1" ] || fail "stderr: '$(first_err)', expected '$1'"; }

# 1. extends stays in the tree: absolute paths, a .. that leaves it, links that lead out
mkdir -p "$tmp/t/sub"
printf 'relief: 1\nname: base\n' >"$tmp/t/base.yaml"
printf 'relief: 1\nextends: ../base.yaml\n' >"$tmp/t/sub/up.yaml"
printf 'relief: 1\nextends: /etc/passwd\n' >"$tmp/t/abs.yaml"
ln -s /etc/passwd "$tmp/t/sub/passwd.yaml"
printf 'relief: 1\nextends: passwd.yaml\n' >"$tmp/t/sub/link.yaml"
run 65 validate -q t/abs.yaml
want_err "t/abs.yaml:2:10: error: extends must name a file relative to this one, inside $tmp/t; '/etc/passwd' is an absolute path"
run 65 validate -q t/sub/up.yaml
want_err "t/sub/up.yaml:2:10: error: cannot extend '../base.yaml': it lies outside the tree relief may read, $tmp/t/sub (--root DIR allows a wider one)"
run 0 eval --root t t/sub/up.yaml
run 65 validate -q --root t t/sub/link.yaml
want_err "t/sub/link.yaml:2:10: error: cannot extend 'passwd.yaml': it is a symbolic link that leads outside the tree relief may read, $tmp/t (--root DIR allows a wider one)"
grep -q root: "$tmp/err" && fail "a line of /etc/passwd was echoed"
# with --root, the files named must be inside it too, symbolic links resolved
run 66 validate -q --root t/sub t/abs.yaml
want_err "t/abs.yaml: error: cannot read: the file lies outside the tree given by --root, t/sub"
run 66 validate -q --root t t/sub/passwd.yaml
# /proc and /sys are never read, even inside the tree
printf 'relief: 1\nextends: ../../../../../../../../proc/self/environ\n' >"$tmp/t/environ.yaml"
run 66 validate -q --root / t/environ.yaml
want_err "t/environ.yaml:2:10: error: cannot extend '../../../../../../../../proc/self/environ': cannot read: a file of the running system (/proc, /sys), not a scenario"
grep -q PATH= "$tmp/err" && fail "the environment was echoed"
# a file that is not a scenario is diagnosed without echoing a line of it
run 65 validate -q --root / /etc/passwd
[ "$(wc -l <"$tmp/err")" = 1 ] || fail "/etc/passwd: $(cat "$tmp/err")"
want_err "/etc/passwd:1:1: error: a scenario must be a map, got a scalar: this is not a scenario file"
printf 'AWS_ACCESS_KEY_ID: AKIAEXAMPLE\nAWS_SECRET: s3cr3t\n' >"$tmp/t/.env"
run 65 validate -q t/.env
[ "$(cat "$tmp/err")" = "t/.env:1:1: error: missing format version, and keys that a scenario does not have: this is not a scenario file (a scenario starts with 'relief: 1')" ] ||
  fail ".env: $(cat "$tmp/err")"
run 65 validate -q --model t/.env model
grep -q s3cr3t "$tmp/err" && fail "--model echoed a secret"

# 3. FIFOs and devices are refused without being opened: nothing hangs
mkfifo "$tmp/t/fifo.yaml"
printf 'relief: 1\nextends: fifo.yaml\n' >"$tmp/t/fifo-child.yaml"
printf 'relief: 1\nextends: /dev/stdin\n' >"$tmp/t/stdin-child.yaml"
run 66 eval t/fifo.yaml
want_err "t/fifo.yaml: error: cannot read: not a regular file but a pipe (give it on standard input as '-')"
run 66 validate -q t/fifo-child.yaml
want_err "t/fifo-child.yaml:2:10: error: cannot extend 'fifo.yaml': cannot read: not a regular file but a pipe"
run 65 validate -q t/stdin-child.yaml
"$bin" eval - <"$preset" >/dev/null || fail "eval - (standard input) is refused"

# 2. --files-from: NUL bytes, overlong entries, directories and devices, endless input
printf '%s\0x\n' "$preset" >"$tmp/nul.txt"
run 64 eval --files-from nul.txt
want_err "relief: error: --files-from: nul.txt:1: the entry holds a NUL byte, which no file name can"
head -c 5000 /dev/zero | tr '\0' a >"$tmp/long.txt"
run 64 eval --files-from long.txt
want_err "relief: error: --files-from: long.txt:1: the entry is longer than the longest path, 4096 bytes: 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa...'"
run 64 eval --files-from t
want_err "relief: error: --files-from: 't' is a directory, not a list of files; name the files, or list them with find"
run 64 eval --files-from /dev/zero
want_err "relief: error: --files-from: cannot read '/dev/zero': not a regular file or a pipe"
(cd "$tmp" && timeout 10 "$bin" eval --files-from - </dev/zero >/dev/null 2>"$tmp/err")
[ $? = 64 ] || fail "--files-from - </dev/zero: $(cat "$tmp/err")"
want_err "relief: error: --files-from: <stdin>:1: the entry holds a NUL byte, which no file name can"
(cd "$tmp" && timeout 20 "$bin" eval --files-from <(yes x) >/dev/null 2>"$tmp/err")
[ $? = 64 ] || fail "--files-from endless: $(cat "$tmp/err")"
want_err "relief: error: --files-from: /dev/fd/63:1000001: more than 1000000 files in one list: split the batch into several runs"

# Control characters (ESC, C1 U+009B, a raw 0x9B) from names and file names never reach the
# terminal; validate's summary and eval's heading show '?'
esc=$(printf '\033')
printf 'relief: 1\nname: "\\e]0;owned\\a \\u009b31m red"\n' >"$tmp/t/esc$esc[2J.yaml"
run 0 validate "t/esc$esc[2J.yaml"
LC_ALL=C grep -q "$esc\|$(printf '\302\233')" "$tmp/out" && fail "validate printed a control character"
grep -q 'esc?\[2J.yaml' "$tmp/out" || fail "validate: $(cat "$tmp/out")"
run 0 eval "t/esc$esc[2J.yaml"
LC_ALL=C grep -q "$esc\|$(printf '\302\233')" "$tmp/out" && fail "eval printed a control character"
[ "$(head -n 1 "$tmp/out")" = "?]0;owned? ?31m red  (t/esc?[2J.yaml)" ] || fail "eval: $(head -n 1 "$tmp/out")"

# 6. a beta with tiny shapes draws finite numbers; no NaN reaches any output
printf 'relief: 1\ncredibility: {beta: [0.005, 0.005]}\noffer: [{measure: potash-transit}]\nasks: [{item: prisoners, amount: 100}]\n' >"$tmp/t/beta.yaml"
run 0 simulate t/beta.yaml -n 20000 -f json
grep -qi 'nan\|null' "$tmp/out" && grep -v '"p_beats"\|"p_first"' "$tmp/out" | grep -qi 'nan' && fail "simulate printed NaN"
jq -e '[.results[0].net.mean, .results[0].net.sd, .results[0].p_net_positive] | all(. != null)' "$tmp/out" >/dev/null 2>&1 ||
  { command -v jq >/dev/null && fail "simulate JSON has nulls"; }

# 9. -o: permissions kept, links followed, read-only refused, devices written
echo old >"$tmp/private.txt"
chmod 600 "$tmp/private.txt"
run 0 eval "$preset" -o private.txt
[ "$(stat -c %a "$tmp/private.txt")" = 600 ] || fail "-o changed 0600 to $(stat -c %a "$tmp/private.txt")"
echo old >"$tmp/real.txt"
ln -s real.txt "$tmp/link.txt"
run 0 eval "$preset" -o link.txt
[ -L "$tmp/link.txt" ] || fail "-o replaced the symbolic link"
grep -q Realpolitik "$tmp/real.txt" || fail "-o did not write the link's target"
echo old >"$tmp/ro.txt"
chmod 444 "$tmp/ro.txt"
run 73 eval "$preset" -o ro.txt
want_err "relief: error: cannot write 'ro.txt': the file is read-only"
[ "$(cat "$tmp/ro.txt")" = old ] || fail "-o wrote a read-only file"
run 0 init -o /dev/null
(cd "$tmp" && "$bin" init -o /dev/stdout | head -n 1 | grep -q yaml-language-server) || fail "init -o /dev/stdout"

# 7. a Markdown report and its charts are one unit: a failed run changes neither
mkdir "$tmp/rep"
run 0 report "$preset" -o rep/report.md
charts_before=$(cat "$tmp"/rep/report-charts/* | md5sum)
chmod 444 "$tmp/rep/report.md"
run 73 report "$src/scenarios/pragmatic-engagement.yaml" -o rep/report.md
[ "$(cat "$tmp"/rep/report-charts/* | md5sum)" = "$charts_before" ] || fail "a failed report replaced its charts"
[ "$(ls -A "$tmp/rep")" = "report-charts
report.md" ] || fail "a failed report left $(ls -A "$tmp/rep")"
chmod 644 "$tmp/rep/report.md"
run 0 report "$src/scenarios/pragmatic-engagement.yaml" -o rep/report.md
[ "$(cat "$tmp"/rep/report-charts/* | md5sum)" = "$charts_before" ] && fail "a report did not replace its charts"
if mkdir "$tmp/small" && mount -t tmpfs -o size=64k tmpfs "$tmp/small" 2>/dev/null; then
  mkdir "$tmp/small/r" && cp -r "$tmp/rep/." "$tmp/small/r/"
  head -c 40000 /dev/zero >"$tmp/small/fill" 2>/dev/null
  before=$(cd "$tmp/small/r" && find . -type f -exec md5sum {} + | sort)
  (cd "$tmp" && "$bin" report "$preset" "$src/scenarios/pragmatic-engagement.yaml" \
    "$src/scenarios/potash-2025.yaml" -o small/r/report.md 2>/dev/null)
  status=$?
  after=$(cd "$tmp/small/r" && find . -type f -exec md5sum {} + | sort)
  umount "$tmp/small"
  [ "$status" = 73 ] || fail "report on a full disk: status $status"
  [ "$before" = "$after" ] || fail "report on a full disk changed the previous report"
else
  echo "skipped the full-disk report: cannot mount a tmpfs here"
fi

# 10. standard output that cannot be written is status 73, for help and version too
for args in --version --help "eval --help" "eval $preset" "model"; do
  # shellcheck disable=SC2086
  "$bin" $args >/dev/full 2>/dev/null
  [ $? = 73 ] || fail "relief $args >/dev/full: status $?"
done

# 11. a closed pipe stops the batch: status 0, the rest of the list never opened
for _ in $(seq 2000); do echo "$preset"; done >"$tmp/list.txt"
echo "$src/tests/bad/nan.yaml" >>"$tmp/list.txt"
"$bin" eval --files-from "$tmp/list.txt" 2>"$tmp/err" | head -n 1 >/dev/null
[ "${PIPESTATUS[0]}" = 0 ] || fail "eval | head: status ${PIPESTATUS[0]}: $(head -n 3 "$tmp/err")"
[ -s "$tmp/err" ] && fail "eval | head read on: $(head -n 3 "$tmp/err")"

# 8. SIGTERM and SIGHUP during a long run leave no temporary file and end by the signal
for sig in TERM HUP; do
  mkdir -p "$tmp/sig"
  "$bin" simulate "$src/scenarios/pragmatic-engagement.yaml" -n 3e6 --samples "$tmp/sig/s.csv" \
    -o "$tmp/sig/out.json" -q 2>/dev/null &
  pid=$!
  for _ in $(seq 50); do compgen -G "$tmp/sig/.s.csv.relief-*" >/dev/null && break; sleep 0.1; done
  sleep 0.3
  kill -s $sig $pid
  wait $pid 2>/dev/null
  status=$?
  want=$([ $sig = TERM ] && echo 143 || echo 129)
  [ "$status" = "$want" ] || fail "SIG$sig: status $status, expected $want"
  [ -z "$(ls -A "$tmp/sig")" ] || fail "SIG$sig left $(ls -A "$tmp/sig")"
done

# 12. report -n interrupted by Ctrl-C says so, and writes what it drew
"$bin" report "$src/scenarios/pragmatic-engagement.yaml" -n 2e7 --threads 2 -o "$tmp/int.html" \
  2>"$tmp/err" &
pid=$!
# the simulation has started when its second thread has (Ctrl-C before it is not simulate's)
for _ in $(seq 300); do [ "$(ls /proc/$pid/task 2>/dev/null | wc -l)" -gt 1 ] && break; sleep 0.05; done
kill -s INT $pid
wait $pid 2>/dev/null
status=$?
[ "$status" = 130 ] || fail "report -n after Ctrl-C: status $status: $(cat "$tmp/err")"
grep -q "^relief: interrupted after [0-9]* of 20000000 samples$" "$tmp/err" || fail "report -n: $(cat "$tmp/err")"

# 4. threads that cannot be started change nothing (a process limit, as an unprivileged user)
# (a sanitizer's runtime reserves terabytes of address space and threads of its own: limits on
# them say nothing there)
sanitized=$(grep -q __asan_init "$bin" && echo yes)
if [ -n "$sanitized" ]; then
  echo "skipped the thread-limit and out-of-memory checks: a sanitizer build"
  echo ok
  exit 0
fi
if [ "$(id -u)" = 0 ] && command -v setpriv >/dev/null; then
  cp "$bin" "$tmp/relief"
  chmod -R a+rwx "$tmp"
  setpriv --reuid=65534 --regid=65534 --clear-groups bash -c "ulimit -u 1; exec $tmp/relief simulate $preset -n 1e5 --threads 8 -q -o $tmp/limited.txt" ||
    fail "simulate under a thread limit: status $?"
  "$bin" simulate "$preset" -n 1e5 --threads 8 -q -o "$tmp/free.txt"
  cmp -s "$tmp/limited.txt" "$tmp/free.txt" || fail "a thread limit changed the results"
else
  echo "skipped the thread-limit check: it needs root and setpriv"
fi
# out of memory is a message and status 70, never an abort
(ulimit -v 150000; "$bin" simulate "$src/scenarios/pragmatic-engagement.yaml" -n 1e7 --threads 2 -q \
  --samples "$tmp/oom.csv" -o "$tmp/oom.txt" >/dev/null 2>"$tmp/err")
status=$?
[ "$status" = 70 ] || fail "out of memory: status $status: $(cat "$tmp/err")"
want_err "relief: out of memory"
ls -A "$tmp" | grep -q oom && fail "out of memory left an output: $(ls -A "$tmp" | grep oom)"
echo ok
