use crate::diagnostic::{Diagnostic, Edit, Fix, Message, Severity};
use crate::model::document::LineKind;
use crate::rules::{Ctx, DiagnosticExt, FixAvailability, Needs, Rule, Scope};
use crate::text::case;
use crate::text::fold::is_upper;
use crate::text::span::Span;

pub static RULE: Rule = Rule {
    code: "PL001",
    name: "appendix-heading",
    severity: Severity::Warning,
    fix: FixAvailability::SafeSometimes,
    needs: Needs::Text,
    scope: Scope::Nd30,
    locator: "PL-I III.1",
    default_on: true,
    summary_vi: docs!("Tiêu đề phụ lục sai dạng: `Phụ lục` không đứng riêng một dòng, nhiều phụ lục mà không đánh số La Mã, tên phụ lục không viết in hoa, thiếu dòng `(Kèm theo …)`."),
    summary_en: docs!("`Phụ lục` heading malformed: not on its own line, several appendices without Roman numbers, title line not in capitals, no `(Kèm theo …)` reference line."),
    docs_vi: docs!("Phụ lục I Nghị định 30/2020/NĐ-CP (mục III.1): từ `Phụ lục` và số thứ tự La Mã (khi có từ \
hai phụ lục) đứng riêng một dòng; tên phụ lục ở dòng dưới, viết in hoa; dưới tên là dòng chỉ dẫn \
`(Kèm theo Quyết định số …/QĐ-… ngày … của …)`. Quy tắc báo: tên phụ lục viết cùng dòng với `Phụ lục` \
(`Phụ lục: DANH SÁCH …`; sửa an toàn: xuống dòng), văn bản có nhiều phụ lục mà có phụ lục không đánh \
số, tên phụ lục không viết in hoa (sửa an toàn: viết in hoa), thiếu dòng `(Kèm theo …)`. Số thứ tự và dòng \
`(Kèm theo …)` còn thiếu không có sửa tự động: công cụ không tự điền."),
    docs_en: docs!("Phụ lục I of ND30 (III.1): the word `Phụ lục` and its Roman number (when there are two or \
more) stand on their own line; the title follows on the next line in capitals; below it, the reference \
line `(Kèm theo Quyết định số …/QĐ-… ngày … của …)`. Reported: the title on the `Phụ lục` line \
(`Phụ lục: DANH SÁCH …`; safe fix: break the line), several appendices of which one is unnumbered, a \
title not in capitals (safe fix: capitalise), no `(Kèm theo …)` line. A missing number or `(Kèm theo …)` \
line gets no fix: the tool does not invent them."),
    bad: docs!("Số: 05/KH-UBND\nHà Nội, ngày 15 tháng 3 năm 2026\nKẾ HOẠCH\nVề việc triển khai\n\nI. MỤC ĐÍCH\nTriển khai các nhiệm vụ tại Phụ lục kèm theo.\n\nPhụ lục: DANH SÁCH NHIỆM VỤ\n(Kèm theo Kế hoạch số 05/KH-UBND ngày 15/3/2026 của Ủy ban nhân dân tỉnh)\n"),
    good: docs!("Số: 05/KH-UBND\nHà Nội, ngày 15 tháng 3 năm 2026\nKẾ HOẠCH\nVề việc triển khai\n\nI. MỤC ĐÍCH\nTriển khai các nhiệm vụ tại Phụ lục kèm theo.\n\nPHỤ LỤC\nDANH SÁCH NHIỆM VỤ\n(Kèm theo Kế hoạch số 05/KH-UBND ngày 15/3/2026 của Ủy ban nhân dân tỉnh)\n"),
    check: crate::rules::Check::Document(check),
};

fn check(ctx: &Ctx<'_>, out: &mut Vec<Diagnostic>) {
    let several = ctx.doc.appendices.len() > 1;
    let any_run_together = ctx
        .doc
        .appendices
        .iter()
        .any(|a| a.reference == Some(a.heading));
    for a in &ctx.doc.appendices {
        let heading = ctx.line(a.heading);
        let LineKind::PhuLuc { number, rest } = &heading.kind else {
            // An attachment headed only by its title (`DỰ TOÁN`): nothing to say about the heading.
            continue;
        };
        let rest_text = ctx.s(*rest).trim();
        // A heading that holds its own reference was run together by an OCR or a converter:
        // its lines are not the author's, nor are the other headings' of that document (the
        // same converter).
        let run_together = any_run_together;
        let title_inline = !run_together && rest_text.chars().any(crate::text::fold::is_letter);
        if title_inline {
            let head_end =
                number.map_or(heading.span.start + "Phụ lục".len() as u32, |n| n.end);
            let gap = Span::new(
                head_end,
                rest.start + (ctx.s(*rest).len() - ctx.s(*rest).trim_start().len()) as u32,
            );
            let mut d = RULE.diag(
                heading.span,
                format!("Tên phụ lục viết cùng dòng với chữ \"Phụ lục\": \"{}\"; tên phụ lục đứng ở dòng riêng, viết in hoa.", ctx.s(heading.span)),
                format!("The appendix title is on the \"Phụ lục\" line: \"{}\"; the title stands on its own line, in capitals.", ctx.s(heading.span)),
            );
            if gap.end >= gap.start && is_upper(rest_text) {
                d = d.with_fix(Fix::safe(
                    Message::new(
                        "Đưa tên phụ lục xuống dòng",
                        "Put the title on its own line",
                    ),
                    vec![Edit::replace(gap, "\n")],
                ));
            }
            out.push(d);
        }
        // Several appendices number in Roman figures; an Arabic `PHỤ LỤC 2` is none.
        let arabic = number.is_some_and(|n| ctx.s(n).bytes().all(|b| b.is_ascii_digit()));
        if several && (number.is_none() || arabic) {
            out.push(RULE.diag(
                heading.span,
                "Văn bản có nhiều phụ lục nhưng phụ lục này không có số thứ tự La Mã (Phụ lục I, Phụ lục II, …).",
                "The document has several appendices but this one has no Roman number (Phụ lục I, Phụ lục II, …).",
            ));
        }
        // The title line: the line after the heading, before the reference line.
        if !title_inline && !run_together {
            let end = a.reference.unwrap_or(a.lines.end.min(a.heading + 2));
            if let Some(t) = (a.heading + 1..end).next() {
                let line = ctx.line(t);
                let s = ctx.s(line.span);
                let letters = s.chars().any(crate::text::fold::is_letter);
                if matches!(line.kind, LineKind::Paragraph)
                    && letters
                    && !is_upper(s)
                    && a.reference.is_some()
                {
                    let upper: String = s.chars().map(case::upper).collect();
                    out.push(
                        RULE.diag(
                            line.span,
                            format!("Tên phụ lục \"{s}\" không viết in hoa."),
                            format!("The appendix title \"{s}\" is not in capitals."),
                        )
                        .with_fix(Fix::safe(
                            Message::new("Viết in hoa tên phụ lục", "Capitalise the title"),
                            vec![Edit::replace(line.span, upper)],
                        )),
                    );
                }
            }
        }
        if a.reference.is_none() {
            out.push(RULE.diag(
                heading.span,
                "Phụ lục thiếu dòng chỉ dẫn \"(Kèm theo … số … ngày … của …)\" dưới tên phụ lục.",
                "The appendix has no \"(Kèm theo … số … ngày … của …)\" reference line under its title.",
            ));
        }
    }
}
