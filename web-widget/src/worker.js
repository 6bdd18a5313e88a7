// Runs checks off the main thread for <thethuc-checker>. Messages: { id, op, args } →
// { id, result, ms } or { id, error }. `op` is "init" or a method of the checker.
import { createChecker } from "./thethuc.js";

let checker = null;
const OPS = new Set(["check", "checkBlocks", "applyFixes", "selectEdits", "fixAll", "rules"]);

self.onmessage = async ({ data }) => {
  const { id, op, args = [] } = data ?? {};
  try {
    if (op === "init") {
      checker?.free();
      checker = null;
      checker = await createChecker(args[0] ?? {}, args[1] ?? {});
      self.postMessage({ id, result: true });
      return;
    }
    if (!checker) throw new Error("thethuc worker: chưa khởi tạo (not initialised)");
    if (!OPS.has(op)) throw new Error(`thethuc worker: không rõ thao tác ${op} (unknown operation)`);
    const started = performance.now();
    const result = await checker[op](...args);
    self.postMessage({ id, result, ms: performance.now() - started });
  } catch (error) {
    self.postMessage({ id, error: String(error?.message ?? error) });
  }
};
