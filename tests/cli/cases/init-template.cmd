args: init
status: 0
stdout-file: data/template.yaml
