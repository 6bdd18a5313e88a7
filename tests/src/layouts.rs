//! The same document in other layouts, for the metamorphic tests (`tests/tests/metamorphic.rs`).
//!
//! A text document is re-rendered the way another converter or source would give it: the
//! header's two columns joined by one space, separated by no-break spaces, in a Markdown table,
//! one column after the other, the whole text on one line, header lines wrapped, or a .docx
//! whose header is a two-column Word table. Whatever the layout, thethuc must read the same
//! components and give the same findings.
//!
//! The column layouts need the header's two columns (and the closing's, the recipients beside
//! the signature, where the layout moves them too). [`split`] finds them in a
//! `pdftotext -layout`-style text, where they stand side by side with a gutter of spaces
//! between them; a text whose header it cannot split with confidence is skipped for those
//! layouts (with the reason), never guessed at. Every line outside the blocks a layout moves
//! stays as written, so that a difference is the layout's doing.

use std::fmt::Write as _;

/// A layout a document is re-rendered in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Layout {
    /// (a) The header's two columns joined by a single space on each row (a web copy).
    OneSpace,
    /// (b) The header's indentation and gutter made of U+00A0 (a page aligned with `&nbsp;`).
    Nbsp,
    /// (c) The header rows as a Markdown pipe table; the file is read as Markdown.
    MarkdownTable,
    /// (d) Each two-column block (header, and the recipients beside the signature) as its left
    /// column's lines, then its right column's (`pdftotext` without `-layout`, a web copy).
    Sequence,
    /// (e) The whole document on one line, in reading order (two-column blocks as in
    /// `Sequence`), white space collapsed, page numbers left out (a page's text content).
    OneLine,
    /// (f) The header's cell lines (issuer, Số, Quốc hiệu, date: all but the Tiêu ngữ and the
    /// V/v) wrapped mid-phrase onto two lines where longer than a cell 60 % as wide as the
    /// column's longest, side by side as `pdftotext -layout` gives a narrow header table.
    WrappedHeader,
    /// (g) A .docx: the header's columns in the two cells of a Word table, the recipients and
    /// the signature in another, every other line a paragraph (page numbers and form feeds
    /// left out).
    DocxTable,
}

impl Layout {
    pub const ALL: [Layout; 7] = [
        Layout::OneSpace,
        Layout::Nbsp,
        Layout::MarkdownTable,
        Layout::Sequence,
        Layout::OneLine,
        Layout::WrappedHeader,
        Layout::DocxTable,
    ];

    pub fn name(self) -> &'static str {
        match self {
            Layout::OneSpace => "one-space",
            Layout::Nbsp => "nbsp",
            Layout::MarkdownTable => "markdown-table",
            Layout::Sequence => "sequence",
            Layout::OneLine => "one-line",
            Layout::WrappedHeader => "wrapped-header",
            Layout::DocxTable => "docx-table",
        }
    }
}

/// A re-rendered document.
#[derive(Debug, Clone)]
pub enum Rendered {
    Text(String),
    Markdown(String),
    Docx(Vec<u8>),
}

/// One physical row of a two-column block: the text of each column (empty when the column has
/// nothing on that row) and where each stood (character columns, tabs expanded to 8).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Row {
    pub left: String,
    pub right: String,
    pub left_at: usize,
    pub right_at: usize,
}

impl Row {
    pub fn is_blank(&self) -> bool {
        self.left.is_empty() && self.right.is_empty()
    }
}

/// Lines `start..end` of a text, laid out in two columns.
#[derive(Debug, Clone)]
pub struct Block {
    pub start: usize,
    pub end: usize,
    /// One row per line, blank rows included.
    pub rows: Vec<Row>,
    /// The columns every row leaves blank: `[start, end)` in character columns.
    pub gutter: (usize, usize),
}

impl Block {
    pub fn left_lines(&self) -> impl Iterator<Item = &str> {
        self.rows
            .iter()
            .filter(|r| !r.left.is_empty())
            .map(|r| r.left.as_str())
    }
    pub fn right_lines(&self) -> impl Iterator<Item = &str> {
        self.rows
            .iter()
            .filter(|r| !r.right.is_empty())
            .map(|r| r.right.as_str())
    }
    /// The left column's lines, then the right column's.
    pub fn in_sequence(&self) -> Vec<String> {
        self.left_lines()
            .chain(self.right_lines())
            .map(str::to_owned)
            .collect()
    }
}

