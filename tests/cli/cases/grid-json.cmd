# grid's JSON with the frontiers, and P(net > 0) per cell with -n
args: grid tests/cli/data/bargain.yaml --model tests/cli/data/counterpart-model.yaml --vary asks.a1.amount:0:100:3 --vary credibility:0:1:2 -f json -n 200
status: 0
--- stdout
{
  "format": "relief-result/1",
  "command": "grid",
  "results": [
    {
      "scenario": "Bargain by hand",
      "file": "tests/cli/data/bargain.yaml",
      "document": 1,
      "perspective": "balanced",
      "beliefs": "central",
      "a": {
        "path": "asks.a1.amount",
        "values": [
          0.0,
          50.0,
          100.0
        ]
      },
      "b": {
        "path": "credibility",
        "values": [
          0.0,
          1.0
        ]
      },
      "margin": 0.1,
      "samples": 200,
      "seed": 20251128,
      "cells": [
        {
          "a": 0.0,
          "b": 0.0,
          "net": -1.5,
          "verdict": "costs-outweigh",
          "regime_surplus": 0.6,
          "acceptable": true,
          "p_net_positive": 0.0,
          "p_net_positive_se": 0.0
        },
        {
          "a": 0.0,
          "b": 1.0,
          "net": -1.5,
          "verdict": "costs-outweigh",
          "regime_surplus": 0.6,
          "acceptable": true,
          "p_net_positive": 0.0,
          "p_net_positive_se": 0.0
        },
        {
          "a": 50.0,
          "b": 0.0,
          "net": -1.5,
          "verdict": "costs-outweigh",
          "regime_surplus": -0.4,
          "acceptable": false,
          "p_net_positive": 0.0,
          "p_net_positive_se": 0.0
        },
        {
          "a": 50.0,
          "b": 1.0,
          "net": 1.75,
          "verdict": "benefits-outweigh",
          "regime_surplus": -0.4,
          "acceptable": false,
          "p_net_positive": 1.0,
          "p_net_positive_se": 0.0
        },
        {
          "a": 100.0,
          "b": 0.0,
          "net": -1.5,
          "verdict": "costs-outweigh",
          "regime_surplus": -1.4,
          "acceptable": false,
          "p_net_positive": 0.0,
          "p_net_positive_se": 0.0
        },
        {
          "a": 100.0,
          "b": 1.0,
          "net": 5.0,
          "verdict": "benefits-outweigh",
          "regime_surplus": -1.4,
          "acceptable": false,
          "p_net_positive": 1.0,
          "p_net_positive_se": 0.0
        }
      ],
      "frontiers": [
        {
          "what": "net = 0",
          "level": 0.0,
          "points": [
            {
              "a": 23.076923076923077,
              "b": 1.0
            },
            {
              "a": 50.0,
              "b": 0.46153846153846156
            },
            {
              "a": 100.0,
              "b": 0.23076923076923078
            }
          ]
        },
        {
          "what": "net = margin",
          "level": 0.1,
          "points": [
            {
              "a": 24.615384615384617,
              "b": 1.0
            },
            {
              "a": 50.0,
              "b": 0.49230769230769234
            },
            {
              "a": 100.0,
              "b": 0.24615384615384617
            }
          ]
        },
        {
          "what": "net = -margin",
          "level": -0.1,
          "points": [
            {
              "a": 21.53846153846154,
              "b": 1.0
            },
            {
              "a": 50.0,
              "b": 0.43076923076923074
            },
            {
              "a": 100.0,
              "b": 0.21538461538461537
            }
          ]
        },
        {
          "what": "U = 0",
          "level": 0.0,
          "points": [
            {
              "a": 30.0,
              "b": 0.0
            },
            {
              "a": 30.0,
              "b": 1.0
            }
          ]
        }
      ]
    }
  ]
}
