#!/usr/bin/env bash
# An independent implementation of relief-scenario(5)'s formulas (tests/cli/formulas.py, written
# from the man page in Python) against eval and timing on 300 random scenarios, every perspective.
set -u
command -v python3 >/dev/null || { echo "python3 is needed (the README's test command installs it)"; exit 1; }
exec python3 "$(dirname "$0")/formulas.py" "$1" 300 20251128
