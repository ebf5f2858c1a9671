args: eval
status: 64
--- stderr
relief: error: FILE is required
Run 'relief eval --help' for more information.
