#![allow(clippy::unwrap_used, clippy::expect_used)]
//! The grammar's step budget (`max_grammar_calls`). pest's call limit is process-wide, so this
//! test has a process of its own: a tight budget here must not reach other tests' checks.

use thethuc::config::Limits;
use thethuc::{check_str, Config};

#[test]
fn a_line_the_grammar_cannot_read_within_its_budget_is_a_plain_paragraph_and_said_so() {
    let tight = Config {
        limits: Limits {
            max_grammar_calls: 5,
            ..Limits::default()
        },
        ..Config::default()
    };
    let report = check_str("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n", &tight);
    assert!(report.document.header.quoc_hieu.is_none());
    assert_eq!(report.document.unread_lines, [0]);
    let note = report
        .diagnostics
        .iter()
        .find(|d| d.code == "DOC004")
        .expect("DOC004 names the unread line");
    assert!(note.message.vi.contains("max_grammar_calls"));
    // With the default budget the same line is the Quốc hiệu.
    let report = check_str("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n", &Config::default());
    assert!(report.document.header.quoc_hieu.is_some());
    assert!(report.document.unread_lines.is_empty());
}
