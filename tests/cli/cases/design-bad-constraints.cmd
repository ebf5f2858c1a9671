# mistakes in a constraints file, each where it is
args: design tests/cli/data/design-bad.yaml --model tests/cli/data/counterpart-model.yaml
status: 65
--- stderr
tests/cli/data/design-bad.yaml:3:3: error: unknown measure 'm3' (did you mean 'm1'?)
  m3: 0
  ^
tests/cli/data/design-bad.yaml:5:7: error: asks.a1: min 50 is more than max 20
  a1: {min: 50, max: 20}
      ^
tests/cli/data/design-bad.yaml:7:8: error: caps.rep must be a number, got 'twenty'
  rep: twenty
       ^
