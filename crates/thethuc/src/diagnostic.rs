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

/// Sorted, non-overlapping edits that together repair one finding.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Fix {
    pub applicability: Applicability,
    pub message: Message,
    pub edits: Vec<Edit>,
}

impl Fix {
    pub fn new(applicability: Applicability, message: Message, mut edits: Vec<Edit>) -> Self {
        edits.sort_by_key(|e| (e.span.start, e.span.end));
        edits.dedup();
        Self {
            applicability,
            message,
            edits,
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
