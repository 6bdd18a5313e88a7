// The engine for programs: `createChecker(config)` resolves to a checker whose methods resolve to
// plain objects. Positions are UTF-16 code units, as JavaScript strings are indexed.
import init, { Checker as WasmChecker, version as wasmVersion } from "./thethuc_wasm.js";

let loading = null;
let explaining = null;

/** Loads the WebAssembly module once (from `wasmUrl`, default: next to this file). */
export function loadEngine(wasmUrl) {
  if (!loading) {
    const url = wasmUrl ?? new URL("./thethuc_wasm_bg.wasm", import.meta.url);
    loading = init({ module_or_path: url }).catch((error) => {
      loading = null;
      throw new Error(`Không tải được bộ kiểm tra thethuc (cannot load the WebAssembly engine from ${url}): ${error.message ?? error}`);
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
  await loadEngine(options.wasmUrl);
  const engine = new WasmChecker(config);
  const lang = engine.config?.lang === "en" ? "en" : "vi";
  const texts = loadExplanations(options.explanationsUrl);
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
