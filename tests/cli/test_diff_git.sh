#!/usr/bin/env bash
# relief diff (issue 20) against a repository this test creates: commits that change a scenario,
# the model (which moves answers of unchanged scenarios), add, remove and rename files; the work
# tree; --files and --timing; the gates; and the pull-request comment of examples/ci run twice
# (one comment, updated in place).
. "$(dirname "$0")/preamble.sh" "$1"
command -v git >/dev/null || { echo "skipped: git is not installed (the README's test command installs it)"; exit 77; }
command -v jq >/dev/null || { echo "skipped: jq is not installed"; exit 77; }

repo=$tmp/repo
mkdir -p "$repo/scenarios"
cd "$repo"
git init -q -b main
git config user.email test@example.org
git config user.name test
cp "$src"/scenarios/{potash-2025,belavia-2025,realpolitik}.yaml scenarios/
cp "$src/data/model.yaml" model.yaml
git add -A && git commit -qm base
base=$(git rev-parse HEAD)

# 1. a scenario changes (potash asks 400 prisoners), one is renamed, one removed, one added
sed -i 's/amount: 123/amount: 400/' scenarios/potash-2025.yaml
git mv scenarios/belavia-2025.yaml scenarios/belavia.yaml
git rm -q scenarios/realpolitik.yaml
cp "$src/scenarios/normative-isolation.yaml" scenarios/
git add -A && git commit -qm change
"$bin" diff main~1 main -f json >"$tmp/d1.json" || fail "diff main~1 main: status $?"
jq -e '.command == "diff" and .format == "relief-result/1"' "$tmp/d1.json" >/dev/null || fail "not a relief-result/1 diff document"
jq -e '.renamed == [{"from": "scenarios/belavia-2025.yaml", "to": "scenarios/belavia.yaml"}]' "$tmp/d1.json" >/dev/null ||
  fail "the rename is not followed: $(jq -c .renamed "$tmp/d1.json")"
jq -e '.added == ["scenarios/normative-isolation.yaml"] and .removed == ["scenarios/realpolitik.yaml"]' "$tmp/d1.json" >/dev/null ||
  fail "added/removed: $(jq -c '[.added, .removed]' "$tmp/d1.json")"
# potash: the net, verdict and acceptance the files give, before and after
p_before=$(cd "$src" && "$bin" eval scenarios/potash-2025.yaml -f json | jq '.results[0].net')
sed 's/amount: 123/amount: 400/' "$src/scenarios/potash-2025.yaml" >"$tmp/potash-400.yaml"
p_after=$("$bin" eval "$tmp/potash-400.yaml" -f json | jq '.results[0].net')
jq -e --argjson b "$p_before" --argjson a "$p_after" \
  '.results[] | select(.file == "scenarios/potash-2025.yaml") | .before.net == $b and .after.net == $a and .file_changed and .status == "changed"' \
  "$tmp/d1.json" >/dev/null || fail "potash's nets are not eval's ($p_before -> $p_after)"
# the renamed file is matched, unchanged, so it is not shown by default; with --all it is, unchanged
jq -e '[.results[] | select(.file == "scenarios/belavia.yaml")] | length == 0' "$tmp/d1.json" >/dev/null ||
  fail "an unchanged renamed scenario is shown without --all"
# the paths after "--", as git takes them: only the potash file's rows, its nets as in the whole
# diff (ranks are among the files compared)
"$bin" diff main~1 main -f json -- scenarios/potash-2025.yaml >"$tmp/d1p.json" || fail "diff A B -- PATH: status $?"
jq -e --slurpfile all "$tmp/d1.json" 'def nets: map({file, status, before: .before.net, after: .after.net});
  (.results | nets) == ([$all[0].results[] | select(.file == "scenarios/potash-2025.yaml")] | nets) and (.results | length) > 0' \
  "$tmp/d1p.json" >/dev/null || fail "diff A B -- PATH: $(jq -c .results "$tmp/d1p.json")"
"$bin" diff main~1 main --all -f json |
  jq -e '.results[] | select(.file == "scenarios/belavia.yaml") | .status == "unchanged" and .renamed_from == "scenarios/belavia-2025.yaml"' >/dev/null ||
  fail "--all: the renamed scenario is not matched to its old file"
jq -e '[.results[] | .status] | sort == ["added", "changed", "removed"]' "$tmp/d1.json" >/dev/null ||
  fail "statuses: $(jq -c '[.results[] | .status]' "$tmp/d1.json")"
# why: the contributions that moved are potash's prisoners rows
jq -e '.results[] | select(.status == "changed") | .contributions_moved[0].item == "prisoners"' "$tmp/d1.json" >/dev/null ||
  fail "the largest mover is not the prisoners ask"

