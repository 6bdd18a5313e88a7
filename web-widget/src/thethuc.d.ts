import type { Block, Config, Diagnostic, Edit, FixAllResult, FixOptions, Report, RuleInfo } from "./thethuc_wasm.js";
import type { Checker as WasmChecker } from "./thethuc_wasm.js";
export type * from "./thethuc_wasm.js";

export interface Checker {
  /** The synchronous engine. */
  engine: WasmChecker;
  /** The effective configuration. */
  config: Config;
  check(text: string): Promise<Report>;
  checkBlocks(blocks: Block[]): Promise<Report>;
  applyFixes(text: string, diagnostics: Diagnostic[], options?: FixOptions): Promise<string>;
  selectEdits(text: string, diagnostics: Diagnostic[], options?: FixOptions): Promise<Edit[]>;
  fixAll(text: string, options?: FixOptions): Promise<FixAllResult>;
  rules(): Promise<RuleInfo[]>;
  free(): void;
}

export interface CreateOptions {
  /** Where the .wasm is served, when not next to thethuc.js (bundlers). */
  wasmUrl?: string | URL;
  /** Where explanations.json is served, when not next to thethuc.js. */
  explanationsUrl?: string | URL;
  /** An engine already compiled (`compileEngine`), e.g. posted by the page to a worker. */
  module?: WebAssembly.Module;
  /** `false`: the module built without WebAssembly SIMD even where SIMD is supported. Default: detected. */
  simd?: boolean;
}

export interface EngineOptions {
  wasmUrl?: string | URL;
  simd?: boolean;
}

/** Whether this browser runs WebAssembly SIMD (what the default module is built with). */
export function simdSupported(): boolean;
/** The .wasm `compileEngine` fetches: `wasmUrl`, else the SIMD or the non-SIMD module next to thethuc.js. */
export function engineUrl(options?: EngineOptions): string | URL;
/** Fetches and compiles the engine once per URL, streaming (`WebAssembly.compileStreaming`). */
export function compileEngine(options?: EngineOptions): Promise<WebAssembly.Module>;
export function loadEngine(wasmUrl?: string | URL, options?: { module?: WebAssembly.Module; simd?: boolean }): Promise<unknown>;
export function createChecker(config?: Config, options?: CreateOptions): Promise<Checker>;
export function version(wasmUrl?: string | URL): Promise<string>;
