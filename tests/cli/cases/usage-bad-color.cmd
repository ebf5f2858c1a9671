args: eval scenarios/realpolitik.yaml --color blue
status: 64
--- stderr
relief: error: --color: blue not in {auto,always,never}
Run 'relief eval --help' for more information.
