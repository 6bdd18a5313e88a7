//! Paragraphs and tables of HTML (a saved web page, or a table pandoc wrote into Markdown):
//! each block element (`<p>`, `<div>`, `<h1>`, a `<br>`) ends a line; a table is read row by row,
//! cell by cell; a table inside a cell is read into that cell. White space runs collapse as a
//! browser shows them: a line is the words of its text nodes, joined by one space.

use crate::input::html::{tag_end, tag_name};
use crate::text::reading::{Glue, Pieces};
use crate::text::span::Span;

/// Elements that end a line.
pub(super) const BLOCKS: &str = concat!(
    "p|div|br|h1|h2|h3|h4|h5|h6|li|ul|ol|dl|dt|dd|blockquote|section|article|header|",
    "footer|nav|aside|main|center|pre|form|hr|address|figure|figcaption|caption|body|",
    "html|title|option|select|button|label",
);

/// Tables nested deeper than this are read as rows of the table at this depth: each level a
/// table inside a cell moves its lines into that cell, so a page of 100,000 nested tables would
/// move them 100,000 times.
const MAX_TABLE_DEPTH: usize = 16;

/// A line of HTML text: its pieces, and whether a block boundary (not a `<br>`) opened it.
#[derive(Debug, Clone)]
pub struct HtmlLine {
    pub pieces: Pieces,
    pub new_block: bool,
}

/// What HTML holds, in reading order: lines, and tables of cells of lines.
#[derive(Debug, Clone)]
pub enum Item {
    Line(HtmlLine),
    Table(Vec<Vec<Vec<HtmlLine>>>),
}

/// Where lines go while reading: the document, or the cell being read.
#[derive(Default)]
struct Frame {
    rows: Vec<Vec<Vec<HtmlLine>>>,
    in_row: bool,
    in_cell: bool,
}

struct Reader<'t> {
    text: &'t str,
    items: Vec<Item>,
    tables: Vec<Frame>,
    /// Tables opened beyond `MAX_TABLE_DEPTH` and not yet closed.
    too_deep: usize,
    /// The line being gathered: spans and the glue before each.
    current: Vec<(Span, Glue)>,
    space_pending: bool,
    block_pending: bool,
}

impl<'t> Reader<'t> {
    fn sink(&mut self) -> Option<&mut Vec<HtmlLine>> {
        let f = self.tables.last_mut()?;
        if !f.in_cell {
            return None;
        }
        f.rows.last_mut().and_then(|r| r.last_mut())
    }

    fn flush(&mut self, block: bool) {
        self.trim_no_break_spaces();
        if self.current.is_empty() {
            self.block_pending |= block;
            return;
        }
        let spans: Vec<Span> = self.current.iter().map(|c| c.0).collect();
        let glue: Vec<Glue> = self.current.iter().skip(1).map(|c| c.1).collect();
        let line = HtmlLine {
            pieces: Pieces {
                pieces: spans,
                glue,
            },
            new_block: self.block_pending,
        };
        self.current.clear();
        self.space_pending = false;
        self.block_pending = block;
        match self.sink() {
            Some(cell) => cell.push(line),
            None => {
                if self.tables.is_empty() {
                    self.items.push(Item::Line(line));
                } else if let Some(f) = self.tables.last_mut() {
                    // Text in a table outside its cells: a cell of its own.
                    f.rows.push(vec![vec![line]]);
                }
            }
        }
    }

    /// No-break spaces around a line's text are its layout (`&nbsp; &nbsp; … KT. BỘ TRƯỞNG`, a
    /// signature pushed right), not its text. A paragraph of nothing else (`<p>&nbsp;</p>`)
    /// stays: it stands between blocks as an empty line does.
    fn trim_no_break_spaces(&mut self) {
        let text = self.text;
        let is_blank = |sp: &Span| {
            text[sp.start as usize..sp.end as usize]
                .trim_matches('\u{a0}')
                .is_empty()
        };
        if self.current.iter().all(|c| is_blank(&c.0)) {
            return;
        }
        let lead = self.current.iter().take_while(|c| is_blank(&c.0)).count();
        self.current.drain(..lead);
        while self.current.last().is_some_and(|c| is_blank(&c.0)) {
            self.current.pop();
        }
        if let Some(first) = self.current.first_mut() {
            let t = &text[first.0.start as usize..first.0.end as usize];
            first.0.start += (t.len() - t.trim_start_matches('\u{a0}').len()) as u32;
        }
        if let Some(last) = self.current.last_mut() {
            let t = &text[last.0.start as usize..last.0.end as usize];
            last.0.end -= (t.len() - t.trim_end_matches('\u{a0}').len()) as u32;
        }
    }

