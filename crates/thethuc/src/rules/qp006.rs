use crate::diagnostic::{Diagnostic, Severity};
use crate::model::doctype::comparison_key;
use crate::model::document::LineKind;
use crate::rules::common::qppl::under_law_64;
use crate::rules::{Ctx, DiagnosticExt, FixAvailability, Needs, Rule, Scope};

pub static RULE: Rule = Rule {
    code: "QP006",
    name: "qppl-basis-not-normative",
    severity: Severity::Warning,
    fix: FixAvailability::None,
    needs: Needs::Text,
    scope: Scope::Qppl,
    locator: "NĐ 78/2025/NĐ-CP Đ62",
    default_on: true,
    summary_vi: docs!("Căn cứ ban hành của văn bản quy phạm pháp luật là một văn bản không phải văn bản quy phạm pháp luật (công văn, tờ trình, kế hoạch, thông báo, văn bản của Đảng, quyết định cá biệt)."),
    summary_en: docs!("A legal basis (căn cứ) of a legal normative document is a document that is not a legal normative document (an official letter, a submission, a plan, a notice, a Party document, an individual decision)."),
    docs_vi: docs!("Nghị định 78/2025/NĐ-CP, Điều 62: \"Căn cứ ban hành văn bản là văn bản quy phạm pháp luật có \
hiệu lực pháp lý cao hơn đang có hiệu lực hoặc đã được công bố hoặc ký ban hành chưa có hiệu lực nhưng \
phải có hiệu lực trước hoặc cùng thời điểm với văn bản được ban hành.\" Công văn, tờ trình, báo cáo, \
kế hoạch, thông báo, biên bản, kết luận, chỉ thị, công điện và văn bản của Đảng (`57-NQ/TW`) không \
phải văn bản quy phạm pháp luật (Luật 64/2025/QH15, Điều 4): tờ trình, đề nghị đặt ở dòng `Theo đề \
nghị của …` hoặc `Xét Tờ trình …`, văn bản của Đảng ở dòng `Thực hiện …`, nội dung khác ở phần nội \
dung. Quy tắc đọc văn bản được dẫn ngay sau `Căn cứ` ở mỗi dòng căn cứ (trích dẫn có số, ký hiệu) và \
báo (mức cảnh báo) khi tên loại của nó là một trong các loại trên hoặc ký hiệu theo lối của Đảng. \
Thông tư dẫn thông tư, nghị định dẫn nghị định làm căn cứ cũng bị báo (cùng cấp, không có hiệu lực \
cao hơn); quyết định của Ủy ban nhân dân, nghị quyết của Hội đồng nhân dân dẫn văn bản cùng ký hiệu \
thì không (văn bản cấp xã dẫn văn bản cấp tỉnh, ký hiệu không phân biệt được). \
Quyết định, nghị quyết mà số không có năm (`Quyết định số 2109/QĐ-TTg`) thường là văn bản cá biệt \
(Luật 64, khoản 3 Điều 7: số của văn bản quy phạm pháp luật ghi năm ban hành), nhưng cách nhận ra đó \
là suy luận, nên chỉ được lưu ý (mức thông tin). Căn cứ không ghi số (`Căn cứ biên bản thẩm định …`), \
và thứ tự các căn cứ (văn bản quy định thẩm quyền có đứng đầu hay không: Điều 62 không quy định thứ \
tự) không được đọc. Văn bản ghi ngày trước 01/4/2025 (trước Nghị định 78) không bị báo. Chỉ áp dụng \
cho văn bản quy phạm pháp luật; văn bản hành chính theo Nghị định 30 được căn cứ vào văn bản khác. \
Không sửa tự động."),
    docs_en: docs!("Decree 78/2025/NĐ-CP, Article 62: \"The basis for issuing a document is a legal \
normative document of higher legal force that is in effect, or has been published or signed and takes \
effect before or at the same time as the document issued.\" Official letters, submissions, reports, \
plans, notices, minutes, conclusions, directives, official dispatches and Party documents (`57-NQ/TW`) \
are not legal normative documents (Law 64/2025/QH15, Article 4): a submission or proposal goes in the \
`Theo đề nghị của …` or `Xét Tờ trình …` line, a Party document in a `Thực hiện …` line, anything else \
in the body. The rule reads the document cited right after `Căn cứ` on each legal basis line (a \
citation with a number) and reports it (a warning) when its type is one of those or its code is in the \
Party style. A circular citing a circular, or a decree a decree, is reported too (same rank, not higher \
force); a People's Committee decision or People's Council resolution citing one with the same code is \
not (a commune's act may rest on the province's, which the code does not tell apart). \
A decision or resolution numbered without a year (`Quyết định số 2109/QĐ-TTg`) is usually \
an individual act (Law 64, Article 7(3): a legal normative document's number carries its year), but \
that reading is an inference, so it is only a note (info). A basis without a number (`Căn cứ biên bản \
thẩm định …`) is not read, nor the order of the bases (whether the act that grants the power comes \
first: Article 62 sets no order). Documents dated before 01/4/2025 (before Decree 78) are not \
reported. Legal normative documents only; administrative documents under ND30 may rest on any \
document. No fix."),
    bad: docs!("ỦY BAN NHÂN DÂN TỈNH LÀO CAI\nSố: 28/2025/QĐ-UBND\nLào Cai, ngày 05 tháng 12 năm 2025\nQUYẾT ĐỊNH\nQuy định mức chi\nCăn cứ Luật Tổ chức chính quyền địa phương số 72/2025/QH15;\nCăn cứ Công văn số 503/SNV-CCVC ngày 30/11/2025 của Sở Nội vụ;\nQUYẾT ĐỊNH:\nĐiều 1. Phạm vi điều chỉnh\n"),
    good: docs!("ỦY BAN NHÂN DÂN TỈNH LÀO CAI\nSố: 28/2025/QĐ-UBND\nLào Cai, ngày 05 tháng 12 năm 2025\nQUYẾT ĐỊNH\nQuy định mức chi\nCăn cứ Luật Tổ chức chính quyền địa phương số 72/2025/QH15;\nTheo đề nghị của Giám đốc Sở Nội vụ tại Công văn số 503/SNV-CCVC ngày 30/11/2025;\nQUYẾT ĐỊNH:\nĐiều 1. Phạm vi điều chỉnh\n"),
    check: crate::rules::Check::Document(check),
};

