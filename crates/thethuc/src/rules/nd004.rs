use crate::diagnostic::{Diagnostic, Edit, Fix, Message, Severity};
use crate::model::body::SectionKind;
use crate::rules::common::body::{body_items, sibling_groups};
use crate::rules::{Ctx, DiagnosticExt, FixAvailability, Needs, Rule, Scope};
use crate::text::roman::{roman_value, to_roman};

pub static RULE: Rule = Rule {
    code: "ND004",
    name: "muc-sequence",
    severity: Severity::Error,
    fix: FixAvailability::Unsafe,
    needs: Needs::Text,
    scope: Scope::Nd30,
    locator: "PL-I II.6",
    default_on: true,
    summary_vi: docs!("Số thứ tự các mục La Mã không liên tiếp (nhảy số, lặp số, đánh lại): `I, II, IV`."),
    summary_en: docs!("Roman mục numbers not sequential (gap, repeat, restart): `I, II, IV`."),
    docs_vi: docs!("Văn bản bố cục theo phần, mục (báo cáo, kế hoạch, tờ trình…) đánh số các mục bằng chữ số \
La Mã `I.`, `II.`, `III.`… theo thứ tự liên tiếp, bắt đầu từ `I` (Phụ lục I Nghị định 30/2020/NĐ-CP, \
mục II.6). Quy tắc báo mục đầu tiên không phải `I`, mục nhảy số (`II` rồi `IV`), lặp số hoặc đánh lại \
từ đầu; trong mỗi phần (`Phần I`, `Phần II`) các mục được đánh lại từ `I`. Chỉ xét phần nội dung chính, \
không xét phụ lục. Sửa tự động (không an toàn): đổi số mục thành số đúng; cần xem lại vì có thể thiếu \
hẳn một mục."),
    docs_en: docs!("A document laid out in parts and sections (report, plan, proposal…) numbers its sections \
with Roman numerals `I.`, `II.`, `III.`… in unbroken order starting at `I` (Phụ lục I of ND30, II.6). \
The rule reports a first section other than `I`, a gap (`II` then `IV`), a repeat or a restart; inside \
each `Phần` the sections start again at `I`. Only the body is checked, not the appendices. Unsafe fix: \
renumber the section; review it, since a whole section may be missing."),
    bad: docs!("KẾ HOẠCH\nTriển khai công tác năm 2026\n\nI. MỤC ĐÍCH, YÊU CẦU\nNội dung.\nII. NHIỆM VỤ\nNội dung.\nIV. TỔ CHỨC THỰC HIỆN\nNội dung.\n"),
    good: docs!("KẾ HOẠCH\nTriển khai công tác năm 2026\n\nI. MỤC ĐÍCH, YÊU CẦU\nNội dung.\nII. NHIỆM VỤ\nNội dung.\nIII. TỔ CHỨC THỰC HIỆN\nNội dung.\n"),
    check: crate::rules::Check::Document(check),
};

fn check(ctx: &Ctx<'_>, out: &mut Vec<Diagnostic>) {
    let items = body_items(ctx);
    for (_, group) in sibling_groups(&items, SectionKind::RomanMuc) {
        let mut prev: Option<u32> = None;
        // After a slip, the number it should have had: the next mục may follow either (`I, II,
        // II, I, IV` where an OCR read `III` as `II`: the `IV` follows on from the third).
        let mut slipped: Option<u32> = None;
        // Where the lines that may hold this mục's lost heading begin.
        let mut from_line = ctx.doc.body.start;
        for k in group {
            let item = &items[k];
            let scan_from = std::mem::replace(&mut from_line, item.line + 1);
            let written = ctx.s(item.number);
            let Some(value) = roman_value(written) else {
                continue;
            };
            let expected = prev.map_or(1, |p| p + 1);
            let follows_slip = slipped.is_some_and(|s| value == s + 1);
            prev = Some(value);
            if value == expected || follows_slip {
                slipped = None;
                continue;
            }
            slipped = Some(expected);
            // The mục skipped are there, each run into the end of the line before its title
            // (`… các đơn vị.III.` / `QUÁ TRÌNH XÂY DỰNG LUẬT`): MA005 reports the join.
            if value > expected
                && (expected..value)
                    .all(|n| run_into_line_end(ctx, &to_roman(n), scan_from, item.line))
            {
                slipped = None;
                continue;
            }
            let want = to_roman(expected);
            let (vi, en) = if expected == 1 {
                (
                    format!("Mục đầu tiên đánh số \"{written}\"; các mục La Mã bắt đầu từ \"I\"."),
                    format!("The first section is numbered \"{written}\"; Roman sections start at \"I\"."),
                )
            } else {
                (
                    format!(
                        "Mục \"{written}\" không liên tiếp với mục trước; số đúng là \"{want}\" (các mục La Mã đánh số liên tiếp)."
                    ),
                    format!(
                        "Section \"{written}\" does not follow the previous one; expected \"{want}\" (Roman sections are numbered in sequence)."
                    ),
                )
            };
            out.push(RULE.diag(item.number, vi, en).with_fix(Fix::unsafe_(
                Message::new(
                    format!("Đổi thành \"{want}\""),
                    format!("Renumber as \"{want}\""),
                ),
                vec![Edit::replace(item.number, want.clone())],
            )));
        }
    }
}

/// Whether a line in `from..to` ends with the Roman number `want` glued to the end of a
/// sentence (`… các đơn vị.III.`) and the next line opens in capitals: a mục heading a converter
/// ran into the paragraph before it.
fn run_into_line_end(ctx: &Ctx<'_>, want: &str, from: usize, to: usize) -> bool {
    (from..to).filter(|&i| !ctx.doc.in_aside(i)).any(|i| {
        let line = ctx.line_text(i).trim_end();
        let glued = line
            .strip_suffix('.')
            .and_then(|l| l.strip_suffix(want))
            .is_some_and(|l| l.trim_end().ends_with(['.', ';', ':']));
        glued
            && ctx
                .doc
                .lines
                .get(i + 1)
                .map(|_| ctx.line_text(i + 1).trim_start())
                .is_some_and(|next| {
                    next.chars().any(crate::text::fold::is_letter)
                        && crate::recognize::clues::mostly_upper(next)
                })
    })
}
