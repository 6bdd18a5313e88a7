//! Findings, their fixes, and the two languages they are told in.

use crate::document::Span;
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Info,
    Warning,
    Error,
}

impl Severity {
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Info => "info",
            Severity::Warning => "warning",
            Severity::Error => "error",
        }
    }
    pub fn label(self, lang: Lang) -> &'static str {
        match (self, lang) {
            (Severity::Error, Lang::Vi) => "lỗi",
            (Severity::Warning, Lang::Vi) => "cảnh báo",
            (Severity::Info, Lang::Vi) => "lưu ý",
            (s, Lang::En) => s.as_str(),
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    #[default]
    Vi,
    En,
}

/// A text in Vietnamese and in English.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Message {
    pub vi: String,
    pub en: String,
}

impl Message {
    pub fn new(vi: impl Into<String>, en: impl Into<String>) -> Self {
        Self {
            vi: vi.into(),
            en: en.into(),
        }
    }
    pub fn get(&self, lang: Lang) -> &str {
        match lang {
            Lang::Vi => &self.vi,
            Lang::En => &self.en,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Applicability {
    /// Mechanical and meaning-preserving: `--fix` applies it.
    Safe,
    /// Offered, applied only on request.
    Unsafe,
}

/// Replace the text of `span` by `replacement`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Edit {
    pub span: Span,
    pub replacement: String,
}

impl Edit {
    pub fn replace(span: Span, replacement: impl Into<String>) -> Self {
        Self {
            span,
            replacement: replacement.into(),
        }
    }
    pub fn insert(at: u32, text: impl Into<String>) -> Self {
        Self::replace(Span::new(at, at), text)
    }
    pub fn delete(span: Span) -> Self {
        Self::replace(span, "")
    }
}

/// What a formatting fix changes: a run, a paragraph or a section of the styled input, by index
/// (`Block` index in the input, run index in `Block::runs`, section index in `sections`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", rename_all = "camelCase")]
pub enum FormatTarget {
    Run { block: u32, run: u32 },
    Paragraph { block: u32 },
    Section { section: u32 },
}

/// A new value for one property. Lengths are in Word's own units so that a writer sets exactly
/// the value the rule accepts: sizes in half-points, lengths in twips (1/1440 inch).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "property", content = "value", rename_all = "camelCase")]
pub enum FormatChange {
    FontFamily(String),
    FontSizeHalfPoints(u32),
    Bold(bool),
    Italic(bool),
    /// `RRGGBB`.
    Color(String),
    Align(crate::blocks::Align),
    FirstLineIndentTwips(u32),
    /// Space before the paragraph, in twentieths of a point.
    SpaceBeforeTwips(u32),
    /// Line spacing as a multiple of single, in 240ths (`240` single, `360` one and a half).
    LineSpacing240ths(u32),
    /// Paper size in twips; `landscape` sets the orientation.
    PageSize {
        width: u32,
        height: u32,
        landscape: bool,
    },
    /// Margins in twips; `None` keeps the current value.
    Margins {
        top: Option<u32>,
        bottom: Option<u32>,
        left: Option<u32>,
        right: Option<u32>,
    },
}

/// A change of look that repairs a formatting finding. Only a writer of the styled format (the
/// .docx writer) can apply it; it never touches the text.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct FormatEdit {
    pub target: FormatTarget,
    pub change: FormatChange,
}

/// Sorted, non-overlapping edits that together repair one finding.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Fix {
    pub applicability: Applicability,
    pub message: Message,
    pub edits: Vec<Edit>,
    /// Changes of look (formatting rules on styled input); empty for text fixes.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub format: Vec<FormatEdit>,
}

impl Fix {
    pub fn new(applicability: Applicability, message: Message, mut edits: Vec<Edit>) -> Self {
        crate::sorting::sort_by_key(&mut edits, |e| (e.span.start, e.span.end));
        edits.dedup();
        Self {
            applicability,
            message,
            edits,
            format: Vec::new(),
        }
    }
    /// A safe fix that changes the look of the document, not its text.
    pub fn safe_format(message: Message, mut format: Vec<FormatEdit>) -> Self {
        format.dedup();
        Self {
            applicability: Applicability::Safe,
            message,
            edits: Vec::new(),
            format,
        }
    }
    pub fn safe(message: Message, edits: Vec<Edit>) -> Self {
        Self::new(Applicability::Safe, message, edits)
    }
    pub fn unsafe_(message: Message, edits: Vec<Edit>) -> Self {
        Self::new(Applicability::Unsafe, message, edits)
    }
    /// True when the edits are sorted and none overlaps another.
    pub fn is_well_formed(&self) -> bool {
        self.edits.windows(2).all(|w| {
            w[0].span.end <= w[1].span.start
                && !(w[0].span.is_empty()
                    && w[1].span.is_empty()
                    && w[0].span.start == w[1].span.start)
        })
    }
}

/// One finding.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Diagnostic {
    pub code: &'static str,
    pub name: &'static str,
    pub severity: Severity,
    pub message: Message,
    /// Where, in the NFC text.
    pub span: Span,
    /// Other places the finding speaks of (the earlier citation, the matching line).
    pub related: Vec<Span>,
    pub fixes: Vec<Fix>,
    pub locator: &'static str,
}
