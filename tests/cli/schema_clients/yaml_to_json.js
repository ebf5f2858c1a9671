// Read YAML files as a YAML 1.2 client does (the npm package yaml, which yaml-language-server
// uses) and write each document as JSON, for ajv.
// usage: node yaml_to_json.js OUTDIR FILE...
// Writes OUTDIR/N.K.json for the K-th non-empty document of the N-th file, and prints a line per
// file: "N FILE DOCUMENTS", or "N FILE yaml-error MESSAGE" when the client cannot read it.
const fs = require('fs');
const path = require('path');
const YAML = require('yaml');

const out = process.argv[2];
process.argv.slice(3).forEach((file, n) => {
  const refuse = (e) => console.log(`${n} ${file} yaml-error ${String(e).split('\n')[0]}`);
  try {
    const docs = YAML.parseAllDocuments(fs.readFileSync(file, 'utf8'), {merge: true});
    const bad = docs.find((d) => d.errors && d.errors.length);
    if (bad)
      return refuse(bad.errors[0].message);
    let k = 0;
    for (const d of docs) {
      const v = d.toJS({maxAliasCount: 10000});
      if (v !== null && v !== undefined)
        fs.writeFileSync(path.join(out, `${n}.${k++}.json`), JSON.stringify(v));
    }
    console.log(`${n} ${file} ${k}`);
  } catch (e) {
    refuse(e.message);
  }
});
