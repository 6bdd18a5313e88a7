use crate::diagnostic::{Diagnostic, Severity};
use crate::model::body::SectionKind;
use crate::rules::common::body::body_items;
use crate::rules::{Ctx, DiagnosticExt, FixAvailability, Needs, Rule, Scope};

pub static RULE: Rule = Rule {
    code: "ND016",
    name: "quyet-dinh-structure",
    severity: Severity::Error,
    fix: FixAvailability::None,
    needs: Needs::Text,
    scope: Scope::Nd30,
    locator: "PL-III mẫu 1.2",
    default_on: true,
    summary_vi: docs!("Quyết định thiếu dòng `QUYẾT ĐỊNH:` đứng trước các điều, hoặc không có điều nào."),
    summary_en: docs!("A Quyết định lacks the centred `QUYẾT ĐỊNH:` line before its Điều, or has no Điều."),
    docs_vi: docs!("Theo mẫu 1.2 Phụ lục III Nghị định 30/2020/NĐ-CP, nội dung quyết định gồm các căn cứ, dòng \
`Theo đề nghị của …`, rồi dòng `QUYẾT ĐỊNH:` căn giữa, in hoa, đậm, sau đó là các điều (`Điều 1.`, \
`Điều 2.`…). Quy tắc báo quyết định không có dòng `QUYẾT ĐỊNH:`, có dòng đó nhưng đặt sau điều đầu tiên, \
hoặc không có điều nào. Quyết định là văn bản quy phạm pháp luật ban hành bằng một câu (`Thủ tướng Chính \
phủ ban hành Quyết định quy định …`) thì không cần dòng `QUYẾT ĐỊNH:`. Dòng `QUYẾT ĐỊNH` đứng riêng trước Điều 1 mà thiếu dấu hai chấm \
được báo tại chính dòng đó. Không có sửa tự động: phải bổ sung \
nội dung."),
    docs_en: docs!("Per sample 1.2 of Phụ lục III of ND30, a decision's content is the legal bases, the \
`Theo đề nghị của …` line, then the centred bold capital line `QUYẾT ĐỊNH:`, then the articles \
(`Điều 1.`, `Điều 2.`…). The rule reports a decision without the `QUYẾT ĐỊNH:` line, with that line \
after the first article, or with no article at all. A legal normative decision enacted in a sentence \
(`Thủ tướng Chính phủ ban hành Quyết định quy định …`) needs no `QUYẾT ĐỊNH:` line. A `QUYẾT ĐỊNH` line alone before Article 1 without its \
colon is reported on that line. No fix: content must be added."),
    bad: docs!("QUYẾT ĐỊNH\nVề việc thành lập Tổ công tác\n\nCăn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;\nĐiều 1. Thành lập Tổ công tác.\nĐiều 2. Quyết định này có hiệu lực kể từ ngày ký.\n"),
    good: docs!("QUYẾT ĐỊNH\nVề việc thành lập Tổ công tác\n\nCăn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;\n\nQUYẾT ĐỊNH:\nĐiều 1. Thành lập Tổ công tác.\nĐiều 2. Quyết định này có hiệu lực kể từ ngày ký.\n"),
    check: crate::rules::Check::Document(check),
};

fn check(ctx: &Ctx<'_>, out: &mut Vec<Diagnostic>) {
    let Some(title) = &ctx.doc.title else { return };
    if title.doc_type.is_none_or(|t| t.name != "QUYẾT ĐỊNH") {
        return;
    }
    let type_span = ctx.line(title.type_line).span;
    let first_dieu = body_items(ctx)
        .into_iter()
        .find(|i| i.kind == SectionKind::Dieu)
        .map(|i| i.line);
    match (ctx.doc.enacting, first_dieu) {
        (_, None) => out.push(RULE.diag(
            type_span,
            "Quyết định không có điều nào: nội dung quyết định được trình bày thành các điều (\"Điều 1. …\") sau dòng \"QUYẾT ĐỊNH:\".",
            "The decision has no article: a decision's content is laid out as articles (\"Điều 1. …\") after the \"QUYẾT ĐỊNH:\" line.",
        )),
        // A legal decision enacts in a sentence, not a line (`Thủ tướng Chính phủ ban hành
        // Quyết định quy định …`, Luật 64/2025).
        (None, Some(d)) if enacts_in_a_sentence(ctx, title.type_line, d) => {}
        // The enacting line is there but lost its colon (`QUYẾT ĐỊNH` alone above the articles):
        // reported where it stands.
        (None, Some(d)) => out.push(match colonless_enacting(ctx, title.type_line, d) {
            Some(e) => RULE.diag(
                ctx.line(e).span,
                "Dòng \"QUYẾT ĐỊNH\" trước Điều 1 thiếu dấu hai chấm; đúng là \"QUYẾT ĐỊNH:\".",
                "The \"QUYẾT ĐỊNH\" line before Article 1 lacks its colon; write \"QUYẾT ĐỊNH:\".",
            ),
            None => RULE
                .diag(
                    ctx.line(d).span,
                    "Quyết định thiếu dòng \"QUYẾT ĐỊNH:\" (căn giữa, in hoa, đậm) trước Điều 1.",
                    "The decision lacks the \"QUYẾT ĐỊNH:\" line (centred, bold capitals) before Article 1.",
                )
                .with_related(type_span),
        }),
        (Some(e), Some(d)) if e > d => out.push(
            RULE.diag(
                ctx.line(e).span,
                "Dòng \"QUYẾT ĐỊNH:\" đứng sau điều đầu tiên; dòng này phải đứng trước Điều 1.",
                "The \"QUYẾT ĐỊNH:\" line comes after the first article; it must precede Article 1.",
            )
            .with_related(ctx.line(d).span),
        ),
        _ => {}
    }
}

/// A line between the title and the first article that is the enacting word alone, without
/// its colon.
fn colonless_enacting(ctx: &Ctx<'_>, title: usize, first_dieu: usize) -> Option<usize> {
    (title + 1..first_dieu).find(|&i| {
        let t = ctx.line_text(i).trim();
        ctx.line(i).kind == crate::model::document::LineKind::Paragraph
            && (crate::text::fold::fold_case(t) == "quyết định"
                // A scan's slip in its marks (`QUYÉT ĐỊNH`): the same line.
                || crate::recognize::clues::is_colonless_enacting(t)
                    && crate::text::fold::skeleton(t).starts_with("quyet dinh"))
    })
}

/// Whether a line between the title and the first article enacts the decision in words.
fn enacts_in_a_sentence(ctx: &Ctx<'_>, title: usize, first_dieu: usize) -> bool {
    // The sentence opens a paragraph of its own (a căn cứ may cite a decision `ban hành
    // Quyết định …` too) and names the enacting authority first.
    (title + 1..first_dieu).any(|i| {
        let f = crate::text::fold::fold_case(ctx.line_text(i));
        ctx.line(i).kind == crate::model::document::LineKind::Paragraph
            && f.find("ban hành quyết định").is_some_and(|at| at <= 80)
            && !["căn cứ", "xét", "theo", "-", "+"]
                .iter()
                .any(|p| f.trim_start().starts_with(p))
    })
}
