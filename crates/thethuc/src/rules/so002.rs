use crate::diagnostic::Severity;
use crate::rules::common::header::header_so;
use crate::rules::{Ctx, DiagnosticExt, FixAvailability, Needs, Rule, Scope};
use crate::text::span::Span;

pub static RULE: Rule = Rule {
    code: "SO002",
    name: "so-blank",
    severity: Severity::Info,
    fix: FixAvailability::None,
    needs: Needs::Text,
    scope: Scope::Nd30AndQppl,
    locator: "Đ15",
    default_on: true,
    summary_vi: docs!("Để trống số văn bản (`Số:      /KH-UBND`): lưu ý ở bản dự thảo, lỗi ở bản phát hành."),
    summary_en: docs!("Number left blank (`Số:      /KH-UBND`): `I` in draft stage, `E` in final."),
    docs_vi: docs!("Theo Điều 15 Nghị định 30/2020/NĐ-CP, số văn bản do Văn thư cấp sau khi văn bản được ký. \
Bản dự thảo vì vậy thường để trống số (`Số:      /KH-UBND`, `Số: …/QĐ-UBND`): ở giai đoạn dự thảo \
(mặc định) quy tắc chỉ nhắc ở mức lưu ý; ở giai đoạn phát hành (`stage = \"final\"`) đó là lỗi. \
Không có sửa tự động: công cụ không tự cấp số. Cũng áp dụng cho văn bản quy phạm pháp luật theo mẫu của Nghị định 78/2025/NĐ-CP (Phụ lục I, được thay thế bởi phụ lục của Nghị định 187/2025/NĐ-CP), vì các mẫu đó trình bày dòng `Số:` (ngoài nhóm năm của số, xem QP001) đúng như Nghị định 30; không áp dụng cho văn bản của Quốc hội, Ủy ban Thường vụ Quốc hội (mẫu riêng), văn bản hợp nhất và văn bản quy phạm pháp luật ghi ngày trước 01/4/2025 (theo mẫu cũ)."),
    docs_en: docs!("Under Điều 15 of ND30 the Văn thư assigns the number after signature, so drafts leave it \
blank (`Số:      /KH-UBND`, `Số: …/QĐ-UBND`). In the draft stage (default) the rule only reports it as \
info; in the final stage (`stage = \"final\"`) it is an error. No automatic fix: numbers are never \
invented. Runs on legal normative documents too, under the forms of Nghị định 78/2025/NĐ-CP (Phụ lục I, as replaced by the annex of Nghị định 187/2025/NĐ-CP), which lay out the `Số:` line (the number's year group aside: QP001) as ND30 does; not on the acts of the Quốc hội and its Standing Committee (forms of their own), consolidated texts, or legal normative documents dated before 01/4/2025 (the older forms)."),
    bad: docs!("Số:      /KH-UBND\n"),
    good: docs!("Số: 05/KH-UBND\n"),
    check: crate::rules::Check::Document(check),
};

fn check(ctx: &Ctx<'_>, out: &mut Vec<crate::diagnostic::Diagnostic>) {
    let Some((i, p)) = header_so(ctx) else { return };
    if p.number.is_some() {
        return;
    }
    let line = ctx.line(i).span;
    let from = p.colon.unwrap_or(p.word).end;
    let to = p.slash.map_or(line.end, |s| s.start);
    let span = if to > from { Span::new(from, to) } else { line };
    let code = p.ky_hieu.map_or("", |k| ctx.s(k));
    let (vi, en) = match ctx.config.stage {
        crate::config::Stage::Draft => (
            format!("Số văn bản còn để trống (\"Số: …/{code}\"): Văn thư cấp số sau khi ký."),
            format!("The number is still blank (\"Số: …/{code}\"): the Văn thư assigns it after signature."),
        ),
        crate::config::Stage::Final => (
            format!("Văn bản phát hành chưa có số (\"Số: …/{code}\"); phải ghi số, ví dụ \"Số: 05/{code}\"."),
            format!("The issued document has no number (\"Số: …/{code}\"); it needs one, e.g. \"Số: 05/{code}\"."),
        ),
    };
    out.push(RULE.diag(span, vi, en).with_severity(ctx.stage_severity()));
}
