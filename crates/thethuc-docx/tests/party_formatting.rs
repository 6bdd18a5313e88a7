#![allow(clippy::unwrap_used, clippy::expect_used)]
//! The Party formatting rules (DG101–DG104) on .docx files built from
//! fixtures/docx-template-party/: a Party kế hoạch of 2026 that follows Hướng dẫn 05-HD/VPTW
//! (Phụ lục 2 sizes and styles, 18 pt exact lines 6 pt apart, margins 20/20/30/15 mm). The
//! template gives no finding; each change of exactly one property gives exactly its DG finding
//! and no TB finding (the state rules, with Nghị định 30's values, do not run on it); the .docx
//! writer repairs each change.

mod support;

use support::{Edit, DOC};
use thethuc::rules::{Needs, Scope, REGISTRY};
use thethuc_docx::{read, Limits};

/// The Party template with `edit` applied: the Party document's own body, the other parts the
/// state template's.
fn build(edit: &dyn Fn(&str, String) -> String) -> Vec<u8> {
    support::package(
        &|file| {
            let dir = if file == "document.xml" {
                "docx-template-party"
            } else {
                "docx-template"
            };
            support::fixture(dir, file)
        },
        edit,
    )
}

fn report(bytes: &[u8]) -> thethuc::Report {
    let docx = read(bytes, &Limits::default()).unwrap();
    thethuc::check_styled(&docx.styled(), &thethuc::Config::default())
}

/// Codes of the formatting findings (DG1xx and TB), each once, in order.
fn formatting_codes(bytes: &[u8]) -> Vec<String> {
    let mut codes: Vec<String> = report(bytes)
        .diagnostics
        .iter()
        .filter(|d| d.code.starts_with("DG1") || d.code.starts_with("TB"))
        .map(|d| d.code.to_owned())
        .collect();
    codes.dedup();
    codes
}

/// Replaces `from` by `to` in the document, once; the template must hold `from` exactly once.
fn change(from: &'static str, to: &'static str) -> impl Fn(&str, String) -> String {
    support::change_in(DOC, from, to)
}

