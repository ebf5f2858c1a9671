# --vary takes one PATH: the file named after it is an operand, not a second PATH.
args: breakeven --vary credibility scenarios/potash-2025.yaml -f csv
status: 0
--- stdout
scenario,file,document,perspective,beliefs,path,from,to,current,tolerance,target,crossing,net_at_crossing,benefits_outweigh,level,verdict_below,verdict_above,net_from,net_to
Potash for 123 prisoners (Dec 2025),scenarios/potash-2025.yaml,1,balanced,central,credibility,0,1,0.95,1e-09,net,,,,,,,-0.08053570240076632,-0.118066107816582
