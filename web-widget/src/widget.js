// <thethuc-checker for="ID">: checks the <textarea> or contenteditable element with that id as the
// user types, underlines findings in it, and lists them in a side panel grouped by component.
// Dependency-free; the engine runs in a Web Worker when one can be started. This file is the
// element itself (attributes, when to check, events); its parts are in widget/:
//   engine.js      the bridge to the engine, in a worker or on this thread
//   editors.js     reading a textarea or a contenteditable, selecting and editing in it
//   looks.js       the look of a contenteditable's paragraphs (computed styles)
//   underlines.js  the underlines in the editor
//   panel.js       the findings list
//   fixes.js       applying one fix, or every safe fix
//   text.js        the panel's words in Vietnamese and English
import { createChecker } from "./thethuc.js";
import { EditableHost, TextareaHost } from "./widget/editors.js";
import { startEngine } from "./widget/engine.js";
import { applyFix, applySafeFixes } from "./widget/fixes.js";
import { FindingsPanel, PANEL_CSS } from "./widget/panel.js";
import { uiText } from "./widget/text.js";
import { EditableUnderlines, TextareaUnderlines, ensureHighlightStyle } from "./widget/underlines.js";

/** @typedef {import("./thethuc.js").Report} Report */
/** @typedef {import("./thethuc.js").Diagnostic} Diagnostic */
/** @typedef {import("./thethuc.js").Fix} Fix */

/** Numbers the widgets on a page, for unique element ids in their panels. */
let widgetCount = 0;

export class ThethucChecker extends HTMLElement {
  static get observedAttributes() {
    return ["for", "lang", "stage", "config", "debounce"];
  }

  constructor() {
    super();
    this.key = ++widgetCount;
    this.attachShadow({ mode: "open" });
    this.shadowRoot.innerHTML = `<style>${PANEL_CSS}</style><div class="panel" part="panel"></div>`;
    this.panel = new FindingsPanel(this.shadowRoot.querySelector(".panel"), this.key, {
      pick: (d) => {
        this.host?.select(d.start, d.end, this.report.blockStarts);
        this.underlines?.activate(d, this.report);
      },
      fix: (d, fix) => this.fix(d, fix),
      fixAll: () => this.fixAll(),
    });
    /** @type {Report | null} */
    this.report = null;
    this.seq = 0;
    this.engine = null;
    this.enginePromise = null;
    this.onInput = () => this.schedule();
  }

  get ui() {
    return uiText(this.lang);
  }
  get lang() {
    return this.getAttribute("lang") === "en" ? "en" : "vi";
  }
  set lang(value) {
    this.setAttribute("lang", value);
  }
  get stage() {
    return this.getAttribute("stage") === "final" ? "final" : "draft";
  }
  set stage(value) {
    this.setAttribute("stage", value);
  }
  get config() {
    const raw = this.getAttribute("config");
    let extra = {};
    if (raw) {
      try {
        extra = JSON.parse(raw);
      } catch (error) {
        throw new Error(`config không phải JSON hợp lệ (invalid JSON): ${error.message}`);
      }
    }
    return { ...extra, lang: this.lang, stage: extra.stage ?? this.stage };
  }
  set config(value) {
    this.setAttribute("config", typeof value === "string" ? value : JSON.stringify(value));
  }
  /** How long to wait after typing before checking (ms). */
  get debounce() {
    const n = Number.parseInt(this.getAttribute("debounce") ?? "", 10);
    return Number.isFinite(n) && n >= 0 ? n : 200;
  }

  connectedCallback() {
    ensureHighlightStyle();
    // The editor may come later in the page than the widget.
    queueMicrotask(() => this.attach());
  }

  disconnectedCallback() {
    this.detach();
    this.engine?.dispose();
    this.engine = null;
    this.enginePromise = null;
  }

  attributeChangedCallback(name, oldValue, newValue) {
    if (oldValue === newValue || !this.isConnected) return;
    if (name === "for") {
      this.attach();
    } else if (name !== "debounce") {
      this.restartEngine();
    }
  }

  attach() {
    this.detach();
    const id = this.getAttribute("for");
    const el = id ? document.getElementById(id) : null;
    if (!el || !(el instanceof HTMLTextAreaElement || el.isContentEditable)) {
      this.panel.showError(this.ui.noTarget(id ?? ""));
      return;
    }
    this.host = el instanceof HTMLTextAreaElement ? new TextareaHost(el) : new EditableHost(el);
    this.underlines = this.host.kind === "textarea" ? new TextareaUnderlines(this.host) : new EditableUnderlines(this.host);
    el.addEventListener("input", this.onInput);
    this.check();
  }

  detach() {
    clearTimeout(this.timer);
    if (this.host) this.host.el.removeEventListener("input", this.onInput);
    this.underlines?.dispose();
    this.underlines = null;
    this.host = null;
  }

  restartEngine() {
    this.engine?.dispose();
    this.engine = null;
    this.enginePromise = null;
    this.check();
  }

  ensureEngine() {
    if (!this.enginePromise) {
      this.enginePromise = startEngine(this.config).then((engine) => (this.engine = engine));
      this.enginePromise.catch(() => (this.enginePromise = null));
    }
    return this.enginePromise;
  }

  schedule() {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.check(), this.debounce);
  }

  /** Checks now; resolves to the report (also sent as the `thethuc-report` event). */
  async check() {
    if (!this.host) return null;
    const seq = ++this.seq;
    const input = this.host.read();
    this.panel.setBusy(true);
    try {
      const engine = await this.ensureEngine();
      const { result, ms } = input.blocks ? await engine.run("checkBlocks", input.blocks) : await engine.run("check", input.text);
      if (seq !== this.seq) return null; // a newer check is on its way
      if (this.host.text() !== input.text) {
        this.schedule(); // typed meanwhile: these positions are stale
        return null;
      }
      this.report = result;
      this.text = input.text;
      this.underlines.show(result);
      this.panel.show(result, this.ui, { ms, inWorker: engine.inWorker });
      this.dispatchEvent(new CustomEvent("thethuc-report", { detail: { report: result, ms, inWorker: engine.inWorker, text: input.text }, bubbles: true, composed: true }));
      return result;
    } catch (error) {
      if (seq === this.seq) this.panel.showError(`${this.ui.failed}: ${error.message}`);
      return null;
    } finally {
      if (seq === this.seq) this.panel.setBusy(false);
    }
  }

  /** What is underlined in the editor now: `[{ code, severity, text }]`. */
  get marks() {
    return this.underlines?.marks() ?? [];
  }

  /**
   * Applies one fix of a finding of the last report, then checks again.
   * @param {Diagnostic} d
   * @param {Fix} fix
   */
  async fix(d, fix) {
    if (!this.report || !this.host) return;
    const engine = await this.ensureEngine();
    await applyFix(engine, this.host, this.text, this.report, d, fix);
    clearTimeout(this.timer); // checked now, not again after the debounce
    await this.check();
  }

  /** Applies every safe fix until nothing changes, as `thethuc check --fix` does. */
  async fixAll() {
    if (!this.host) return;
    const engine = await this.ensureEngine();
    await applySafeFixes(engine, this.host);
    clearTimeout(this.timer);
    await this.check();
  }
}

if (!customElements.get("thethuc-checker")) customElements.define("thethuc-checker", ThethucChecker);

export { createChecker };