# the conditional note prints the probability as a person reads it (0.555556, not 0.5555555555555556)
args: eval tests/cli/data/arrives-assumed.yaml
status: 0
--- stdout
Aid, if the war's end is less likely  (tests/cli/data/arrives-assumed.yaml)
timing after-war: war ended, Lukashenka in power, delay 31 months; perspective balanced; credibility 0.50

  criterion     kind     weight   score  mult  weighted
  -----------------------------------------------------
  sovereignty   benefit   0.150   0.275  1.00     0.041
  escalation    benefit   0.120   0.000  1.00     0.000
  migration     benefit   0.100   0.000  1.00     0.000
  prisoners     benefit   0.120   0.000  1.00     0.000
  military      benefit   0.100   0.000  1.00     0.000
  humanitarian  benefit   0.060   2.225  1.00     0.134
  opposition    cost      0.100  -0.300  1.00    -0.030
  reputation    cost      0.100  -0.500  1.00    -0.050
  loopholes     cost      0.150   0.000  1.00     0.000
  -----------------------------------------------------
  benefits                                        0.175
  costs                                          -0.080
  net                                             0.255
  ratio                                            none
  verdict: benefits-outweigh  (net 0.255 > 0.05)
  note: conditional on after-war coming (probability 0.555556 within 120
    months); expected net 0.555556 x 0.255 = 0.142; see `relief timing`
  note: 1 input is a distribution, read at its mean; see `relief simulate`
