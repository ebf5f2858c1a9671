# --vary takes one PATH: the file named after it is an operand, not a second PATH.
args: breakeven --vary credibility scenarios/potash-2025.yaml -f csv
status: 0
--- stdout
scenario,file,document,perspective,path,from,to,current,tolerance,target,crossing,net_at_crossing,benefits_outweigh,level,verdict_below,verdict_above,net_from,net_to
Potash for 123 prisoners (Dec 2025),scenarios/potash-2025.yaml,1,balanced,credibility,0,1,0.95,1e-09,net,0.14781436920166016,-0.050000000382041915,,-0.05,costs-outweigh,balanced,-0.06240000000000001,0.02148899999999998
Potash for 123 prisoners (Dec 2025),scenarios/potash-2025.yaml,1,balanced,credibility,0,1,0.95,1e-09,net,0.7438400650024415,-7.870101237372751e-10,above,0,,,-0.06240000000000001,0.02148899999999998
--- stderr
