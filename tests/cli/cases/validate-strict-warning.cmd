# --strict turns a warning into an error.
args: validate --strict tests/bad/warn-amount-clamped.yaml -q
status: 65
--- stdout
--- stderr
tests/bad/warn-amount-clamped.yaml:4:13: error: amount 5000 is above the maximum of 1150 people for 'prisoners': clamped to 1150 [--strict]
    amount: 5000
            ^
