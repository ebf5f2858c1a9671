args: breakeven scenarios/potash-2025.yaml --vary model.criteria.migration.over_time
status: 64
--- stderr
relief: error: model.criteria.migration.over_time is not a number, so it cannot be varied; to change it, copy the model (relief model -f yaml > my-model.yaml), edit it and pass --model my-model.yaml
