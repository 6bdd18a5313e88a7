#![allow(clippy::unwrap_used, clippy::expect_used)]
//! Hostile and accidental input: each finishes with a clear result, and every limit that is
//! reached says so (DOC004). Sizes are kept moderate so the debug build runs them quickly; the
//! full-size cases (50 MB, 1,000,000 lines) are measured in BENCHMARKS.md.

use thethuc::Limits;
use thethuc::{check, check_str, Config, InputFormat, Source};

fn codes(report: &thethuc::Report) -> Vec<&'static str> {
    report.diagnostics.iter().map(|d| d.code).collect()
}

fn sound(report: &thethuc::Report) {
    let text = report.source.text();
    for d in &report.diagnostics {
        assert!(d.span.end as usize <= text.len() && d.span.start <= d.span.end);
        assert!(text.is_char_boundary(d.span.start as usize));
    }
}

fn with_limits(limits: Limits) -> Config {
    Config {
        limits,
        ..Config::default()
    }
}

#[test]
fn input_over_the_size_limit_is_not_checked_and_says_so() {
    let config = with_limits(Limits {
        max_input_bytes: 1_000,
        ..Limits::default()
    });
    let text = "CỘNG HÕA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n".repeat(60);
    let report = check_str(&text, &config);
    assert_eq!(codes(&report), ["DOC004"]);
    assert!(report.diagnostics[0].message.vi.contains("max_input_bytes"));
    // Under the limit, the same text is checked.
    let short: String = text.lines().take(20).map(|l| format!("{l}\n")).collect();
    let report = check_str(&short, &config);
    assert!(codes(&report).contains(&"QH002"));
}

#[test]
fn a_line_too_long_or_too_costly_for_the_grammar_is_a_plain_paragraph() {
    // 100,000 nested brackets on one line: over max_line_bytes, never given to the grammar.
    let brackets = format!("{}{}", "(".repeat(100_000), ")".repeat(100_000));
    let report = check_str(&brackets, &Config::default());
    sound(&report);
    let note = report
        .diagnostics
        .iter()
        .find(|d| d.code == "DOC004")
        .unwrap();
    assert!(note.message.vi.contains("1 dòng"), "{}", note.message.vi);
    // The grammar's step budget (max_grammar_calls) is tried in tests/tests/grammar_limit.rs,
    // with checks under other budgets running at the same time.
}

#[test]
fn findings_of_one_rule_are_capped_and_the_rest_counted() {
    // 20,000 lines with a double space: the same finding on every line would bury the rest.
    let text = "Văn bản  có hai dấu cách.\n".repeat(20_000);
    let config = with_limits(Limits {
        max_findings_per_rule: 50,
        ..Limits::default()
    });
    let report = check_str(&text, &config);
    sound(&report);
    let mut per_rule = std::collections::BTreeMap::<&str, usize>::new();
    for d in &report.diagnostics {
        *per_rule.entry(d.code).or_default() += 1;
    }
    for (code, n) in &per_rule {
        if *code != "DOC004" {
            assert!(*n <= 50, "{code}: {n} findings listed");
        }
    }
    let capped: Vec<_> = report
        .diagnostics
        .iter()
        .filter(|d| d.code == "DOC004" && d.message.vi.contains("max_findings_per_rule"))
        .collect();
    assert!(!capped.is_empty(), "{per_rule:?}");
    // MA006 counts the findings past the cap without building them; the count stays exact.
    assert!(
        capped
            .iter()
            .any(|d| d.message.vi == "MA006: còn 19950 phát hiện nữa không liệt kê (chỉ hiện 50; giới hạn max_findings_per_rule)."),
        "{capped:?}"
    );
}

#[test]
fn combining_marks_nul_bytes_and_utf16_get_clear_results() {
    // Only combining marks: checked (as a paragraph), soundly.
    let marks = "\u{301}".repeat(50_000);
    sound(&check_str(&marks, &Config::default()));
    // NUL bytes: a binary file, refused with its own message.
    let nul = vec![0u8; 10_000];
    let error = Source::from_bytes(&nul).unwrap_err().to_string();
    assert!(
        error.contains("nhị phân") && error.contains("binary"),
        "{error}"
    );
    // UTF-16 without a byte order mark: told apart from binary junk.
    let utf16: Vec<u8> = "Kính gửi: Sở Công Thương"
        .encode_utf16()
        .flat_map(u16::to_le_bytes)
        .collect();
    let error = Source::from_bytes(&utf16).unwrap_err().to_string();
    assert!(error.contains("UTF-16"), "{error}");
    // Markdown of nothing but markers.
    let stars = "**".repeat(20_000);
    sound(&check(
        Source::new(&stars),
        InputFormat::Markdown,
        &Config::default(),
    ));
}

/// Lines made of one piece repeated: each of these was quadratic in a rule (found with
/// `scripts/hostile-inputs.sh`). Each must still give its findings, capped, and the messages
/// must stay short.
#[test]
fn one_piece_repeated_along_a_line_gives_short_capped_findings() {
    // MA005 quoted everything before the mark: a line of `ab,` made messages of the whole line.
    // (Words of two letters: a single letter after a comma is a label, `1A,B,C`, not a slip.)
    let commas = format!("{}\n", "ab,".repeat(20_000));
    let report = check_str(&commas, &Config::default());
    sound(&report);
    let ma005: Vec<_> = report
        .diagnostics
        .iter()
        .filter(|d| d.code == "MA005")
        .collect();
    assert_eq!(ma005.len(), Limits::default().max_findings_per_rule);
    for d in &ma005 {
        assert!(d.message.vi.chars().count() < 200, "{}", d.message.vi);
        assert!(d.message.en.chars().count() < 200, "{}", d.message.en);
    }
    assert!(report
        .diagnostics
        .iter()
        .any(|d| d.code == "DOC004" && d.message.vi.contains("MA005")));

    // MA007 looked for the word after a pair from the line's start, for every pair. (Pairs
    // apart: three or more of one word in a row are noise, not a doubling.)
    let doubled = format!("{}\n", "và và, ".repeat(10_000));
    let report = check_str(&doubled, &Config::default());
    sound(&report);
    let ma007 = report
        .diagnostics
        .iter()
        .filter(|d| d.code == "MA007")
        .count();
    assert_eq!(ma007, Limits::default().max_findings_per_rule);

    // MA011 walked back over every mark for each mark: marks on a letter are attached.
    let marks = format!("a{}\n", "\u{301}".repeat(50_000));
    let report = check_str(&marks, &Config::default());
    sound(&report);
    assert!(!codes(&report).contains(&"MA011"));
    let detached = format!("a {}\n", "\u{301}".repeat(50_000));
    let report = check_str(&detached, &Config::default());
    assert_eq!(codes(&report).iter().filter(|c| **c == "MA011").count(), 1);
}

/// A line of thousands of tab-separated pieces is split into at most 32 columns (the rest stays
/// in the last one), so no later step is quadratic in its pieces (MA008 was).
#[test]
fn a_line_of_many_tabs_has_a_bounded_number_of_columns() {
    let text = format!("{}\n", "a\t".repeat(20_000));
    let report = check_str(&text, &Config::default());
    sound(&report);
    assert_eq!(report.document.lines.len(), 32);
    let last = report.document.lines.last().unwrap();
    assert_eq!(
        last.span.end as usize,
        text.len() - 2,
        "the rest of the line is kept"
    );
}
