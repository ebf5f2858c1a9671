args: init
status: 0
stdout-file: tests/golden/init-template.yaml
