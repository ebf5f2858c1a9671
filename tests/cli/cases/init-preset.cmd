args: init --from realpolitik
status: 0
stdout-file: tests/golden/init-realpolitik.yaml
