# --model FILE replaces the default; eval runs against it.
args: --model tests/cli/data/small-model.yaml eval tests/cli/data/small-scenario.yaml -f csv
status: 0
--- stdout
scenario,file,document,perspective,beliefs,timing,criterion,kind,weight,score,multiplier,weighted
small-scenario,tests/cli/data/small-scenario.yaml,1,balanced,central,now,sov,benefit,0.5,2,1,1
small-scenario,tests/cli/data/small-scenario.yaml,1,balanced,central,now,pri,benefit,0.25,0,1,0
small-scenario,tests/cli/data/small-scenario.yaml,1,balanced,central,now,rep,cost,0.25,1,3,0.75
