# discover on the default scenario from the values-first perspective: 2000 draws
args: discover scenarios/pragmatic-engagement.yaml --perspective values-first -n 2000 --ascii
status: 0
--- stdout
Pragmatic engagement  (scenarios/pragmatic-engagement.yaml) — perspective values-first

  2000 draws of 50 uncertain inputs (seed 20251128); PRIM peels 5.0% of the box a step, down to 5.0% of the draws, restricting at most 3 inputs; the chosen box is the densest that keeps 50.0% of the draws where the target holds
  benefits outweigh in 80.5% of draws where offer.diplomatic-normalisation.effects.opposition <= 2.12188 and offer.diplomatic-normalisation.effects.reputation <= 2.13305 (these draws hold 54.0% of all the draws where benefits outweigh; 53.1% overall)
  left out as noise (restricting it raised the density by less than two standard errors): offer.border-crossings.effects.humanitarian

  step  coverage  density  draws  inputs  box
  ------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------
     0     1.000    0.531   2000       0
     5     0.900    0.617   1549       2  offer.diplomatic-normalisation.effects.opposition <= 2.6391 and offer.diplomatic-normalisation.effects.reputation <= 2.79396
    10     0.785    0.694   1201       2  offer.diplomatic-normalisation.effects.opposition <= 2.36292 and offer.diplomatic-normalisation.effects.reputation <= 2.54002
    15     0.661    0.754    931       3  offer.diplomatic-normalisation.effects.opposition <= 2.36292 and offer.diplomatic-normalisation.effects.reputation <= 2.32991 and offer.border-crossings.effects.humanitarian >= 1.49628
    20     0.546    0.803    722       3  offer.diplomatic-normalisation.effects.opposition <= 2.2234 and offer.diplomatic-normalisation.effects.reputation <= 2.13305 and offer.border-crossings.effects.humanitarian >= 1.49628
    22     0.508    0.828    652       3  offer.diplomatic-normalisation.effects.opposition <= 2.12188 and offer.diplomatic-normalisation.effects.reputation <= 2.13305 and offer.border-crossings.effects.humanitarian >= 1.49628
    25     0.444    0.843    560       3  offer.diplomatic-normalisation.effects.opposition <= 1.98972 and offer.diplomatic-normalisation.effects.reputation <= 2.13305 and offer.border-crossings.effects.humanitarian >= 1.49628
    30     0.363    0.885    435       3  offer.diplomatic-normalisation.effects.opposition <= 1.81513 and offer.diplomatic-normalisation.effects.reputation <= 2.13305 and offer.border-crossings.effects.humanitarian >= 1.49628
    35     0.294    0.918    340       3  offer.diplomatic-normalisation.effects.opposition <= 1.75394 and offer.diplomatic-normalisation.effects.reputation <= 2.0034 and offer.border-crossings.effects.humanitarian >= 1.49628
    40     0.234    0.936    265       3  offer.diplomatic-normalisation.effects.opposition <= 1.75394 and offer.diplomatic-normalisation.effects.reputation <= 1.85824 and 1.49628 <= offer.border-crossings.effects.humanitarian <= 3.78433
    45     0.180    0.923    207       3  1.14663 <= offer.diplomatic-normalisation.effects.opposition <= 1.75394 and offer.diplomatic-normalisation.effects.reputation <= 1.85824 and 1.49628 <= offer.border-crossings.effects.humanitarian <= 3.78433
    50     0.141    0.920    163       3  1.33117 <= offer.diplomatic-normalisation.effects.opposition <= 1.75394 and offer.diplomatic-normalisation.effects.reputation <= 1.85824 and 1.49628 <= offer.border-crossings.effects.humanitarian <= 3.78433
    55     0.110    0.914    128       3  1.42607 <= offer.diplomatic-normalisation.effects.opposition <= 1.75394 and offer.diplomatic-normalisation.effects.reputation <= 1.85824 and 1.49628 <= offer.border-crossings.effects.humanitarian <= 3.78433
    60     0.087    0.911    101       3  1.49176 <= offer.diplomatic-normalisation.effects.opposition <= 1.75394 and offer.diplomatic-normalisation.effects.reputation <= 1.85824 and 1.49628 <= offer.border-crossings.effects.humanitarian <= 3.78433

  density
      1 |
        |      *********
        |    *****     ******
        |                    *****O*
        |                           ****
        |                               ** ***
        |                                     ** **
        |                                          ***
        |                                             ***
   0.53 |                                                **
        +--------------------------------------------------
         0                                                1   coverage (O: the chosen box)
