# design's Markdown
args: design tests/cli/data/design-small.yaml --model tests/cli/data/counterpart-model.yaml -f markdown -k 2 --timing all --beliefs central
status: 0
--- stdout
## Best packages the regime accepts, now — perspective balanced

- credibility 0.5 (the model's); scopes in steps of 1; 44 packages on the grid, searched exactly

| # | net | U | offer | asks |
| ---: | ---: | ---: | --- | --- |
| 1 | 2.375 | 0.600 | m1 1, m2 1 | a1 100 |
| 2 | 2.213 | 0.800 | m1 1, m2 1 | a1 90 |

## Best packages the regime accepts, after-ceasefire — perspective balanced

- credibility 0.5 (the model's); scopes in steps of 1; 44 packages on the grid, searched exactly

| # | net | U | offer | asks |
| ---: | ---: | ---: | --- | --- |
| 1 | 2.014 | 0.600 | m1 1, m2 1 | a1 100 |
| 2 | 1.859 | 0.800 | m1 1, m2 1 | a1 90 |

## Best packages the regime accepts, after-war — perspective balanced

- credibility 0.5 (the model's); scopes in steps of 1; 44 packages on the grid, searched exactly

| # | net | U | offer | asks |
| ---: | ---: | ---: | --- | --- |
| 1 | 1.750 | 0.600 | m1 1, m2 1 | a1 100 |
| 2 | 1.600 | 0.800 | m1 1, m2 1 | a1 90 |

## Best packages the regime accepts, after-lukashenka — perspective balanced

- credibility 0.5 (the model's); scopes in steps of 1; 44 packages on the grid, searched exactly

| # | net | U | offer | asks |
| ---: | ---: | ---: | --- | --- |
| 1 | 1.813 | 1.000 | m1 1, m2 1 | a1 100 |
| 2 | 1.681 | 1.200 | m1 1, m2 1 | a1 90 |

## When: the best acceptable package at each moment — perspective balanced

| moment | arrives | best net | U | E = arrives x net |
| --- | ---: | ---: | ---: | ---: |
| now | 1.00 | 2.375 | 0.600 | 2.375 |
| after-ceasefire | 1.00 | 2.014 | 0.600 | 2.014 |
| after-war | 1.00 | 1.750 | 0.600 | 1.750 |
| after-lukashenka | 1.00 | 1.813 | 1.000 | 1.813 |

- now: m1 1, m2 1 for a1 100
- after-ceasefire: m1 1, m2 1 for a1 100
- after-war: m1 1, m2 1 for a1 100
- after-lukashenka: m1 1, m2 1 for a1 100

- best moment: now (expected net 2.375: the best package there, weighed by the chance that the moment comes at all)
