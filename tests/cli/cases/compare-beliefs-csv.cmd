# every CSV record carries the belief set beside the perspective, and ranks within the cell
args: compare tests/cli/data/gate-wins.yaml tests/cli/data/gate-loses.yaml --model tests/cli/data/belief-model.yaml --beliefs all -f csv
status: 0
--- stdout
rank,scenario,file,document,perspective,beliefs,benefits,costs,net,ratio,verdict,regime_surplus,acceptable,worth,timing,arrives,expected_net
1,Wins,tests/cli/data/gate-wins.yaml,1,balanced,central,0.25,0,0.25,,benefits-outweigh,,true,0.25,now,1,0.25
2,Loses,tests/cli/data/gate-loses.yaml,1,balanced,central,0,1.5,-1.5,0,costs-outweigh,,true,-1.5,now,1,-1.5
1,Wins,tests/cli/data/gate-wins.yaml,1,balanced,sceptic,0,0,0,,balanced,,true,0,now,1,0
2,Loses,tests/cli/data/gate-loses.yaml,1,balanced,sceptic,0,1.5,-1.5,0,costs-outweigh,,true,-1.5,now,1,-1.5
