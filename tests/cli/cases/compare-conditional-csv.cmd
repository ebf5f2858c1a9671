# compare's CSV carries timing, arrives and expected_net
args: compare tests/cli/data/compare-later.yaml tests/cli/data/compare-now.yaml --model tests/cli/data/counterpart-model.yaml -f csv
status: 0
--- stdout
rank,scenario,file,document,perspective,beliefs,benefits,costs,net,ratio,verdict,regime_surplus,acceptable,worth,timing,arrives,expected_net
1,m1 now,tests/cli/data/compare-now.yaml,1,balanced,central,3,1.2000000000000002,1.7999999999999998,2.4999999999999996,benefits-outweigh,0,true,1.7999999999999998,now,1,1.7999999999999998
2,m1 and m2 after Lukashenka,tests/cli/data/compare-later.yaml,1,balanced,central,2,0.1875,1.8125,10.666666666666666,benefits-outweigh,1,true,1.8125,after-lukashenka,0.25,0.453125
