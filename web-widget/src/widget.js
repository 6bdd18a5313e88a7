// <thethuc-checker for="ID">: checks the <textarea> or contenteditable element with that id as the
// user types, underlines findings in it, and lists them in a side panel grouped by component.
// Dependency-free; the engine runs in a Web Worker when one can be started.
import { createChecker } from "./thethuc.js";

const UI = {
  vi: {
    title: "Kiểm tra thể thức",
    checking: "Đang kiểm tra…",
    noTarget: (id) => `Không tìm thấy ô soạn thảo có id="${id}" (cần <textarea> hoặc phần tử contenteditable).`,
    failed: "Không kiểm tra được",
    none: "Không phát hiện lỗi thể thức trong các quy tắc đã chạy.",
    counts: (e, w, i) => `${e} lỗi · ${w} cảnh báo · ${i} lưu ý`,
    fixAll: (n) => `Sửa tất cả (${n})`,
    fix: "Sửa",
    fixUnsafe: "Sửa (cần xem lại)",
    unsafeNote: "Cách sửa này cần người soạn xem lại trước khi dùng.",
    locator: "Căn cứ",
    why: "Giải thích",
    severity: { error: "Lỗi", warning: "Cảnh báo", info: "Lưu ý" },
    list: "Danh sách lỗi thể thức",
    time: (ms, worker) => `${ms.toFixed(1)} ms${worker ? " (luồng nền)" : ""}`,
    line: (l, c) => `dòng ${l}, cột ${c}`,
  },
  en: {
    title: "Format check",
    checking: "Checking…",
    noTarget: (id) => `No editor with id="${id}" (a <textarea> or a contenteditable element is needed).`,
    failed: "Check failed",
    none: "No format problems found by the rules that ran.",
    counts: (e, w, i) => `${e} errors · ${w} warnings · ${i} notes`,
    fixAll: (n) => `Fix all (${n})`,
    fix: "Fix",
    fixUnsafe: "Fix (review)",
    unsafeNote: "This fix needs the drafter's review before use.",
    locator: "Legal basis",
    why: "Explanation",
    severity: { error: "Error", warning: "Warning", info: "Note" },
    list: "Format findings",
    time: (ms, worker) => `${ms.toFixed(1)} ms${worker ? " (worker)" : ""}`,
    line: (l, c) => `line ${l}, column ${c}`,
  },
};

const HIGHLIGHT_STYLE_ID = "thethuc-highlight-style";
const BLOCK_TAGS = new Set(["P", "DIV", "H1", "H2", "H3", "H4", "H5", "H6", "LI", "TD", "TH", "PRE", "BLOCKQUOTE", "DT", "DD", "SECTION", "ARTICLE", "HEADER", "FOOTER"]);
const SEVERITIES = ["error", "warning", "info"];
// Components in the order the decree lays a document out (the engine's `rules::FAMILIES`).
const FAMILY_ORDER = ["DOC", "QH", "CQ", "SO", "NG", "TL", "ND", "CK", "NN", "PL", "TB", "MA"];

// --- the engine, in a worker when possible -------------------------------------------------

class WorkerEngine {
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
  call(op, ...args) {
    const id = this.next++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      this.worker.postMessage({ id, op, args });
    });
  }
  async init(config) {
    await this.call("init", config);
  }
  async run(op, ...args) {
    return this.call(op, ...args);
  }
  dispose() {
    this.worker.terminate();
  }
}

class MainThreadEngine {
  constructor() {
    this.inWorker = false;
    this.checker = null;
  }
  async init(config) {
    this.checker?.free();
    this.checker = await createChecker(config);
  }
  async run(op, ...args) {
    const started = performance.now();
    const result = await this.checker[op](...args);
    return { result, ms: performance.now() - started };
  }
  dispose() {
    this.checker?.free();
  }
}

async function startEngine(config) {
  try {
    const worker = new Worker(new URL("./worker.js", import.meta.url), { type: "module" });
    const engine = new WorkerEngine(worker);
    await engine.init(config);
    return engine;
  } catch (error) {
    // A config error is the user's to see; anything else (no Worker, CSP): run on this thread.
    if (/cấu hình|config/i.test(String(error?.message))) throw error;
    const engine = new MainThreadEngine();
    await engine.init(config);
    return engine;
  }
}

// --- reading the editor -------------------------------------------------------------------

