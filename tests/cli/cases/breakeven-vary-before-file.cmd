# --vary takes one PATH: the file named after it is an operand, not a second PATH.
args: breakeven --vary credibility scenarios/potash-2025.yaml -f csv
status: 0
--- stdout
scenario,file,document,perspective,path,from,to,current,tolerance,target,crossing,net_at_crossing,benefits_outweigh,level,verdict_below,verdict_above,net_from,net_to
Potash for 123 prisoners (Dec 2025),scenarios/potash-2025.yaml,1,balanced,credibility,0,1,0.95,1e-09,net,0.3883203506469727,0.050000000135993955,,0.05,benefits-outweigh,balanced,0.0681,0.02148899999999998
--- stderr
