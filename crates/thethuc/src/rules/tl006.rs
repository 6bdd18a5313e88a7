use crate::diagnostic::{Edit, Fix, Message, Severity};
use crate::model::document::LineKind;
use crate::rules::common::header::{cong_van_ky_hieu, has_type_line};
use crate::rules::{Ctx, DiagnosticExt, FixAvailability, Needs, Rule, Scope};
use crate::text::span::Span;

pub static RULE: Rule = Rule {
    code: "TL006",
    name: "cong-van-vv-form",
    severity: Severity::Error,
    fix: FixAvailability::SafeSometimes,
    needs: Needs::Text,
    scope: Scope::Nd30,
    locator: "PL-I II.5",
    default_on: true,
    summary_vi: docs!("Trích yếu công văn không mở đầu bằng đúng `V/v ` (viết `V/V`, `V/v:`, `Về việc`, hoặc thiếu)."),
    summary_en: docs!("Công văn trích yếu not introduced by the literal `V/v ` (`V/V`, `V/v:`, `Về việc` spelled out, missing)."),
    docs_vi: docs!("Trích yếu nội dung công văn trình bày dưới số, ký hiệu, sau chữ `V/v` và một dấu cách, \
bằng chữ in thường, cỡ chữ 12–13, đứng (Phụ lục I Nghị định 30/2020/NĐ-CP, mục II.5), ví dụ \
`V/v nâng bậc lương năm 2019`. Quy tắc báo khi trích yếu mở đầu bằng `V/V`, `v/v`, `V.v`, có dấu hai \
chấm (`V/v:`), viết đầy đủ `Về việc`, hoặc khoảng cách sau `V/v` không đúng một dấu cách; sửa tự động \
an toàn: thay phần mở đầu bằng `V/v `, giữ nguyên nội dung trích yếu. Quy tắc cũng báo công văn (ký hiệu \
không có chữ viết tắt tên loại, như `Số: 12/SCT-CN`) không có dòng `V/v` nào; trường hợp này không có \
sửa tự động vì công cụ không tự viết trích yếu."),
    docs_en: docs!("The trích yếu of a công văn sits under the number, after the literal `V/v` and one space, \
in lower case, 12–13 pt, upright (Phụ lục I of ND30, II.5), e.g. `V/v nâng bậc lương năm 2019`. The rule \
reports a trích yếu introduced by `V/V`, `v/v`, `V.v`, with a colon (`V/v:`), spelled out `Về việc`, or \
not followed by exactly one space; safe fix: the opening is replaced by `V/v `, the summary unchanged. It \
also reports a công văn (a ký hiệu without a type abbreviation, such as `Số: 12/SCT-CN`) with no `V/v` \
line at all; that finding has no fix, as the summary is never invented."),
    bad: docs!("Số: 12/SCT-CN\nLào Cai, ngày 05 tháng 3 năm 2026\nV/V triển khai Nghị định số 25/2026/NĐ-CP\n"),
    good: docs!("Số: 12/SCT-CN\nLào Cai, ngày 05 tháng 3 năm 2026\nV/v triển khai Nghị định số 25/2026/NĐ-CP\n"),
    check: crate::rules::Check::Document(check),
};

const LABEL: &str = "V/v ";

fn check(ctx: &Ctx<'_>, out: &mut Vec<crate::diagnostic::Diagnostic>) {
    let doc = ctx.doc;
    let Some(&first) = doc.vv.first() else {
        missing(ctx, out);
        return;
    };
    if doc.title.is_some() {
        return;
    }
    let line = ctx.line(first);
    let text_start = match &line.kind {
        LineKind::Vv { text, .. } | LineKind::VeViec { text } => text.start,
        // A label a scan garbled (`ƒ/w cử …`): its first word.
        LineKind::Paragraph => {
            let t = ctx.s(line.span);
            let label_end = t.find(char::is_whitespace).unwrap_or(t.len());
            let rest = &t[label_end..];
            line.span.start + (t.len() - rest.trim_start().len()) as u32
        }
        _ => return,
    };
    // The whole run of marks after the label goes (`V/v::::: `): a fix that took one mark a
    // round would never settle.
    let rest = &ctx.text[text_start as usize..line.span.end as usize];
    let marks = rest.len() - rest.trim_start_matches([':', ';', '.', ',', ' ']).len();
    let text_start = text_start + marks as u32;
    let opening = Span::new(line.span.start, text_start);
    let written = ctx.s(opening);
    if written == LABEL || text_start >= line.span.end {
        // `V/v` alone on its line is left to the reader: nothing follows to join it with.
        return;
    }
    let shown = written.trim_end();
    let summary = ctx.s(Span::new(text_start, line.span.end));
    out.push(
        RULE.diag(
            opening,
            format!(
                "Trích yếu công văn mở đầu bằng \"{shown}\" (\"{written}{summary}\"); phải mở đầu bằng \"V/v\" và một dấu cách: \"V/v {summary}\"."
            ),
            format!(
                "The công văn trích yếu opens with \"{shown}\" (\"{written}{summary}\"); it must open with \"V/v\" and one space: \"V/v {summary}\"."
            ),
        )
        .with_fix(Fix::safe(
            Message::new(format!("Thay \"{shown}\" bằng \"V/v\""), format!("Replace \"{shown}\" with \"V/v\"")),
            vec![Edit::replace(opening, LABEL)],
        )),
    );
}

/// A công văn, by its ký hiệu, with no `V/v` line at all.
fn missing(ctx: &Ctx<'_>, out: &mut Vec<crate::diagnostic::Diagnostic>) {
    let doc = ctx.doc;
    if doc.title.is_some() || !cong_van_ky_hieu(ctx) || has_type_line(ctx) {
        return;
    }
    let Some(so) = doc.header.so else { return };
    let so_text = ctx.line_text(so);
    out.push(RULE.diag(
        ctx.line(so).span,
        format!("Công văn \"{so_text}\" không có trích yếu mở đầu bằng \"V/v\" dưới số, ký hiệu (ví dụ \"V/v nâng bậc lương năm 2019\")."),
        format!("The công văn \"{so_text}\" has no trích yếu introduced by \"V/v\" under its number (e.g. \"V/v nâng bậc lương năm 2019\")."),
    ));
}
