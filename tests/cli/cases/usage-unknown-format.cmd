args: eval scenarios/realpolitik.yaml -f xml
status: 64
--- stderr
relief: error: unknown format 'xml' for this command; expected one of: table, csv, json, markdown
