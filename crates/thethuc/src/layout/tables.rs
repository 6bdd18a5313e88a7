//! Tables written in text: Markdown pipe tables (`| a | b |`, `<br>` for line breaks in a
//! cell), pandoc grid tables (`+----+----+`, cells wrapped over several lines) and pandoc
//! simple and multiline tables (columns under groups of dashes). A header table is where most
//! documents keep their issuer, number, Quốc hiệu and date; a signature table holds the Nơi
//! nhận beside the signature.

use crate::text::span::Span;

/// One line of a cell: its text (white space trimmed, markup still in), and whether an empty
/// line of the same cell stands before it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CellLine {
    pub span: Span,
    pub blank_before: bool,
    /// The cell's slice of its physical line, white space and all (a table inside the cell
    /// is read from these).
    pub raw: Span,
}

pub type Cell = Vec<CellLine>;

/// A table row: its cells, left to right.
#[derive(Debug, Clone, Default)]
pub struct Row {
    pub cells: Vec<Cell>,
}

/// A table found in the text, and the physical line after it.
#[derive(Debug, Clone)]
pub struct Table {
    pub rows: Vec<Row>,
    pub next: usize,
}

/// The most cells a table row is split into (as `layout::MAX_COLUMNS` for a line of text): the
/// rest of a longer row stays in its last cell, so that a hostile row of millions of bars makes
/// neither millions of lines nor a step quadratic in them.
pub const MAX_CELLS: usize = 32;

/// Keeps the first `MAX_CELLS` boundaries of a row and its last one: the last cell then holds the
/// rest of the row.
fn cap_bounds(bounds: &mut Vec<usize>) {
    if bounds.len() > MAX_CELLS + 1 {
        let last = bounds[bounds.len() - 1];
        bounds.truncate(MAX_CELLS);
        bounds.push(last);
    }
}

/// The physical lines of a text: byte ranges without the line break (and a `\r` before it).
pub fn physical_lines(text: &str) -> Vec<(usize, usize)> {
    let bytes = text.as_bytes();
    let mut out = Vec::new();
    let mut start = 0;
    // A line ends at `\n`, `\r\n`, or a `\r` alone (an old Mac file's line end).
    for at in memchr::memchr2_iter(b'\n', b'\r', bytes) {
        if at < start {
            // The `\n` of a `\r\n` already taken.
            continue;
        }
        out.push((start, at));
        start = if bytes[at] == b'\r' && bytes.get(at + 1) == Some(&b'\n') {
            at + 2
        } else {
            at + 1
        };
    }
    if start < text.len() {
        out.push((start, text.len()));
    }
    out
}

fn trimmed(text: &str, a: usize, b: usize) -> Option<Span> {
    let s = &text[a..b];
    let lead = s.len() - s.trim_start().len();
    let t = s.trim();
    (!t.is_empty()).then(|| Span::new((a + lead) as u32, (a + lead + t.len()) as u32))
}

// ---------------------------------------------------------------------------------------------
// Markdown pipe tables

/// A delimiter row: `|---|:--:|`, `--- | ---`.
fn is_delimiter_row(line: &str) -> bool {
    let t = line.trim();
    let t = t.strip_prefix('|').unwrap_or(t);
    let t = t.strip_suffix('|').unwrap_or(t);
    let mut cells = 0;
    for cell in t.split('|') {
        let c = cell.trim();
        let c = c.strip_prefix(':').unwrap_or(c);
        let c = c.strip_suffix(':').unwrap_or(c);
        if c.is_empty() || !c.bytes().all(|b| b == b'-') {
            return false;
        }
        cells += 1;
    }
    cells >= 1 && t.contains('-')
}

fn is_pipe_row(line: &str) -> bool {
    let t = line.trim_start();
    let indent = line.len() - t.len();
    indent <= 3 && t.starts_with('|') && t[1..].contains('|')
}

