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

/// The legacy-encoded corpus files are read through their conversion: header and closing are found.
#[test]
fn legacy_encoded_documents_are_recognised_after_conversion() {
    let dir = thethuc_tests::fixtures().join("corpus").join("legacy");
    let read = |name: &str| {
        let bytes = std::fs::read(dir.join(name)).unwrap();
        thethuc::Source::from_bytes(&bytes).unwrap()
    };
    let line = |src: &thethuc::Source, doc: &thethuc::Document, i: Option<usize>| {
        i.map(|i| doc.lines[i].span.of(src.text()).trim().to_owned())
    };

    let vni = read("15_qd-991-ubnd-binhphuoc-vni.txt");
    let doc = thethuc::parse(vni.text());
    assert_eq!(
        line(&vni, &doc, doc.header.quoc_hieu).as_deref(),
        Some("CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM")
    );
    assert_eq!(
        line(&vni, &doc, doc.header.so).as_deref(),
        Some("Số: 991/QĐ-UBND")
    );
    assert_eq!(
        line(&vni, &doc, doc.header.place_date).as_deref(),
        Some("Đồng Xoài, ngày 14 tháng5 năm 2008")
    );
    assert_eq!(
        doc.title.as_ref().and_then(|t| t.doc_type).map(|t| t.name),
        Some("QUYẾT ĐỊNH")
    );
    let sig = &doc.closing.signature;
    assert_eq!(
        line(&vni, &doc, sig.authority.first().copied()).as_deref(),
        Some("TM. ỦY BAN NHÂN DÂN TỈNH")
    );
    assert_eq!(
        line(&vni, &doc, sig.name).as_deref(),
        Some("Trương Tấn Thiệu")
    );
    // Word field codes (`PAGE  2`) left by the conversion are not positions.
    assert_eq!(sig.positions.len(), 1);

    let tcvn3 = read("16_qd-144-2002-btc-tcvn3.txt");
    let doc = thethuc::parse(tcvn3.text());
    assert_eq!(
        line(&tcvn3, &doc, doc.header.so).as_deref(),
        Some("Số:  144 /2002/QĐ/BTC")
    );
    assert_eq!(
        line(&tcvn3, &doc, doc.header.tieu_ngu).as_deref(),
        Some("Độc lập-Tự do-Hạnh phúc")
    );
    let noi_nhan = doc.closing.noi_nhan.as_ref().unwrap();
    assert_eq!(
        line(&tcvn3, &doc, Some(noi_nhan.label)).as_deref(),
        Some("Nơi nhận:")
    );
    assert_eq!(
        line(&tcvn3, &doc, doc.closing.signature.name).as_deref(),
        Some("Trương Chí Trung")
    );
}
