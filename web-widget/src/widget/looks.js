// The look of a contenteditable's paragraphs, read from computed styles: bold, italic, font,
// size, alignment and colour, as the engine's `Block` and `RunStyle` hold them (the TB rules).

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
export function blockStyle(block, styleOf) {
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
export function blockRuns(block, styleOf) {
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