/// A Markdown pipe table starting at line `i`: rows that open with `|`, or a header row
/// followed by a delimiter row.
pub fn pipe_table(text: &str, lines: &[(usize, usize)], i: usize) -> Option<Table> {
    let line = |k: usize| &text[lines[k].0..lines[k].1];
    let starts = is_pipe_row(line(i))
        || (line(i).contains('|') && i + 1 < lines.len() && is_delimiter_row(line(i + 1)));
    if !starts {
        return None;
    }
    let mut rows = Vec::new();
    let mut k = i;
    while k < lines.len() {
        let l = line(k);
        if l.trim().is_empty() || !(l.contains('|')) {
            break;
        }
        if k > i && !is_pipe_row(l) && !is_delimiter_row(l) {
            break;
        }
        if !is_delimiter_row(l) {
            rows.push(pipe_row(text, lines[k].0, l));
        }
        k += 1;
    }
    // One row of one cell is a line that happens to start with a bar, not a table.
    if rows.len() == 1 && rows[0].cells.len() < 2 {
        return None;
    }
    Some(Table { rows, next: k })
}

/// The cells of a pipe row, each split at its `<br>`s.
fn pipe_row(text: &str, base: usize, line: &str) -> Row {
    let bytes = line.as_bytes();
    let mut bars = Vec::new();
    let mut k = 0;
    while k < bytes.len() {
        match bytes[k] {
            b'\\' => k += 2,
            b'|' => {
                bars.push(k);
                k += 1;
            }
            _ => k += 1,
        }
    }
    let mut cells = Vec::new();
    let first_is_bar = line.trim_start().starts_with('|');
    let mut start = if first_is_bar { bars[0] + 1 } else { 0 };
    let from = usize::from(first_is_bar);
    for &bar in bars.iter().skip(from) {
        if cells.len() + 1 == MAX_CELLS {
            break;
        }
        cells.push(cell_lines_br(text, base + start, base + bar));
        start = bar + 1;
    }
    // The rest of the row, without its closing bar (the last bar, with only white space after).
    let end = match bars.last() {
        Some(&bar) if bar >= start && line[bar + 1..].trim().is_empty() => bar,
        _ => line.len(),
    };
    if !line[start..end].trim().is_empty() {
        cells.push(cell_lines_br(text, base + start, base + end));
    }
    Row { cells }
}

/// A cell's lines: its text split at `<br>`, `<br/>`, `<br />` (any case).
fn cell_lines_br(text: &str, a: usize, b: usize) -> Cell {
    let mut out = Vec::new();
    let mut start = a;
    let mut blank = false;
    let mut k = a;
    let bytes = text.as_bytes();
    while k < b {
        if bytes[k] == b'<' {
            if let Some(len) = br_tag_len(&text[k..b]) {
                match trimmed(text, start, k) {
                    Some(span) => {
                        out.push(CellLine {
                            span,
                            blank_before: blank && !out.is_empty(),
                            raw: span,
                        });
                        blank = false;
                    }
                    None => blank = true,
                }
                k += len;
                start = k;
                continue;
            }
        }
        k += 1;
    }
    if let Some(span) = trimmed(text, start, b) {
        out.push(CellLine {
            span,
            blank_before: blank && !out.is_empty(),
            raw: span,
        });
    }
    out
}

/// The length of a `<br>` tag at the start of `s`.
pub fn br_tag_len(s: &str) -> Option<usize> {
    let b = s.as_bytes();
    if b.len() < 4
        || b[0] != b'<'
        || !b[1].eq_ignore_ascii_case(&b'b')
        || !b[2].eq_ignore_ascii_case(&b'r')
    {
        return None;
    }
    // A `<br>` tag is short: a `<br` left open is not searched to the end of the line (a line
    // of them would be searched once for each).
    let close = s.bytes().take(64).position(|b| b == b'>')?;
    let inner = s[3..close].trim();
    (inner.is_empty() || inner == "/").then_some(close + 1)
}

// ---------------------------------------------------------------------------------------------
// Pandoc grid tables

/// `+-----+-----+` or `+=====+=====+` (with `:` for alignment): the positions of its `+`, in
/// characters.
fn grid_border(line: &str) -> Option<Vec<usize>> {
    let t = line.trim_end();
    let lead = t.len() - t.trim_start().len();
    let body = &t[lead..];
    if !body.starts_with('+') || !body.ends_with('+') || body.len() < 3 {
        return None;
    }
    let mut plus = Vec::new();
    for (k, c) in body.chars().enumerate() {
        match c {
            '+' => plus.push(lead + k),
            '-' | '=' | ':' => {}
            _ => return None,
        }
    }
    (plus.len() >= 2).then_some(plus)
}

