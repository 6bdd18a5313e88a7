//! The reader: the NFC text of a document, whatever its layout, → its lines in reading order.
//!
//! Converters and portals lay the same document out in many ways: two columns side by side
//! (`pdftotext -layout`), one after the other (`pdftotext`, web copies), Markdown and pandoc
//! tables, a whole document on one line, a header phrase wrapped over two lines. The reader
//! finds the lines the document is made of in all of them, so that the grammar and the
//! assembler see the same lines whatever the layout. A line is made of pieces of the NFC text
//! (`reading::Pieces`); when a line joins pieces, or lines come out of the text's order, the
//! engine reads a reading text built from them (`reading::ReadingMap`).

pub mod anchors;
pub mod furniture;
pub mod html;
pub mod inline;
pub mod joins;
pub mod layout;
pub mod phrases;
pub mod region;
pub mod tables;

pub use layout::Segment;

use crate::config::InputFormat;
use crate::document::{Span, StyleHints};
use crate::reading::Pieces;

/// One line as the reader found it.
#[derive(Debug, Clone)]
pub struct ReadLine {
    pub pieces: Pieces,
    /// A visual row: lines of one column on consecutive rows read as one stream.
    pub row: u32,
    /// 0 for the first cell or column of a row, 1 for the next, …
    pub column: u8,
    /// Character column where the line starts (tabs count as 8).
    pub indent: u32,
    /// A blank line (or page furniture) stands between this line and the previous content.
    pub blank_before: bool,
    pub style: StyleHints,
    /// A row of its own under `row`, for a line the reader cut off another (renumbered away).
    pub sub: u32,
    /// The line sits in a table cell.
    pub in_table: bool,
    /// The line comes from a physical line that holds tables with their line breaks collapsed
    /// (a document run together with its grid tables): its text is run together whatever it
    /// holds.
    pub collapsed: bool,
}

/// The lines of a document in reading order, and what the reader set aside.
#[derive(Debug, Clone, Default)]
pub struct Reading {
    pub lines: Vec<ReadLine>,
    /// Spans of the NFC text that are not the document's own (front matter, portal debris).
    pub furniture: Vec<(Span, layout::Furniture)>,
    /// The NFC text case-folded (`fold::fold_case`), made once for the reader and the grammar.
    pub folded: String,
    /// The document arrived run together on one line (or a few): its lines are the reader's
    /// cuts, not the input's line breaks (`anchors::split`).
    pub run_together: bool,
}

/// Reads the NFC text of a document.
pub fn read(nfc: &str, format: InputFormat) -> Reading {
    let mut b = layout::Builder::new(nfc, format);
    b.run();
    let mut lines = b.lines;
    let mut furniture = b.furniture;
    let folded = crate::fold::fold_case(nfc);
    let run_together = anchors::split(&mut lines, nfc, &folded);
    renumber_rows(&mut lines);
    joins::join(&mut lines, nfc);
    region::trim(
        &mut lines,
        &mut furniture,
        nfc,
        &folded,
        format == InputFormat::Html,
    );
    crate::sorting::sort_by_key(&mut furniture, |(s, _)| s.start);
    Reading {
        lines,
        furniture,
        folded,
        run_together,
    }
}

/// Gives each (row, sub-row) its own consecutive row number, keeping their order.
fn renumber_rows(lines: &mut [ReadLine]) {
    if lines.iter().all(|l| l.sub == 0) {
        return;
    }
    let mut keys: Vec<(u32, u32)> = lines.iter().map(|l| (l.row, l.sub)).collect();
    crate::sorting::sort(&mut keys);
    keys.dedup();
    // Rows keep their gaps (a blank physical line between two rows stays a gap).
    let mut shift = 0u32;
    let mut new_of: std::collections::HashMap<(u32, u32), u32> = std::collections::HashMap::new();
    for &(row, sub) in &keys {
        if sub > 0 {
            shift += 1;
        }
        new_of.insert((row, sub), row + shift);
    }
    for l in lines.iter_mut() {
        l.row = new_of.get(&(l.row, l.sub)).copied().unwrap_or(l.row);
        l.sub = 0;
    }
}

impl Reading {
    fn all_pieces(&self) -> Vec<Pieces> {
        // Set-aside text follows the lines, so that a finding about it maps back.
        self.lines
            .iter()
            .map(|l| l.pieces.clone())
            .chain(self.furniture.iter().map(|(s, _)| Pieces::one(*s)))
            .collect()
    }

    /// The reading text's map, and the pieces of its lines and set-aside text (`None`: the NFC
    /// text reads as it is).
    pub fn map(&self, nfc: &str) -> Option<(crate::reading::ReadingMap, Vec<Pieces>)> {
        if crate::reading::ReadingMap::reads_as_is(self.lines.iter().map(|l| &l.pieces)) {
            return None;
        }
        let all = self.all_pieces();
        crate::reading::ReadingMap::build_always(nfc, &all).map(|m| (m, all))
    }

    /// The reading text case-folded: the same pieces (`all`, as `map` gives them) taken from
    /// the folded NFC text (folding keeps byte offsets), instead of folding the reading text.
    pub fn folded_reading_text(&self, all: &[Pieces]) -> String {
        crate::reading::ReadingMap::build_always(&self.folded, all)
            .map(|m| m.text)
            .unwrap_or_default()
    }

    /// The segments the grammar classifies, with spans in the text the rules see (the reading
    /// text of the pieces `all`, as `map` gives them, or else the NFC text), and the set-aside
    /// spans there.
    pub fn segments(
        &self,
        nfc: &str,
        all: Option<&[Pieces]>,
    ) -> (Vec<Segment>, Vec<(Span, layout::Furniture)>) {
        let spans: Vec<Span> = if let Some(all) = all {
            crate::reading::ReadingMap::line_spans(all, nfc)
        } else {
            self.lines
                .iter()
                .map(|l| l.pieces.first())
                .chain(self.furniture.iter().map(|(s, _)| *s))
                .collect()
        };
        let segments = self
            .lines
            .iter()
            .zip(&spans)
            .map(|(l, &span)| Segment {
                span,
                row: l.row,
                column: l.column,
                indent: l.indent,
                blank_before: l.blank_before,
                style: l.style,
            })
            .collect();
        let furniture = self
            .furniture
            .iter()
            .zip(&spans[self.lines.len()..])
            .map(|((_, kind), &span)| (span, *kind))
            .collect();
        (segments, furniture)
    }
}
