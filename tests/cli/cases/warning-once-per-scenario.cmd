# A warning that does not depend on the perspective is printed once, not once per perspective.
args: eval tests/bad/warn-saturated.yaml --perspective all -f csv
status: 0
--- stderr
tests/bad/warn-saturated.yaml:4:11: warning: criterion 'prisoners' saturated at its cap: score 25.000 clamped to 10
  - item: prisoners
          ^
