args: init --from realpolitik
status: 0
stdout-file: scenarios/realpolitik.yaml
