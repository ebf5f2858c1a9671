# relief model --format yaml prints the embedded model file itself.
args: model --format yaml
status: 0
stdout-file: data/model.yaml
