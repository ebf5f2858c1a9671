# a model number the scenario does not read (banking is not offered) is not an input of it
args: breakeven scenarios/potash-2025.yaml --vary model.measures.banking.effects.loopholes
status: 64
--- stderr
relief: error: model.measures.banking.effects.loopholes is a number of the model that scenario 'Potash for 123 prisoners (Dec 2025)' does not read (or one it sets itself): varying it changes nothing
