//! Text and Markdown → segments: one per line, or one per column where a converter laid two
//! columns side by side. Markdown markers become style hints; page furniture is dropped.

use crate::layout::furniture::Furniture;
use crate::layout::StyleHints;
use crate::layout::{tables, ReadLine};
use crate::text::reading::Pieces;
use crate::text::span::Span;

/// A segment before the grammar has classified it.
#[derive(Debug, Clone)]
pub struct Segment {
    pub span: Span,
    pub row: u32,
    pub column: u8,
    pub indent: u32,
    pub blank_before: bool,
    /// A page ends between this line and the previous content (a form feed).
    pub page_break_before: bool,
    pub style: StyleHints,
}

/// Columns are separated by a tab or by this many spaces (PDF layouts use far more; prose uses one or two).
const COLUMN_GAP: usize = 3;

/// The segments of a text read line by line (each one piece), for the tests of the grammar.
#[cfg(test)]
pub fn segments(text: &str) -> Vec<Segment> {
    let mut b = Builder::new(text, crate::config::InputFormat::Text);
    b.run();
    b.lines
        .into_iter()
        .map(|l| Segment {
            span: l.pieces.first(),
            row: l.row,
            column: l.column,
            indent: l.indent,
            blank_before: l.blank_before,
            page_break_before: l.page_break_before,
            style: l.style,
        })
        .collect()
}

/// Builds the lines of a text: physical lines split into columns, tables cell by cell.
pub struct Builder<'t> {
    text: &'t str,
    markdown: bool,
    pub lines: Vec<ReadLine>,
    pub furniture: Vec<(Span, Furniture)>,
    /// Extra visual rows the lines of table cells took beyond their physical lines.
    extra_rows: u32,
    blank_before: bool,
    /// A form feed stands between the last line pushed and the next.
    page_break: bool,
    /// Markdown emphasis opened on one line and closed on a later one (`**KT. GIÁM ĐỐC` …
    /// `PHÓ GIÁM ĐỐC**`).
    carried: StyleHints,
    /// The lines being pushed sit in a table's cells.
    in_table: bool,
    /// The text is a web page's (tags and all).
    html: bool,
    /// The lines being pushed come from a physical line holding collapsed tables.
    collapsed: bool,
    /// A session's memory of the lines it read before (`furniture::classify`'s verdicts).
    pub(crate) memo: Option<&'t mut dyn FurnitureMemo>,
}

/// A memory of `furniture::classify`'s verdicts by a physical line's text (an editor's session
/// keeps one), asked before classifying.
pub(crate) trait FurnitureMemo {
    fn furniture_of(
        &mut self,
        line: &str,
        classify: &mut dyn FnMut() -> Option<super::furniture::Furniture>,
    ) -> Option<super::furniture::Furniture>;
}

impl<'t> Builder<'t> {
    pub fn new(text: &'t str, format: crate::config::InputFormat) -> Self {
        Self {
            text,
            markdown: format == crate::config::InputFormat::Markdown,
            lines: Vec::new(),
            furniture: Vec::new(),
            extra_rows: 0,
            blank_before: false,
            page_break: false,
            carried: StyleHints::default(),
            in_table: false,
            html: format == crate::config::InputFormat::Html,
            collapsed: false,
            memo: None,
        }
    }

    pub fn run(&mut self) {
        let text = self.text;
        if self.html {
            self.html_items(0, text.len(), 0);
            return;
        }
        let phys = tables::physical_lines(text);
        let raw: Vec<&str> = phys.iter().map(|&(a, b)| &text[a..b]).collect();
        let mut i = 0;
        if let Some(end) = super::furniture::front_matter(&raw) {
            let span = Span::new(phys[0].0 as u32, phys[end - 1].1 as u32);
            self.furniture.push((span, Furniture::FrontMatter));
            i = end;
            self.blank_before = true;
        }
        while i < phys.len() {
            let lead = raw[i].trim_start();
            // An HTML table (pandoc's GitHub Markdown writes one for a table with paragraphs).
            if lead.starts_with('<')
                && lead
                    .get(..6)
                    .is_some_and(|h| h.eq_ignore_ascii_case("<table"))
            {
                let start = phys[i].0 + (raw[i].len() - raw[i].trim_start().len());
                let end = super::html::table_end(text, start);
                let next = phys.partition_point(|&(a, _)| a < end);
                self.html_items(start, end, i as u32);
                i = next.max(i + 1);
                self.blank_before = true;
                continue;
            }
            // Every table opens with a border (`+`), a bar, or dashes; a row may also start a
            // pipe table when a delimiter row follows.
            let may_table = lead.starts_with(['+', '|', '-']) || raw[i].contains('|');
            if let Some(t) = may_table
                .then(|| {
                    tables::grid_table(text, &phys, i)
                        .or_else(|| tables::pipe_table(text, &phys, i))
                        .or_else(|| tables::dash_table(text, &phys, i))
                })
                .flatten()
            {
                self.table(i as u32, &t);
                i = t.next;
                self.blank_before = true;
                continue;
            }
            // Raw HTML a converter kept around the text (`<div style="display: table-cell…">`,
            // `</div>`), in Markdown or in a text made from it: markup, a block boundary, never
            // text. A tag may run over lines.
            if lead.starts_with('<') {
                if let Some(next) = html_tag_lines(&raw, i) {
                    i = next;
                    self.blank_before = true;
                    continue;
                }
            }
            if super::furniture::is_contents_heading(raw[i]) {
                if let Some(end) = super::furniture::contents_end(&raw, i) {
                    let last = (i..end)
                        .rev()
                        .find(|&k| !raw[k].trim().is_empty())
                        .unwrap_or(i);
                    let at = phys[i].0 + (raw[i].len() - raw[i].trim_start().len());
                    let stop = phys[last].0 + raw[last].trim_end().len();
                    self.furniture
                        .push((Span::new(at as u32, stop as u32), Furniture::Contents));
                    i = end;
                    self.blank_before = true;
                    continue;
                }
            }
            // Grid tables run together on the line with the text around them.
            if let Some(first) = raw[i]
                .contains('|')
                .then(|| tables::flattened_grid_table(text, phys[i].0, raw[i], 0))
                .flatten()
            {
                self.line_with_tables(i, phys[i].0, raw[i], first);
                i += 1;
                continue;
            }
            self.plain_line(i, phys[i].0, raw[i], &raw);
            i += 1;
        }
    }

