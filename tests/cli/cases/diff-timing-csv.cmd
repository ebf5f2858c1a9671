# diff of scenarios at two moments, in CSV: one row per case that changed
args: diff --timing now --timing after-lukashenka scenarios/potash-2025.yaml scenarios/realpolitik.yaml -f csv
status: 0
--- stdout
scenario,file,document,perspective,beliefs,status,renamed_from,file_changed,verdict_before,verdict_after,net_before,net_after,net_change,rank_before,rank_after,best_before,best_after,best_expected_before,best_expected_after,acceptable_before,acceptable_after
Potash for 123 prisoners (Dec 2025),scenarios/potash-2025.yaml,1,balanced,central,changed,,false,costs-outweigh,balanced,-0.11590347156847935,-0.005354844512414886,0.11054862705606447,2,2,after-lukashenka,after-lukashenka,-0.0032129067074489343,-0.0032129067074489343,true,true
Realpolitik,scenarios/realpolitik.yaml,1,balanced,central,changed,,false,benefits-outweigh,benefits-outweigh,0.2869251363768899,0.29303746650280155,0.006112330125911669,1,1,now,now,0.2869251363768899,0.2869251363768899,true,true
