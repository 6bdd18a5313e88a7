#![allow(clippy::unwrap_used, clippy::expect_used)]
//! The grammar's step budget (`max_grammar_calls`): a line that needs more steps is a plain
//! paragraph, and the budget of one check never reaches another check running at the same time.

use thethuc::Limits;
use thethuc::{check_str, Config};

/// A configuration whose grammar may take `max_grammar_calls` steps on one line.
fn with_budget(max_grammar_calls: usize) -> Config {
    Config {
        limits: Limits {
            max_grammar_calls,
            ..Limits::default()
        },
        ..Config::default()
    }
}

#[test]
fn a_line_the_grammar_cannot_read_within_its_budget_is_a_plain_paragraph_and_said_so() {
    let report = check_str("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n", &with_budget(5));
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

/// Everything a check gives: the tree and the findings.
fn outcome(text: &str, config: &Config) -> String {
    let report = check_str(text, config);
    format!("{:?}\n{:?}", report.document, report.diagnostics)
}

/// A batch whose folders differ in `max_grammar_calls` (the same compliant công văn in each),
/// checked on many threads at once and again and again: each budget gives the same report
/// every time, the one it gives alone. pest's own call limit is process-wide; a check must not
/// read the budget of the check next to it.
#[test]
fn checks_with_different_grammar_budgets_at_once_each_give_their_own_report() {
    let text = include_str!("../../fixtures/documents/cong-van-dung-chuan.txt");
    // Tiny budgets leave some lines unread, the default reads them all; 0 is no limit.
    let budgets = [3, 40, 400, Limits::default().max_grammar_calls, 0];
    let expected: Vec<String> = budgets
        .iter()
        .map(|&b| outcome(text, &with_budget(b)))
        .collect();
    let compliant = &expected[3];
    assert!(
        check_str(text, &Config::default())
            .diagnostics
            .iter()
            .all(|d| d.code == "DOC003"),
        "the công văn is compliant: the only note says which rules ran"
    );
    assert_ne!(&expected[0], compliant, "a tiny budget leaves lines unread");
    assert_eq!(
        &expected[4], compliant,
        "no limit reads it as the default does"
    );

    const THREADS: usize = 8;
    const ROUNDS: usize = 100;
    let mismatches: usize = std::thread::scope(|scope| {
        let handles: Vec<_> = (0..THREADS)
            .map(|t| {
                let expected = &expected;
                scope.spawn(move || {
                    let mut wrong = 0;
                    for round in 0..ROUNDS {
                        // Each thread walks the budgets in its own order.
                        let k = (t + round * (t + 1)) % budgets.len();
                        if outcome(text, &with_budget(budgets[k])) != expected[k] {
                            wrong += 1;
                        }
                    }
                    wrong
                })
            })
            .collect();
        handles.into_iter().map(|h| h.join().unwrap()).sum()
    });
    assert_eq!(
        mismatches,
        0,
        "{mismatches} of {} checks read another check's grammar budget",
        THREADS * ROUNDS
    );
}
