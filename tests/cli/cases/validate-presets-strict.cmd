# Every preset validates with --strict.
args: validate --strict scenarios/belavia-2025.yaml scenarios/migration-halt-2025.yaml scenarios/normative-isolation.yaml scenarios/potash-2025.yaml scenarios/pragmatic-engagement.yaml scenarios/realpolitik.yaml --perspective all
status: 0
--- stdout
  file                                 scenarios  errors  warnings  status
  ------------------------------------------------------------------------
  scenarios/belavia-2025.yaml                  1       0         0  valid
  scenarios/migration-halt-2025.yaml           1       0         0  valid
  scenarios/normative-isolation.yaml           1       0         0  valid
  scenarios/potash-2025.yaml                   1       0         0  valid
  scenarios/pragmatic-engagement.yaml          1       0         0  valid
  scenarios/realpolitik.yaml                   1       0         0  valid