/// A text with its two-column header and, when it has one, its two-column closing (the
/// recipients beside the signature).
#[derive(Debug, Clone)]
pub struct Split {
    /// The text's lines, as written.
    pub lines: Vec<String>,
    pub header: Block,
    pub closing: Option<Block>,
    /// The text ended with a line break.
    pub final_newline: bool,
}

impl Split {
    /// The text's lines with the header's and the closing's lines replaced by what `header`
    /// and `closing` make of each block.
    fn assemble(
        &self,
        header: impl FnOnce(&Block) -> Vec<String>,
        closing: impl FnOnce(&Block) -> Vec<String>,
    ) -> Vec<String> {
        let h = &self.header;
        let mut out: Vec<String> = self.lines[..h.start].to_vec();
        out.extend(header(h));
        match &self.closing {
            Some(c) => {
                out.extend(self.lines[h.end..c.start].iter().cloned());
                out.extend(closing(c));
                out.extend(self.lines[c.end..].iter().cloned());
            }
            None => out.extend(self.lines[h.end..].iter().cloned()),
        }
        out
    }

    fn verbatim(&self, b: &Block) -> Vec<String> {
        self.lines[b.start..b.end].to_vec()
    }
}

/// A line's characters with tabs expanded (stops every 8 columns) and form feeds as spaces.
fn expand(line: &str) -> Vec<char> {
    let mut out = Vec::with_capacity(line.len());
    for c in line.chars() {
        match c {
            '\t' => {
                let next = (out.len() / 8 + 1) * 8;
                out.resize(next, ' ');
            }
            '\u{c}' | '\r' => out.push(' '),
            c => out.push(c),
        }
    }
    out
}

fn is_space(c: char) -> bool {
    c == ' '
}

fn is_blank(chars: &[char]) -> bool {
    chars.iter().all(|&c| is_space(c))
}

/// Runs of spaces between two pieces of text: `[start, end)`.
fn inner_gaps(chars: &[char]) -> Vec<(usize, usize)> {
    let Some(first) = chars.iter().position(|&c| !is_space(c)) else {
        return Vec::new();
    };
    let last = chars.iter().rposition(|&c| !is_space(c)).unwrap_or(first);
    let mut gaps = Vec::new();
    let mut i = first;
    while i <= last {
        if is_space(chars[i]) {
            let start = i;
            while i <= last && is_space(chars[i]) {
                i += 1;
            }
            gaps.push((start, i));
        } else {
            i += 1;
        }
    }
    gaps
}

/// The widest run of blank columns of `chars` inside `gutter` (past the line's end is blank).
fn blank_within(chars: &[char], gutter: (usize, usize)) -> Option<(usize, usize)> {
    let mut best: Option<(usize, usize)> = None;
    let mut run_start = None;
    for col in gutter.0..=gutter.1 {
        let blank = col < gutter.1 && chars.get(col).is_none_or(|&c| is_space(c));
        match (blank, run_start) {
            (true, None) => run_start = Some(col),
            (false, Some(s)) => {
                if best.is_none_or(|(a, b)| col - s > b - a) {
                    best = Some((s, col));
                }
                run_start = None;
            }
            _ => {}
        }
    }
    best
}

fn text_of(chars: &[char]) -> (String, usize) {
    let s: String = chars.iter().collect();
    let at = s.chars().take_while(|&c| is_space(c)).count();
    (s.trim_matches(' ').to_owned(), at)
}

/// The row a line gives with the gutter `g`.
fn row_of(chars: &[char], g: (usize, usize)) -> Row {
    let (left, left_at) = text_of(&chars[..g.0.min(chars.len())]);
    let (right, right_off) = text_of(&chars[g.1.min(chars.len())..]);
    Row {
        left,
        right,
        left_at,
        right_at: g.1 + right_off,
    }
}

/// The least run of spaces between two columns.
const MIN_GAP: usize = 3;
/// What a block of two columns looks like.
#[derive(Debug, Clone, Copy)]
struct Kind {
    /// The widest text of its left column, in characters.
    max_left: usize,
    /// The fewest rows with text in both columns.
    min_rows: usize,
}

/// A header: narrow left cells (the issuer, the number, the V/v), two rows side by side at
/// least (the issuer beside the Quốc hiệu, the number beside the date).
const HEADER: Kind = Kind {
    max_left: 50,
    min_rows: 2,
};
/// The recipients beside the signature, anchored on `Nơi nhận`: its row is enough.
const CLOSING: Kind = Kind {
    max_left: 60,
    min_rows: 1,
};

