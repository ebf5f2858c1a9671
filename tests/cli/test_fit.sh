#!/usr/bin/env bash
# Tables fit the terminal (issue 9, items 1, 2 and 4): at a width, every line of the commands that
# can fit does; the tables that cannot (too many numbers) get narrower; --wide and -o turn fitting
# off; compare names every row by an id, and cuts a name only as far as a table must; a table
# that cannot fit is printed as records.
set -u
bin=$1
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail() { echo "FAIL: $*"; exit 1; }
command -v python3 >/dev/null || { echo "python3 is needed (the README's test command installs it)"; exit 1; }
# widest: the widest line of standard input in terminal cells (code points, colour left out)
widest() { python3 -c '
import re, sys
print(max((len(re.sub(r"\x1b\[[0-9;]*m", "", l.rstrip("\r\n"))) for l in sys.stdin.buffer.read().decode().splitlines()), default=0))'; }

p=scenarios/pragmatic-engagement.yaml
# 1. These fit 80 columns, and 60 where their numbers leave room.
for args in "init" "model" "eval $p" "explain --paths $p" "validate $p" \
  "breakeven scenarios/belavia-2025.yaml --vary asks.prisoners.amount"; do
  w=$(COLUMNS=80 "$bin" $args 2>&1 | widest)
  [ "$w" -le 80 ] || fail "relief $args at COLUMNS=80 is $w columns wide"
done
for args in "eval $p"; do
  w=$(COLUMNS=60 "$bin" $args 2>&1 | widest)
  [ "$w" -le 60 ] || fail "relief $args at COLUMNS=60 is $w columns wide"
done

# Headings at 80 columns break between phrases, not inside one: the scenario, then what it is
# read under (perspective and draws) whole on the line it fits, and no line ends in a space.
w=scenarios/when-to-engage.yaml
COLUMNS=80 "$bin" simulate $w -n 1000 | head -4 >"$tmp/h" || fail "simulate: status $?"
printf '%s\n' "When to engage: normalisation and trade for 500 prisoners" \
  "(scenarios/when-to-engage.yaml) — perspective balanced" \
  "1000 samples, seed 20251128; 48 uncertain inputs" "" | cmp -s - "$tmp/h" ||
  fail "simulate's heading at 80 columns: $(cat "$tmp/h")"
COLUMNS=80 "$bin" grid $p --vary asks.prisoners.amount --vary credibility | head -3 >"$tmp/h"
printf '%s\n' "Pragmatic engagement  (scenarios/pragmatic-engagement.yaml)" \
  "perspective balanced" "" | cmp -s - "$tmp/h" || fail "grid's heading at 80 columns: $(cat "$tmp/h")"
COLUMNS=80 "$bin" eval scenarios/normative-isolation.yaml | head -3 >"$tmp/h"
printf '%s\n' "Normative isolation  (scenarios/normative-isolation.yaml)" \
  "timing now: war ongoing, Lukashenka in power, delay 0 months;" \
  "perspective balanced; credibility 0.50" | cmp -s - "$tmp/h" || fail "eval's context line at 80 columns: $(cat "$tmp/h")"
for args in "simulate $w -n 1000" "timing $w -n 1000" "sensitivity $w" "discover $w -n 1000" "model"; do
  ! COLUMNS=80 "$bin" $args 2>&1 | grep -q ' $' || fail "relief $args at COLUMNS=80: a line ends in a space"
done

# Long paths and names wrap inside their column and stay whole: simulate's drivers are a table at
# 80 columns (as records they took six lines a driver), and design's packages break a list
# between its items or words, never at a name's hyphen ("hybrid-" / "attacks-halt 1").
COLUMNS=80 "$bin" simulate $p -n 1000 >"$tmp/sim" || fail "simulate: status $?"
grep -q '^  input  *mean  rank corr  var share  EVPPI' "$tmp/sim" ||
  fail "simulate's drivers at 80 columns are not a table: $(grep -A3 'Drivers of' "$tmp/sim")"
[ "$(widest <"$tmp/sim")" -le 80 ] || fail "simulate at COLUMNS=80 is $(widest <"$tmp/sim") columns wide"
COLUMNS=80 "$bin" design >"$tmp/design" || fail "design: status $?"
# (which packages rank is the model's answer: the check reads the table's form, not its rows)
grep -Eq '^  #  +net  +U  offer  +asks$' "$tmp/design" || fail "design at 80 columns: $(cat "$tmp/design")"
! grep -Eq '[a-z]-$' "$tmp/design" || fail "design at 80 columns splits a name: $(grep -E '[a-z]-$' "$tmp/design")"

# 2. Tables with more numbers than fit get narrower: the bar, names and paths give way.
for args in "sensitivity $p" "explain $p" "timing $p" "timing --delay 0:24:12 $p" \
  "compare scenarios/pragmatic-engagement.yaml scenarios/migration-halt-2025.yaml --perspective all"; do
  wide=$("$bin" $args | widest)
  narrow=$(COLUMNS=80 "$bin" $args | widest)
  [ "$narrow" -lt "$wide" ] || fail "relief $args: $narrow columns at COLUMNS=80, $wide without"
  [ "$narrow" -le 95 ] || fail "relief $args: $narrow columns at COLUMNS=80"
done
# the bar narrows first, and is left out when even that does not fit: timing is a table at 90
# columns without its chart (the E it draws is in the row), its names whole
[ "$(COLUMNS=80 "$bin" timing $p | widest)" -le 80 ] || fail "timing's bar did not give way"
COLUMNS=90 "$bin" timing $p >"$tmp/timing90" || fail "timing: status $?"
grep -Eq '^  timing +delay +arrives +net +verdict +U +regime +E$' "$tmp/timing90" &&
  grep -Eq '^  after-lukashenka +59 ' "$tmp/timing90" &&
  grep -qx '  left out to fit 90 columns: chart of E (--wide prints it)' "$tmp/timing90" &&
  [ "$(widest <"$tmp/timing90")" -le 90 ] || fail "timing at 90 columns: $(cat "$tmp/timing90")"
# narrower than any table: records and wrapped notes, never an internal error (the best strategy's
# name, painted after its note is wrapped, can be broken over two lines: "wait for" over
# "after-lukashenka" at 20 columns)
for w in 12 20 30; do
  for s in scenarios/*.yaml; do
    COLUMNS=$w "$bin" timing "$s" --perspective all --color always >/dev/null ||
      fail "timing $s at $w columns: status $?"
  done
done
# at 80, of every preset under every perspective, a table too: the moments' names wrap at their
# hyphens ("after-" over "lukashenka") where the numbers need the room, never as records
for s in scenarios/*.yaml; do
  COLUMNS=80 "$bin" timing "$s" --perspective all >"$tmp/timing80" || fail "timing $s: status $?"
  tables=$(grep -Ec '^  timing +delay +arrives +net +verdict +U +regime +E$' "$tmp/timing80")
  [ "$tables" = 4 ] && ! grep -Eq '^  timing +now$' "$tmp/timing80" &&
    [ "$(grep -Ec '^  after-(lukashenka)? +59 ' "$tmp/timing80")" = 4 ] &&
    [ "$(widest <"$tmp/timing80")" -le 80 ] || fail "timing $s at 80 columns: $(cat "$tmp/timing80")"
done

# compare of every preset at 80 columns is a table, a line a scenario: the names beside the ids
# are left out (the ids tell the rows apart), said once under the first table, not under -q
COLUMNS=80 "$bin" compare scenarios/*.yaml >"$tmp/c80" || fail "compare: status $?"
grep -Eq '^  #  id +benefits +costs +net +verdict +worth$' "$tmp/c80" &&
  [ "$(widest <"$tmp/c80")" -le 80 ] || fail "compare at 80 columns: $(cat "$tmp/c80")"
for f in scenarios/*.yaml; do
  id=$(basename "$f" .yaml)
  [ "$(grep -Ec "^  [0-9]+  $id  " "$tmp/c80")" = 1 ] || fail "compare at 80: no row of $id"
done
[ "$(grep -c '^  left out to fit 80 columns: scenario (--wide prints it)$' "$tmp/c80")" = 1 ] ||
  fail "compare at 80 does not say the names are left out: $(cat "$tmp/c80")"
COLUMNS=80 "$bin" compare scenarios/*.yaml --perspective all >"$tmp/c80all" || fail "compare: status $?"
[ "$(grep -c 'left out to fit' "$tmp/c80all")" = 1 ] &&
  [ "$(grep -Ec '^  #  id +benefits' "$tmp/c80all")" = 4 ] ||
  fail "compare --perspective all at 80 columns: $(cat "$tmp/c80all")"
! COLUMNS=80 "$bin" compare scenarios/*.yaml -q | grep -q 'left out' || fail "-q still says what is left out"

# 3. --wide, and output to a file, are never fitted.
"$bin" sensitivity $p >"$tmp/unfitted"
COLUMNS=60 "$bin" sensitivity $p --wide >"$tmp/wide"
cmp -s "$tmp/unfitted" "$tmp/wide" || fail "--wide still fits"
COLUMNS=60 "$bin" sensitivity $p -o "$tmp/file.txt"
cmp -s "$tmp/unfitted" "$tmp/file.txt" || fail "-o FILE is fitted"
COLUMNS=60 "$bin" sensitivity $p -f csv >"$tmp/fitted.csv"
"$bin" sensitivity $p -f csv >"$tmp/unfitted.csv"
cmp -s "$tmp/fitted.csv" "$tmp/unfitted.csv" || fail "CSV is fitted"

# 4. On a real terminal, its width is what tables fit.
if command -v script >/dev/null; then
  w=$(script -qec "stty cols 90; COLUMNS= $bin timing $p --delay 0:24:12" /dev/null | widest)
  [ "$w" -le 90 ] || fail "timing --delay on a 90-column terminal is $w columns wide"
fi

# 5. compare: three variants with one name are told apart by their ids, in every table, and the
# names are cut alike in the matrix and the rankings.
for n in 100 200 400; do
  printf 'relief: 1\nname: Two crossings and aid for 200 prisoners in exchange\ncredibility: 0.6\noffer:\n  - measure: border-crossings\n    scope: 0.5\nasks:\n  - item: prisoners\n    amount: %s\n' $n >"$tmp/v$n.yaml"
done
COLUMNS=80 "$bin" compare "$tmp"/v*.yaml --perspective all >"$tmp/compare" || fail "compare: status $?"
for n in 100 200 400; do
  [ "$(grep -c "^  v$n  " "$tmp/compare")" = 1 ] || fail "matrix row of v$n: $(cat "$tmp/compare")"
  [ "$(grep -Ec "^ +[0-9]  v$n  " "$tmp/compare")" = 4 ] || fail "ranking rows of v$n"
done
# each table cuts names only as far as it must: always a prefix of the name, then "..."
full='Two crossings and aid for 200 prisoners in exchange'
grep -o 'Two[^.]*[.][.][.]' "$tmp/compare" | sort -u | while read -r cut; do
  case "$full" in "${cut%...}"*) ;; *) fail "'$cut' is not a cut of the name" ;; esac
done
# and not at all where the row has room (issue 16: "Pragmatic engag..." at 100 columns)
COLUMNS=160 "$bin" compare "$tmp"/v*.yaml --perspective all >"$tmp/compare160"
! grep -q 'Two[^.]*[.][.][.]' "$tmp/compare160" || fail "a name is cut at 160 columns"
[ "$(grep -c "$full" "$tmp/compare160")" = 15 ] || fail "whole names at 160: $(cat "$tmp/compare160")"
# a table that cannot fit at all is printed as records, whole, never cut or overflowing
COLUMNS=50 "$bin" compare "$tmp"/v*.yaml --perspective all >"$tmp/compare50"
[ "$(widest <"$tmp/compare50")" -le 50 ] || fail "compare at 50 columns: $(cat "$tmp/compare50")"
grep -q "^  scenario  *Two crossings and aid" "$tmp/compare50" &&
  ! grep -q 'Two[^.]*[.][.][.]' "$tmp/compare50" || fail "no records at 50: $(cat "$tmp/compare50")"
# unfitted, the full name is in every row
[ "$("$bin" compare "$tmp"/v*.yaml | grep -c 'Two crossings and aid for 200 prisoners in exchange')" = 3 ] ||
  fail "compare without a width cuts names"
echo ok
