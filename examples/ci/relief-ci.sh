#!/bin/sh
# The CI steps for scenario files, as the GitHub Actions and GitLab CI examples beside this file run
# them: validate every scenario strictly, write the report as HTML (an artifact) and as Markdown
# (the job summary), then fail the job if any scenario's costs outweigh its benefits under any
# perspective. The gate comes last, so that the reports exist when it trips.
#   sh examples/ci/relief-ci.sh [SCENARIO...]      (default: scenarios/*.yaml)
# RELIEF names the binary (default: relief on PATH); RELIEF_OUT the output directory
# (default: relief-report); RELIEF_ROOT the tree scenario files may read (default: the working
# directory, the repository's top): a contributor's file that extends something outside it, or
# a symbolic link that leads out, is refused without echoing what it points at. Exit status: relief's (0 pass, 1 the gate tripped, 65 invalid files).
set -eu
relief=${RELIEF:-relief}
out=${RELIEF_OUT:-relief-report}
[ $# -gt 0 ] || set -- scenarios/*.yaml
root=${RELIEF_ROOT:-.}
mkdir -p "$out"
"$relief" validate --strict --root "$root" "$@"
"$relief" report --root "$root" --perspective all "$@" -o "$out/report.html"
"$relief" report --root "$root" --perspective all "$@" -o "$out/report.md"
"$relief" eval --root "$root" --perspective all --fail-on costs-outweigh "$@" -o "$out/eval.csv"
