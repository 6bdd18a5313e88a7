//! Paragraphs as an editor or a word processor holds them: their text, their look, the page
//! setup. `check_blocks` and `check_styled` read them.

use serde::{Deserialize, Serialize};

/// A paragraph as an editor (or a word processor) holds it: its text and how it looks.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(default, deny_unknown_fields, rename_all = "camelCase")]
// In TypeScript every field may be left out, as serde's `default` allows.
#[cfg_attr(feature = "ts", ts(optional_fields))]
pub struct Block {
    /// The paragraph's text, without its final line break.
    #[cfg_attr(feature = "ts", ts(as = "Option<_>"))]
    pub text: String,
    /// The paragraph's look.
    #[cfg_attr(feature = "ts", ts(as = "Option<_>"))]
    pub style: BlockStyle,
    /// Stretches of the text with their own look (UTF-8 byte offsets in `text`); empty when
    /// unknown. The TB rules need them.
    #[cfg_attr(feature = "ts", ts(as = "Option<_>"))]
    pub runs: Vec<RunStyle>,
    /// The section of the document the paragraph belongs to (0: the first): an index into
    /// `StyledDocument::sections`.
    #[cfg_attr(feature = "ts", ts(as = "Option<_>"))]
    pub section: u32,
    /// The paragraph sits in a table cell.
    #[cfg_attr(feature = "ts", ts(as = "Option<_>"))]
    pub in_table: bool,
}

/// The look of a stretch of a paragraph (a Word run), after styles. `None` (in JSON `null` or
/// left out): unknown.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(default, deny_unknown_fields, rename_all = "camelCase")]
#[cfg_attr(feature = "ts", ts(optional_fields = nullable))]
pub struct RunStyle {
    /// Start of the run, in UTF-8 bytes of the block's text.
    pub start: u32,
    /// End of the run (exclusive), in UTF-8 bytes of the block's text.
    pub end: u32,
    /// Bold.
    pub bold: Option<bool>,
    /// Italic.
    pub italic: Option<bool>,
    /// The first family of the font stack (`Times New Roman`).
    pub font_family: Option<String>,
    /// Font size in points.
    pub font_size_pt: Option<f32>,
    /// `RRGGBB`, or `auto`.
    pub color: Option<String>,
}

/// Page setup of one section of a document, in millimetres.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields, rename_all = "camelCase")]
pub struct PageSetup {
    /// Paper width (A4: 210).
    pub width_mm: Option<f32>,
    /// Paper height (A4: 297).
    pub height_mm: Option<f32>,
    /// Landscape orientation.
    pub landscape: bool,
    /// Top margin.
    pub margin_top_mm: Option<f32>,
    /// Bottom margin.
    pub margin_bottom_mm: Option<f32>,
    /// Left margin.
    pub margin_left_mm: Option<f32>,
    /// Right margin.
    pub margin_right_mm: Option<f32>,
    /// Page 1 has its own header (Word's "different first page").
    pub first_page_different: bool,
    /// The header shown on page 1 holds a page number.
    pub page_number_on_first_page: bool,
    /// The header of later pages holds a page number.
    pub page_number_on_later_pages: bool,
}

/// A document as a word processor holds it: paragraphs with their look, and page setup.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct StyledDocument {
    /// The paragraphs, in order.
    pub blocks: Vec<Block>,
    /// Page setup of each section; `Block::section` indexes it.
    pub sections: Vec<PageSetup>,
}

/// The look of a paragraph as the reader sees it (effective, after styles). `None` (in JSON
/// `null` or left out): unknown.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(default, deny_unknown_fields, rename_all = "camelCase")]
#[cfg_attr(feature = "ts", ts(optional_fields = nullable))]
pub struct BlockStyle {
    /// Bold.
    pub bold: Option<bool>,
    /// Italic.
    pub italic: Option<bool>,
    /// The first family of the font stack (`Times New Roman`).
    pub font_family: Option<String>,
    /// Font size in points.
    pub font_size_pt: Option<f32>,
    /// Horizontal alignment.
    pub align: Option<Align>,
    /// Positive: first-line indent; negative: hanging indent.
    pub first_line_indent_mm: Option<f32>,
    /// Space before the paragraph, in points.
    pub space_before_pt: Option<f32>,
    /// Space after the paragraph, in points.
    pub space_after_pt: Option<f32>,
    /// Line spacing as a multiple of single (`1.0`, `1.5`), when set that way.
    pub line_spacing: Option<f32>,
    /// Line spacing as an exact or minimum height in points.
    pub line_height_pt: Option<f32>,
    /// How many horizontal rules are drawn with the paragraph: line shapes anchored in it, a
    /// bottom border, underlined text. `None`: unknown.
    pub rule_lines: Option<u32>,
}

/// Horizontal alignment of a paragraph.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "lowercase")]
pub enum Align {
    /// Flush left.
    Left,
    /// Centred.
    Center,
    /// Flush right.
    Right,
    /// Justified (both edges).
    Justify,
}

/// Where each block starts in the joined text (each block is followed by a line break): turns
/// a finding's offset back into a paragraph and an offset in it.
///
/// ```
/// let blocks = [thethuc::Block { text: "Số: 12/UBND".into(), ..Default::default() },
///               thethuc::Block { text: "V/v họp".into(), ..Default::default() }];
/// assert_eq!(thethuc::block_starts(&blocks), [0, 14]);
/// ```
pub fn block_starts(blocks: &[Block]) -> Vec<u32> {
    let mut at = 0u32;
    blocks
        .iter()
        .map(|b| {
            let start = at;
            at += b.text.len() as u32 + 1;
            start
        })
        .collect()
}

/// Joins blocks into one text, a line break after each, and returns where each block starts.
///
/// ```
/// let blocks = [thethuc::Block { text: "QUYẾT ĐỊNH".into(), ..Default::default() },
///               thethuc::Block { text: "Về việc".into(), ..Default::default() }];
/// let (text, starts) = thethuc::join_blocks(&blocks);
/// assert_eq!(text, "QUYẾT ĐỊNH\nVề việc\n");
/// assert_eq!(&text[starts[1] as usize..], "Về việc\n");
/// ```
pub fn join_blocks(blocks: &[Block]) -> (String, Vec<u32>) {
    let mut text = String::with_capacity(blocks.iter().map(|b| b.text.len() + 1).sum());
    for b in blocks {
        text.push_str(&b.text);
        text.push('\n');
    }
    (text, block_starts(blocks))
}
