#!/usr/bin/env bash
# The man pages are clean under mandoc -T lint, and document every subcommand and option of --help.
set -u
bin=$1
command -v mandoc >/dev/null || { echo "mandoc is needed (the README's test command installs it)"; exit 1; }
out=$(mandoc -T lint -W warning man/relief.1 man/relief-scenario.5 2>&1)
[ -z "$out" ] || { echo "FAIL: mandoc -T lint:"; echo "$out"; exit 1; }
for sub in eval compare timing breakeven bargain sensitivity simulate explain report validate model init schema completion; do
  grep -q "^\.Ss relief $sub\|^\.It Cm $sub\|^\.Nm $sub" man/relief.1 || { echo "FAIL: $sub undocumented"; exit 1; }
  for opt in $("$bin" "$sub" --help | grep -o -- '--[a-z-]*' | sort -u); do
    grep -q -- "Fl ${opt#--}\b" man/relief.1 || { echo "FAIL: $sub $opt is not in relief(1)"; exit 1; }
  done
done
echo ok
