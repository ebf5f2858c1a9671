# diff of two scenarios: why one beats the other, contribution by contribution, as a pull-request comment (issue 20 item 6)
args: diff --files scenarios/belavia-2025.yaml -- scenarios/potash-2025.yaml -f markdown
status: 0
--- stdout
<!-- relief-diff -->
## relief diff: scenarios/belavia-2025.yaml -> scenarios/potash-2025.yaml

**0 verdicts changed, 1 net moved**

model unchanged: embedded default (fnv1a64:df2be28b8720624c)

| id | perspective | status | verdict | net | rank | best moment (E) | regime | why |
| --- | --- | --- | --- | ---: | ---: | --- | --- | --- |
| potash-2025 | balanced | changed | costs-outweigh | -0.599 -> -0.116 (+0.483) | 1 | after-lukashenka (-0.093) -> after-lukashenka (-0.003) | accepts | file changed (from scenarios/belavia-2025.yaml) |

<details><summary>potash-2025 — balanced: why net moved +0.483</summary>

| criterion | item | before | after | change |
| --- | --- | ---: | ---: | ---: |
| loopholes | aircraft-parts | -0.528 | 0.000 | +0.528 |
| reputation | potash-licence | 0.000 | -0.244 | -0.244 |
| sovereignty | potash-licence | 0.000 | 0.218 | +0.218 |
| reputation | aircraft-parts | -0.168 | 0.000 | +0.168 |
| opposition | potash-licence | 0.000 | -0.130 | -0.130 |

- net = 0 along asks.prisoners.amount: 882.595 -> 284.765

</details>
