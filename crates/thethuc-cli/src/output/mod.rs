//! The output formats of `check`, and what they share. A [`Reporter`] renders one file's piece
//! on the worker that checked it ([`Reporter::file`]) and a head and tail from the batch's
//! [`Totals`]; the [`Emitter`] writes the pieces in path order. One module per format: `human`
//! (text with code frames), `json` (the JSON contract), `summary` (one table), `sarif` (SARIF
//! 2.1.0); `rules` and `tree` render the `rules`/`rule` and `parse` commands.

mod emit;
mod human;
mod json;
mod rules;
mod sarif;
mod summary;
mod tree;

pub use emit::Emitter;
pub use human::{Human, Paint};
pub use json::Json;
pub use rules::{rule_docs, rules_human, rules_json, rules_markdown};
pub use sarif::Sarif;
pub use summary::Summary;
pub use tree::{tree_human, tree_json};

use crate::check_file::{FileResult, Outcome};
use serde::Serialize;
use std::collections::{BTreeMap, BTreeSet};
use thethuc::{Lang, Severity};

/// `text` as a terminal may print it: a document or a file name can hold control characters (an
/// escape sequence that recolours, clears or retitles the terminal, a carriage return that
/// overwrites the line) and bidirectional overrides that reorder what the reader sees. Each is
/// shown instead: C0 controls as their Unicode control pictures (`␛`, `␍`), the others as
/// `<U+202E>`. Tabs stay.
pub fn visible(text: &str) -> std::borrow::Cow<'_, str> {
    fn hidden(c: char) -> bool {
        (c.is_control() && c != '\t')
            || matches!(c, '\u{200E}' | '\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
    }
    if !text.chars().any(hidden) {
        return std::borrow::Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        match c {
            _ if !hidden(c) => out.push(c),
            '\u{0}'..='\u{1F}' => out.push(char::from_u32(0x2400 + c as u32).unwrap_or('\u{FFFD}')),
            '\u{7F}' => out.push('\u{2421}'),
            _ => {
                use std::fmt::Write as _;
                let _ = write!(out, "<U+{:04X}>", c as u32);
            }
        }
    }
    std::borrow::Cow::Owned(out)
}

pub fn io_error_message(e: &std::io::Error) -> String {
    match e.kind() {
        std::io::ErrorKind::NotFound => format!("không tìm thấy tệp (file not found): {e}"),
        std::io::ErrorKind::PermissionDenied => {
            format!("không có quyền đọc tệp (permission denied): {e}")
        }
        _ => format!("không đọc được tệp (cannot read the file): {e}"),
    }
}

/// One output format, written a file at a time: a head, one piece per file (rendered while the
/// file's report is still held, on any thread), a tail from the batch's totals.
pub trait Reporter: Sync {
    /// What comes before the first file's piece.
    fn head(&self, _lang: Lang) -> Head {
        Head::Now(String::new())
    }
    /// The head, when it is [`Head::AfterAll`]: written once every file is done, before the
    /// pieces kept aside.
    fn late_head(&self, _totals: &Totals, _lang: Lang) -> anyhow::Result<String> {
        Ok(String::new())
    }
    /// One file's piece; empty when the file adds nothing to the output here.
    fn file(&self, r: &FileResult, lang: Lang) -> anyhow::Result<String>;
    /// Written between two non-empty pieces.
    fn separator(&self) -> &'static str {
        ""
    }
    /// What comes after the last piece.
    fn tail(&self, totals: &Totals, lang: Lang) -> anyhow::Result<String>;
}

/// When a reporter's head can be written.
pub enum Head {
    /// Before the files: the pieces are written as they come.
    Now(String),
    /// Only when the whole batch is known (SARIF lists every file and every unreadable one
    /// before its results): the pieces are kept aside in a temporary file until then.
    AfterAll,
}

/// How one file ended, without its report.
#[derive(Clone)]
pub enum Status {
    Checked,
    Failed(String),
    Skipped(String),
}

/// What the totals need of one file once its piece is rendered: counts and names, no text.
pub struct Facts {
    pub path: String,
    pub status: Status,
    /// The size of the checked text as read (0 unless checked).
    pub bytes: usize,
    /// Findings by severity (info, warning, error).
    pub counts: [usize; 3],
    /// The recognised document type's name, for a checked file.
    pub doc_type: Option<&'static str>,
    /// (code, name, severity) of each finding other than DOC003 (the coverage note, which says
    /// which rules ran): the summary table and the exit code count these.
    pub findings: Vec<(&'static str, &'static str, Severity)>,
}