/// A pandoc grid table at line `i`: borders of `+`, rows of `|` between them. A table ends at
/// its last border: a last row that no border closes is not part of it. There is no table when
/// a border lies right under the top border, or no row is closed: so a search that finds none
/// has read the top border and the `|` lines under it only, and a text of borders (or of rows
/// never closed) is read once, not once a line.
pub fn grid_table(text: &str, lines: &[(usize, usize)], i: usize) -> Option<Table> {
    let line = |k: usize| &text[lines[k].0..lines[k].1];
    let mut cols = grid_border(line(i))?;
    cap_bounds(&mut cols);
    let mut rows: Vec<Row> = Vec::new();
    let mut current: Option<GridRow> = None;
    // The line after the last border that closed a row.
    let mut closed_at = None;
    let mut k = i + 1;
    while k < lines.len() {
        let l = line(k);
        if grid_border(l).is_some() {
            match current.take() {
                Some(r) => rows.push(Row { cells: r.cells }),
                // A border under the top border: no table here.
                None if rows.is_empty() => break,
                // A border under a closing one (pandoc's header separator, then the bottom).
                None => {}
            }
            k += 1;
            closed_at = Some(k);
            continue;
        }
        if !l.trim_start().starts_with('|') {
            break;
        }
        let row = current.get_or_insert_with(|| GridRow::new(cols.len() - 1));
        row.add_line(text, lines[k].0, l, &cols);
        k += 1;
    }
    let next = closed_at?;
    Some(Table { rows, next })
}

/// A grid row being read: its cells, and for each whether an empty line was just seen in it.
struct GridRow {
    cells: Vec<Cell>,
    gap: Vec<bool>,
}

impl GridRow {
    fn new(n: usize) -> Self {
        Self {
            cells: vec![Vec::new(); n],
            gap: vec![false; n],
        }
    }

    /// Adds one physical line of the row: the text between the column bars.
    fn add_line(&mut self, text: &str, base: usize, line: &str, cols: &[usize]) {
        // Character positions → byte offsets.
        let offsets: Vec<usize> = line
            .char_indices()
            .map(|(b, _)| b)
            .chain(std::iter::once(line.len()))
            .collect();
        let byte_at = |c: usize| offsets.get(c).copied().unwrap_or(line.len());
        // The bars are at the border's columns when the line is aligned with them (pandoc's
        // widths), otherwise wherever this line has them.
        let aligned = cols.iter().all(|&c| {
            offsets
                .get(c)
                .is_none_or(|&b| b == line.len() || line.as_bytes()[b] == b'|')
        });
        let bounds: Vec<usize> = if aligned {
            cols.iter().map(|&c| byte_at(c)).collect()
        } else {
            let mut bars: Vec<usize> = line.match_indices('|').map(|(b, _)| b).collect();
            cap_bounds(&mut bars);
            bars
        };
        self.add_cells(text, base, line, &bounds);
    }

    /// Adds the cells of one line of the row, the bars at byte offsets `bounds` of `line`.
    fn add_cells(&mut self, text: &str, base: usize, line: &str, bounds: &[usize]) {
        for (n, w) in bounds.windows(2).enumerate() {
            let (a, b) = (w[0] + 1, w[1].min(line.len()));
            if n >= self.cells.len() || a > b {
                break;
            }
            match trimmed(text, base + a, base + b) {
                Some(span) => {
                    self.cells[n].push(CellLine {
                        span,
                        blank_before: self.gap[n],
                        raw: Span::new((base + a) as u32, (base + b) as u32),
                    });
                    self.gap[n] = false;
                }
                None => self.gap[n] = !self.cells[n].is_empty(),
            }
        }
    }
}

