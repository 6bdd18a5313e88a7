// Fixes: one fix of one finding (the engine picks its edits, the editor applies them in place),
// or every safe fix until nothing changes, as `thethuc check --fix` does.

/** @typedef {import("../thethuc.js").Report} Report */
/** @typedef {import("../thethuc.js").Diagnostic} Diagnostic */
/** @typedef {import("../thethuc.js").Fix} Fix */
/** @typedef {import("../thethuc.js").Edit} Edit */
/** @typedef {import("../thethuc.js").FixAllResult} FixAllResult */
/** @typedef {import("./engine.js").WorkerEngine | import("./engine.js").MainThreadEngine} Engine */
/** @typedef {import("./editors.js").TextareaHost | import("./editors.js").EditableHost} Host */

/**
 * The finding's first safe fix, if it has one.
 * @param {Diagnostic} d
 * @returns {Fix | undefined}
 */
export function safeFix(d) {
  return d.fixes.find((f) => f.applicability === "safe");
}

/**
 * Applies one fix of a finding of `report`, made on `text`, to the editor.
 * @param {Engine} engine
 * @param {Host} host
 * @param {string} text
 * @param {Report} report
 * @param {Diagnostic} d
 * @param {Fix} fix
 */
export async function applyFix(engine, host, text, report, d, fix) {
  const one = { ...d, fixes: [fix] };
  /** @type {{ result: Edit[] }} */
  const { result: edits } = await engine.run("selectEdits", text, [one], { unsafe: fix.applicability === "unsafe" });
  host.applyEdits(edits, report.blockStarts);
}

/**
 * Applies every safe fix until nothing changes.
 * @param {Engine} engine
 * @param {Host} host
 */
export async function applySafeFixes(engine, host) {
  if (host.kind === "textarea") {
    /** @type {{ result: FixAllResult }} */
    const { result } = await engine.run("fixAll", host.el.value, { unsafe: false });
    if (result.text !== host.el.value) host.replaceAll(result.text);
    return;
  }
  // The editor's own DOM is edited in place (its formatting stays); one pass per round.
  for (let round = 0; round < 10; round++) {
    const input = host.read();
    /** @type {{ result: Report }} */
    const { result: report } = await engine.run("checkBlocks", input.blocks);
    /** @type {{ result: Edit[] }} */
    const { result: edits } = await engine.run("selectEdits", input.text, report.diagnostics, { unsafe: false });
    if (!edits.length) break;
    host.applyEdits(edits, report.blockStarts);
  }
}
