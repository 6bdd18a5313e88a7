#![allow(clippy::unwrap_used, clippy::expect_used)]
//! Golden findings on the corpus copies; regenerate with UPDATE_GOLDEN=1 and review the diff.

use std::fmt::Write as _;
use thethuc::{check, Config, InputFormat, Source};

fn render(path: &std::path::Path) -> String {
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

#[test]
fn corpus_findings_match_the_reviewed_golden_files() {
    let update = std::env::var_os("UPDATE_GOLDEN").is_some();
    let mut mismatches = Vec::new();
    {
        let files = thethuc_tests::corpus_documents();
        for path in files {
            let got = render(&path);
            let golden = path.with_extension("expected");
            if update {
                std::fs::write(&golden, &got).expect("write golden");
                continue;
            }
            let want = std::fs::read_to_string(&golden).unwrap_or_default();
            if got != want {
                mismatches.push(format!(
                    "{}:\n--- expected\n{want}--- got\n{got}",
                    path.display()
                ));
            }
        }
    }
    assert!(mismatches.is_empty(), "{}", mismatches.join("\n"));
}
