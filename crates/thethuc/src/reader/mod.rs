//! The reader: the NFC text of a document, whatever its layout, → its lines in reading order.
//!
//! Converters and portals lay the same document out in many ways: two columns side by side
//! (`pdftotext -layout`), one after the other (`pdftotext`, web copies), Markdown and pandoc
//! tables, a whole document on one line, a header phrase wrapped over two lines. The reader
//! finds the lines the document is made of in all of them, so that the grammar and the
//! assembler see the same lines whatever the layout. A line is made of pieces of the NFC text
//! (`reading::Pieces`); when a line joins pieces, or lines come out of the text's order, the
//! engine reads a reading text built from them (`reading::ReadingMap`).

pub mod layout;

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
}

/// The lines of a document in reading order.
#[derive(Debug, Clone, Default)]
pub struct Reading {
    pub lines: Vec<ReadLine>,
}

/// Reads the NFC text of a document.
pub fn read(nfc: &str, _format: InputFormat) -> Reading {
    let lines = layout::segments(nfc)
        .into_iter()
        .map(|s| ReadLine {
            pieces: Pieces::one(s.span),
            row: s.row,
            column: s.column,
            indent: s.indent,
            blank_before: s.blank_before,
            style: s.style,
        })
        .collect();
    Reading { lines }
}

impl Reading {
    /// The reading text's map (`None`: the NFC text reads as it is).
    pub fn map(&self, nfc: &str) -> Option<crate::reading::ReadingMap> {
        let pieces: Vec<Pieces> = self.lines.iter().map(|l| l.pieces.clone()).collect();
        crate::reading::ReadingMap::build(nfc, &pieces)
    }

    /// The segments the grammar classifies, with spans in the text the rules see: the reading
    /// text when `has_reading_text`, the NFC text otherwise.
    pub fn segments(&self, nfc: &str, has_reading_text: bool) -> Vec<Segment> {
        let spans: Vec<Span> = if has_reading_text {
            let pieces: Vec<Pieces> = self.lines.iter().map(|l| l.pieces.clone()).collect();
            crate::reading::ReadingMap::line_spans(&pieces, nfc)
        } else {
            self.lines.iter().map(|l| l.pieces.first()).collect()
        };
        self.lines
            .iter()
            .zip(spans)
            .map(|(l, span)| Segment {
                span,
                row: l.row,
                column: l.column,
                indent: l.indent,
                blank_before: l.blank_before,
                style: l.style,
            })
            .collect()
    }
}