    fn text_run(&mut self, a: usize, b: usize) {
        let run = &self.text[a..b];
        let mut k = 0;
        for (i, c) in run.char_indices() {
            if c.is_whitespace() && c != '\u{a0}' {
                if k < i {
                    self.word(a + k, a + i);
                }
                self.space_pending = true;
                k = i + c.len_utf8();
            }
        }
        if k < run.len() {
            self.word(a + k, b);
        }
    }

    fn word(&mut self, a: usize, b: usize) {
        // HTML written inside Markdown keeps its references: `&amp;` reads as the `&` it
        // starts with (the reading is made of the text's own bytes).
        if let Some(at) = self.text[a..b].find("&amp;") {
            let amp = a + at + 1;
            self.word_piece(a, amp);
            if amp + 4 < b {
                self.word(amp + 4, b);
            }
            return;
        }
        self.word_piece(a, b);
    }

    fn word_piece(&mut self, a: usize, b: usize) {
        let glue = if self.space_pending {
            Glue::Space
        } else {
            Glue::None
        };
        self.space_pending = false;
        // Words joined without space continue one piece.
        if glue == Glue::None {
            if let Some(last) = self.current.last_mut() {
                if last.0.end == a as u32 {
                    last.0.end = b as u32;
                    return;
                }
            }
        }
        self.current.push((Span::new(a as u32, b as u32), glue));
    }

    fn tag(&mut self, name: &str, closing: bool) {
        match name {
            "table" if !closing => {
                self.flush(true);
                if self.tables.len() < MAX_TABLE_DEPTH {
                    self.tables.push(Frame::default());
                } else {
                    self.too_deep += 1;
                }
            }
            "table" => {
                self.flush(true);
                if self.too_deep > 0 {
                    self.too_deep -= 1;
                    return;
                }
                let Some(done) = self.tables.pop() else {
                    return;
                };
                let rows: Vec<Vec<Vec<HtmlLine>>> = done
                    .rows
                    .into_iter()
                    .filter(|r| r.iter().any(|c| !c.is_empty()))
                    .collect();
                if rows.is_empty() {
                    return;
                }
                // A table inside a cell: its cells' lines go into that cell, row by row.
                if let Some(cell) = self.sink() {
                    for row in rows {
                        for c in row {
                            cell.extend(c);
                        }
                    }
                } else if let Some(f) = self.tables.last_mut() {
                    f.rows.extend(rows);
                } else {
                    self.items.push(Item::Table(rows));
                }
            }
            "tr" if !closing => {
                self.flush(true);
                if let Some(f) = self.tables.last_mut() {
                    f.rows.push(Vec::new());
                    f.in_row = true;
                    f.in_cell = false;
                }
            }
            "tr" => {
                self.flush(true);
                if let Some(f) = self.tables.last_mut() {
                    f.in_row = false;
                    f.in_cell = false;
                }
            }
            "td" | "th" if !closing => {
                self.flush(true);
                if let Some(f) = self.tables.last_mut() {
                    if !f.in_row {
                        f.rows.push(Vec::new());
                        f.in_row = true;
                    }
                    if let Some(r) = f.rows.last_mut() {
                        r.push(Vec::new());
                    }
                    f.in_cell = true;
                }
            }
            "td" | "th" => {
                self.flush(true);
                if let Some(f) = self.tables.last_mut() {
                    f.in_cell = false;
                }
            }
            "br" => self.flush(false),
            _ if BLOCKS.split('|').any(|b| b == name) => self.flush(true),
            // Inline elements: no break; a word boundary only where the text has one.
            _ => {}
        }
    }
}

/// Reads HTML in `text[range]`.
pub fn read(text: &str, start: usize, end: usize) -> Vec<Item> {
    let mut r = Reader {
        text,
        items: Vec::new(),
        tables: Vec::new(),
        too_deep: 0,
        current: Vec::new(),
        space_pending: false,
        block_pending: true,
    };
    let bytes = text.as_bytes();
    let mut i = start;
    let mut run_start = start;
    while i < end {
        if bytes[i] == b'<'
            && i + 1 < end
            && (bytes[i + 1].is_ascii_alphabetic() || bytes[i + 1] == b'/')
        {
            if run_start < i {
                r.text_run(run_start, i);
            }
            let e = tag_end(text, i).min(end);
            let closing = bytes[i + 1] == b'/';
            let name = tag_name(&text[i + 1..e]).to_ascii_lowercase();
            r.tag(&name, closing);
            i = e;
            run_start = i;
            continue;
        }
        i += 1;
    }
    if run_start < end {
        r.text_run(run_start, end);
    }
    r.flush(true);
    r.too_deep = 0;
    while !r.tables.is_empty() {
        r.tag("table", true);
    }
    r.items
}

