#![allow(clippy::unwrap_used, clippy::expect_used)]
//! Odd inputs never panic and every finding lies inside the text, on character boundaries.

use thethuc::{check, Config, InputFormat, Source};

fn assert_sane(input: &str) {
    for format in [InputFormat::Text, InputFormat::Markdown] {
        let report = check(Source::new(input), format, &Config::default());
        let text = report.source.text();
        for d in &report.diagnostics {
            assert!(d.span.start <= d.span.end, "{} reversed span", d.code);
            assert!(
                (d.span.end as usize) <= text.len(),
                "{} span outside",
                d.code
            );
            assert!(
                text.is_char_boundary(d.span.start as usize),
                "{} start",
                d.code
            );
            assert!(text.is_char_boundary(d.span.end as usize), "{} end", d.code);
            for f in &d.fixes {
                assert!(f.is_well_formed(), "{} fix", d.code);
                for e in &f.edits {
                    assert!((e.span.end as usize) <= text.len());
                    assert!(text.is_char_boundary(e.span.start as usize));
                    assert!(text.is_char_boundary(e.span.end as usize));
                }
            }
        }
        // Applying fixes must keep the text valid and be possible.
        let _ = thethuc::apply_fixes(&report, true);
    }
}

#[test]
fn odd_inputs_do_not_panic() {
    let cases: Vec<String> = vec![
        String::new(),
        "\n\n\n".into(),
        "\u{301}\u{300}\u{323}".repeat(50),
        "\0\0Số:\0/\0".into(),
        "\u{c}\u{c}1\n\u{c}".into(),
        "Số:".into(),
        "Số: /".into(),
        "ngày tháng năm".into(),
        ", ngày 1 tháng 1 năm 0000".into(),
        "Nơi nhận:\n-\n- Lưu".into(),
        "KT.\nTM.\nQ. \n".into(),
        "**\n***\n*\n# \n## **\n<b></b>".into(),
        "(".repeat(10_000),
        "I.\n".repeat(2_000),
        "a".repeat(200_000),
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM".to_lowercase(),
        "Độc lập\u{2013}Tự do\u{2013}Hạnh phúc".into(),
        "\r\n\r\nSố: 05/KH-UBND\r\nHà Nội, ngày 05 tháng 01 năm 2020\r\n".into(),
        "😀😀😀 Số: 😀/😀-😀\nNơi nhận: 🇻🇳".into(),
    ];
    for c in &cases {
        assert_sane(c);
    }
}

#[test]
fn corpus_files_give_sane_findings() {
    for path in thethuc_tests::corpus_documents() {
        assert_sane(&std::fs::read_to_string(&path).unwrap());
    }
}
