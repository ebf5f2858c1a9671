# sensitivity gates on the base verdict
args: sensitivity scenarios/realpolitik.yaml scenarios/pragmatic-engagement.yaml --fail-on costs-outweigh -f json -o /dev/null
status: 1
--- stdout
--- stderr
relief: --fail-on costs-outweigh: 'Realpolitik' (scenarios/realpolitik.yaml), perspective balanced: net is costs-outweigh
