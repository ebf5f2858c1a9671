# design's CSV: one row per package, best then frontier
args: design tests/cli/data/design-small.yaml --model tests/cli/data/counterpart-model.yaml --frontier -f csv -k 3
status: 0
--- stdout
timing,perspective,beliefs,set,rank,worth,net,regime_surplus,acceptable,verdict,benefits,costs,arrives,expected_worth,offer,asks
now,balanced,central,best,1,2.375,2.375,0.6000000000000001,true,benefits-outweigh,3.5,1.125,1,2.375,m1:1:plain;m2:1:plain,a1:100
now,balanced,central,best,2,2.2125,2.2125,0.8,true,benefits-outweigh,3.375,1.1625,1,2.2125,m1:1:plain;m2:1:plain,a1:90
now,balanced,central,best,3,2.05,2.05,1,true,benefits-outweigh,3.25,1.2000000000000002,1,2.05,m1:1:plain;m2:1:plain,a1:80
now,balanced,central,frontier,1,2.375,2.375,0.6000000000000001,true,benefits-outweigh,3.5,1.125,1,2.375,m1:1:plain;m2:1:plain,a1:100
now,balanced,central,frontier,2,2.2125,2.2125,0.8,true,benefits-outweigh,3.375,1.1625,1,2.2125,m1:1:plain;m2:1:plain,a1:90
now,balanced,central,frontier,3,2.05,2.05,1,true,benefits-outweigh,3.25,1.2000000000000002,1,2.05,m1:1:plain;m2:1:plain,a1:80
now,balanced,central,frontier,4,1.8875000000000002,1.8875000000000002,1.2,true,benefits-outweigh,3.125,1.2374999999999998,1,1.8875000000000002,m1:1:plain;m2:1:plain,a1:70
now,balanced,central,frontier,5,1.725,1.725,1.4000000000000001,true,benefits-outweigh,3,1.275,1,1.725,m1:1:plain;m2:1:plain,a1:60
now,balanced,central,frontier,6,1.5625,1.5625,1.6,true,benefits-outweigh,2.875,1.3125,1,1.5625,m1:1:plain;m2:1:plain,a1:50
now,balanced,central,frontier,7,1.4,1.4,1.8,true,benefits-outweigh,2.75,1.35,1,1.4,m1:1:plain;m2:1:plain,a1:40
now,balanced,central,frontier,8,1.2374999999999998,1.2374999999999998,2,true,benefits-outweigh,2.625,1.3875000000000002,1,1.2374999999999998,m1:1:plain;m2:1:plain,a1:30
now,balanced,central,frontier,9,1.0750000000000002,1.0750000000000002,2.2,true,benefits-outweigh,2.5,1.4249999999999998,1,1.0750000000000002,m1:1:plain;m2:1:plain,a1:20
now,balanced,central,frontier,10,0.9125000000000001,0.9125000000000001,2.4,true,benefits-outweigh,2.375,1.4625,1,0.9125000000000001,m1:1:plain;m2:1:plain,a1:10
