# The CI gate: everything is printed, then the status is 1.
args: eval tests/cli/data/gate-loses.yaml tests/cli/data/gate-wins.yaml --model tests/cli/data/small-model.yaml --fail-on costs-outweigh -f json
status: 1
--- stdout
{
  "format": "relief-result/1",
  "command": "eval",
  "results": [
    {
      "scenario": "Loses",
      "file": "tests/cli/data/gate-loses.yaml",
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
          "score": 0.0,
          "raw_score": 0.0,
          "clamped": false,
          "multiplier": 1.0,
          "weighted": 0.0
        },
        {
          "criterion": "rep",
          "kind": "cost",
          "over_time": "once",
          "time_factor": 1.0,
          "weight": 0.25,
          "score": 2.0,
          "raw_score": 2.0,
          "clamped": false,
          "multiplier": 3.0,
          "weighted": 1.5
        }
      ],
      "benefits": 0.0,
      "costs": 1.5,
      "net": -1.5,
      "ratio": 0.0,
      "verdict": "costs-outweigh",
      "regime_surplus": null,
      "acceptable": true,
      "worth": -1.5,
      "arrives": 1.0,
      "expected_net": -1.5
    },
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
      "expected_net": 0.25
    }
  ]
}
--- stderr
relief: --fail-on costs-outweigh: 'Loses' (tests/cli/data/gate-loses.yaml), perspective balanced: net is costs-outweigh