# 2. the model changes and nothing else: every answer it moves is of an unchanged file
sed -i 's/^half_life_months: {triangular: \[18, 36, 54\]}/half_life_months: {triangular: [6, 12, 18]}/' model.yaml
git diff --quiet && fail "the model edit did not apply"
git commit -qam "faster decay"
"$bin" diff main~1 main --model model.yaml -f json >"$tmp/d2.json" || fail "diff with --model: status $?"
jq -e '.model.changed and (.results | length) > 0 and ([.results[] | .file_changed] | all | not)' "$tmp/d2.json" >/dev/null ||
  fail "a model change is not told apart: $(jq -c '[.model, [.results[] | .file_changed]]' "$tmp/d2.json")"
"$bin" diff main~1 main -f json | jq -e '.model.changed == false and (.results | length) == 0' >/dev/null ||
  fail "without --model the embedded model is in force on both sides: nothing changed"

# 3. the work tree, uncommitted: the verdict of potash flips back; a gate on verdicts trips
sed -i 's/amount: 400/amount: 60/' scenarios/potash-2025.yaml
"$bin" diff main --worktree -q --fail-on-change verdict >"$tmp/wt.txt" 2>"$tmp/wt.err"
[ $? = 1 ] || fail "--fail-on-change verdict did not trip on the work tree"
grep -q "relief: --fail-on-change verdict: 'Potash for 123 prisoners (Dec 2025)' (scenarios/potash-2025.yaml), perspective balanced: " "$tmp/wt.err" ||
  fail "the gate does not name the scenario: $(cat "$tmp/wt.err")"
grep -q "the work tree" "$tmp/wt.txt" || fail "the work tree is not named"
"$bin" diff main --worktree -q --fail-on-change 'net<-5' >/dev/null || fail "a net gate beyond any change tripped"
"$bin" diff main --worktree -q --fail-on-change 'net<0' >/dev/null 2>&1
[ $? = 1 ] || fail "a fall of net did not trip --fail-on-change 'net<0'"
git checkout -q scenarios/potash-2025.yaml

# 4. nothing read is checked out: the work tree, the index and HEAD are as they were
head_before=$(git rev-parse HEAD)
"$bin" diff "$base" main >/dev/null || fail "diff by commit id"
[ "$(git rev-parse HEAD)" = "$head_before" ] && git diff --quiet && git diff --cached --quiet ||
  fail "relief diff changed the repository"

# 5. bad revisions and places
"$bin" diff nosuchrev main 2>"$tmp/err"
[ $? = 66 ] || fail "an unknown revision is not exit 66"
grep -q "^relief: error: revision 'nosuchrev'" "$tmp/err" || fail "unknown revision: $(cat "$tmp/err")"
(cd "$tmp" && "$bin" diff main main 2>"$tmp/err2"; [ $? = 66 ]) || fail "outside a repository is not exit 66"
grep -q "no git repository" "$tmp/err2" || fail "outside a repository: $(cat "$tmp/err2")"
"$bin" diff main 2>/dev/null
[ $? = 64 ] || fail "one revision without --worktree is not a usage error"

# 6. a scenario that extends a file outside the revision is refused, not read
printf 'relief: 1\nname: escape\nextends: ../../../etc/passwd\n' >scenarios/escape.yaml
git add -A && git commit -qm escape
"$bin" diff main~1 main >/dev/null 2>"$tmp/esc.err"
[ $? = 65 ] || fail "a scenario extending outside the revision is not exit 65"
grep -q "root:" "$tmp/esc.err" && fail "the target of the escape leaked: $(cat "$tmp/esc.err")"
git rm -q scenarios/escape.yaml && git commit -qm "no escape"

# 6b. a repository's other YAML is not a scenario: a CI workflow (a name, no format version),
# a Helm template that does not parse, an Ansible playbook (a list); a scenario that lacks its
# version, or does not parse, still is, and is reported
mkdir -p .github/workflows chart/templates
printf 'name: relief\non: [push]\njobs:\n  check:\n    runs-on: ubuntu-latest\n' >.github/workflows/relief.yml
printf 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: {{ .Release.Name }}\n  labels: {{- include "x" . | nindent 4 }}\n' >chart/templates/cm.yaml
printf -- '- hosts: all\n  tasks:\n    - name: ping\n      ping:\n' >playbook.yml
# design constraints with a name (their asks a map), and a variant that takes its name from
# the scenario it extends: the one left out, the other read
printf 'relief: 1\nname: ban\nasks:\n  prisoners: 500\n' >constraints.yaml
printf 'relief: 1\nextends: potash-2025.yaml\ncredibility: 0.3\n' >scenarios/variant.yaml
git add -A && git commit -qm "other yaml"
"$bin" diff main~1 main -f json >"$tmp/other.json" 2>"$tmp/other.err" || fail "other YAML: status $?: $(cat "$tmp/other.err")"
[ ! -s "$tmp/other.err" ] || fail "other YAML was read as scenarios: $(cat "$tmp/other.err")"
jq -e '.added == ["scenarios/variant.yaml"]' "$tmp/other.json" >/dev/null || fail "added: $(jq -c .added "$tmp/other.json")"
printf 'name: no version\noffer: []\n' >scenarios/unversioned.yaml
printf 'relief: 1\nname: [unclosed\n' >scenarios/broken.yaml
git add -A && git commit -qm "broken scenarios"
"$bin" diff main~1 main >/dev/null 2>"$tmp/broken.err"
[ $? = 65 ] || fail "broken scenarios: status $? (expected 65)"
grep -q "^scenarios/unversioned.yaml:1:1: error: missing format version" "$tmp/broken.err" &&
  grep -q "^scenarios/broken.yaml:" "$tmp/broken.err" || fail "broken scenarios not reported: $(cat "$tmp/broken.err")"