/// One property changed per case: (what changed, the edit, the code expected, words of the
/// expected message).
fn cases() -> Vec<(&'static str, Edit, &'static str, &'static str)> {
    vec![
        (
            "the heading ĐẢNG CỘNG SẢN VIỆT NAM in 13 pt",
            Box::new(change(
                r#"<w:b/><w:sz w:val="30"/></w:rPr><w:t xml:space="preserve">ĐẢNG CỘNG"#,
                r#"<w:b/><w:sz w:val="26"/></w:rPr><w:t xml:space="preserve">ĐẢNG CỘNG"#,
            )),
            "DG101",
            "Cỡ chữ 13 pt của tiêu đề \"Đảng Cộng sản Việt Nam\" ngoài khoảng 15 pt",
        ),
        (
            "the heading not bold",
            Box::new(change(
                r#"<w:b/><w:sz w:val="30"/></w:rPr><w:t xml:space="preserve">ĐẢNG CỘNG"#,
                r#"<w:sz w:val="30"/></w:rPr><w:t xml:space="preserve">ĐẢNG CỘNG"#,
            )),
            "DG102",
            "phải in đậm",
        ),
        (
            "the direct superior bold",
            Box::new(change(
                r#"<w:sz w:val="28"/></w:rPr><w:t xml:space="preserve">ĐẢNG BỘ THÀNH"#,
                r#"<w:b/><w:sz w:val="28"/></w:rPr><w:t xml:space="preserve">ĐẢNG BỘ THÀNH"#,
            )),
            "DG102",
            "(tên cơ quan chủ quản) không được in đậm",
        ),
        (
            "the issuer in 13 pt, as Nghị định 30 sets it",
            Box::new(change(
                r#"<w:b/><w:sz w:val="28"/></w:rPr><w:t xml:space="preserve">ĐẢNG UỶ PHƯỜNG"#,
                r#"<w:b/><w:sz w:val="26"/></w:rPr><w:t xml:space="preserve">ĐẢNG UỶ PHƯỜNG"#,
            )),
            "DG101",
            "tên cơ quan ban hành ngoài khoảng 14 pt",
        ),
        (
            "the number in 13 pt",
            Box::new(change(
                r#"<w:sz w:val="28"/></w:rPr><w:t xml:space="preserve">Số 05"#,
                r#"<w:sz w:val="26"/></w:rPr><w:t xml:space="preserve">Số 05"#,
            )),
            "DG101",
            "số, ký hiệu ngoài khoảng 14 pt",
        ),
        (
            "the place and date upright",
            Box::new(change(
                r#"<w:i/><w:sz w:val="28"/></w:rPr><w:t xml:space="preserve">Ba Đình, ngày"#,
                r#"<w:sz w:val="28"/></w:rPr><w:t xml:space="preserve">Ba Đình, ngày"#,
            )),
            "DG102",
            "phải in nghiêng",
        ),
        (
            "the type name in 14 pt",
            Box::new(change(
                r#"<w:b/><w:sz w:val="32"/></w:rPr><w:t xml:space="preserve">KẾ HOẠCH"#,
                r#"<w:b/><w:sz w:val="28"/></w:rPr><w:t xml:space="preserve">KẾ HOẠCH"#,
            )),
            "DG101",
            "tên loại văn bản ngoài khoảng 15–16 pt",
        ),
        (
            "the trích yếu not bold",
            Box::new(change(
                r#"<w:b/><w:sz w:val="28"/></w:rPr><w:t xml:space="preserve">tổ chức hội nghị"#,
                r#"<w:sz w:val="28"/></w:rPr><w:t xml:space="preserve">tổ chức hội nghị"#,
            )),
            "DG102",
            "(trích yếu) phải in đậm",
        ),
        (
            "a body paragraph in 13 pt, as Nghị định 30 allows",
            Box::new(change(
                r#"<w:sz w:val="28"/></w:rPr><w:t xml:space="preserve">1. Đánh giá"#,
                r#"<w:sz w:val="26"/></w:rPr><w:t xml:space="preserve">1. Đánh giá"#,
            )),
            "DG101",
            "nội dung ngoài khoảng 14–15 pt",
        ),
        (
            "the signing authority not bold",
            Box::new(change(
                r#"<w:b/><w:sz w:val="28"/></w:rPr><w:t xml:space="preserve">T/M BAN"#,
                r#"<w:sz w:val="28"/></w:rPr><w:t xml:space="preserve">T/M BAN"#,
            )),
            "DG102",
            "(quyền hạn người ký) phải in đậm",
        ),
        (
            "the position bold, as Nghị định 30 sets it",
            Box::new(change(
                r#"<w:sz w:val="28"/></w:rPr><w:t xml:space="preserve">BÍ THƯ"#,
                r#"<w:b/><w:sz w:val="28"/></w:rPr><w:t xml:space="preserve">BÍ THƯ"#,
            )),
            "DG102",
            "(chức vụ người ký) không được in đậm",
        ),
        (
            "the signer's name in 13 pt",
            Box::new(change(
                r#"<w:b/><w:sz w:val="28"/></w:rPr><w:t xml:space="preserve">Nguyễn Văn An"#,
                r#"<w:b/><w:sz w:val="26"/></w:rPr><w:t xml:space="preserve">Nguyễn Văn An"#,
            )),
            "DG101",
            "họ tên người ký ngoài khoảng 14 pt",
        ),
        (
            "\"Nơi nhận\" in 12 pt, as Nghị định 30 sets it",
            Box::new(change(
                r#"<w:u w:val="single"/><w:sz w:val="28"/></w:rPr><w:t xml:space="preserve">Nơi nhận:"#,
                r#"<w:u w:val="single"/><w:sz w:val="24"/></w:rPr><w:t xml:space="preserve">Nơi nhận:"#,
            )),
            "DG101",
            "ngoài khoảng 14 pt",
        ),
        (
            "\"Nơi nhận\" italic, as Nghị định 30 sets it",
            Box::new(change(
                r#"<w:u w:val="single"/><w:sz w:val="28"/></w:rPr><w:t xml:space="preserve">Nơi nhận:"#,
                r#"<w:i/><w:u w:val="single"/><w:sz w:val="28"/></w:rPr><w:t xml:space="preserve">Nơi nhận:"#,
            )),
            "DG102",
            "phải in đứng, không nghiêng",
        ),
        (
            "a recipient in 11 pt, as Nghị định 30 sets it",
            Box::new(change(
                r#"<w:sz w:val="24"/></w:rPr><w:t xml:space="preserve">- Các chi bộ"#,
                r#"<w:sz w:val="22"/></w:rPr><w:t xml:space="preserve">- Các chi bộ"#,
            )),
            "DG101",
            "danh sách nơi nhận ngoài khoảng 12 pt",
        ),
        (
            "a right margin of 20 mm, as Nghị định 30 allows",
            Box::new(change(r#"w:right="851""#, r#"w:right="1134""#)),
            "DG103",
            "lề phải 20,0 mm (cần 15 mm)",
        ),
        (
            "a top margin of 25 mm, as Nghị định 30 allows",
            Box::new(change(r#"w:top="1134""#, r#"w:top="1417""#)),
            "DG103",
            "lề trên 25,0 mm (cần 20 mm)",
        ),
        (
            "body paragraphs in single spacing (16,1 pt at 14 pt)",
            Box::new(|name: &str, text: String| {
                if name != DOC {
                    return text;
                }
                text.replace(
                    r#"w:line="360" w:lineRule="exact""#,
                    r#"w:line="240" w:lineRule="auto""#,
                )
            }),
            "DG104",
            "cách dòng 16,1 pt, cần 18–22 pt (Exactly) (2 đoạn tiếp theo cũng vậy)",
        ),
        (
            "a body paragraph with lines 24 pt apart",
            Box::new(change(
                r#"w:line="360" w:lineRule="exact"/><w:ind w:firstLine="567"/><w:jc w:val="both"/></w:pPr><w:r><w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman"/><w:sz w:val="28"/></w:rPr><w:t xml:space="preserve">1. Đánh giá"#,
                r#"w:line="480" w:lineRule="exact"/><w:ind w:firstLine="567"/><w:jc w:val="both"/></w:pPr><w:r><w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman"/><w:sz w:val="28"/></w:rPr><w:t xml:space="preserve">1. Đánh giá"#,
            )),
            "DG104",
            "cách dòng 24 pt, cần 18–22 pt",
        ),
        (
            "two body paragraphs with no space between them",
            Box::new(change(
                r#"w:after="120" w:line="360" w:lineRule="exact"/><w:ind w:firstLine="567"/><w:jc w:val="both"/></w:pPr><w:r><w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman"/><w:sz w:val="28"/></w:rPr><w:t xml:space="preserve">1. Đánh giá"#,
                r#"w:after="0" w:line="360" w:lineRule="exact"/><w:ind w:firstLine="567"/><w:jc w:val="both"/></w:pPr><w:r><w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman"/><w:sz w:val="28"/></w:rPr><w:t xml:space="preserve">1. Đánh giá"#,
            )),
            "DG104",
            "cách đoạn trên 0 pt, cần tối thiểu 6 pt",
        ),
    ]
}

#[test]
fn the_party_template_is_clean_and_read_as_a_party_document() {
    let r = report(&build(&|_, t| t));
    let findings: Vec<_> = r
        .diagnostics
        .iter()
        .filter(|d| d.code != "DOC003")
        .map(|d| (d.code, d.message.vi.clone()))
        .collect();
    assert!(
        findings.is_empty(),
        "the Party template has findings: {findings:?}"
    );
    let coverage = r.diagnostics.iter().find(|d| d.code == "DOC003").unwrap();
    assert!(
        coverage
            .message
            .vi
            .starts_with("Bộ quy tắc: Hướng dẫn 05-HD/VPTW"),
        "{}",
        coverage.message.vi
    );
    // Every formatting rule of the Party pack ran.
    assert!(
        !coverage.message.vi.contains("Chưa kiểm tra"),
        "{}",
        coverage.message.vi
    );
}

#[test]
fn each_single_change_gives_exactly_its_party_finding() {
    let mut failures = Vec::new();
    for (what, edit, code, words) in cases() {
        let bytes = build(edit.as_ref());
        let got = formatting_codes(&bytes);
        if got != [code] {
            failures.push(format!("{what}: expected [{code}], got {got:?}"));
            continue;
        }
        let r = report(&bytes);
        let message = &r
            .diagnostics
            .iter()
            .find(|d| d.code == code)
            .unwrap()
            .message
            .vi;
        if !message.contains(words) {
            failures.push(format!("{what}: {message:?} does not say {words:?}"));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// The .docx writer repairs each change: the fixed package has no formatting finding, and its
/// text is the template's.
#[test]
fn each_party_change_is_repaired_by_the_writer() {
    let template_text = support::paragraph_texts(&build(&|_, t| t));
    let mut failures = Vec::new();
    for (what, edit, _, _) in cases() {
        let broken = build(edit.as_ref());
        failures.extend(support::repair_failures(
            what,
            &broken,
            &template_text,
            formatting_codes,
        ));
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn every_party_formatting_rule_has_a_case() {
    let covered: Vec<&str> = cases().iter().map(|c| c.2).collect();
    for rule in REGISTRY
        .iter()
        .filter(|r| r.needs != Needs::Text && r.scope == Scope::Party)
    {
        assert!(
            covered.contains(&rule.code),
            "{} has no .docx case",
            rule.code
        );
    }
}

/// What HD 05 allows besides the plain template gives no finding: the back page of a two-sided
/// print (left 15, right 30 mm), a landscape page with its margins turned, 22 pt lines, a
/// 16 pt type name and 15 pt body.
#[test]
fn what_the_guide_allows_gives_no_finding() {
    let allowed: Vec<(&str, Edit)> = vec![
        (
            "back page margins",
            Box::new(change(
                r#"w:right="851" w:bottom="1134" w:left="1701""#,
                r#"w:right="1701" w:bottom="1134" w:left="851""#,
            )),
        ),
        (
            "landscape, margins turned",
            Box::new(change(
                r#"<w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1134" w:right="851" w:bottom="1134" w:left="1701""#,
                r#"<w:pgSz w:w="16838" w:h="11906" w:orient="landscape"/><w:pgMar w:top="1701" w:right="1134" w:bottom="851" w:left="1134""#,
            )),
        ),
        (
            "lines 22 pt exactly",
            Box::new(|name: &str, text: String| {
                if name != DOC {
                    return text;
                }
                text.replace(
                    r#"w:line="360" w:lineRule="exact""#,
                    r#"w:line="440" w:lineRule="exact""#,
                )
            }),
        ),
        (
            "a body paragraph in 15 pt",
            Box::new(change(
                r#"<w:sz w:val="28"/></w:rPr><w:t xml:space="preserve">1. Đánh giá"#,
                r#"<w:sz w:val="30"/></w:rPr><w:t xml:space="preserve">1. Đánh giá"#,
            )),
        ),
    ];
    for (what, edit) in allowed {
        assert_eq!(
            formatting_codes(&build(edit.as_ref())),
            Vec::<String>::new(),
            "{what}"
        );
    }
}

/// A Party document dated before 27/5/2026 is read against HD 36: lines at least 18 pt apart,
/// with no upper bound (24 pt passes), single spacing still too tight; the same size table.
#[test]
fn a_document_dated_before_hd05_is_read_against_hd36() {
    let in_2025 = |name: &str, text: String| {
        change("ngày 15 tháng 6 năm 2026", "ngày 15 tháng 6 năm 2025")(name, text)
    };
    let r = report(&build(&in_2025));
    let coverage = r.diagnostics.iter().find(|d| d.code == "DOC003").unwrap();
    assert!(
        coverage.message.vi.contains("36-HD/VPTW"),
        "{}",
        coverage.message.vi
    );
    let wide = |name: &str, text: String| {
        in_2025(name, text).replace(
            r#"w:line="360" w:lineRule="exact""#,
            r#"w:line="480" w:lineRule="exact""#,
        )
    };
    assert_eq!(formatting_codes(&build(&wide)), Vec::<String>::new());
    let single = |name: &str, text: String| {
        in_2025(name, text).replace(
            r#"w:line="360" w:lineRule="exact""#,
            r#"w:line="240" w:lineRule="auto""#,
        )
    };
    let r = report(&build(&single));
    let spacing: Vec<_> = r.diagnostics.iter().filter(|d| d.code == "DG104").collect();
    assert_eq!(spacing.len(), 1);
    assert!(
        spacing[0].message.vi.contains("cần ≥ 18 pt"),
        "{}",
        spacing[0].message.vi
    );
    let small_body = |name: &str, text: String| {
        in_2025(name, text).replace(
            r#"<w:sz w:val="28"/></w:rPr><w:t xml:space="preserve">1. Đánh giá"#,
            r#"<w:sz w:val="26"/></w:rPr><w:t xml:space="preserve">1. Đánh giá"#,
        )
    };
    assert_eq!(formatting_codes(&build(&small_body)), ["DG101"]);
}

/// A Party document dated before HD 36 (03/4/2018) followed Hướng dẫn 11-HD/VPTW (2004), whose
/// table the checker does not hold: the Party formatting rules leave it alone.
#[test]
fn a_document_dated_before_hd36_is_not_judged_on_its_formatting() {
    let in_2017 = |name: &str, text: String| {
        change("ngày 15 tháng 6 năm 2026", "ngày 15 tháng 6 năm 2017")(name, text).replace(
            r#"<w:sz w:val="28"/></w:rPr><w:t xml:space="preserve">1. Đánh giá"#,
            r#"<w:sz w:val="26"/></w:rPr><w:t xml:space="preserve">1. Đánh giá"#,
        )
    };
    assert_eq!(formatting_codes(&build(&in_2017)), Vec::<String>::new());
}

/// Neighbouring body paragraphs in the same wrong size make one DG101 finding with their
/// count and one fix for all of them (a resolution set in 13 pt gave one finding per
/// paragraph); a paragraph in range between them ends the run.
#[test]
fn neighbouring_paragraphs_in_the_same_wrong_size_make_one_finding() {
    let body_in_13 = |all: bool| {
        move |name: &str, text: String| {
            let mut text = text;
            for start in ["Thực hiện Quy định", "1. Đánh giá", "2. Văn phòng"] {
                if !all && start == "1. Đánh giá" {
                    continue;
                }
                text = text.replace(
                    &format!(r#"<w:sz w:val="28"/></w:rPr><w:t xml:space="preserve">{start}"#),
                    &format!(r#"<w:sz w:val="26"/></w:rPr><w:t xml:space="preserve">{start}"#),
                );
            }
            let _ = name;
            text
        }
    };
    let r = report(&build(&body_in_13(true)));
    let sizes: Vec<_> = r.diagnostics.iter().filter(|d| d.code == "DG101").collect();
    assert_eq!(sizes.len(), 1, "{sizes:#?}");
    assert!(
        sizes[0].message.vi.contains("(2 dòng tiếp theo cũng vậy)"),
        "{}",
        sizes[0].message.vi
    );
    assert!(
        sizes[0]
            .message
            .en
            .contains("(so are the 2 lines after it)"),
        "{}",
        sizes[0].message.en
    );
    assert_eq!(sizes[0].fixes[0].format.len(), 3);
    let r = report(&build(&body_in_13(false)));
    let sizes: Vec<_> = r.diagnostics.iter().filter(|d| d.code == "DG101").collect();
    assert_eq!(sizes.len(), 2, "{sizes:#?}");
    assert!(sizes.iter().all(|d| !d.message.vi.contains("tiếp theo")));
}
