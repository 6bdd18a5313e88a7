// The .wasm's size budget (BENCHMARKS.md): 400 KB gzipped for each module `npm run build` makes
// (the default one with WebAssembly SIMD, and the fallback without), as it measures them in
// dist/size.json (wasm-bindgen, wasm-opt -Os --converge --low-memory-unused, gzip level 9).
import assert from "node:assert/strict";
import { existsSync, readFileSync, statSync } from "node:fs";
import { dirname, join } from "node:path";
import { it } from "node:test";
import { fileURLToPath } from "node:url";

const pkg = join(dirname(fileURLToPath(import.meta.url)), "..");
const WASM_GZIP_BUDGET = 400 * 1024;
const MODULES = ["thethuc_wasm_bg.wasm", "thethuc_wasm_nosimd_bg.wasm"];

for (const name of MODULES) {
  it(`${name} is under ${WASM_GZIP_BUDGET} bytes gzipped`, () => {
    const file = join(pkg, "dist", "size.json");
    assert.ok(existsSync(file), "dist/size.json is missing: run `npm run build` first");
    const entry = JSON.parse(readFileSync(file, "utf8")).modules?.[name];
    assert.ok(entry, `dist/size.json has no entry for ${name}`);
    const { gzip, raw } = entry;
    assert.ok(Number.isInteger(gzip) && gzip > 0, `dist/size.json has no gzipped size for ${name}: ${gzip}`);
    assert.equal(raw, statSync(join(pkg, "dist", name)).size, `dist/size.json is not about the ${name} in dist/`);
    console.log(`${name}: ${raw} bytes raw, ${gzip} gzipped (budget ${WASM_GZIP_BUDGET})`);
    assert.ok(gzip <= WASM_GZIP_BUDGET, `${name} is ${gzip} bytes gzipped, over its budget of ${WASM_GZIP_BUDGET} by ${gzip - WASM_GZIP_BUDGET}`);
  });
}