/// Cited types (comparison keys) that are never legal normative documents.
const NOT_NORMATIVE: &str = "công văn|tờ trình|báo cáo|kế hoạch|thông báo|biên bản|kết luận|chỉ thị|công điện|giấy mời|chương trình|phương án|đề án|dự án|hợp đồng|bản ghi nhớ";

fn check(ctx: &Ctx<'_>, out: &mut Vec<Diagnostic>) {
    if !under_law_64(ctx) {
        return;
    }
    let doc = ctx.doc;
    for &i in &doc.preamble {
        let line = ctx.line(i);
        if line.kind != LineKind::CanCu {
            continue;
        }
        // The document the line rests on: the citation that follows `Căn cứ` (and any dash
        // before it) with nothing between.
        let f = ctx.folded_line(i);
        let Some(k) = f.find("căn cứ") else {
            continue;
        };
        let after = line.span.start + (k + "căn cứ".len()) as u32;
        let Some(c) = doc.citations.iter().find(|c| {
            c.span.start >= after
                && c.span.start <= line.span.end
                && ctx.text[after as usize..c.span.start as usize]
                    .trim_matches([' ', '\u{a0}', '\t'])
                    .is_empty()
        }) else {
            continue;
        };
        let Some(ty) = c.doc_type else { continue };
        let key = c.type_key(ctx.text).unwrap_or_default();
        let written = ctx.s(ty);
        if c.party || NOT_NORMATIVE.split('|').any(|t| comparison_key(t) == key) {
            let what = if c.party {
                "văn bản của Đảng"
            } else {
                "văn bản hành chính"
            };
            let what_en = if c.party {
                "a Party document"
            } else {
                "an administrative document"
            };
            out.push(RULE.diag(
                c.span,
                format!("Căn cứ \"{written} …\" là {what}, không phải văn bản quy phạm pháp luật: căn cứ ban hành chỉ là văn bản quy phạm pháp luật có hiệu lực cao hơn; đưa nó vào dòng \"Theo đề nghị …\", \"Thực hiện …\" hoặc phần nội dung."),
                format!("The basis \"{written} …\" is {what_en}, not a legal normative document: the bases are legal normative documents of higher force only; move it to a \"Theo đề nghị …\" or \"Thực hiện …\" line or to the body."),
            ));
        } else if same_rank(ctx, &key) {
            out.push(RULE.diag(
                c.span,
                format!("Căn cứ \"{written} …\" cùng cấp với văn bản này, không có hiệu lực pháp lý cao hơn: căn cứ ban hành chỉ là văn bản quy phạm pháp luật có hiệu lực cao hơn."),
                format!("The basis \"{written} …\" ranks with this document, not above it: the bases are legal normative documents of higher force only."),
            ));
        } else if matches!(key.as_str(), "quyết định" | "nghị quyết")
            && c.number.is_some()
            && c.year.is_none()
            && !c
                .code_parts
                .iter()
                .any(|p| crate::model::document::names_the_assembly(ctx.s(*p)))
        {
            out.push(
                RULE.diag(
                    c.span,
                    format!("Căn cứ \"{} …\" có số không ghi năm, thường là văn bản cá biệt, không phải văn bản quy phạm pháp luật: kiểm tra lại căn cứ này.", ctx.s(c.span).chars().take(40).collect::<String>()),
                    format!("The basis \"{} …\" is numbered without a year, usually an individual act rather than a legal normative document: check this basis.", ctx.s(c.span).chars().take(40).collect::<String>()),
                )
                .with_severity(Severity::Info),
            );
        }
    }
}

