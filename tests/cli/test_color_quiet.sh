#!/usr/bin/env bash
# Colour by the convention (no-color.org): --color always and never win over the environment, an
# empty NO_COLOR does not turn colour off, TERM=dumb does under auto. -q prints results without
# notes or legends.
set -u
bin=$1
fail() { echo "FAIL: $*"; exit 1; }
esc=$'\e['
colours() { # the number of lines with an ANSI escape when run on a terminal with env "$@"
  env "$@" script -qec "$bin eval scenarios/potash-2025.yaml $COLOR_FLAG" /dev/null | grep -cF "$esc"
}
if command -v script >/dev/null; then
  COLOR_FLAG=""
  [ "$(colours TERM=xterm)" -gt 0 ] || fail "no colour on a terminal"
  [ "$(colours TERM=xterm NO_COLOR=1)" = 0 ] || fail "NO_COLOR=1 left colour on"
  [ "$(colours TERM=xterm NO_COLOR=)" -gt 0 ] || fail "an empty NO_COLOR turned colour off"
  [ "$(colours TERM=dumb)" = 0 ] || fail "TERM=dumb left colour on"
  COLOR_FLAG="--color always"
  [ "$(colours TERM=xterm NO_COLOR=1)" -gt 0 ] || fail "--color always lost to NO_COLOR"
  COLOR_FLAG="--color never"
  [ "$(colours TERM=xterm)" = 0 ] || fail "--color never left colour on"
fi
# Piped, colour only when asked for.
"$bin" eval scenarios/potash-2025.yaml | grep -qF "$esc" && fail "colour in a pipe"
NO_COLOR=1 "$bin" eval scenarios/potash-2025.yaml --color always | grep -qF "$esc" ||
  fail "--color always gave no colour in a pipe"

# -q: results stay, notes and legends go.
out=$("$bin" eval scenarios/pragmatic-engagement.yaml -q)
echo "$out" | grep -q "verdict: benefits-outweigh" || fail "-q dropped the verdict"
echo "$out" | grep -q "note:" && fail "-q kept a note: $out"
out=$(printf 'relief: 1\nname: x\ncontext: {delay_months: 3}\noffer: [{measure: airspace}]\n' |
  "$bin" timing - -q)
echo "$out" | grep -q "best strategy:" || fail "-q dropped the best strategy"
echo "$out" | grep -q "each timing uses its own context" && fail "-q kept the context note"
echo "$out" | grep -q "if the moment comes; E:" && fail "-q kept the legend"
echo ok
