// Builds dist/: the engine as WebAssembly (cargo → wasm-bindgen --target web → wasm-opt from npm
// binaryen), the rules' explanations as JSON, the ES modules of src/, and the .d.ts types. Prints
// the .wasm size raw and gzipped.
import { execFileSync } from "node:child_process";
import { copyFileSync, cpSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";

const here = dirname(fileURLToPath(import.meta.url));
const pkg = resolve(here, "..");
const repo = resolve(pkg, "..");
const dist = join(pkg, "dist");
const targetDir = process.env.CARGO_TARGET_DIR ? resolve(repo, process.env.CARGO_TARGET_DIR) : join(repo, "target");

function run(cmd, args, opts = {}) {
  console.log(`$ ${cmd} ${args.join(" ")}`);
  try {
    execFileSync(cmd, args, { stdio: "inherit", cwd: repo, ...opts });
  } catch (e) {
    if (e.code === "ENOENT") {
      console.error(`build: '${cmd}' not found. Run 'bash scripts/test-all.sh' once (it installs the tools), or see web-widget/README.md.`);
    }
    process.exit(1);
  }
}

// wasm-bindgen must match the crate's pinned version exactly, or the glue is wrong.
const pinned = readFileSync(join(repo, "crates/thethuc-wasm/Cargo.toml"), "utf8").match(/wasm-bindgen = "=([0-9.]+)"/)[1];
let found = "";
try {
  found = execFileSync("wasm-bindgen", ["--version"], { encoding: "utf8" }).trim();
} catch {
  found = "(not installed)";
}
if (!found.endsWith(` ${pinned}`)) {
  console.error(`build: wasm-bindgen ${pinned} is needed, found ${found}. Install it: cargo install wasm-bindgen-cli --version ${pinned}`);
  process.exit(1);
}

run("cargo", ["build", "--locked", "--target", "wasm32-unknown-unknown", "--profile", "wasm-release", "-p", "thethuc-wasm"]);
const built = join(targetDir, "wasm32-unknown-unknown", "wasm-release", "thethuc_wasm.wasm");

rmSync(dist, { recursive: true, force: true });
mkdirSync(dist, { recursive: true });
run("wasm-bindgen", ["--target", "web", "--out-dir", dist, "--out-name", "thethuc_wasm", built]);
const wasm = join(dist, "thethuc_wasm_bg.wasm");
const rawBefore = statSync(wasm).size;
run(join(pkg, "node_modules", ".bin", "wasm-opt"), [
  "-Os", "--converge", "--enable-bulk-memory", "--enable-nontrapping-float-to-int", "--strip-debug", "--strip-producers", wasm, "-o", wasm,
]);

// The rules' long explanations: the .wasm is built without them (they are a third of its text);
// thethuc.js loads this file the first time a report is made.
console.log("$ cargo run --locked -q -p thethuc --example explanations > dist/explanations.json");
const explanations = execFileSync("cargo", ["run", "--locked", "-q", "-p", "thethuc", "--example", "explanations"], {
  cwd: repo,
  encoding: "utf8",
  maxBuffer: 16 << 20,
});
JSON.parse(explanations);
writeFileSync(join(dist, "explanations.json"), explanations);

// The modules as they are (widget.js imports its parts from widget/).
cpSync(join(pkg, "src"), dist, { recursive: true });

// The demo's documents, from the repository's fixtures (a seed and a real document with a header).
mkdirSync(join(dist, "samples"));
for (const [from, to] of [
  ["fixtures/corpus/seeds/003_944502987addf757.txt", "seed-003.txt"],
  ["fixtures/corpus/real/01_tb-1894-sct-laocai.txt", "real-01.txt"],
]) {
  copyFileSync(join(repo, from), join(dist, "samples", to));
}

const bytes = readFileSync(wasm);
const gzipped = gzipSync(bytes, { level: 9 }).length;
const sizes = { raw: bytes.length, gzip: gzipped, beforeWasmOpt: rawBefore };
writeFileSync(join(dist, "size.json"), JSON.stringify(sizes, null, 2) + "\n");
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
console.log(`thethuc_wasm_bg.wasm: ${kb(bytes.length)} raw, ${kb(gzipped)} gzipped (before wasm-opt: ${kb(rawBefore)})`);
