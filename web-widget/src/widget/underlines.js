// Underlines in the editor: the CSS Custom Highlight API for a contenteditable (the page's DOM
// is not changed), a mirrored backdrop laid over a <textarea>. Both say what they underline
// (`marks()`) and highlight the finding picked in the panel (`activate`).

const HIGHLIGHT_STYLE_ID = "thethuc-highlight-style";
const SEVERITIES = ["error", "warning", "info"];

/** Adds the underline styles to the page once. */
export function ensureHighlightStyle() {
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
export class EditableUnderlines {
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
export class TextareaUnderlines {
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