    /// A physical line holding grid tables whose line breaks were collapsed (`first` is the
    /// first one found): the text between them in rows of its own, each table read cell by
    /// cell as if it were laid out on its lines.
    fn line_with_tables(
        &mut self,
        i: usize,
        line_start: usize,
        line: &str,
        first: (usize, usize, tables::Table),
    ) {
        self.collapsed = true;
        let first_row = i as u32 + self.extra_rows;
        let mut row = first_row;
        let mut from = 0;
        let mut found = Some(first);
        while let Some((start, end, table)) = found {
            row += self.text_between(row, line_start + from, &line[from..start]);
            row += self.table_rows(row, &table, self.blank_before);
            self.blank_before = true;
            from = end;
            found = tables::flattened_grid_table(self.text, line_start, line, end);
        }
        row += self.text_between(row, line_start + from, &line[from..]);
        self.extra_rows += (row - first_row).saturating_sub(1);
        self.collapsed = false;
    }

    /// Text of a line outside its tables, on visual row `row`: how many rows it took (0 or 1).
    fn text_between(&mut self, row: u32, at: usize, part: &str) -> u32 {
        if part.trim().is_empty() {
            return 0;
        }
        self.columns(row, at, part, at);
        self.blank_before = false;
        1
    }

    fn plain_line(&mut self, i: usize, line_start: usize, line: &str, all: &[&str]) {
        let row = i as u32 + self.extra_rows;
        // A form feed ends a page: before the line's text (`\u{c}Điều 2.`, `\u{c}   7`), or
        // after it (`… ký.\u{c}`), then before the next line's.
        let feed_after = line.find('\u{c}').map(|k| !line[..k].trim().is_empty());
        if feed_after == Some(false) {
            self.page_break = true;
        }
        self.plain_line_text(i, row, line_start, line, all);
        if feed_after == Some(true) {
            self.page_break = true;
        }
    }

    fn plain_line_text(&mut self, i: usize, row: u32, line_start: usize, line: &str, all: &[&str]) {
        if line.trim().is_empty()
            || is_page_furniture(line, all, i)
            || super::furniture::is_page_label(line)
        {
            self.blank_before = true;
            return;
        }
        // Pandoc's fenced divs (`::: {.class}`, `:::`) are markup.
        if self.markdown && line.trim_start().starts_with(":::") {
            return;
        }
        let above = || {
            all[..i]
                .iter()
                .rev()
                .find(|l| !l.trim().is_empty())
                .copied()
        };
        let mut classify = || super::furniture::classify(line);
        let furniture = match self.memo.as_deref_mut() {
            Some(memo) => memo.furniture_of(line, &mut classify),
            None => classify(),
        };
        if let Some(kind) = furniture.filter(|_| !super::furniture::url_in_sentence(line, above()))
        {
            let t = line.trim();
            let at = line_start + (line.len() - line.trim_start().len());
            self.furniture
                .push((Span::new(at as u32, (at + t.len()) as u32), kind));
            self.blank_before = true;
            return;
        }
        // Markdown's `<br>` breaks a line where it stands.
        if self.markdown && line.contains('<') {
            let parts = br_parts(line);
            if parts.len() > 1 {
                for (k, (a, b)) in parts.into_iter().enumerate() {
                    self.columns(row + k as u32, line_start + a, &line[a..b], line_start);
                    self.extra_rows += u32::from(k > 0);
                }
                self.blank_before = false;
                return;
            }
        }
        self.columns(row, line_start, line, line_start);
        self.blank_before = false;
    }