/// A pandoc grid table whose line breaks were collapsed to spaces (a document pasted into a web
/// form or a chat, a PDF viewer's copy): `+----+----+ | a | b | | a2 | b2 | +====+====+`. Each
/// physical line of a row left its `n + 1` bars (`n` columns, counted from the border), so the
/// cells are read back by counting bars. Looked for from byte `from` of `line` (a physical
/// line starting at `base`); returns where the table starts and ends in `line` and the table
/// (`next` unused). Like `grid_table`, the table ends at its last border and needs a row that a
/// border closes; a border of another column count ends it too.
pub fn flattened_grid_table(
    text: &str,
    base: usize,
    line: &str,
    from: usize,
) -> Option<(usize, usize, Table)> {
    let bytes = line.as_bytes();
    let token_end = |at: usize| {
        bytes[at..]
            .iter()
            .position(u8::is_ascii_whitespace)
            .map_or(line.len(), |k| at + k)
    };
    let skip_space = |at: usize| {
        bytes[at..]
            .iter()
            .position(|b| !b.is_ascii_whitespace())
            .map_or(line.len(), |k| at + k)
    };
    let mut search = from;
    while let Some(k) = line[search..].find("+-") {
        let start = search + k;
        search = start + 2;
        // A border is a token of its own.
        if start > 0 && !bytes[start - 1].is_ascii_whitespace() {
            continue;
        }
        let first_end = token_end(start);
        let Some(mut plus) = grid_border(&line[start..first_end]) else {
            continue;
        };
        cap_bounds(&mut plus);
        let columns = plus.len() - 1;
        let mut rows: Vec<Row> = Vec::new();
        let mut current: Option<GridRow> = None;
        let mut closed_at = None;
        let mut at = skip_space(first_end);
        while at < line.len() {
            if bytes[at] == b'+' {
                let end = token_end(at);
                match grid_border(&line[at..end]) {
                    Some(p) if p.len().min(MAX_CELLS + 1) == columns + 1 => {}
                    _ => break,
                }
                match current.take() {
                    Some(r) => rows.push(Row { cells: r.cells }),
                    None if rows.is_empty() => break,
                    None => {}
                }
                closed_at = Some(end);
                at = skip_space(end);
                continue;
            }
            if bytes[at] != b'|' {
                break;
            }
            // One physical line of the row: `columns + 1` bars.
            let mut bars = vec![at];
            let mut next = at + 1;
            while bars.len() < columns + 1 {
                match memchr::memchr(b'|', &bytes[next..]) {
                    Some(k) => {
                        bars.push(next + k);
                        next += k + 1;
                    }
                    None => break,
                }
            }
            if bars.len() < columns + 1 {
                break;
            }
            let row = current.get_or_insert_with(|| GridRow::new(columns));
            row.add_cells(text, base, line, &bars);
            at = skip_space(next);
        }
        if let Some(end) = closed_at.filter(|_| !rows.is_empty()) {
            return Some((start, end, Table { rows, next: 0 }));
        }
        // What was read is no table's start: the search goes on after it (a border that ended
        // it is tried next), so each byte is read a bounded number of times.
        search = search.max(at);
    }
    None
}

// ---------------------------------------------------------------------------------------------
// Pandoc simple and multiline tables

/// Groups of dashes separated by spaces (`-----  ------`), or one long run of dashes: the
/// character ranges of the groups.
fn dash_groups(line: &str) -> Option<Vec<(usize, usize)>> {
    let t = line.trim_end();
    if t.trim().is_empty() || !t.trim().bytes().all(|b| b == b'-' || b == b' ') {
        return None;
    }
    let mut groups = Vec::new();
    let mut start = None;
    for (k, c) in t.chars().enumerate() {
        match (c, start) {
            ('-', None) => start = Some(k),
            (' ', Some(s)) => {
                groups.push((s, k));
                start = None;
            }
            _ => {}
        }
    }
    if let Some(s) = start {
        groups.push((s, t.chars().count()));
    }
    let long = groups.iter().map(|(a, b)| b - a).sum::<usize>() >= 6;
    long.then_some(groups)
}

