# discover on the default scenario from the values-first perspective: 2000 draws
args: discover scenarios/pragmatic-engagement.yaml --perspective values-first -n 2000 --ascii
status: 0
--- stdout
Pragmatic engagement  (scenarios/pragmatic-engagement.yaml) — perspective values-first

  2000 draws of 50 uncertain inputs (seed 20251128); PRIM peels 5.0% of the box a step, down to 5.0% of the draws, restricting at most 3 inputs; the chosen box is the densest that keeps 50.0% of the draws where the target holds
  benefits outweigh in 82.8% of draws where offer.diplomatic-normalisation.effects.sovereignty >= 1.00828 and offer.diplomatic-normalisation.effects.opposition <= 2.20083 and offer.diplomatic-normalisation.effects.reputation <= 2.15294 (these draws hold 50.9% of all the draws where benefits outweigh; 53.0% overall)

  step  coverage  density  draws  inputs  box
  -------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------
     0     1.000    0.530   2000       0
     5     0.909    0.622   1549       3  offer.diplomatic-normalisation.effects.sovereignty >= 0.391829 and offer.diplomatic-normalisation.effects.opposition <= 3.00824 and offer.diplomatic-normalisation.effects.reputation <= 2.62784
    10     0.783    0.691   1201       3  offer.diplomatic-normalisation.effects.sovereignty >= 0.391829 and offer.diplomatic-normalisation.effects.opposition <= 2.65621 and offer.diplomatic-normalisation.effects.reputation <= 2.37841
    15     0.666    0.758    931       3  offer.diplomatic-normalisation.effects.sovereignty >= 0.757384 and offer.diplomatic-normalisation.effects.opposition <= 2.30081 and offer.diplomatic-normalisation.effects.reputation <= 2.37841
    20     0.551    0.809    722       3  offer.diplomatic-normalisation.effects.sovereignty >= 1.00828 and offer.diplomatic-normalisation.effects.opposition <= 2.20083 and offer.diplomatic-normalisation.effects.reputation <= 2.26029
    22     0.509    0.828    652       3  offer.diplomatic-normalisation.effects.sovereignty >= 1.00828 and offer.diplomatic-normalisation.effects.opposition <= 2.20083 and offer.diplomatic-normalisation.effects.reputation <= 2.15294
    25     0.447    0.846    560       3  offer.diplomatic-normalisation.effects.sovereignty >= 1.00828 and offer.diplomatic-normalisation.effects.opposition <= 2.09889 and offer.diplomatic-normalisation.effects.reputation <= 2.10164
    30     0.358    0.871    435       3  offer.diplomatic-normalisation.effects.sovereignty >= 1.34998 and offer.diplomatic-normalisation.effects.opposition <= 1.99293 and offer.diplomatic-normalisation.effects.reputation <= 2.10164
    35     0.285    0.888    340       3  offer.diplomatic-normalisation.effects.sovereignty >= 1.70624 and offer.diplomatic-normalisation.effects.opposition <= 1.99293 and offer.diplomatic-normalisation.effects.reputation <= 2.07318
    40     0.226    0.906    265       3  offer.diplomatic-normalisation.effects.sovereignty >= 1.93731 and offer.diplomatic-normalisation.effects.opposition <= 1.99293 and offer.diplomatic-normalisation.effects.reputation <= 2.02039
    45     0.181    0.928    207       3  2.10166 <= offer.diplomatic-normalisation.effects.sovereignty <= 3.92264 and offer.diplomatic-normalisation.effects.opposition <= 1.99293 and offer.diplomatic-normalisation.effects.reputation <= 1.9862
    50     0.148    0.963    163       3  2.32793 <= offer.diplomatic-normalisation.effects.sovereignty <= 3.92264 and offer.diplomatic-normalisation.effects.opposition <= 1.99293 and offer.diplomatic-normalisation.effects.reputation <= 1.9862
    55     0.116    0.961    128       3  2.47037 <= offer.diplomatic-normalisation.effects.sovereignty <= 3.92264 and offer.diplomatic-normalisation.effects.opposition <= 1.99293 and offer.diplomatic-normalisation.effects.reputation <= 1.9862
    60     0.092    0.960    101       3  2.66882 <= offer.diplomatic-normalisation.effects.sovereignty <= 3.92264 and offer.diplomatic-normalisation.effects.opposition <= 1.99293 and offer.diplomatic-normalisation.effects.reputation <= 1.9862

  density
      1 |                                                  
        |    ******                                        
        |         **********                               
        |                  *******O*                       
        |                           **** *                 
        |                                 ****             
        |                                     *** *        
        |                                          ** *    
        |                                             ***  
   0.53 |                                                **
        +--------------------------------------------------
         0                                                1   coverage (O: the chosen box)
