#!/usr/bin/env bash
# CSV reads back with Python's csv module and the documented header; JSON reads back with jq;
# the sum of the CSV's weighted column (benefits minus costs) equals the JSON's net.
set -u
bin=$1
command -v python3 >/dev/null || { echo "python3 is needed (the README's test command installs it)"; exit 1; }
command -v jq >/dev/null || { echo "jq is needed (the README's test command installs it)"; exit 1; }
command -v mlr >/dev/null || { echo "mlr is needed (the README's test command installs miller)"; exit 1; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
"$bin" eval scenarios/*.yaml --perspective all -f csv >"$tmp/all.csv" || exit 1
"$bin" eval scenarios/*.yaml --perspective all -f json >"$tmp/all.json" || exit 1
jq -e '.format == "relief-result/1" and (.results | length) == 32' "$tmp/all.json" >/dev/null ||
  { echo "FAIL: JSON shape"; exit 1; }
jq -r '.results[] | [.scenario, .perspective, .net] | @tsv' "$tmp/all.json" >"$tmp/net.tsv"

# Miller reads the CSV back with the documented header: 32 scenario-perspective pairs of 9 criteria.
[ "$(mlr --icsv --ojson count "$tmp/all.csv" | jq '.[0].count')" = 288 ] || { echo "FAIL: mlr count"; exit 1; }
# (the weighted score is the model's: Miller must read it as a number, whatever it is)
[ "$(mlr --icsv --onidx --fs , head -n 1 then put '$w = is_numeric($weighted)' then cut -o -f scenario,criterion,w "$tmp/all.csv")" = \
  "Belavia for 52 prisoners (Sep 2025),sovereignty,true" ] || { echo "FAIL: mlr fields"; exit 1; }

# The compare matrix agrees with eval under each perspective, cell by cell.
"$bin" compare scenarios/*.yaml --perspective all -f json >"$tmp/compare.json" || exit 1
diff <(jq -r '.results[] | [.scenario, .perspective, .net, .verdict] | @tsv' "$tmp/all.json" | sort) \
  <(jq -r '.results[] | [.scenario, .perspective, .net, .verdict] | @tsv' "$tmp/compare.json" | sort) ||
  { echo "FAIL: compare and eval disagree"; exit 1; }
python3 - "$tmp/all.csv" "$tmp/net.tsv" <<'PY'
import csv, sys
with open(sys.argv[1], newline="") as f:
    rows = list(csv.DictReader(f))
assert list(rows[0].keys()) == ["scenario", "file", "document", "perspective", "beliefs", "timing",
                                "criterion", "kind", "weight", "score", "multiplier", "weighted"], \
    rows[0].keys()
net = {}
for r in rows:
    key = (r["scenario"], r["perspective"])
    w = float(r["weighted"])
    assert abs(w - float(r["weight"]) * float(r["score"]) * float(r["multiplier"])) < 1e-12, r
    net[key] = net.get(key, 0.0) + (w if r["kind"] == "benefit" else -w)
seen = 0
for line in open(sys.argv[2]):
    scenario, perspective, value = line.rstrip("\n").split("\t")
    assert abs(net[(scenario, perspective)] - float(value)) < 1e-12, (scenario, perspective)
    seen += 1
assert seen == len(net) == 32, (seen, len(net))
print("ok")
PY
