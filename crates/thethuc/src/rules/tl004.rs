use crate::diagnostic::Severity;
use crate::model::document::LineKind;
use crate::rules::{Ctx, FixAvailability, Needs, Rule, Scope};

pub static RULE: Rule = Rule {
    code: "TL004",
    name: "missing-trich-yeu",
    severity: Severity::Error,
    fix: FixAvailability::None,
    needs: Needs::Text,
    scope: Scope::Nd30AndQppl,
    locator: "PL-I II.5",
    default_on: true,
    summary_vi: docs!("Văn bản có tên loại nhưng thiếu trích yếu nội dung."),
    summary_en: docs!("A typed document without a trích yếu line (Giấy mời, Giấy giới thiệu, Giấy nghỉ phép, Phiếu … excepted per Phụ lục III samples)."),
    docs_vi: docs!("Với văn bản có tên loại, trích yếu nội dung (một câu ngắn gọn hoặc một cụm từ phản ánh \
khái quát nội dung chủ yếu) đặt canh giữa, ngay dưới tên loại (Phụ lục I Nghị định 30/2020/NĐ-CP, mục \
II.5). Quy tắc báo khi ngay dưới tên loại không có dòng trích yếu. Không báo với các loại mà mẫu trình \
bày tại Phụ lục III không có trích yếu: Giấy ủy quyền, Giấy mời, Giấy giới thiệu, Giấy nghỉ phép, Phiếu \
gửi, Phiếu chuyển, Phiếu báo, Thư công; cũng không báo khi tên loại không nhận biết được (TL002). Không \
có sửa tự động: công cụ không tự viết trích yếu. Cũng áp dụng cho văn bản quy phạm pháp luật theo mẫu của Nghị định 78/2025/NĐ-CP (Phụ lục I, được thay thế bởi phụ lục của Nghị định 187/2025/NĐ-CP), vì các mẫu đó trình bày tên loại văn bản in hoa và trích yếu dưới nó đúng như Nghị định 30; không áp dụng cho văn bản của Quốc hội, Ủy ban Thường vụ Quốc hội (mẫu riêng), văn bản hợp nhất và văn bản quy phạm pháp luật ghi ngày trước 01/4/2025 (theo mẫu cũ)."),
    docs_en: docs!("In a document with a type name, the trích yếu (one short sentence or phrase summing up \
the main content) is centred directly under the type name (Phụ lục I of ND30, II.5). The rule reports a \
type name with no trích yếu line under it. Not reported for the types whose Phụ lục III sample has no \
trích yếu: Giấy ủy quyền, Giấy mời, Giấy giới thiệu, Giấy nghỉ phép, Phiếu gửi, Phiếu chuyển, Phiếu báo, \
Thư công; nor when the type name is not recognised (TL002). No automatic fix: the summary is never \
invented. Runs on legal normative documents too, under the forms of Nghị định 78/2025/NĐ-CP (Phụ lục I, as replaced by the annex of Nghị định 187/2025/NĐ-CP), which lay out the type name in capitals with the summary under it as ND30 does; not on the acts of the Quốc hội and its Standing Committee (forms of their own), consolidated texts, or legal normative documents dated before 01/4/2025 (the older forms)."),
    bad: docs!("Số: 05/KH-UBND\nLào Cai, ngày 05 tháng 3 năm 2026\n\nKẾ HOẠCH\n\nI. MỤC ĐÍCH, YÊU CẦU\n"),
    good: docs!("Số: 05/KH-UBND\nLào Cai, ngày 05 tháng 3 năm 2026\n\nKẾ HOẠCH\nTriển khai công tác năm 2026\n\nI. MỤC ĐÍCH, YÊU CẦU\n"),
    check: crate::rules::Check::Document(check),
};

fn check(ctx: &Ctx<'_>, out: &mut Vec<crate::diagnostic::Diagnostic>) {
    let Some(title) = &ctx.doc.title else { return };
    let Some(doc_type) = title.doc_type else {
        return;
    };
    if doc_type.no_trich_yeu || !title.trich_yeu.is_empty() {
        return;
    }
    // `Thực hiện Quyết định số …` right under the type name, short and without the punctuation
    // that ends a preamble paragraph, is the trích yếu the assembler took for a preamble.
    let next = ctx.doc.lines.get(title.type_line + 1);
    if next.is_some_and(|l| {
        let t = ctx.s(l.span).trim_end();
        matches!(l.kind, LineKind::ThucHien)
            && t.chars().count() < 200
            && !t.ends_with([';', '.', ',', ':'])
    }) {
        return;
    }
    let span = ctx.line(title.type_line).span;
    let t = ctx.s(span);
    out.push(RULE.diag(
        span,
        format!("Thiếu trích yếu nội dung ngay dưới tên loại \"{t}\" (ví dụ \"Về công tác phòng, chống lụt bão\")."),
        format!("No trích yếu directly under the type name \"{t}\" (e.g. \"Về công tác phòng, chống lụt bão\")."),
    ));
}
