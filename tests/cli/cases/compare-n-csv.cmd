# compare -n in CSV: samples, seed and the three shares after the ranking's columns; P(first) sums to 1 within a perspective
args: compare scenarios/potash-2025.yaml scenarios/realpolitik.yaml --perspective all -n 1000 -f csv
status: 0
--- stdout
rank,scenario,file,document,perspective,beliefs,benefits,costs,net,ratio,verdict,regime_surplus,acceptable,worth,timing,arrives,expected_net,samples,seed,p_net_positive,p_first,p_accept
1,Realpolitik,scenarios/realpolitik.yaml,1,balanced,central,1.6021131473449777,1.3151880109680878,0.2869251363768899,1.2181628284200137,benefits-outweigh,3.16,true,0.2869251363768899,now,1,0.2869251363768899,1000,20251128,0.822,0.926,0.981
2,Potash for 123 prisoners (Dec 2025),scenarios/potash-2025.yaml,1,balanced,central,0.4123314596664308,0.5282349312349102,-0.11590347156847935,0.7805834777008789,costs-outweigh,1.17,true,-0.11590347156847935,now,1,-0.11590347156847935,1000,20251128,0.274,0.074,0.91
1,Realpolitik,scenarios/realpolitik.yaml,1,frontline-states,central,1.9243385809867515,0.8700384076776614,1.0543001733090902,2.211785783254405,benefits-outweigh,3.16,true,1.0543001733090902,now,1,1.0543001733090902,1000,20251128,1,1,0.981
2,Potash for 123 prisoners (Dec 2025),scenarios/potash-2025.yaml,1,frontline-states,central,0.3374827677331447,0.38406593186443716,-0.04658316413129249,0.8787105018527527,balanced,1.17,true,-0.04658316413129249,now,1,-0.04658316413129249,1000,20251128,0.392,0,0.91
1,Potash for 123 prisoners (Dec 2025),scenarios/potash-2025.yaml,1,values-first,central,0.3222456397776206,0.7459286968523652,-0.4236830570747446,0.43200595598133923,costs-outweigh,1.17,true,-0.4236830570747446,now,1,-0.4236830570747446,1000,20251128,0.024,0.964,0.91
2,Realpolitik,scenarios/realpolitik.yaml,1,values-first,central,1.0030902211940873,2.087484016452131,-1.0843937952580438,0.4805259409357923,costs-outweigh,3.16,true,-1.0843937952580438,now,1,-1.0843937952580438,1000,20251128,0.001,0.036,0.981
1,Realpolitik,scenarios/realpolitik.yaml,1,security-first,central,2.0764910734958684,0.6580224043872351,1.4184686691086332,3.1556540623104503,benefits-outweigh,3.16,true,1.4184686691086332,now,1,1.4184686691086332,1000,20251128,1,1,0.981
2,Potash for 123 prisoners (Dec 2025),scenarios/potash-2025.yaml,1,security-first,central,0.5053272795552413,0.3307979724939641,0.17452930706127717,1.5276008971441375,benefits-outweigh,1.17,true,0.17452930706127717,now,1,0.17452930706127717,1000,20251128,0.772,0,0.91
