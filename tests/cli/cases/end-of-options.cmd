# '--' ends the options (POSIX): the files after it are operands, also after a first file (CLI11 2.1 left the command there: "unknown option '--'")
args: compare -f csv scenarios/realpolitik.yaml -- scenarios/belavia-2025.yaml
status: 0
--- stdout
rank,scenario,file,document,perspective,beliefs,benefits,costs,net,ratio,verdict,regime_surplus,acceptable,worth,timing,arrives,expected_net
1,Realpolitik,scenarios/realpolitik.yaml,1,balanced,central,1.6021131473449777,1.3151880109680878,0.2869251363768899,1.2181628284200137,benefits-outweigh,3.16,true,0.2869251363768899,now,1,0.2869251363768899
2,Belavia for 52 prisoners (Sep 2025),scenarios/belavia-2025.yaml,1,balanced,central,0.19149555813685007,0.7908143826608173,-0.5993188245239672,0.2421498171195795,costs-outweigh,0.5799999999999998,true,-0.5993188245239672,now,1,-0.5993188245239672
