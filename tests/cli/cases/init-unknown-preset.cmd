args: init --from pragmatic
status: 64
--- stderr
relief: error: unknown preset 'pragmatic' (did you mean 'pragmatic-engagement'?); the presets are: belavia-2025, designed-now, migration-halt-2025, normative-isolation, potash-2025, pragmatic-engagement, realpolitik, when-to-engage
