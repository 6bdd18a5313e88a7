// The engine for programs: `createChecker(config)` resolves to a checker whose methods resolve to
// plain objects. Positions are UTF-16 code units, as JavaScript strings are indexed.
import init, { Checker as WasmChecker, version as wasmVersion } from "./thethuc_wasm.js";

let loading = null;

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

/** Creates a checker. `config` has the fields of thethuc.toml (stage, lang, select, ignore, …). */
export async function createChecker(config = {}, options = {}) {
  await loadEngine(options.wasmUrl);
  const engine = new WasmChecker(config);
  return {
    /** The synchronous engine, for callers that want no promise. */
    engine,
    config: engine.config,
    check: async (text) => engine.check(text),
    checkBlocks: async (blocks) => engine.checkBlocks(blocks),
    applyFixes: async (text, diagnostics, fixOptions) => engine.applyFixes(text, diagnostics, fixOptions),
    selectEdits: async (text, diagnostics, fixOptions) => engine.selectEdits(text, diagnostics, fixOptions),
    fixAll: async (text, fixOptions) => engine.fixAll(text, fixOptions),
    rules: async () => engine.rules(),
    free: () => engine.free(),
  };
}

/** The engine's version, once loaded. */
export async function version(wasmUrl) {
  await loadEngine(wasmUrl);
  return wasmVersion();
}