/// Finds the two-column header of a `pdftotext -layout`-style text, and its two-column
/// closing when it has one.
///
/// A block's first line holds two pieces of text with three or more spaces between them; the
/// widest such gap starts the gutter. The block then takes groups of lines (runs of non-blank
/// lines) for as long as every line of a group leaves blank some columns of the gutter (which
/// narrows to them) and the group has a line with text on both sides. A row with text on both
/// sides has three or more spaces between them (one space between words is no gutter). A left
/// text is narrow (a header cell: 50 characters; a recipient: 60) and, past the first group,
/// centred under the left column of the rows taken so far (a centred `Kính gửi` is not the
/// left column). A right text alone starts no further left than the right column's texts on
/// two-column rows (a centred type name under the header is not the right column). A line that
/// holds only a page number ends a block. A header needs two rows with text on both sides; a
/// closing, whose first row is the `Nơi nhận` beside the signature, one.
///
/// The header opens at the first of the first 20 non-blank lines that opens a block (a
/// signature stamp or a gazette's running head may stand above it). The closing opens at a
/// line after the header that starts with `Nơi nhận`. A text whose first lines are table rows
/// (`| … |`, `+---+`) is not split: its header is a table already.
pub fn split(text: &str) -> Result<Split, String> {
    let lines: Vec<&str> = text.lines().collect();
    let expanded: Vec<Vec<char>> = lines.iter().map(|l| expand(l)).collect();
    let top = (0..lines.len())
        .filter(|&i| !is_blank(&expanded[i]))
        .take(20);
    if top.clone().any(|i| is_table_row(lines[i])) {
        return Err("the header is a table already (lines open with | or +---)".into());
    }
    let mut why = None;
    let mut header = None;
    for first in top {
        match block_at(&expanded, first, HEADER) {
            Ok(b) => {
                header = Some(b);
                break;
            }
            Err(e) => {
                why.get_or_insert(e);
            }
        }
    }
    let header = header.ok_or_else(|| why.unwrap_or_else(|| "empty text".into()))?;
    // The Quốc hiệu above the block, on a row with no gutter (one space between it and the
    // issuer): moving the block's columns would move the Tiêu ngữ away from under it.
    // (A signature stamp's `Ký bởi: CÔNG BÁO NƯỚC CỘNG HÒA …` above it is no header row.)
    let qh_above = (0..header.start)
        .rev()
        .find(|&i| !is_blank(&expanded[i]))
        .is_some_and(|i| {
            let f = lines[i].to_lowercase();
            (f.contains("cộng hòa xã hội") || f.contains("cộng hoà xã hội")) && !f.contains(':')
        });
    if qh_above {
        return Err("the Quốc hiệu's row above the header has no gutter".into());
    }
    let closing = (header.end..lines.len())
        .filter(|&i| lines[i].trim_start().to_lowercase().starts_with("nơi nhận"))
        .find_map(|i| block_at(&expanded, i, CLOSING).ok());
    Ok(Split {
        lines: lines.iter().map(|l| (*l).to_owned()).collect(),
        header,
        closing,
        final_newline: text.ends_with('\n'),
    })
}

/// A line that holds only a page number (`7`, `- 7 -`).
fn is_page_number(chars: &[char]) -> bool {
    let t: String = chars.iter().collect();
    let t = t.trim().trim_matches(|c: char| c == '-' || c == ' ');
    !t.is_empty() && t.chars().all(|c| c.is_ascii_digit())
}

/// A row or a rule of a Markdown or pandoc table: `| … |`, `+---+---+`.
fn is_table_row(line: &str) -> bool {
    let t = line.trim();
    t.len() > 1
        && (t.starts_with('|') && t.ends_with('|') || t.starts_with("+-") || t.starts_with("+="))
}

