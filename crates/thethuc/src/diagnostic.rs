//! Findings, their fixes, and the two languages they are told in.

use crate::text::span::Span;
use serde::{Deserialize, Serialize};

/// How serious a finding is: `error` (lỗi), `warning` (cảnh báo), `info` (lưu ý). Ordered:
/// `Info < Warning < Error`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    /// Worth a look; not a defect (a draft's blank number).
    Info,
    /// Probably a defect.
    Warning,
    /// A defect against the decree.
    Error,
}

impl Severity {
    /// The English word, lower case, as in JSON and SARIF (`error`).
    ///
    /// ```
    /// use thethuc::{Lang, Severity};
    /// assert_eq!(Severity::Warning.as_str(), "warning");
    /// assert_eq!(Severity::Error.label(Lang::Vi), "lỗi");
    /// assert!(Severity::Info < Severity::Error);
    /// ```
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Info => "info",
            Severity::Warning => "warning",
            Severity::Error => "error",
        }
    }
    /// The word for people, in a language (`lỗi`, `error`).
    pub fn label(self, lang: Lang) -> &'static str {
        match (self, lang) {
            (Severity::Error, Lang::Vi) => "lỗi",
            (Severity::Warning, Lang::Vi) => "cảnh báo",
            (Severity::Info, Lang::Vi) => "lưu ý",
            (s, Lang::En) => s.as_str(),
        }
    }
}

/// A language messages are told in: Vietnamese (the default) or English.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    /// Vietnamese (the default).
    #[default]
    Vi,
    /// English.
    En,
}

/// A text in Vietnamese and in English.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Message {
    /// Vietnamese.
    pub vi: String,
    /// English.
    pub en: String,
}

impl Message {
    pub(crate) fn new(vi: impl Into<String>, en: impl Into<String>) -> Self {
        Self {
            vi: vi.into(),
            en: en.into(),
        }
    }
    /// The text in `lang`.
    ///
    /// ```
    /// let report = thethuc::check_str("Số: 7/QĐ-UBND\n", &thethuc::Config::default());
    /// let message = &report.diagnostics.iter().find(|d| d.code == "SO003").unwrap().message;
    /// assert_eq!(message.get(thethuc::Lang::En), message.en);
    /// ```
    pub fn get(&self, lang: Lang) -> &str {
        match lang {
            Lang::Vi => &self.vi,
            Lang::En => &self.en,
        }
    }
}

/// Whether a fix may be applied without a person's look: `safe` ones are applied by `--fix`,
/// "Sửa tất cả" and `fixAll`; `unsafe` ones are offered, to be reviewed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
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
    /// What to replace, in the text rules see (`Source::text`); empty for an insertion.
    pub span: Span,
    /// What goes in its place; empty for a deletion.
    pub replacement: String,
}

impl Edit {
    pub(crate) fn replace(span: Span, replacement: impl Into<String>) -> Self {
        Self {
            span,
            replacement: replacement.into(),
        }
    }
    pub(crate) fn insert(at: u32, text: impl Into<String>) -> Self {
        Self::replace(Span::new(at, at), text)
    }
    pub(crate) fn delete(span: Span) -> Self {
        Self::replace(span, "")
    }
}

/// What a formatting fix changes: a run, a paragraph or a section of the styled input, by index
/// (`Block` index in the input, run index in `Block::runs`, section index in `sections`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", rename_all = "camelCase")]
pub enum FormatTarget {
    /// One run of a paragraph.
    Run {
        /// The paragraph's index.
        block: u32,
        /// The run's index in the paragraph.
        run: u32,
    },
    /// A whole paragraph.
    Paragraph {
        /// The paragraph's index.
        block: u32,
    },
    /// A section's page setup.
    Section {
        /// The section's index.
        section: u32,
    },
}

