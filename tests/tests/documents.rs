#![allow(clippy::unwrap_used, clippy::expect_used)]
//! Whole documents: ones written exactly to the decree give no error or warning; positions are
//! right on NFD text and around emoji.

use thethuc::{check, check_str, Config, InputFormat, Severity, Source};
use thethuc_tests::fixtures;

fn read(name: &str) -> String {
    std::fs::read_to_string(fixtures().join("documents").join(name)).expect("fixture document")
}

#[test]
fn documents_written_to_the_decree_give_no_error_or_warning() {
    for name in ["ke-hoach-dung-chuan.txt", "cong-van-dung-chuan.txt"] {
        let text = read(name);
        let report = check_str(&text, &Config::default());
        let bad: Vec<_> = report
            .diagnostics
            .iter()
            .filter(|d| d.severity >= Severity::Warning)
            .map(|d| format!("{} {}", d.code, d.message.vi))
            .collect();
        assert!(bad.is_empty(), "{name}: {bad:#?}");
        // Every component was found (no finding must not mean nothing was looked at).
        let doc = &report.document;
        assert!(doc.header.quoc_hieu.is_some() && doc.header.tieu_ngu.is_some());
        assert!(doc.header.so.is_some() && doc.header.place_date.is_some());
        assert!(doc.header.issuer.len() == 2, "{name}: issuer lines");
        assert!(doc.closing.noi_nhan.is_some() && doc.closing.signature.name.is_some());
        assert!(doc.title.is_some() || !doc.vv.is_empty());
    }
}

#[test]
fn the_same_defect_is_found_at_the_same_place_in_nfd_text() {
    use unicode_normalization::UnicodeNormalization;
    let nfc = "UBND TỈNH LÀO CAI\nCỘNG HÕA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập – Tự do – Hạnh phúc\nSố: 1894 /TB-SCT\n";
    let nfd: String = nfc.nfd().collect();
    assert_ne!(nfc, nfd);
    let config = Config {
        select: vec!["QH002".into(), "QH004".into(), "SO004".into()],
        ..Config::default()
    };
    let a = check(Source::new(nfc), InputFormat::Text, &config);
    let b = check(Source::new(&nfd), InputFormat::Text, &config);
    assert_eq!(a.diagnostics.len(), b.diagnostics.len());
    assert!(!a.diagnostics.is_empty());
    for (da, db) in a.diagnostics.iter().zip(&b.diagnostics) {
        assert_eq!(da.code, db.code);
        let (sa, sb) = (
            a.source.to_original(da.span.start, false),
            b.source.to_original(db.span.start, false),
        );
        let (ea, eb) = (
            a.source.to_original(da.span.end, true),
            b.source.to_original(db.span.end, true),
        );
        // The original text under the span is the same text, in its own normal form.
        assert_eq!(
            nfc[sa as usize..ea as usize].nfd().collect::<String>(),
            nfd[sb as usize..eb as usize].to_owned(),
            "{}",
            da.code
        );
        assert_eq!(a.source.line_col(sa), b.source.line_col(sb), "{}", da.code);
    }
}

#[test]
fn columns_and_utf16_offsets_count_emoji_correctly() {
    let text = "UBND 😀\nCỘNG HÕA XÃ HỘI CHỦ NGHĨA VIỆT NAM     🇻🇳\n";
    let report = check_str(
        text,
        &Config {
            select: vec!["QH002".into()],
            ..Config::default()
        },
    );
    let d = report
        .diagnostics
        .first()
        .expect("QH002 on the misspelt title");
    let start = report.source.to_original(d.span.start, false);
    assert_eq!(report.source.line_col(start), (2, 1));
    // "UBND 😀\n" is 5 + 2 (surrogate pair) + 1 UTF-16 units.
    assert_eq!(report.source.utf16_offset(start), 8);
}