/** A <textarea>: the text is its value. */
class TextareaHost {
  constructor(el) {
    this.el = el;
    this.kind = "textarea";
  }
  read() {
    return { text: this.el.value };
  }
  text() {
    return this.el.value;
  }
  /** UTF-16 range → selection in the textarea. */
  select(start, end) {
    this.el.focus();
    this.el.setSelectionRange(start, end);
  }
  replaceAll(text) {
    this.el.setRangeText(text, 0, this.el.value.length, "preserve");
    this.el.dispatchEvent(new Event("input", { bubbles: true }));
  }
  applyEdits(edits) {
    for (const e of [...edits].sort((a, b) => b.start - a.start)) {
      this.el.setRangeText(e.replacement, e.start, e.end, "preserve");
    }
    this.el.dispatchEvent(new Event("input", { bubbles: true }));
  }
}

function isBlockElement(el) {
  return BLOCK_TAGS.has(el.tagName);
}

/** A contenteditable element: the text is its paragraphs joined by "\n", with their look. */
class EditableHost {
  constructor(el) {
    this.el = el;
    this.kind = "contenteditable";
    this.blocks = [];
  }
  /** Walks the paragraphs: `this.blocks` (with their text nodes, for mapping offsets) and the text. */
  collect() {
    const blocks = [];
    let current = null;
    const open = (el) => {
      current = { el, pieces: [], text: "" };
      blocks.push(current);
    };
    const walk = (node, container) => {
      for (const child of node.childNodes) {
        if (child.nodeType === Node.TEXT_NODE) {
          if (!current) open(container);
          current.pieces.push({ node: child, start: current.text.length });
          current.text += child.data;
        } else if (child.nodeType === Node.ELEMENT_NODE) {
          if (child.tagName === "BR") {
            // A trailing <br> only keeps an empty paragraph open; it is no line break.
            const trailing = !child.nextSibling && isBlockElement(node);
            if (trailing) continue;
            if (!current) open(container);
            current.pieces.push({ br: child, start: current.text.length });
            current.text += "\n";
          } else if (isBlockElement(child)) {
            const before = blocks.length;
            current = null;
            walk(child, child);
            current = null;
            if (blocks.length === before) open(child); // an empty paragraph is a blank line
            current = null;
          } else {
            walk(child, container);
          }
        }
      }
    };
    walk(this.el, this.el);
    this.blocks = blocks;
    return blocks.map((b) => b.text + "\n").join("");
  }
  /** The text only (no computed styles): to tell whether the editor changed. */
  text() {
    return this.collect();
  }
  read() {
    const text = this.collect();
    const blocks = this.blocks;
    const styleCache = new Map();
    const styleOf = (el) => {
      let s = styleCache.get(el);
      if (!s) {
        s = getComputedStyle(el);
        styleCache.set(el, s);
      }
      return s;
    };
    const payload = blocks.map((b) => ({ text: b.text, style: blockStyle(b, styleOf), runs: blockRuns(b, styleOf) }));
    return { text, blocks: payload };
  }
  /** Offset in the joined text (UTF-16) → a DOM position. */
  position(offset, starts) {
    let lo = 0;
    let hi = this.blocks.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    const block = this.blocks[lo];
    if (!block) return { node: this.el, offset: 0 };
    const local = Math.max(0, Math.min(offset - (starts[lo] ?? 0), block.text.length));
    for (let i = block.pieces.length - 1; i >= 0; i--) {
      const piece = block.pieces[i];
      if (piece.start <= local) {
        if (piece.node) return { node: piece.node, offset: Math.min(local - piece.start, piece.node.data.length), block: lo };
        const parent = piece.br.parentNode;
        const index = Array.prototype.indexOf.call(parent.childNodes, piece.br);
        return { node: parent, offset: local > piece.start ? index + 1 : index, block: lo };
      }
    }
    return { node: block.el, offset: 0, block: lo };
  }
  range(start, end, starts) {
    const range = document.createRange();
    const a = this.position(start, starts);
    const b = this.position(end, starts);
    range.setStart(a.node, a.offset);
    range.setEnd(b.node, b.offset);
    return range;
  }
  select(start, end, starts) {
    const range = this.range(start, end, starts);
    this.el.focus();
    const selection = getSelection();
    selection.removeAllRanges();
    selection.addRange(range);
    (range.startContainer.parentElement ?? this.el).scrollIntoView?.({ block: "nearest" });
  }
  applyEdits(edits, starts) {
    // From the end, so earlier offsets stay valid.
    for (const e of [...edits].sort((a, b) => b.start - a.start)) {
      const a = this.position(e.start, starts);
      const b = this.position(e.end, starts);
      if (a.node === b.node && a.node.nodeType === Node.TEXT_NODE) {
        a.node.replaceData(a.offset, b.offset - a.offset, e.replacement);
      } else {
        const range = document.createRange();
        range.setStart(a.node, a.offset);
        range.setEnd(b.node, b.offset);
        range.deleteContents();
        // Insert at the start point itself: after a deletion across paragraphs the collapsed
        // range may sit between them, outside any paragraph.
        if (e.replacement) {
          if (a.node.nodeType === Node.TEXT_NODE) a.node.insertData(a.offset, e.replacement);
          else a.node.insertBefore(document.createTextNode(e.replacement), a.node.childNodes[a.offset] ?? null);
        }
        // An edit across a paragraph end (joining a line broken at a page) joins the paragraphs.
        const first = this.blocks[a.block]?.el;
        const last = this.blocks[b.block]?.el;
        if (a.block !== b.block && first && last && first !== last && !last.contains(first) && !first.contains(last)) {
          for (const br of first.querySelectorAll(":scope > br:last-child")) br.remove();
          first.append(...last.childNodes);
          last.remove();
        }
      }
    }
    this.el.dispatchEvent(new Event("input", { bubbles: true }));
  }
}

