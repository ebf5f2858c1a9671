# The template that init prints validates with --strict.
args: validate --strict -q -
stdin: data/template.yaml
status: 0
--- stdout
