//! The reader's pass over a document: the layout's segments (`layout`), then the lines cut where
//! a component starts inside them (`anchors`, a whole document on one line), header phrases
//! wrapped over two lines joined (`joins`), and what lies outside the document itself trimmed
//! (`region`). Its `Reading` is the lines in reading order that the grammar classifies.

use crate::config::InputFormat;
use crate::layout::segments::{self, Segment};
use crate::layout::ReadLine;
use crate::recognize::{anchors, joins, region};
use crate::text::reading::Pieces;
use crate::text::span::Span;

/// The lines of a document in reading order, and what the reader set aside.
#[derive(Debug, Clone, Default)]
pub struct Reading {
    pub lines: Vec<ReadLine>,
    /// Spans of the NFC text that are not the document's own (front matter, portal debris).
    pub furniture: Vec<(Span, crate::layout::furniture::Furniture)>,
    /// The NFC text case-folded (`fold::fold_case`), made once for the reader and the grammar.
    pub folded: String,
    /// The document arrived run together on one line (or a few): its lines are the reader's
    /// cuts, not the input's line breaks (`anchors::split`).
    pub run_together: bool,
}

/// Reads the NFC text of a document (tests; a check reads through `read_with`).
#[cfg(test)]
pub fn read(nfc: &str, format: InputFormat) -> Reading {
    read_with(nfc, format, None)
}

/// `read`, taking what a session remembers of lines it read before (`memo`).
pub(crate) fn read_with(
    nfc: &str,
    format: InputFormat,
    mut memo: Option<&mut crate::recognize::memo::ReaderCache>,
) -> Reading {
    let mut b = segments::Builder::new(nfc, format);
    b.memo = memo
        .as_deref_mut()
        .map(|m| m as &mut dyn segments::FurnitureMemo);
    b.run();
    let mut lines = b.lines;
    let mut furniture = b.furniture;
    let folded = match memo.as_deref_mut() {
        Some(memo) => memo.fold_case(nfc),
        None => crate::text::fold::fold_case(nfc),
    };
    let run_together = anchors::split(
        &mut lines,
        nfc,
        &folded,
        memo.map(|m| m as &mut dyn anchors::AnchorMemo),
    );
    renumber_rows(&mut lines);
    joins::join(&mut lines, nfc);
    region::trim(
        &mut lines,
        &mut furniture,
        nfc,
        &folded,
        format == InputFormat::Html,
    );
    region::set_aside_site_notes(&mut lines, &mut furniture, nfc);
    crate::text::sorting::sort_by_key(&mut furniture, |(s, _)| s.start);
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
    crate::text::sorting::sort(&mut keys);
    keys.dedup();
    // Rows keep their gaps (a blank physical line between two rows stays a gap).
    let mut shift = 0u32;
    let mut new_of: crate::text::FastMap<(u32, u32), u32> = crate::text::FastMap::default();
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
    pub fn map(&self, nfc: &str) -> Option<(crate::text::reading::ReadingMap, Vec<Pieces>)> {
        if crate::text::reading::ReadingMap::reads_as_is(self.lines.iter().map(|l| &l.pieces)) {
            return None;
        }
        let all = self.all_pieces();
        crate::text::reading::ReadingMap::build_always(nfc, &all).map(|m| (m, all))
    }

    /// The reading text case-folded: the same pieces (`all`, as `map` gives them) taken from
    /// the folded NFC text (folding keeps byte offsets), instead of folding the reading text.
    pub fn folded_reading_text(&self, all: &[Pieces]) -> String {
        crate::text::reading::ReadingMap::build_always(&self.folded, all)
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
    ) -> (
        Vec<Segment>,
        Vec<(Span, crate::layout::furniture::Furniture)>,
    ) {
        let spans: Vec<Span> = if let Some(all) = all {
            crate::text::reading::ReadingMap::line_spans(all, nfc)
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
                page_break_before: l.page_break_before,
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
