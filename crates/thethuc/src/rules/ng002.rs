use crate::diagnostic::Severity;
use crate::rules::common::header::{header_date, number};
use crate::rules::{Ctx, DiagnosticExt, FixAvailability, Needs, Rule, Scope};
use crate::text::span::Span;

pub static RULE: Rule = Rule {
    code: "NG002",
    name: "date-blank",
    severity: Severity::Info,
    fix: FixAvailability::None,
    needs: Needs::Text,
    scope: Scope::Nd30AndQppl,
    locator: "Đ15",
    default_on: true,
    summary_vi: docs!("Để trống ngày hoặc tháng ban hành: lưu ý ở bản dự thảo, lỗi ở bản phát hành."),
    summary_en: docs!("Day or month left blank (draft: `I`, final: `E`)."),
    docs_vi: docs!("Văn bản được ghi ngày tháng khi ký và cấp số (Điều 15 Nghị định 30/2020/NĐ-CP), nên bản dự \
thảo thường để trống ngày, tháng (`Lào Cai, ngày      tháng      năm 2026`, `ngày … tháng … năm …`). Ở \
giai đoạn dự thảo (mặc định) quy tắc chỉ nhắc ở mức lưu ý; ở giai đoạn phát hành (`stage = \"final\"`) \
đó là lỗi. Năm để trống cũng được báo cùng. Không có sửa tự động: công cụ không tự điền ngày tháng. Cũng áp dụng cho văn bản quy phạm pháp luật theo mẫu của Nghị định 78/2025/NĐ-CP (Phụ lục I, được thay thế bởi phụ lục của Nghị định 187/2025/NĐ-CP), vì các mẫu đó trình bày dòng `<Địa danh>, ngày … tháng … năm …` đúng như Nghị định 30; không áp dụng cho văn bản của Quốc hội, Ủy ban Thường vụ Quốc hội (mẫu riêng), văn bản hợp nhất và văn bản quy phạm pháp luật ghi ngày trước 01/4/2025 (theo mẫu cũ)."),
    docs_en: docs!("A document is dated when it is signed and numbered (Điều 15 of ND30), so drafts leave the \
day and month blank (`Lào Cai, ngày      tháng      năm 2026`, `ngày … tháng … năm …`). In the draft stage \
(default) the rule only reports it as info; in the final stage (`stage = \"final\"`) it is an error. A \
blank year is reported with them. No automatic fix: dates are never invented. Runs on legal normative documents too, under the forms of Nghị định 78/2025/NĐ-CP (Phụ lục I, as replaced by the annex of Nghị định 187/2025/NĐ-CP), which lay out the place-and-date line as ND30 does; not on the acts of the Quốc hội and its Standing Committee (forms of their own), consolidated texts, or legal normative documents dated before 01/4/2025 (the older forms)."),
    bad: docs!("Lào Cai, ngày      tháng      năm 2026\n"),
    good: docs!("Lào Cai, ngày 05 tháng 3 năm 2026\n"),
    check: crate::rules::Check::Document(check),
};

fn check(ctx: &Ctx<'_>, out: &mut Vec<crate::diagnostic::Diagnostic>) {
    let Some((i, d)) = header_date(ctx) else {
        return;
    };
    let blank = |s: Option<Span>| number(ctx, s).is_none();
    let mut vi = Vec::new();
    let mut en = Vec::new();
    for (part, v, e) in [
        (d.day, "ngày", "day"),
        (d.month, "tháng", "month"),
        (d.year, "năm", "year"),
    ] {
        if blank(part) {
            vi.push(v);
            en.push(e);
        }
    }
    if vi.is_empty() {
        return;
    }
    let line = ctx.line(i).span;
    let t = ctx.s(line);
    let (vi, en) = (vi.join(", "), en.join(", "));
    let (mv, me) = match ctx.config.stage {
        crate::config::Stage::Draft => (
            format!("Thời gian ban hành còn để trống ({vi}): \"{t}\"; ghi khi văn bản được ký và cấp số."),
            format!("The date of issue is still blank ({en}): \"{t}\"; it is filled in when the document is signed and numbered."),
        ),
        crate::config::Stage::Final => (
            format!("Văn bản phát hành còn để trống {vi}: \"{t}\"; phải ghi đủ, ví dụ \"ngày 05 tháng 3 năm 2026\"."),
            format!("The issued document leaves the {en} blank: \"{t}\"; it needs a full date, e.g. \"ngày 05 tháng 3 năm 2026\"."),
        ),
    };
    out.push(RULE.diag(line, mv, me).with_severity(ctx.stage_severity()));
}
