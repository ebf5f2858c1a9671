# bargain CSV: the case's columns, then each moment's sets by their ends (JSON has the intervals)
args: bargain tests/cli/data/bargain.yaml tests/cli/data/bargain-no-zone.yaml --model tests/cli/data/counterpart-model.yaml --vary asks.a1.amount -f csv
status: 0
--- stdout
scenario,file,document,perspective,beliefs,timing,path,from,to,current,margin,eu_from,eu_to,regime_from,regime_to,zone_from,zone_to,zone_intervals,nash,nash_net,nash_surplus,p_zone,p_zone_se
Bargain by hand,tests/cli/data/bargain.yaml,1,balanced,central,now,asks.a1.amount,0,100,20,0.1,24.615384608507156,100,0,30,24.615384608507156,30,1,26.53846144521714,0.2249999939391143,0.06923077109565712,,
No zone by hand,tests/cli/data/bargain-no-zone.yaml,1,balanced,central,now,asks.a1.amount,0,100,20,0.1,24.615384608507156,100,0,15,,,0,,,,,
