use crate::diagnostic::{Diagnostic, Severity};
use crate::rules::common::header::{header_date, header_so, number};
use crate::rules::{Ctx, DiagnosticExt, FixAvailability, Needs, Rule, Scope};

pub static RULE: Rule = Rule {
    code: "QP001",
    name: "qppl-number-year",
    severity: Severity::Warning,
    fix: FixAvailability::None,
    needs: Needs::Text,
    scope: Scope::Qppl,
    locator: "Luật 64/2025/QH15 Đ7.3",
    default_on: true,
    summary_vi: docs!("Số, ký hiệu của văn bản quy phạm pháp luật không có năm ban hành, hoặc năm trong số khác năm của ngày ban hành."),
    summary_en: docs!("The number of a legal normative document lacks the year of issue, or its year differs from the year of the date line."),
    docs_vi: docs!("Luật Ban hành văn bản quy phạm pháp luật số 64/2025/QH15, khoản 3 Điều 7: văn bản quy \
phạm pháp luật \"phải đánh số, ký hiệu bảo đảm thể hiện rõ số thứ tự liên tục, năm ban hành, loại văn bản, \
cơ quan, người có thẩm quyền ban hành văn bản\" (`Số: 28/2025/QĐ-UBND`, `Số: 21/2026/TT-BCT`). Năm \
trong số là năm ban hành, nên phải bằng năm ghi ở dòng địa danh, ngày tháng (ô 4); một số `…/2025/…` \
trên văn bản ghi ngày tháng 01 năm 2026 thường là số của năm trước chép lại. Quy tắc báo khi số đã \
ghi (không phải chỗ để trống của dự thảo) mà ký hiệu không có nhóm năm, và khi cả năm trong số lẫn năm \
của ngày đều viết đủ bốn chữ số mà khác nhau; dự thảo để trống `…/20…/` hoặc ngày để trống thì không \
báo; nghị quyết cá biệt của Quốc hội, Ủy ban Thường vụ Quốc hội đánh số không có năm theo thể thức riêng \
(`Số: 1673/NQ-UBTVQH15`) cũng không báo. Chỉ áp dụng cho văn bản quy phạm pháp luật. Mức cảnh báo, không sửa tự động: người soạn chọn số \
hoặc ngày đúng."),
    docs_en: docs!("Law 64/2025/QH15 on legal normative documents, Article 7(3): a legal normative \
document \"must be numbered and coded so as to show clearly the running number, the year of issue, the \
type of document, and the body or person with the power to issue it\" (`Số: 28/2025/QĐ-UBND`, `Số: \
21/2026/TT-BCT`). The year in the number is the year of issue, so it must equal the year of the place \
and date line (box 4); a `…/2025/…` number on a document dated January 2026 is usually last year's \
number copied. The rule reports a written number (not a draft's blank) whose code has no year group, \
and a year in the number and a year of the date, both written with four digits, that differ; a draft's \
`…/20…/` or a blank date is left alone, and so is an individual act of the Quốc hội or its \
Standing Committee, numbered without a year under the Assembly's own forms (`Số: 1673/NQ-UBTVQH15`). Legal normative documents only. A warning without a fix: the \
drafter picks the right number or date."),
    bad: docs!("UBND TỈNH LÀO CAI\nSố: 28/2025/QĐ-UBND\nLào Cai, ngày 05 tháng 01 năm 2026\nQUYẾT ĐỊNH\nQuy định mức chi\nĐiều 1. Phạm vi điều chỉnh\n"),
    good: docs!("UBND TỈNH LÀO CAI\nSố: 28/2026/QĐ-UBND\nLào Cai, ngày 05 tháng 01 năm 2026\nQUYẾT ĐỊNH\nQuy định mức chi\nĐiều 1. Phạm vi điều chỉnh\n"),
    check: crate::rules::Check::Document(check),
};

