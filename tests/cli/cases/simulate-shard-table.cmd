# a shard's table says which samples it drew and that the detail figures are the run's first ones
args: simulate scenarios/potash-2025.yaml -n 40000 --shard 2/2
status: 0
--- stdout
Potash for 123 prisoners (Dec 2025)  (scenarios/potash-2025.yaml) — perspective balanced
7232 samples (shard 2/2: samples 32769 to 40000 of the run's 40000), seed 20251128; 24 uncertain inputs

  Means, standard deviations, shares and the percentiles of net are of this shard's samples; the other percentiles, the histogram and the drivers of the run's first 40000, alike in every shard. relief merge of the shards' JSON gives the run's figures.

                  mean     sd      p5     p25     p50    p75    p95
  -----------------------------------------------------------------
  sovereignty    0.311  0.162   0.040   0.209   0.319  0.426  0.571
  escalation     0.035  0.023  -0.004   0.019   0.035  0.051  0.073
  migration      0.000  0.000   0.000   0.000   0.000  0.000  0.000
  prisoners      0.056  0.014   0.033   0.046   0.056  0.066  0.079
  military       0.000  0.000   0.000   0.000   0.000  0.000  0.000
  humanitarian   0.000  0.000   0.000   0.000   0.000  0.000  0.000
  opposition     0.121  0.053   0.038   0.084   0.118  0.154  0.210
  reputation     0.278  0.109   0.111   0.206   0.274  0.349  0.466
  loopholes      0.127  0.068   0.023   0.082   0.125  0.171  0.240
  -----------------------------------------------------------------
  benefits       0.402  0.164   0.127   0.298   0.410  0.518  0.664
  costs          0.526  0.139   0.308   0.433   0.524  0.618  0.761
  net           -0.124  0.215  -0.481  -0.264  -0.118  0.022  0.225

  P(net > 0) = 0.2853 +- 0.0053
  benefits-outweigh: 0.2091 +- 0.0048
  balanced:          0.1619 +- 0.0043
  costs-outweigh:    0.6290 +- 0.0057
  P(the regime accepts) = 0.9065 +- 0.0034; mean worth to the EU -0.112 (net when it accepts, 0 when it refuses)
  EVPI 0.0364 points of net: the worth of knowing every input for certain to 'engage or not'

  net: histogram (share of samples)
    -1.200 .. -1.000   <0.1%  .
    -1.000 .. -0.800    0.1%  .
    -0.800 .. -0.600    1.4%  #
    -0.600 .. -0.400    8.3%  #######
    -0.400 .. -0.200   25.3%  #####################
    -0.200 ..  0.000   36.1%  ##############################
                    ------ net = 0 ------
     0.000 ..  0.200   22.7%  ###################
     0.200 ..  0.400    5.6%  #####
     0.400 ..  0.600    0.5%  .
     0.600 ..  0.800   <0.1%  .

  Drivers of net: top 10 of 24 (all in -f csv or json)
  input                                                mean  rank corr  var share     EVPPI  clamped
  --------------------------------------------------------------------------------------------------
  offer.potash-licence.effects.sovereignty            1.478      0.728      0.555    0.0188
  offer.potash-licence.effects.reputation             1.197     -0.438      0.214   0.00533
  offer.potash-licence.effects.loopholes             0.4976     -0.289      0.095  0.000749
  offer.potash-licence.effects.opposition            0.8011     -0.220      0.057  0.000174
  model.context.lukashenka_in_power.true.reputation   1.398     -0.129      0.025         0
  model.context.war.ongoing.reputation                1.501     -0.124      0.021         0
  offer.potash-licence.effects.escalation            0.2985      0.104      0.017         0
  model.offsets.prisoners.share                      0.4981     -0.102      0.016         0
  model.criteria.sovereignty.value.concave            1.002      0.092      0.013         0
  model.context.war.ongoing.loopholes                 1.599     -0.072      0.011         0