/// A new value for one property. Lengths are in Word's own units so that a writer sets exactly
/// the value the rule accepts: sizes in half-points, lengths in twips (1/1440 inch).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "property", content = "value", rename_all = "camelCase")]
pub enum FormatChange {
    /// The typeface (`Times New Roman`).
    FontFamily(String),
    /// Font size in half-points (`26` is 13 pt).
    FontSizeHalfPoints(u32),
    /// Bold on or off.
    Bold(bool),
    /// Italic on or off.
    Italic(bool),
    /// `RRGGBB`.
    Color(String),
    /// Horizontal alignment.
    Align(crate::input::blocks::Align),
    /// First-line indent, in twips.
    FirstLineIndentTwips(u32),
    /// Space before the paragraph, in twentieths of a point.
    SpaceBeforeTwips(u32),
    /// Line spacing as a multiple of single, in 240ths (`240` single, `360` one and a half).
    LineSpacing240ths(u32),
    /// Line spacing of an exact height, in twentieths of a point (`360` is 18 pt exactly).
    LineExactTwips(u32),
    /// Paper size in twips; `landscape` sets the orientation.
    PageSize {
        /// Width, in twips.
        width: u32,
        /// Height, in twips.
        height: u32,
        /// Landscape orientation.
        landscape: bool,
    },
    /// Margins in twips; `None` keeps the current value.
    Margins {
        /// Top margin.
        top: Option<u32>,
        /// Bottom margin.
        bottom: Option<u32>,
        /// Left margin.
        left: Option<u32>,
        /// Right margin.
        right: Option<u32>,
    },
}

/// A change of look that repairs a formatting finding. Only a writer of the styled format (the
/// .docx writer) can apply it; it never touches the text.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct FormatEdit {
    /// What it changes.
    pub target: FormatTarget,
    /// The new value.
    pub change: FormatChange,
}

/// Sorted, non-overlapping edits that together repair one finding.
///
/// ```
/// let report = thethuc::check_str("Số: 7/QĐ-UBND\n", &thethuc::Config::default());
/// let finding = report.diagnostics.iter().find(|d| d.code == "SO003").unwrap();
/// let fix = &finding.fixes[0];
/// assert_eq!(fix.applicability, thethuc::Applicability::Safe);
/// assert_eq!(fix.edits[0].replacement, "07");
/// assert_eq!(fix.edits[0].span.of(report.source.text()), "7");
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Fix {
    /// Safe (applied by `fix`) or unsafe (applied only on request).
    pub applicability: Applicability,
    /// What the fix does, for people.
    pub message: Message,
    /// The text edits, in the text rules see (`Source::text`), sorted.
    pub edits: Vec<Edit>,
    /// Changes of look (formatting rules on styled input); empty for text fixes.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub format: Vec<FormatEdit>,
}

impl Fix {
    pub(crate) fn new(
        applicability: Applicability,
        message: Message,
        mut edits: Vec<Edit>,
    ) -> Self {
        crate::text::sorting::sort_by_key(&mut edits, |e| (e.span.start, e.span.end));
        edits.dedup();
        Self {
            applicability,
            message,
            edits,
            format: Vec::new(),
        }
    }
    /// A safe fix that changes the look of the document, not its text.
    pub(crate) fn safe_format(message: Message, mut format: Vec<FormatEdit>) -> Self {
        format.dedup();
        Self {
            applicability: Applicability::Safe,
            message,
            edits: Vec::new(),
            format,
        }
    }
    pub(crate) fn safe(message: Message, edits: Vec<Edit>) -> Self {
        Self::new(Applicability::Safe, message, edits)
    }
    pub(crate) fn unsafe_(message: Message, edits: Vec<Edit>) -> Self {
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
    /// The rule's code (`QH002`); `rules::by_code` gives its explanation.
    pub code: &'static str,
    /// The rule's name (`quoc-hieu-wording`).
    pub name: &'static str,
    /// How serious it is, after the configuration and the stage.
    pub severity: Severity,
    /// What is wrong, in both languages.
    pub message: Message,
    /// Where, in the NFC text.
    pub span: Span,
    /// Other places the finding speaks of (the earlier citation, the matching line).
    pub related: Vec<Span>,
    /// Ways to repair it, the preferred one first; empty when there is none.
    pub fixes: Vec<Fix>,
    /// Where the decree says so (`PL-I II.1`, `Đ15`).
    pub locator: &'static str,
}