/// Where the HTML table opening at `start` ends (past its matching `</table>`), or the text's end.
pub fn table_end(text: &str, start: usize) -> usize {
    let bytes = text.as_bytes();
    let mut depth = 0usize;
    let mut i = start;
    while i < bytes.len() {
        if bytes[i] == b'<' {
            let e = tag_end(text, i);
            let name = tag_name(&text[i + 1..e]);
            if name.eq_ignore_ascii_case("table") {
                if bytes.get(i + 1) == Some(&b'/') {
                    depth = depth.saturating_sub(1);
                    if depth == 0 {
                        return e;
                    }
                } else {
                    depth += 1;
                }
            }
            i = e;
        } else {
            i += 1;
        }
    }
    text.len()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_reference_in_html_written_inside_markdown() {
        let text = "<table><tr><td><p>- Lưu: VT, CCHC&amp;VTLT (Quý), A&amp;B&amp;C.</p></td></tr></table>";
        let items = read(text, 0, text.len());
        assert_eq!(
            lines(text, &items),
            ["[0,0] - Lưu: VT, CCHC&VTLT (Quý), A&B&C."]
        );
    }

    fn lines(text: &str, items: &[Item]) -> Vec<String> {
        let mut out = Vec::new();
        for it in items {
            match it {
                Item::Line(l) => out.push(l.pieces.text(text)),
                Item::Table(rows) => {
                    for (r, row) in rows.iter().enumerate() {
                        for (c, cell) in row.iter().enumerate() {
                            for l in cell {
                                out.push(format!("[{r},{c}] {}", l.pieces.text(text)));
                            }
                        }
                    }
                }
            }
        }
        out
    }

    /// A portal's signature block pushed right with no-break spaces (vbpl.vn, Thông tư
    /// 54/2025/TT-BCT): the spaces are the indent, the line is the authority.
    #[test]
    fn no_break_spaces_around_a_line_are_its_layout() {
        let nb = "\u{a0} ".repeat(40);
        let text = format!("<p><b>{nb}KT. BỘ TRƯỞNG</b></p><p><b>{nb}\u{a0}\u{a0}THỨ TRƯỞNG\u{a0}</b></p><p>Nơi\u{a0}nhận: {nb}</p><p>\u{a0}</p>");
        let items = read(&text, 0, text.len());
        // An empty paragraph (`<p>&nbsp;</p>`) stays a line of its own, as a blank line does.
        assert_eq!(
            lines(&text, &items),
            ["KT. BỘ TRƯỞNG", "THỨ TRƯỞNG", "Nơi\u{a0}nhận:", "\u{a0}"]
        );
    }

    #[test]
    fn a_header_table_and_paragraphs() {
        let text = "<div class=\"menu\">Trang chủ</div>\n<table><tr><td><p><b>ỦY BAN NHÂN DÂN</b><br>TỈNH  LÀO\n CAI</p><p>Số: 12/QĐ-UBND</p></td>\n<td><p><b>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</b></p><p>Độc lập - Tự do - Hạnh phúc</p></td></tr></table>\n<p>Căn cứ <a href=\"#\">Luật</a> Tổ chức;</p><p>Đ<span>iều</span> 1. Thành lập</p>";
        let items = read(text, 0, text.len());
        assert_eq!(
            lines(text, &items),
            [
                "Trang chủ",
                "[0,0] ỦY BAN NHÂN DÂN",
                "[0,0] TỈNH LÀO CAI",
                "[0,0] Số: 12/QĐ-UBND",
                "[0,1] CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                "[0,1] Độc lập - Tự do - Hạnh phúc",
                "Căn cứ Luật Tổ chức;",
                "Điều 1. Thành lập",
            ]
        );
    }

    #[test]
    fn a_table_inside_a_cell_reads_into_it() {
        let text = "<table><tr><td><table><tr><td>A</td><td>B</td></tr></table></td><td>C</td></tr></table>";
        let items = read(text, 0, text.len());
        assert_eq!(lines(text, &items), ["[0,0] A", "[0,0] B", "[0,1] C"]);
        assert_eq!(table_end(text, 0), text.len());
    }

    /// Tables nested beyond `MAX_TABLE_DEPTH` read as rows of the deepest table kept: every
    /// cell's text is still there, in order, and a page of 100,000 levels reads at once.
    #[test]
    fn tables_nested_very_deep_keep_their_text() {
        let depth = 40;
        let text = format!(
            "{}{}",
            (0..depth)
                .map(|k| format!("<table><tr><td>c{k}"))
                .collect::<String>(),
            "</td></tr></table>".repeat(depth)
        );
        let items = read(&text, 0, text.len());
        let got = lines(&text, &items);
        assert_eq!(got.len(), depth);
        for (k, line) in got.iter().enumerate() {
            assert!(line.ends_with(&format!(" c{k}")), "{line}");
        }
        let deep = "<table><tr><td>x".repeat(100_000);
        let items = read(&deep, 0, deep.len());
        assert_eq!(lines(&deep, &items).len(), 100_000);
    }
}
