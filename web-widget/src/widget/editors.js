// The editors the widget checks: a <textarea>, or a contenteditable element whose paragraphs are
// sent with their look. Each reads its text, maps UTF-16 offsets of that text back to the
// editor (to select a finding), and applies a fix's edits in place.
import { blockRuns, blockStyle } from "./looks.js";

const BLOCK_TAGS = new Set(["P", "DIV", "H1", "H2", "H3", "H4", "H5", "H6", "LI", "TD", "TH", "PRE", "BLOCKQUOTE", "DT", "DD", "SECTION", "ARTICLE", "HEADER", "FOOTER"]);

/** A <textarea>: the text is its value. */
export class TextareaHost {
  constructor(el) {
    this.el = el;
    this.kind = /** @type {const} */ ("textarea");
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
export class EditableHost {
  constructor(el) {
    this.el = el;
    this.kind = /** @type {const} */ ("contenteditable");
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

