// Builds dist/: the engine as WebAssembly (cargo → wasm-bindgen --target web → wasm-opt from npm
// binaryen), the rules' explanations as JSON, the ES modules of src/, and the .d.ts types. Prints
// each .wasm's size raw and gzipped (dist/size.json).
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

// Two modules of the same engine: the default one with WebAssembly SIMD (`+simd128`, which memchr
// and simdutf8 use, and which LLVM may use to vectorise loops), and one without for browsers that
// lack SIMD; thethuc.js picks one by feature detection at load time. Each has its own target
// directory, since the target features change every crate's code.
const MODULES = [
  { file: "thethuc_wasm_bg.wasm", simd: true, target: join(targetDir, "wasm-simd") },
  { file: "thethuc_wasm_nosimd_bg.wasm", simd: false, target: targetDir },
];
// WASM_KEEP_NAMES=1: keep the functions' names (for profiles, scripts/profile-worker.mjs); the
// same code, a bigger file, not for shipping.
const keepNames = process.env.WASM_KEEP_NAMES === "1";

rmSync(dist, { recursive: true, force: true });
mkdirSync(dist, { recursive: true });
const scratch = join(dist, ".bindgen");
const sizes = { modules: {} };
let glue = null;
for (const m of MODULES) {
  // Three ways to build, the smallest first; the first that works is kept (a warning says which
  // cut was left out, and the size check below tells whether the module stays in budget).
  // -Zlocation-detail=none: a panic's source location (file, line, column) left out of the
  // module. A panic here traps (panic = "abort", no hook), so no one ever reads them, yet each
  // of the ~1,500 places that may panic (a slice's bounds, an unwrap) kept a 16-byte record in
  // the data section: −13 KB gzipped. -Cpanic=immediate-abort with the standard library built
  // from source (-Zbuild-std, which needs the toolchain's `rust-src` component): a panic is the
  // trap itself, so neither std's panic machinery (hook, payload, message formatting) nor the
  // arguments each panicking place passes to it are in the module. What JavaScript sees is the
  // same (a `RuntimeError: unreachable`). The standard library's `optimize_for_size` feature:
  // its smaller sort, integer printing and counting code, with the same results (our sorts are
  // stable ones, whose result does not depend on the algorithm). These are -Z flags, taken by
  // the pinned stable rustc and cargo only with RUSTC_BOOTSTRAP=1, set for this build alone
  // (tests and the native builds do not use them).
  const features = m.simd ? ["-C target-feature=+simd128"] : [];
  const cargoArgs = ["build", "--locked", "--target", "wasm32-unknown-unknown", "--profile", "wasm-release", "-p", "thethuc-wasm"];
  const attempts = [
    {
      what: "std from source with -Cpanic=immediate-abort and optimize_for_size",
      extraArgs: ["-Zbuild-std=std,panic_abort", "-Zbuild-std-features=optimize_for_size"],
      flags: [...features, "-Zlocation-detail=none", "-Zunstable-options", "-Cpanic=immediate-abort"],
      bootstrap: true,
    },
    { what: "-Zlocation-detail=none", extraArgs: [], flags: [...features, "-Zlocation-detail=none"], bootstrap: true },
    { what: "no cut", extraArgs: [], flags: features, bootstrap: false },
  ];
  let builtWith = null;
  for (const a of attempts) {
    const flags = a.flags.join(" ");
    const args = [...cargoArgs, ...a.extraArgs];
    console.log(`$ ${a.bootstrap ? "RUSTC_BOOTSTRAP=1 " : ""}CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS="${flags}" CARGO_TARGET_DIR=${m.target} cargo ${args.join(" ")}`);
    try {
      execFileSync("cargo", args, {
        stdio: "inherit", cwd: repo,
        env: {
          ...process.env, CARGO_TARGET_DIR: m.target, CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS: flags,
          ...(a.bootstrap ? { RUSTC_BOOTSTRAP: "1" } : {}),
        },
      });
      builtWith = a.what;
      break;
    } catch {
      console.warn(`build: the build with ${a.what} failed; trying the next (${a === attempts[0] ? "the std from source needs 'rustup component add rust-src'; about 9.4 KB gzipped more without it" : "this rustc refused -Zlocation-detail=none; about 13 KB gzipped more without it"})`);
    }
  }
  if (builtWith === null) {
    console.error("build: cargo failed");
    process.exit(1);
  }
  const built = join(m.target, "wasm32-unknown-unknown", "wasm-release", "thethuc_wasm.wasm");
  rmSync(scratch, { recursive: true, force: true });
  run("wasm-bindgen", ["--target", "web", "--out-dir", scratch, "--out-name", "thethuc_wasm", built]);
  // One glue for both modules: they export and import the same functions.
  const js = readFileSync(join(scratch, "thethuc_wasm.js"), "utf8");
  if (glue === null) {
    glue = js;
    for (const f of ["thethuc_wasm.js", "thethuc_wasm.d.ts", "thethuc_wasm_bg.wasm.d.ts"]) copyFileSync(join(scratch, f), join(dist, f));
  } else if (js !== glue) {
    console.error("build: wasm-bindgen wrote different glue for the SIMD and the non-SIMD module; thethuc.js loads both with one");
    process.exit(1);
  }
  const wasm = join(dist, m.file);
  copyFileSync(join(scratch, "thethuc_wasm_bg.wasm"), wasm);
  const rawBefore = statSync(wasm).size;
  // --low-memory-unused: binaryen may fold `x + C` (C < 1024) into a load's or store's offset,
  // which differs from the wrapping add only when x + C passes 2^32, i.e. for a pointer within
  // 1 KB of 4 GB: no Rust pointer here is (the memory stays far below 4 GB). -2 KB gzipped.
  run(join(pkg, "node_modules", ".bin", "wasm-opt"), [
    // --generate-global-effects before and --gufa-optimizing after -Os: whole-module facts
    // (which calls have no effect, which values a location can hold) that -Os alone does not
    // use; about -100 bytes gzipped.
    // --reorder-functions-by-name first: the functions in the order of their names, so that the
    // copies of one generic function and the functions of one module sit side by side, where
    // gzip finds their likenesses (only the order of the code in the file changes; about -5 KB
    // gzipped; placed first it gave 150 bytes less than placed last).
    "--reorder-functions-by-name", "--generate-global-effects", "-Os", "--converge", "--gufa-optimizing", "--low-memory-unused", "--enable-bulk-memory", "--enable-nontrapping-float-to-int", ...(m.simd ? ["--enable-simd"] : []),
    // --strip-target-features: that section is for wasm-bindgen, which has run (-132 bytes).
    ...(keepNames ? ["-g"] : ["--strip-debug"]), "--strip-producers", "--strip-target-features", wasm, "-o", wasm,
  ]);
  const bytes = readFileSync(wasm);
  sizes.modules[m.file] = { simd: m.simd, raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length, beforeWasmOpt: rawBefore, builtWith: builtWith };
}
rmSync(scratch, { recursive: true, force: true });

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

// The default (SIMD) module's figures at the top level, as before; every module's under `modules`.
Object.assign(sizes, (({ raw, gzip, beforeWasmOpt }) => ({ raw, gzip, beforeWasmOpt }))(sizes.modules[MODULES[0].file]));
writeFileSync(join(dist, "size.json"), JSON.stringify(sizes, null, 2) + "\n");
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
for (const [file, m] of Object.entries(sizes.modules)) {
  console.log(`${file}: ${kb(m.raw)} raw, ${kb(m.gzip)} gzipped (before wasm-opt: ${kb(m.beforeWasmOpt)})`);
}
