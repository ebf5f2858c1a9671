#!/bin/sh
# The CI steps for scenario files, as the GitHub Actions and GitLab CI examples beside this file run
# them: validate every scenario strictly, write the report as HTML (an artifact) and as Markdown
# (the job summary), then fail the job if any scenario's costs outweigh its benefits under any
# perspective. The gate comes last, so that the reports exist when it trips.
#   sh examples/ci/relief-ci.sh [SCENARIO...]      (default: scenarios/*.yaml)
# RELIEF names the binary (default: relief on PATH); RELIEF_OUT the output directory
# (default: relief-report). Exit status: relief's (0 pass, 1 the gate tripped, 65 invalid files).
set -eu
relief=${RELIEF:-relief}
out=${RELIEF_OUT:-relief-report}
[ $# -gt 0 ] || set -- scenarios/*.yaml
mkdir -p "$out"
"$relief" validate --strict "$@"
"$relief" report --perspective all "$@" -o "$out/report.html"
"$relief" report --perspective all "$@" -o "$out/report.md"
"$relief" eval --perspective all --fail-on costs-outweigh "$@" -o "$out/eval.csv"
