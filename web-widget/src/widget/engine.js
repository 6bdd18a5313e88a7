// The bridge to the engine: checks run in a Web Worker (worker.js) when one can be started, else
// on the page's thread. Both engines answer `run(op, ...args)` with `{ result, ms }`.
import { compileEngine, createChecker } from "../thethuc.js";

/** @typedef {import("../thethuc.js").Config} Config */
/** What the engine answered, and how long it took in milliseconds. @typedef {{ result: any, ms: number }} Timed */

export class WorkerEngine {
  constructor(worker) {
    this.worker = worker;
    this.next = 1;
    this.pending = new Map();
    this.inWorker = true;
    worker.onmessage = ({ data }) => {
      const waiting = this.pending.get(data.id);
      if (!waiting) return;
      this.pending.delete(data.id);
      if (data.error !== undefined) waiting.reject(new Error(data.error));
      else waiting.resolve({ result: data.result, ms: data.ms ?? 0 });
    };
    worker.onerror = (event) => {
      const error = new Error(event.message || "thethuc worker failed");
      for (const waiting of this.pending.values()) waiting.reject(error);
      this.pending.clear();
    };
  }
  /** @returns {Promise<Timed>} */
  call(op, ...args) {
    const id = this.next++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      this.worker.postMessage({ id, op, args });
    });
  }
  /**
   * @param {Config} config
   * @param {EngineOptions} [options]
   */
  async init(config, options = {}) {
    try {
      await this.call("init", config, options);
    } catch (error) {
      // A browser that cannot post a compiled module to a worker: the worker loads its own.
      if (error?.name !== "DataCloneError" || !options.module) throw error;
      await this.call("init", config, { ...options, module: undefined });
    }
  }
  /**
   * Runs a method of the checker (`check`, `checkBlocks`, `selectEdits`, `fixAll`…).
   * @param {string} op
   * @returns {Promise<Timed>}
   */
  async run(op, ...args) {
    return this.call(op, ...args);
  }
  dispose() {
    this.worker.terminate();
  }
}

export class MainThreadEngine {
  constructor() {
    this.inWorker = false;
    this.checker = null;
  }
  /**
   * @param {Config} config
   * @param {EngineOptions} [options]
   */
  async init(config, options = {}) {
    this.checker?.free();
    this.checker = await createChecker(config, options);
  }
  /**
   * Runs a method of the checker (`check`, `checkBlocks`, `selectEdits`, `fixAll`…).
   * @param {string} op
   * @returns {Promise<Timed>}
   */
  async run(op, ...args) {
    const started = performance.now();
    const result = await this.checker[op](...args);
    return { result, ms: performance.now() - started };
  }
  dispose() {
    this.checker?.free();
  }
}

/** How the engine is loaded. @typedef {{ module?: WebAssembly.Module, simd?: boolean }} EngineOptions */

/**
 * The engine's load options for this page. The page's address can force the module built without
 * SIMD (`?thethuc-wasm=nosimd`), to test the fallback in a browser that has SIMD.
 * @returns {EngineOptions}
 */
function pageOptions() {
  const forced = new URLSearchParams(globalThis.location?.search ?? "").get("thethuc-wasm");
  return forced === "nosimd" ? { simd: false } : forced === "simd" ? { simd: true } : {};
}

/**
 * Starts fetching and compiling the engine for this page now, once for all its widgets. A page
 * that calls it early (before its editors are filled, say) overlaps the download with its own.
 * Resolves to the compiled module, or `undefined` if it failed here (a worker then tries on its
 * own and reports the error).
 * @returns {Promise<WebAssembly.Module | undefined>}
 */
export function prepareEngine() {
  return compileEngine(pageOptions()).catch(() => undefined);
}

/**
 * Starts an engine with `config`: in a worker if possible; a config error is thrown. The page
 * fetches and compiles the .wasm once (streaming) and posts the compiled module to each worker.
 * @param {Config} config
 */
export async function startEngine(config) {
  const options = pageOptions();
  // Compiled once for every widget of the page, while the worker starts.
  const compiled = prepareEngine();
  try {
    const worker = new Worker(new URL("../worker.js", import.meta.url), { type: "module" });
    const engine = new WorkerEngine(worker);
    await engine.init(config, { ...options, module: await compiled });
    return engine;
  } catch (error) {
    // A config error is the user's to see; anything else (no Worker, CSP): run on this thread.
    if (/cấu hình|config/i.test(String(error?.message))) throw error;
    const engine = new MainThreadEngine();
    await engine.init(config, { ...options, module: await compiled });
    return engine;
  }
}
