# compare ranks a package for a later moment by arrives x worth: 'later' is worth 1.8125 if Lukashenka's
# exit comes, which it does with 0.25 (expected 0.453), so it ranks below 'now' (1.8) although its worth is larger
args: compare tests/cli/data/compare-later.yaml tests/cli/data/compare-now.yaml --model tests/cli/data/counterpart-model.yaml
status: 0
--- stdout
Ranking by worth under balanced
  #  id             scenario                    benefits  costs    net  verdict             worth  expected
  ---------------------------------------------------------------------------------------------------------
  1  compare-now    m1 now                         3.000  1.200  1.800  benefits-outweigh  1.800     1.800
  2  compare-later  m1 and m2 after Lukashenka     2.000  0.188  1.813  benefits-outweigh  1.813     0.453~
  expected: worth times the chance that the package's moment comes (arrives);
    ~ marks a package for a later moment, which engages only if that moment
    comes; the ranking sorts by it
