use crate::diagnostic::{Diagnostic, Severity};
use crate::model::document::LineKind;
use crate::rules::{Ctx, DiagnosticExt, FixAvailability, Needs, Rule, Scope};

pub static RULE: Rule = Rule {
    code: "NG006",
    name: "date-before-cited",
    severity: Severity::Error,
    fix: FixAvailability::None,
    needs: Needs::Text,
    scope: Scope::Nd30,
    locator: "— (consistency)",
    default_on: true,
    summary_vi: docs!("Văn bản mang ngày ban hành sớm hơn ngày của văn bản mà nó viện dẫn."),
    summary_en: docs!("The document is dated before a document it cites."),
    docs_vi: docs!("Một văn bản không thể căn cứ hay viện dẫn văn bản ban hành sau nó. Khi ngày của văn bản \
được viện dẫn (`Quyết định số 10/QĐ-UBND ngày 10/02/2026`) muộn hơn ngày ban hành ghi ở dòng địa danh, \
một trong hai ngày đã ghi sai. Với dự thảo để trống ngày (hoặc cả ngày và tháng), quy tắc so với ngày \
cuối cùng của tháng (hoặc năm) còn có thể ghi, nên chỉ báo khi chắc chắn mâu thuẫn."),
    docs_en: docs!("A document cannot rest on or cite a document issued after it. When a cited date \
(`Quyết định số 10/QĐ-UBND ngày 10/02/2026`) is later than the date on the place-date line, one of the \
two is wrong. In a draft with a blank day (or day and month), the rule compares with the last day of \
that month (or year), so it only reports a certain contradiction."),
    bad: docs!("Số: 05/KH-UBND\nHà Nội, ngày 05 tháng 01 năm 2026\nKẾ HOẠCH\nVề việc triển khai\n\nCăn cứ Quyết định số 10/QĐ-UBND ngày 10/02/2026 của Ủy ban nhân dân tỉnh;\n"),
    good: docs!("Số: 05/KH-UBND\nHà Nội, ngày 15 tháng 02 năm 2026\nKẾ HOẠCH\nVề việc triển khai\n\nCăn cứ Quyết định số 10/QĐ-UBND ngày 10/02/2026 của Ủy ban nhân dân tỉnh;\n"),
    check: crate::rules::Check::Document(check),
};

fn days_in_month(month: u32, year: u32) -> u32 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if (year.is_multiple_of(4) && !year.is_multiple_of(100)) || year.is_multiple_of(400) => {
            29
        }
        2 => 28,
        _ => 31,
    }
}

/// The latest date the document's own date line allows, as (year, month, day).
fn latest_own_date(ctx: &Ctx<'_>) -> Option<(u32, u32, u32)> {
    let i = ctx.doc.header.place_date?;
    let LineKind::PlaceDate(d) = ctx.kind(i) else {
        return None;
    };
    let num = |s: Option<crate::text::span::Span>| s.and_then(|s| ctx.s(s).parse::<u32>().ok());
    let year = num(d.year)?;
    let month = num(d.month).filter(|m| (1..=12).contains(m));
    let day = num(d.day).filter(|d| (1..=31).contains(d));
    Some(match (month, day) {
        (Some(m), Some(dd)) => (year, m, dd),
        (Some(m), None) => (year, m, days_in_month(m, year)),
        (None, _) => (year, 12, 31),
    })
}

fn check(ctx: &Ctx<'_>, out: &mut Vec<Diagnostic>) {
    let Some(own) = latest_own_date(ctx) else {
        return;
    };
    let own_line = ctx.doc.header.place_date.map(|i| ctx.line(i).span);
    for c in &ctx.doc.citations {
        let Some(d) = c.date else { continue };
        let cited = (u32::from(d.year), u32::from(d.month), u32::from(d.day));
        if cited <= own {
            continue;
        }
        let what = ctx.s(c.span);
        let date = ctx.s(d.span);
        let mut diag = RULE.diag(
            d.span,
            format!(
                "Văn bản viện dẫn \"{what}\" mang {date}, muộn hơn ngày ban hành của chính văn bản này; kiểm tra lại một trong hai ngày."
            ),
            format!("The document cites \"{what}\" dated {date}, later than its own date; check one of the two dates."),
        );
        if let Some(s) = own_line {
            diag = diag.with_related(s);
        }
        out.push(diag);
    }
}
