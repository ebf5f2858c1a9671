# eval at a later moment stays conditional on it coming, and says so
args: eval tests/cli/data/after-war.yaml
status: 0
stdout-file: tests/golden/eval-conditional.txt
