#!/usr/bin/env bash
# Sentences say where a number comes from and print it as a person reads it, and a number is
# printed under its one PATH (issue 16, items 2, 7 and 9). Only those phrases are checked: which strategy or verdict the model gives is its answer,
# free to move, and is not pinned here.
set -u
bin=$1
fail() { echo "FAIL: $*"; exit 1; }
f=tests/cli/data/arrives-assumed.yaml # sets timings.after-war.arrives to 5/9 under assumptions
one_line() { tr '\n' ' ' | tr -s ' '; } # notes wrap: read them as one line
out=$(COLUMNS= "$bin" timing "$f" | one_line) || fail "timing: status $?"
# the value the scenario set is said to be the scenario's, with its place; the model's stays so
grep -q "(the scenario's assumptions say 0.56 at $f:5:42)" <<<"$out" || fail "timing: $out"
grep -q "(the model says 0.60)" <<<"$out" || fail "timing, the model's arrives: $out"
! grep -q "(the model says 0.56)" <<<"$out" || fail "timing calls the scenario's value the model's"
# eval's note prints 5/9 with six significant digits, not 0.5555555555555556
out=$(COLUMNS= "$bin" eval "$f" | one_line) || fail "eval: status $?"
grep -q "probability 0.555556 within" <<<"$out" || fail "eval: $out"
! grep -q "0.5555555" <<<"$out" || fail "eval prints a probability to 16 digits: $out"
# an alias (the model's spelling of a number the scenario leaves to the model) is printed as the
# number's one PATH
paths=$("$bin" breakeven scenarios/pragmatic-engagement.yaml --vary \
  model.perspectives.balanced.weights.reputation -f csv |
  awk -F, 'NR == 1 { for (i = 1; i <= NF; i++) if ($i == "path") c = i; next } { print $c }' |
  sort -u)
[ "$paths" = "weights.reputation" ] || fail "breakeven prints the alias as: $paths"
echo ok