    /// One line of text split into its columns.
    fn columns(&mut self, row: u32, at: usize, line: &str, physical_start: usize) {
        // Most lines are one column: no vector for them.
        let one;
        let many;
        let pieces: &[(usize, usize)] = match prose_bounds(line) {
            Some(bounds) => {
                one = bounds;
                one.as_slice()
            }
            None => {
                many = split_columns_walk(line);
                &many
            }
        };
        for (column, &(s, e)) in pieces.iter().enumerate() {
            let indent = display_width(&self.text[physical_start..at + s]);
            let (content, style, still_open) =
                strip_markdown(&line[s..e], at + s, &mut self.carried);
            self.carried = still_open;
            if content.is_empty() {
                continue;
            }
            let blank_before = self.blank_before && column == 0;
            let pieces = if self.markdown {
                super::inline::clean(self.text, content)
            } else {
                Pieces::one(content)
            };
            self.push(pieces, row, column, indent, blank_before, style);
        }
    }

    /// A table's cells in reading order: row by row, each cell's lines top to bottom.
    fn table(&mut self, first_line: u32, t: &tables::Table) {
        let row_base = first_line + self.extra_rows;
        let used = self.table_rows(row_base, t, self.blank_before);
        let physical = t.next as u32 - first_line;
        self.extra_rows += used.saturating_sub(physical);
    }

    /// Emits a table's rows from visual row `row_base`; returns how many rows they took.
    fn table_rows(&mut self, row_base: u32, t: &tables::Table, blank_first: bool) -> u32 {
        let was_in_table = self.in_table;
        self.in_table = true;
        let mut row_at = row_base;
        for (r, row) in t.rows.iter().enumerate() {
            let mut height = row.cells.iter().map(Vec::len).max().unwrap_or(0) as u32;
            for (column, cell) in row.cells.iter().enumerate() {
                // A grid table inside the cell (pandoc writes one for a nested table).
                let raw: Vec<(usize, usize)> = cell
                    .iter()
                    .map(|l| (l.raw.start as usize, l.raw.end as usize))
                    .collect();
                if let Some(inner) = raw
                    .first()
                    .filter(|r| self.text[r.0..r.1].trim_start().starts_with('+'))
                    .and_then(|_| tables::grid_table(self.text, &raw, 0))
                {
                    let took = self.table_rows(row_at, &inner, false);
                    // Lines of the cell after the inner table.
                    let rest = &cell[inner.next.min(cell.len())..];
                    let mut carried = StyleHints::default();
                    for (k, cl) in rest.iter().enumerate() {
                        self.cell_line(cl, row_at + took + k as u32, column, false, &mut carried);
                    }
                    height = height.max(took + rest.len() as u32);
                    continue;
                }
                let mut carried = StyleHints::default();
                for (k, cl) in cell.iter().enumerate() {
                    let blank = cl.blank_before || (k == 0 && r == 0 && blank_first);
                    self.cell_line(cl, row_at + k as u32, column, blank, &mut carried);
                }
            }
            // A table row of one physical line whose cells hold several lines (`<br>`).
            row_at += height.max(1);
        }
        self.in_table = was_in_table;
        row_at - row_base
    }

    fn cell_line(
        &mut self,
        cl: &tables::CellLine,
        row: u32,
        column: usize,
        blank: bool,
        carried: &mut StyleHints,
    ) {
        let (content, style, still_open) =
            strip_markdown(cl.span.of(self.text), cl.span.start as usize, carried);
        *carried = still_open;
        if content.is_empty() {
            return;
        }
        let pieces = super::inline::clean(self.text, content);
        self.push(pieces, row, column, 0, blank, style);
    }

    /// HTML in `start..end`: its lines and tables, from visual row `row`.
    fn html_items(&mut self, start: usize, end: usize, row: u32) {
        let mut row = row + self.extra_rows;
        let first_row = row;
        for item in super::html::read(self.text, start, end) {
            match item {
                super::html::Item::Line(l) => {
                    let blank = l.new_block || self.blank_before;
                    self.blank_before = false;
                    self.push(l.pieces, row, 0, 0, blank, StyleHints::default());
                    row += 1;
                }
                super::html::Item::Table(rows) => {
                    self.in_table = true;
                    for cells in rows {
                        let height = cells.iter().map(Vec::len).max().unwrap_or(0) as u32;
                        for (column, cell) in cells.iter().enumerate() {
                            for (k, l) in cell.iter().enumerate() {
                                // A new table row reads as a new paragraph; a cell's lines
                                // follow one another.
                                let blank = k == 0 && column == 0;
                                let style = StyleHints::default();
                                self.push(
                                    l.pieces.clone(),
                                    row + k as u32,
                                    column,
                                    0,
                                    blank,
                                    style,
                                );
                            }
                        }
                        row += height.max(1);
                    }
                    self.in_table = false;
                }
            }
        }
        let used = row - first_row;
        let physical = self.text[start..end].matches('\n').count() as u32 + 1;
        self.extra_rows += used.saturating_sub(physical);
    }

