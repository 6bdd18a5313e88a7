// The .wasm's size budget (BENCHMARKS.md): 400 KB gzipped, as `npm run build` measures it in
// dist/size.json (wasm-bindgen, wasm-opt -Os --converge, gzip level 9).
import assert from "node:assert/strict";
import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { it } from "node:test";
import { fileURLToPath } from "node:url";

const pkg = join(dirname(fileURLToPath(import.meta.url)), "..");
const WASM_GZIP_BUDGET = 400 * 1024;

it(`the .wasm is under ${WASM_GZIP_BUDGET} bytes gzipped`, () => {
  const file = join(pkg, "dist", "size.json");
  assert.ok(existsSync(file), "dist/size.json is missing: run `npm run build` first");
  const { gzip, raw } = JSON.parse(readFileSync(file, "utf8"));
  assert.ok(Number.isInteger(gzip) && gzip > 0, `dist/size.json has no gzipped size: ${gzip}`);
  console.log(`thethuc_wasm_bg.wasm: ${raw} bytes raw, ${gzip} gzipped (budget ${WASM_GZIP_BUDGET})`);
  assert.ok(gzip <= WASM_GZIP_BUDGET, `the .wasm is ${gzip} bytes gzipped, over its budget of ${WASM_GZIP_BUDGET} by ${gzip - WASM_GZIP_BUDGET}`);
});
