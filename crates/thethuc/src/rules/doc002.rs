use crate::diagnostic::Severity;
use crate::model::document::Regime;
use crate::rules::{Ctx, FixAvailability, Needs, Rule, Scope};

pub static RULE: Rule = Rule {
    code: "DOC002",
    name: "other-regime",
    severity: Severity::Info,
    fix: FixAvailability::None,
    needs: Needs::Text,
    scope: Scope::Document,
    locator: "Đ1",
    default_on: true,
    summary_vi: "Văn bản của Đảng hoặc văn bản quy phạm pháp luật: không thuộc phạm vi quy tắc Nghị định 30.",
    summary_en: "Party or legal normative document: outside the ND30 rule pack.",
    docs_vi: docs!("Nghị định 30/2020/NĐ-CP chỉ điều chỉnh văn bản hành chính. Văn bản của Đảng (tiêu đề \
`ĐẢNG CỘNG SẢN VIỆT NAM`, số `Số 12-KH/TU`) theo Hướng dẫn 36-HD/VPTW; văn bản của Đoàn TNCS Hồ Chí Minh \
(tiêu đề `ĐOÀN TNCS HỒ CHÍ MINH`) theo thể thức riêng của Đoàn, mô phỏng văn bản của Đảng; văn bản quy phạm pháp luật \
(số có năm, `Số: 28/2025/QĐ-UBND`) theo Luật Ban hành VBQPPL. Chưa có bộ quy tắc cho các loại này, \
nên văn bản được báo một lần và các quy tắc của Nghị định 30 không chạy."),
    docs_en: docs!("ND30 governs administrative documents only. Party documents (heading `ĐẢNG CỘNG SẢN VIỆT NAM`, \
number `Số 12-KH/TU`) follow Hướng dẫn 36-HD/VPTW; the Ho Chi Minh Communist Youth Union's (heading \
`ĐOÀN TNCS HỒ CHÍ MINH`) follow the Union's own format, modelled on the Party's; legal normative documents (the number carries the \
year, `Số: 28/2025/QĐ-UBND`) follow the law on legal documents. No rule pack exists for them yet, so \
the document is reported once and the ND30 rules do not run."),
    bad: "TỈNH ỦY LÀO CAI\nĐẢNG CỘNG SẢN VIỆT NAM\nSố 12-KH/TU\n",
    good: "UBND TỈNH LÀO CAI\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSố: 12/KH-UBND\n",
    check,
};

fn check(ctx: &Ctx<'_>, out: &mut Vec<crate::diagnostic::Diagnostic>) {
    let at = ctx
        .doc
        .header
        .party_heading
        .or(ctx.doc.header.so)
        .map_or_else(|| ctx.missing_anchor(), |i| ctx.line(i).span);
    match ctx.doc.regime {
        Regime::Nd30 => {}
        Regime::Party if youth_union_heading(ctx) => out.push(RULE.diag(
            at,
            "Văn bản của Đoàn TNCS Hồ Chí Minh (thể thức riêng của Đoàn, theo mẫu văn bản của Đảng): chưa có bộ quy tắc, các quy tắc của Nghị định 30 không áp dụng.",
            "Document of the Ho Chi Minh Communist Youth Union (the Union's own format, modelled on the Party's): no rule pack yet; the ND30 rules do not apply.",
        )),
        Regime::Party => out.push(RULE.diag(
            at,
            "Văn bản của Đảng (theo Hướng dẫn 36-HD/VPTW): chưa có bộ quy tắc, các quy tắc của Nghị định 30 không áp dụng.",
            "Party document (Hướng dẫn 36-HD/VPTW): no rule pack yet; the ND30 rules do not apply.",
        )),
        Regime::Qppl => out.push(RULE.diag(
            at,
            "Văn bản quy phạm pháp luật (số có năm ban hành): chưa có bộ quy tắc, các quy tắc của Nghị định 30 không áp dụng.",
            "Legal normative document (the number carries the year): no rule pack yet; the ND30 rules do not apply.",
        )),
    }
}

/// Whether the Party-style heading is the Youth Union's (`ĐOÀN TNCS HỒ CHÍ MINH`).
fn youth_union_heading(ctx: &Ctx<'_>) -> bool {
    ctx.doc.header.party_heading.is_some_and(|i| {
        crate::text::fold::skeleton(ctx.line_text(i))
            .trim_start()
            .starts_with("doan")
    })
}