    fn push(
        &mut self,
        pieces: Pieces,
        row: u32,
        column: usize,
        indent: u32,
        blank_before: bool,
        style: StyleHints,
    ) {
        if pieces.pieces.iter().all(|p| p.is_empty()) {
            return;
        }
        let page_break_before = std::mem::take(&mut self.page_break);
        self.lines.push(ReadLine {
            page_break_before,
            sub: 0,
            in_table: self.in_table,
            collapsed: self.collapsed,
            pieces,
            row,
            column: column.min(u8::MAX as usize) as u8,
            indent,
            blank_before,
            style,
        });
    }
}

/// Lines from `i` that hold HTML tags and nothing else (`<div>`, `</div>`, `<div` / `style="…">`
/// over several lines); the index of the line after them. `None` when line `i` holds text.
fn html_tag_lines(lines: &[&str], i: usize) -> Option<usize> {
    let mut rest = lines[i].trim();
    let mut at = i;
    loop {
        if rest.is_empty() {
            return Some(at + 1);
        }
        // A tag: `<`, an optional `/`, a name of ASCII letters (a placeholder such as
        // `<Tên cơ quan>` is none), then attributes up to `>`.
        let body = rest.strip_prefix('<')?;
        let body = body.strip_prefix('/').unwrap_or(body);
        let name = crate::input::html::tag_name(body);
        if !name.starts_with(|c: char| c.is_ascii_alphabetic()) || !is_html_block(name) {
            return None;
        }
        let mut tail = &body[name.len()..];
        if !(tail.is_empty() || tail.starts_with(['>', ' ', '/'])) {
            return None;
        }
        // The tag's end, on this line or a later one (at most a few lines of attributes).
        loop {
            if let Some(end) = tail.find('>') {
                rest = tail[end + 1..].trim();
                break;
            }
            at += 1;
            if at >= lines.len() || at > i + 8 || lines[at].contains('<') {
                return None;
            }
            tail = lines[at];
        }
    }
}

/// The HTML elements converters leave around blocks of text: those the HTML reader ends a line
/// at, and the inline wrappers a whole line of text may sit in.
fn is_html_block(name: &str) -> bool {
    let name = name.to_ascii_lowercase();
    super::html::BLOCKS.split('|').any(|b| b == name) || matches!(name.as_str(), "span" | "font")
}

/// A line cut at its `<br>` tags: byte ranges of the parts.
fn br_parts(line: &str) -> Vec<(usize, usize)> {
    let mut parts = Vec::new();
    let mut start = 0;
    let mut k = 0;
    while let Some(off) = line[k..].find('<') {
        let at = k + off;
        match tables::br_tag_len(&line[at..]) {
            Some(len) => {
                parts.push((start, at));
                start = at + len;
                k = start;
            }
            None => k = at + 1,
        }
    }
    parts.push((start, line.len()));
    parts
}

fn display_width(prefix: &str) -> u32 {
    prefix
        .chars()
        .map(|c| if c == '\t' { 8 } else { 1 })
        .sum::<u32>()
}

/// A page number alone on its line (indented, or after a form feed), or a bare form feed.
/// A Word field code left in the text by a .doc conversion (`PAGE`, `PAGE  2`, `NUMPAGES`,
/// `EMBED Excel.Sheet.8`): never document text.
fn is_field_code(t: &str) -> bool {
    let mut words = t.split_whitespace();
    match words.next() {
        Some("PAGE" | "NUMPAGES") => words.all(|w| w.bytes().all(|b| b.is_ascii_digit())),
        Some("EMBED") => words.next().is_some_and(|w| {
            w.contains('.') && w.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'.')
        }),
        _ => false,
    }
}

fn is_page_furniture(line: &str, lines: &[&str], i: usize) -> bool {
    let has_ff = line.contains('\u{c}');
    let t = line.trim_matches(|c: char| c.is_whitespace() || c == '\u{c}');
    if t.is_empty() {
        return has_ff;
    }
    if is_field_code(t) {
        return true;
    }
    if t.len() > 3 || !t.bytes().all(|b| b.is_ascii_digit()) {
        return false;
    }
    let indent = line.len() - line.trim_start().len();
    let blank = |j: Option<usize>| {
        j.and_then(|j| lines.get(j))
            .is_none_or(|l| l.trim().is_empty())
    };
    has_ff || indent >= 10 || (blank(i.checked_sub(1)) && blank(Some(i + 1)))
}

/// Byte ranges of the columns of a line: pieces separated by a tab or `COLUMN_GAP` spaces.
/// Pieces of a place-date or a Số line that a converter spread over several gaps are joined again.
#[cfg(test)]
fn split_columns(line: &str) -> Vec<(usize, usize)> {
    match prose_bounds(line) {
        Some(bounds) => bounds.into_iter().collect(),
        None => split_columns_walk(line),
    }
}

