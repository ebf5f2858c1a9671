# asks tied by an offset are searched together: their combinations are bounded
args: design tests/cli/data/design-too-fine.yaml
status: 64
--- stderr
relief: error: prisoners and repression-halt are searched together (an offset ties them) and their grids make 1152151 combinations; at most 100000: give them coarser steps