/** What a computed style shows: bold, italic, the first family of the font stack, size in pt. */
function lookOf(cs) {
  const px = Number.parseFloat(cs.fontSize);
  return {
    bold: Number.parseInt(cs.fontWeight, 10) >= 600,
    italic: cs.fontStyle === "italic",
    fontFamily: cs.fontFamily.split(",")[0].trim().replace(/^["']|["']$/g, "") || null,
    fontSizePt: Number.isFinite(px) ? Math.round(px * 0.75 * 2) / 2 : null,
  };
}

/** Bold/italic when all the paragraph's text is; font and size of its first text. */
function blockStyle(block, styleOf) {
  const looks = block.pieces
    .filter((p) => p.node && p.node.data.trim() !== "")
    .map((p) => lookOf(styleOf(p.node.parentElement ?? block.el)));
  const style = { bold: null, italic: null, fontFamily: null, fontSizePt: null, align: null };
  if (looks.length) {
    style.bold = looks.every((l) => l.bold);
    style.italic = looks.every((l) => l.italic);
    style.fontFamily = looks[0].fontFamily;
    style.fontSizePt = looks[0].fontSizePt;
  }
  const align = styleOf(block.el).textAlign;
  style.align = { left: "left", start: "left", center: "center", right: "right", end: "right", justify: "justify" }[align] ?? null;
  return style;
}

const encoder = new TextEncoder();

/** `rgb(198, 40, 40)` → `C62828`; null when not an opaque rgb colour. */
function hexColor(css) {
  const m = /^rgba?\((\d+),\s*(\d+),\s*(\d+)(?:,\s*([\d.]+))?\)$/.exec(css);
  if (!m || (m[4] !== undefined && Number(m[4]) === 0)) return null;
  return [m[1], m[2], m[3]].map((v) => Number(v).toString(16).padStart(2, "0")).join("").toUpperCase();
}

/** One run per text node, with its computed look; offsets are UTF-8 bytes, as the engine counts. */
function blockRuns(block, styleOf) {
  const runs = [];
  for (const piece of block.pieces) {
    if (!piece.node || piece.node.data === "") continue;
    const cs = styleOf(piece.node.parentElement ?? block.el);
    const start = encoder.encode(block.text.slice(0, piece.start)).length;
    const end = start + encoder.encode(piece.node.data).length;
    runs.push({ start, end, ...lookOf(cs), color: hexColor(cs.color) });
  }
  return runs;
}

// --- underlines ---------------------------------------------------------------------------

function ensureHighlightStyle() {
  if (document.getElementById(HIGHLIGHT_STYLE_ID)) return;
  const style = document.createElement("style");
  style.id = HIGHLIGHT_STYLE_ID;
  style.textContent = `
::highlight(thethuc-error) { text-decoration: underline wavy #c62828; text-decoration-thickness: 1.5px; text-underline-offset: 2px; background-color: rgba(198, 40, 40, .08); }
::highlight(thethuc-warning) { text-decoration: underline wavy #b26a00; text-decoration-thickness: 1.5px; text-underline-offset: 2px; }
::highlight(thethuc-info) { text-decoration: underline dotted #1565c0; text-decoration-thickness: 1.5px; text-underline-offset: 2px; }
::highlight(thethuc-active) { background-color: rgba(255, 213, 79, .55); }
.thethuc-backdrop { position: absolute; pointer-events: none; overflow: hidden; color: transparent; white-space: pre-wrap; overflow-wrap: break-word; word-wrap: break-word; margin: 0; border-color: transparent !important; background: transparent !important; box-shadow: none !important; z-index: 1; }
.thethuc-backdrop mark { color: transparent; background: transparent; text-decoration: underline wavy #c62828; text-decoration-thickness: 1.5px; text-underline-offset: 2px; }
.thethuc-backdrop mark[data-severity="warning"] { text-decoration-color: #b26a00; }
.thethuc-backdrop mark[data-severity="info"] { text-decoration-style: dotted; text-decoration-color: #1565c0; }
.thethuc-backdrop mark.thethuc-active { background: rgba(255, 213, 79, .55); }
`;
  document.head.append(style);
}

/** Underlines a contenteditable's findings with the CSS Custom Highlight API. */
class EditableUnderlines {
  constructor(host) {
    this.host = host;
    this.ranges = [];
  }
  show(report) {
    this.clear();
    if (!("highlights" in CSS)) return;
    const bySeverity = { error: [], warning: [], info: [] };
    for (const d of report.diagnostics) {
      if (d.end <= d.start) continue;
      const range = this.host.range(d.start, d.end, report.blockStarts);
      bySeverity[d.severity]?.push(range);
      this.ranges.push({ code: d.code, severity: d.severity, range });
    }
    for (const s of SEVERITIES) {
      const name = `thethuc-${s}`;
      // Several widgets on one page: each keeps its own ranges in the shared highlight.
      const highlight = CSS.highlights.get(name) ?? new Highlight();
      for (const r of bySeverity[s]) highlight.add(r);
      CSS.highlights.set(name, highlight);
    }
  }
  activate(d, report) {
    if (!("highlights" in CSS) || d.end <= d.start) return;
    CSS.highlights.set("thethuc-active", new Highlight(this.host.range(d.start, d.end, report.blockStarts)));
  }
  clear() {
    if ("highlights" in CSS) {
      for (const { severity, range } of this.ranges) CSS.highlights.get(`thethuc-${severity}`)?.delete(range);
      CSS.highlights.delete("thethuc-active");
    }
    this.ranges = [];
  }
  /** What is underlined: for tests and host editors. */
  marks() {
    return this.ranges.map(({ code, severity, range }) => ({ code, severity, text: range.toString() }));
  }
  dispose() {
    this.clear();
  }
}

/** Underlines a textarea's findings on a mirrored backdrop laid over it. */
class TextareaUnderlines {
  constructor(host) {
    this.host = host;
    const el = host.el;
    this.backdrop = document.createElement("div");
    this.backdrop.className = "thethuc-backdrop";
    this.backdrop.setAttribute("aria-hidden", "true");
    el.insertAdjacentElement("afterend", this.backdrop);
    this.sync = () => this.layout();
    this.onScroll = () => {
      this.backdrop.scrollTop = el.scrollTop;
      this.backdrop.scrollLeft = el.scrollLeft;
    };
    el.addEventListener("scroll", this.onScroll);
    this.resizeObserver = new ResizeObserver(this.sync);
    this.resizeObserver.observe(el);
    window.addEventListener("resize", this.sync);
    this.layout();
  }
  layout() {
    const el = this.host.el;
    const cs = getComputedStyle(el);
    const b = this.backdrop.style;
    for (const p of ["fontFamily", "fontSize", "fontWeight", "fontStyle", "lineHeight", "letterSpacing", "wordSpacing", "textAlign", "textIndent", "tabSize", "paddingTop", "paddingLeft", "paddingBottom", "borderTopWidth", "borderLeftWidth", "borderRightWidth", "borderBottomWidth", "borderStyle", "boxSizing", "direction"]) {
      b[p] = cs[p];
    }
    // The textarea's scrollbar narrows its text; the backdrop has none, so pad for it.
    const scrollbar = el.offsetWidth - el.clientWidth - parseFloat(cs.borderLeftWidth) - parseFloat(cs.borderRightWidth);
    b.paddingRight = `${parseFloat(cs.paddingRight) + Math.max(0, scrollbar)}px`;
    b.width = `${el.offsetWidth}px`;
    b.height = `${el.offsetHeight}px`;
    b.top = `${el.offsetTop}px`;
    b.left = `${el.offsetLeft}px`;
    this.onScroll();
  }
  show(report) {
    const text = this.host.el.value;
    const rank = { info: 1, warning: 2, error: 3 };
    const list = report.diagnostics
      .map((d, i) => ({ d, i }))
      .filter(({ d }) => d.end > d.start && d.end <= text.length);
    // Findings may overlap (MA001 over a whole line, QH002 on the same line): cut the text at every
    // start and end, and mark each piece with all the findings that cover it.
    const events = new Map();
    const at = (p) => events.get(p) ?? (events.set(p, { open: [], close: [] }), events.get(p));
    for (const x of list) {
      at(x.d.start).open.push(x);
      at(x.d.end).close.push(x);
    }
    const points = [...events.keys(), text.length].sort((a, b) => a - b);
    const frag = document.createDocumentFragment();
    const active = new Set();
    this.pieces = new Map(list.map(({ i }) => [i, ""]));
    this.indexOf = new Map(report.diagnostics.map((d, i) => [d, i]));
    let pos = 0;
    for (const p of points) {
      if (p > pos) {
        const piece = text.slice(pos, p);
        if (active.size === 0) {
          frag.append(piece);
        } else {
          const mark = document.createElement("mark");
          const covering = [...active];
          mark.dataset.ids = covering.map((x) => x.i).join(" ");
          mark.dataset.severity = covering.reduce((best, x) => (rank[x.d.severity] > rank[best] ? x.d.severity : best), "info");
          mark.textContent = piece;
          frag.append(mark);
          for (const x of covering) this.pieces.set(x.i, this.pieces.get(x.i) + piece);
        }
        pos = p;
      }
      const e = events.get(p);
      if (e) {
        for (const x of e.close) active.delete(x);
        for (const x of e.open) active.add(x);
      }
    }
    // A trailing newline needs a character after it to take up its line.
    frag.append("\u200b");
    // Measure the textarea before swapping the text in, so no layout of the new text is forced here.
    this.layout();
    this.backdrop.replaceChildren(frag);
    // Scrolling the backdrop needs its layout: leave it to the next frame, which lays out anyway.
    requestAnimationFrame(this.onScroll);
    this.marked = list.map(({ d, i }) => ({ code: d.code, severity: d.severity, text: this.pieces.get(i) }));
  }
  activate(d) {
    const id = String(this.indexOf?.get(d));
    for (const m of this.backdrop.querySelectorAll("mark")) m.classList.toggle("thethuc-active", m.dataset.ids.split(" ").includes(id));
  }
  clear() {
    this.backdrop.replaceChildren();
    this.marked = [];
  }
  marks() {
    return this.marked ?? [];
  }
  dispose() {
    this.host.el.removeEventListener("scroll", this.onScroll);
    this.resizeObserver.disconnect();
    window.removeEventListener("resize", this.sync);
    this.backdrop.remove();
  }
}

// --- the panel ----------------------------------------------------------------------------

const PANEL_CSS = `
:host { display: block; font: 14px/1.45 system-ui, "Segoe UI", Roboto, "Noto Sans", Arial, sans-serif; color: #1b1b1b; min-width: 0; }
.panel { border: 1px solid #c9ced6; border-radius: 8px; background: #fff; overflow: hidden; }
header { display: flex; flex-wrap: wrap; gap: 6px 12px; align-items: center; justify-content: space-between; padding: 10px 12px; background: #f3f5f8; border-bottom: 1px solid #dde1e7; }
h2 { font-size: 15px; margin: 0; }
.status { font-size: 13px; color: #444; }
.time { font-size: 12px; color: #666; }
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
    this.panel = this.shadowRoot.querySelector(".panel");
    this.report = null;
    this.lastMs = 0;
    this.seq = 0;
    this.engine = null;
    this.enginePromise = null;
    this.current = -1;
    this.onInput = () => this.schedule();
  }

  get ui() {
    return UI[this.lang === "en" ? "en" : "vi"];
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
      this.renderError(this.ui.noTarget(id ?? ""));
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
    this.setBusy(true);
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
      this.lastMs = ms;
      this.underlines.show(result);
      this.render();
      this.dispatchEvent(new CustomEvent("thethuc-report", { detail: { report: result, ms, inWorker: engine.inWorker, text: input.text }, bubbles: true, composed: true }));
      return result;
    } catch (error) {
      if (seq === this.seq) this.renderError(`${this.ui.failed}: ${error.message}`);
      return null;
    } finally {
      if (seq === this.seq) this.setBusy(false);
    }
  }

  /** What is underlined in the editor now: `[{ code, severity, text }]`. */
  get marks() {
    return this.underlines?.marks() ?? [];
  }

  setBusy(busy) {
    this.panel.setAttribute("aria-busy", String(busy));
  }

  safeFix(d) {
    return d.fixes.find((f) => f.applicability === "safe");
  }

  async fix(d, fix) {
    if (!this.report || !this.host) return;
    const engine = await this.ensureEngine();
    const one = { ...d, fixes: [fix] };
    const { result: edits } = await engine.run("selectEdits", this.text, [one], { unsafe: fix.applicability === "unsafe" });
    this.host.applyEdits(edits, this.report.blockStarts);
    clearTimeout(this.timer); // checked now, not again after the debounce
    await this.check();
  }

  /** Applies every safe fix until nothing changes, as `thethuc check --fix` does. */
  async fixAll() {
    if (!this.host) return;
    const engine = await this.ensureEngine();
    if (this.host.kind === "textarea") {
      const { result } = await engine.run("fixAll", this.host.el.value, { unsafe: false });
      if (result.text !== this.host.el.value) this.host.replaceAll(result.text);
    } else {
      // The editor's own DOM is edited in place (its formatting stays); one pass per round.
      for (let round = 0; round < 10; round++) {
        const input = this.host.read();
        const { result: report } = await engine.run("checkBlocks", input.blocks);
        const { result: edits } = await engine.run("selectEdits", input.text, report.diagnostics, { unsafe: false });
        if (!edits.length) break;
        this.host.applyEdits(edits, report.blockStarts);
      }
    }
    clearTimeout(this.timer);
    await this.check();
  }

  renderError(message) {
    this.panel.replaceChildren();
    const box = document.createElement("div");
    box.className = "error-box";
    box.setAttribute("role", "alert");
    box.textContent = message;
    this.panel.append(box);
  }

  render() {
    const ui = this.ui;
    const report = this.report;
    const list = report.diagnostics;
    const count = (s) => list.filter((d) => d.severity === s && d.code !== "DOC003").length;
    const fixable = list.filter((d) => this.safeFix(d)).length;

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
    time.textContent = ui.time(this.lastMs, this.engine?.inWorker);
    const fixAll = document.createElement("button");
    fixAll.className = "primary fix-all";
    fixAll.type = "button";
    fixAll.textContent = ui.fixAll(fixable);
    fixAll.disabled = fixable === 0;
    fixAll.addEventListener("click", () => this.fixAll());
    header.append(title, status, time, fixAll);

    const body = document.createElement("div");
    body.className = "list";
    body.setAttribute("role", "region");
    body.setAttribute("aria-label", ui.list);
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
      for (const d of group.items) ul.append(this.renderItem(d));
      section.append(h, ul);
      body.append(section);
    }
    if (!list.some((d) => d.code !== "DOC003")) {
      const empty = document.createElement("p");
      empty.className = "empty";
      empty.textContent = ui.none;
      body.prepend(empty);
    }
    this.panel.replaceChildren(header, body);
    this.current = -1;
    this.items.forEach((li, i) => (li.tabIndex = i === 0 ? 0 : -1));
  }

  renderItem(d) {
    const ui = this.ui;
    const li = document.createElement("li");
    li.className = "item";
    li.dataset.code = d.code;
    li.dataset.severity = d.severity;
    li.dataset.index = String(this.report.diagnostics.indexOf(d));
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
    const safe = this.safeFix(d);
    if (safe) {
      const button = document.createElement("button");
      button.type = "button";
      button.className = "fix";
      button.textContent = ui.fix;
      button.title = safe.message;
      button.setAttribute("aria-label", `${ui.fix} ${d.code}: ${safe.message}`);
      button.addEventListener("click", (e) => {
        e.stopPropagation();
        this.fix(d, safe);
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
        this.fix(d, f);
      });
      actions.append(button);
    }
    if (actions.childElementCount) li.append(actions);

    const go = () => {
      this.focusItem(index);
      this.host?.select(d.start, d.end, this.report.blockStarts);
      this.underlines?.activate(d, this.report);
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

  focusItem(i) {
    const li = this.items?.[i];
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

if (!customElements.get("thethuc-checker")) customElements.define("thethuc-checker", ThethucChecker);

export { createChecker };
