# discover when engaging now is best (the brief's 'when'): over the four moments' draws
args: discover scenarios/potash-2025.yaml --target best=now -n 2000 --ascii
status: 0
--- stdout
Potash for 123 prisoners (Dec 2025)  (scenarios/potash-2025.yaml) — perspective balanced

  2000 draws of 38 uncertain inputs (seed 20251128); PRIM peels 5.0% of the box a step, down to 5.0% of the draws, restricting at most 3 inputs; the chosen box is the densest that keeps 50.0% of the draws where the target holds
  engaging now is best in 51.5% of draws where offer.potash-licence.effects.sovereignty >= 1.69735 and offer.potash-licence.effects.reputation <= 1.29594 and offer.potash-licence.effects.loopholes <= 0.606676 (these draws hold 51.1% of all the draws where engaging now is best; 15.4% overall)

  step  coverage  density  draws  inputs  box
  ---------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------
     0     1.000    0.155   2000       0
     5     0.984    0.196   1549       2  offer.potash-licence.effects.sovereignty >= 0.777577 and offer.potash-licence.effects.reputation <= 1.83966
    10     0.932    0.240   1201       3  offer.potash-licence.effects.sovereignty >= 1.14975 and offer.potash-licence.effects.reputation <= 1.83966 and offer.potash-licence.effects.loopholes <= 0.912222
    15     0.877    0.291    931       3  offer.potash-licence.effects.sovereignty >= 1.3501 and offer.potash-licence.effects.reputation <= 1.70823 and offer.potash-licence.effects.loopholes <= 0.834148
    20     0.786    0.337    722       3  offer.potash-licence.effects.sovereignty >= 1.40946 and offer.potash-licence.effects.reputation <= 1.4587 and offer.potash-licence.effects.loopholes <= 0.834148
    25     0.718    0.396    560       3  offer.potash-licence.effects.sovereignty >= 1.40946 and offer.potash-licence.effects.reputation <= 1.38841 and offer.potash-licence.effects.loopholes <= 0.672483
    30     0.638    0.453    435       3  offer.potash-licence.effects.sovereignty >= 1.52461 and offer.potash-licence.effects.reputation <= 1.38841 and offer.potash-licence.effects.loopholes <= 0.606676
    35     0.553    0.503    340       3  offer.potash-licence.effects.sovereignty >= 1.69735 and offer.potash-licence.effects.reputation <= 1.3699 and offer.potash-licence.effects.loopholes <= 0.606676
    37     0.511    0.515    307       3  offer.potash-licence.effects.sovereignty >= 1.69735 and offer.potash-licence.effects.reputation <= 1.29594 and offer.potash-licence.effects.loopholes <= 0.606676
    40     0.456    0.532    265       3  offer.potash-licence.effects.sovereignty >= 1.82262 and offer.potash-licence.effects.reputation <= 1.29594 and offer.potash-licence.effects.loopholes <= 0.606676
    45     0.385    0.575    207       3  offer.potash-licence.effects.sovereignty >= 1.97758 and offer.potash-licence.effects.reputation <= 1.29594 and offer.potash-licence.effects.loopholes <= 0.606676
    50     0.311    0.589    163       3  offer.potash-licence.effects.sovereignty >= 2.05387 and offer.potash-licence.effects.reputation <= 1.29594 and offer.potash-licence.effects.loopholes <= 0.565958
    55     0.249    0.602    128       3  offer.potash-licence.effects.sovereignty >= 2.1028 and 0.603833 <= offer.potash-licence.effects.reputation <= 1.29594 and offer.potash-licence.effects.loopholes <= 0.542139
    60     0.197    0.604    101       3  offer.potash-licence.effects.sovereignty >= 2.16536 and 0.603833 <= offer.potash-licence.effects.reputation <= 1.29594 and offer.potash-licence.effects.loopholes <= 0.500189

  density
      1 |
        |
        |
        |
        |          *********
        |                   ******O***
        |                             * *****
        |                                    *******
        |                                           ******
   0.15 |                                                **
        +--------------------------------------------------
         0                                                1   coverage (O: the chosen box)
