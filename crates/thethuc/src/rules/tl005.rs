use crate::diagnostic::{Edit, Fix, Message, Severity};
use crate::model::document::LineKind;
use crate::recognize::clues::mostly_upper;
use crate::rules::common::header::is_abbreviation;
use crate::rules::common::qppl::by_the_assembly;
use crate::rules::{Ctx, DiagnosticExt, FixAvailability, Needs, Rule, Scope};
use crate::text::case;

pub static RULE: Rule = Rule {
    code: "TL005",
    name: "trich-yeu-all-caps",
    severity: Severity::Error,
    fix: FixAvailability::Unsafe,
    needs: Needs::Text,
    scope: Scope::Nd30,
    locator: "PL-I II.5",
    default_on: true,
    summary_vi: docs!("Trích yếu viết in hoa toàn bộ; trích yếu phải viết chữ thường."),
    summary_en: docs!("Trích yếu written in capitals; it must be in thường."),
    docs_vi: docs!("Trích yếu nội dung của văn bản có tên loại trình bày bằng chữ in thường, cỡ chữ 13–14, \
đứng, đậm, ngay dưới tên loại (Phụ lục I Nghị định 30/2020/NĐ-CP, mục II.5 và mục V); chỉ tên loại \
viết in hoa. Quy tắc báo khi mọi dòng trích yếu đều viết in hoa. Sửa tự động không an toàn (chỉ áp dụng \
khi được yêu cầu): chuyển trích yếu sang chữ thường, viết hoa chữ cái đầu, giữ nguyên các chữ viết tắt \
không có nguyên âm (`UBND`, `TTNT`); tên riêng (`Kon Tum`, `Lào Cai`) cần được người soạn viết hoa lại \
theo Phụ lục II."),
    docs_en: docs!("The trích yếu of a typed document is in thường (lower case), 13–14 pt, upright, bold, \
directly under the type name (Phụ lục I of ND30, II.5 and V); only the type name is in capitals. The \
rule reports a trích yếu whose lines are all in capitals. Unsafe fix (applied only on request): the \
trích yếu is put in lower case with a capital first letter, keeping abbreviations without vowels (`UBND`, \
`TTNT`); proper names (`Kon Tum`, `Lào Cai`) must then be capitalised again by the drafter, per Phụ lục II."),
    bad: docs!("Số: 05/KH-UBND\nLào Cai, ngày 05 tháng 3 năm 2026\n\nKẾ HOẠCH\nTRIỂN KHAI CÔNG TÁC CHUYỂN ĐỔI SỐ NĂM 2026\n"),
    good: docs!("Số: 05/KH-UBND\nLào Cai, ngày 05 tháng 3 năm 2026\n\nKẾ HOẠCH\nTriển khai công tác chuyển đổi số năm 2026\n"),
    check: crate::rules::Check::Document(check),
};

