use crate::diagnostic::{Diagnostic, Edit, Fix, Message, Severity};
use crate::model::document::{AsideKind, LineKind};
use crate::rules::{Ctx, DiagnosticExt, FixAvailability, Needs, Rule, Scope};
use crate::text::span::Span;

pub static RULE: Rule = Rule {
    code: "ND015",
    name: "broken-paragraph",
    severity: Severity::Info,
    fix: FixAvailability::Safe,
    needs: Needs::Text,
    scope: Scope::Nd30,
    locator: "—",
    default_on: true,
    summary_vi: docs!("Đoạn văn bắt đầu bằng chữ thường, là phần tiếp của đoạn trước bị ngắt (thường do ngắt trang)."),
    summary_en: docs!("A paragraph starts in lower case and continues the previous one (page-break artefact)."),
    docs_vi: docs!("Khi chuyển văn bản từ PDF, một đoạn văn bị ngắt ở cuối trang (kèm số trang, đầu trang) \
thành hai đoạn: đoạn sau bắt đầu bằng chữ thường (`tốt hơn, Sở Công Thương …`) và đoạn trước không kết \
thúc bằng dấu câu. Quy tắc chỉ xét đoạn văn trong phần nội dung (không xét mục liệt kê, bảng trong phụ \
lục, phần ký và nơi nhận). Sửa an toàn: nối đoạn này vào đoạn trước bằng một dấu cách."),
    docs_en: docs!("Converted from PDF, a paragraph broken at the end of a page (with the page number or \
running head) becomes two: the second starts in lower case (`tốt hơn, Sở Công Thương …`) and the first \
does not end with punctuation. Only body paragraphs are considered (not list items, appendix tables, \
the signature or recipients). Safe fix: join the paragraph to the previous one with a single space."),
    bad: docs!("Số: 05/KH-UBND\nHà Nội, ngày 15 tháng 3 năm 2026\nKẾ HOẠCH\nVề việc triển khai\n\nI. MỤC ĐÍCH\nĐể công tác quản lý được thực hiện\n\ntốt hơn, Sở Công Thương ban hành Kế hoạch này.\n"),
    good: docs!("Số: 05/KH-UBND\nHà Nội, ngày 15 tháng 3 năm 2026\nKẾ HOẠCH\nVề việc triển khai\n\nI. MỤC ĐÍCH\nĐể công tác quản lý được thực hiện tốt hơn, Sở Công Thương ban hành Kế hoạch này.\n"),
    check: crate::rules::Check::Document(check),
};

fn check(ctx: &Ctx<'_>, out: &mut Vec<Diagnostic>) {
    let body = ctx.doc.body.clone();
    // A page's footnotes stand between a paragraph broken at the page's foot and its rest on
    // the next page: the previous paragraph is the last one before them.
    let in_note = |i: usize| {
        let asides = &ctx.doc.asides;
        asides
            .iter()
            .any(|a| a.kind == AsideKind::Footnote && a.lines.contains(&i))
    };
    let mut previous: Option<usize> = None;
    for para in &ctx.doc.paragraphs {
        let Some(&cur) = para.lines.first() else {
            continue;
        };
        if in_note(cur) {
            continue;
        }
        // Its last line above a footnote that stands straight under it.
        let own: Vec<usize> = para
            .lines
            .iter()
            .copied()
            .take_while(|&k| !in_note(k))
            .collect();
        let Some(prev_last) = previous.replace(own.last().copied().unwrap_or(cur)) else {
            continue;
        };
        if !body.contains(&cur) || !body.contains(&prev_last) || cur <= prev_last {
            continue;
        }
        let (prev, line) = (ctx.line(prev_last), ctx.line(cur));
        // Only footnotes between the two, and the rest opens the next page.
        let across_notes = cur != prev_last + 1;
        if across_notes
            && (!line.page_break_before
                || in_note(prev_last)
                || !(prev_last + 1..cur).all(&in_note))
        {
            continue;
        }
        if !line.blank_before
            || !matches!(line.kind, LineKind::Paragraph)
            || line.column != 0
            || prev.column != 0
        {
            continue;
        }
        if !matches!(
            prev.kind,
            LineKind::Paragraph
                | LineKind::Dash { .. }
                | LineKind::Khoan { .. }
                | LineKind::Diem { .. }
                | LineKind::CanCu
                | LineKind::ThucHien
        ) {
            continue;
        }
        let text = ctx.s(line.span);
        let prev_text = ctx.s(prev.span).trim_end();
        if !text.chars().next().is_some_and(crate::text::fold::is_lower)
            || prev_text.ends_with(['.', ';', ':', '!', '?', ')', '"', '”'])
        {
            continue;
        }
        let first_word: String = text
            .chars()
            .take_while(|c| crate::text::fold::is_letter(*c))
            .collect();
        if first_word.chars().count() < 2 {
            continue;
        }
        let gap = Span::new(prev.span.end, line.span.start);
        let head: String = text.chars().take(40).collect();
        let d = RULE
            .diag(
                line.span,
                format!("Đoạn \"{head}…\" bắt đầu bằng chữ thường, là phần tiếp của đoạn trước bị ngắt (có thể do ngắt trang)."),
                format!("The paragraph \"{head}…\" starts in lower case and continues the previous one (probably a page break)."),
            )
            .with_related(prev.span);
        // Over footnotes, the rest of the paragraph moves up to its start; they stay.
        let edits = if across_notes {
            let rest = Span::new(
                line.span.start,
                ctx.line(*own.last().unwrap_or(&cur)).span.end,
            );
            vec![
                Edit::insert(prev.span.end, format!(" {}", ctx.s(rest))),
                Edit::delete(rest),
            ]
        } else {
            vec![Edit::replace(gap, " ")]
        };
        out.push(d.with_fix(Fix::safe(
            Message::new("Nối vào đoạn trước", "Join to the previous paragraph"),
            edits,
        )));
    }
}
