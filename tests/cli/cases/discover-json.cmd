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
      "hits": 274,
      "base_density": 0.274,
      "trajectory": [
        {
          "step": 0,
          "coverage": 1.0,
          "density": 0.274,
          "draws": 1000,
          "restricted": 0,
          "chosen": false,
          "box": ""
        },
        {
          "step": 1,
          "coverage": 1.0,
          "density": 0.28842105263157897,
          "draws": 950,
          "restricted": 1,
          "chosen": false,
          "box": "offer.potash-licence.effects.sovereignty >= 0.0844089"
        },
        {
          "step": 2,
          "coverage": 1.0,
          "density": 0.3034330011074197,
          "draws": 903,
          "restricted": 1,
          "chosen": false,
          "box": "offer.potash-licence.effects.sovereignty >= 0.407624"
        },
        {
          "step": 3,
          "coverage": 0.9963503649635036,
          "density": 0.3181818181818182,
          "draws": 858,
          "restricted": 1,
          "chosen": false,
          "box": "offer.potash-licence.effects.sovereignty >= 0.616659"
        },
        {
          "step": 4,
          "coverage": 0.9854014598540146,
          "density": 0.33088235294117646,
          "draws": 816,
          "restricted": 1,
          "chosen": false,
          "box": "offer.potash-licence.effects.sovereignty >= 0.744174"
        },
        {
          "step": 5,
          "coverage": 0.9744525547445255,
          "density": 0.3440721649484536,
          "draws": 776,
          "restricted": 1,
          "chosen": false,
          "box": "offer.potash-licence.effects.sovereignty >= 0.898739"
        },
        {
          "step": 6,
          "coverage": 0.9708029197080292,
          "density": 0.3604336043360434,
          "draws": 738,
          "restricted": 1,
          "chosen": false,
          "box": "offer.potash-licence.effects.sovereignty >= 1.00415"
        },
        {
          "step": 7,
          "coverage": 0.9598540145985401,
          "density": 0.37464387464387466,
          "draws": 702,
          "restricted": 2,
          "chosen": false,
          "box": "offer.potash-licence.effects.sovereignty >= 1.00415 and offer.potash-licence.effects.loopholes <= 0.934582"
        },
        {
          "step": 8,
          "coverage": 0.948905109489051,
          "density": 0.38980509745127434,
          "draws": 667,
          "restricted": 2,
          "chosen": false,
          "box": "offer.potash-licence.effects.sovereignty >= 1.08494 and offer.potash-licence.effects.loopholes <= 0.934582"
        },
        {
          "step": 9,
          "coverage": 0.9343065693430657,
          "density": 0.4037854889589905,
          "draws": 634,
          "restricted": 2,
          "chosen": false,
          "box": "offer.potash-licence.effects.sovereignty >= 1.13958 and offer.potash-licence.effects.loopholes <= 0.934582"
        },
        {
          "step": 10,
          "coverage": 0.9233576642335767,
          "density": 0.41956882255389716,
          "draws": 603,
          "restricted": 3,
          "chosen": false,
          "box": "offer.potash-licence.effects.sovereignty >= 1.13958 and offer.potash-licence.effects.reputation <= 1.82942 and offer.potash-licence.effects.loopholes <= 0.934582"
        },
        {
          "step": 11,
          "coverage": 0.9087591240875912,
          "density": 0.43455497382198954,
          "draws": 573,
          "restricted": 3,
          "chosen": false,
          "box": "offer.potash-licence.effects.sovereignty >= 1.22144 and offer.potash-licence.effects.reputation <= 1.82942 and offer.potash-licence.effects.loopholes <= 0.934582"
        },
        {
          "step": 12,
          "coverage": 0.8905109489051095,
          "density": 0.44770642201834865,
          "draws": 545,
          "restricted": 3,
          "chosen": false,
          "box": "offer.potash-licence.effects.sovereignty >= 1.27814 and offer.potash-licence.effects.reputation <= 1.82942 and offer.potash-licence.effects.loopholes <= 0.934582"
        },
        {
          "step": 13,
          "coverage": 0.8832116788321168,
          "density": 0.4671814671814672,
          "draws": 518,
          "restricted": 3,
          "chosen": false,
          "box": "offer.potash-licence.effects.sovereignty >= 1.34129 and offer.potash-licence.effects.reputation <= 1.82942 and offer.potash-licence.effects.loopholes <= 0.934582"
        },
        {
          "step": 14,
          "coverage": 0.8613138686131386,
          "density": 0.4787018255578093,
          "draws": 493,
          "restricted": 3,
          "chosen": false,
          "box": "offer.potash-licence.effects.sovereignty >= 1.34129 and offer.potash-licence.effects.reputation <= 1.82942 and offer.potash-licence.effects.loopholes <= 0.836308"
        },
        {
          "step": 15,
          "coverage": 0.8357664233576643,
          "density": 0.488272921108742,
          "draws": 469,
          "restricted": 3,
          "chosen": false,
          "box": "offer.potash-licence.effects.sovereignty >= 1.34129 and offer.potash-licence.effects.reputation <= 1.71542 and offer.potash-licence.effects.loopholes <= 0.836308"
        },
        {
          "step": 16,
          "coverage": 0.8175182481751825,
          "density": 0.5022421524663677,
          "draws": 446,
          "restricted": 3,
          "chosen": false,
          "box": "offer.potash-licence.effects.sovereignty >= 1.34129 and offer.potash-licence.effects.reputation <= 1.65977 and offer.potash-licence.effects.loopholes <= 0.836308"
        },
        {
          "step": 17,
          "coverage": 0.7992700729927007,
          "density": 0.5165094339622641,
          "draws": 424,
          "restricted": 3,
          "chosen": false,
          "box": "offer.potash-licence.effects.sovereignty >= 1.34129 and offer.potash-licence.effects.reputation <= 1.58514 and offer.potash-licence.effects.loopholes <= 0.836308"
        },
        {
          "step": 18,
          "coverage": 0.781021897810219,
          "density": 0.5310173697270472,
          "draws": 403,
          "restricted": 3,
          "chosen": false,
          "box": "offer.potash-licence.effects.sovereignty >= 1.34129 and offer.potash-licence.effects.reputation <= 1.51252 and offer.potash-licence.effects.loopholes <= 0.836308"
        },
        {
          "step": 19,
          "coverage": 0.7664233576642335,
          "density": 0.5483028720626631,
          "draws": 383,
          "restricted": 3,
          "chosen": false,
          "box": "offer.potash-licence.effects.sovereignty >= 1.34129 and offer.potash-licence.effects.reputation <= 1.4765 and offer.potash-licence.effects.loopholes <= 0.836308"
        },
        {
          "step": 20,
          "coverage": 0.7481751824817519,
          "density": 0.5631868131868132,
          "draws": 364,
          "restricted": 3,
          "chosen": false,
          "box": "offer.potash-licence.effects.sovereignty >= 1.34129 and offer.potash-licence.effects.reputation <= 1.44581 and offer.potash-licence.effects.loopholes <= 0.836308"
        },
        {
          "step": 21,
          "coverage": 0.7372262773722628,
          "density": 0.5838150289017341,
          "draws": 346,
          "restricted": 3,
          "chosen": false,
          "box": "offer.potash-licence.effects.sovereignty >= 1.34129 and offer.potash-licence.effects.reputation <= 1.39377 and offer.potash-licence.effects.loopholes <= 0.836308"
        },
        {
          "step": 22,
          "coverage": 0.718978102189781,
          "density": 0.5987841945288754,
          "draws": 329,
          "restricted": 3,
          "chosen": false,
          "box": "offer.potash-licence.effects.sovereignty >= 1.34129 and offer.potash-licence.effects.reputation <= 1.39377 and offer.potash-licence.effects.loopholes <= 0.776465"
        },
        {
          "step": 23,
          "coverage": 0.7007299270072993,
          "density": 0.6134185303514377,
          "draws": 313,
          "restricted": 3,
          "chosen": false,
          "box": "offer.potash-licence.effects.sovereignty >= 1.34129 and offer.potash-licence.effects.reputation <= 1.39377 and offer.potash-licence.effects.loopholes <= 0.724571"
        },
        {
          "step": 24,
          "coverage": 0.6788321167883211,
          "density": 0.6241610738255033,
          "draws": 298,
          "restricted": 3,
          "chosen": false,
          "box": "offer.potash-licence.effects.sovereignty >= 1.34129 and offer.potash-licence.effects.reputation <= 1.39377 and offer.potash-licence.effects.loopholes <= 0.69276"
        },
        {
          "step": 25,
          "coverage": 0.656934306569343,
          "density": 0.6338028169014085,
          "draws": 284,
          "restricted": 3,
          "chosen": false,
          "box": "offer.potash-licence.effects.sovereignty >= 1.34129 and offer.potash-licence.effects.reputation <= 1.39377 and offer.potash-licence.effects.loopholes <= 0.659364"
        },
        {
          "step": 26,
          "coverage": 0.6459854014598541,
          "density": 0.6555555555555556,
          "draws": 270,
          "restricted": 3,
          "chosen": false,
          "box": "offer.potash-licence.effects.sovereignty >= 1.34129 and offer.potash-licence.effects.reputation <= 1.39377 and offer.potash-licence.effects.loopholes <= 0.635819"
        },
        {
          "step": 27,
          "coverage": 0.6277372262773723,
          "density": 0.669260700389105,
          "draws": 257,
          "restricted": 3,
          "chosen": false,
          "box": "offer.potash-licence.effects.sovereignty >= 1.34129 and offer.potash-licence.effects.reputation <= 1.39377 and offer.potash-licence.effects.loopholes <= 0.612443"
        },
        {
          "step": 28,
          "coverage": 0.6058394160583942,
          "density": 0.6775510204081633,
          "draws": 245,
          "restricted": 3,
          "chosen": false,
          "box": "offer.potash-licence.effects.sovereignty >= 1.34129 and offer.potash-licence.effects.reputation <= 1.39377 and offer.potash-licence.effects.loopholes <= 0.603074"
        },
        {
          "step": 29,
          "coverage": 0.583941605839416,
          "density": 0.6866952789699571,
          "draws": 233,
          "restricted": 3,
          "chosen": false,
          "box": "offer.potash-licence.effects.sovereignty >= 1.34129 and offer.potash-licence.effects.reputation <= 1.39377 and offer.potash-licence.effects.loopholes <= 0.583605"
        },
        {
          "step": 30,
          "coverage": 0.5656934306569343,
          "density": 0.6981981981981982,
          "draws": 222,
          "restricted": 3,
          "chosen": false,
          "box": "offer.potash-licence.effects.sovereignty >= 1.34129 and offer.potash-licence.effects.reputation <= 1.39377 and offer.potash-licence.effects.loopholes <= 0.570603"
        },
        {
          "step": 31,
          "coverage": 0.5401459854014599,
          "density": 0.7014218009478673,
          "draws": 211,
          "restricted": 3,
          "chosen": false,
          "box": "offer.potash-licence.effects.sovereignty >= 1.34129 and offer.potash-licence.effects.reputation <= 1.37665 and offer.potash-licence.effects.loopholes <= 0.570603"
        },
        {
          "step": 32,
          "coverage": 0.5255474452554745,
          "density": 0.7164179104477612,
          "draws": 201,
          "restricted": 3,
          "chosen": false,
          "box": "offer.potash-licence.effects.sovereignty >= 1.34129 and offer.potash-licence.effects.reputation <= 1.34581 and offer.potash-licence.effects.loopholes <= 0.570603"
        },
        {
          "step": 33,
          "coverage": 0.5145985401459854,
          "density": 0.7382198952879581,
          "draws": 191,
          "restricted": 3,
          "chosen": true,
          "box": "offer.potash-licence.effects.sovereignty >= 1.34129 and offer.potash-licence.effects.reputation <= 1.30263 and offer.potash-licence.effects.loopholes <= 0.570603"
        },
        {
          "step": 34,
          "coverage": 0.49635036496350365,
          "density": 0.7472527472527473,
          "draws": 182,
          "restricted": 3,
          "chosen": false,
          "box": "offer.potash-licence.effects.sovereignty >= 1.34129 and offer.potash-licence.effects.reputation <= 1.27381 and offer.potash-licence.effects.loopholes <= 0.570603"
        },
        {
          "step": 35,
          "coverage": 0.4744525547445255,
          "density": 0.7514450867052023,
          "draws": 173,
          "restricted": 3,
          "chosen": false,
          "box": "offer.potash-licence.effects.sovereignty >= 1.34129 and offer.potash-licence.effects.reputation <= 1.27381 and offer.potash-licence.effects.loopholes <= 0.547441"
        },
        {
          "step": 36,
          "coverage": 0.4562043795620438,
          "density": 0.7575757575757576,
          "draws": 165,
          "restricted": 3,
          "chosen": false,
          "box": "offer.potash-licence.effects.sovereignty >= 1.34129 and offer.potash-licence.effects.reputation <= 1.27381 and offer.potash-licence.effects.loopholes <= 0.529266"
        },
        {
          "step": 37,
          "coverage": 0.44525547445255476,
          "density": 0.7770700636942676,
          "draws": 157,
          "restricted": 3,
          "chosen": false,
          "box": "offer.potash-licence.effects.sovereignty >= 1.34129 and offer.potash-licence.effects.reputation <= 1.27381 and offer.potash-licence.effects.loopholes <= 0.511694"
        },
        {
          "step": 38,
          "coverage": 0.4306569343065693,
          "density": 0.7866666666666666,
          "draws": 150,
          "restricted": 3,
          "chosen": false,
          "box": "offer.potash-licence.effects.sovereignty >= 1.34129 and offer.potash-licence.effects.reputation <= 1.27381 and offer.potash-licence.effects.loopholes <= 0.501615"
        },
        {
          "step": 39,
          "coverage": 0.4124087591240876,
          "density": 0.7902097902097902,
          "draws": 143,
          "restricted": 3,
          "chosen": false,
          "box": "offer.potash-licence.effects.sovereignty >= 1.36536 and offer.potash-licence.effects.reputation <= 1.27381 and offer.potash-licence.effects.loopholes <= 0.501615"
        },
        {
          "step": 40,
          "coverage": 0.3978102189781022,
          "density": 0.8014705882352942,
          "draws": 136,
          "restricted": 3,
          "chosen": false,
          "box": "offer.potash-licence.effects.sovereignty >= 1.44368 and offer.potash-licence.effects.reputation <= 1.27381 and offer.potash-licence.effects.loopholes <= 0.501615"
        },
        {
          "step": 41,
          "coverage": 0.38686131386861317,
          "density": 0.8153846153846154,
          "draws": 130,
          "restricted": 3,
          "chosen": false,
          "box": "offer.potash-licence.effects.sovereignty >= 1.47964 and offer.potash-licence.effects.reputation <= 1.27381 and offer.potash-licence.effects.loopholes <= 0.501615"
        },
        {
          "step": 42,
          "coverage": 0.3759124087591241,
          "density": 0.8306451612903226,
          "draws": 124,
          "restricted": 3,
          "chosen": false,
          "box": "offer.potash-licence.effects.sovereignty >= 1.57174 and offer.potash-licence.effects.reputation <= 1.27381 and offer.potash-licence.effects.loopholes <= 0.501615"
        },
        {
          "step": 43,
          "coverage": 0.36496350364963503,
          "density": 0.847457627118644,
          "draws": 118,
          "restricted": 3,
          "chosen": false,
          "box": "offer.potash-licence.effects.sovereignty >= 1.6299 and offer.potash-licence.effects.reputation <= 1.27381 and offer.potash-licence.effects.loopholes <= 0.501615"
        },
        {
          "step": 44,
          "coverage": 0.354014598540146,
          "density": 0.8584070796460177,
          "draws": 113,
          "restricted": 3,
          "chosen": false,
          "box": "offer.potash-licence.effects.sovereignty >= 1.6299 and offer.potash-licence.effects.reputation <= 1.27381 and 0.0601096 <= offer.potash-licence.effects.loopholes <= 0.501615"
        },
        {
          "step": 45,
          "coverage": 0.33941605839416056,
          "density": 0.8611111111111112,
          "draws": 108,
          "restricted": 3,
          "chosen": false,
          "box": "offer.potash-licence.effects.sovereignty >= 1.6299 and offer.potash-licence.effects.reputation <= 1.27381 and 0.080541 <= offer.potash-licence.effects.loopholes <= 0.501615"
        },
        {
          "step": 46,
          "coverage": 0.3248175182481752,
          "density": 0.8640776699029126,
          "draws": 103,
          "restricted": 3,
          "chosen": false,
          "box": "offer.potash-licence.effects.sovereignty >= 1.6299 and offer.potash-licence.effects.reputation <= 1.25744 and 0.080541 <= offer.potash-licence.effects.loopholes <= 0.501615"
        },
        {
          "step": 47,
          "coverage": 0.3175182481751825,
          "density": 0.8877551020408163,
          "draws": 98,
          "restricted": 3,
          "chosen": false,
          "box": "offer.potash-licence.effects.sovereignty >= 1.6299 and offer.potash-licence.effects.reputation <= 1.24083 and 0.080541 <= offer.potash-licence.effects.loopholes <= 0.501615"
        },
        {
          "step": 48,
          "coverage": 0.30656934306569344,
          "density": 0.8936170212765957,
          "draws": 94,
          "restricted": 3,
          "chosen": false,
          "box": "offer.potash-licence.effects.sovereignty >= 1.6299 and offer.potash-licence.effects.reputation <= 1.21717 and 0.080541 <= offer.potash-licence.effects.loopholes <= 0.501615"
        },
        {
          "step": 49,
          "coverage": 0.291970802919708,
          "density": 0.8888888888888888,
          "draws": 90,
          "restricted": 3,
          "chosen": false,
          "box": "offer.potash-licence.effects.sovereignty >= 1.65823 and offer.potash-licence.effects.reputation <= 1.21717 and 0.080541 <= offer.potash-licence.effects.loopholes <= 0.501615"
        },
        {
          "step": 50,
          "coverage": 0.2773722627737226,
          "density": 0.8837209302325582,
          "draws": 86,
          "restricted": 3,
          "chosen": false,
          "box": "offer.potash-licence.effects.sovereignty >= 1.68083 and offer.potash-licence.effects.reputation <= 1.21717 and 0.080541 <= offer.potash-licence.effects.loopholes <= 0.501615"
        },
        {
          "step": 51,
          "coverage": 0.27007299270072993,
          "density": 0.9024390243902439,
          "draws": 82,
          "restricted": 3,
          "chosen": false,
          "box": "offer.potash-licence.effects.sovereignty >= 1.70861 and offer.potash-licence.effects.reputation <= 1.21717 and 0.080541 <= offer.potash-licence.effects.loopholes <= 0.501615"
        },
        {
          "step": 52,
          "coverage": 0.2664233576642336,
          "density": 0.9358974358974359,
          "draws": 78,
          "restricted": 3,
          "chosen": false,
          "box": "offer.potash-licence.effects.sovereignty >= 1.79831 and offer.potash-licence.effects.reputation <= 1.21717 and 0.080541 <= offer.potash-licence.effects.loopholes <= 0.501615"
        },
        {
          "step": 53,
          "coverage": 0.2591240875912409,
          "density": 0.9466666666666667,
          "draws": 75,
          "restricted": 3,
          "chosen": false,
          "box": "offer.potash-licence.effects.sovereignty >= 1.81184 and offer.potash-licence.effects.reputation <= 1.21717 and 0.080541 <= offer.potash-licence.effects.loopholes <= 0.501615"
        },
        {
          "step": 54,
          "coverage": 0.24817518248175183,
          "density": 0.9444444444444444,
          "draws": 72,
          "restricted": 3,
          "chosen": false,
          "box": "offer.potash-licence.effects.sovereignty >= 1.82916 and offer.potash-licence.effects.reputation <= 1.21717 and 0.080541 <= offer.potash-licence.effects.loopholes <= 0.501615"
        },
        {
          "step": 55,
          "coverage": 0.24452554744525548,
          "density": 0.9710144927536232,
          "draws": 69,
          "restricted": 3,
          "chosen": false,
          "box": "offer.potash-licence.effects.sovereignty >= 1.86319 and offer.potash-licence.effects.reputation <= 1.21717 and 0.080541 <= offer.potash-licence.effects.loopholes <= 0.501615"
        },
        {
          "step": 56,
          "coverage": 0.23357664233576642,
          "density": 0.9696969696969697,
          "draws": 66,
          "restricted": 3,
          "chosen": false,
          "box": "offer.potash-licence.effects.sovereignty >= 1.89245 and offer.potash-licence.effects.reputation <= 1.21717 and 0.080541 <= offer.potash-licence.effects.loopholes <= 0.501615"
        },
        {
          "step": 57,
          "coverage": 0.22627737226277372,
          "density": 0.9841269841269841,
          "draws": 63,
          "restricted": 3,
          "chosen": false,
          "box": "offer.potash-licence.effects.sovereignty >= 1.9047 and offer.potash-licence.effects.reputation <= 1.21717 and 0.080541 <= offer.potash-licence.effects.loopholes <= 0.501615"
        },
        {
          "step": 58,
          "coverage": 0.21532846715328466,
          "density": 0.9833333333333333,
          "draws": 60,
          "restricted": 3,
          "chosen": false,
          "box": "offer.potash-licence.effects.sovereignty >= 1.95565 and offer.potash-licence.effects.reputation <= 1.21717 and 0.080541 <= offer.potash-licence.effects.loopholes <= 0.501615"
        },
        {
          "step": 59,
          "coverage": 0.20437956204379562,
          "density": 0.9824561403508771,
          "draws": 57,
          "restricted": 3,
          "chosen": false,
          "box": "offer.potash-licence.effects.sovereignty >= 1.97758 and offer.potash-licence.effects.reputation <= 1.21717 and 0.080541 <= offer.potash-licence.effects.loopholes <= 0.501615"
        },
        {
          "step": 60,
          "coverage": 0.19708029197080293,
          "density": 0.9818181818181818,
          "draws": 55,
          "restricted": 3,
          "chosen": false,
          "box": "offer.potash-licence.effects.sovereignty >= 2.00612 and offer.potash-licence.effects.reputation <= 1.21717 and 0.080541 <= offer.potash-licence.effects.loopholes <= 0.501615"
        },
        {
          "step": 61,
          "coverage": 0.1897810218978102,
          "density": 0.9811320754716981,
          "draws": 53,
          "restricted": 3,
          "chosen": false,
          "box": "offer.potash-licence.effects.sovereignty >= 2.04133 and offer.potash-licence.effects.reputation <= 1.21717 and 0.080541 <= offer.potash-licence.effects.loopholes <= 0.501615"
        },
        {
          "step": 62,
          "coverage": 0.18613138686131386,
          "density": 1.0,
          "draws": 51,
          "restricted": 3,
          "chosen": false,
          "box": "offer.potash-licence.effects.sovereignty >= 2.05996 and offer.potash-licence.effects.reputation <= 1.21717 and 0.080541 <= offer.potash-licence.effects.loopholes <= 0.501615"
        }
      ],
      "chosen": 33,
      "box": {
        "coverage": 0.5145985401459854,
        "density": 0.7382198952879581,
        "draws": 191,
        "restrictions": [
          {
            "path": "offer.potash-licence.effects.sovereignty",
            "lower": 1.3412887254951578,
            "upper": null
          },
          {
            "path": "offer.potash-licence.effects.reputation",
            "lower": null,
            "upper": 1.302633404503353
          },
          {
            "path": "offer.potash-licence.effects.loopholes",
            "lower": null,
            "upper": 0.5706027118915701
          }
        ]
      },
      "dropped": [],
      "sentence": "net > 0 in 73.8% of draws where offer.potash-licence.effects.sovereignty >= 1.34129 and offer.potash-licence.effects.reputation <= 1.30263 and offer.potash-licence.effects.loopholes <= 0.570603 (these draws hold 51.5% of all the draws where net > 0; 27.4% overall)"
    }
  ]
}