! grep -q "relief.yml\|cm.yaml\|playbook" "$tmp/broken.err" || fail "other YAML reported: $(cat "$tmp/broken.err")"
git rm -rq scenarios/unversioned.yaml scenarios/broken.yaml scenarios/variant.yaml constraints.yaml .github chart \
  playbook.yml && git commit -qm "no other yaml"

# 7. two scenarios, one question: why potash beats belavia, contribution by contribution
cd "$src"
"$bin" diff --files scenarios/belavia-2025.yaml -- scenarios/potash-2025.yaml -f json >"$tmp/f.json" ||
  fail "--files: status $?"
b=$("$bin" eval scenarios/belavia-2025.yaml -f json | jq '.results[0].net')
p=$("$bin" eval scenarios/potash-2025.yaml -f json | jq '.results[0].net')
jq -e --argjson b "$b" --argjson p "$p" '.results[0].before.net == $b and .results[0].after.net == $p' "$tmp/f.json" >/dev/null ||
  fail "--files: the nets are not eval's"
# across time: the nets are timing's at each moment
"$bin" diff --timing now --timing after-war scenarios/potash-2025.yaml -f json >"$tmp/t.json" || fail "--timing: status $?"
w=$("$bin" timing scenarios/potash-2025.yaml -f json | jq '.results[0].timings["after-war"].net')
jq -e --argjson w "$w" '.results[0].after.net == $w' "$tmp/t.json" >/dev/null || fail "--timing: after-war's net is not timing's ($w)"

# 8. the pull-request comment, twice: one comment, updated in place
cd "$repo"
sed -i 's/amount: 400/amount: 60/' scenarios/potash-2025.yaml
git checkout -q -b feature && git commit -qam "fewer prisoners"
export RELIEF="$bin" RELIEF_COMMENTS="$tmp/comments" RELIEF_OUT="$tmp/out"
sh "$src/examples/ci/relief-diff-comment.sh" main feature -- scenarios >/dev/null
[ $? = 1 ] || fail "the comment script did not pass on the verdict gate's status"
[ "$(ls "$tmp/comments" | wc -l)" = 1 ] || fail "the first run did not post one comment"
sed -i 's/amount: 60/amount: 70/' scenarios/potash-2025.yaml && git commit -qam "seventy"
sh "$src/examples/ci/relief-diff-comment.sh" main feature -- scenarios >/dev/null
[ "$(ls "$tmp/comments" | wc -l)" = 1 ] || fail "the second run posted another comment instead of updating"
head -n 1 "$tmp/comments/comment-1.md" | grep -qxF '<!-- relief-diff -->' || fail "no marker line"
grep -q "<details><summary>potash-2025" "$tmp/comments/comment-1.md" || fail "no collapsed details"
grep -q "^\*\*1 verdict changed" "$tmp/comments/comment-1.md" || fail "no summary line: $(sed -n 3p "$tmp/comments/comment-1.md")"
grep -q -- "-> 0\.\|-> -0\." "$tmp/comments/comment-1.md" || fail "the comment shows no net change"

# 9. libgit2 is in the module relief-git.so, loaded only by a diff of revisions: the binary does
# not link it, and a copy of relief without the module says so (status 66) and still diffs files
unset RELIEF RELIEF_COMMENTS RELIEF_OUT
readelf -d "$bin" | grep -q 'NEEDED.*libgit2' && fail "relief links libgit2 itself"
readelf -d "$(dirname "$bin")/relief-git.so" | grep -q 'NEEDED.*libgit2' || fail "relief-git.so does not link libgit2"
mkdir "$tmp/alone" && cp "$bin" "$tmp/alone/relief"
"$tmp/alone/relief" diff main feature >/dev/null 2>"$tmp/alone.err"
[ $? = 66 ] || fail "without relief-git.so: status $? (expected 66)"
# (where an installation keeps it, lib/relief or lib/<multiarch>/relief, then next to relief)
[[ "$(cat "$tmp/alone.err")" == "relief: error: relief diff reads revisions with relief-git.so, which is not installed (looked for $tmp/lib/"*"relief/relief-git.so and $tmp/alone/relief-git.so)" ]] ||
  fail "without relief-git.so: $(cat "$tmp/alone.err")"
"$tmp/alone/relief" diff --files "$src/scenarios/belavia-2025.yaml" -- "$src/scenarios/potash-2025.yaml" >/dev/null ||
  fail "without relief-git.so, diff --files fails"
echo ok
