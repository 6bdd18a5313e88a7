//! What a check is asked to do: stage, language, which rules, at what severity.

use crate::diagnostic::{Lang, Severity};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// Where the document stands: a draft may leave the number and the day blank.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "lowercase")]
pub enum Stage {
    /// A draft: blank number and day are expected (reported as info).
    #[default]
    Draft,
    /// About to be issued: blanks are errors.
    Final,
}

/// Which body of format rules a document is checked against.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "lowercase")]
pub enum Profile {
    /// Told from the document itself (the default): `ĐẢNG CỘNG SẢN VIỆT NAM` in the header or a
    /// Party number (`Số 12-KH/TU`) makes a Party document, a number with its year
    /// (`Số: 28/2025/QĐ-UBND`) a legal normative one, anything else an administrative one.
    #[default]
    Auto,
    /// Văn bản hành chính: Nghị định 30/2020/NĐ-CP.
    Nd30,
    /// Văn bản của Đảng: Hướng dẫn 05-HD/VPTW (2026), Hướng dẫn 36-HD/VPTW before it.
    Party,
    /// Văn bản quy phạm pháp luật (no rule pack yet: reported once, as DOC002 says).
    Qppl,
}

/// The input's nature, which decides what the formatting rules can see.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum InputFormat {
    /// Plain text, one paragraph or line per line (also text taken out of a PDF or an editor).
    #[default]
    Text,
    /// Markdown: `**bold**` and `*italic*` tell the emphasis rules what they need.
    Markdown,
    /// A web page (`.html`): read from its paragraphs and tables.
    Html,
    /// Paragraphs with their look, from an editor (`check_blocks`): formatting rules can run.
    Styled,
}

/// What a check is asked to do. `Config::default()` runs every default rule on a draft, with
/// messages in Vietnamese. It reads from JSON (or any serde format; the CLI's `thethuc.toml`
/// holds the same keys); every key may be left out, and a key left out keeps its default.
///
/// ```
/// let config: thethuc::Config = serde_json::from_str(
///     r#"{ "stage": "final", "lang": "en", "ignore": ["MA"], "severity": { "SO004": "info" } }"#,
/// )
/// .unwrap();
/// assert_eq!(config.stage, thethuc::Stage::Final);
/// assert!(config.unknown_rule_patterns().is_empty());
///
/// // A final document must carry its day: a blank one is an error, not a draft's note.
/// let report = thethuc::check_str("Hà Nội, ngày   tháng 5 năm 2026\n", &config);
/// let blank_day = report.diagnostics.iter().find(|d| d.code == "NG002").unwrap();
/// assert_eq!(blank_day.severity, thethuc::Severity::Error);
/// ```
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(deny_unknown_fields, default)]
// In TypeScript every field may be left out (`stage?: Stage`), as serde's `default` allows.
#[cfg_attr(feature = "ts", ts(optional_fields))]
pub struct Config {
    /// `draft` (the default): a blank number or day is a note; `final`: it is an error.
    #[cfg_attr(feature = "ts", ts(as = "Option<_>"))]
    pub stage: Stage,
    /// The language of the messages an app shows first, `vi` (the default) or `en` (every
    /// message carries both).
    #[cfg_attr(feature = "ts", ts(as = "Option<_>"))]
    pub lang: Lang,
    /// Which rules the document is checked against: `auto` (the default, told from the
    /// document), `nd30`, `party` or `qppl`.
    #[cfg_attr(feature = "ts", ts(as = "Option<_>"))]
    pub profile: Profile,
    /// Codes (`SO004`), prefixes (`SO`), or names (`so-format`); empty means every default rule.
    #[cfg_attr(feature = "ts", ts(as = "Option<_>"))]
    pub select: Vec<String>,
    /// Same forms as `select`; wins over it.
    #[cfg_attr(feature = "ts", ts(as = "Option<_>"))]
    pub ignore: Vec<String>,
    /// Per-rule severity, by code or name.
    #[cfg_attr(feature = "ts", ts(as = "Option<_>"))]
    pub severity: BTreeMap<String, Severity>,
    /// Organisation profile: the issuer's own abbreviation and names (used by SO007).
    #[cfg_attr(feature = "ts", ts(as = "Option<_>"))]
    pub organisation: Organisation,
    /// Tone placement policy for `hoà`/`hòa`, `thuỷ`/`thủy` (MA003): `consistent` (the
    /// default), `new` or `old`.
    #[cfg_attr(feature = "ts", ts(as = "Option<_>"))]
    pub tone_marks: TonePolicy,
    /// Bounds on the work one check may do (hostile or accidental input).
    #[cfg_attr(feature = "ts", ts(as = "Option<_>"))]
    pub limits: Limits,
}