/// The two-column block opened by line `first`.
fn block_at(expanded: &[Vec<char>], first: usize, kind: Kind) -> Result<Block, String> {
    let max_left = kind.max_left;
    let blank = |i: usize| is_blank(&expanded[i]);
    let mut gutter = inner_gaps(&expanded[first])
        .into_iter()
        .filter(|(a, b)| b - a >= MIN_GAP)
        .max_by_key(|(a, b)| b - a)
        .ok_or("no line of two columns (text, 3+ spaces, text) opens a header")?;
    let mut right_min = usize::MAX;
    // Where the left column's texts stand on two-column rows of the groups taken so far.
    let mut left_extent: Option<(usize, usize)> = None;
    let mut end = first; // exclusive
    let mut i = first;
    loop {
        // The next group.
        while i < expanded.len() && blank(i) {
            i += 1;
        }
        if i >= expanded.len() {
            break;
        }
        let mut g = gutter;
        let mut rmin = right_min;
        let mut extent = left_extent;
        let mut two_columns = false;
        let mut j = i;
        while j < expanded.len() && !blank(j) {
            if is_page_number(&expanded[j]) {
                break; // the foot of a page, not a column's line
            }
            let Some(within) = blank_within(&expanded[j], g) else {
                break;
            };
            let row = row_of(&expanded[j], within);
            let left_len = row.left.chars().count();
            let left_end = row.left_at + left_len;
            if !row.left.is_empty() {
                let centre = row.left_at + left_len / 2;
                if left_len > max_left || left_extent.is_some_and(|(a, b)| centre < a || centre > b)
                {
                    break;
                }
            }
            match (row.left.is_empty(), row.right.is_empty()) {
                (false, false) => {
                    if row.right_at - left_end < MIN_GAP {
                        break; // one space between words is no gutter
                    }
                    two_columns = true;
                    rmin = rmin.min(row.right_at);
                    extent = Some(extent.map_or((row.left_at, left_end), |(a, b)| {
                        (a.min(row.left_at), b.max(left_end))
                    }));
                }
                (true, false) if row.right_at < rmin => break,
                _ => {}
            }
            g = within;
            j += 1;
        }
        if !two_columns || j == i {
            break;
        }
        gutter = g;
        right_min = rmin;
        left_extent = extent;
        end = j;
        if j < expanded.len() && !blank(j) {
            break; // a line of the group does not fit: the block ends before it
        }
        i = j;
    }
    let rows: Vec<Row> = (first..end).map(|k| row_of(&expanded[k], gutter)).collect();
    let both = rows
        .iter()
        .filter(|r| !r.left.is_empty() && !r.right.is_empty())
        .count();
    if both < kind.min_rows {
        return Err(format!(
            "no header of two rows with text in both columns (best: {both})"
        ));
    }
    Ok(Block {
        start: first,
        end,
        rows,
        gutter,
    })
}

/// Joins lines with line breaks (and a final one when the original had it).
fn join(lines: &[String], final_newline: bool) -> String {
    let mut out = lines.join("\n");
    if final_newline {
        out.push('\n');
    }
    out
}

fn spaces(n: usize, c: char) -> String {
    std::iter::repeat_n(c, n).collect()
}

/// A row laid out at its columns, the layout's white space made of `pad`.
fn lay_out(row: &Row, pad: char) -> String {
    let mut line = String::new();
    let mut width = 0;
    if !row.left.is_empty() {
        line.push_str(&spaces(row.left_at, pad));
        line.push_str(&row.left);
        width = row.left_at + row.left.chars().count();
    }
    if !row.right.is_empty() {
        // At least one blank column between the columns, as on every row of the original.
        let gap = row.right_at.saturating_sub(width).max(1);
        line.push_str(&spaces(gap, pad));
        line.push_str(&row.right);
    }
    line
}

/// Wraps a cell line onto two lines mid-phrase, as a cell `width` characters wide would: the
/// first line takes the words that fit (at least one, never all), the second the rest. White
/// space inside each part is kept as written.
pub fn wrap(line: &str, width: usize) -> Vec<String> {
    let chars: Vec<char> = line.chars().collect();
    // Where a run of spaces starts after a word.
    let breaks: Vec<usize> = (1..chars.len())
        .filter(|&k| is_space(chars[k]) && !is_space(chars[k - 1]))
        .collect();
    let Some(&first) = breaks.first() else {
        return vec![line.to_owned()];
    };
    if chars.len() <= width {
        return vec![line.to_owned()];
    }
    // A break at one space; one at a wider run (a blank of a draft, a doubled space) only when
    // no single space fits, so that the run is not lost.
    let single = |&k: &usize| chars.get(k + 1).is_some_and(|&c| !is_space(c));
    let fits = |&k: &usize| k <= width;
    let at = breaks
        .iter()
        .copied()
        .rfind(|k| single(k) && fits(k))
        .or_else(|| breaks.iter().copied().rfind(fits))
        .unwrap_or(first);
    let head: String = chars[..at].iter().collect();
    let tail: String = chars[at..].iter().collect();
    vec![head.trim_end().to_owned(), tail.trim_start().to_owned()]
}

/// The Tiêu ngữ (kept on its line by the wrapped layout: the template sizes it to fit).
fn is_motto(line: &str) -> bool {
    line.to_lowercase().contains("tự do")
}

