args: simulate scenarios/potash-2025.yaml --samples -
status: 64
--- stderr
relief: error: --samples needs a file: standard output carries the results
