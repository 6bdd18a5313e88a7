//! TB009: sizes within their ranges that do not scale together (Quốc hiệu, Tiêu ngữ, date line).
use crate::diagnostic::{Diagnostic, Severity};
use crate::rules::common::formatting::{components, pt, Component};
use crate::rules::{Ctx, DiagnosticExt, FixAvailability, Needs, Rule, Scope};

pub static RULE: Rule = Rule {
    code: "TB009",
    name: "size-consistency",
    severity: Severity::Warning,
    fix: FixAvailability::None,
    needs: Needs::Formatting,
    scope: Scope::Nd30,
    locator: "PL-I V",
    default_on: true,
    summary_vi: docs!("Cỡ chữ các thành phần tuy trong khoảng cho phép nhưng không tăng, giảm thống nhất."),
    summary_en: docs!("Sizes within the allowed ranges do not scale together across components."),
    docs_vi: docs!("Cỡ chữ trong cùng một văn bản tăng, giảm phải thống nhất: Quốc hiệu 13 thì Tiêu ngữ 14 và \
địa danh, ngày tháng 14; Quốc hiệu 12 thì Tiêu ngữ 13 và địa danh, ngày tháng 13 (chú thích mục V Phụ lục I \
Nghị định 30/2020/NĐ-CP). Quy tắc so cỡ chữ của ba dòng này khi mỗi dòng đã nằm trong khoảng của nó (cỡ \
ngoài khoảng là lỗi TB002). Không tự sửa: không biết nên theo cỡ nào. Cần tệp .docx."),
    docs_en: docs!("Sizes scale together within a document: national title 13 with motto 14 and date line 14, or \
national title 12 with motto 13 and date line 13 (note to Phụ lục I V of ND30). The rule compares these \
three lines when each is within its own range (a size outside it is TB002). No fix: which scale was \
meant is unknown. Needs a .docx."),
    bad: docs!("(national title 13 pt, motto 13 pt)"),
    good: docs!("(national title 13 pt, motto 14 pt, date line 14 pt)"),
    check: crate::rules::Check::Document(check),
};

fn check(ctx: &Ctx<'_>, out: &mut Vec<Diagnostic>) {
    let Some(styled) = &ctx.doc.styled else {
        return;
    };
    // The size of a line when all its word runs share one size within the component's range.
    let size_of = |line: usize, component: Component| -> Option<(f32, crate::text::span::Span)> {
        let e = component.expected();
        let span = ctx.line(line).span;
        let mut sizes = styled
            .word_runs(ctx.text, span)
            .map(|(_, _, r)| r.font_size_pt);
        let first = sizes.next()??;
        let same = sizes.all(|s| s.is_some_and(|s| (s - first).abs() < 0.01));
        let inside = first >= e.min_pt - 0.01 && first <= e.max_pt + 0.01;
        (same && inside).then(|| {
            (
                first,
                crate::rules::common::formatting::trimmed(ctx.text, span),
            )
        })
    };
    let all = components(ctx.doc);
    let find = |c: Component| {
        all.iter()
            .find(|(_, k)| *k == c)
            .and_then(|&(l, k)| size_of(l, k))
    };
    let (Some((quoc_hieu, qh_span)), Some((tieu_ngu, tn_span))) =
        (find(Component::QuocHieu), find(Component::TieuNgu))
    else {
        return;
    };
    if (tieu_ngu - (quoc_hieu + 1.0)).abs() > 0.01 {
        out.push(
            RULE.diag(
                tn_span,
                format!(
                    "Quốc hiệu cỡ {} pt nhưng Tiêu ngữ cỡ {} pt; cỡ chữ phải thống nhất: Quốc hiệu 13 với Tiêu ngữ 14, hoặc 12 với 13.",
                    pt(quoc_hieu),
                    pt(tieu_ngu)
                ),
                format!(
                    "The national title is {} pt but the motto {} pt; sizes scale together: title 13 with motto 14, or 12 with 13.",
                    pt(quoc_hieu),
                    pt(tieu_ngu)
                ),
            )
            .with_related(qh_span),
        );
        return;
    }
    if let Some((date, date_span)) = find(Component::PlaceDate) {
        if (date - tieu_ngu).abs() > 0.01 {
            out.push(
                RULE.diag(
                    date_span,
                    format!(
                        "Dòng địa danh, ngày tháng cỡ {} pt nhưng Tiêu ngữ cỡ {} pt; hai dòng này cùng cỡ (Quốc hiệu {} pt).",
                        pt(date),
                        pt(tieu_ngu),
                        pt(quoc_hieu)
                    ),
                    format!(
                        "The place and date line is {} pt but the motto {} pt; they take the same size (title {} pt).",
                        pt(date),
                        pt(tieu_ngu),
                        pt(quoc_hieu)
                    ),
                )
                .with_related(tn_span),
            );
        }
    }
}
