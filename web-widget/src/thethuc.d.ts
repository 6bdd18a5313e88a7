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
}

export function loadEngine(wasmUrl?: string | URL): Promise<unknown>;
export function createChecker(config?: Config, options?: CreateOptions): Promise<Checker>;
export function version(wasmUrl?: string | URL): Promise<string>;
