#!/usr/bin/env bash
# relief schema against its real clients (issue 15, item 14): ajv 8 in strict mode (ajv-cli and
# ajv-formats) compiles it and judges every preset, every file of the bad-input corpus and of the
# YAML conformance cases as relief does; yaml-language-server, driven over stdio as an editor
# drives it, puts its first diagnostic on each refused file at relief's line and column, and none
# on the presets. The npm packages live in RELIEF_NPM_DIR (default build/npm), where the README's
# test command installs them; without them the test skips.
set -u
bin=$1
here=$(cd "$(dirname "$0")" && pwd)
npm_dir=${RELIEF_NPM_DIR:-$PWD/build/npm}
ajv=$npm_dir/node_modules/.bin/ajv
server=$npm_dir/node_modules/.bin/yaml-language-server
if ! command -v node >/dev/null || [ ! -x "$ajv" ] || [ ! -x "$server" ] ||
  [ ! -d "$npm_dir/node_modules/ajv-formats" ] || [ ! -d "$npm_dir/node_modules/yaml" ]; then
  echo "skipped: node and the npm packages ajv-cli, ajv-formats and yaml-language-server are not in $npm_dir (the README's test command installs them)"
  exit 77
fi
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail() { echo "FAIL: $*"; exit 1; }

"$bin" schema >"$tmp/schema.json" || fail "relief schema: status $?"
"$ajv" compile --spec=draft2020 --strict=true -c ajv-formats -s "$tmp/schema.json" >"$tmp/compile" 2>&1 ||
  fail "ajv --strict=true refuses the schema: $(cat "$tmp/compile")"

files=(scenarios/*.yaml tests/bad/*.yaml tests/yaml/*.yaml)
mkdir "$tmp/json"
NODE_PATH=$npm_dir/node_modules node --no-warnings "$here/schema_clients/yaml_to_json.js" "$tmp/json" "${files[@]}" \
  >"$tmp/read" || fail "yaml_to_json.js"
"$ajv" validate --spec=draft2020 --strict=true -c ajv-formats -s "$tmp/schema.json" \
  -d "$tmp/json/*.json" >"$tmp/ajv" 2>&1
for f in "${files[@]}"; do
  "$bin" validate -q "$f" >/dev/null 2>"$tmp/err"
  echo "$? $(head -n 1 "$tmp/err" | cut -d: -f1-3)"
done >"$tmp/relief"
python3 "$here/schema_clients/lsp_diagnostics.py" "$server" "$tmp/schema.json" "${files[@]}" \
  >"$tmp/lsp" || fail "yaml-language-server"

python3 - "$tmp" "$here/schema_clients/beyond_schema.txt" "${files[@]}" <<'PY'
import json, os, re, sys
tmp, beyond_file, files = sys.argv[1], sys.argv[2], sys.argv[3:]
beyond, editor_only = {}, {}
for line in open(beyond_file):
    if line.strip() and not line.startswith("#"):
        name, why = line.split(":", 1)
        if name.endswith(" [editor]"):
            editor_only[name[:-len(" [editor]")]] = why.strip()
        else:
            beyond[name.strip()] = why.strip()
read = [l.split(" ", 3) for l in open(f"{tmp}/read").read().splitlines()]
ajv = {}
for l in open(f"{tmp}/ajv"):
    m = re.match(r".*/json/(\d+)\.\d+\.json (valid|invalid)$", l.strip())
    if m:
        ajv.setdefault(int(m.group(1)), []).append(m.group(2) == "valid")
relief = [l.split(" ", 1) for l in open(f"{tmp}/relief").read().splitlines()]
lsp = json.load(open(f"{tmp}/lsp"))
bad, agree, disagree_listed = 0, 0, set()
for n, f in enumerate(files):
    name = os.path.splitext(os.path.basename(f))[0]
    status, where = relief[n][0], relief[n][1].strip() if len(relief[n]) > 1 else ""
    relief_ok = status == "0"
    client_reads = read[n][2] != "yaml-error"
    schema_ok = client_reads and all(ajv.get(n, [True]))
    # valid YAML that yaml-cpp 0.7 cannot read (relief-scenario(5), YAML features)
    deviation = f.startswith("tests/yaml/") and "documented deviation" in open(f).read(300)
    if relief_ok != schema_ok:
        if deviation and schema_ok:
            disagree_listed.add(f)
            continue
        if not relief_ok and name in beyond and f.startswith("tests/bad/"):
            disagree_listed.add(name)
            continue
        print(f"FAIL: {f}: relief {'accepts' if relief_ok else 'refuses'} it, ajv "
              f"{'accepts' if schema_ok else 'refuses'} it"
              + ("" if client_reads else f" (a YAML 1.2 client cannot read it: {read[n][3]})"))
        bad += 1
        continue
    agree += 1
    errors = [d for d in lsp.get(f, [])]
    if relief_ok and errors:
        print(f"FAIL: yaml-language-server flags {f}, which relief accepts: {errors[0]}")
        bad += 1
    if not relief_ok and client_reads:
        # the editor's diagnostic stands where relief's error does
        want = where.split(":")[1:3]
        at_relief = any([str(e[0]), str(e[1])] == want for e in errors)
        if name in editor_only and f.startswith("tests/bad/"):
            disagree_listed.add(name)
            if at_relief:
                print(f"FAIL: {name} is listed as [editor], but the editor now agrees")
                bad += 1
        elif not at_relief:
            print(f"FAIL: {f}: relief's error is at {':'.join(want)}, yaml-language-server's at "
                  f"{[f'{e[0]}:{e[1]} {e[2]}' for e in errors]}")
            bad += 1
for name in sorted((set(beyond) | set(editor_only)) - disagree_listed):
    print(f"FAIL: {name} is listed as beyond the schema, but relief and ajv now agree on it")
    bad += 1
print(f"{agree} files judged alike by relief, ajv and yaml-language-server "
      f"({len(editor_only)} of them with the editor's diagnostic elsewhere); "
      f"{len(beyond)} beyond what a schema can express; "
      f"{len(disagree_listed) - len(beyond) - len(editor_only)} valid YAML that yaml-cpp refuses")
sys.exit(1 if bad else 0)
PY
