args: timing scenarios/potash-2025.yaml -n 1000 --delay 0:48:12
status: 64
--- stderr
relief: error: --delay and -n cannot be combined: -n samples each moment's own delay
