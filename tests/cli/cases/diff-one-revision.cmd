# diff needs two revisions, or one and --worktree
args: diff main
status: 64
--- stderr
relief: error: diff BASE HEAD [PATH...]: give two revisions (or BASE --worktree)
