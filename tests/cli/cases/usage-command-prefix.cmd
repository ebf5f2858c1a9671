# a command the user spelt out in full gets the short one it begins with
args: evaluate scenarios/realpolitik.yaml
status: 64
--- stderr
relief: error: unknown command 'evaluate' (did you mean 'eval'?)
Run 'relief --help' for more information.
