args: model
status: 0
stdout-file: tests/golden/model.txt