/// The one piece of a line that is prose (`None` when it may hold columns; `Some(None)` when it
/// is blank).
fn prose_bounds(line: &str) -> Option<Option<(usize, usize)>> {
    let bytes = line.as_bytes();
    // Most lines are prose: no tab, no form feed, no run of COLUMN_GAP spaces. Then the one
    // piece runs from the first to the last character that is not a space (vectorised searches
    // instead of the byte walk below).
    static GAP: std::sync::LazyLock<memchr::memmem::Finder<'static>> =
        std::sync::LazyLock::new(|| memchr::memmem::Finder::new(&[b' '; COLUMN_GAP]));
    // A no-break space (0xC2 0xA0) lays out columns as spaces do, in copies from a browser.
    // Searched as the pair: a lone 0xA0 byte ends many Vietnamese letters (`à` is 0xC3 0xA0).
    static NBSP: std::sync::LazyLock<memchr::memmem::Finder<'static>> =
        std::sync::LazyLock::new(|| memchr::memmem::Finder::new("\u{a0}".as_bytes()));
    if memchr::memchr2(b'\t', b'\x0c', bytes).is_none()
        && NBSP.find(bytes).is_none()
        && GAP.find(bytes).is_none()
    {
        let start = bytes.iter().position(|&b| b != b' ');
        let end = bytes.iter().rposition(|&b| b != b' ');
        return Some(start.zip(end).map(|(s, e)| (s, e + 1)));
    }
    None
}

/// `split_columns` byte by byte.
fn split_columns_walk(line: &str) -> Vec<(usize, usize)> {
    let bytes = line.as_bytes();
    let mut pieces: Vec<(usize, usize)> = Vec::new();
    let mut i = 0;
    let mut start: Option<usize> = None;
    // Parentheses the current piece opened and has not closed: blanks inside them are a
    // placeholder the writer fills by hand (`KTTH (   b)`), not a column gap.
    let mut open_parens = 0usize;
    // The length in bytes of the white space unit at `k`: a space, a tab, a form feed, a
    // no-break space.
    let blank_at = |k: usize| match bytes[k] {
        b' ' | b'\t' | b'\x0c' => 1,
        0xC2 if bytes.get(k + 1) == Some(&0xA0) => 2,
        _ => 0,
    };
    while i < bytes.len() {
        if blank_at(i) > 0 {
            let gap_start = i;
            let mut has_tab = false;
            let mut units = 0;
            while i < bytes.len() && blank_at(i) > 0 {
                has_tab |= matches!(bytes[i], b'\t' | b'\x0c');
                i += blank_at(i);
                units += 1;
            }
            let inside_parens = open_parens > 0 && memchr::memchr(b')', &bytes[i..]).is_some();
            if let Some(s) = start {
                if has_tab || (units >= COLUMN_GAP && !inside_parens) || i == bytes.len() {
                    pieces.push((s, gap_start));
                    start = None;
                    open_parens = 0;
                }
            }
        } else {
            if start.is_none() {
                start = Some(i);
            }
            match bytes[i] {
                b'(' => open_parens += 1,
                b')' => open_parens = open_parens.saturating_sub(1),
                _ => {}
            }
            i += 1;
        }
    }
    if let Some(s) = start {
        pieces.push((s, bytes.len()));
    }
    // No page holds more columns than this; a hostile line of thousands of tab-separated pieces
    // keeps its rest as one piece instead of making every later step quadratic in its pieces.
    if pieces.len() > MAX_COLUMNS {
        let end = pieces[pieces.len() - 1].1;
        pieces.truncate(MAX_COLUMNS);
        pieces[MAX_COLUMNS - 1].1 = end;
    }
    rejoin(line, pieces)
}

/// The most columns a line is split into (a header row has two; a converted table a few more).
const MAX_COLUMNS: usize = 32;

fn rejoin(line: &str, pieces: Vec<(usize, usize)>) -> Vec<(usize, usize)> {
    let mut out: Vec<(usize, usize)> = Vec::with_capacity(pieces.len());
    for p in pieces {
        if let Some(last) = out.last_mut() {
            let prev = crate::text::fold::fold_case(&line[last.0..last.1]);
            let next = crate::text::fold::fold_case(&line[p.0..p.1]);
            if continues(&prev, &next) {
                last.1 = p.1;
                continue;
            }
        }
        out.push(p);
    }
    out
}

/// Whether `next` continues `prev` across a wide gap: blanks of a draft date or number, or
/// the first addressee set far from its Kính gửi label.
fn continues(prev: &str, next: &str) -> bool {
    let prev = prev.trim_end();
    if first_addressee_after_label(prev, next) {
        return true;
    }
    // The last date of the piece is open: a sentence may hold a whole date before the blank one
    // (`… ngày 24 tháng 12 năm 2024 và … Tờ trình số     /TTr-SNV ngày     tháng 01 năm 2025`).
    let open_after = |w: &str| prev.rfind(w).is_some_and(|k| !prev[k..].contains("năm"));
    let date_open = open_after("ngày");
    let ends_with = |w: &str| prev.ends_with(w);
    let starts = |w: &str| next.starts_with(w);
    let next_digit = next.starts_with(|c: char| c.is_ascii_digit() || c == '.' || c == '…');
    (date_open
        && (ends_with("ngày")
            || ends_with("tháng")
            || prev.ends_with(|c: char| c.is_ascii_digit()))
        && (next_digit || starts("tháng") || starts("năm")))
        || ((ends_with("số:") || ends_with("số")) && (starts("/") || next_digit))
        // A number stamped into a blank, far from its ký hiệu (`Số: 181        /BC-SNV`), on
        // the Số line or on the line under a wrapped `Số:`.
        || ((prev.starts_with("số") && !prev.contains('/') && prev.len() < 24 || bare_number(prev))
            && starts("/"))
        // The rest of a date wrapped after its `ngày` (`18        tháng 9    năm 2025`).
        || (bare_number(prev) && prev.len() <= 2 && starts("tháng"))
        || (open_after("tháng")
            && ((prev.ends_with(|c: char| c.is_ascii_digit()) && starts("năm"))
                || (ends_with("tháng") && next_digit)))
}