/// The wrapped header's rows: each column as a cell 60 % as wide as its longest line to wrap.
/// The left column's lines are wrapped down to its `Số` line (the issuer and the number; the
/// V/v below is wrapped already), or those on two-column rows when it has none; the right
/// column's lines all but the Tiêu ngữ. A line longer than its cell goes onto two lines, each
/// piece centred where the line was.
fn wrapped_rows(rows: &[Row]) -> Vec<Row> {
    let so_row = rows
        .iter()
        .position(|r| r.left.to_lowercase().starts_with("số"));
    let wrap_left = |k: usize, r: &Row| so_row.map_or(!r.right.is_empty(), |s| k <= s);
    let wrap_right = |r: &Row| !is_motto(&r.right);
    // Lines of one word (a rule drawn with `____`) do not wrap and do not set the width.
    let cell_width = |lines: Vec<&str>| {
        let longest = lines
            .iter()
            .filter(|l| l.contains(' '))
            .map(|l| l.chars().count())
            .max()
            .unwrap_or(0);
        (longest * 3).div_ceil(5)
    };
    let left_width = cell_width(
        rows.iter()
            .enumerate()
            .filter(|(k, r)| wrap_left(*k, r))
            .map(|(_, r)| r.left.as_str())
            .collect(),
    );
    let right_width = cell_width(
        rows.iter()
            .filter(|r| wrap_right(r))
            .map(|r| r.right.as_str())
            .collect(),
    );
    let mut out = Vec::new();
    for (k, row) in rows.iter().enumerate() {
        let cell = |text: &str, at: usize, width: Option<usize>| -> Vec<(String, usize)> {
            if text.is_empty() {
                return Vec::new();
            }
            let pieces = match width {
                Some(w) => wrap(text, w),
                None => vec![text.to_owned()],
            };
            let len = text.chars().count();
            pieces
                .into_iter()
                .map(|p| {
                    let at = at + (len - p.chars().count()) / 2;
                    (p, at)
                })
                .collect()
        };
        let left = cell(
            &row.left,
            row.left_at,
            wrap_left(k, row).then_some(left_width),
        );
        let right = cell(
            &row.right,
            row.right_at,
            wrap_right(row).then_some(right_width),
        );
        if left.is_empty() && right.is_empty() {
            out.push(Row::default());
            continue;
        }
        for k in 0..left.len().max(right.len()) {
            let (l, la) = left.get(k).cloned().unwrap_or_default();
            let (r, ra) = right.get(k).cloned().unwrap_or_default();
            out.push(Row {
                left: l,
                right: r,
                left_at: la,
                right_at: ra,
            });
        }
    }
    out
}

