use crate::diagnostic::{Diagnostic, Severity};
use crate::recognize::clues::mostly_upper;
use crate::rules::{Ctx, FixAvailability, Needs, Rule, Scope};
use crate::text::span::Span;

pub static RULE: Rule = Rule {
    code: "DG013",
    name: "party-trich-yeu-capitals",
    severity: Severity::Warning,
    fix: FixAvailability::None,
    needs: Needs::Text,
    scope: Scope::Party,
    locator: "HD 05 5.1, Phụ lục 2; HD 36 1.5, Phụ lục 2",
    default_on: true,
    summary_vi: docs!("Trích yếu của văn bản Đảng viết in hoa toàn bộ; trích yếu viết chữ in thường (`kết quả đại hội chi bộ …`)."),
    summary_en: docs!("A Party document's trích yếu is all in capitals; the trích yếu is in lower case (`kết quả đại hội chi bộ …`)."),
    docs_vi: docs!("Trích yếu nội dung văn bản của Đảng trình bày bằng chữ in thường, cỡ 14-15, đứng, đậm, dưới tên \
loại in hoa: `BÁO CÁO` / `kết quả đại hội chi bộ nhiệm kỳ 2025 - 2030` (Hướng dẫn 05-HD/VPTW, mục 5.1 và Phụ \
lục 2; Hướng dẫn 36-HD/VPTW, mục 1.5 và Phụ lục 2 cũng vậy). Tên tác giả ghi vào trích yếu có thể in hoa \
(`KẾT LUẬN` / `CỦA BAN THƯỜNG VỤ THÀNH UỶ` / `về phát triển kinh tế tư nhân`): quy tắc chỉ báo khi mọi dòng \
của trích yếu đều in hoa. Báo cáo chính trị ghi chủ đề đại hội thay cho tên loại và trích yếu (mục 5.1.2) \
không có tên loại nên không bị xét. Không có sửa tự động: chữ thường phải giữ hoa tên riêng, người soạn sửa."),
    docs_en: docs!("A Party document's trích yếu is in lower case, size 14-15, upright, bold, under the type \
name in capitals: `BÁO CÁO` / `kết quả đại hội chi bộ nhiệm kỳ 2025 - 2030` (Hướng dẫn 05-HD/VPTW, 5.1 \
and Phụ lục 2; Hướng dẫn 36-HD/VPTW, 1.5 and Phụ lục 2 alike). The author's name put into the trích \
yếu may be in capitals (`KẾT LUẬN` / `CỦA BAN THƯỜNG VỤ THÀNH UỶ` / `về phát triển kinh tế tư nhân`): \
the rule reports only a trích yếu all of whose lines are in capitals. A political report that puts the \
congress theme in place of the type name and trích yếu (5.1.2) has no type name and is not judged. No \
fix: proper names keep their capitals, the drafter rewrites it."),
    bad: docs!("TỈNH ỦY LÂM ĐỒNG\nĐẢNG CỘNG SẢN VIỆT NAM\n*\nSố 05-BC/TU\nĐà Lạt, ngày 15 tháng 6 năm 2026\n\nBÁO CÁO\nKẾT QUẢ CÔNG TÁC XÂY DỰNG ĐẢNG\n-----\n"),
    good: docs!("TỈNH ỦY LÂM ĐỒNG\nĐẢNG CỘNG SẢN VIỆT NAM\n*\nSố 05-BC/TU\nĐà Lạt, ngày 15 tháng 6 năm 2026\n\nBÁO CÁO\nkết quả công tác xây dựng Đảng\n-----\n"),
    check: crate::rules::Check::Document(check),
};

fn check(ctx: &Ctx<'_>, out: &mut Vec<Diagnostic>) {
    let Some(title) = &ctx.doc.title else {
        return;
    };
    if title.doc_type.is_none() || title.issued_with.is_some() {
        return;
    }
    let lines = &title.trich_yeu;
    let (Some(&first), Some(&last)) = (lines.first(), lines.last()) else {
        return;
    };
    // Lines with words: a line of hyphens the reader joined to the trích yếu is none.
    let worded: Vec<&str> = lines
        .iter()
        .map(|&i| ctx.line_text(i).trim())
        .filter(|t| t.chars().any(crate::text::fold::is_letter))
        .collect();
    if worded.is_empty() || !worded.iter().all(|t| mostly_upper(t)) {
        return;
    }
    // The issuing body's line right above the căn cứ of a decision or resolution whose trích
    // yếu is missing (`BAN THƯỜNG VỤ TỈNH ỦY` / `- Căn cứ …`) is no trích yếu.
    let authority_type = title
        .doc_type
        .is_some_and(|t| matches!(t.name, "QUYẾT ĐỊNH" | "NGHỊ QUYẾT"));
    let before_preamble = ctx
        .doc
        .preamble
        .first()
        .is_some_and(|&p| p > last && p <= last + 2);
    if worded.len() == 1 && authority_type && before_preamble {
        return;
    }
    let shown = worded.join(" ");
    out.push(RULE.diag(
        Span::cover(ctx.line(first).span, ctx.line(last).span),
        format!("Trích yếu của văn bản Đảng viết in hoa toàn bộ: \"{shown}\"; trích yếu viết chữ in thường (chỉ tên riêng viết hoa), dưới tên loại in hoa."),
        format!("The Party document's trích yếu is all in capitals: \"{shown}\"; the trích yếu is in lower case (proper names aside), under the type name in capitals."),
    ));
}
