// The widget's JavaScript and .d.ts files against the types generated from the engine's Rust
// types (crates/thethuc-wasm/types.d.ts, which wasm-bindgen puts in dist/thethuc_wasm.d.ts):
// `tsc -p tsconfig.json` must find no error.
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { it } from "node:test";
import { fileURLToPath } from "node:url";

const pkg = join(dirname(fileURLToPath(import.meta.url)), "..");

it("the widget type-checks against the generated types", () => {
  assert.ok(existsSync(join(pkg, "dist", "thethuc_wasm.d.ts")), "dist/ is missing: run `npm run build` first");
  const run = spawnSync(join(pkg, "node_modules", ".bin", "tsc"), ["-p", pkg], { encoding: "utf8" });
  assert.equal(run.error, undefined, `tsc did not run (npm ci installs it): ${run.error}`);
  assert.equal(run.status, 0, `tsc found errors:\n${run.stdout}${run.stderr}`);
});
