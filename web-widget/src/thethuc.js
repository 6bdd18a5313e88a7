// The engine for programs: `createChecker(config)` resolves to a checker whose methods resolve to
// plain objects. Positions are UTF-16 code units, as JavaScript strings are indexed.
import init, { Checker as WasmChecker, version as wasmVersion } from "./thethuc_wasm.js";

let loading = null;
let explaining = null;
const compiling = new Map();

// The smallest module that uses a SIMD instruction (i8x16.popcnt of a splat): valid only where
// WebAssembly SIMD (simd128) is supported. The usual detection, as in `wasm-feature-detect`.
const SIMD_PROBE = new Uint8Array([0, 97, 115, 109, 1, 0, 0, 0, 1, 5, 1, 96, 0, 1, 123, 3, 2, 1, 0, 10, 10, 1, 8, 0, 65, 0, 253, 15, 253, 98, 11]);

/** Whether this browser runs WebAssembly SIMD, which the default module is built with. */
export function simdSupported() {
  try {
    return WebAssembly.validate(SIMD_PROBE);
  } catch {
    return false;
  }
}

/**
 * The .wasm to load: `wasmUrl` if given; else, next to this file, the SIMD module where SIMD is
 * supported and the module built without it elsewhere (`simd: false` forces that one).
 * @param {{ wasmUrl?: string | URL, simd?: boolean }} [options]
 */
export function engineUrl(options = {}) {
  if (options.wasmUrl) return options.wasmUrl;
  const simd = options.simd ?? simdSupported();
  // Two literal `new URL(…, import.meta.url)`: bundlers copy both files and rewrite the URLs.
  return simd ? new URL("./thethuc_wasm_bg.wasm", import.meta.url) : new URL("./thethuc_wasm_nosimd_bg.wasm", import.meta.url);
}

/**
 * Fetches and compiles the engine once per URL, compiling while it downloads
 * (`WebAssembly.compileStreaming`; the server must send `application/wasm`). The compiled module
 * can be posted to workers, which then neither fetch nor compile it again.
 * @param {{ wasmUrl?: string | URL, simd?: boolean }} [options]
 * @returns {Promise<WebAssembly.Module>}
 */
export function compileEngine(options = {}) {
  const url = String(engineUrl(options));
  if (!compiling.has(url)) {
    const compiled = (async () => {
      const response = fetch(url);
      if (typeof WebAssembly.compileStreaming === "function") {
        try {
          return await WebAssembly.compileStreaming(response);
        } catch (error) {
          const r = await response;
          if (!r.ok || r.headers.get("content-type")?.split(";")[0] === "application/wasm") throw error;
          console.warn(`thethuc: ${url} is not served as application/wasm, so it is compiled only once downloaded`);
        }
      }
      const r = await fetch(url);
      if (!r.ok) throw new Error(`${r.status} ${r.statusText}`);
      return WebAssembly.compile(await r.arrayBuffer());
    })();
    compiled.catch(() => compiling.delete(url));
    compiling.set(url, compiled);
  }
  return compiling.get(url);
}

/**
 * Loads the WebAssembly engine once: `options.module` if given (compiled elsewhere, e.g. posted
 * by the page to a worker), else from `wasmUrl` (default: next to this file, see `engineUrl`).
 * @param {string | URL} [wasmUrl]
 * @param {{ module?: WebAssembly.Module, simd?: boolean }} [options]
 */
export function loadEngine(wasmUrl, options = {}) {
  if (!loading) {
    const where = engineUrl({ ...options, wasmUrl });
    loading = (async () => init({ module_or_path: options.module ?? (await compileEngine({ ...options, wasmUrl })) }))().catch((error) => {
      loading = null;
      throw new Error(`Không tải được bộ kiểm tra thethuc (cannot load the WebAssembly engine from ${where}): ${error.message ?? error}`);
    });
  }
  return loading;
}

/**
 * Loads the rules' explanations, summaries and examples once (from `url`, default: explanations.json next to
 * this file). The .wasm is built without them to stay small. A failed load leaves them empty.
 */
function loadExplanations(url) {
  if (!explaining) {
    const from = url ?? new URL("./explanations.json", import.meta.url);
    explaining = fetch(from)
      .then((response) => (response.ok ? response.json() : {}))
      .catch(() => ({}));
  }
  return explaining;
}

/** Creates a checker. `config` has the fields of thethuc.toml (stage, lang, select, ignore, …). */
export async function createChecker(config = {}, options = {}) {
  // The explanations download while the engine loads: the first report needs both.
  const texts = loadExplanations(options.explanationsUrl);
  await loadEngine(options.wasmUrl, options);
  const engine = new WasmChecker(config);
  const lang = engine.config?.lang === "en" ? "en" : "vi";
  // Fills `explanation` on findings or rules the engine left it empty on, and a rule's summary and
  // examples.
  const explain = async (items) => {
    const loaded = await texts;
    const table = loaded[lang] ?? {};
    const examples = loaded.examples ?? {};
    const summaries = loaded.summary?.[lang] ?? {};
    for (const item of items) {
      if (!item.explanation) item.explanation = table[item.code] ?? "";
      if ("summary" in item && !item.summary) item.summary = summaries[item.code] ?? "";
      if ("bad" in item && !item.bad) item.bad = examples[item.code]?.bad ?? "";
      if ("good" in item && !item.good) item.good = examples[item.code]?.good ?? "";
    }
  };
  return {
    /** The synchronous engine, for callers that want no promise. */
    engine,
    config: engine.config,
    check: async (text) => {
      const report = engine.check(text);
      await explain(report.diagnostics);
      return report;
    },
    checkBlocks: async (blocks) => {
      const report = engine.checkBlocks(blocks);
      await explain(report.diagnostics);
      return report;
    },
    applyFixes: async (text, diagnostics, fixOptions) => engine.applyFixes(text, diagnostics, fixOptions),
    selectEdits: async (text, diagnostics, fixOptions) => engine.selectEdits(text, diagnostics, fixOptions),
    fixAll: async (text, fixOptions) => engine.fixAll(text, fixOptions),
    rules: async () => {
      const rules = engine.rules();
      await explain(rules);
      return rules;
    },
    free: () => engine.free(),
  };
}

/** The engine's version, once loaded. */
export async function version(wasmUrl) {
  await loadEngine(wasmUrl);
  return wasmVersion();
}
