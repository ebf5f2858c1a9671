# design's JSON
args: design tests/cli/data/design-small.yaml --model tests/cli/data/counterpart-model.yaml -f json -k 2 --perspective all
status: 0
--- stdout
{
  "format": "relief-result/1",
  "command": "design",
  "results": [
    {
      "timing": "now",
      "perspective": "balanced",
      "beliefs": "central",
      "arrives": 1.0,
      "grid": 44.0,
      "interrupted": false,
      "best": [
        {
          "rank": 1,
          "worth": 2.375,
          "net": 2.375,
          "regime_surplus": 0.6000000000000001,
          "acceptable": true,
          "verdict": "benefits-outweigh",
          "benefits": 3.5,
          "costs": 1.125,
          "expected_worth": 2.375,
          "offer": [
            {
              "measure": "m1",
              "scope": 1.0,
              "form": "plain"
            },
            {
              "measure": "m2",
              "scope": 1.0,
              "form": "plain"
            }
          ],
          "asks": [
            {
              "item": "a1",
              "amount": 100.0
            }
          ]
        },
        {
          "rank": 2,
          "worth": 2.2125,
          "net": 2.2125,
          "regime_surplus": 0.8,
          "acceptable": true,
          "verdict": "benefits-outweigh",
          "benefits": 3.375,
          "costs": 1.1625,
          "expected_worth": 2.2125,
          "offer": [
            {
              "measure": "m1",
              "scope": 1.0,
              "form": "plain"
            },
            {
              "measure": "m2",
              "scope": 1.0,
              "form": "plain"
            }
          ],
          "asks": [
            {
              "item": "a1",
              "amount": 90.0
            }
          ]
        }
      ],
      "frontier": []
    },
    {
      "timing": "now",
      "perspective": "other",
      "beliefs": "central",
      "arrives": 1.0,
      "grid": 44.0,
      "interrupted": false,
      "best": [
        {
          "rank": 1,
          "worth": 0.85,
          "net": 0.85,
          "regime_surplus": 0.0,
          "acceptable": true,
          "verdict": "benefits-outweigh",
          "benefits": 0.625,
          "costs": -0.22499999999999998,
          "expected_worth": 0.85,
          "offer": [
            {
              "measure": "m2",
              "scope": 1.0,
              "form": "plain"
            }
          ],
          "asks": [
            {
              "item": "a1",
              "amount": 30.0
            }
          ]
        },
        {
          "rank": 2,
          "worth": 0.65,
          "net": 0.65,
          "regime_surplus": 0.19999999999999996,
          "acceptable": true,
          "verdict": "benefits-outweigh",
          "benefits": 0.5,
          "costs": -0.15000000000000002,
          "expected_worth": 0.65,
          "offer": [
            {
              "measure": "m2",
              "scope": 1.0,
              "form": "plain"
            }
          ],
          "asks": [
            {
              "item": "a1",
              "amount": 20.0
            }
          ]
        }
      ],
      "frontier": []
    }
  ]
}