impl Facts {
    pub fn of(r: &FileResult) -> Self {
        let mut facts = Facts {
            path: r.path.clone(),
            status: Status::Checked,
            bytes: 0,
            counts: [0; 3],
            doc_type: None,
            findings: Vec::new(),
        };
        match &r.outcome {
            Outcome::Checked { report, .. } => {
                facts.bytes = report.source.original().len();
                facts.doc_type = report
                    .document
                    .title
                    .as_ref()
                    .and_then(|t| t.doc_type)
                    .map(|t| t.name);
                for d in &report.diagnostics {
                    facts.counts[d.severity as usize] += 1;
                    if d.code != "DOC003" {
                        facts.findings.push((d.code, d.name, d.severity));
                    }
                }
            }
            Outcome::Failed(e) => facts.status = Status::Failed(e.clone()),
            Outcome::Skipped(why) => facts.status = Status::Skipped(why.clone()),
        }
        facts
    }
}

/// A batch's totals, added up a file at a time in path order.
#[derive(Default)]
pub struct Totals {
    pub files: usize,
    pub checked: usize,
    pub failed: usize,
    pub skipped: usize,
    /// Bytes of the checked texts.
    pub bytes: usize,
    /// Findings by severity (info, warning, error).
    pub counts: [usize; 3],
    /// The highest severity of a finding other than DOC003.
    pub worst: Option<Severity>,
    /// Per rule code: severity and name (as first met), findings, files.
    pub per_rule: BTreeMap<&'static str, (Severity, &'static str, usize, usize)>,
    /// Per document type: files, errors, warnings, notes (DOC003 aside).
    pub per_type: BTreeMap<String, (usize, usize, usize, usize)>,
    /// Every file's path and status, in order, when the reporter's head comes after all.
    pub outcomes: Option<Vec<(String, Status)>>,
    /// How many non-empty pieces were written.
    pub pieces: usize,
}

impl Totals {
    pub fn add(&mut self, facts: Facts, lang: Lang) {
        self.files += 1;
        for (total, n) in self.counts.iter_mut().zip(facts.counts) {
            *total += n;
        }
        match &facts.status {
            Status::Checked => {
                self.checked += 1;
                self.bytes += facts.bytes;
                let type_name = facts.doc_type.map_or_else(
                    || match lang {
                        Lang::Vi => "(không rõ loại)".to_owned(),
                        Lang::En => "(unknown type)".to_owned(),
                    },
                    str::to_owned,
                );
                let row = self.per_type.entry(type_name).or_default();
                row.0 += 1;
                let mut seen = BTreeSet::new();
                for &(code, name, severity) in &facts.findings {
                    let e = self.per_rule.entry(code).or_insert((severity, name, 0, 0));
                    e.2 += 1;
                    if seen.insert(code) {
                        e.3 += 1;
                    }
                    match severity {
                        Severity::Error => row.1 += 1,
                        Severity::Warning => row.2 += 1,
                        Severity::Info => row.3 += 1,
                    }
                    self.worst = self.worst.max(Some(severity));
                }
            }
            Status::Failed(_) => self.failed += 1,
            Status::Skipped(_) => self.skipped += 1,
        }
        if let Some(outcomes) = &mut self.outcomes {
            outcomes.push((facts.path, facts.status));
        }
    }
}

/// `HD 05 3.2.2` → `Hướng dẫn 05-HD/VPTW, mục 3.2.2` (a Party guide's section); `HD 05 PL 2` →
/// `Hướng dẫn 05-HD/VPTW, Phụ lục 2` (its appendix).
fn party_guide_text(part: &str, lang: Lang) -> String {
    let Some(rest) = part.strip_prefix("HD ") else {
        return part.to_owned();
    };
    let (number, section) = rest.split_once(' ').unwrap_or((rest, ""));
    let guide = format!("Hướng dẫn {number}-HD/VPTW");
    // `HD 05 PL 2`: an appendix of the guide.
    if let Some(appendix) = section.strip_prefix("PL ") {
        return match lang {
            Lang::Vi => format!("{guide}, Phụ lục {appendix}"),
            Lang::En => format!("{guide}, Appendix {appendix}"),
        };
    }
    match (lang, section.is_empty()) {
        (_, true) => guide,
        (Lang::Vi, false) => format!("{guide}, mục {section}"),
        (Lang::En, false) => format!("{guide}, section {section}"),
    }
}

