# a verdict gate with --allow: the exempt scenario is named but does not trip
args: compare scenarios/realpolitik.yaml scenarios/pragmatic-engagement.yaml --perspective values-first --fail-on costs-outweigh --allow realpolitik -f csv
status: 0
--- stdout
rank,scenario,file,document,perspective,beliefs,benefits,costs,net,ratio,verdict,regime_surplus,acceptable,worth,timing,arrives,expected_net
1,Pragmatic engagement,scenarios/pragmatic-engagement.yaml,1,values-first,central,1.7207653634592983,1.6587156329006902,0.062049730558608074,1.0374082991248466,benefits-outweigh,1.8500000000000003,true,0.062049730558608074,now,1,0.062049730558608074
2,Realpolitik,scenarios/realpolitik.yaml,1,values-first,central,1.0030902211940873,2.087484016452131,-1.0843937952580438,0.4805259409357923,costs-outweigh,3.16,true,-1.0843937952580438,now,1,-1.0843937952580438
--- stderr
relief: --fail-on costs-outweigh: 'Realpolitik' (scenarios/realpolitik.yaml), perspective values-first: net is costs-outweigh, allowed (--allow)
