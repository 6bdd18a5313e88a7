//! Helpers shared by the end-to-end tests.
//!
//! Rule fixtures (`fixtures/rules/CODE.txt`) hold cases, each opened by a header line:
//!
//! ```text
//! === bad: en dashes in the motto          (a case; `[final]` after bad/good selects the final stage)
//! Độc lập – Tự do – Hạnh phúc
//! //~ QH004 => Độc lập - Tự do - Hạnh phúc  (finding on the line above; optional text after the fix)
//! === good
//! Độc lập - Tự do - Hạnh phúc
//! ```
//!
//! Annotation lines are removed before checking. A `bad` case must give exactly the annotated
//! findings of the file's rule (by line); a `good` case must give none.

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
    /// The line's text after the rule's safe fixes, when given.
    pub fixed: Option<String>,
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
            let (code, fixed) = match ann.split_once("=>") {
                Some((c, f)) => (c.trim(), Some(f.trim().to_owned())),
                None => (ann.trim(), None),
            };
            let line = case.text.matches('\n').count() as u32;
            case.expectations.push(Expectation {
                line: line.max(1),
                code: code.to_owned(),
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
