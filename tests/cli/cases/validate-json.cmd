args: validate tests/bad/many-problems.yaml scenarios/realpolitik.yaml -f json -q
status: 65
stdout-file: tests/golden/validate-many-problems.json
--- stderr
tests/bad/many-problems.yaml:2:9: error: unknown timing 'soon' (expected one of: now, after-ceasefire, after-war, after-lukashenka)
timing: soon
        ^
tests/bad/many-problems.yaml:3:14: error: credibility 2 is out of range: must be [0, 1]
credibility: 2
             ^
tests/bad/many-problems.yaml:5:14: error: unknown measure 'bankin' (did you mean 'banking'?)
  - measure: bankin
             ^
tests/bad/many-problems.yaml:6:12: error: scope must be a number, got 'x'
    scope: x
           ^
tests/bad/many-problems.yaml:9:13: error: amount must be a finite number, got '.nan'
    amount: .nan
            ^