/// A line of text in Markdown, as a converter writes it: emphasis marks and backslashes
/// escaped, a `#` that would open a heading escaped.
fn md_escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        if matches!(c, '*' | '_' | '\\') || (c == '#' && out.trim().is_empty()) {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

/// A cell's text in a Markdown table.
fn md_cell(s: &str) -> String {
    md_escape(s).replace('|', "\\|")
}

/// Collapses runs of spaces, tabs and form feeds to one space.
fn collapse(s: &str) -> String {
    s.split([' ', '\t', '\u{c}', '\r'])
        .filter(|w| !w.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}

/// `text` without the byte ranges `drop` (sorted, on character boundaries).
pub fn without(text: &str, drop: &[(usize, usize)]) -> String {
    let mut out = String::with_capacity(text.len());
    let mut at = 0;
    for &(a, b) in drop {
        if a >= at && b <= text.len() && text.is_char_boundary(a) && text.is_char_boundary(b) {
            out.push_str(&text[at..a]);
            // Line breaks inside a dropped range stay, so that lines stay lines.
            out.extend(text[a..b].chars().filter(|&c| c == '\n'));
            at = b;
        }
    }
    out.push_str(&text[at..]);
    out
}

/// `text` as a word processor's body or a page's text content has it: without what only a PDF's
/// pagination put there. That is the ranges `page_furniture` (byte ranges of `text`: page
/// numbers, form feeds, as the original's reading set them aside, and the footnotes at a page's
/// foot, which a word processor keeps out of the body), the form feeds, and a line
/// that holds only a page number at a form feed (`\u{c}7`, or `7` before the next page's) or
/// between blank lines.
pub fn unpaginated(text: &str, page_furniture: &[(usize, usize)]) -> String {
    let text = without(text, page_furniture);
    let lines: Vec<&str> = text.split('\n').collect();
    let kept: Vec<&str> = (0..lines.len())
        .map(|k| {
            let l = lines[k];
            // A page's number opens its page (`\u{c}7`) or closes it (the next line opens the
            // next page).
            let near_feed =
                l.contains('\u{c}') || lines.get(k + 1).is_some_and(|n| n.starts_with('\u{c}'));
            // Or a number of three digits at most between blank lines, which the reader leaves
            // out as a page's number without a form feed (a gazette page's `94` above its
            // running head).
            let blank = |j: Option<usize>| {
                j.and_then(|j| lines.get(j))
                    .is_none_or(|n| n.trim().is_empty())
            };
            let alone = l.trim().len() <= 3 && blank(k.checked_sub(1)) && blank(Some(k + 1));
            if (near_feed || alone) && is_page_number(&expand(l)) {
                ""
            } else {
                l
            }
        })
        .collect();
    kept.join("\n").replace('\u{c}', "")
}

/// Renders `text` in `layout`. `split` is the text's [`split`] (needed by the column layouts).
/// `page_furniture` are byte ranges of `text` that only pagination put there (page numbers,
/// form feeds, footnotes): the one-line copy and the .docx leave them out ([`unpaginated`]), as a page's
/// text content and a word processor's body have none. Returns `Err` with the reason when the
/// layout does not apply.
pub fn render(
    text: &str,
    split: Option<&Split>,
    page_furniture: &[(usize, usize)],
    layout: Layout,
) -> Result<Rendered, String> {
    if layout == Layout::OneLine {
        let text = unpaginated(text, page_furniture);
        let lines: Vec<String> = match self::split(&text) {
            Ok(s) => s.assemble(Block::in_sequence, Block::in_sequence),
            Err(_) => text.lines().map(str::to_owned).collect(),
        };
        let mut line = String::new();
        for l in lines.iter().map(|l| collapse(l)).filter(|l| !l.is_empty()) {
            // A line broken after a hyphen inside a word or a ký hiệu (`131/CĐ-` / `TTg`) was
            // wrapped there: on one line the two halves meet again, as a page's text content
            // gives them.
            let wrapped_at_hyphen = {
                let mut tail = line.chars().rev();
                tail.next() == Some('-') && tail.next().is_some_and(char::is_alphanumeric)
            };
            if !line.is_empty() && !wrapped_at_hyphen {
                line.push(' ');
            }
            line.push_str(&l);
        }
        return Ok(Rendered::Text(format!("{line}\n")));
    }
    let s = split.ok_or("no two-column header")?;
    let text_of = |lines: Vec<String>| join(&lines, s.final_newline);
    Ok(match layout {
        Layout::OneSpace => Rendered::Text(text_of(s.assemble(
            |h| {
                h.rows
                    .iter()
                    .map(|r| match (r.left.is_empty(), r.right.is_empty()) {
                        (false, false) => format!("{} {}", r.left, r.right),
                        _ => format!("{}{}", r.left, r.right),
                    })
                    .collect()
            },
            |c| s.verbatim(c),
        ))),
        Layout::Nbsp => Rendered::Text(text_of(s.assemble(
            |h| h.rows.iter().map(|r| lay_out(r, '\u{a0}')).collect(),
            |c| s.verbatim(c),
        ))),
        Layout::MarkdownTable => {
            // Every line but the table's as a converter writes Markdown.
            let escaped = Split {
                lines: s.lines.iter().map(|l| md_escape(l)).collect(),
                ..s.clone()
            };
            Rendered::Markdown(text_of(escaped.assemble(
                |h| {
                    let mut table = Vec::new();
                    // A table starts after a blank line and ends at one.
                    if h.start > 0 && !s.lines[h.start - 1].trim().is_empty() {
                        table.push(String::new());
                    }
                    let top = table.len();
                    for r in h.rows.iter().filter(|r| !r.is_blank()) {
                        table.push(format!("| {} | {} |", md_cell(&r.left), md_cell(&r.right)));
                        if table.len() == top + 1 {
                            table.push("|---|---|".to_owned());
                        }
                    }
                    if s.lines.get(h.end).is_some_and(|l| !l.trim().is_empty()) {
                        table.push(String::new());
                    }
                    table
                },
                |c| escaped.verbatim(c),
            )))
        }
        Layout::Sequence => {
            Rendered::Text(text_of(s.assemble(Block::in_sequence, Block::in_sequence)))
        }
        Layout::WrappedHeader => Rendered::Text(text_of(s.assemble(
            |h| {
                wrapped_rows(&h.rows)
                    .iter()
                    .map(|r| lay_out(r, ' '))
                    .collect()
            },
            |c| s.verbatim(c),
        ))),
        Layout::DocxTable => {
            // A word processor paginates by itself: its body holds no page numbers and no
            // form feeds of a PDF's text layer.
            let body = unpaginated(text, page_furniture);
            let own = self::split(&body).ok();
            Rendered::Docx(docx(own.as_ref().unwrap_or(s)))
        }
        Layout::OneLine => unreachable!("handled above"),
    })
}

fn xml_escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            // Characters XML 1.0 does not allow are left out.
            c if (c as u32) < 0x20 && c != '\t' && c != '\n' && c != '\r' => {}
            c => out.push(c),
        }
    }
    out
}

