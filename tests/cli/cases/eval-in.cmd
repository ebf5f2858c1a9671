# --in a1: net 0.25 read as people of a1 asked alone and delivered. By hand: one person is
# 0.1 x 0.25 (pri) - (-0.01 x 0.25 x 3) (rep, K = 1.5 x 2) = 0.0325 points, so 0.25 / 0.0325 = 7.69;
# the margin 0.1 is 0.1 / 0.0325 = 3.08 people
args: eval tests/cli/data/gate-wins.yaml --model tests/cli/data/small-model.yaml --in a1 -f json
status: 0
--- stdout
{
  "format": "relief-result/1",
  "command": "eval",
  "results": [
    {
      "scenario": "Wins",
      "file": "tests/cli/data/gate-wins.yaml",
      "document": 1,
      "perspective": "balanced",
      "beliefs": "central",
      "timing": "now",
      "context": {
        "war": "ongoing",
        "lukashenka_in_power": true,
        "delay_months": 0.0
      },
      "credibility": 0.5,
      "criteria": [
        {
          "criterion": "sov",
          "kind": "benefit",
          "over_time": "decays",
          "time_factor": 1.0,
          "weight": 0.5,
          "score": 0.0,
          "raw_score": 0.0,
          "clamped": false,
          "multiplier": 1.0,
          "weighted": 0.0
        },
        {
          "criterion": "pri",
          "kind": "benefit",
          "over_time": "once",
          "time_factor": 1.0,
          "weight": 0.25,
          "score": 1.0,
          "raw_score": 1.0,
          "clamped": false,
          "multiplier": 1.0,
          "weighted": 0.25
        },
        {
          "criterion": "rep",
          "kind": "cost",
          "over_time": "once",
          "time_factor": 1.0,
          "weight": 0.25,
          "score": 0.0,
          "raw_score": 0.0,
          "clamped": false,
          "multiplier": 1.0,
          "weighted": 0.0
        }
      ],
      "benefits": 0.25,
      "costs": 0.0,
      "net": 0.25,
      "ratio": null,
      "verdict": "benefits-outweigh",
      "regime_surplus": null,
      "acceptable": true,
      "worth": 0.25,
      "arrives": 1.0,
      "expected_net": 0.25,
      "net_in": {
        "ask": "a1",
        "amount": 7.692307692332179,
        "beyond": false
      },
      "margin_in": {
        "ask": "a1",
        "amount": 3.0769230769237765,
        "beyond": false
      }
    }
  ]
}
