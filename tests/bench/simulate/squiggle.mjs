// Run bench.squiggle through @quri/squiggle-lang's library API: node squiggle.mjs SAMPLES SEED
import { readFileSync } from "node:fs";
import { run } from "@quri/squiggle-lang";
const [samples, seed] = process.argv.slice(2);
const code = readFileSync(new URL("./bench.squiggle", import.meta.url), "utf8");
const out = await run(code, {
  environment: { sampleCount: Number(samples), xyPointLength: 1000, seed: String(seed) },
});
const result = out.getEndResult();
if (!result.ok) {
  console.error(result.value.toString());
  process.exit(1);
}
const { mean, p_net_positive } = result.value.asJS().value;
console.log(JSON.stringify({ mean, p_net_positive }));