/// Whether a cited document has the same force as the document citing it: a circular citing a
/// circular, a decree a decree. A local body's decision or resolution citing one coded like its
/// own (`QĐ-UBND`, `NQ-HĐND`) may cite a higher level's (a commune's decision resting on the
/// province's since 2025), which the code does not tell apart: not read.
fn same_rank(ctx: &Ctx<'_>, cited: &str) -> bool {
    let Some(own) = ctx.doc.title.as_ref().and_then(|t| t.doc_type) else {
        return false;
    };
    let is = |name: &str| cited == comparison_key(name);
    match own.name {
        "THÔNG TƯ" | "THÔNG TƯ LIÊN TỊCH" => is("thông tư") || is("thông tư liên tịch"),
        "NGHỊ ĐỊNH" => is("nghị định"),
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use crate::config::{Config, Profile};
    use crate::diagnostic::Severity;

    fn found(text: &str) -> Vec<(String, Severity)> {
        let config = Config {
            profile: Profile::Qppl,
            select: vec!["QP006".to_owned()],
            ..Config::default()
        };
        let r = crate::check_str(text, &config);
        r.diagnostics
            .iter()
            .filter(|d| d.code == "QP006")
            .map(|d| (d.span.of(r.source.text()).to_owned(), d.severity))
            .collect()
    }

    const HEAD: &str = "ỦY BAN NHÂN DÂN TỈNH LÀO CAI\nSố: 28/2025/QĐ-UBND\nLào Cai, ngày 05 tháng 12 năm 2025\nQUYẾT ĐỊNH\nQuy định mức chi\nCăn cứ Luật Tổ chức chính quyền địa phương số 72/2025/QH15;\n";

    #[test]
    fn an_individual_decision_is_a_note_a_normative_one_nothing() {
        let text = format!("{HEAD}Căn cứ Quyết định số 2109/QĐ-TTg ngày 21/9/2025 của Thủ tướng Chính phủ;\nCăn cứ Quyết định số 19/2025/QĐ-TTg ngày 30/6/2025 của Thủ tướng Chính phủ;\nCăn cứ Nghị quyết số 203/2025/QH15;\nQUYẾT ĐỊNH:\nĐiều 1. Phạm vi điều chỉnh\n");
        let f = found(&text);
        assert_eq!(f.len(), 1, "{f:?}");
        assert!(f[0].0.starts_with("Quyết định số 2109/QĐ-TTg"), "{f:?}");
        assert_eq!(f[0].1, Severity::Info);
    }

    #[test]
    fn a_document_cited_inside_a_basis_is_not_the_basis() {
        // The basis is the decree; the letter is part of its subject.
        let text = format!("{HEAD}Căn cứ Nghị định số 30/2020/NĐ-CP của Chính phủ hướng dẫn Công văn số 12/BNV;\nQUYẾT ĐỊNH:\nĐiều 1. Phạm vi điều chỉnh\n");
        assert!(found(&text).is_empty());
    }

    #[test]
    fn an_older_document_is_left_alone() {
        let text = format!("{HEAD}Căn cứ Kế hoạch số 325/KH-UBND ngày 03/12/2023 của UBND tỉnh;\nQUYẾT ĐỊNH:\nĐiều 1. Phạm vi điều chỉnh\n")
            .replace("năm 2025", "năm 2024")
            .replace("/2025/QĐ", "/2024/QĐ");
        assert!(found(&text).is_empty());
        assert_eq!(
            found(
                &text
                    .replace("năm 2024", "năm 2025")
                    .replace("/2024/QĐ", "/2025/QĐ")
            )
            .len(),
            1
        );
    }
}