fn check(ctx: &Ctx<'_>, out: &mut Vec<crate::diagnostic::Diagnostic>) {
    let Some(title) = &ctx.doc.title else { return };
    let lines = &title.trich_yeu;
    let (Some(&first), Some(&last)) = (lines.first(), lines.last()) else {
        return;
    };
    if !lines.iter().all(|&i| mostly_upper(ctx.line_text(i))) {
        return;
    }
    // The issuing authority's line of a Quyết định or Nghị quyết (`GIÁM ĐỐC SỞ …`) right above the
    // căn cứ, where the trích yếu is missing, is not a trích yếu in capitals.
    let authority_type = title
        .doc_type
        .is_some_and(|t| matches!(t.name, "QUYẾT ĐỊNH" | "NGHỊ QUYẾT"));
    // The authority's name may wrap onto a second line in capitals before the căn cứ.
    let before_preamble = (last + 1..ctx.doc.lines.len().min(last + 3))
        .map(|j| ctx.line(j))
        .take_while(|l| {
            matches!(l.kind, LineKind::CanCu | LineKind::TheoDeNghi)
                || (matches!(l.kind, LineKind::Paragraph) && mostly_upper(ctx.s(l.span)))
        })
        .any(|l| matches!(l.kind, LineKind::CanCu | LineKind::TheoDeNghi));
    // Under an authority's line read apart, the line in capitals is the trích yếu; the
    // Quốc hội's and its Standing Committee's resolutions (`1673/NQ-UBTVQH15`, with or without a
    // year) set it in capitals by their own practice, not the decree's.
    // A `Về việc`/`V/v` line names a subject: it is a trích yếu, never the authority's line.
    let could_be_authority = matches!(ctx.line(last).kind, LineKind::Paragraph);
    if lines.len() == 1
        && authority_type
        && before_preamble
        && ((ctx.doc.authority_heading.is_none() && could_be_authority) || by_the_assembly(ctx))
    {
        return;
    }
    let text: Vec<&str> = lines.iter().map(|&i| ctx.line_text(i)).collect();
    let quoted = text.join(" ");
    let mut edits = Vec::new();
    for (k, &i) in lines.iter().enumerate() {
        let span = ctx.line(i).span;
        edits.push(Edit::replace(span, sentence_case(ctx.s(span), k == 0)));
    }
    let span = crate::text::span::Span::cover(ctx.line(first).span, ctx.line(last).span);
    out.push(
        RULE.diag(
            span,
            format!("Trích yếu viết in hoa toàn bộ: \"{quoted}\"; trích yếu phải viết chữ thường, chỉ viết hoa chữ cái đầu và tên riêng."),
            format!("The trích yếu is all in capitals: \"{quoted}\"; it must be in lower case, with a capital only at the start and in proper names."),
        )
        .with_fix(Fix::unsafe_(
            Message::new(
                "Chuyển sang chữ thường (kiểm tra lại tên riêng)",
                "Put in lower case (check proper names again)",
            ),
            edits,
        )),
    );
}