/// Bounds that keep a check finite on any input. Each one, when hit, is reported (DOC004).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(deny_unknown_fields, default)]
// The engine for JavaScript also reads `null` as "the default" here.
#[cfg_attr(feature = "ts", ts(optional_fields = nullable))]
pub struct Limits {
    /// Largest text checked, in bytes (a 100-page plan is about 0.5 MB). Bigger input is not
    /// checked at all; the CLI refuses such a file before reading it.
    #[cfg_attr(feature = "ts", ts(as = "Option<_>"))]
    pub max_input_bytes: usize,
    /// Longer lines (bytes) are not read by the grammar: they stay plain paragraphs.
    #[cfg_attr(feature = "ts", ts(as = "Option<_>"))]
    pub max_line_bytes: usize,
    /// Steps the grammar may take on one line; a line that needs more stays a plain paragraph.
    /// 0: no limit. Each check keeps its own, also when checks run at the same time.
    #[cfg_attr(feature = "ts", ts(as = "Option<_>"))]
    pub max_grammar_calls: usize,
    /// Findings of one rule in one document beyond this many are counted, not listed.
    #[cfg_attr(feature = "ts", ts(as = "Option<_>"))]
    pub max_findings_per_rule: usize,
}

/// `Limits::default().max_grammar_calls`: also the budget of a grammar parse outside a check.
pub(crate) const DEFAULT_MAX_GRAMMAR_CALLS: usize = 1_000_000;

impl Default for Limits {
    fn default() -> Self {
        Self {
            max_input_bytes: 10 << 20,
            max_line_bytes: 16 << 10,
            max_grammar_calls: DEFAULT_MAX_GRAMMAR_CALLS,
            max_findings_per_rule: 500,
        }
    }
}

/// Tone placement for `hoà`/`hòa`, `thuỷ`/`thủy` (MA003): either, as long as one document does
/// not mix them (the default), only the new one, or only the old one.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "lowercase")]
pub enum TonePolicy {
    /// Either style, as long as one document does not mix them.
    #[default]
    Consistent,
    /// Only the new placement (`hòa`, `thủy`), as in the decree's own text.
    New,
    /// Only the old placement (`hoà`, `thuỷ`).
    Old,
}

/// The issuing organisation's own names, which some rules compare the document with.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(deny_unknown_fields, default)]
pub struct Organisation {
    /// Issuer names as written in the header, in capitals (`SỞ CÔNG THƯƠNG`).
    #[cfg_attr(feature = "ts", ts(as = "Option<_>", optional))]
    pub names: Vec<String>,
    /// Abbreviations the organisation uses in its ký hiệu (`SCT`).
    #[cfg_attr(feature = "ts", ts(as = "Option<_>", optional))]
    pub abbreviations: Vec<String>,
    /// The place name of the date line (`Lào Cai`).
    #[cfg_attr(feature = "ts", ts(optional = nullable))]
    pub place: Option<String>,
}

impl Config {
    pub(crate) fn matches(pattern: &str, code: &str, name: &str) -> bool {
        let p = pattern.trim();
        p.eq_ignore_ascii_case(code)
            || p.eq_ignore_ascii_case(name)
            || p.eq_ignore_ascii_case("all")
            || (p.len() < code.len()
                && p.chars().all(|c| c.is_ascii_alphabetic())
                && code.len() >= p.len()
                && code[..p.len()].eq_ignore_ascii_case(p)
                && code[p.len()..].bytes().all(|b| b.is_ascii_digit()))
    }

    /// Whether a rule runs: selected (or default-on when nothing is selected) and not ignored.
    pub(crate) fn enabled(&self, code: &str, name: &str, default_on: bool) -> bool {
        let selected = if self.select.is_empty() {
            default_on
        } else {
            self.select.iter().any(|p| Self::matches(p, code, name))
        };
        selected && !self.ignore.iter().any(|p| Self::matches(p, code, name))
    }

    pub(crate) fn severity_for(&self, code: &str, name: &str) -> Option<Severity> {
        self.severity
            .iter()
            .find(|(k, _)| k.eq_ignore_ascii_case(code) || k.eq_ignore_ascii_case(name))
            .map(|(_, s)| *s)
    }
}
