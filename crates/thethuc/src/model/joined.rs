//! A paragraph's lines joined into one text, with the map back to each line: what the
//! citation scan and the rules that read a paragraph as a whole work on.

use crate::model::document::Line;
use crate::text::span::Span;

/// A paragraph's lines joined with single spaces, and where each line's text sits in it.
#[derive(Debug, Clone)]
pub struct Joined {
    pub text: String,
    /// (offset in `text`, the line's span in the NFC text), one per line.
    pub pieces: Vec<(u32, Span)>,
}

impl Joined {
    pub fn new(source: &str, lines: &[Line], indices: &[usize]) -> Self {
        let mut text = String::new();
        let mut pieces = Vec::with_capacity(indices.len());
        for (k, &i) in indices.iter().enumerate() {
            // A code or a range broken after its hyphen (`NĐ-` / `CP`, `2025-` / `2030`) joins
            // without a space; Vietnamese words are never hyphenated at a line end.
            if k > 0 && !ends_with_broken_code(&text) {
                text.push(' ');
            }
            let span = lines[i].span;
            pieces.push((text.len() as u32, span));
            text.push_str(span.of(source));
        }
        Self { text, pieces }
    }

    /// The same lines joined the same way from another text of the same layout (the folded
    /// copy of the source, whose byte offsets are the source's).
    pub fn text_over(&self, other: &str) -> String {
        let mut text = String::with_capacity(self.text.len());
        for &(offset, span) in &self.pieces {
            if text.len() < offset as usize {
                text.push(' ');
            }
            text.push_str(span.of(other));
        }
        text
    }

    /// Maps an offset in the joined text back to the NFC text. An offset on a joining space maps
    /// to the end of the line before it (for ends) or the start of the next (for starts).
    pub fn to_source(&self, offset: u32, is_end: bool) -> u32 {
        let k = self
            .pieces
            .partition_point(|(o, _)| *o <= offset)
            .saturating_sub(1);
        let (o, span) = self.pieces[k];
        let inside = offset - o;
        if inside <= span.len() {
            return span.start + inside;
        }
        match (is_end, self.pieces.get(k + 1)) {
            (false, Some((_, next))) => next.start,
            _ => span.end,
        }
    }

    pub fn span_to_source(&self, s: u32, e: u32) -> Span {
        Span::new(self.to_source(s, false), self.to_source(e, true))
    }
}

/// Whether a text ends with a code or a range broken after its hyphen (`NĐ-`, `131/CĐ-`,
/// `2025-`): the rest follows on the next line without a space.
pub(crate) fn ends_with_broken_code(text: &str) -> bool {
    text.strip_suffix('-').is_some_and(|t| {
        t.chars()
            .next_back()
            .is_some_and(crate::text::fold::is_letter_or_digit)
    })
}

/// Whether a line ends with a word after which a Vietnamese sentence cannot stop (`của`, `và`,
/// `về`, `tại`, …): the sentence goes on on the next line.
pub(crate) fn ends_with_joining_word(line: &str) -> bool {
    // Not `trên`, `năm`, `được`, `như`, `theo`: `nội dung trên`, `hằng năm`, `không được`,
    // `như sau` end sentences.
    const JOINING: &[&str] = &[
        "của", "và", "về", "các", "những", "tại", "với", "đến", "từ", "số", "ngày", "tháng", "là",
        "để", "thuộc", "hoặc", "nhằm", "đối", "giữa",
    ];
    // Lower case only: `Năm` or `SỐ` in capitals end a heading, not a sentence.
    line.rsplit(char::is_whitespace)
        .next()
        .is_some_and(|last| JOINING.contains(&last))
}