/// `Kính gửi:` (folded), then past a wide gap the first addressee, dashed or named
/// (`Kính gửi:    - UBND các huyện, thị xã, thành phố;`): one line, the label's, as the
/// addressees under it line up with that one. Never a date set beside the label.
fn first_addressee_after_label(prev: &str, next: &str) -> bool {
    let Some(label) = prev.strip_suffix(':') else {
        return false;
    };
    let addressee = next.trim_start_matches(['-', '–', '+', '•', ' ']);
    matches!(
        crate::text::fold::skeleton(label.trim_end()).as_str(),
        "kinh gui" | "kinh goi"
    ) && !addressee.is_empty()
        && !addressee.contains(", ngày")
}

/// `181`, `1050`: a number alone, as a văn thư stamps it into a blank.
fn bare_number(t: &str) -> bool {
    (1..=6).contains(&t.len()) && t.bytes().all(|b| b.is_ascii_digit())
}

/// Strips Markdown markers around a segment; returns the content span, its style, and the
/// emphasis still open at the end of the segment.
fn strip_markdown(
    seg: &str,
    base: usize,
    carried: &mut StyleHints,
) -> (Span, StyleHints, StyleHints) {
    let mut s = 0usize;
    let mut e = seg.len();
    let mut style = *carried;
    let mut open = *carried;
    // Heading: `## text`.
    let hashes = seg.bytes().take_while(|&b| b == b'#').count();
    if (1..=6).contains(&hashes) && seg[hashes..].starts_with(' ') {
        style.heading = hashes as u8;
        s = hashes;
        s += seg[s..].len() - seg[s..].trim_start().len();
    }
    // HTML bold.
    for (open_tag, close_tag) in [("<b>", "</b>"), ("<strong>", "</strong>")] {
        if seg[s..e].starts_with(open_tag) {
            s += open_tag.len();
            style.bold = true;
            open.bold = true;
        }
        if seg[s..e].ends_with(close_tag) {
            e -= close_tag.len();
            style.bold = true;
            open.bold = false;
        }
    }
    // Leading stars, unless it is a list bullet (`* item`).
    let lead = seg[s..e]
        .bytes()
        .take_while(|&b| b == b'*' || b == b'_')
        .count();
    if lead > 0 && !seg[s + lead..e].starts_with(' ') && s + lead < e {
        apply_stars(lead, &mut style);
        apply_stars(lead, &mut open);
        s += lead;
    }
    // Trailing stars close emphasis.
    let mut trail = seg[s..e]
        .bytes()
        .rev()
        .take_while(|&b| b == b'*' || b == b'_')
        .count();
    // `\_` is a literal underscore (a drawn rule `\_\_\_` escaped by a converter), no emphasis.
    if trail > 0 && seg[s..e - trail].ends_with('\\') {
        trail -= 1;
    }
    // Underscores close only what opened (`_Nơi nhận:_`); alone they end a word (`m_`, `x__`).
    let opened = carried.bold || carried.italic || lead > 0;
    if trail > 0 && seg[..e].ends_with('_') && !opened {
        trail = 0;
    }
    if trail > 0 && s + trail < e {
        apply_stars(trail, &mut style);
        open = StyleHints {
            heading: 0,
            ..StyleHints::default()
        };
        e -= trail;
    }
    // Trailing two-space break and other white space.
    let inner = &seg[s..e];
    let lead_ws = inner.len() - inner.trim_start().len();
    let trail_ws = inner.len() - inner.trim_end().len();
    s += lead_ws;
    e -= trail_ws;
    open.heading = 0;
    (
        Span::new((base + s) as u32, (base + e.max(s)) as u32),
        style,
        open,
    )
}

