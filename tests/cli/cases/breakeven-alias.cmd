# the model's spelling of a number the scenario leaves to the model is an alias: printed one way
args: breakeven scenarios/pragmatic-engagement.yaml --vary model.perspectives.balanced.weights.reputation -f csv
status: 0
--- stdout
scenario,file,perspective,path,from,to,current,crossing,net_at_crossing,benefits_outweigh,level,verdict_below,verdict_above,net_from,net_to
Pragmatic engagement,scenarios/pragmatic-engagement.yaml,balanced,weights.reputation,0,1000,0.1,0.3021675517084077,0.04999999923303844,,0.05,benefits-outweigh,balanced,1.3464666666666667,-3.8068620041962236
Pragmatic engagement,scenarios/pragmatic-engagement.yaml,balanced,weights.reputation,0,1000,0.1,0.31793781963642687,3.7420533338661244e-10,below,0,,,1.3464666666666667,-3.8068620041962236
Pragmatic engagement,scenarios/pragmatic-engagement.yaml,balanced,weights.reputation,0,1000,0.1,0.3341273427940905,-0.04999999993515347,,-0.05,balanced,costs-outweigh,1.3464666666666667,-3.8068620041962236
