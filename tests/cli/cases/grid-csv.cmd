# grid's long-form CSV, one row per cell
args: grid tests/cli/data/bargain.yaml --model tests/cli/data/counterpart-model.yaml --vary asks.a1.amount:0:100:5 --vary credibility:0:1:3 -f csv
status: 0
--- stdout
scenario,file,document,perspective,beliefs,a_path,a,b_path,b,net,verdict,regime_surplus,acceptable,p_net_positive,p_net_positive_se
Bargain by hand,tests/cli/data/bargain.yaml,1,balanced,central,asks.a1.amount,0,credibility,0,-1.5,costs-outweigh,0.6,true,,
Bargain by hand,tests/cli/data/bargain.yaml,1,balanced,central,asks.a1.amount,0,credibility,0.5,-1.5,costs-outweigh,0.6,true,,
Bargain by hand,tests/cli/data/bargain.yaml,1,balanced,central,asks.a1.amount,0,credibility,1,-1.5,costs-outweigh,0.6,true,,
Bargain by hand,tests/cli/data/bargain.yaml,1,balanced,central,asks.a1.amount,25,credibility,0,-1.5,costs-outweigh,0.09999999999999998,true,,
Bargain by hand,tests/cli/data/bargain.yaml,1,balanced,central,asks.a1.amount,25,credibility,0.5,-0.6875,costs-outweigh,0.09999999999999998,true,,
Bargain by hand,tests/cli/data/bargain.yaml,1,balanced,central,asks.a1.amount,25,credibility,1,0.125,benefits-outweigh,0.09999999999999998,true,,
Bargain by hand,tests/cli/data/bargain.yaml,1,balanced,central,asks.a1.amount,50,credibility,0,-1.5,costs-outweigh,-0.4,false,,
Bargain by hand,tests/cli/data/bargain.yaml,1,balanced,central,asks.a1.amount,50,credibility,0.5,0.125,benefits-outweigh,-0.4,false,,
Bargain by hand,tests/cli/data/bargain.yaml,1,balanced,central,asks.a1.amount,50,credibility,1,1.75,benefits-outweigh,-0.4,false,,
Bargain by hand,tests/cli/data/bargain.yaml,1,balanced,central,asks.a1.amount,75,credibility,0,-1.5,costs-outweigh,-0.9,false,,
Bargain by hand,tests/cli/data/bargain.yaml,1,balanced,central,asks.a1.amount,75,credibility,0.5,0.9375,benefits-outweigh,-0.9,false,,
Bargain by hand,tests/cli/data/bargain.yaml,1,balanced,central,asks.a1.amount,75,credibility,1,3.375,benefits-outweigh,-0.9,false,,
Bargain by hand,tests/cli/data/bargain.yaml,1,balanced,central,asks.a1.amount,100,credibility,0,-1.5,costs-outweigh,-1.4,false,,
Bargain by hand,tests/cli/data/bargain.yaml,1,balanced,central,asks.a1.amount,100,credibility,0.5,1.75,benefits-outweigh,-1.4,false,,
Bargain by hand,tests/cli/data/bargain.yaml,1,balanced,central,asks.a1.amount,100,credibility,1,5,benefits-outweigh,-1.4,false,,
