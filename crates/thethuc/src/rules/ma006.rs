use crate::diagnostic::{Edit, Fix, Message, Severity};
use crate::model::document::LineKind;
use crate::rules::common::text::{excerpt, lines, sub};
use crate::rules::{Ctx, DiagnosticExt, FixAvailability, Needs, Rule, Scope};
use crate::text::fold::fold_case;

pub static RULE: Rule = Rule {
    code: "MA006",
    name: "repeated-spaces",
    severity: Severity::Info,
    fix: FixAvailability::Safe,
    needs: Needs::Text,
    scope: Scope::Any,
    locator: "—",
    default_on: true,
    summary_vi: docs!("Nhiều dấu cách liền nhau trong một dòng."),
    summary_en: docs!("Several spaces in a row inside a line."),
    docs_vi: docs!("Giữa hai chữ chỉ dùng một dấu cách; căn lề và giãn dòng làm bằng định dạng đoạn văn, không \
bằng cách gõ thêm dấu cách. Không báo: khoảng thụt đầu dòng, khoảng cách giữa các cột (ô số 1 và ô số 2 \
của phần đầu văn bản được tách thành các cột riêng), khoảng trống của dự thảo ở dòng số, ký hiệu \
(`Số:      /KH-UBND`) và dòng địa danh, ngày tháng (`ngày    tháng    năm 2026`), khoảng cách giữa các từ của đoạn chữ mà lớp văn bản của tệp PDF tách rời \
từng chữ cái (`c ủ a  B a n`). Sửa an toàn: thay \
bằng một dấu cách."),
    docs_en: docs!("Words are separated by one space; alignment and spacing are done with paragraph \
formatting, not by typing more spaces. Not reported: indentation, the gap between columns (boxes 1 and 2 \
of the header are split into separate columns), a draft's blanks in the number line \
(`Số:      /KH-UBND`) and in the place and date line (`ngày    tháng    năm 2026`), the gap between words of a run whose every letter a PDF's text layer set \
apart (`c ủ a  B a n`). Safe fix: one space \
instead."),
    bad: docs!("Các đơn vị tổ chức  thực hiện nghiêm túc.\n"),
    good: docs!("Số:      /KH-UBND\nCác đơn vị tổ chức thực hiện nghiêm túc.\n"),
    check: crate::rules::Check::Document(check),
};

fn check(ctx: &Ctx<'_>, out: &mut Vec<crate::diagnostic::Diagnostic>) {
    let before = out.len();
    for (i, span, t) in lines(ctx) {
        let kind = ctx.kind(i);
        // Runs of spaces followed by text are the gaps before the line's tokens (the shared
        // split); a gap of two characters or more is a finding.
        // A gap inside a run whose every letter a PDF's text layer set apart (`c ủ a   B a n`)
        // is the layer's space between words, not the author's.
        let mut runs: Vec<(usize, usize)> = Vec::new();
        let mut end = 0;
        let tokens = ctx.tokens(i);
        for (k, &(at, tok)) in tokens.iter().enumerate() {
            if at >= end + 2
                && t[end..at].chars().count() >= 2
                && !(k > 0
                    && crate::text::spacing::letter_spaced(tokens, k - 1)
                    && crate::text::spacing::letter_spaced(tokens, k))
            {
                runs.push((end, at));
            }
            end = at + tok.len();
        }
        for (a, b) in runs {
            // `-  Sở Tài chính;` opening a recipient: NN003 reports the dash and its spaces,
            // with the same fix (one defect, one finding).
            if draft_blank(kind, &t[..a], &t[b..])
                || (t[..a].trim_start() == "-" && opens_recipient(ctx, i))
            {
                continue;
            }
            if ctx.over_cap(out.len() - before) {
                ctx.count_unbuilt();
                continue;
            }
            let gap = sub(span, a, b - a);
            let n = t[a..b].chars().count();
            let shown = excerpt(t, a, b);
            out.push(
                RULE.diag(
                    gap,
                    format!("{n} dấu cách liền nhau: \"{shown}\"; chỉ dùng một dấu cách."),
                    format!("{n} spaces in a row: \"{shown}\"; use one space."),
                )
                .with_fix(Fix::safe(
                    Message::new("Thay bằng một dấu cách", "Replace with one space"),
                    vec![Edit::replace(gap, " ")],
                )),
            );
        }
    }
}

fn opens_recipient(ctx: &Ctx<'_>, i: usize) -> bool {
    let nn = ctx.doc.closing.noi_nhan.as_ref();
    nn.is_some_and(|n| n.items.iter().any(|it| it.lines.first() == Some(&i)))
}

/// The blank a draft leaves for the number or the day and month.
fn draft_blank(kind: &LineKind, before: &str, after: &str) -> bool {
    let prev = fold_case(before.split_whitespace().last().unwrap_or(""));
    let next = fold_case(after.split_whitespace().next().unwrap_or(""));
    let dots = |s: &str| !s.is_empty() && s.chars().all(|c| matches!(c, '.' | '…' | '_'));
    // Anywhere: `số:      /KH-UBND`, `ngày    tháng    năm`, a run of dots.
    let blank = next.starts_with('/')
        || (matches!(prev.as_str(), "ngày" | "tháng") && matches!(next.as_str(), "tháng" | "năm"))
        || dots(&prev)
        || dots(&next);
    match kind {
        // The number line of a draft, and the date part of the date line (numbers typed into the
        // blanks, as PDF layouts keep them), are laid out by hand.
        LineKind::So(_) => true,
        LineKind::PlaceDate(_) => blank || fold_case(before).contains("ngày"),
        _ => blank,
    }
}
