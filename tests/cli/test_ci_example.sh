#!/usr/bin/env bash
# The CI examples (issue 10, item 6): both workflows are YAML that run examples/ci/relief-ci.sh, and
# that script, run here against the presets, validates, writes both reports and trips the gate;
# on passing scenarios it passes; on a broken one it stops before any report.
set -u
bin=$(realpath "$1")
root=$PWD
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail() { echo "FAIL: $*"; exit 1; }
python3 -c 'import yaml' 2>/dev/null || { echo "python3-yaml is needed (the README's test command installs it)"; exit 1; }
for f in examples/ci/github-actions.yml examples/ci/gitlab-ci.yml; do
  python3 -c 'import sys, yaml; yaml.safe_load(open(sys.argv[1]))' "$f" || fail "$f is not YAML"
  grep -q "sh relief/examples/ci/relief-ci.sh scenarios/\*.yaml" "$f" || fail "$f does not run relief-ci.sh"
done
sh -n examples/ci/relief-ci.sh || fail "relief-ci.sh does not pass sh -n"

# The presets: two of them cost more than they bring under some perspective, so the gate trips,
# after both reports are written.
cp -r scenarios "$tmp/scenarios"
cd "$tmp"
RELIEF=$bin sh "$root/examples/ci/relief-ci.sh" >out 2>err
status=$?
[ $status = 1 ] || { cat err; fail "the presets: status $status, expected 1 (the gate)"; }
grep -q "^relief: --fail-on costs-outweigh: 'Realpolitik'" err || fail "the gate does not name Realpolitik: $(cat err)"
for f in report.html report.md eval.csv; do
  [ -s "relief-report/$f" ] || fail "relief-report/$f was not written"
done
[ -d relief-report/report-charts ] || fail "the Markdown report's charts were not written"
grep -q "## Net by perspective" relief-report/report.md || fail "report.md has no matrix"

# Scenarios that pass under every perspective: the job passes.
rm -rf relief-report
RELIEF=$bin sh "$root/examples/ci/relief-ci.sh" scenarios/pragmatic-engagement.yaml \
  scenarios/migration-halt-2025.yaml >out 2>err || { cat err; fail "passing scenarios: status $?"; }

# A broken scenario stops the job at validation, before any report.
rm -rf relief-report
printf 'relief: 1\ncredibility: 7\n' >scenarios/broken.yaml
RELIEF=$bin sh "$root/examples/ci/relief-ci.sh" >out 2>err
status=$?
[ $status = 65 ] || fail "a broken scenario: status $status, expected 65"
grep -q "scenarios/broken.yaml:2:14: error: credibility 7 is out of range" err || fail "$(cat err)"
[ ! -e relief-report/report.html ] || fail "a report was written for a broken batch"

# A contributor's file that tries to read outside the repository: refused, nothing echoed.
rm -rf relief-report scenarios/broken.yaml
printf 'relief: 1\nextends: ../../../../../../../etc/passwd\n' >scenarios/sneaky.yaml
ln -s /etc/passwd scenarios/linked.yaml
RELIEF=$bin sh "$root/examples/ci/relief-ci.sh" >out 2>err
status=$?
[ $status = 66 ] || fail "a file reading outside the tree: status $status, expected 66: $(cat err)"
grep -q "scenarios/sneaky.yaml:2:10: error: cannot extend '../../../../../../../etc/passwd': it lies outside the tree relief may read" err ||
  fail "$(cat err)"
grep -q "scenarios/linked.yaml: error: cannot read: the file lies outside the tree given by --root, ." err || fail "$(cat err)"
grep -q "root:" err out && fail "a line of /etc/passwd reached the log"
echo ok