fn check(ctx: &Ctx<'_>, out: &mut Vec<Diagnostic>) {
    let Some((_, so)) = header_so(ctx) else {
        return;
    };
    if so.number.is_none() || so.slash_lost() {
        return;
    }
    let Some(first) = so.parts.first() else {
        return;
    };
    // A văn bản hợp nhất (`Số: 111/VBHN-VPQH`) is numbered without a year.
    if so.parts.iter().any(|p| ctx.s(*p).starts_with("VBHN")) {
        return;
    }
    let group = ctx.s(*first);
    let digits = group.bytes().filter(u8::is_ascii_digit).count();
    // The Quốc hội and its Standing Committee number the resolutions they pass as individual
    // acts without a year (`1673/NQ-UBTVQH15`, a rearrangement of communes) under their own
    // forms, not under Điều 7.3's rule for the acts they make as law.
    let individual_act_of_the_assembly = so.names_the_assembly(ctx.text);
    if digits == 0
        && !group.starts_with(['.', '…', '_'])
        && so.parts.len() >= 2
        && !individual_act_of_the_assembly
    {
        let ky_hieu = so.ky_hieu.unwrap_or(*first);
        out.push(RULE.diag(
            ky_hieu,
            format!("Ký hiệu \"{}\" không có năm ban hành: số của văn bản quy phạm pháp luật ghi năm (\"28/2025/QĐ-UBND\").", ctx.s(ky_hieu)),
            format!("The code \"{}\" has no year of issue: a legal normative document's number carries the year (\"28/2025/QĐ-UBND\").", ctx.s(ky_hieu)),
        ));
        return;
    }
    if group.len() != 4 || digits != 4 {
        return;
    }
    let Some((_, date)) = header_date(ctx) else {
        return;
    };
    let (Some(year_span), Some(year)) = (date.year, number(ctx, date.year)) else {
        return;
    };
    if ctx.s(year_span).len() != 4 || group == ctx.s(year_span) {
        return;
    }
    out.push(
        RULE.diag(
            *first,
            format!("Năm trong số ({group}) khác năm ban hành ghi ở ngày tháng ({year})."),
            format!("The year in the number ({group}) differs from the year of the date ({year})."),
        )
        .with_related(year_span),
    );
}

#[cfg(test)]
mod tests {
    use crate::config::{Config, Profile};

    fn codes(text: &str, profile: Profile) -> Vec<&'static str> {
        let config = Config {
            profile,
            select: vec!["QP001".to_owned()],
            ..Config::default()
        };
        crate::check_str(text, &config)
            .diagnostics
            .iter()
            .map(|d| d.code)
            .filter(|c| *c == "QP001")
            .collect()
    }

    #[test]
    fn a_thong_tu_numbered_without_a_year_under_the_qppl_profile() {
        let text = "BỘ CÔNG THƯƠNG\nSố: 21/TT-BCT\nHà Nội, ngày 28 tháng 4 năm 2026\nTHÔNG TƯ\nQuy định về xuất khẩu\nĐiều 1. Phạm vi điều chỉnh\n";
        assert_eq!(codes(text, Profile::Qppl), ["QP001"]);
        // An administrative document with the same number is no business of the QP pack.
        assert!(codes(text, Profile::Nd30).is_empty());
    }

    /// The Standing Committee's resolution 1673/NQ-UBTVQH15 (16/6/2025, the communes of Lào Cai)
    /// is numbered without a year, as the Assembly numbers its individual acts.
    #[test]
    fn an_act_of_the_assembly_numbered_without_a_year_is_left_alone() {
        let text = "ỦY BAN THƯỜNG VỤ\nQUỐC HỘI\nSố: 1673/NQ-UBTVQH15\nHà Nội, ngày 16 tháng 6 năm 2025\nNGHỊ QUYẾT\nVỀ VIỆC SẮP XẾP CÁC ĐƠN VỊ HÀNH CHÍNH CẤP XÃ CỦA TỈNH LÀO CAI NĂM 2025\nCăn cứ Luật Tổ chức chính quyền địa phương số 72/2025/QH15;\nQUYẾT NGHỊ:\nĐiều 1. Sắp xếp các đơn vị hành chính cấp xã của tỉnh Lào Cai\n";
        assert!(codes(text, Profile::Qppl).is_empty());
        assert!(codes(text, Profile::Auto).is_empty());
    }

    #[test]
    fn a_draft_s_blanks_are_left_alone() {
        for text in [
            "UBND TỈNH LÀO CAI\nSố:     /2026/QĐ-UBND\nLào Cai, ngày      tháng 01 năm 2025\nQUYẾT ĐỊNH\nQuy định mức chi\n",
            "HĐND TỈNH LÀO CAI\nSố: …/20…/NQ-HĐND\nLào Cai, ngày … tháng … năm 2026\nNGHỊ QUYẾT\nQuy định mức chi\n",
            "UBND TỈNH LÀO CAI\nSố: 28/2025/QĐ-UBND\nLào Cai, ngày … tháng … năm 20…\nQUYẾT ĐỊNH\nQuy định mức chi\n",
        ] {
            assert!(codes(text, Profile::Qppl).is_empty(), "{text}");
        }
    }
}
