//! Stage 3, layout and segments: the NFC text of a document, whatever its layout, cut into
//! segments. Converters and portals lay the same document out in many ways: two columns side by
//! side (`pdftotext -layout`), one after the other (`pdftotext`, web copies), Markdown and pandoc
//! tables, HTML tables. The builder (`segments`) finds the lines and columns in all of them and
//! sets converter and portal debris aside (`furniture`); the recogniser's reader
//! (`recognize::read`) then cuts, joins and trims them. A line is made of pieces of the NFC text
//! (`text::reading::Pieces`). Imports `text` and `input`.

pub(crate) mod furniture;
pub(crate) mod html;
pub(crate) mod inline;
pub(crate) mod segments;
pub(crate) mod tables;

pub(crate) use segments::Segment;

use serde::Serialize;

use crate::text::reading::Pieces;

/// Style known for a line: from Markdown markers now, from Word or the editor later.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize)]
pub struct StyleHints {
    /// The whole line is bold.
    pub bold: bool,
    /// The whole line is italic.
    pub italic: bool,
    /// Markdown heading level (1–6), 0 when none.
    pub heading: u8,
}

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
    /// A page ends between this line and the previous content (a form feed).
    pub page_break_before: bool,
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
