args: evl scenarios/realpolitik.yaml
status: 64
--- stderr
relief: error: unknown command 'evl' (did you mean 'eval'?)
Run 'relief --help' for more information.
