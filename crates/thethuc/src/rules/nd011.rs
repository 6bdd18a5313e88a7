use crate::diagnostic::{Diagnostic, Fix, Message, Severity};
use crate::model::body::Citation;
use crate::rules::common::citations::{edit_distance, numbered_citations, short_key};
use crate::rules::{Ctx, DiagnosticExt, FixAvailability, Needs, Rule, Scope};
use crate::text::fold::skeleton;
use crate::text::span::Span;

pub static RULE: Rule = Rule {
    code: "ND011",
    name: "citation-inconsistent",
    severity: Severity::Error,
    fix: FixAvailability::Unsafe,
    needs: Needs::Text,
    scope: Scope::Nd30,
    locator: "— (consistency)",
    default_on: true,
    summary_vi: docs!("Cùng một văn bản được viện dẫn với thông tin mâu thuẫn (cùng số và loại nhưng khác ký hiệu cơ quan hoặc khác ngày)."),
    summary_en: docs!("The same document cited with conflicting details (same number and type, different issuer code or date)."),
    docs_vi: docs!("Một văn bản chỉ có một số, ký hiệu và một ngày ban hành. Khi cùng số và cùng chữ viết tắt tên \
loại (`176/QĐ-…`) được viện dẫn hai lần với phần ký hiệu cơ quan gần giống nhau nhưng khác nhau \
(`176/QĐ-SKHCN` và `176/QĐ-SKHHCN`), hoặc cùng số, ký hiệu nhưng khác ngày (`1050/QĐ-SCT ngày 06/3/2026` \
và `1050/QĐ-SCT ngày 06/3/2025`), ít nhất một chỗ đã ghi sai. Ký hiệu cơ quan khác hẳn nhau (`QĐ-UBND` và \
`QĐ-SCT`), khác nhau quá một chữ (`UBND` và `HĐND`), ký hiệu ngắn (`SNV` và `SNN`) hoặc kèm ngày khác nhau \
là hai văn bản khác nhau, không báo. Việc so với số, ngày của chính văn bản (dòng `Kèm theo` của \
phụ lục) thuộc PL003. Sửa không an toàn: ghi theo lần viện dẫn đầu tiên (chưa chắc lần đầu là đúng)."),
    docs_en: docs!("A document has one number and code and one date. When the same number and type \
abbreviation (`176/QĐ-…`) are cited twice with nearly but not exactly the same issuer code \
(`176/QĐ-SKHCN` and `176/QĐ-SKHHCN`), or the same number and code with different dates \
(`1050/QĐ-SCT ngày 06/3/2026` and `1050/QĐ-SCT ngày 06/3/2025`), at least one is wrong. Clearly \
different issuer codes (`QĐ-UBND` and `QĐ-SCT`), codes more than one letter apart (`UBND` and `HĐND`), \
short codes (`SNV` and `SNN`) or codes cited with different dates are two documents and are not reported. Comparing with \
the document's own number and date (an appendix's `Kèm theo` line) is PL003's job. Unsafe fix: align \
with the first citation (which is not necessarily the right one)."),
    bad: docs!("Số: 05/KH-UBND\nHà Nội, ngày 15 tháng 3 năm 2026\nKẾ HOẠCH\nVề việc triển khai\n\nThực hiện Quyết định số 1050/QĐ-SCT ngày 06/3/2026 của Giám đốc Sở Công Thương.\nTheo Quyết định số 1050/QĐ-SCT ngày 06/3/2025 của Giám đốc Sở Công Thương.\n"),
    good: docs!("Số: 05/KH-UBND\nHà Nội, ngày 15 tháng 3 năm 2026\nKẾ HOẠCH\nVề việc triển khai\n\nThực hiện Quyết định số 1050/QĐ-SCT ngày 06/3/2026 của Giám đốc Sở Công Thương.\nTheo Quyết định số 1050/QĐ-SCT.\n"),
    check: crate::rules::Check::Document(check),
};

