args: eval scenarios/realpolitik.yaml --perspective frontline
status: 64
--- stderr
relief: error: unknown perspective 'frontline' (did you mean 'frontline-states'?); the model has: balanced, frontline-states, values-first, security-first, or all
