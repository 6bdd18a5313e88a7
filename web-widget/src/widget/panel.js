// The side panel: the findings grouped by component, each with its severity, code, place,
// message, legal basis, explanation and fix buttons; ↑/↓/Home/End move through the list. It
// knows nothing of the editor or the engine: the element hands it what to do on a click.
import { safeFix } from "./fixes.js";
import { FAMILY_ORDER } from "./text.js";

/** @typedef {import("../thethuc.js").Report} Report */
/** @typedef {import("../thethuc.js").Diagnostic} Diagnostic */
/** @typedef {import("../thethuc.js").Fix} Fix */
/** @typedef {import("./text.js").UiText} UiText */
/**
 * What the panel's buttons and items do.
 * @typedef {object} PanelActions
 * @property {(d: Diagnostic) => void} pick a finding was chosen: show it in the editor
 * @property {(d: Diagnostic, fix: Fix) => void} fix apply one fix of a finding
 * @property {() => void} fixAll apply every safe fix
 */

export const PANEL_CSS = `
:host { display: block; font: 14px/1.45 system-ui, "Segoe UI", Roboto, "Noto Sans", Arial, sans-serif; color: #1b1b1b; min-width: 0; }
.panel { border: 1px solid #c9ced6; border-radius: 8px; background: #fff; overflow: hidden; }
header { display: flex; flex-wrap: wrap; gap: 6px 12px; align-items: center; justify-content: space-between; padding: 10px 12px; background: #f3f5f8; border-bottom: 1px solid #dde1e7; }
h2 { font-size: 15px; margin: 0; }
.status { font-size: 13px; color: #444; }
.time { font-size: 12px; color: #666; }
.profile { flex-basis: 100%; margin: 0; font-size: 13px; color: #12355b; }
button { font: inherit; font-size: 13px; border: 1px solid #8a94a3; background: #fff; color: #1b1b1b; border-radius: 6px; padding: 3px 10px; cursor: pointer; }
button:hover { background: #eef2f7; }
button:focus-visible, .item:focus-visible, summary:focus-visible { outline: 3px solid #1a73e8; outline-offset: 2px; }
button.primary { background: #0b57d0; border-color: #0b57d0; color: #fff; }
button.primary:hover { background: #0a4dbb; }
button.unsafe { border-color: #b26a00; color: #7a4a00; }
button[disabled] { opacity: .5; cursor: default; }
.list { max-height: var(--thethuc-max-height, 70vh); overflow: auto; padding: 4px 0; }
section h3 { font-size: 13px; margin: 8px 12px 2px; color: #37474f; text-transform: none; }
ul { list-style: none; margin: 0; padding: 0; }
.item { display: block; padding: 8px 12px; border-left: 4px solid transparent; cursor: pointer; }
.item:hover { background: #f7f9fc; }
.item[aria-current="true"] { background: #fff8e1; }
.item[data-severity="error"] { border-left-color: #c62828; }
.item[data-severity="warning"] { border-left-color: #b26a00; }
.item[data-severity="info"] { border-left-color: #1565c0; }
.meta { display: flex; flex-wrap: wrap; gap: 6px; align-items: baseline; font-size: 12px; color: #555; }
.sev { font-weight: 600; border-radius: 4px; padding: 0 6px; color: #fff; }
.sev[data-severity="error"] { background: #c62828; }
.sev[data-severity="warning"] { background: #8a5300; }
.sev[data-severity="info"] { background: #1565c0; }
.code { font-family: ui-monospace, Menlo, Consolas, monospace; font-weight: 600; color: #1b1b1b; }
.message { margin: 3px 0; overflow-wrap: anywhere; }
.locator { font-size: 12px; color: #555; }
details { font-size: 12px; color: #333; margin-top: 2px; }
details p { margin: 4px 0; white-space: pre-line; }
.actions { display: flex; flex-wrap: wrap; gap: 6px; margin-top: 4px; }
.unsafe-note { font-size: 12px; color: #7a4a00; }
.empty, .error-box { padding: 12px; }
.error-box { color: #b71c1c; }
@media (max-width: 480px) { header { padding: 8px; } .item { padding: 8px; } }
`;

export class FindingsPanel {
  /**
   * @param {HTMLElement} root the panel's element (in the widget's shadow root)
   * @param {number} key unique per widget on the page, for element ids
   * @param {PanelActions} actions
   */
  constructor(root, key, actions) {
    this.root = root;
    this.key = key;
    this.actions = actions;
    /** @type {HTMLLIElement[]} */
    this.items = [];
    this.current = -1;
  }

  /** @param {boolean} busy */
  setBusy(busy) {
    this.root.setAttribute("aria-busy", String(busy));
  }

  /** @param {string} message */
  showError(message) {
    this.root.replaceChildren();
    const box = document.createElement("div");
    box.className = "error-box";
    box.setAttribute("role", "alert");
    box.textContent = message;
    this.root.append(box);
  }

