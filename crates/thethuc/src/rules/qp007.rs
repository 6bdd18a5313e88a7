use crate::diagnostic::{Diagnostic, Edit, Fix, Message, Severity};
use crate::model::document::LineKind;
use crate::rules::common::body::preamble_runs;
use crate::rules::common::qppl::under_decree_78_forms;
use crate::rules::{Ctx, DiagnosticExt, FixAvailability, Needs, Rule, Scope};
use crate::text::span::Span;

pub static RULE: Rule = Rule {
    code: "QP007",
    name: "qppl-can-cu-punctuation",
    severity: Severity::Info,
    fix: FixAvailability::Safe,
    needs: Needs::Text,
    scope: Scope::Qppl,
    locator: "NĐ 78/2025/NĐ-CP Đ62, Phụ lục I; NĐ 187/2025/NĐ-CP",
    default_on: true,
    summary_vi: docs!("Một dòng căn cứ của văn bản quy phạm pháp luật, không phải dòng cuối của phần căn cứ, không kết thúc bằng dấu chấm phẩy `;`."),
    summary_en: docs!("A legal basis line of a legal normative document, other than the last line of the bases, does not end with a semicolon `;`."),
    docs_vi: docs!("Theo các mẫu văn bản quy phạm pháp luật của Nghị định 78/2025/NĐ-CP (Phụ lục I, được \
thay thế bởi phụ lục của Nghị định 187/2025/NĐ-CP), mỗi căn cứ ban hành (Điều 62) đứng một dòng và kết thúc \
bằng dấu chấm phẩy: `Căn cứ Luật Tổ chức Chính phủ số 63/2025/QH15;`, `Căn cứ Nghị định số 40/2025/NĐ-CP của \
Chính phủ …;`. Khác Nghị định 30 (ND001, không chạy trên văn bản quy phạm pháp luật), dòng cuối của phần \
căn cứ (thường là `Theo đề nghị của …`) đứng trước câu ban hành chứ không kết thúc phần mở đầu, và văn bản \
thật ghi nó nhiều cách: `;` (Thông tư 09/2026/TT-BCT, Nghị định 285/2025/NĐ-CP), `,` (Thông tư 97/2025/TT-BTC, \
06/2026/TT-BTC, 100/2025/TT-BCA), `.` (Thông tư 08/2026/TT-BXD). Quy tắc vì vậy chỉ xét các dòng `Căn cứ …` \
có dòng căn cứ khác, dòng `Thực hiện …` hoặc `Theo đề nghị …` theo sau, và báo khi dòng đó kết thúc bằng dấu phẩy \
hoặc dấu chấm, hoặc không có dấu; dòng cuối không được xét. Căn cứ viết trên nhiều dòng được xét ở dòng \
cuối của đoạn; đoạn kết thúc bằng dấu hai chấm hoặc chỗ để trống của dự thảo (`…`) không xét. Cách đọc thận \
trọng: văn bản của phụ lục Nghị định 187 chưa đọc được, dấu `;` ở đây là cách trình bày thấy trên các văn \
bản năm 2025–2026 (nguồn thứ cấp về mẫu), nên quy tắc chỉ lưu ý (mức thông tin). Chỉ áp dụng khi mẫu của \
Nghị định 78 điều chỉnh văn bản: không áp dụng cho luật, nghị quyết của Quốc hội và Ủy ban Thường vụ Quốc \
hội (mẫu riêng), văn bản hợp nhất và văn bản ghi ngày trước 01/4/2025. Sửa tự động an toàn: thay dấu cuối \
dòng bằng `;`, hoặc thêm `;` khi chưa có dấu."),
    docs_en: docs!("Under the legal normative document forms of Decree 78/2025/NĐ-CP (Annex I, replaced by \
the annex of Decree 187/2025/NĐ-CP), each legal basis (Article 62) stands on its own line and ends with a \
semicolon: `Căn cứ Luật Tổ chức Chính phủ số 63/2025/QH15;`, `Căn cứ Nghị định số 40/2025/NĐ-CP của Chính \
phủ …;`. Unlike ND30 (ND001, which does not run on legal normative documents), the last line of the bases \
(usually `Theo đề nghị của …`) leads into the enacting sentence rather than closing the preamble, and real \
texts end it in several ways: `;` (Circular 09/2026/TT-BCT, Decree 285/2025/NĐ-CP), `,` (Circulars \
97/2025/TT-BTC, 06/2026/TT-BTC, 100/2025/TT-BCA), `.` (Circular 08/2026/TT-BXD). The rule therefore reads \
only the `Căn cứ …` lines followed by another basis, a `Thực hiện …` or a `Theo đề nghị …` line, and reports one that \
ends with a comma or a period, or with no mark; the last line is not judged. A basis wrapped over several \
lines is judged on its paragraph's last line; a paragraph ending with a colon or a draft's blank (`…`) is not \
judged. The conservative reading: the text of Decree 187's annex was not read, and the `;` is the layout \
seen on the 2025–2026 texts (a secondary source for the form), so the rule only notes (info). Only where \
the forms of Decree 78 govern the document: not on the laws and resolutions of the National Assembly and \
its Standing Committee (forms of their own), consolidated texts, or documents dated before 01/4/2025. Safe \
fix: replace the final mark with `;`, or add `;` where there is none."),
    bad: docs!("BỘ TÀI CHÍNH\nSố: 06/2026/TT-BTC\nHà Nội, ngày 15 tháng 01 năm 2026\nTHÔNG TƯ\nSửa đổi Thông tư về sở hữu trí tuệ\nCăn cứ Luật Hải quan số 54/2014/QH13 được sửa đổi, bổ sung bởi Luật số 90/2025/QH15.\nCăn cứ Luật Giao dịch điện tử số 20/2023/QH15;\nTheo đề nghị của Cục trưởng Cục Hải quan,\nBộ trưởng Bộ Tài chính ban hành Thông tư sửa đổi Thông tư về sở hữu trí tuệ.\nĐiều 1. Sửa đổi, bổ sung một số điều\n"),
    good: docs!("BỘ TÀI CHÍNH\nSố: 06/2026/TT-BTC\nHà Nội, ngày 15 tháng 01 năm 2026\nTHÔNG TƯ\nSửa đổi Thông tư về sở hữu trí tuệ\nCăn cứ Luật Hải quan số 54/2014/QH13 được sửa đổi, bổ sung bởi Luật số 90/2025/QH15;\nCăn cứ Luật Giao dịch điện tử số 20/2023/QH15;\nTheo đề nghị của Cục trưởng Cục Hải quan,\nBộ trưởng Bộ Tài chính ban hành Thông tư sửa đổi Thông tư về sở hữu trí tuệ.\nĐiều 1. Sửa đổi, bổ sung một số điều\n"),
    check: crate::rules::Check::Document(check),
};

