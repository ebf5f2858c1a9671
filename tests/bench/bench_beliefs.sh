#!/usr/bin/env bash
# What the model answers about the presets, printed, never asserted (SPEC 3: which strategy wins is
# the model's answer, not a property): per preset, the cells (belief set x perspective) that back
# it, its worst net and largest regret; P(net > 0) under the central beliefs and each perspective
# from N samples; and how long the belief x perspective comparison takes next to a plain one.
# Usage: tests/bench/bench_beliefs.sh [build/relief] [SAMPLES]
set -eu
bin=${1:-build/relief}
n=${2:-100000}
cd "$(dirname "$0")/../.."
echo "## Backed cells, worst worth and largest regret over beliefs x perspectives"
echo
echo "(backed: benefits outweigh and the regime accepts; worth: net if it accepts, 0 if it refuses)"
echo
echo "| preset | backed | worst worth | where | largest regret | where |"
echo "| --- | ---: | ---: | --- | ---: | --- |"
"$bin" compare scenarios/*.yaml --perspective all --beliefs all -f json -q |
  jq -r '
    .results as $r
    | ($r | group_by(.perspective + "|" + .beliefs)
          | map({key: (.[0].perspective + ", " + .[0].beliefs), value: (map(.worth) | max)})
          | from_entries) as $best
    | $r | group_by(.file)[]
    | {s: .[0].file,
       backed: (map(select(.verdict == "benefits-outweigh" and .acceptable)) | length),
       cells: length,
       worst: (min_by(.worth)), regret: (max_by($best[.perspective + ", " + .beliefs] - .worth))}
    | "| \(.s | sub("scenarios/"; "") | sub(".yaml"; "")) | \(.backed)/\(.cells) | \(.worst.worth * 1000 | round / 1000) | \(.worst.perspective), \(.worst.beliefs) | \(($best[.regret.perspective + ", " + .regret.beliefs] - .regret.worth) * 1000 | round / 1000) | \(.regret.perspective), \(.regret.beliefs) |"'
echo
echo "## P(net > 0) under the central beliefs, $n samples (seed 20251128)"
echo
echo "| preset | balanced | frontline-states | values-first | security-first | P(regime accepts) |"
echo "| --- | ---: | ---: | ---: | ---: | ---: |"
"$bin" simulate scenarios/*.yaml --perspective all -n "$n" -f json -q |
  jq -r '.results | group_by(.file)[]
    | "| \(.[0].file | sub("scenarios/"; "") | sub(".yaml"; "")) | \(map(.p_net_positive * 1000 | round / 1000 | tostring) | join(" | ")) | \(.[0].p_accept // "-" | if type == "number" then (. * 1000 | round / 1000) else . end) |"'
if command -v hyperfine >/dev/null; then
  echo
  files=$(echo scenarios/*.yaml)
  hyperfine -N --warmup 3 --runs 20 \
    "$bin compare $files --perspective all -f csv" \
    "$bin compare $files --perspective all --beliefs all -f csv"
fi
