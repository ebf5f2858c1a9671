# grid's Markdown: a table of nets
args: grid tests/cli/data/bargain.yaml --model tests/cli/data/counterpart-model.yaml --vary asks.a1.amount:0:100:5 --vary credibility:0:1:3 -f markdown
status: 0
--- stdout
## Bargain by hand

`tests/cli/data/bargain.yaml` — perspective balanced

- net over asks.a1.amount (across, 5 values from 0 to 100) and credibility (down, 3 values from 0 to 1); 15 evaluations

| credibility \ asks.a1.amount | 0 | 25 | 50 | 75 | 100 |
| --- | ---: | ---: | ---: | ---: | ---: |
| 1 | -1.500 - | 0.125 + | 1.750 +! | 3.375 +! | 5.000 +! |
| 0.5 | -1.500 - | -0.688 - | 0.125 +! | 0.938 +! | 1.750 +! |
| 0 | -1.500 - | -1.500 - | -1.500 -! | -1.500 -! | -1.500 -! |

- marks: + benefits outweigh, = balanced, - costs outweigh; ! the regime refuses; with -n, P(net > 0) after the mark

- net = 0 between grid points: (23.0769, 1), (25, 0.923077), (46.1538, 0.5), (50, 0.461538), (75, 0.307692), (100, 0.230769)
- net = margin between grid points: (24.6154, 1), (25, 0.984615), (49.2308, 0.5), (50, 0.492308), (75, 0.328205), (100, 0.246154)
- net = -margin between grid points: (21.5385, 1), (25, 0.861538), (43.0769, 0.5), (50, 0.430769), (75, 0.287179), (100, 0.215385)
- U = 0 between grid points: (30, 0), (30, 0.5), (30, 1)
