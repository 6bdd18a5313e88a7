#![allow(clippy::unwrap_used, clippy::expect_used)]
//! Golden findings, regenerated with UPDATE_GOLDEN=1 (review the diff):
//! - the corpus copies (`fixtures/corpus/*/*.txt`), each beside its `.expected`;
//! - the real VBQPPL and Party documents (`fixtures/qppl`, `fixtures/party`) in every format
//!   they hold, each read as the CLI reads its extension, with its `.expected` in a `golden/`
//!   folder beside it (a sibling `.expected` would be taken for the document by the dev-set
//!   loader). The folders' READMEs judge each pinned finding true, false or arguable.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use thethuc::{check, Config, InputFormat, Report, Source};

fn render(path: &Path) -> String {
    let bytes = std::fs::read(path).expect("readable corpus file");
    let source = Source::from_bytes(&bytes).expect("UTF-8 corpus file");
    let report = check(source, InputFormat::Text, &Config::default());
    let mut out = String::new();
    for d in &report.diagnostics {
        let start = report.source.to_original(d.span.start, false);
        let (line, col) = report.source.line_col(start);
        let _ = writeln!(
            out,
            "{line}:{col} {} {} {}",
            d.code,
            d.severity.as_str(),
            d.message.vi
        );
    }
    out
}

/// The longest covered text a real document's golden line quotes.
const QUOTED_CHARS: usize = 60;

/// A real document's findings, one a line: `place CODE severity message ⟨covered text⟩`.
/// The place is `line:col` in the file (a web page's own lines), or `¶paragraph:character`
/// in a .docx, as the CLI tells them; the covered text (cut to [`QUOTED_CHARS`], line
/// breaks as `⏎`) lets a reader judge the finding without counting columns in markup.
fn render_report(report: &Report) -> String {
    let text = report.source.text();
    let mut out = String::new();
    for d in &report.diagnostics {
        let place = match report.document.styled.as_ref() {
            Some(styled) => match styled.block_index_at(d.span.start) {
                Some(i) => {
                    let block = &styled.blocks[i];
                    let at = d.span.start.clamp(block.span.start, block.span.end) as usize;
                    let character = text[block.span.start as usize..at].chars().count() + 1;
                    format!("¶{}:{character}", i + 1)
                }
                None => "¶-".to_owned(),
            },
            None => {
                let start = report.source.to_original(d.span.start, false);
                let (line, col) = report.source.line_col(start);
                format!("{line}:{col}")
            }
        };
        let covered = d.span.of(text);
        let mut quoted: String = covered
            .chars()
            .take(QUOTED_CHARS)
            .map(|c| if c == '\n' { '⏎' } else { c })
            .collect();
        if covered.chars().count() > QUOTED_CHARS {
            quoted.push('…');
        }
        let _ = writeln!(
            out,
            "{place} {} {} {} ⟨{quoted}⟩",
            d.code,
            d.severity.as_str(),
            d.message.vi
        );
    }
    out
}

/// The documents of a real-document folder, every format, sorted (its `golden/` folders,
/// annotations and README left out).
fn real_documents(dir: &Path, into: &mut Vec<PathBuf>) {
    let entries = std::fs::read_dir(dir).unwrap_or_else(|e| panic!("{}: {e}", dir.display()));
    for entry in entries {
        let path = entry.expect("folder entry").path();
        if path.is_dir() {
            if path.file_name().is_some_and(|n| n != "golden") {
                real_documents(&path, into);
            }
        } else if path.file_name().is_some_and(|n| n != "README.md")
            && path
                .extension()
                .and_then(|x| x.to_str())
                .is_some_and(|x| matches!(x, "txt" | "md" | "html" | "docx"))
        {
            into.push(path);
        }
    }
}

fn golden_of_real(path: &Path) -> PathBuf {
    let dir = path.parent().expect("a document's folder").join("golden");
    let stem = path.file_stem().and_then(|s| s.to_str()).expect("a name");
    dir.join(format!("{stem}.expected"))
}

/// The lines of `want` not in `got` (`-`, numbered in the golden file) and of `got` not in
/// `want` (`+`, numbered in the new rendering), in order.
fn line_diff(want: &str, got: &str) -> String {
    let mut out = String::new();
    for change in similar::TextDiff::from_lines(want, got).iter_all_changes() {
        let line = change.value().trim_end_matches('\n');
        match (change.tag(), change.old_index(), change.new_index()) {
            (similar::ChangeTag::Delete, Some(i), _) => {
                let _ = writeln!(out, "  -{:>4} {line}", i + 1);
            }
            (similar::ChangeTag::Insert, _, Some(j)) => {
                let _ = writeln!(out, "  +{:>4} {line}", j + 1);
            }
            _ => {}
        }
    }
    out
}

/// A path as the workspace names it (`fixtures/…`).
fn shown(path: &Path) -> &Path {
    path.strip_prefix(thethuc_tests::workspace_root())
        .unwrap_or(path)
}

/// Compares (or, under UPDATE_GOLDEN, writes) each document's rendering with its golden file.
fn compare(documents: &[(PathBuf, PathBuf, String)]) {
    let update = std::env::var_os("UPDATE_GOLDEN").is_some();
    let mut mismatches = Vec::new();
    for (document, golden, got) in documents {
        if update {
            if let Some(dir) = golden.parent() {
                std::fs::create_dir_all(dir).expect("golden folder");
            }
            std::fs::write(golden, got).expect("write golden");
            continue;
        }
        let want = std::fs::read_to_string(golden).unwrap_or_default();
        if *got != want {
            mismatches.push(format!(
                "{} (golden {}; - expected, + got):\n{}",
                shown(document).display(),
                shown(golden).display(),
                line_diff(&want, got)
            ));
        }
    }
    assert!(
        mismatches.is_empty(),
        "{} of {} documents differ from their golden files (UPDATE_GOLDEN=1 rewrites them):\n{}",
        mismatches.len(),
        documents.len(),
        mismatches.join("\n")
    );
}

#[test]
fn corpus_findings_match_the_reviewed_golden_files() {
    let documents: Vec<_> = thethuc_tests::corpus_documents()
        .into_iter()
        .map(|path| {
            let got = render(&path);
            let golden = path.with_extension("expected");
            (path, golden, got)
        })
        .collect();
    compare(&documents);
}

#[test]
fn real_document_findings_match_the_reviewed_golden_files() {
    let mut paths = Vec::new();
    for folder in ["qppl", "party"] {
        real_documents(&thethuc_tests::fixtures().join(folder), &mut paths);
    }
    paths.sort();
    assert!(paths.len() >= 58, "real documents found: {}", paths.len());
    let documents: Vec<_> = paths
        .into_iter()
        .map(|path| {
            let report = thethuc_tests::eval::check_file(&path, &Config::default())
                .unwrap_or_else(|e| panic!("{e}"));
            let got = render_report(&report);
            let golden = golden_of_real(&path);
            (path, golden, got)
        })
        .collect();
    compare(&documents);
}
