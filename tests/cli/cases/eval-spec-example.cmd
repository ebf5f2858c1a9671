# The example scenario of SPEC 2.1, verbatim.
args: eval tests/cli/data/spec-example.yaml -f csv
status: 0
stdout-file: tests/golden/eval-spec-example.csv