/// `v` pretty-printed as serde_json prints it `depth` levels deep (two spaces a level): a
/// piece to splice into a document printed by `serde_json::to_string_pretty`. JSON strings
/// hold no raw newline, so indenting after each one is exact.
pub fn pretty_at<T: Serialize + ?Sized>(v: &T, depth: usize) -> anyhow::Result<String> {
    let text = serde_json::to_string_pretty(v)?;
    Ok(text.replace('\n', &format!("\n{}", "  ".repeat(depth))))
}

/// `PL-I II.3` → `Phụ lục I, mục II.3, Nghị định 30/2020/NĐ-CP`; `Đ13, PL-I II.7` →
/// `Điều 13; Phụ lục I, mục II.7 — Nghị định 30/2020/NĐ-CP`; the Party guides, `HD 05 3.2.2; HD
/// 36 1.3` → `Hướng dẫn 05-HD/VPTW, mục 3.2.2; Hướng dẫn 36-HD/VPTW, mục 1.3`. Other locators
/// are shown as written.
pub fn locator_text(loc: &str, lang: Lang) -> String {
    if loc.starts_with("HD ") {
        return loc
            .split(';')
            .map(str::trim)
            .map(|p| party_guide_text(p, lang))
            .collect::<Vec<_>>()
            .join("; ");
    }
    let decree = "Nghị định 30/2020/NĐ-CP";
    let mut any_decree_part = false;
    let parts: Vec<String> = loc
        .split(',')
        .map(str::trim)
        .map(|p| {
            if let Some(rest) = p.strip_prefix("PL-") {
                any_decree_part = true;
                let (n, r) = rest.split_once(' ').unwrap_or((rest, ""));
                match (lang, r.is_empty()) {
                    (Lang::Vi, true) => format!("Phụ lục {n}"),
                    (Lang::Vi, false) => format!("Phụ lục {n}, mục {r}"),
                    (Lang::En, true) => format!("Annex {n}"),
                    (Lang::En, false) => format!("Annex {n}, section {r}"),
                }
            } else if let Some(n) = p.strip_prefix('Đ') {
                any_decree_part = true;
                match lang {
                    Lang::Vi => format!("Điều {n}"),
                    Lang::En => format!("Article {n}"),
                }
            } else {
                p.to_owned()
            }
        })
        .collect();
    match (any_decree_part, parts.len(), lang) {
        (false, _, _) => parts.join(", "),
        (true, 1, _) => format!("{}, {decree}", parts[0]),
        (true, _, _) => format!("{} — {decree}", parts.join("; ")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn locators_name_the_decree_or_the_party_guide() {
        assert_eq!(
            locator_text("PL-I II.3", Lang::Vi),
            "Phụ lục I, mục II.3, Nghị định 30/2020/NĐ-CP"
        );
        assert_eq!(
            locator_text("Đ13, PL-I II.7", Lang::En),
            "Article 13; Annex I, section II.7 — Nghị định 30/2020/NĐ-CP"
        );
        assert_eq!(
            locator_text("HD 05 3.2.2; HD 36 1.3", Lang::Vi),
            "Hướng dẫn 05-HD/VPTW, mục 3.2.2; Hướng dẫn 36-HD/VPTW, mục 1.3"
        );
        assert_eq!(
            locator_text("HD 05 7.1", Lang::En),
            "Hướng dẫn 05-HD/VPTW, section 7.1"
        );
        assert_eq!(
            locator_text("HD 05 PL 2; HD 36 PL 3", Lang::Vi),
            "Hướng dẫn 05-HD/VPTW, Phụ lục 2; Hướng dẫn 36-HD/VPTW, Phụ lục 3"
        );
        assert_eq!(
            locator_text("HD 05 PL 2", Lang::En),
            "Hướng dẫn 05-HD/VPTW, Appendix 2"
        );
        assert_eq!(locator_text("—", Lang::Vi), "—");
    }
}