/// A paragraph of `text` (tabs as `w:tab`), centred when `centre`.
fn paragraph(text: &str, centre: bool) -> String {
    let mut p = String::from("<w:p>");
    if centre {
        p.push_str("<w:pPr><w:jc w:val=\"center\"/></w:pPr>");
    }
    if !text.is_empty() {
        p.push_str("<w:r>");
        for (k, piece) in text.split('\t').enumerate() {
            if k > 0 {
                p.push_str("<w:tab/>");
            }
            if !piece.is_empty() {
                let _ = write!(p, "<w:t xml:space=\"preserve\">{}</w:t>", xml_escape(piece));
            }
        }
        p.push_str("</w:r>");
    }
    p.push_str("</w:p>");
    p
}

/// A minimal .docx: a paragraph for every line of the text, as written, but the header's
/// columns in the two cells of a one-row table (their lines centred paragraphs) and, when the
/// text has one, the closing's columns in another (the signature centred).
pub fn docx(s: &Split) -> Vec<u8> {
    use std::io::Write;
    let cell = |lines: Vec<&str>, width: u32, centre: bool| {
        let mut c = format!("<w:tc><w:tcPr><w:tcW w:w=\"{width}\" w:type=\"dxa\"/></w:tcPr>");
        for l in lines {
            c.push_str(&paragraph(l, centre));
        }
        c.push_str("</w:tc>");
        c
    };
    let table = |b: &Block, (lw, rw): (u32, u32), centre_left: bool| {
        format!(
            "<w:tbl><w:tblPr><w:tblW w:w=\"{}\" w:type=\"dxa\"/></w:tblPr>\
             <w:tblGrid><w:gridCol w:w=\"{lw}\"/><w:gridCol w:w=\"{rw}\"/></w:tblGrid><w:tr>{}{}</w:tr></w:tbl>",
            lw + rw,
            cell(b.left_lines().collect(), lw, centre_left),
            cell(b.right_lines().collect(), rw, true)
        )
    };
    let paragraphs =
        |lines: &[String]| -> String { lines.iter().map(|l| paragraph(l, false)).collect() };
    let h = &s.header;
    let mut body = paragraphs(&s.lines[..h.start]);
    body.push_str(&table(h, (3600, 5760), true));
    match &s.closing {
        Some(c) => {
            body.push_str(&paragraphs(&s.lines[h.end..c.start]));
            body.push_str(&table(c, (4680, 4680), false));
            body.push_str(&paragraphs(&s.lines[c.end..]));
        }
        None => body.push_str(&paragraphs(&s.lines[h.end..])),
    }
    let document = format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\
         <w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">\
         <w:body>{body}<w:sectPr><w:pgSz w:w=\"11906\" w:h=\"16838\"/>\
         <w:pgMar w:top=\"1134\" w:right=\"1134\" w:bottom=\"1134\" w:left=\"1701\"/>\
         </w:sectPr></w:body></w:document>"
    );
    let content_types = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\
        <Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">\
        <Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>\
        <Default Extension=\"xml\" ContentType=\"application/xml\"/>\
        <Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/>\
        </Types>";
    let rels = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\
        <Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">\
        <Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/>\
        </Relationships>";
    let mut out = std::io::Cursor::new(Vec::new());
    let mut zip = zip::ZipWriter::new(&mut out);
    let options = zip::write::SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated);
    for (name, part) in [
        ("[Content_Types].xml", content_types),
        ("_rels/.rels", rels),
        ("word/document.xml", document.as_str()),
    ] {
        // Writing to a Vec cannot fail.
        let _ = zip.start_file(name, options);
        let _ = zip.write_all(part.as_bytes());
    }
    let _ = zip.finish();
    out.into_inner()
}

#[cfg(test)]
mod tests {
    use super::*;

    const HEADER: &str = "  UBND TỈNH LÀO CAI             CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
 SỞ CÔNG THƯƠNG                          Độc lập - Tự do - Hạnh phúc

  Số: 1894 /TB-SCT                   Lào Cai, ngày 09 tháng 4 năm 2026
V/v kiểm tra

                              THÔNG BÁO
          Kết quả kiểm tra việc chấp hành Quy định của pháp luật

Nơi nhận:                                   KT. GIÁM ĐỐC
- Như trên;                                 PHÓ GIÁM ĐỐC
- Lưu: VT, CN.