/// The code groups after the type abbreviation (`SKHCN` in `QĐ-SKHCN`), as written.
fn issuer_code(_ctx: &Ctx<'_>, c: &Citation) -> Option<Span> {
    let first = c.code_parts.get(1)?;
    let last = c.code_parts.last()?;
    Some(Span::new(first.start, last.end))
}

fn check(ctx: &Ctx<'_>, out: &mut Vec<Diagnostic>) {
    let cites = numbered_citations(ctx);
    let mut groups: Vec<(String, Vec<(&Citation, String)>)> = Vec::new();
    for (c, key) in cites {
        let Some(short) = short_key(ctx, c) else {
            continue;
        };
        match groups.iter_mut().find(|(k, _)| *k == short) {
            Some((_, v)) => v.push((c, key)),
            None => groups.push((short, vec![(c, key)])),
        }
    }
    for (_, group) in &groups {
        let Some((first, first_key)) = group.first() else {
            continue;
        };
        for (c, key) in group.iter().skip(1) {
            if key != first_key {
                // Near-identical issuer codes: a typo in one of them.
                let (Some(a), Some(b)) = (issuer_code(ctx, first), issuer_code(ctx, c)) else {
                    continue;
                };
                let (sa, sb) = (skeleton(ctx.s(a)), skeleton(ctx.s(b)));
                let d = edit_distance(&sa, &sb);
                // One slip of the keyboard (`SKHCN`/`SKHHCN`); `UBND`/`HĐND` or `SNV`/`SNN` are
                // different issuers, and two different dates mean two documents.
                let dates_differ = matches!((first.date, c.date),
                    (Some(x), Some(y)) if (x.day, x.month, x.year) != (y.day, y.month, y.year));
                if d != 1 || sa.chars().count().min(sb.chars().count()) < 4 || dates_differ {
                    continue;
                }
                let (ta, tb) = (ctx.s(a), ctx.s(b));
                out.push(
                    RULE.diag(
                        b,
                        format!("Cùng văn bản số {} được viện dẫn với ký hiệu khác nhau: \"{tb}\" ở đây, \"{ta}\" ở lần viện dẫn trước; kiểm tra lại ký hiệu.", ctx.s(c.number.unwrap_or_default())),
                        format!("The same document number {} is cited with different codes: \"{tb}\" here, \"{ta}\" earlier; check the code.", ctx.s(c.number.unwrap_or_default())),
                    )
                    .with_related(a)
                    .with_fix(Fix::unsafe_(
                        Message::new(format!("Ghi \"{ta}\" như lần viện dẫn trước"), format!("Write \"{ta}\" as cited earlier")),
                        vec![crate::diagnostic::Edit::replace(b, ta)],
                    )),
                );
                continue;
            }
            // Same number and code: the dates must agree.
            let Some(d) = c.date else { continue };
            let Some((earlier, ed)) = group
                .iter()
                .take_while(|(x, _)| x.span.start < c.span.start)
                .filter(|(x, k)| k == key && x.date.is_some())
                .find_map(|(x, _)| x.date.map(|xd| (x, xd)))
            else {
                continue;
            };
            if (ed.day, ed.month, ed.year) == (d.day, d.month, d.year) {
                continue;
            }
            let what = crate::rules::common::citations::cite_text(ctx, c);
            let (td, te) = (ctx.s(d.span), ctx.s(ed.span));
            let _ = earlier;
            out.push(
                RULE.diag(
                    d.span,
                    format!("\"{what}\" được viện dẫn với ngày khác nhau: \"{td}\" ở đây, \"{te}\" ở lần viện dẫn trước; kiểm tra lại ngày ban hành."),
                    format!("\"{what}\" is cited with different dates: \"{td}\" here, \"{te}\" earlier; check the date."),
                )
                .with_related(ed.span)
                .with_fix(Fix::unsafe_(
                    Message::new(format!("Ghi \"{te}\" như lần viện dẫn trước"), format!("Write \"{te}\" as cited earlier")),
                    vec![crate::diagnostic::Edit::replace(d.span, te)],
                )),
            );
        }
    }
}