fn check(ctx: &Ctx<'_>, out: &mut Vec<Diagnostic>) {
    if !under_decree_78_forms(ctx) {
        return;
    }
    let paragraphs = &ctx.doc.paragraphs;
    for run in preamble_runs(ctx) {
        // The last paragraph leads into the enacting sentence or line and is written `;`, `,`
        // or `.` alike: only those followed by another preamble paragraph are judged.
        for pair in run.windows(2) {
            let p = &paragraphs[pair[0]];
            let next = &paragraphs[pair[1]];
            let (Some(&first), Some(&last_line), Some(&next_first)) =
                (p.lines.first(), p.lines.last(), next.lines.first())
            else {
                continue;
            };
            if !matches!(ctx.kind(first), LineKind::CanCu)
                || !matches!(
                    ctx.kind(next_first),
                    LineKind::CanCu | LineKind::ThucHien | LineKind::TheoDeNghi
                )
            {
                continue;
            }
            let t = ctx.line_text(last_line).trim_end();
            let Some(c) = t.chars().last() else { continue };
            if c == ';' {
                continue;
            }
            // A lead-in sentence (`…, có quy định:`), a draft's dotted blank, or a line that
            // ends in something a reader cannot call a missing mark (a bracket, a quote).
            if !(matches!(c, ',' | '.') || c.is_alphanumeric()) || t.ends_with("..") {
                continue;
            }
            let end = ctx.line(last_line).span.start + t.len() as u32;
            let clen = c.len_utf8() as u32;
            let span = Span::new(end - clen, end);
            let edit = if matches!(c, ',' | '.') {
                Edit::replace(span, ";")
            } else {
                Edit::insert(end, ";")
            };
            out.push(
                RULE.diag(
                    span,
                    "Căn cứ chưa phải dòng cuối của phần căn cứ, kết thúc bằng dấu chấm phẩy \";\" theo mẫu của Nghị định 78/2025/NĐ-CP.",
                    "A legal basis that is not the last line of the bases ends with a semicolon \";\" under the forms of Decree 78/2025/NĐ-CP.",
                )
                .with_fix(Fix::safe(
                    Message::new("Kết thúc bằng \";\"", "End with \";\""),
                    vec![edit],
                )),
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::config::{Config, Profile};

    fn found(text: &str) -> Vec<String> {
        let config = Config {
            profile: Profile::Qppl,
            select: vec!["QP007".to_owned()],
            ..Config::default()
        };
        let r = crate::check_str(text, &config);
        r.diagnostics
            .iter()
            .filter(|d| d.code == "QP007")
            .map(|d| d.span.of(r.source.text()).to_owned())
            .collect()
    }

    const HEAD: &str = "BỘ CÔNG AN\nSố: 100/2025/TT-BCA\nHà Nội, ngày 20 tháng 11 năm 2025\nTHÔNG TƯ\nQuy định về kế toán trưởng\n";

    #[test]
    fn a_middle_basis_with_a_comma_or_period_is_noted_the_last_line_is_not() {
        let text = format!("{HEAD}Căn cứ Luật Kế toán số 88/2015/QH13,\nCăn cứ Nghị định số 02/2025/NĐ-CP của Chính phủ quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Bộ Công an.\nTheo đề nghị của Cục trưởng Cục Kế hoạch và tài chính,\nBộ trưởng Bộ Công an ban hành Thông tư quy định về kế toán trưởng.\nĐiều 1. Phạm vi điều chỉnh\n");
        assert_eq!(found(&text), [",", "."]);
    }

    #[test]
    fn a_basis_wrapped_over_lines_is_judged_on_its_last_line() {
        let text = format!("{HEAD}Căn cứ Nghị định số 02/2025/NĐ-CP ngày 18 tháng 02 năm 2025 của Chính phủ quy định\nchức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Bộ Công an;\nCăn cứ Luật Kế toán số 88/2015/QH13\nTheo đề nghị của Cục trưởng Cục Kế hoạch và tài chính;\nBộ trưởng Bộ Công an ban hành Thông tư quy định về kế toán trưởng.\nĐiều 1. Phạm vi điều chỉnh\n");
        assert_eq!(found(&text), ["3"]);
    }

    #[test]
    fn a_last_basis_before_the_enacting_line_may_end_any_way() {
        // A People's Committee decision with no proposal line: its last basis leads into
        // `QUYẾT ĐỊNH:` and is not judged.
        let text = "ỦY BAN NHÂN DÂN TỈNH LÀO CAI\nSố: 28/2025/QĐ-UBND\nLào Cai, ngày 05 tháng 12 năm 2025\nQUYẾT ĐỊNH\nQuy định mức chi\nCăn cứ Luật Tổ chức chính quyền địa phương số 72/2025/QH15;\nCăn cứ Luật Ngân sách nhà nước số 89/2025/QH15.\nQUYẾT ĐỊNH:\nĐiều 1. Phạm vi điều chỉnh\n";
        assert!(found(text).is_empty(), "{:?}", found(text));
    }

    #[test]
    fn an_act_of_the_assembly_or_an_older_circular_is_left_alone() {
        let assembly = "ỦY BAN THƯỜNG VỤ QUỐC HỘI\nSố: 120/2026/UBTVQH15\nHà Nội, ngày 10 tháng 3 năm 2026\nNGHỊ QUYẾT\nVề giá điện\nCăn cứ Luật Tổ chức Quốc hội số 57/2014/QH13,\nCăn cứ Luật Ngân sách nhà nước số 89/2025/QH15;\nQUYẾT NGHỊ:\nĐiều 1. Phạm vi điều chỉnh\n";
        assert!(found(assembly).is_empty());
        let older = format!("{HEAD}Căn cứ Luật Kế toán số 88/2015/QH13,\nTheo đề nghị của Cục trưởng Cục Kế hoạch và tài chính;\nBộ trưởng Bộ Công an ban hành Thông tư quy định về kế toán trưởng.\nĐiều 1. Phạm vi điều chỉnh\n")
            .replace("/2025/TT", "/2024/TT")
            .replace("năm 2025", "năm 2024");
        assert!(found(&older).is_empty());
    }
}