                                           Hoàng Văn Thuân
";

    #[test]
    fn splits_a_layout_header_and_stops_at_the_centred_type_name() {
        let s = split(HEADER).unwrap();
        let h = &s.header;
        assert_eq!(
            h.left_lines().collect::<Vec<_>>(),
            [
                "UBND TỈNH LÀO CAI",
                "SỞ CÔNG THƯƠNG",
                "Số: 1894 /TB-SCT",
                "V/v kiểm tra"
            ]
        );
        assert_eq!(
            h.right_lines().collect::<Vec<_>>(),
            [
                "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                "Độc lập - Tự do - Hạnh phúc",
                "Lào Cai, ngày 09 tháng 4 năm 2026"
            ]
        );
        assert_eq!((h.start, h.end), (0, 5));
        assert_eq!(s.lines[h.end + 1].trim(), "THÔNG BÁO");
        let c = s.closing.as_ref().unwrap();
        assert_eq!(
            c.in_sequence(),
            [
                "Nơi nhận:",
                "- Như trên;",
                "- Lưu: VT, CN.",
                "KT. GIÁM ĐỐC",
                "PHÓ GIÁM ĐỐC"
            ]
        );
        assert_eq!(s.lines[c.end + 1].trim(), "Hoàng Văn Thuân");
    }

    #[test]
    fn a_text_without_columns_is_not_split() {
        assert!(split("UBND TỈNH LÀO CAI\nSỞ CÔNG THƯƠNG\n").is_err());
        assert!(split("A     B\nC\n").is_err());
        assert!(split("| UBND |   | CỘNG HÒA |\n| SỞ |   | Độc lập |\n").is_err());
    }

    #[test]
    fn wraps_mid_phrase() {
        assert_eq!(
            wrap("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", 21),
            ["CỘNG HÒA XÃ HỘI CHỦ", "NGHĨA VIỆT NAM"]
        );
        assert_eq!(wrap("Số: 09/SCT-CN", 9), ["Số:", "09/SCT-CN"]);
        assert_eq!(
            wrap("Lào Cai, ngày 23 tháng      7    năm 2026", 25),
            ["Lào Cai, ngày 23", "tháng      7    năm 2026"]
        );
        assert_eq!(wrap("SỞ NỘI VỤ", 11), ["SỞ NỘI VỤ"]);
        assert_eq!(
            wrap("cộng hoà xã hội chủ  nghĩa Việt nam", 21),
            ["cộng hoà xã hội", "chủ  nghĩa Việt nam"]
        );
        assert_eq!(wrap("VĂN", 2), ["VĂN"]);
    }

    #[test]
    fn pagination_is_left_out() {
        let text = "a\n- Lưu VPHH.\n\u{c}7\n\u{c}Điều 2. Hiệu lực\n12\n";
        assert_eq!(
            unpaginated(text, &[]),
            "a\n- Lưu VPHH.\n\nĐiều 2. Hiệu lực\n12\n"
        );
        assert_eq!(unpaginated("x - 3 - y\n", &[(2, 7)]), "x  y\n");
        // A page's number between blank lines, without a form feed; a number in the text
        // between blank lines has words around it or more digits.
        assert_eq!(
            unpaginated("+07:00\n\n94\n\nCÔNG BÁO/Số 659\n\n2025\n\nb\n", &[]),
            "+07:00\n\n\n\nCÔNG BÁO/Số 659\n\n2025\n\nb\n"
        );
    }

    #[test]
    fn one_line_reads_the_columns_in_order() {
        let Rendered::Text(t) = render(HEADER, None, &[], Layout::OneLine).unwrap() else {
            panic!("text");
        };
        assert!(t.starts_with(
            "UBND TỈNH LÀO CAI SỞ CÔNG THƯƠNG Số: 1894 /TB-SCT V/v kiểm tra CỘNG HÒA XÃ HỘI"
        ));
        assert!(t.ends_with("KT. GIÁM ĐỐC PHÓ GIÁM ĐỐC Hoàng Văn Thuân\n"));
    }

    #[test]
    fn one_line_joins_a_word_wrapped_at_its_hyphen() {
        let text = "Thực hiện Công điện số 131/CĐ-\nTTg của Thủ tướng về kinh tế -\nxã hội.\n";
        let Rendered::Text(t) = render(text, None, &[], Layout::OneLine).unwrap() else {
            panic!("text");
        };
        assert_eq!(
            t,
            "Thực hiện Công điện số 131/CĐ-TTg của Thủ tướng về kinh tế - xã hội.\n"
        );
    }
}