fn apply_stars(n: usize, style: &mut StyleHints) {
    match n {
        1 => style.italic = true,
        2 => style.bold = true,
        _ => {
            style.bold = true;
            style.italic = true;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(input: &str) -> Vec<String> {
        segments(input)
            .iter()
            .map(|s| s.span.of(input).to_owned())
            .collect()
    }

    #[test]
    fn html_block_tags_in_markdown_are_markup() {
        // A legal portal's page through pandoc: the header's table made of `<div>`s, a tag's
        // attributes on the line after its name.
        let input = "<div\nstyle=\"display: table-cell; width: 50%;\">\n\n<div>\n\nCHÍNH PHỦ\n\n</div>\n\n\
            </div>\n<div style=\"display: table-cell;\"><span>\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\n\
            </span></div>\n";
        assert_eq!(
            texts(input),
            ["CHÍNH PHỦ", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"]
        );
        // A placeholder in angle brackets, and text after a tag, are text.
        assert_eq!(texts("<Tên cơ quan>"), ["<Tên cơ quan>"]);
        assert_eq!(texts("<div>Số: 12/UBND-VP"), ["<div>Số: 12/UBND-VP"]);
        // An element that is no block (`<b>`) is left to the inline reading.
        assert_eq!(html_tag_lines(&["<b>"], 0), None);
        // A tag left open is text, not a reason to swallow what follows.
        assert_eq!(html_tag_lines(&["<div", "CHÍNH PHỦ <b>"], 0), None);
    }

    #[test]
    fn grid_tables_run_together_read_cell_by_cell() {
        // A pandoc conversion pasted with its line breaks collapsed: the header table, the
        // body, the signature table.
        let input = "+-----------------+-----------------------------+ \
            | ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM | \
            | TỈNH LÂM ĐỒNG | Độc lập - Tự do - Hạnh phúc | | | | \
            | Số: /UBND-NC | Lâm Đồng, ngày tháng 10 năm 2025 | \
            +=================+=============================+ \
            Kính gửi: Sở Nội vụ Ủy ban nhân dân tỉnh có ý kiến như sau. \
            +-----------------+-----------------------------+ \
            | Nơi nhận: | KT. CHỦ TỊCH | | - Như trên; | PHÓ CHỦ TỊCH | \
            | - Lưu: VT, NC. | Đinh Văn Tuấn | \
            +-----------------+-----------------------------+\n";
        assert_eq!(
            texts(input),
            [
                "ỦY BAN NHÂN DÂN",
                "TỈNH LÂM ĐỒNG",
                "Số: /UBND-NC",
                "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                "Độc lập - Tự do - Hạnh phúc",
                "Lâm Đồng, ngày tháng 10 năm 2025",
                "Kính gửi: Sở Nội vụ Ủy ban nhân dân tỉnh có ý kiến như sau.",
                "Nơi nhận:",
                "- Như trên;",
                "- Lưu: VT, NC.",
                "KT. CHỦ TỊCH",
                "PHÓ CHỦ TỊCH",
                "Đinh Văn Tuấn",
            ]
        );
        let segs = segments(input);
        // The cells of a row stand side by side; the body's text below the table.
        assert_eq!((segs[0].column, segs[3].column), (0, 1));
        assert_eq!(segs[0].row, segs[3].row);
        assert!(segs[6].row > segs[5].row && segs[7].row > segs[6].row);
    }

    #[test]
    fn markdown_markers_become_hints() {
        let input =
            "## **2. Phạm vi**\n***Nơi nhận:***\n**KT. GIÁM ĐỐC  \nPHÓ GIÁM ĐỐC**\n- Lưu: VT.";
        let segs = segments(input);
        assert_eq!(
            texts(input),
            [
                "2. Phạm vi",
                "Nơi nhận:",
                "KT. GIÁM ĐỐC",
                "PHÓ GIÁM ĐỐC",
                "- Lưu: VT."
            ]
        );
        assert_eq!(segs[0].style.heading, 2);
        assert!(segs[0].style.bold);
        assert!(segs[1].style.bold && segs[1].style.italic);
        assert!(segs[2].style.bold && segs[3].style.bold);
        assert!(!segs[4].style.bold);
    }

    #[test]
    fn an_escaped_marker_is_no_emphasis() {
        let input = "| UBND TỈNH | \\_\\_\\_\\_ |\n\\*\\*Ghi chú\\*\\*";
        let segs = segments(input);
        assert!(
            segs.iter().all(|s| !s.style.bold && !s.style.italic),
            "{segs:?}"
        );
        assert!(segments("chữ\\**")[0].style.italic);
        // An underscore that opened nothing is part of the text.
        assert!(!segments("/07 m_")[0].style.italic);
        assert!(segments("_Nơi nhận:_")[0].style.italic);
    }

    #[test]
    fn two_columns_split_and_date_blanks_rejoin() {
        let input = "  Số: 1894 /TB-SCT                   Lào Cai, ngày 23 tháng               7    năm 2026";
        assert_eq!(
            texts(input),
            [
                "Số: 1894 /TB-SCT",
                "Lào Cai, ngày 23 tháng               7    năm 2026"
            ]
        );
        assert_eq!(
            texts("       Số: 181        /BC-SNV                   Lâm Đồng, ngày 05 tháng 11 năm 2025"),
            ["Số: 181        /BC-SNV", "Lâm Đồng, ngày 05 tháng 11 năm 2025"]
        );
        // The lines under a wrapped `Số:` and a wrapped `ngày`, with the stamped blanks.
        assert_eq!(
            texts("  181        /BC-SNV          18        tháng 9    năm 2025"),
            ["181        /BC-SNV", "18        tháng 9    năm 2025"]
        );
        // Numbers in a table's cells stay apart.
        assert_eq!(
            texts("  181        2025     tháng"),
            ["181", "2025", "tháng"]
        );
        let draft = "Số:           /BC-UBND\n       Lào Cai, ngày        tháng        năm 2026";
        assert_eq!(
            texts(draft),
            [
                "Số:           /BC-UBND",
                "Lào Cai, ngày        tháng        năm 2026"
            ]
        );
    }

    /// The first addressee set far from its label on the label's line is the label's line's
    /// (the addressees under it line up with it); a date beside the label is not.
    #[test]
    fn the_first_addressee_far_from_its_kinh_gui_label() {
        for (line, want) in [
            (
                "                           Kính gửi:    - UBND các huyện, thị xã, thành phố;",
                "Kính gửi:    - UBND các huyện, thị xã, thành phố;",
            ),
            (
                "        Kính gởi :      Các Thầy Cô lãnh đạo Khoa.",
                "Kính gởi :      Các Thầy Cô lãnh đạo Khoa.",
            ),
        ] {
            assert_eq!(texts(line), [want]);
        }
        assert_eq!(
            texts("Kính gửi:          Lâm Đồng, ngày 10 tháng 11 năm 2025"),
            ["Kính gửi:", "Lâm Đồng, ngày 10 tháng 11 năm 2025"]
        );
    }

    #[test]
    fn no_break_spaces_split_columns_but_not_a_blank_inside_parentheses() {
        let nbsp = "UBND TỈNH LÀO CAI\u{a0}\u{a0}\u{a0}\u{a0}CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM";
        assert_eq!(
            texts(nbsp),
            ["UBND TỈNH LÀO CAI", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"]
        );
        // Web copies keep the blanks a writer leaves for the number of copies.
        assert_eq!(
            texts("- Lưu: VT, KTTH ( \u{a0}\u{a0}b)."),
            ["- Lưu: VT, KTTH ( \u{a0}\u{a0}b)."]
        );
        assert_eq!(
            texts("- Lưu: VT, TH (     b)."),
            ["- Lưu: VT, TH (     b)."]
        );
        // A tab is a column gap even inside an unclosed bracket.
        assert_eq!(texts("Ghi chú (a\tMục b)"), ["Ghi chú (a", "Mục b)"]);
    }

    #[test]
    fn page_numbers_and_form_feeds_are_furniture() {
        let input = "đoạn một\n\u{c}                                        2\n\n      tiếp theo\n                                        3\nhết";
        assert_eq!(texts(input), ["đoạn một", "tiếp theo", "hết"]);
        assert!(segments(input)[1].blank_before);
    }

    #[test]
    fn word_field_codes_are_furniture() {
        let input = "Nguyễn Văn A\n   PAGE  2\nPAGE\n EMBED Excel.Sheet.8 \nPAGE 2 của hồ sơ";
        assert_eq!(texts(input), ["Nguyễn Văn A", "PAGE 2 của hồ sơ"]);
    }
}

#[cfg(test)]
mod column_tests {
    /// The prose shortcut splits as the byte walk does: lines made of words, one to four
    /// spaces, tabs and form feeds, with and without spaces at either end.
    #[test]
    fn the_shortcut_agrees_with_the_walk() {
        let parts = [
            "Số:", "ngày", "a", "  ", " ", "   ", "    ", "\t", "\x0c", "ỦY BAN", "năm", "12",
        ];
        let mut checked = 0;
        for a in parts {
            for b in parts {
                for c in parts {
                    for d in ["", " ", "  ", "   "] {
                        let line = format!("{d}{a}{b}{c}{d}");
                        assert_eq!(
                            super::split_columns(&line),
                            super::split_columns_walk(&line),
                            "{line:?}"
                        );
                        checked += 1;
                    }
                }
            }
        }
        assert!(checked > 5000);
        // "Số: 12" is 8 bytes (ố takes 3).
        assert_eq!(super::split_columns("  Số: 12  "), vec![(2, 10)]);
    }

    /// A draft's blank number and date in a sentence that already holds a whole date: one
    /// piece, not three columns (dev set, a Bình Thuận draft decision's `Theo đề nghị`).
    #[test]
    fn a_drafts_blanks_after_a_whole_date_are_no_columns() {
        for line in [
            "Theo đề nghị của Hiệp hội tại Công văn số 01/BC-HHNM ngày 24 tháng 12 năm 2024 và Giám đốc Sở Nội vụ tại Tờ trình số     /TTr-SNV ngày     tháng 01 năm 2025.",
            "Căn cứ Quyết định số 12/QĐ-UBND ngày 05/3/2024 và Kế hoạch số    /KH-UBND ngày    tháng    năm 2025;",
        ] {
            assert_eq!(super::split_columns(line), vec![(0, line.len())], "{line}");
        }
    }
}
