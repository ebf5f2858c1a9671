# '-' reads one scenario stream from standard input.
args: eval - -f csv --perspective values-first
stdin: tests/cli/data/two-documents.yaml
status: 0
--- stdout
scenario,file,document,perspective,timing,criterion,kind,weight,score,multiplier,weighted
First,<stdin>,1,values-first,now,sovereignty,benefit,0.1,2,1,0.2
First,<stdin>,1,values-first,now,escalation,benefit,0.05,1.5,1,0.07500000000000001
First,<stdin>,1,values-first,now,migration,benefit,0.05,0,1,0
First,<stdin>,1,values-first,now,prisoners,benefit,0.2,0,1,0
First,<stdin>,1,values-first,now,military,benefit,0.05,0,1,0
First,<stdin>,1,values-first,now,humanitarian,benefit,0.1,1,1,0.1
First,<stdin>,1,values-first,now,opposition,cost,0.2,2,1.68,0.672
First,<stdin>,1,values-first,now,reputation,cost,0.15,2,2.0999999999999996,0.6299999999999999
First,<stdin>,1,values-first,now,loopholes,cost,0.1,0,1,0
<stdin>#2,<stdin>,2,values-first,after-lukashenka,sovereignty,benefit,0.1,0.2809657213384682,1,0.028096572133846823
<stdin>#2,<stdin>,2,values-first,after-lukashenka,escalation,benefit,0.05,0.08895833333333332,1,0.004447916666666666
<stdin>#2,<stdin>,2,values-first,after-lukashenka,migration,benefit,0.05,0,1,0
<stdin>#2,<stdin>,2,values-first,after-lukashenka,prisoners,benefit,0.2,0,1,0
<stdin>#2,<stdin>,2,values-first,after-lukashenka,military,benefit,0.05,0,1,0
<stdin>#2,<stdin>,2,values-first,after-lukashenka,humanitarian,benefit,0.1,0,1,0
<stdin>#2,<stdin>,2,values-first,after-lukashenka,opposition,cost,0.2,0.35,0.6,0.041999999999999996
<stdin>#2,<stdin>,2,values-first,after-lukashenka,reputation,cost,0.15,0.5249999999999999,0.6,0.04724999999999999
<stdin>#2,<stdin>,2,values-first,after-lukashenka,loopholes,cost,0.1,0.17791666666666664,1,0.017791666666666664
