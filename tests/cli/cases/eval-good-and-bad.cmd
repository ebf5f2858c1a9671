# A bad file among good ones: the good one's results still print, the status is 65.
args: eval tests/bad/nan.yaml scenarios/potash-2025.yaml -f csv
status: 65
stdout-file: tests/golden/eval-potash.csv
--- stderr
tests/bad/nan.yaml:2:14: error: credibility must be a finite number, got '.nan'
credibility: .nan
             ^
