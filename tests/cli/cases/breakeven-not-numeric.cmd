# A PATH that names no number.
args: breakeven scenarios/pragmatic-engagement.yaml --vary name
status: 64
--- stderr
relief: error: no numeric input 'name' in scenario 'Pragmatic engagement'; `relief explain --paths FILE` lists them
