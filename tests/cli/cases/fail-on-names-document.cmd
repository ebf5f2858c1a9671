# --fail-on names the case of each tripped verdict: the second document of a file as FILE#2.
args: eval tests/cli/data/same-name-twice.yaml --fail-on costs-outweigh -q
status: 1
--- stderr
relief: --fail-on costs-outweigh: 'Same name' (tests/cli/data/same-name-twice.yaml), perspective balanced: net is costs-outweigh
relief: --fail-on costs-outweigh: 'Same name' (tests/cli/data/same-name-twice.yaml#2), perspective balanced: net is costs-outweigh
