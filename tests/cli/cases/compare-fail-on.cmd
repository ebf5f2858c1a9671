# The gate works on compare too.
args: compare scenarios/realpolitik.yaml scenarios/potash-2025.yaml --fail-on costs-outweigh -f csv
status: 1
--- stdout
rank,scenario,file,document,perspective,benefits,costs,net,ratio,verdict
1,Potash for 123 prisoners (Dec 2025),scenarios/potash-2025.yaml,1,balanced,0.32315099999999997,0.30585645,0.017294549999999964,1.0565446633543283,balanced
2,Realpolitik,scenarios/realpolitik.yaml,1,balanced,2.1317999999999997,4.9422,-2.8104,0.43134636396746384,costs-outweigh
--- stderr
relief: --fail-on costs-outweigh: 'Realpolitik' (scenarios/realpolitik.yaml), perspective balanced: net is costs-outweigh
