#![allow(clippy::unwrap_used, clippy::expect_used)]
//! The formatting rules on .docx files built from fixtures/docx-template/: the template gives no
//! TB finding; each change of exactly one property gives exactly its TB finding.

mod support;

use support::{change_in as change, Edit, DOC};
use thethuc::rules::{Needs, Scope, REGISTRY};
use thethuc_docx::{read, Limits};

/// The state template with `edit` applied.
fn build(edit: &dyn Fn(&str, String) -> String) -> Vec<u8> {
    support::package(&|file| support::fixture("docx-template", file), edit)
}

/// TB codes found in a built package.
fn tb_codes(bytes: &[u8]) -> Vec<String> {
    let docx = read(bytes, &Limits::default()).unwrap();
    let report = thethuc::check_styled(&docx.styled(), &thethuc::Config::default());
    let mut codes: Vec<String> = report
        .diagnostics
        .iter()
        .filter(|d| d.code.starts_with("TB"))
        .map(|d| d.code.to_owned())
        .collect();
    codes.dedup();
    codes
}

/// One property changed per case: (what changed, the edit, the code expected).
fn cases() -> Vec<(&'static str, Edit, &'static str)> {
    vec![
        (
            "a body paragraph set directly in Arial",
            Box::new(change(
                DOC,
                r#"<w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman"/><w:sz w:val="28"/></w:rPr><w:t xml:space="preserve">Đề nghị"#,
                r#"<w:rFonts w:ascii="Arial" w:hAnsi="Arial"/><w:sz w:val="28"/></w:rPr><w:t xml:space="preserve">Đề nghị"#,
            )),
            "TB001",
        ),
        (
            "a font inherited from the Normal style (the run sets none)",
            Box::new(move |name: &str, text: String| {
                let text = change(
                    "word/styles.xml",
                    r#"<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman"/>"#,
                    r#"<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:rPr><w:rFonts w:ascii="Calibri" w:hAnsi="Calibri"/>"#,
                )(name, text);
                change(
                    DOC,
                    r#"<w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman"/><w:sz w:val="28"/></w:rPr><w:t xml:space="preserve">Đề nghị"#,
                    r#"<w:sz w:val="28"/></w:rPr><w:t xml:space="preserve">Đề nghị"#,
                )(name, text)
            }),
            "TB001",
        ),
        (
            "the issuer named in the face \"Times New Roman Bold\" (old files)",
            Box::new(change(
                DOC,
                r#"<w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman"/><w:b/><w:sz w:val="26"/></w:rPr><w:t xml:space="preserve">SỞ CÔNG"#,
                r#"<w:rFonts w:ascii="Times New Roman Bold" w:hAnsi="Times New Roman Bold"/><w:b/><w:sz w:val="26"/></w:rPr><w:t xml:space="preserve">SỞ CÔNG"#,
            )),
            "TB001",
        ),
        (
            "the Quốc hiệu in 15 pt",
            Box::new(change(
                DOC,
                r#"<w:b/><w:sz w:val="26"/></w:rPr><w:t xml:space="preserve">CỘNG HÒA"#,
                r#"<w:b/><w:sz w:val="30"/></w:rPr><w:t xml:space="preserve">CỘNG HÒA"#,
            )),
            "TB002",
        ),
        (
            "the list of recipients in 13 pt",
            Box::new(change(
                DOC,
                r#"<w:sz w:val="22"/></w:rPr><w:t xml:space="preserve">- Như trên;"#,
                r#"<w:sz w:val="26"/></w:rPr><w:t xml:space="preserve">- Như trên;"#,
            )),
            "TB002",
        ),
        (
            "the Tiêu ngữ not bold",
            Box::new(change(
                DOC,
                r#"<w:b/><w:sz w:val="28"/></w:rPr><w:t xml:space="preserve">Độc lập"#,
                r#"<w:sz w:val="28"/></w:rPr><w:t xml:space="preserve">Độc lập"#,
            )),
            "TB003",
        ),
        (
            "the date line upright",
            Box::new(change(
                DOC,
                r#"<w:i/><w:sz w:val="28"/></w:rPr><w:t xml:space="preserve">Lào Cai, ngày"#,
                r#"<w:sz w:val="28"/></w:rPr><w:t xml:space="preserve">Lào Cai, ngày"#,
            )),
            "TB003",
        ),
        (
            "US Letter paper",
            Box::new(change(
                DOC,
                r#"<w:pgSz w:w="11906" w:h="16838"/>"#,
                r#"<w:pgSz w:w="12240" w:h="15840"/>"#,
            )),
            "TB004",
        ),
        (
            "a left margin of 20 mm",
            Box::new(change(DOC, r#"w:left="1701""#, r#"w:left="1134""#)),
            "TB005",
        ),
        (
            "a body paragraph without first-line indent",
            Box::new(change(
                DOC,
                r#"<w:ind w:firstLine="567"/><w:jc w:val="both"/></w:pPr><w:r><w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman"/><w:sz w:val="28"/></w:rPr><w:t xml:space="preserve">Đề nghị"#,
                r#"<w:jc w:val="both"/></w:pPr><w:r><w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman"/><w:sz w:val="28"/></w:rPr><w:t xml:space="preserve">Đề nghị"#,
            )),
            "TB007",
        ),
        (
            "two body paragraphs with no space between them",
            Box::new(change(
                DOC,
                r#"<w:spacing w:before="0" w:after="120" w:line="240" w:lineRule="auto"/><w:ind w:firstLine="567"/><w:jc w:val="both"/></w:pPr><w:r><w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman"/><w:sz w:val="28"/></w:rPr><w:t xml:space="preserve">Để bảo đảm"#,
                r#"<w:spacing w:before="0" w:after="0" w:line="240" w:lineRule="auto"/><w:ind w:firstLine="567"/><w:jc w:val="both"/></w:pPr><w:r><w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman"/><w:sz w:val="28"/></w:rPr><w:t xml:space="preserve">Để bảo đảm"#,
            )),
            "TB006",
        ),
        (
            "a body paragraph double-spaced",
            Box::new(change(
                DOC,
                r#"<w:spacing w:before="0" w:after="120" w:line="240" w:lineRule="auto"/><w:ind w:firstLine="567"/><w:jc w:val="both"/></w:pPr><w:r><w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman"/><w:sz w:val="28"/></w:rPr><w:t xml:space="preserve">Đề nghị"#,
                r#"<w:spacing w:before="0" w:after="120" w:line="480" w:lineRule="auto"/><w:ind w:firstLine="567"/><w:jc w:val="both"/></w:pPr><w:r><w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman"/><w:sz w:val="28"/></w:rPr><w:t xml:space="preserve">Đề nghị"#,
            )),
            "TB006",
        ),
        (
            "a long body paragraph aligned left",
            Box::new(change(
                DOC,
                r#"<w:jc w:val="both"/></w:pPr><w:r><w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman"/><w:sz w:val="28"/></w:rPr><w:t xml:space="preserve">Để bảo đảm"#,
                r#"<w:jc w:val="left"/></w:pPr><w:r><w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman"/><w:sz w:val="28"/></w:rPr><w:t xml:space="preserve">Để bảo đảm"#,
            )),
            "TB008",
        ),
        (
            "the Quốc hiệu with no alignment (left, by default)",
            Box::new(change(
                DOC,
                r#"<w:jc w:val="center"/></w:pPr><w:r><w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman"/><w:b/><w:sz w:val="26"/></w:rPr><w:t xml:space="preserve">CỘNG HÒA"#,
                r#"</w:pPr><w:r><w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman"/><w:b/><w:sz w:val="26"/></w:rPr><w:t xml:space="preserve">CỘNG HÒA"#,
            )),
            "TB008",
        ),
        (
            "the Tiêu ngữ in 13 pt under a 13 pt Quốc hiệu",
            Box::new(change(
                DOC,
                r#"<w:b/><w:sz w:val="28"/></w:rPr><w:t xml:space="preserve">Độc lập"#,
                r#"<w:b/><w:sz w:val="26"/></w:rPr><w:t xml:space="preserve">Độc lập"#,
            )),
            "TB009",
        ),
        (
            "no rule line under the issuer's name",
            Box::new(change(
                DOC,
                r#"<w:r><w:pict><v:line from="0,16pt" to="60pt,16pt" strokeweight="0.75pt" style="position:absolute;mso-position-horizontal:center;mso-position-horizontal-relative:margin;z-index:1"/></w:pict></w:r>"#,
                "",
            )),
            "TB012",
        ),
        (
            "page 1 numbered (no different first page)",
            Box::new(change(DOC, "<w:titlePg/>", "")),
            "TB010",
        ),
        (
            "a body run in red",
            Box::new(change(
                DOC,
                r#"<w:sz w:val="28"/></w:rPr><w:t xml:space="preserve">Đề nghị"#,
                r#"<w:color w:val="FF0000"/><w:sz w:val="28"/></w:rPr><w:t xml:space="preserve">Đề nghị"#,
            )),
            "TB011",
        ),
    ]
}

#[test]
fn the_template_is_clean_and_fully_recognised() {
    let bytes = build(&|_, t| t);
    assert_eq!(tb_codes(&bytes), Vec::<String>::new());
    let docx = read(&bytes, &Limits::default()).unwrap();
    let report = thethuc::check_styled(&docx.styled(), &thethuc::Config::default());
    let errors: Vec<_> = report
        .diagnostics
        .iter()
        .filter(|d| d.severity != thethuc::Severity::Info)
        .map(|d| (d.code, d.message.vi.clone()))
        .collect();
    assert!(errors.is_empty(), "the template has findings: {errors:?}");
    // Every formatting rule ran: the coverage note lists none as not evaluated.
    let coverage = report
        .diagnostics
        .iter()
        .find(|d| d.code == "DOC003")
        .unwrap();
    assert!(
        !coverage.message.vi.contains("Chưa kiểm tra"),
        "{}",
        coverage.message.vi
    );
}

#[test]
fn each_single_change_gives_exactly_its_finding() {
    let mut failures = Vec::new();
    for (what, edit, code) in cases() {
        let got = tb_codes(&build(edit.as_ref()));
        if got != [code] {
            failures.push(format!("{what}: expected [{code}], got {got:?}"));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// The .docx writer repairs each fixable change: the fixed package checks clean of TB findings,
/// and its text is the template's text.
#[test]
fn each_fixable_change_is_repaired_by_the_writer() {
    let template_text = support::paragraph_texts(&build(&|_, t| t));
    let mut failures = Vec::new();
    for (what, edit, code) in cases() {
        let rule = thethuc::rules::by_code(code).unwrap();
        if rule.fix != thethuc::rules::FixAvailability::Safe {
            continue;
        }
        let broken = build(edit.as_ref());
        failures.extend(support::repair_failures(
            what,
            &broken,
            &template_text,
            tb_codes,
        ));
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn every_implemented_formatting_rule_has_a_case() {
    let covered: Vec<&str> = cases().iter().map(|c| c.2).collect();
    // The Party pack's formatting rules have their cases in party_formatting.rs.
    for rule in REGISTRY
        .iter()
        .filter(|r| r.needs != Needs::Text && r.scope != Scope::Party)
    {
        assert!(
            covered.contains(&rule.code),
            "{} has no .docx case",
            rule.code
        );
    }
}

/// Page findings on the agency's files, each checked against the file's own XML (w:pgSz, w:pgMar,
/// w:titlePg and the header part's PAGE field).
#[test]
fn page_findings_on_the_agency_files() {
    let codes_and_messages = |name: &str| {
        let path = format!("{}/../../fixtures/docx/{name}", env!("CARGO_MANIFEST_DIR"));
        let docx = read(&std::fs::read(path).unwrap(), &Limits::default()).unwrap();
        let report = thethuc::check_styled(&docx.styled(), &thethuc::Config::default());
        report
            .diagnostics
            .iter()
            .filter(|d| matches!(d.code, "TB004" | "TB005" | "TB010"))
            .map(|d| (d.code, d.message.vi.clone()))
            .collect::<Vec<_>>()
    };
    // w:pgSz 12240 × 15840: US Letter.
    let letter = codes_and_messages("CV-cung-cap-thong-tin-BCH-quan-su-tinh.docx");
    assert_eq!(letter.len(), 1, "{letter:?}");
    assert!(letter[0].0 == "TB004" && letter[0].1.contains("Letter"));
    // w:pgMar bottom 709 twips = 12.5 mm.
    let margins = codes_and_messages("BC-cong-tac-QL-an-toan-hoa-chat-2025.docx");
    assert_eq!(margins.len(), 1, "{margins:?}");
    assert!(margins[0].0 == "TB005" && margins[0].1.contains("lề dưới 12,5 mm"));
    // A default header with a PAGE field and no w:titlePg: page 1 is numbered.
    let numbered = codes_and_messages("CV-gui-Cty-Mong-Son-ve-kho-VLN.docx");
    assert_eq!(numbered.iter().map(|c| c.0).collect::<Vec<_>>(), ["TB010"]);
    // The second, landscape section holds a table: allowed. Its margins (top 30, bottom 15, left
    // and right 20 mm) are the portrait ones turned with the page, as Word turns them: allowed.
    assert!(codes_and_messages("Ban-trinh-BC-chien-luoc-CN-hoachat.docx").is_empty());
    // A4, margins 20/20/30/20 mm, no page number on page 1.
    assert!(codes_and_messages("QD-thanh-lap-doan-kiem-tra-hoa-chat-2026.docx").is_empty());
}

/// What the page shows is judged, not what a property says: a subscript printed small, and a
/// landscape page whose margins Word turned with it.
#[test]
fn subscripts_and_turned_landscape_margins_give_no_finding() {
    // `HNO3` with the 3 in subscript at a nominal 15 pt.
    let subscript = change(
        DOC,
        r#"<w:t xml:space="preserve">Đề nghị các phòng thực hiện nghiêm túc./.</w:t></w:r>"#,
        r#"<w:t xml:space="preserve">Đề nghị các phòng thực hiện nghiêm túc với HNO</w:t></w:r><w:r><w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman"/><w:vertAlign w:val="subscript"/><w:sz w:val="30"/></w:rPr><w:t>3</w:t></w:r><w:r><w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman"/><w:sz w:val="28"/></w:rPr><w:t>./.</w:t></w:r>"#,
    );
    assert_eq!(tb_codes(&build(&subscript)), Vec::<String>::new());
    // The same run without vertAlign is a 15 pt run in the body: TB002.
    let plain = change(
        DOC,
        r#"<w:t xml:space="preserve">Đề nghị các phòng thực hiện nghiêm túc./.</w:t></w:r>"#,
        r#"<w:t xml:space="preserve">Đề nghị các phòng thực hiện nghiêm túc với HNO</w:t></w:r><w:r><w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman"/><w:sz w:val="30"/></w:rPr><w:t>3</w:t></w:r><w:r><w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman"/><w:sz w:val="28"/></w:rPr><w:t>./.</w:t></w:r>"#,
    );
    assert_eq!(tb_codes(&build(&plain)), ["TB002"]);
    // Landscape (the section holds tables), margins turned: top 30, bottom 15, left and right 20.
    let turned = change(
        DOC,
        r#"<w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1134" w:right="1134" w:bottom="1134" w:left="1701""#,
        r#"<w:pgSz w:w="16838" w:h="11906" w:orient="landscape"/><w:pgMar w:top="1701" w:right="1134" w:bottom="851" w:left="1134""#,
    );
    assert_eq!(tb_codes(&build(&turned)), Vec::<String>::new());
}

/// A fix a .docx cannot take (deleting a duplicated recipient line joins two paragraphs) is
/// left out and named, even when it is the only one.
#[test]
fn a_fix_across_paragraphs_is_named_not_written() {
    let line = r#"<w:p><w:pPr><w:spacing w:before="0" w:after="120" w:line="240" w:lineRule="auto"/></w:pPr><w:r><w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman"/><w:sz w:val="22"/></w:rPr><w:t xml:space="preserve">- Như trên;</w:t></w:r></w:p>"#;
    let doubled = line.repeat(2);
    let twice = move |name: &str, text: String| {
        if name == DOC {
            text.replacen(line, &doubled, 1)
        } else {
            text
        }
    };
    let bytes = build(&twice);
    let out = thethuc_docx::fix::fix(
        &bytes,
        &thethuc::Config::default(),
        false,
        &Limits::default(),
    )
    .unwrap();
    assert_eq!(out.applied, 0);
    assert_eq!(out.bytes, bytes, "nothing written");
    assert_eq!(out.unwritable, ["NN008"]);
    assert!(out.report.diagnostics.iter().any(|d| d.code == "NN008"));
}
