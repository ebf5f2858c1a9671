# discover --beliefs all: one discovery over the belief sets, the set a categorical input (issue 19 item 1)
args: discover scenarios/potash-2025.yaml -n 2000 --beliefs all -f json
status: 0
--- stdout
{
  "format": "relief-result/1",
  "command": "discover",
  "results": [
    {
      "scenario": "Potash for 123 prisoners (Dec 2025)",
      "file": "scenarios/potash-2025.yaml",
      "document": 1,
      "perspective": "balanced",
      "beliefs": [
        "central",
        "autonomy-for-relief",
        "pressure-works",
        "moscow-decides"
      ],
      "target": "benefits-outweigh",
      "samples": 2000,
      "seed": 20251128,
      "inputs": [
        "model.horizon_months",
        "model.half_life_months",
        "model.verification_months",
        "model.counterpart.measures.potash-licence.value",
        "offer.potash-licence.effects.escalation",
        "offer.potash-licence.effects.opposition",
        "offer.potash-licence.effects.reputation",
        "offer.potash-licence.effects.loopholes",
        "model.counterpart.asks.prisoners.cost",
        "asks.prisoners.effects.opposition",
        "asks.prisoners.effects.reputation",
        "model.criteria.sovereignty.value.concave",
        "model.criteria.humanitarian.value.concave",
        "model.context.war.ongoing.opposition",
        "model.context.lukashenka_in_power.true.opposition",
        "model.criteria.reputation.value.concave",
        "model.context.war.ongoing.reputation",
        "model.context.lukashenka_in_power.true.reputation",
        "model.context.lukashenka_in_power.true.loopholes",
        "model.counterpart.timings.now.reservation",
        "beliefs"
      ],
      "hits": 1643,
      "base_density": 0.205375,
      "trajectory": [
        {
          "step": 0,
          "coverage": 1.0,
          "density": 0.205375,
          "draws": 8000,
          "restricted": 0,
          "chosen": false,
          "box": ""
        },
        {
          "step": 1,
          "coverage": 0.996956786366403,
          "density": 0.273,
          "draws": 6000,
          "restricted": 1,
          "chosen": false,
          "box": "beliefs is central, autonomy-for-relief or pressure-works"
        },
        {
          "step": 2,
          "coverage": 0.9920876445526476,
          "density": 0.4075,
          "draws": 4000,
          "restricted": 1,
          "chosen": false,
          "box": "beliefs is central or autonomy-for-relief"
        },
        {
          "step": 3,
          "coverage": 0.7315885575167377,
          "density": 0.601,
          "draws": 2000,
          "restricted": 1,
          "chosen": false,
          "box": "beliefs is autonomy-for-relief"
        },
        {
          "step": 4,
          "coverage": 0.72915398660986,
          "density": 0.6305263157894737,
          "draws": 1900,
          "restricted": 2,
          "chosen": false,
          "box": "offer.potash-licence.effects.reputation <= 1.83116 and beliefs is autonomy-for-relief"
        },
        {
          "step": 5,
          "coverage": 0.7242848447961047,
          "density": 0.6592797783933518,
          "draws": 1805,
          "restricted": 2,
          "chosen": false,
          "box": "offer.potash-licence.effects.reputation <= 1.70372 and beliefs is autonomy-for-relief"
        },
        {
          "step": 6,
          "coverage": 0.7084601339013998,
          "density": 0.6787172011661807,
          "draws": 1715,
          "restricted": 3,
          "chosen": false,
          "box": "offer.potash-licence.effects.opposition <= 1.31139 and offer.potash-licence.effects.reputation <= 1.70372 and beliefs is autonomy-for-relief"
        },
        {
          "step": 7,
          "coverage": 0.6920267802799757,
          "density": 0.6975460122699386,
          "draws": 1630,
          "restricted": 3,
          "chosen": false,
          "box": "offer.potash-licence.effects.opposition <= 1.31139 and offer.potash-licence.effects.reputation <= 1.61951 and beliefs is autonomy-for-relief"
        },
        {
          "step": 8,
          "coverage": 0.671941570298235,
          "density": 0.7127178825048418,
          "draws": 1549,
          "restricted": 3,
          "chosen": false,
          "box": "offer.potash-licence.effects.opposition <= 1.31139 and offer.potash-licence.effects.reputation <= 1.54798 and beliefs is autonomy-for-relief"
        },
        {
          "step": 9,
          "coverage": 0.6567255021302495,
          "density": 0.733016304347826,
          "draws": 1472,
          "restricted": 3,
          "chosen": false,
          "box": "offer.potash-licence.effects.opposition <= 1.31139 and offer.potash-licence.effects.reputation <= 1.48904 and beliefs is autonomy-for-relief"
        },
        {
          "step": 10,
          "coverage": 0.6366402921485088,
          "density": 0.7476769120800572,
          "draws": 1399,
          "restricted": 3,
          "chosen": false,
          "box": "offer.potash-licence.effects.opposition <= 1.20474 and offer.potash-licence.effects.reputation <= 1.48904 and beliefs is autonomy-for-relief"
        },
        {
          "step": 11,
          "coverage": 0.6147291539866099,
          "density": 0.7593984962406015,
          "draws": 1330,
          "restricted": 3,
          "chosen": false,
          "box": "offer.potash-licence.effects.opposition <= 1.20474 and offer.potash-licence.effects.reputation <= 1.44145 and beliefs is autonomy-for-relief"
        },
        {
          "step": 12,
          "coverage": 0.5982958003651856,
          "density": 0.7776898734177216,
          "draws": 1264,
          "restricted": 3,
          "chosen": false,
          "box": "offer.potash-licence.effects.opposition <= 1.20474 and offer.potash-licence.effects.reputation <= 1.39409 and beliefs is autonomy-for-relief"
        },
        {
          "step": 13,
          "coverage": 0.581253804017042,
          "density": 0.7951706910907577,
          "draws": 1201,
          "restricted": 3,
          "chosen": false,
          "box": "offer.potash-licence.effects.opposition <= 1.20474 and offer.potash-licence.effects.reputation <= 1.36276 and beliefs is autonomy-for-relief"
        },
        {
          "step": 14,
          "coverage": 0.5587340231284236,
          "density": 0.8045574057843996,
          "draws": 1141,
          "restricted": 3,
          "chosen": false,
          "box": "offer.potash-licence.effects.opposition <= 1.13179 and offer.potash-licence.effects.reputation <= 1.36276 and beliefs is autonomy-for-relief"
        },
        {
          "step": 15,
          "coverage": 0.5356055995130858,
          "density": 0.8118081180811808,
          "draws": 1084,
          "restricted": 3,
          "chosen": false,
          "box": "offer.potash-licence.effects.opposition <= 1.13179 and offer.potash-licence.effects.reputation <= 1.33036 and beliefs is autonomy-for-relief"
        },
        {
          "step": 16,
          "coverage": 0.5173463177115033,
          "density": 0.8252427184466019,
          "draws": 1030,
          "restricted": 3,
          "chosen": true,
          "box": "offer.potash-licence.effects.opposition <= 1.13179 and offer.potash-licence.effects.reputation <= 1.29695 and beliefs is autonomy-for-relief"
        },
        {
          "step": 17,
          "coverage": 0.497869750456482,
          "density": 0.8355464759959143,
          "draws": 979,
          "restricted": 3,
          "chosen": false,
          "box": "offer.potash-licence.effects.opposition <= 1.13179 and offer.potash-licence.effects.reputation <= 1.27412 and beliefs is autonomy-for-relief"
        },
        {
          "step": 18,
          "coverage": 0.4765672550213025,
          "density": 0.841031149301826,
          "draws": 931,
          "restricted": 3,
          "chosen": false,
          "box": "offer.potash-licence.effects.opposition <= 1.08119 and offer.potash-licence.effects.reputation <= 1.27412 and beliefs is autonomy-for-relief"
        },
        {
          "step": 19,
          "coverage": 0.45587340231284235,
          "density": 0.8463276836158192,
          "draws": 885,
          "restricted": 3,
          "chosen": false,
          "box": "offer.potash-licence.effects.opposition <= 1.08119 and offer.potash-licence.effects.reputation <= 1.24543 and beliefs is autonomy-for-relief"
        },
        {
          "step": 20,
          "coverage": 0.44065733414485697,
          "density": 0.8608799048751486,
          "draws": 841,
          "restricted": 3,
          "chosen": false,
          "box": "offer.potash-licence.effects.opposition <= 1.08119 and offer.potash-licence.effects.reputation <= 1.21559 and beliefs is autonomy-for-relief"
        },
        {
          "step": 21,
          "coverage": 0.4230066950699939,
          "density": 0.869837296620776,
          "draws": 799,
          "restricted": 3,
          "chosen": false,
          "box": "offer.potash-licence.effects.opposition <= 1.08119 and offer.potash-licence.effects.reputation <= 1.18616 and beliefs is autonomy-for-relief"
        },
        {
          "step": 22,
          "coverage": 0.4077906269020085,
          "density": 0.881578947368421,
          "draws": 760,
          "restricted": 3,
          "chosen": false,
          "box": "offer.potash-licence.effects.opposition <= 1.08119 and offer.potash-licence.effects.reputation <= 1.15744 and beliefs is autonomy-for-relief"
        },
        {
          "step": 23,
          "coverage": 0.38953134510042603,
          "density": 0.8864265927977839,
          "draws": 722,
          "restricted": 3,
          "chosen": false,
          "box": "offer.potash-licence.effects.opposition <= 1.04026 and offer.potash-licence.effects.reputation <= 1.15744 and beliefs is autonomy-for-relief"
        },
        {
          "step": 24,
          "coverage": 0.37431527693244065,
          "density": 0.8965014577259475,
          "draws": 686,
          "restricted": 3,
          "chosen": false,
          "box": "offer.potash-licence.effects.opposition <= 0.99361 and offer.potash-licence.effects.reputation <= 1.15744 and beliefs is autonomy-for-relief"
        },
        {
          "step": 25,
          "coverage": 0.3603164942178941,
          "density": 0.9079754601226994,
          "draws": 652,
          "restricted": 3,
          "chosen": false,
          "box": "offer.potash-licence.effects.opposition <= 0.970499 and offer.potash-licence.effects.reputation <= 1.15744 and beliefs is autonomy-for-relief"
        },
        {
          "step": 26,
          "coverage": 0.3444917833231893,
          "density": 0.9129032258064517,
          "draws": 620,
          "restricted": 3,
          "chosen": false,
          "box": "offer.potash-licence.effects.opposition <= 0.938918 and offer.potash-licence.effects.reputation <= 1.15744 and beliefs is autonomy-for-relief"
        },
        {
          "step": 27,
          "coverage": 0.3292757151552039,
          "density": 0.9185059422750425,
          "draws": 589,
          "restricted": 3,
          "chosen": false,
          "box": "offer.potash-licence.effects.opposition <= 0.903578 and offer.potash-licence.effects.reputation <= 1.15744 and beliefs is autonomy-for-relief"
        },
        {
          "step": 28,
          "coverage": 0.3146682897139379,
          "density": 0.9232142857142858,
          "draws": 560,
          "restricted": 3,
          "chosen": false,
          "box": "offer.potash-licence.effects.opposition <= 0.903578 and offer.potash-licence.effects.reputation <= 1.13358 and beliefs is autonomy-for-relief"
        },
        {
          "step": 29,
          "coverage": 0.3018867924528302,
          "density": 0.9323308270676691,
          "draws": 532,
          "restricted": 3,
          "chosen": false,
          "box": "offer.potash-licence.effects.opposition <= 0.903578 and offer.potash-licence.effects.reputation <= 1.10776 and beliefs is autonomy-for-relief"
        },
        {
          "step": 30,
          "coverage": 0.28910529519172246,
          "density": 0.9387351778656127,
          "draws": 506,
          "restricted": 3,
          "chosen": false,
          "box": "offer.potash-licence.effects.opposition <= 0.903578 and offer.potash-licence.effects.reputation <= 1.08957 and beliefs is autonomy-for-relief"
        },
        {
          "step": 31,
          "coverage": 0.27632379793061473,
          "density": 0.9438669438669439,
          "draws": 481,
          "restricted": 3,
          "chosen": false,
          "box": "offer.potash-licence.effects.opposition <= 0.903578 and offer.potash-licence.effects.reputation <= 1.07381 and beliefs is autonomy-for-relief"
        },
        {
          "step": 32,
          "coverage": 0.26293365794278756,
          "density": 0.9452954048140044,
          "draws": 457,
          "restricted": 3,
          "chosen": false,
          "box": "offer.potash-licence.effects.opposition <= 0.874747 and offer.potash-licence.effects.reputation <= 1.07381 and beliefs is autonomy-for-relief"
        },
        {
          "step": 33,
          "coverage": 0.2507608034083993,
          "density": 0.9471264367816092,
          "draws": 435,
          "restricted": 3,
          "chosen": false,
          "box": "offer.potash-licence.effects.opposition <= 0.851198 and offer.potash-licence.effects.reputation <= 1.07381 and beliefs is autonomy-for-relief"
        },
        {
          "step": 34,
          "coverage": 0.23919659160073037,
          "density": 0.9492753623188406,
          "draws": 414,
          "restricted": 3,
          "chosen": false,
          "box": "offer.potash-licence.effects.opposition <= 0.851198 and offer.potash-licence.effects.reputation <= 1.05806 and beliefs is autonomy-for-relief"
        }
      ],
      "chosen": 16,
      "box": {
        "coverage": 0.5173463177115033,
        "density": 0.8252427184466019,
        "draws": 1030,
        "restrictions": [
          {
            "path": "offer.potash-licence.effects.opposition",
            "lower": null,
            "upper": 1.1317931149009204
          },
          {
            "path": "offer.potash-licence.effects.reputation",
            "lower": null,
            "upper": 1.2969475499614096
          },
          {
            "path": "beliefs",
            "lower": null,
            "upper": null,
            "categories": [
              "autonomy-for-relief"
            ]
          }
        ]
      },
      "dropped": [],
      "sentence": "benefits outweigh in 82.5% of draws where offer.potash-licence.effects.opposition <= 1.13179 and offer.potash-licence.effects.reputation <= 1.29695 and beliefs is autonomy-for-relief (these draws hold 51.7% of all the draws where benefits outweigh; 20.5% overall)"
    }
  ]
}
