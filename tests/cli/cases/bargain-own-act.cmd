# no Nash point where the product net x U is 0 throughout the zone (tests/cli/data/bargain-own-act.yaml:
# an own act the regime loses by, U = s - 0.4 < 0 over [0, 0.3]; the EU gains from s = 0.2), rather
# than a point where U < 0; the zone is where the EU gains, the regime asked nothing
args: bargain tests/cli/data/bargain-own-act.yaml --model tests/cli/data/counterpart-model.yaml --vary offer.m2.scope --from 0 --to 0.3 -q
status: 0
--- stdout
Own act by hand  (tests/cli/data/bargain-own-act.yaml) — perspective balanced

  offer.m2.scope varies over [0, 0.3] (now 0.25); the EU's minimum is net >= 0.1 (its margin), the regime's U >= 0
  timing  EU gains    regime accepts  zone        Nash point  net  U
  ------------------------------------------------------------------
  now     0.2 to 0.3  0 to 0.3        0.2 to 0.3        none    -  -
  at now: the EU and the regime can agree for offer.m2.scope from 0.2 to 0.3; no Nash bargaining point: net x U is 0 throughout the zone, one side gaining nothing over no deal