/// A pandoc multiline table (a line of dashes, rows separated by blank lines, a line of
/// dashes) or a simple table (dash groups under a header line) at line `i`. The columns are
/// where every line of the table has a space in the same places.
pub fn dash_table(text: &str, lines: &[(usize, usize)], i: usize) -> Option<Table> {
    let line = |k: usize| &text[lines[k].0..lines[k].1];
    let groups = dash_groups(line(i))?;
    // Multiline: one group opening the table, its end a line of dashes within 200 lines.
    // The blank line first: it is the cheaper test (a text of dash lines tries 200 of them from
    // each).
    let end = (i + 1..lines.len().min(i + 200)).find(|&k| {
        (k + 1 >= lines.len() || line(k + 1).trim().is_empty()) && dash_groups(line(k)).is_some()
    })?;
    if end <= i + 1 {
        return None;
    }
    let body: Vec<usize> = (i + 1..end)
        .filter(|&k| dash_groups(line(k)).is_none())
        .collect();
    if body.iter().all(|&k| line(k).trim().is_empty()) {
        return None;
    }
    let mut cols = if groups.len() >= 2 {
        groups.iter().map(|g| g.0).collect::<Vec<_>>()
    } else {
        rivers(&body.iter().map(|&k| line(k)).collect::<Vec<_>>())
    };
    // The last column runs to the end of the line.
    cols.truncate(MAX_CELLS);
    if cols.len() < 2 {
        return None;
    }
    let mut rows = Vec::new();
    let mut current = Row {
        cells: vec![Vec::new(); cols.len()],
    };
    for &k in &body {
        let l = line(k);
        if l.trim().is_empty() {
            if current.cells.iter().any(|c| !c.is_empty()) {
                rows.push(std::mem::replace(
                    &mut current,
                    Row {
                        cells: vec![Vec::new(); cols.len()],
                    },
                ));
            }
            continue;
        }
        let offsets: Vec<usize> = l
            .char_indices()
            .map(|(b, _)| b)
            .chain(std::iter::once(l.len()))
            .collect();
        let byte_at = |c: usize| offsets.get(c).copied().unwrap_or(l.len());
        for (n, &c) in cols.iter().enumerate() {
            let a = byte_at(c);
            let b = cols.get(n + 1).map_or(l.len(), |&d| byte_at(d));
            if let Some(span) = trimmed(text, lines[k].0 + a, lines[k].0 + b) {
                current.cells[n].push(CellLine {
                    span,
                    blank_before: false,
                    raw: Span::new((lines[k].0 + a) as u32, (lines[k].0 + b) as u32),
                });
            }
        }
    }
    if current.cells.iter().any(|c| !c.is_empty()) {
        rows.push(current);
    }
    Some(Table {
        rows,
        next: end + 1,
    })
}

