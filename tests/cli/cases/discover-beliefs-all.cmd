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
      "hits": 1583,
      "base_density": 0.197875,
      "trajectory": [
        {
          "step": 0,
          "coverage": 1.0,
          "density": 0.197875,
          "draws": 8000,
          "restricted": 0,
          "chosen": false,
          "box": ""
        },
        {
          "step": 1,
          "coverage": 0.9943145925457991,
          "density": 0.2623333333333333,
          "draws": 6000,
          "restricted": 1,
          "chosen": false,
          "box": "beliefs is central, autonomy-for-relief or pressure-works"
        },
        {
          "step": 2,
          "coverage": 0.98547062539482,
          "density": 0.39,
          "draws": 4000,
          "restricted": 1,
          "chosen": false,
          "box": "beliefs is central or autonomy-for-relief"
        },
        {
          "step": 3,
          "coverage": 0.7359444093493367,
          "density": 0.5825,
          "draws": 2000,
          "restricted": 1,
          "chosen": false,
          "box": "beliefs is autonomy-for-relief"
        },
        {
          "step": 4,
          "coverage": 0.7308907138344914,
          "density": 0.6089473684210527,
          "draws": 1900,
          "restricted": 2,
          "chosen": false,
          "box": "offer.potash-licence.effects.reputation <= 1.83801 and beliefs is autonomy-for-relief"
        },
        {
          "step": 5,
          "coverage": 0.7201516108654453,
          "density": 0.631578947368421,
          "draws": 1805,
          "restricted": 2,
          "chosen": false,
          "box": "offer.potash-licence.effects.reputation <= 1.71412 and beliefs is autonomy-for-relief"
        },
        {
          "step": 6,
          "coverage": 0.7087807959570436,
          "density": 0.6542274052478134,
          "draws": 1715,
          "restricted": 3,
          "chosen": false,
          "box": "offer.potash-licence.effects.reputation <= 1.71412 and offer.potash-licence.effects.loopholes <= 0.901393 and beliefs is autonomy-for-relief"
        },
        {
          "step": 7,
          "coverage": 0.6961465571699305,
          "density": 0.6760736196319018,
          "draws": 1630,
          "restricted": 3,
          "chosen": false,
          "box": "offer.potash-licence.effects.reputation <= 1.65006 and offer.potash-licence.effects.loopholes <= 0.901393 and beliefs is autonomy-for-relief"
        },
        {
          "step": 8,
          "coverage": 0.6797220467466835,
          "density": 0.6946417043253712,
          "draws": 1549,
          "restricted": 3,
          "chosen": false,
          "box": "offer.potash-licence.effects.reputation <= 1.56065 and offer.potash-licence.effects.loopholes <= 0.901393 and beliefs is autonomy-for-relief"
        },
        {
          "step": 9,
          "coverage": 0.6632975363234365,
          "density": 0.7133152173913043,
          "draws": 1472,
          "restricted": 3,
          "chosen": false,
          "box": "offer.potash-licence.effects.reputation <= 1.49017 and offer.potash-licence.effects.loopholes <= 0.901393 and beliefs is autonomy-for-relief"
        },
        {
          "step": 10,
          "coverage": 0.6456096020214782,
          "density": 0.7305218012866334,
          "draws": 1399,
          "restricted": 3,
          "chosen": false,
          "box": "offer.potash-licence.effects.reputation <= 1.45073 and offer.potash-licence.effects.loopholes <= 0.901393 and beliefs is autonomy-for-relief"
        },
        {
          "step": 11,
          "coverage": 0.6298168035375868,
          "density": 0.749624060150376,
          "draws": 1330,
          "restricted": 3,
          "chosen": false,
          "box": "offer.potash-licence.effects.reputation <= 1.4087 and offer.potash-licence.effects.loopholes <= 0.901393 and beliefs is autonomy-for-relief"
        },
        {
          "step": 12,
          "coverage": 0.6140240050536955,
          "density": 0.7689873417721519,
          "draws": 1264,
          "restricted": 3,
          "chosen": false,
          "box": "offer.potash-licence.effects.reputation <= 1.3765 and offer.potash-licence.effects.loopholes <= 0.901393 and beliefs is autonomy-for-relief"
        },
        {
          "step": 13,
          "coverage": 0.5950726468730259,
          "density": 0.7843463780183181,
          "draws": 1201,
          "restricted": 3,
          "chosen": false,
          "box": "offer.potash-licence.effects.reputation <= 1.3765 and offer.potash-licence.effects.loopholes <= 0.830542 and beliefs is autonomy-for-relief"
        },
        {
          "step": 14,
          "coverage": 0.5780164245104232,
          "density": 0.8019281332164768,
          "draws": 1141,
          "restricted": 3,
          "chosen": false,
          "box": "offer.potash-licence.effects.reputation <= 1.3765 and offer.potash-licence.effects.loopholes <= 0.768661 and beliefs is autonomy-for-relief"
        },
        {
          "step": 15,
          "coverage": 0.556538218572331,
          "density": 0.8127306273062731,
          "draws": 1084,
          "restricted": 3,
          "chosen": false,
          "box": "offer.potash-licence.effects.reputation <= 1.3765 and offer.potash-licence.effects.loopholes <= 0.719209 and beliefs is autonomy-for-relief"
        },
        {
          "step": 16,
          "coverage": 0.5375868603916614,
          "density": 0.8262135922330097,
          "draws": 1030,
          "restricted": 3,
          "chosen": false,
          "box": "offer.potash-licence.effects.reputation <= 1.3765 and offer.potash-licence.effects.loopholes <= 0.679723 and beliefs is autonomy-for-relief"
        },
        {
          "step": 17,
          "coverage": 0.5198989260897031,
          "density": 0.8406537282941777,
          "draws": 979,
          "restricted": 3,
          "chosen": true,
          "box": "offer.potash-licence.effects.reputation <= 1.3765 and offer.potash-licence.effects.loopholes <= 0.65512 and beliefs is autonomy-for-relief"
        },
        {
          "step": 18,
          "coverage": 0.4984207201516109,
          "density": 0.8474758324382384,
          "draws": 931,
          "restricted": 3,
          "chosen": false,
          "box": "offer.potash-licence.effects.reputation <= 1.3765 and offer.potash-licence.effects.loopholes <= 0.627423 and beliefs is autonomy-for-relief"
        },
        {
          "step": 19,
          "coverage": 0.47946936197094125,
          "density": 0.8576271186440678,
          "draws": 885,
          "restricted": 3,
          "chosen": false,
          "box": "offer.potash-licence.effects.reputation <= 1.3765 and offer.potash-licence.effects.loopholes <= 0.602866 and beliefs is autonomy-for-relief"
        },
        {
          "step": 20,
          "coverage": 0.46051800379027164,
          "density": 0.8668252080856124,
          "draws": 841,
          "restricted": 3,
          "chosen": false,
          "box": "offer.potash-licence.effects.reputation <= 1.3765 and offer.potash-licence.effects.loopholes <= 0.577529 and beliefs is autonomy-for-relief"
        },
        {
          "step": 21,
          "coverage": 0.4403032217308907,
          "density": 0.8723404255319149,
          "draws": 799,
          "restricted": 3,
          "chosen": false,
          "box": "offer.potash-licence.effects.reputation <= 1.34551 and offer.potash-licence.effects.loopholes <= 0.577529 and beliefs is autonomy-for-relief"
        },
        {
          "step": 22,
          "coverage": 0.42640555906506633,
          "density": 0.8881578947368421,
          "draws": 760,
          "restricted": 3,
          "chosen": false,
          "box": "offer.potash-licence.effects.reputation <= 1.30754 and offer.potash-licence.effects.loopholes <= 0.577529 and beliefs is autonomy-for-relief"
        },
        {
          "step": 23,
          "coverage": 0.40934933670246365,
          "density": 0.8975069252077562,
          "draws": 722,
          "restricted": 3,
          "chosen": false,
          "box": "offer.potash-licence.effects.reputation <= 1.2723 and offer.potash-licence.effects.loopholes <= 0.577529 and beliefs is autonomy-for-relief"
        },
        {
          "step": 24,
          "coverage": 0.39292482627921665,
          "density": 0.9067055393586005,
          "draws": 686,
          "restricted": 3,
          "chosen": false,
          "box": "offer.potash-licence.effects.reputation <= 1.24646 and offer.potash-licence.effects.loopholes <= 0.577529 and beliefs is autonomy-for-relief"
        },
        {
          "step": 25,
          "coverage": 0.37650031585596966,
          "density": 0.9141104294478528,
          "draws": 652,
          "restricted": 3,
          "chosen": false,
          "box": "offer.potash-licence.effects.reputation <= 1.21829 and offer.potash-licence.effects.loopholes <= 0.577529 and beliefs is autonomy-for-relief"
        },
        {
          "step": 26,
          "coverage": 0.35944409349336703,
          "density": 0.917741935483871,
          "draws": 620,
          "restricted": 3,
          "chosen": false,
          "box": "offer.potash-licence.effects.reputation <= 1.18688 and offer.potash-licence.effects.loopholes <= 0.577529 and beliefs is autonomy-for-relief"
        },
        {
          "step": 27,
          "coverage": 0.34301958307012004,
          "density": 0.9219015280135824,
          "draws": 589,
          "restricted": 3,
          "chosen": false,
          "box": "offer.potash-licence.effects.reputation <= 1.18688 and offer.potash-licence.effects.loopholes <= 0.561566 and beliefs is autonomy-for-relief"
        },
        {
          "step": 28,
          "coverage": 0.32659507264687304,
          "density": 0.9232142857142858,
          "draws": 560,
          "restricted": 3,
          "chosen": false,
          "box": "offer.potash-licence.effects.reputation <= 1.1616 and offer.potash-licence.effects.loopholes <= 0.561566 and beliefs is autonomy-for-relief"
        },
        {
          "step": 29,
          "coverage": 0.31143398610233736,
          "density": 0.9266917293233082,
          "draws": 532,
          "restricted": 3,
          "chosen": false,
          "box": "offer.potash-licence.effects.reputation <= 1.14002 and offer.potash-licence.effects.loopholes <= 0.561566 and beliefs is autonomy-for-relief"
        },
        {
          "step": 30,
          "coverage": 0.3025900189513582,
          "density": 0.9466403162055336,
          "draws": 506,
          "restricted": 3,
          "chosen": false,
          "box": "offer.potash-licence.effects.reputation <= 1.12122 and offer.potash-licence.effects.loopholes <= 0.561566 and beliefs is autonomy-for-relief"
        },
        {
          "step": 31,
          "coverage": 0.2899557801642451,
          "density": 0.9542619542619543,
          "draws": 481,
          "restricted": 3,
          "chosen": false,
          "box": "offer.potash-licence.effects.reputation <= 1.10126 and offer.potash-licence.effects.loopholes <= 0.561566 and beliefs is autonomy-for-relief"
        },
        {
          "step": 32,
          "coverage": 0.27668982943777637,
          "density": 0.9584245076586433,
          "draws": 457,
          "restricted": 3,
          "chosen": false,
          "box": "offer.potash-licence.effects.reputation <= 1.08387 and offer.potash-licence.effects.loopholes <= 0.561566 and beliefs is autonomy-for-relief"
        },
        {
          "step": 33,
          "coverage": 0.26468730259001894,
          "density": 0.9632183908045977,
          "draws": 435,
          "restricted": 3,
          "chosen": false,
          "box": "offer.potash-licence.effects.reputation <= 1.05884 and offer.potash-licence.effects.loopholes <= 0.561566 and beliefs is autonomy-for-relief"
        },
        {
          "step": 34,
          "coverage": 0.2526847757422615,
          "density": 0.966183574879227,
          "draws": 414,
          "restricted": 3,
          "chosen": false,
          "box": "offer.potash-licence.effects.reputation <= 1.0404 and offer.potash-licence.effects.loopholes <= 0.561566 and beliefs is autonomy-for-relief"
        }
      ],
      "chosen": 17,
      "box": {
        "coverage": 0.5198989260897031,
        "density": 0.8406537282941777,
        "draws": 979,
        "restrictions": [
          {
            "path": "offer.potash-licence.effects.reputation",
            "lower": null,
            "upper": 1.3764965345715314
          },
          {
            "path": "offer.potash-licence.effects.loopholes",
            "lower": null,
            "upper": 0.6551195637923733
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
      "sentence": "benefits outweigh in 84.1% of draws where offer.potash-licence.effects.reputation <= 1.3765 and offer.potash-licence.effects.loopholes <= 0.65512 and beliefs is autonomy-for-relief (these draws hold 52.0% of all the draws where benefits outweigh; 19.8% overall)"
    }
  ]
}
