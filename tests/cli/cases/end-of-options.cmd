# '--' ends the options (POSIX): the files after it are operands, also after a first file (CLI11 2.1 left the command there: "unknown option '--'")
args: validate -f csv scenarios/realpolitik.yaml -- scenarios/belavia-2025.yaml
status: 0
--- stdout
file,scenarios,errors,warnings,status
scenarios/realpolitik.yaml,1,0,0,valid
scenarios/belavia-2025.yaml,1,0,0,valid
