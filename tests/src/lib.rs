//! Helpers shared by the end-to-end tests.
//!
//! Rule fixtures (`fixtures/rules/CODE.txt`) hold cases, each opened by a header line:
//!
//! ```text
//! === bad: en dashes in the motto          (a case; `[final]` after bad/good selects the final stage)
//! Độc lập – Tự do – Hạnh phúc
//! //~ QH004 `Độc lập – Tự do – Hạnh phúc` => Độc lập - Tự do - Hạnh phúc
//! === good
//! Độc lập - Tự do - Hạnh phúc
//! ```
//!
//! A mark `//~ CODE `range`` stands for one finding whose range starts on the line above it;
//! after `=>` may follow the text of that line once the safe fixes are applied. The range is the
//! exact text the finding covers, found at its first occurrence on that line. Where that would be
//! the wrong occurrence, or the range is empty, context around it picks the place and `⟦…⟧`
//! marks the range inside it: `xã⟦ ⟧;` is the space between `xã` and `;`, `⟦⟧Nơi` the empty
//! range before `Nơi`. `\n` stands for a line break inside a range.
//!
//! Annotation lines are removed before checking. A `bad` case must give exactly the annotated
//! findings of the file's rule, each at its exact range; a `good` case must give none.

use std::path::{Path, PathBuf};

pub mod eval;
pub mod layouts;

pub fn workspace_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
}

pub fn fixtures() -> PathBuf {
    workspace_root().join("fixtures")
}

/// The corpus documents (seeds, real, legacy-encoded), sorted; a legacy file's reviewed
/// conversion (`*.converted.txt`) is a reference, not a document.
pub fn corpus_documents() -> Vec<PathBuf> {
    let mut files = Vec::new();
    for dir in ["seeds", "real", "legacy"] {
        let entries = std::fs::read_dir(fixtures().join("corpus").join(dir))
            .unwrap_or_else(|e| panic!("corpus dir {dir}: {e}"));
        for entry in entries {
            let path = entry.unwrap_or_else(|e| panic!("{dir}: {e}")).path();
            let name = path.file_name().and_then(|n| n.to_str()).unwrap_or("");
            if name.ends_with(".txt") && !name.ends_with(".converted.txt") {
                files.push(path);
            }
        }
    }
    files.sort();
    files
}

#[derive(Debug, Clone)]
pub struct Expectation {
    /// 1-based line in the case text (annotations removed).
    pub line: u32,
    pub code: String,
    /// The finding's range as the mark writes it (see the module docs), when given.
    pub range: Option<String>,
    /// The line's text after the rule's safe fixes, when given.
    pub fixed: Option<String>,
}

impl Expectation {
    /// The original byte range the mark stands for in `text` (the case text), or why there is
    /// none: no range written, or the written text is not on the mark's line.
    pub fn byte_range(&self, text: &str) -> Result<(usize, usize), String> {
        let Some(mark) = &self.range else {
            return Err("the mark gives no range (`//~ CODE `text``)".to_owned());
        };
        let mark = mark.replace("\\n", "\n");
        let (before, inner, after) = match mark.split_once('⟦') {
            Some((before, rest)) => match rest.split_once('⟧') {
                Some((inner, after)) => (before, inner, after),
                None => return Err(format!("`{mark}` opens ⟦ and never closes it")),
            },
            None => ("", mark.as_str(), ""),
        };
        let line_start: usize = text
            .split('\n')
            .take(self.line as usize - 1)
            .map(|l| l.len() + 1)
            .sum();
        let line_end = text[line_start..]
            .find('\n')
            .map_or(text.len(), |n| line_start + n);
        let needle = format!("{before}{inner}{after}");
        match text[line_start..].find(&needle) {
            Some(at) if line_start + at <= line_end => {
                let start = line_start + at + before.len();
                Ok((start, start + inner.len()))
            }
            _ => Err(format!("`{mark}` is not on line {}", self.line)),
        }
    }
}

#[derive(Debug, Clone)]
pub struct Case {
    pub title: String,
    pub bad: bool,
    pub final_stage: bool,
    pub text: String,
    pub expectations: Vec<Expectation>,
    /// Line of the header in the fixture file, for messages.
    pub at: usize,
}

pub fn parse_cases(content: &str) -> Vec<Case> {
    let mut cases: Vec<Case> = Vec::new();
    for (n, raw) in content.split('\n').enumerate() {
        if let Some(header) = raw.strip_prefix("=== ") {
            let (kind, title) = header.split_once(':').unwrap_or((header, ""));
            cases.push(Case {
                title: title.trim().to_owned(),
                bad: kind.trim_start().starts_with("bad"),
                final_stage: kind.contains("[final]"),
                text: String::new(),
                expectations: Vec::new(),
                at: n + 1,
            });
            continue;
        }
        let Some(case) = cases.last_mut() else {
            continue;
        };
        if let Some(ann) = raw.trim_start().strip_prefix("//~") {
            let ann = ann.trim_start();
            let (code, rest) = ann.split_once(' ').unwrap_or((ann, ""));
            // The range is written between backticks, so it may hold `=>`.
            let (range, rest) = match rest.trim_start().strip_prefix('`') {
                Some(open) => match open.split_once('`') {
                    Some((range, rest)) => (Some(range.to_owned()), rest),
                    None => (Some(open.to_owned()), ""),
                },
                None => (None, rest),
            };
            let fixed = rest
                .split_once("=>")
                .map(|(_, fixed)| fixed.trim().to_owned());
            let line = case.text.matches('\n').count() as u32;
            case.expectations.push(Expectation {
                line: line.max(1),
                code: code.trim().to_owned(),
                range,
                fixed,
            });
            continue;
        }
        case.text.push_str(raw);
        case.text.push('\n');
    }
    cases
}