/// Column starts of a block laid out in fixed columns: after a run of at least two spaces
/// that every non-empty line has in the same character positions.
fn rivers(lines: &[&str]) -> Vec<usize> {
    let width = lines.iter().map(|l| l.chars().count()).max().unwrap_or(0);
    let mut space = vec![true; width];
    for l in lines.iter().filter(|l| !l.trim().is_empty()) {
        // Only the line's own characters: a short line under a long one costs its length.
        for (s, c) in space.iter_mut().zip(l.chars()) {
            if c != ' ' {
                *s = false;
            }
        }
    }
    let first = lines
        .iter()
        .filter(|l| !l.trim().is_empty())
        .map(|l| l.len() - l.trim_start().len())
        .min()
        .unwrap_or(0);
    let mut cols = vec![first];
    let mut k = first;
    while k < width {
        if space[k] {
            let run = space[k..].iter().take_while(|s| **s).count();
            if k + run < width && run >= 2 {
                cols.push(k + run);
            }
            k += run;
        } else {
            k += 1;
        }
    }
    cols
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cells(text: &str, t: &Table) -> Vec<Vec<Vec<String>>> {
        t.rows
            .iter()
            .map(|r| {
                r.cells
                    .iter()
                    .map(|c| c.iter().map(|l| l.span.of(text).to_owned()).collect())
                    .collect()
            })
            .collect()
    }

    #[test]
    fn pipe_tables_with_line_breaks_in_cells() {
        let text = "| ỦY BAN NHÂN DÂN<br>TỈNH LÀO CAI | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM<br/>Độc lập - Tự do - Hạnh phúc |\n|---|---|\n| Số: 12/QĐ-UBND | Lào Cai, ngày 05 tháng 3 năm 2026 |\n\nsau";
        let lines = physical_lines(text);
        let t = pipe_table(text, &lines, 0).unwrap();
        assert_eq!(t.next, 3);
        assert_eq!(
            cells(text, &t),
            [
                vec![
                    vec!["ỦY BAN NHÂN DÂN", "TỈNH LÀO CAI"],
                    vec![
                        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                        "Độc lập - Tự do - Hạnh phúc"
                    ]
                ],
                vec![
                    vec!["Số: 12/QĐ-UBND"],
                    vec!["Lào Cai, ngày 05 tháng 3 năm 2026"]
                ],
            ]
        );
        assert!(pipe_table(text, &lines, 4).is_none());
    }

    #[test]
    fn grid_tables_keep_wrapped_cell_lines_in_order() {
        let text = "+-----------------+---------------------+\n| UBND TỈNH X     | CỘNG HÒA XÃ HỘI CHỦ |\n|                 | NGHĨA VIỆT NAM      |\n|                 |                     |\n| Số: 12/UBND     | Độc lập - Tự do -   |\n|                 | Hạnh phúc           |\n+=================+=====================+\n+-----------------+---------------------+\n\nKính gửi";
        let lines = physical_lines(text);
        let t = grid_table(text, &lines, 0).unwrap();
        assert_eq!(t.next, 8);
        let c = cells(text, &t);
        assert_eq!(c[0][0], ["UBND TỈNH X", "Số: 12/UBND"]);
        assert_eq!(
            c[0][1],
            [
                "CỘNG HÒA XÃ HỘI CHỦ",
                "NGHĨA VIỆT NAM",
                "Độc lập - Tự do -",
                "Hạnh phúc"
            ]
        );
        assert!(t.rows[0].cells[0][1].blank_before);
        assert!(t.rows[0].cells[1][2].blank_before);
        assert!(!t.rows[0].cells[1][1].blank_before);
    }

    #[test]
    fn multiline_tables_split_where_every_line_has_spaces() {
        let text = "  ---------------------------------------------------------\n  ỦY BAN NHÂN DÂN        CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n  TỈNH LÀO CAI           Độc lập - Tự do - Hạnh phúc\n\n  Số: 12/QĐ-UBND         Lào Cai, ngày 05 tháng 3 năm 2026\n  ---------------------------------------------------------\n\nsau";
        let lines = physical_lines(text);
        let t = dash_table(text, &lines, 0).unwrap();
        let c = cells(text, &t);
        assert_eq!(c.len(), 2);
        assert_eq!(c[0][0], ["ỦY BAN NHÂN DÂN", "TỈNH LÀO CAI"]);
        assert_eq!(
            c[0][1],
            [
                "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                "Độc lập - Tự do - Hạnh phúc"
            ]
        );
        assert_eq!(c[1][1], ["Lào Cai, ngày 05 tháng 3 năm 2026"]);
        assert_eq!(t.next, 6);
        // A rule of dashes under a heading is not a table.
        let text = "QUYẾT ĐỊNH\n----------\nVề việc";
        assert!(dash_table(text, &physical_lines(text), 1).is_none());
    }

    /// A row of more than `MAX_CELLS` cells keeps the rest in its last cell (closing bar
    /// left out), in every kind of table.
    #[test]
    fn rows_past_the_cell_bound_keep_the_rest_in_the_last_cell() {
        let text = format!("{}|\n|---|---|\n", "| a ".repeat(40));
        let lines = physical_lines(&text);
        let t = pipe_table(&text, &lines, 0).unwrap();
        let c = cells(&text, &t);
        assert_eq!(c[0].len(), MAX_CELLS);
        assert_eq!(c[0][0], ["a"]);
        assert_eq!(c[0][MAX_CELLS - 1], ["a | a | a | a | a | a | a | a | a"]);
        // Without the closing bar, and with escaped bars: the same cells.
        let text = format!("{}\n|---|---|\n", "| a ".repeat(40));
        let t = pipe_table(&text, &physical_lines(&text), 0).unwrap();
        assert_eq!(cells(&text, &t)[0][MAX_CELLS - 1].len(), 1);
        // Within the bound: the cells as before.
        let text = "| a | b \\| c |\n|---|---|\n";
        let t = pipe_table(text, &physical_lines(text), 0).unwrap();
        assert_eq!(cells(text, &t), [vec![vec!["a"], vec!["b \\| c"]]]);
        // A grid row, aligned with its border and not.
        let border = format!("+{}\n", "-+".repeat(40));
        for row in ["|a".repeat(40), "| a ".repeat(40)] {
            let text = format!("{border}{row}|\n{border}");
            let t = grid_table(&text, &physical_lines(&text), 0).unwrap();
            let c = cells(&text, &t);
            assert_eq!(c[0].len(), MAX_CELLS, "{row}");
            assert!(c[0][MAX_CELLS - 1][0].matches('a').count() == 9, "{row}");
        }
        // `<br` left open, or too long to be a tag: not a line break.
        assert_eq!(br_tag_len("<br>x"), Some(4));
        assert_eq!(br_tag_len("<BR />"), Some(6));
        assert_eq!(br_tag_len("<br<br<br"), None);
        assert_eq!(br_tag_len(&format!("<br{}>", " ".repeat(100))), None);
    }

    /// A grid table ends at its last border; borders alone, or rows never closed, are none.
    #[test]
    fn grid_tables_run_together_on_one_line_are_read_by_counting_bars() {
        // pandoc's header table with the line breaks collapsed (a web form's copy), text
        // before and after it.
        let line = "Văn bản +------------------+---+-----------------------------+ \
            | ỦY BAN NHÂN DÂN | | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM | | | | | \
            | TỈNH LÂM ĐỒNG | | Độc lập - Tự do - Hạnh phúc | \
            +==================+===+=============================+ \
            +------------------+---+-----------------------------+ Kính gửi: Sở Nội vụ";
        let (start, end, t) = flattened_grid_table(line, 0, line, 0).unwrap();
        assert_eq!(&line[..start], "Văn bản ");
        assert_eq!(&line[end..], " Kính gửi: Sở Nội vụ");
        assert_eq!(
            cells(line, &t),
            [vec![
                vec!["ỦY BAN NHÂN DÂN", "TỈNH LÂM ĐỒNG"],
                vec![],
                vec![
                    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                    "Độc lập - Tự do - Hạnh phúc"
                ],
            ]]
        );
        // The empty line inside the cell is kept as a gap.
        assert!(t.rows[0].cells[0][1].blank_before);
        // No border closes the row, or a row has too few bars: no table.
        for line in [
            "+---+---+ | a | b | | c | d |",
            "+---+---+ | a | b +---+---+",
            "+---+ +---+ | a | +---+",
            "1 +-2 | 3",
        ] {
            let found = flattened_grid_table(line, 0, line, 0).map(|(a, b, _)| (a, b));
            assert!(found.is_none_or(|(a, _)| a > 0), "{line}: {found:?}");
        }
        // A table after a failed start is still found.
        let line = "+-+-+ x +---+ | a | +---+";
        let (start, _, t) = flattened_grid_table(line, 0, line, 0).unwrap();
        assert_eq!(start, 8);
        assert_eq!(cells(line, &t), [vec![vec!["a"]]]);
    }

    #[test]
    fn grid_tables_end_at_their_last_border() {
        let text = "+---+\n| a |\n+===+\n| b |\n+---+\n| c |\nsau";
        let lines = physical_lines(text);
        let t = grid_table(text, &lines, 0).unwrap();
        assert_eq!(cells(text, &t), [vec![vec!["a"]], vec![vec!["b"]]]);
        assert_eq!(t.next, 5);
        // A border under a closing border belongs to the table (pandoc, a header alone).
        let text = "+---+\n| a |\n+===+\n+---+\n| b |\n+---+\n";
        let t = grid_table(text, &physical_lines(text), 0).unwrap();
        assert_eq!(t.rows.len(), 2);
        assert_eq!(t.next, 6);
        for text in [
            "+---+\n+---+\n| a |\n+---+\n",
            "+---+\n| a |\n| b |\n",
            "+---+\n",
        ] {
            assert!(
                grid_table(text, &physical_lines(text), 0).is_none(),
                "{text}"
            );
        }
        // Under a border right under the top border, a table starts.
        let text = "+---+\n+---+\n| a |\n+---+\n";
        assert_eq!(grid_table(text, &physical_lines(text), 1).unwrap().next, 4);
    }
}
