#![allow(clippy::unwrap_used, clippy::expect_used)]
//! Properties for any input: the tree's ranges lie inside the text, on character boundaries,
//! and nest; findings are sorted and inside the text; fixes are well formed and map back into
//! the original. Inputs mix real document lines, Vietnamese letters, marks and white space.

use proptest::prelude::*;
use thethuc::document::Section;
use thethuc::document::Span;
use thethuc::{check_str, Config};

const LINES: &[&str] = &[
    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
    "Độc lập – Tự do – Hạnh Phúc",
    "UBND TỈNH LÀO CAI",
    "SỞ CÔNG THƯƠNG",
    "Số: 7 /QĐ - SCT",
    "Lào Cai, ngày   tháng 5 năm 2026",
    "QUYẾT ĐỊNH",
    "Về việc thành lập Đoàn kiểm tra",
    "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 02 năm 2025;",
    "Căn cứ Quyết định số 127/QĐ-TTg ngày 26/01/2021 của Thủ tướng Chính phủ;",
    "QUYẾT ĐỊNH:",
    "Điều 1. Thành lập Đoàn kiểm tra .",
    "I. MỤC ĐÍCH, YÊU CẦU",
    "1. Mục đích",
    "a) Bảo đảm  đúng quy định;",
    "- Như Điều 3;",
    "Nơi nhận:",
    "- Lưu: VT, CN.",
    "KT. GIÁM ĐỐC",
    "PHÓ GIÁM ĐỐC",
    "Nguyễn Văn An",
    "Kính gửi: Các phòng thuộc Sở.",
    "V/v kiểm tra",
    "Phụ lục I",
    "(Kèm theo Quyết định số   /QĐ-SCT ngày   /  /2026)",
];

/// A line of a real document, or random text with Vietnamese letters, combining marks and tabs.
fn line() -> impl Strategy<Value = String> {
    prop_oneof![
        3 => proptest::sample::select(LINES).prop_map(str::to_owned),
        1 => "[a-zA-ZĐđƠơƯưÀ-ỹ0-9 \t.,;:/()\\-–*#\u{300}\u{301}\u{303}\u{309}\u{323}]{0,60}",
    ]
}

fn document() -> impl Strategy<Value = String> {
    proptest::collection::vec((line(), 0..4usize), 0..40).prop_map(|lines| {
        let mut text = String::new();
        for (l, gap) in lines {
            // Sometimes two columns on one line, sometimes a blank line.
            match gap {
                0 => text.push_str(&format!("{l}\n\n")),
                1 => text.push_str(&format!("{l}                {l}\n")),
                _ => text.push_str(&format!("{l}\n")),
            }
        }
        text
    })
}

fn inside(text: &str, s: Span) -> bool {
    let (a, b) = (s.start as usize, s.end as usize);
    a <= b && b <= text.len() && text.is_char_boundary(a) && text.is_char_boundary(b)
}

fn sections_nest(
    text: &str,
    sections: &[Section],
    lines: usize,
    parent_line: Option<usize>,
) -> bool {
    let mut previous = None;
    sections.iter().all(|s| {
        let ordered = previous.is_none_or(|p| p < s.line) && parent_line.is_none_or(|p| p < s.line);
        previous = Some(s.line);
        ordered
            && s.line < lines
            && inside(text, s.number)
            && s.title.is_none_or(|t| inside(text, t))
            && sections_nest(text, &s.children, lines, Some(s.line))
    })
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 300, ..ProptestConfig::default() })]

    #[test]
    fn trees_and_reports_stay_inside_the_text(text in document()) {
        let report = check_str(&text, &Config::default());
        let nfc = report.source.text();
        let doc = &report.document;
        // Lines: inside, in order, not overlapping.
        let mut end = 0;
        for l in &doc.lines {
            prop_assert!(inside(nfc, l.span));
            prop_assert!(l.span.start >= end);
            end = l.span.end;
        }
        prop_assert!(sections_nest(nfc, &doc.sections, doc.lines.len(), None));
        for c in &doc.citations {
            prop_assert!(inside(nfc, c.span));
        }
        // Findings: inside, sorted after the coverage note, fixes well formed.
        let mut last = (0, 0);
        for d in report.diagnostics.iter().filter(|d| !d.code.starts_with("DOC00")) {
            prop_assert!(inside(nfc, d.span), "{} {:?}", d.code, d.span);
            prop_assert!((d.span.start, d.span.end) >= last);
            last = (d.span.start, d.span.end);
            for f in &d.fixes {
                prop_assert!(f.is_well_formed());
                for e in &f.edits {
                    prop_assert!(inside(nfc, e.span));
                    let (a, b) = (
                        report.source.to_original(e.span.start, false) as usize,
                        report.source.to_original(e.span.end, true) as usize,
                    );
                    prop_assert!(a <= b && b <= text.len() && text.is_char_boundary(a) && text.is_char_boundary(b));
                }
            }
        }
    }
}