  /**
   * @param {Report} report
   * @param {UiText} ui
   * @param {{ ms: number, inWorker: boolean | undefined }} timing how long the check took, and where
   */
  show(report, ui, timing) {
    const list = report.diagnostics;
    const count = (s) => list.filter((d) => d.severity === s && d.code !== "DOC003").length;
    const fixable = list.filter((d) => safeFix(d)).length;

    const header = document.createElement("header");
    const title = document.createElement("h2");
    title.textContent = ui.title;
    const status = document.createElement("div");
    status.className = "status";
    status.setAttribute("role", "status");
    status.setAttribute("aria-live", "polite");
    status.textContent = ui.counts(count("error"), count("warning"), count("info"));
    const time = document.createElement("span");
    time.className = "time";
    time.textContent = ui.time(timing.ms, timing.inWorker);
    const fixAll = document.createElement("button");
    fixAll.className = "primary fix-all";
    fixAll.type = "button";
    fixAll.textContent = ui.fixAll(fixable);
    fixAll.disabled = fixable === 0;
    fixAll.addEventListener("click", () => this.actions.fixAll());
    header.append(title, status, time, fixAll);
    // The rule pack the check used (NĐ 30, a Party guide, …): the first sentence of the coverage
    // note, in the report's language.
    const coverage = list.find((d) => d.code === "DOC003");
    const pack = coverage && /^(?:Bộ quy tắc|Rule pack): .*?\.(?=\s|$)/u.exec(coverage.message);
    if (pack) {
      const profile = document.createElement("p");
      profile.className = "profile";
      profile.textContent = pack[0];
      header.append(profile);
    }

    const body = document.createElement("div");
    body.className = "list";
    body.setAttribute("role", "region");
    body.setAttribute("aria-label", ui.list);
    /** @type {Map<string, { label: string, items: Diagnostic[] }>} */
    const groups = new Map();
    for (const d of list) {
      if (!groups.has(d.family)) groups.set(d.family, { label: d.familyLabel, items: [] });
      groups.get(d.family).items.push(d);
    }
    this.items = [];
    const rank = (family) => (FAMILY_ORDER.includes(family) ? FAMILY_ORDER.indexOf(family) : FAMILY_ORDER.length);
    const ordered = [...groups].sort(([a], [b]) => rank(a) - rank(b));
    for (const [family, group] of ordered) {
      const section = document.createElement("section");
      section.dataset.family = family;
      const h = document.createElement("h3");
      h.id = `thethuc-${this.key}-${family}`;
      h.textContent = `${group.label} (${group.items.length})`;
      const ul = document.createElement("ul");
      ul.setAttribute("aria-labelledby", h.id);
      for (const d of group.items) ul.append(this.item(d, report, ui));
      section.append(h, ul);
      body.append(section);
    }
    if (!list.some((d) => d.code !== "DOC003")) {
      const empty = document.createElement("p");
      empty.className = "empty";
      empty.textContent = ui.none;
      body.prepend(empty);
    }
    this.root.replaceChildren(header, body);
    this.current = -1;
    this.items.forEach((li, i) => (li.tabIndex = i === 0 ? 0 : -1));
  }

  /**
   * One finding of the list.
   * @param {Diagnostic} d
   * @param {Report} report
   * @param {UiText} ui
   */
  item(d, report, ui) {
    const li = document.createElement("li");
    li.className = "item";
    li.dataset.code = d.code;
    li.dataset.severity = d.severity;
    li.dataset.index = String(report.diagnostics.indexOf(d));
    li.setAttribute("aria-label", `${ui.severity[d.severity]} ${d.code}: ${d.message}`);
    const index = this.items.length;
    this.items.push(li);

    const meta = document.createElement("div");
    meta.className = "meta";
    const sev = document.createElement("span");
    sev.className = "sev";
    sev.dataset.severity = d.severity;
    sev.textContent = ui.severity[d.severity];
    const code = document.createElement("span");
    code.className = "code";
    code.textContent = d.code;
    const where = document.createElement("span");
    where.textContent = ui.line(d.line, d.column);
    meta.append(sev, code, where);

    const message = document.createElement("div");
    message.className = "message";
    message.textContent = d.message;
    const locator = document.createElement("div");
    locator.className = "locator";
    locator.textContent = `${ui.locator}: ${d.locator}`;
    li.append(meta, message, locator);

    if (d.explanation) {
      const details = document.createElement("details");
      const summary = document.createElement("summary");
      summary.textContent = ui.why;
      const p = document.createElement("p");
      p.textContent = d.explanation;
      details.append(summary, p);
      details.addEventListener("click", (e) => e.stopPropagation());
      li.append(details);
    }

    const actions = document.createElement("div");
    actions.className = "actions";
    const safe = safeFix(d);
    if (safe) {
      const button = document.createElement("button");
      button.type = "button";
      button.className = "fix";
      button.textContent = ui.fix;
      button.title = safe.message;
      button.setAttribute("aria-label", `${ui.fix} ${d.code}: ${safe.message}`);
      button.addEventListener("click", (e) => {
        e.stopPropagation();
        this.actions.fix(d, safe);
      });
      actions.append(button);
    }
    for (const f of d.fixes.filter((f) => f.applicability === "unsafe")) {
      const button = document.createElement("button");
      button.type = "button";
      button.className = "fix-unsafe unsafe";
      button.textContent = `${ui.fixUnsafe}: ${f.message}`;
      button.title = ui.unsafeNote;
      button.addEventListener("click", (e) => {
        e.stopPropagation();
        this.actions.fix(d, f);
      });
      actions.append(button);
    }
    if (actions.childElementCount) li.append(actions);

    const go = () => {
      this.focusItem(index);
      this.actions.pick(d);
    };
    li.addEventListener("click", go);
    li.addEventListener("keydown", (e) => {
      if (e.target !== li) return;
      const moves = { ArrowDown: index + 1, ArrowUp: index - 1, Home: 0, End: this.items.length - 1 };
      if (e.key in moves) {
        e.preventDefault();
        this.focusItem(Math.max(0, Math.min(this.items.length - 1, moves[e.key])));
      } else if (e.key === "Enter" || e.key === " ") {
        e.preventDefault();
        go();
      }
    });
    return li;
  }

  /** @param {number} i */
  focusItem(i) {
    const li = this.items[i];
    if (!li) return;
    for (const item of this.items) {
      item.tabIndex = -1;
      item.removeAttribute("aria-current");
    }
    li.tabIndex = 0;
    li.setAttribute("aria-current", "true");
    li.focus();
    this.current = i;
  }
}
