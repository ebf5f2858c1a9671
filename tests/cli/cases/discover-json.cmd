# discover's JSON: the trajectory, the box, what was dropped, the sentence
args: discover scenarios/potash-2025.yaml -n 1000 --target 'net>0' -f json
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
      "beliefs": "central",
      "target": "net>0",
      "samples": 1000,
      "seed": 20251128,
      "inputs": [
        "model.horizon_months",
        "model.half_life_months",
        "model.verification_months",
        "model.snapback_recovery",
        "model.counterpart.measures.potash-licence.value",
        "offer.potash-licence.effects.sovereignty",
        "offer.potash-licence.effects.escalation",
        "offer.potash-licence.effects.opposition",
        "offer.potash-licence.effects.reputation",
        "offer.potash-licence.effects.loopholes",
        "model.counterpart.asks.prisoners.cost",
        "model.offsets.prisoners.share",
        "asks.prisoners.effects.opposition",
        "asks.prisoners.effects.reputation",
        "model.criteria.sovereignty.value.concave",
        "model.criteria.humanitarian.value.concave",
        "model.context.war.ongoing.opposition",
        "model.context.lukashenka_in_power.true.opposition",
        "model.criteria.reputation.value.concave",
        "model.context.war.ongoing.reputation",
        "model.context.lukashenka_in_power.true.reputation",
        "model.context.war.ongoing.loopholes",
        "model.context.lukashenka_in_power.true.loopholes",
        "model.counterpart.timings.now.reservation"
      ],
      "hits": 282,
      "base_density": 0.282,
      "trajectory": [
        {
          "step": 0,
          "coverage": 1.0,
          "density": 0.282,
          "draws": 1000,
          "restricted": 0,
          "chosen": false,
          "box": ""
        },
        {
          "step": 1,
          "coverage": 1.0,
          "density": 0.2968421052631579,
          "draws": 950,
          "restricted": 1,
          "chosen": false,
          "box": "offer.potash-licence.effects.sovereignty >= 0.176154"
        },
        {
          "step": 2,
          "coverage": 1.0,
          "density": 0.3122923588039867,
          "draws": 903,
          "restricted": 1,
          "chosen": false,
          "box": "offer.potash-licence.effects.sovereignty >= 0.494849"
        },
        {
          "step": 3,
          "coverage": 1.0,
          "density": 0.32867132867132864,
          "draws": 858,
          "restricted": 1,
          "chosen": false,
          "box": "offer.potash-licence.effects.sovereignty >= 0.640933"
        },
        {
          "step": 4,
          "coverage": 0.9964539007092199,
          "density": 0.3443627450980392,
          "draws": 816,
          "restricted": 1,
          "chosen": false,
          "box": "offer.potash-licence.effects.sovereignty >= 0.77831"
        },
        {
          "step": 5,
          "coverage": 0.9964539007092199,
          "density": 0.36211340206185566,
          "draws": 776,
          "restricted": 1,
          "chosen": false,
          "box": "offer.potash-licence.effects.sovereignty >= 0.90008"
        },
        {
          "step": 6,
          "coverage": 0.9929078014184397,
          "density": 0.3794037940379404,
          "draws": 738,
          "restricted": 1,
          "chosen": false,
          "box": "offer.potash-licence.effects.sovereignty >= 0.994164"
        },
        {
          "step": 7,
          "coverage": 0.9893617021276596,
          "density": 0.3974358974358974,
          "draws": 702,
          "restricted": 1,
          "chosen": false,
          "box": "offer.potash-licence.effects.sovereignty >= 1.07131"
        },
        {
          "step": 8,
          "coverage": 0.975177304964539,
          "density": 0.4122938530734633,
          "draws": 667,
          "restricted": 1,
          "chosen": false,
          "box": "offer.potash-licence.effects.sovereignty >= 1.15089"
        },
        {
          "step": 9,
          "coverage": 0.9716312056737588,
          "density": 0.43217665615141954,
          "draws": 634,
          "restricted": 1,
          "chosen": false,
          "box": "offer.potash-licence.effects.sovereignty >= 1.2156"
        },
        {
          "step": 10,
          "coverage": 0.9574468085106383,
          "density": 0.44776119402985076,
          "draws": 603,
          "restricted": 2,
          "chosen": false,
          "box": "offer.potash-licence.effects.sovereignty >= 1.2156 and offer.potash-licence.effects.reputation <= 1.82597"
        },
        {
          "step": 11,
          "coverage": 0.9432624113475178,
          "density": 0.4642233856893543,
          "draws": 573,
          "restricted": 2,
          "chosen": false,
          "box": "offer.potash-licence.effects.sovereignty >= 1.2156 and offer.potash-licence.effects.reputation <= 1.73685"
        },
        {
          "step": 12,
          "coverage": 0.925531914893617,
          "density": 0.47889908256880737,
          "draws": 545,
          "restricted": 3,
          "chosen": false,
          "box": "offer.potash-licence.effects.sovereignty >= 1.2156 and offer.potash-licence.effects.opposition <= 1.33018 and offer.potash-licence.effects.reputation <= 1.73685"
        },
        {
          "step": 13,
          "coverage": 0.9078014184397163,
          "density": 0.4942084942084942,
          "draws": 518,
          "restricted": 3,
          "chosen": false,
          "box": "offer.potash-licence.effects.sovereignty >= 1.27125 and offer.potash-licence.effects.opposition <= 1.33018 and offer.potash-licence.effects.reputation <= 1.73685"
        },
        {
          "step": 14,
          "coverage": 0.8936170212765957,
          "density": 0.5111561866125761,
          "draws": 493,
          "restricted": 3,
          "chosen": false,
          "box": "offer.potash-licence.effects.sovereignty >= 1.33547 and offer.potash-licence.effects.opposition <= 1.33018 and offer.potash-licence.effects.reputation <= 1.73685"
        },
        {
          "step": 15,
          "coverage": 0.8829787234042553,
          "density": 0.5309168443496801,
          "draws": 469,
          "restricted": 3,
          "chosen": false,
          "box": "offer.potash-licence.effects.sovereignty >= 1.40072 and offer.potash-licence.effects.opposition <= 1.33018 and offer.potash-licence.effects.reputation <= 1.73685"
        },
        {
          "step": 16,
          "coverage": 0.8652482269503546,
          "density": 0.547085201793722,
          "draws": 446,
          "restricted": 3,
          "chosen": false,
          "box": "offer.potash-licence.effects.sovereignty >= 1.40072 and offer.potash-licence.effects.opposition <= 1.33018 and offer.potash-licence.effects.reputation <= 1.64319"
        },
        {
          "step": 17,
          "coverage": 0.8439716312056738,
          "density": 0.5613207547169812,
          "draws": 424,
          "restricted": 3,
          "chosen": false,
          "box": "offer.potash-licence.effects.sovereignty >= 1.44833 and offer.potash-licence.effects.opposition <= 1.33018 and offer.potash-licence.effects.reputation <= 1.64319"
        },
        {
          "step": 18,
          "coverage": 0.8226950354609929,
          "density": 0.575682382133995,
          "draws": 403,
          "restricted": 3,
          "chosen": false,
          "box": "offer.potash-licence.effects.sovereignty >= 1.48622 and offer.potash-licence.effects.opposition <= 1.33018 and offer.potash-licence.effects.reputation <= 1.64319"
        },
        {
          "step": 19,
          "coverage": 0.8085106382978723,
          "density": 0.5953002610966057,
          "draws": 383,
          "restricted": 3,
          "chosen": false,
          "box": "offer.potash-licence.effects.sovereignty >= 1.54629 and offer.potash-licence.effects.opposition <= 1.33018 and offer.potash-licence.effects.reputation <= 1.64319"
        },
        {
          "step": 20,
          "coverage": 0.7907801418439716,
          "density": 0.6126373626373627,
          "draws": 364,
          "restricted": 3,
          "chosen": false,
          "box": "offer.potash-licence.effects.sovereignty >= 1.60148 and offer.potash-licence.effects.opposition <= 1.33018 and offer.potash-licence.effects.reputation <= 1.64319"
        },
        {
          "step": 21,
          "coverage": 0.7730496453900709,
          "density": 0.630057803468208,
          "draws": 346,
          "restricted": 3,
          "chosen": false,
          "box": "offer.potash-licence.effects.sovereignty >= 1.6452 and offer.potash-licence.effects.opposition <= 1.33018 and offer.potash-licence.effects.reputation <= 1.64319"
        },
        {
          "step": 22,
          "coverage": 0.7659574468085106,
          "density": 0.6565349544072948,
          "draws": 329,
          "restricted": 3,
          "chosen": false,
          "box": "offer.potash-licence.effects.sovereignty >= 1.6937 and offer.potash-licence.effects.opposition <= 1.33018 and offer.potash-licence.effects.reputation <= 1.64319"
        },
        {
          "step": 23,
          "coverage": 0.74822695035461,
          "density": 0.6741214057507987,
          "draws": 313,
          "restricted": 3,
          "chosen": false,
          "box": "offer.potash-licence.effects.sovereignty >= 1.73494 and offer.potash-licence.effects.opposition <= 1.33018 and offer.potash-licence.effects.reputation <= 1.64319"
        },
        {
          "step": 24,
          "coverage": 0.7375886524822695,
          "density": 0.697986577181208,
          "draws": 298,
          "restricted": 3,
          "chosen": false,
          "box": "offer.potash-licence.effects.sovereignty >= 1.78208 and offer.potash-licence.effects.opposition <= 1.33018 and offer.potash-licence.effects.reputation <= 1.64319"
        },
        {
          "step": 25,
          "coverage": 0.7198581560283688,
          "density": 0.7147887323943662,
          "draws": 284,
          "restricted": 3,
          "chosen": false,
          "box": "offer.potash-licence.effects.sovereignty >= 1.78208 and offer.potash-licence.effects.opposition <= 1.21356 and offer.potash-licence.effects.reputation <= 1.64319"
        },
        {
          "step": 26,
          "coverage": 0.6985815602836879,
          "density": 0.7296296296296296,
          "draws": 270,
          "restricted": 3,
          "chosen": false,
          "box": "offer.potash-licence.effects.sovereignty >= 1.78208 and offer.potash-licence.effects.opposition <= 1.21356 and offer.potash-licence.effects.reputation <= 1.57165"
        },
        {
          "step": 27,
          "coverage": 0.6737588652482269,
          "density": 0.7392996108949417,
          "draws": 257,
          "restricted": 3,
          "chosen": false,
          "box": "offer.potash-licence.effects.sovereignty >= 1.82363 and offer.potash-licence.effects.opposition <= 1.21356 and offer.potash-licence.effects.reputation <= 1.57165"
        },
        {
          "step": 28,
          "coverage": 0.6560283687943262,
          "density": 0.7551020408163265,
          "draws": 245,
          "restricted": 3,
          "chosen": false,
          "box": "offer.potash-licence.effects.sovereignty >= 1.86152 and offer.potash-licence.effects.opposition <= 1.21356 and offer.potash-licence.effects.reputation <= 1.57165"
        },
        {
          "step": 29,
          "coverage": 0.6347517730496454,
          "density": 0.7682403433476395,
          "draws": 233,
          "restricted": 3,
          "chosen": false,
          "box": "offer.potash-licence.effects.sovereignty >= 1.8888 and offer.potash-licence.effects.opposition <= 1.21356 and offer.potash-licence.effects.reputation <= 1.57165"
        },
        {
          "step": 30,
          "coverage": 0.6063829787234043,
          "density": 0.7702702702702703,
          "draws": 222,
          "restricted": 3,
          "chosen": false,
          "box": "offer.potash-licence.effects.sovereignty >= 1.91128 and offer.potash-licence.effects.opposition <= 1.21356 and offer.potash-licence.effects.reputation <= 1.57165"
        },
        {
          "step": 31,
          "coverage": 0.5815602836879432,
          "density": 0.7772511848341233,
          "draws": 211,
          "restricted": 3,
          "chosen": false,
          "box": "offer.potash-licence.effects.sovereignty >= 1.93769 and offer.potash-licence.effects.opposition <= 1.21356 and offer.potash-licence.effects.reputation <= 1.57165"
        },
        {
          "step": 32,
          "coverage": 0.5602836879432624,
          "density": 0.7860696517412935,
          "draws": 201,
          "restricted": 3,
          "chosen": false,
          "box": "offer.potash-licence.effects.sovereignty >= 1.97892 and offer.potash-licence.effects.opposition <= 1.21356 and offer.potash-licence.effects.reputation <= 1.57165"
        },
        {
          "step": 33,
          "coverage": 0.5354609929078015,
          "density": 0.7905759162303665,
          "draws": 191,
          "restricted": 3,
          "chosen": false,
          "box": "offer.potash-licence.effects.sovereignty >= 2.02525 and offer.potash-licence.effects.opposition <= 1.21356 and offer.potash-licence.effects.reputation <= 1.57165"
        },
        {
          "step": 34,
          "coverage": 0.5106382978723404,
          "density": 0.7912087912087912,
          "draws": 182,
          "restricted": 3,
          "chosen": true,
          "box": "offer.potash-licence.effects.sovereignty >= 2.05062 and offer.potash-licence.effects.opposition <= 1.21356 and offer.potash-licence.effects.reputation <= 1.57165"
        },
        {
          "step": 35,
          "coverage": 0.4858156028368794,
          "density": 0.791907514450867,
          "draws": 173,
          "restricted": 3,
          "chosen": false,
          "box": "offer.potash-licence.effects.sovereignty >= 2.08615 and offer.potash-licence.effects.opposition <= 1.21356 and offer.potash-licence.effects.reputation <= 1.57165"
        },
        {
          "step": 36,
          "coverage": 0.4716312056737589,
          "density": 0.806060606060606,
          "draws": 165,
          "restricted": 3,
          "chosen": false,
          "box": "offer.potash-licence.effects.sovereignty >= 2.11903 and offer.potash-licence.effects.opposition <= 1.21356 and offer.potash-licence.effects.reputation <= 1.57165"
        },
        {
          "step": 37,
          "coverage": 0.450354609929078,
          "density": 0.8089171974522293,
          "draws": 157,
          "restricted": 3,
          "chosen": false,
          "box": "offer.potash-licence.effects.sovereignty >= 2.13689 and offer.potash-licence.effects.opposition <= 1.21356 and offer.potash-licence.effects.reputation <= 1.57165"
        },
        {
          "step": 38,
          "coverage": 0.4326241134751773,
          "density": 0.8133333333333334,
          "draws": 150,
          "restricted": 3,
          "chosen": false,
          "box": "offer.potash-licence.effects.sovereignty >= 2.17247 and offer.potash-licence.effects.opposition <= 1.21356 and offer.potash-licence.effects.reputation <= 1.57165"
        },
        {
          "step": 39,
          "coverage": 0.4148936170212766,
          "density": 0.8181818181818182,
          "draws": 143,
          "restricted": 3,
          "chosen": false,
          "box": "offer.potash-licence.effects.sovereignty >= 2.17247 and offer.potash-licence.effects.opposition <= 1.17087 and offer.potash-licence.effects.reputation <= 1.57165"
        },
        {
          "step": 40,
          "coverage": 0.39361702127659576,
          "density": 0.8161764705882353,
          "draws": 136,
          "restricted": 3,
          "chosen": false,
          "box": "offer.potash-licence.effects.sovereignty >= 2.17247 and 0.360525 <= offer.potash-licence.effects.opposition <= 1.17087 and offer.potash-licence.effects.reputation <= 1.57165"
        },
        {
          "step": 41,
          "coverage": 0.375886524822695,
          "density": 0.8153846153846154,
          "draws": 130,
          "restricted": 3,
          "chosen": false,
          "box": "offer.potash-licence.effects.sovereignty >= 2.17247 and 0.360525 <= offer.potash-licence.effects.opposition <= 1.12808 and offer.potash-licence.effects.reputation <= 1.57165"
        },
        {
          "step": 42,
          "coverage": 0.3617021276595745,
          "density": 0.8225806451612904,
          "draws": 124,
          "restricted": 3,
          "chosen": false,
          "box": "offer.potash-licence.effects.sovereignty >= 2.17247 and 0.360525 <= offer.potash-licence.effects.opposition <= 1.07551 and offer.potash-licence.effects.reputation <= 1.57165"
        },
        {
          "step": 43,
          "coverage": 0.3475177304964539,
          "density": 0.8305084745762712,
          "draws": 118,
          "restricted": 3,
          "chosen": false,
          "box": "offer.potash-licence.effects.sovereignty >= 2.17247 and 0.360525 <= offer.potash-licence.effects.opposition <= 1.04428 and offer.potash-licence.effects.reputation <= 1.57165"
        },
        {
          "step": 44,
          "coverage": 0.3333333333333333,
          "density": 0.831858407079646,
          "draws": 113,
          "restricted": 3,
          "chosen": false,
          "box": "offer.potash-licence.effects.sovereignty >= 2.17247 and 0.360525 <= offer.potash-licence.effects.opposition <= 1.0218 and offer.potash-licence.effects.reputation <= 1.57165"
        },
        {
          "step": 45,
          "coverage": 0.3191489361702128,
          "density": 0.8333333333333334,
          "draws": 108,
          "restricted": 3,
          "chosen": false,
          "box": "offer.potash-licence.effects.sovereignty >= 2.17247 and 0.360525 <= offer.potash-licence.effects.opposition <= 1.0218 and offer.potash-licence.effects.reputation <= 1.52211"
        },
        {
          "step": 46,
          "coverage": 0.3049645390070922,
          "density": 0.8349514563106796,
          "draws": 103,
          "restricted": 3,
          "chosen": false,
          "box": "offer.potash-licence.effects.sovereignty >= 2.17247 and 0.360525 <= offer.potash-licence.effects.opposition <= 1.0218 and offer.potash-licence.effects.reputation <= 1.44657"
        },
        {
          "step": 47,
          "coverage": 0.2872340425531915,
          "density": 0.826530612244898,
          "draws": 98,
          "restricted": 3,
          "chosen": false,
          "box": "offer.potash-licence.effects.sovereignty >= 2.22556 and 0.360525 <= offer.potash-licence.effects.opposition <= 1.0218 and offer.potash-licence.effects.reputation <= 1.44657"
        },
        {
          "step": 48,
          "coverage": 0.2801418439716312,
          "density": 0.8404255319148937,
          "draws": 94,
          "restricted": 3,
          "chosen": false,
          "box": "offer.potash-licence.effects.sovereignty >= 2.26323 and 0.360525 <= offer.potash-licence.effects.opposition <= 1.0218 and offer.potash-licence.effects.reputation <= 1.44657"
        },
        {
          "step": 49,
          "coverage": 0.2765957446808511,
          "density": 0.8666666666666667,
          "draws": 90,
          "restricted": 3,
          "chosen": false,
          "box": "offer.potash-licence.effects.sovereignty >= 2.2809 and 0.360525 <= offer.potash-licence.effects.opposition <= 1.0218 and offer.potash-licence.effects.reputation <= 1.44657"
        },
        {
          "step": 50,
          "coverage": 0.26595744680851063,
          "density": 0.872093023255814,
          "draws": 86,
          "restricted": 3,
          "chosen": false,
          "box": "offer.potash-licence.effects.sovereignty >= 2.29556 and 0.360525 <= offer.potash-licence.effects.opposition <= 1.0218 and offer.potash-licence.effects.reputation <= 1.44657"
        },
        {
          "step": 51,
          "coverage": 0.25177304964539005,
          "density": 0.8658536585365854,
          "draws": 82,
          "restricted": 3,
          "chosen": false,
          "box": "offer.potash-licence.effects.sovereignty >= 2.33537 and 0.360525 <= offer.potash-licence.effects.opposition <= 1.0218 and offer.potash-licence.effects.reputation <= 1.44657"
        },
        {
          "step": 52,
          "coverage": 0.24113475177304963,
          "density": 0.8717948717948718,
          "draws": 78,
          "restricted": 3,
          "chosen": false,
          "box": "offer.potash-licence.effects.sovereignty >= 2.3463 and 0.360525 <= offer.potash-licence.effects.opposition <= 1.0218 and offer.potash-licence.effects.reputation <= 1.44657"
        },
        {
          "step": 53,
          "coverage": 0.23049645390070922,
          "density": 0.8666666666666667,
          "draws": 75,
          "restricted": 3,
          "chosen": false,
          "box": "offer.potash-licence.effects.sovereignty >= 2.37363 and 0.360525 <= offer.potash-licence.effects.opposition <= 1.0218 and offer.potash-licence.effects.reputation <= 1.44657"
        },
        {
          "step": 54,
          "coverage": 0.23049645390070922,
          "density": 0.9027777777777778,
          "draws": 72,
          "restricted": 3,
          "chosen": false,
          "box": "offer.potash-licence.effects.sovereignty >= 2.38162 and 0.360525 <= offer.potash-licence.effects.opposition <= 1.0218 and offer.potash-licence.effects.reputation <= 1.44657"
        },
        {
          "step": 55,
          "coverage": 0.22340425531914893,
          "density": 0.9130434782608695,
          "draws": 69,
          "restricted": 3,
          "chosen": false,
          "box": "offer.potash-licence.effects.sovereignty >= 2.42557 and 0.360525 <= offer.potash-licence.effects.opposition <= 1.0218 and offer.potash-licence.effects.reputation <= 1.44657"
        },
        {
          "step": 56,
          "coverage": 0.21631205673758866,
          "density": 0.9242424242424242,
          "draws": 66,
          "restricted": 3,
          "chosen": false,
          "box": "offer.potash-licence.effects.sovereignty >= 2.44997 and 0.360525 <= offer.potash-licence.effects.opposition <= 1.0218 and offer.potash-licence.effects.reputation <= 1.44657"
        },
        {
          "step": 57,
          "coverage": 0.20567375886524822,
          "density": 0.9206349206349206,
          "draws": 63,
          "restricted": 3,
          "chosen": false,
          "box": "offer.potash-licence.effects.sovereignty >= 2.47725 and 0.360525 <= offer.potash-licence.effects.opposition <= 1.0218 and offer.potash-licence.effects.reputation <= 1.44657"
        },
        {
          "step": 58,
          "coverage": 0.1950354609929078,
          "density": 0.9166666666666666,
          "draws": 60,
          "restricted": 3,
          "chosen": false,
          "box": "offer.potash-licence.effects.sovereignty >= 2.49675 and 0.360525 <= offer.potash-licence.effects.opposition <= 1.0218 and offer.potash-licence.effects.reputation <= 1.44657"
        },
        {
          "step": 59,
          "coverage": 0.1879432624113475,
          "density": 0.9298245614035088,
          "draws": 57,
          "restricted": 3,
          "chosen": false,
          "box": "offer.potash-licence.effects.sovereignty >= 2.51785 and 0.360525 <= offer.potash-licence.effects.opposition <= 1.0218 and offer.potash-licence.effects.reputation <= 1.44657"
        },
        {
          "step": 60,
          "coverage": 0.18085106382978725,
          "density": 0.9272727272727272,
          "draws": 55,
          "restricted": 3,
          "chosen": false,
          "box": "offer.potash-licence.effects.sovereignty >= 2.53803 and 0.360525 <= offer.potash-licence.effects.opposition <= 1.0218 and offer.potash-licence.effects.reputation <= 1.44657"
        },
        {
          "step": 61,
          "coverage": 0.17375886524822695,
          "density": 0.9245283018867925,
          "draws": 53,
          "restricted": 3,
          "chosen": false,
          "box": "offer.potash-licence.effects.sovereignty >= 2.54735 and 0.360525 <= offer.potash-licence.effects.opposition <= 1.0218 and offer.potash-licence.effects.reputation <= 1.44657"
        },
        {
          "step": 62,
          "coverage": 0.16666666666666666,
          "density": 0.9215686274509803,
          "draws": 51,
          "restricted": 3,
          "chosen": false,
          "box": "offer.potash-licence.effects.sovereignty >= 2.55878 and 0.360525 <= offer.potash-licence.effects.opposition <= 1.0218 and offer.potash-licence.effects.reputation <= 1.44657"
        }
      ],
      "chosen": 34,
      "box": {
        "coverage": 0.5957446808510638,
        "density": 0.6970954356846473,
        "draws": 241,
        "restrictions": [
          {
            "path": "offer.potash-licence.effects.sovereignty",
            "lower": 2.0506156031838243,
            "upper": null
          }
        ]
      },
      "dropped": [
        "offer.potash-licence.effects.opposition",
        "offer.potash-licence.effects.reputation"
      ],
      "sentence": "net > 0 in 69.7% of draws where offer.potash-licence.effects.sovereignty >= 2.05062 (these draws hold 59.6% of all the draws where net > 0; 28.2% overall)"
    }
  ]
}
