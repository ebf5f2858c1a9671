# --timing takes two moments
args: diff --timing now scenarios/potash-2025.yaml
status: 64
--- stderr
relief: error: --timing A --timing B FILE...: two moments, and the files to read at both
