# discover when engaging now is best (the brief's 'when'): over the four moments' draws
args: discover scenarios/potash-2025.yaml --target best=now -n 2000 --ascii
status: 0
--- stdout
Potash for 123 prisoners (Dec 2025)  (scenarios/potash-2025.yaml) — perspective balanced

  2000 draws of 38 uncertain inputs (seed 20251128); PRIM peels 5.0% of the box a step, down to 5.0% of the draws, restricting at most 3 inputs; the chosen box is the densest that keeps 50.0% of the draws where the target holds
  engaging now is best in 44.0% of draws where offer.potash-licence.effects.sovereignty >= 2.08759 and offer.potash-licence.effects.reputation <= 1.57341 (these draws hold 52.0% of all the draws where engaging now is best; 16.7% overall)
  left out as noise (restricting it raised the density by less than two standard errors): model.counterpart.measures.potash-licence.value

  step  coverage  density  draws  inputs  box
  -----------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------
     0     1.000    0.167   2000       0
     5     0.988    0.212   1549       1  offer.potash-licence.effects.sovereignty >= 0.928256
    10     0.955    0.265   1201       3  model.counterpart.measures.potash-licence.value >= 1.13875 and offer.potash-licence.effects.sovereignty >= 1.01238 and offer.potash-licence.effects.reputation <= 1.63597
    15     0.886    0.317    931       3  model.counterpart.measures.potash-licence.value >= 1.3956 and offer.potash-licence.effects.sovereignty >= 1.34785 and offer.potash-licence.effects.reputation <= 1.63597
    20     0.784    0.361    722       3  model.counterpart.measures.potash-licence.value >= 1.64077 and offer.potash-licence.effects.sovereignty >= 1.56144 and offer.potash-licence.effects.reputation <= 1.63597
    25     0.688    0.409    560       3  model.counterpart.measures.potash-licence.value >= 1.64077 and offer.potash-licence.effects.sovereignty >= 1.79672 and offer.potash-licence.effects.reputation <= 1.63597
    30     0.589    0.451    435       3  model.counterpart.measures.potash-licence.value >= 1.64077 and offer.potash-licence.effects.sovereignty >= 1.94782 and offer.potash-licence.effects.reputation <= 1.63597
    35     0.502    0.491    340       3  model.counterpart.measures.potash-licence.value >= 1.64077 and offer.potash-licence.effects.sovereignty >= 2.08759 and offer.potash-licence.effects.reputation <= 1.57341
    40     0.435    0.547    265       3  model.counterpart.measures.potash-licence.value >= 1.64077 and offer.potash-licence.effects.sovereignty >= 2.24159 and offer.potash-licence.effects.reputation <= 1.57341
    45     0.363    0.585    207       3  model.counterpart.measures.potash-licence.value >= 1.64077 and offer.potash-licence.effects.sovereignty >= 2.33807 and offer.potash-licence.effects.reputation <= 1.48724
    50     0.315    0.644    163       3  model.counterpart.measures.potash-licence.value >= 1.64077 and offer.potash-licence.effects.sovereignty >= 2.46548 and offer.potash-licence.effects.reputation <= 1.48724
    55     0.255    0.664    128       3  model.counterpart.measures.potash-licence.value >= 1.92142 and offer.potash-licence.effects.sovereignty >= 2.52993 and offer.potash-licence.effects.reputation <= 1.48724
    60     0.216    0.713    101       3  model.counterpart.measures.potash-licence.value >= 1.92142 and offer.potash-licence.effects.sovereignty >= 2.591 and offer.potash-licence.effects.reputation <= 1.4037

  density
      1 |                                                  
        |                                                  
        |                                                  
        |           **                                     
        |            *******                               
        |                  *******O                        
        |                         ***********              
        |                                    ***** ***     
        |                                             **** 
   0.17 |                                                **
        +--------------------------------------------------
         0                                                1   coverage (O: the chosen box)
