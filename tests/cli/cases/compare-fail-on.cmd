# The gate works on compare too: every scenario ranked, then the status is 1.
args: compare tests/cli/data/gate-wins.yaml tests/cli/data/gate-loses.yaml --model tests/cli/data/small-model.yaml --fail-on costs-outweigh -f csv
status: 1
--- stdout
rank,scenario,file,document,perspective,beliefs,benefits,costs,net,ratio,verdict,regime_surplus,acceptable,worth,timing,arrives,expected_net
1,Wins,tests/cli/data/gate-wins.yaml,1,balanced,central,0.25,0,0.25,,benefits-outweigh,,true,0.25,now,1,0.25
2,Loses,tests/cli/data/gate-loses.yaml,1,balanced,central,0,1.5,-1.5,0,costs-outweigh,,true,-1.5,now,1,-1.5
--- stderr
relief: --fail-on costs-outweigh: 'Loses' (tests/cli/data/gate-loses.yaml), perspective balanced: net is costs-outweigh
