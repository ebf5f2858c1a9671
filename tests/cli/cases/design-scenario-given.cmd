# a scenario given where a constraints file was meant: one error that says so
args: design scenarios/potash-2025.yaml
status: 65
--- stderr
scenarios/potash-2025.yaml:22:1: error: this is a scenario (it has 'offer'), not a design constraints file: design searches the whole catalogue and reads only what narrows it (relief-scenario(5), DESIGN CONSTRAINTS)
relief: 1
^