/// Words of a text, for "no word lost" comparisons.
pub fn words(text: &str) -> Vec<String> {
    let mut w: Vec<String> = text
        .split(|c: char| !c.is_alphanumeric())
        .filter(|s| !s.is_empty())
        .map(str::to_owned)
        .collect();
    w.sort();
    w
}

/// A long plan (kế hoạch) of about `chars` characters, for benchmarks: the header of
/// fixtures/corpus/real/06 (a provincial plan), its body repeated with the parts (`I.`, `II.` …)
/// renumbered in one sequence, then its closing. Deterministic.
pub fn long_plan(chars: usize) -> String {
    let path = fixtures().join("corpus/real/06_kh-ubnd-laocai-ct11-duthao.txt");
    let source = std::fs::read_to_string(&path).unwrap_or_default();
    let lines: Vec<&str> = source.lines().collect();
    let is_part = |l: &str| {
        l.split_once(". ")
            .is_some_and(|(n, _)| !n.is_empty() && thethuc::internals::roman_value(n).is_some())
    };
    let body_start = lines.iter().position(|l| is_part(l)).unwrap_or(0);
    let closing = lines
        .iter()
        .position(|l| l.starts_with("Nơi nhận"))
        .unwrap_or(lines.len());
    let mut out: String = lines[..body_start]
        .iter()
        .map(|l| format!("{l}\n"))
        .collect();
    let mut part = 0;
    while out.len() < chars {
        for line in &lines[body_start..closing] {
            match line.split_once(". ") {
                Some((_, rest)) if is_part(line) => {
                    part += 1;
                    out.push_str(&format!("{}. {rest}\n", thethuc::internals::to_roman(part)));
                }
                _ => {
                    out.push_str(line);
                    out.push('\n');
                }
            }
        }
    }
    for line in &lines[closing..] {
        out.push_str(line);
        out.push('\n');
    }
    out
}

/// `f` of each item, in the items' order, the items shared out over the cores (a worker takes
/// the next item when it is done with one, so slow items do not hold the others up).
pub fn par_map<T: Sync, R: Send>(items: &[T], f: impl Fn(&T) -> R + Sync) -> Vec<R> {
    use std::sync::atomic::{AtomicUsize, Ordering};
    let next = AtomicUsize::new(0);
    let workers = std::thread::available_parallelism().map_or(2, |n| n.get());
    let mut done: Vec<(usize, R)> = std::thread::scope(|scope| {
        let handles: Vec<_> = (0..workers)
            .map(|_| {
                scope.spawn(|| {
                    let mut out = Vec::new();
                    loop {
                        let k = next.fetch_add(1, Ordering::Relaxed);
                        let Some(item) = items.get(k) else { break };
                        out.push((k, f(item)));
                    }
                    out
                })
            })
            .collect();
        handles
            .into_iter()
            // A worker's panic is the caller's.
            .flat_map(|h| h.join().unwrap_or_else(|p| std::panic::resume_unwind(p)))
            .collect()
    });
    done.sort_by_key(|(k, _)| *k);
    done.into_iter().map(|(_, r)| r).collect()
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;

    fn mark(line: u32, range: &str) -> Expectation {
        Expectation {
            line,
            code: "X".to_owned(),
            range: Some(range.to_owned()),
            fixed: None,
        }
    }

    #[test]
    fn a_range_is_its_first_occurrence_on_the_marks_line() {
        let text = "Số: 05/QĐ-UBND\n- Chủ tịch UBND xã ;\n";
        let qd = text.find("QĐ").unwrap();
        assert_eq!(mark(1, "QĐ").byte_range(text), Ok((qd, qd + "QĐ".len())));
        // The first UBND of the text is on line 1: the mark's line decides.
        let ubnd = text.rfind("UBND").unwrap();
        assert_eq!(mark(2, "UBND").byte_range(text), Ok((ubnd, ubnd + 4)));
        assert!(mark(2, "QĐ").byte_range(text).is_err());
    }

    #[test]
    fn context_and_brackets_pick_the_place_and_an_empty_range() {
        let text = "- Chủ tịch UBND xã ;\nNơi nhận:\n";
        // The first space of the line is after the dash; the context picks the one before `;`.
        let before_semicolon = text.find(" ;").unwrap();
        assert_eq!(
            mark(1, "xã⟦ ⟧;").byte_range(text),
            Ok((before_semicolon, before_semicolon + 1))
        );
        assert_eq!(mark(1, " ").byte_range(text), Ok((1, 2)));
        let noi = text.find("Nơi").unwrap();
        assert_eq!(mark(2, "⟦⟧Nơi").byte_range(text), Ok((noi, noi)));
        assert!(mark(1, "xã⟦ ;").byte_range(text).is_err());
    }

    #[test]
    fn a_range_may_run_over_a_line_break() {
        let text = "TRIỂN KHAI\nVỀ QUẢN LÝ\n";
        let end = text.len() - 1;
        assert_eq!(
            mark(1, "TRIỂN KHAI\\nVỀ QUẢN LÝ").byte_range(text),
            Ok((0, end))
        );
    }

    #[test]
    fn marks_read_code_range_and_fixed_line() {
        let cases = parse_cases(
            "=== bad: x\nV/v: a => b\n//~ TL006 `V/v: ` => V/v a => b\n//~ TL006\n=== good\nx\n",
        );
        let e = &cases[0].expectations;
        assert_eq!(e[0].code, "TL006");
        assert_eq!(e[0].range.as_deref(), Some("V/v: "));
        assert_eq!(e[0].fixed.as_deref(), Some("V/v a => b"));
        assert_eq!(e[1].range, None);
        assert!(e[1].byte_range(&cases[0].text).is_err());
    }
}
