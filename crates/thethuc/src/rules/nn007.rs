use crate::diagnostic::{Edit, Fix, Message, Severity};
use crate::model::document::LineKind;
use crate::rules::common::recipients::end_fix;
use crate::rules::{Ctx, DiagnosticExt, FixAvailability, Needs, Rule, Scope};
use crate::text::span::Span;

pub static RULE: Rule = Rule {
    code: "NN007",
    name: "kinh-gui-form",
    severity: Severity::Error,
    fix: FixAvailability::SafeSometimes,
    needs: Needs::Text,
    scope: Scope::Nd30,
    locator: "PL-I II.9",
    default_on: true,
    summary_vi: docs!("`Kính gửi` thiếu dấu hai chấm, hoặc nhiều nơi nhận không viết mỗi nơi một dòng `- X;`, dòng cuối kết thúc bằng `.`."),
    summary_en: docs!("`Kính gửi` without colon; several addressees not one per line as `- X;` with the last ending in `.`."),
    docs_vi: docs!("Phụ lục I (mục II.9) Nghị định 30/2020/NĐ-CP: sau `Kính gửi` có dấu hai chấm. Gửi một nơi thì \
viết cùng dòng: `Kính gửi: Bộ Nội vụ` (dòng địa chỉ trong ngoặc ở dưới được chấp nhận). Gửi nhiều nơi \
thì mỗi nơi (hoặc nhóm) một dòng, đầu dòng là `- `, cuối dòng là `;`, dòng cuối cùng kết thúc bằng \
dấu chấm. Báo lỗi khi thiếu dấu hai chấm, khi nhiều nơi viết chung một dòng ngăn bởi `;`, khi một dòng \
nơi nhận không bắt đầu bằng `- ` hoặc kết thúc sai dấu. Nơi nhận viết trên hai dòng được xét ở dòng \
cuối của nó. Sửa tự động: thêm dấu hai chấm, sửa đầu dòng và dấu cuối dòng; không tự tách dòng."),
    docs_en: docs!("Phụ lục I (II.9) of ND30: `Kính gửi` is followed by a colon. A single addressee goes on the \
same line: `Kính gửi: Bộ Nội vụ` (an address in brackets underneath is accepted). Several addressees \
go one per line (or group), each starting with `- ` and ending with `;`, the last one with a period. \
Reported: no colon; several addressees on one line separated by `;`; an addressee line that does not \
start with `- ` or ends with the wrong mark. An addressee wrapped onto two lines is judged on its last \
line. Safe fixes: the colon, the line start and the final mark; lines are never split."),
    bad: docs!("Số: 05/SCT-VP\nV/v báo cáo\nKính gửi Sở Tài chính\n\nNội dung.\n"),
    good: docs!("Số: 05/SCT-VP\nV/v báo cáo\nKính gửi:\n- Sở Tài chính;\n- Sở Nội vụ.\n\nNội dung.\n"),
    check: crate::rules::Check::Document(check),
};

/// The wrapped end of the last addressee (`trên địa bàn tỉnh.`), not the first body paragraph.
fn looks_continued(t: &str) -> bool {
    t.chars().next().is_some_and(crate::text::fold::is_lower)
        || (t.chars().count() < 60 && t.ends_with('.'))
}

