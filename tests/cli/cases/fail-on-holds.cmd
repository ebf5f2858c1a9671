# --fail-on costs-outweigh does not trip on a balanced verdict.
args: eval tests/cli/data/gate-balanced.yaml --model tests/cli/data/small-model.yaml --fail-on costs-outweigh -f csv
status: 0
--- stdout
scenario,file,document,perspective,beliefs,timing,criterion,kind,weight,score,multiplier,weighted
Balanced,tests/cli/data/gate-balanced.yaml,1,balanced,central,now,sov,benefit,0.5,0,1,0
Balanced,tests/cli/data/gate-balanced.yaml,1,balanced,central,now,pri,benefit,0.25,0.2,1,0.05
Balanced,tests/cli/data/gate-balanced.yaml,1,balanced,central,now,rep,cost,0.25,0,1,0
