#!/usr/bin/env bash
# relief schema (issue 10, item 3): a valid draft 2020-12 JSON Schema that every preset and every
# scenario file of the tests that relief accepts satisfies, and that rejects the structurally
# broken files of the bad corpus (unknown keys and ids, wrong types, missing required keys), as
# checked by Python's jsonschema; each key carries its description from relief-scenario(5).
. "$(dirname "$0")/preamble.sh" "$1"
python3 -c 'import jsonschema, yaml' 2>/dev/null ||
  { echo "python3-jsonschema and python3-yaml are needed (the README's test command installs them)"; exit 1; }
"$bin" schema >"$tmp/schema.json" || fail "relief schema: status $?"
"$bin" schema -o "$tmp/schema-o.json" && cmp -s "$tmp/schema.json" "$tmp/schema-o.json" || fail "schema -o"
"$bin" schema -f csv >/dev/null 2>&1
[ $? = 64 ] || fail "schema -f csv is not a usage error"

# the scenario files relief accepts (every document valid), presets first
valid=(scenarios/*.yaml)
# (tests/yaml/ holds YAML that other parsers read differently too, such as PyYAML's refusal of a
# line of only a tab: the YAML test suite's cases, not schema material)
for f in $(find tests -name '*.yaml' -not -path 'tests/yaml/*' | sort); do
  grep -q '^criteria:' "$f" && continue # a model file
  "$bin" validate "$f" >/dev/null 2>&1 && valid+=("$f")
done
[ "${#valid[@]}" -gt 10 ] || fail "only ${#valid[@]} valid files found"
broken=(unknown-key unknown-key-ask unknown-key-context unknown-key-far unknown-key-offer
  unknown-measure unknown-ask unknown-criterion-effect unknown-criterion-weight unknown-timing
  wrong-type-amount-list wrong-type-context wrong-type-name-list
  wrong-type-offer-item wrong-type-offer-map wrong-type-quoted-number wrong-type-scope-string
  missing-version missing-amount missing-measure-id effects-not-map list-not-map scalar-not-map
  document-is-string)
# (wrong-type-bool.yaml says `reversible: yes`: a string in YAML 1.2, which relief and the YAML
# language server read, but true in the YAML 1.1 of Python's yaml module, so it is not tried here)

python3 - "$tmp/schema.json" "${#valid[@]}" "${valid[@]}" "${broken[@]}" <<'PY' || exit 1
import json, sys, yaml
from jsonschema import Draft202012Validator
schema = json.load(open(sys.argv[1]))
Draft202012Validator.check_schema(schema)
validator = Draft202012Validator(schema)
n = int(sys.argv[2])
valid, broken = sys.argv[3:3 + n], sys.argv[3 + n:]
def documents(path):
    return [d for d in yaml.safe_load_all(open(path, encoding="utf-8")) if d is not None]
bad = 0
for path in valid:
    for i, doc in enumerate(documents(path)):
        errors = list(validator.iter_errors(doc))
        if errors:
            print(f"FAIL: {path} document {i + 1} is valid for relief but not for the schema: {errors[0].message}")
            bad += 1
for name in broken:
    path = f"tests/bad/{name}.yaml"
    if all(validator.is_valid(doc) for doc in documents(path)):
        print(f"FAIL: the schema accepts {path}")
        bad += 1
# descriptions from relief-scenario(5) on every key of a scenario, an offer item and an ask
props = schema["properties"]
for where, keys in (("scenario", props), ("offer item", props["offer"]["items"]["properties"]),
                    ("ask", props["asks"]["items"]["properties"])):
    for key, sub in keys.items():
        if not sub.get("description"):
            print(f"FAIL: {where} key {key} has no description")
            bad += 1
if "A list of the measures the EU gives" not in props["offer"]["description"]:
    print("FAIL: offer's description is not relief-scenario(5)'s: " + props["offer"]["description"])
    bad += 1
print(f"{len(valid)} valid files and {len(broken)} broken ones checked")
sys.exit(1 if bad else 0)
PY
# the ids are the model's: a model with other measures gives other enums
"$bin" schema | python3 -c 'import json, sys; s = json.load(sys.stdin); sys.exit("potash-transit" not in s["properties"]["offer"]["items"]["properties"]["measure"]["enum"])' ||
  fail "the measures of the default model are not in the schema"
echo ok
