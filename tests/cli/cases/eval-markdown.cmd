# Golden Markdown of the default scenario.
args: eval scenarios/pragmatic-engagement.yaml -f markdown
status: 0
stdout-file: tests/golden/eval-pragmatic.md
