# '-' reads one scenario stream from standard input.
args: eval - -f csv --perspective values-first
stdin: tests/cli/data/two-documents.yaml
status: 0
--- stdout
scenario,file,document,perspective,beliefs,timing,criterion,kind,weight,score,multiplier,weighted
First,<stdin>,1,values-first,central,now,sovereignty,benefit,0.1,2.8676372630237705,1,0.28676372630237706
First,<stdin>,1,values-first,central,now,escalation,benefit,0.05,1.5,1,0.07500000000000001
First,<stdin>,1,values-first,central,now,migration,benefit,0.05,0,1,0
First,<stdin>,1,values-first,central,now,prisoners,benefit,0.2,0,1,0
First,<stdin>,1,values-first,central,now,military,benefit,0.05,0,1,0
First,<stdin>,1,values-first,central,now,humanitarian,benefit,0.1,1.5054498803265504,1,0.15054498803265504
First,<stdin>,1,values-first,central,now,opposition,cost,0.2,2,1.68,0.672
First,<stdin>,1,values-first,central,now,reputation,cost,0.15,2.418551389405318,2.0999999999999996,0.761843687662675
First,<stdin>,1,values-first,central,now,loopholes,cost,0.1,0,1,0
<stdin>#2,<stdin>,2,values-first,central,after-lukashenka,sovereignty,benefit,0.1,0.264453402825564,1,0.026445340282556403
<stdin>#2,<stdin>,2,values-first,central,after-lukashenka,escalation,benefit,0.05,0.05337499999999999,1,0.0026687499999999997
<stdin>#2,<stdin>,2,values-first,central,after-lukashenka,migration,benefit,0.05,0,1,0
<stdin>#2,<stdin>,2,values-first,central,after-lukashenka,prisoners,benefit,0.2,0,1,0
<stdin>#2,<stdin>,2,values-first,central,after-lukashenka,military,benefit,0.05,0,1,0
<stdin>#2,<stdin>,2,values-first,central,after-lukashenka,humanitarian,benefit,0.1,0,1,0
<stdin>#2,<stdin>,2,values-first,central,after-lukashenka,opposition,cost,0.2,0.175,0.6,0.020999999999999998
<stdin>#2,<stdin>,2,values-first,central,after-lukashenka,reputation,cost,0.15,0.3533300898866623,0.6,0.03179970808979961
<stdin>#2,<stdin>,2,values-first,central,after-lukashenka,loopholes,cost,0.1,0.10674999999999998,1,0.010674999999999999
