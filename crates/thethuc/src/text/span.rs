//! `Span`, the one range type: a byte range of the NFC text. Only `Source` converts it to
//! original offsets, lines and columns, or UTF-16.

use serde::Serialize;

/// A byte range in the NFC text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Default)]
pub struct Span {
    /// First byte.
    pub start: u32,
    /// Past the last byte.
    pub end: u32,
}

impl Span {
    /// The span from `start` to `end`.
    ///
    /// ```
    /// use thethuc::Span;
    /// let span = Span::new(6, 8); // bytes, not characters: `ố` takes three
    /// assert_eq!(span.of("Số: 07/QĐ"), "07");
    /// assert_eq!(span.len(), 2);
    /// assert_eq!(Span::cover(span, Span::new(0, 2)), Span::new(0, 8));
    /// ```
    pub fn new(start: u32, end: u32) -> Self {
        Self { start, end }
    }
    /// Its length in bytes.
    pub fn len(&self) -> u32 {
        self.end - self.start
    }
    /// True for an empty span (a point).
    pub fn is_empty(&self) -> bool {
        self.start == self.end
    }
    /// Its text in `text`; `""` when it does not lie on character boundaries of `text`.
    pub fn of<'t>(&self, text: &'t str) -> &'t str {
        text.get(self.start as usize..self.end as usize)
            .unwrap_or("")
    }
    /// The smallest span holding both.
    pub fn cover(a: Span, b: Span) -> Span {
        Span::new(a.start.min(b.start), a.end.max(b.end))
    }
}