/// Lower case, keeping abbreviations, with a capital first letter when `first`.
fn sentence_case(t: &str, first: bool) -> String {
    let mut out = String::with_capacity(t.len());
    let mut pending_capital = first;
    for (k, word) in t.split(' ').enumerate() {
        if k > 0 {
            out.push(' ');
        }
        let core =
            word.trim_matches(|c: char| !crate::text::fold::is_letter_or_digit(c) && c != '&');
        let keep = !core.is_empty() && is_abbreviation(core);
        for c in word.chars() {
            if keep {
                out.push(c);
            } else if pending_capital && crate::text::fold::is_letter(c) {
                out.push(case::upper(c));
            } else {
                out.push(case::lower(c));
            }
            if crate::text::fold::is_letter(c) {
                pending_capital = false;
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn reported(text: &str) -> bool {
        let config = crate::config::Config {
            select: vec!["TL005".to_owned()],
            ..crate::config::Config::default()
        };
        crate::check_str(text, &config)
            .diagnostics
            .iter()
            .any(|d| d.code == "TL005")
    }

    /// A decision's trích yếu in capitals over the enacting authority's line (a web copy):
    /// reported; the authority's line alone above the căn cứ, the trích yếu missing, is not.
    #[test]
    fn a_trich_yeu_in_capitals_over_the_authority_s_line() {
        let head = "ỦY BAN NHÂN DÂN TỈNH NAM ĐỊNH\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\tĐộc lập - Tự do - Hạnh phúc\nSố: 1680/QĐ-UBND\tNam Định, ngày 27 tháng 7 năm 2017\n\nQUYẾT ĐỊNH\n";
        let tail = "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19/6/2015;\nQUYẾT ĐỊNH:\nĐiều 1. Công bố.\n";
        assert!(reported(&format!(
            "{head}V/V CÔNG BỐ DANH MỤC VĂN BẢN HẾT HIỆU LỰC TOÀN BỘ\nỦY BAN NHÂN DÂN TỈNH NAM ĐỊNH\n{tail}"
        )));
        assert!(!reported(&format!(
            "{head}CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH NAM ĐỊNH\n{tail}"
        )));
        // The Standing Committee's resolution sets its trích yếu in capitals by its own practice.
        let text = "ỦY BAN THƯỜNG VỤ\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nQUỐC HỘI\tĐộc lập - Tự do - Hạnh phúc\nSố: 1673/NQ-UBTVQH15\tHà Nội, ngày 16 tháng 6 năm 2025\n\nNGHỊ QUYẾT\nVỀ VIỆC SẮP XẾP CÁC ĐƠN VỊ HÀNH CHÍNH CẤP XÃ CỦA TỈNH LÀO CAI NĂM 2025\nỦY BAN THƯỜNG VỤ QUỐC HỘI\nCăn cứ Luật Tổ chức chính quyền địa phương số 72/2025/QH15;\nQUYẾT NGHỊ:\nĐiều 1. Sắp xếp.\n";
        assert!(!reported(text));
    }

    #[test]
    fn sentence_case_keeps_abbreviations() {
        assert_eq!(
            sentence_case("TRIỂN KHAI TTNT CỦA UBND TỈNH", true),
            "Triển khai TTNT của UBND tỉnh"
        );
        assert_eq!(
            sentence_case("GIAI ĐOẠN 2025-2030", false),
            "giai đoạn 2025-2030"
        );
    }
}

#[cfg(test)]
mod subject_line_tests {
    use crate::rules::test_support::covered;

    /// A decision's trích yếu written as a `Về việc` line in capitals, right above the căn cứ
    /// of a web copy that left out the authority's line, is a trích yếu in capitals: a subject
    /// is never the authority's name.
    #[test]
    fn a_ve_viec_line_in_capitals_above_the_can_cu_is_the_trich_yeu() {
        let head = "ỦY BAN NHÂN DÂN TỈNH NAM ĐỊNH\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\tĐộc lập - Tự do - Hạnh phúc\nSố: 1680/QĐ-UBND\tNam Định, ngày 27 tháng 7 năm 2017\n\nQUYẾT ĐỊNH\n";
        let tail = "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19/6/2015;\nQUYẾT ĐỊNH:\nĐiều 1. Công bố.\n";
        for subject in [
            "VỀ VIỆC CÔNG BỐ DANH MỤC VĂN BẢN HẾT HIỆU LỰC TOÀN BỘ",
            "V/V CÔNG BỐ DANH MỤC VĂN BẢN HẾT HIỆU LỰC TOÀN BỘ",
        ] {
            let text = format!("{head}{subject}\n{tail}");
            assert_eq!(covered("TL005", &text), [subject]);
        }
    }

    /// The Standing Committee's resolution sets its `VỀ VIỆC` line in capitals by its own
    /// practice: checked under the ND30 profile a user chose, it is still not reported.
    #[test]
    fn the_standing_committee_s_subject_in_capitals_under_the_nd30_profile() {
        let config = crate::config::Config {
            select: vec!["TL005".to_owned()],
            profile: crate::config::Profile::Nd30,
            ..crate::config::Config::default()
        };
        let text = "ỦY BAN THƯỜNG VỤ\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nQUỐC HỘI\tĐộc lập - Tự do - Hạnh phúc\nSố: 1673/NQ-UBTVQH15\tHà Nội, ngày 16 tháng 6 năm 2025\n\nNGHỊ QUYẾT\nVỀ VIỆC SẮP XẾP CÁC ĐƠN VỊ HÀNH CHÍNH CẤP XÃ CỦA TỈNH LÀO CAI NĂM 2025\nỦY BAN THƯỜNG VỤ QUỐC HỘI\nCăn cứ Luật Tổ chức chính quyền địa phương số 72/2025/QH15;\nQUYẾT NGHỊ:\nĐiều 1. Sắp xếp.\n";
        let report = crate::check_str(text, &config);
        assert_eq!(report.document.regime, crate::model::document::Regime::Nd30);
        let codes: Vec<&str> = report.diagnostics.iter().map(|d| d.code).collect();
        assert!(!codes.contains(&"TL005"), "{codes:?}");
    }
}