fn check(ctx: &Ctx<'_>, out: &mut Vec<crate::diagnostic::Diagnostic>) {
    let doc = ctx.doc;
    let Some(kg) = &doc.kinh_gui else {
        return;
    };
    let LineKind::KinhGui { label, colon, rest } = ctx.kind(kg.label) else {
        return;
    };
    let label_line = ctx.line(kg.label).span;
    let label_text = ctx.s(*label);
    if colon.is_none() && !ctx.s(*rest).trim_start_matches(['*', '_']).starts_with(':') {
        let gap = Span::new(label.end, rest.start);
        let t = ctx.s(label_line);
        out.push(
            RULE.diag(
                label_line,
                format!("Thiếu dấu hai chấm sau \"{label_text}\": \"{t}\"."),
                format!("No colon after \"{label_text}\": \"{t}\"."),
            )
            .with_fix(Fix::safe(
                Message::new(
                    format!("Viết \"{label_text}:\""),
                    format!("Write \"{label_text}:\""),
                ),
                vec![Edit::replace(gap, if rest.is_empty() { ":" } else { ": " })],
            )),
        );
    }
    // Several addressees on the label's line.
    let same_line = ctx.s(*rest).trim_end().trim_end_matches([';', '.']);
    if same_line.contains(';') {
        let t = ctx.s(label_line);
        out.push(RULE.diag(
            label_line,
            format!(
                "\"{t}\": gửi nhiều nơi thì mỗi nơi viết một dòng, bắt đầu bằng \"- \", kết thúc bằng \";\", dòng cuối bằng \".\"."
            ),
            format!(
                "\"{t}\": several addressees go one per line, each starting with \"- \" and ending with \";\", the last with \".\"."
            ),
        ));
    }
    if kg.items.len() < 2 {
        return;
    }
    let n = kg.items.len();
    for (k, &first) in kg.items.iter().enumerate() {
        // The addressee's last line: its continuation lines run up to the next addressee.
        let mut last = first;
        let limit = kg.items.get(k + 1).copied().unwrap_or(doc.lines.len());
        while last + 1 < limit {
            let next = ctx.line(last + 1);
            let open = !ctx.line_text(last).trim_end().ends_with([';', '.']);
            let next_text = ctx.line_text(last + 1);
            // Across a blank line (a scan's double spacing) only an open addressee goes on,
            // into a line that opens in lower case.
            let across_blank = open
                && next_text
                    .trim_start()
                    .chars()
                    .next()
                    .is_some_and(crate::text::fold::is_lower);
            let continues = matches!(next.kind, LineKind::Paragraph)
                && next.column == ctx.line(first).column
                && if next.blank_before {
                    across_blank
                } else {
                    k + 1 < n || open && looks_continued(next_text)
                };
            if !continues {
                break;
            }
            last += 1;
        }
        if let LineKind::Dash { rest, .. } = ctx.kind(first) {
            let head = Span::new(ctx.line(first).span.start, rest.start);
            if ctx.s(head) != "- " {
                let t = ctx.line_text(first);
                out.push(
                    RULE.diag(
                        ctx.line(first).span,
                        format!("Dòng kính gửi \"{t}\" phải bắt đầu bằng \"- \"."),
                        format!("The addressee line \"{t}\" must start with \"- \"."),
                    )
                    .with_fix(Fix::safe(
                        Message::new("Bắt đầu dòng bằng \"- \"", "Start the line with \"- \""),
                        vec![Edit::replace(head, "- ")],
                    )),
                );
            }
        }
        let span = ctx.line(last).span;
        let mark = if k + 1 == n { '.' } else { ';' };
        if let Some((edit, fixed)) = end_fix(ctx, span, mark) {
            let t = ctx.s(span);
            let (vi, en) = if mark == '.' {
                (
                    format!("Nơi nhận cuối cùng của \"Kính gửi\" kết thúc bằng dấu chấm: \"{t}\" → \"{fixed}\"."),
                    format!("The last addressee ends with a period: \"{t}\" → \"{fixed}\"."),
                )
            } else {
                (
                    format!("Mỗi nơi nhận của \"Kính gửi\" kết thúc bằng dấu chấm phẩy: \"{t}\" → \"{fixed}\"."),
                    format!("Each addressee ends with a semicolon: \"{t}\" → \"{fixed}\"."),
                )
            };
            out.push(RULE.diag(span, vi, en).with_fix(Fix::safe(
                Message::new(
                    format!("Kết thúc dòng bằng \"{mark}\""),
                    format!("End the line with \"{mark}\""),
                ),
                vec![edit],
            )));
        }
    }
}
