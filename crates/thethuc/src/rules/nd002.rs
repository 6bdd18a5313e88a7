use crate::diagnostic::{Diagnostic, Edit, Fix, Message, Severity};
use crate::model::joined::Joined;
use crate::rules::common::body::preamble_runs;
use crate::rules::{Ctx, DiagnosticExt, FixAvailability, Needs, Rule, Scope};
use crate::text::fold::fold_case;

pub static RULE: Rule = Rule {
    code: "ND002",
    name: "can-cu-one-per-line",
    severity: Severity::Warning,
    fix: FixAvailability::Unsafe,
    needs: Needs::Text,
    scope: Scope::Nd30,
    locator: "PL-I II.6",
    default_on: true,
    summary_vi: docs!("Nhiều căn cứ (`Căn cứ …; Căn cứ …`) viết chung một đoạn; mỗi căn cứ phải xuống dòng riêng."),
    summary_en: docs!("Several `Căn cứ …` in one paragraph."),
    docs_vi: docs!("Mỗi căn cứ ban hành văn bản trình bày thành một dòng riêng, kết thúc bằng dấu chấm phẩy \
(Phụ lục I Nghị định 30/2020/NĐ-CP, mục II.6). Quy tắc báo đoạn căn cứ có thêm một `Căn cứ …` đứng ngay \
sau dấu `;` hoặc `.` trong cùng đoạn. Chữ `căn cứ` giữa câu (`làm căn cứ`, `căn cứ vào đó`) không bị báo. \
Sửa tự động (không an toàn): ngắt dòng trước căn cứ tiếp theo và viết hoa chữ đầu."),
    docs_en: docs!("Each legal basis stands on its own line ending with a semicolon (Phụ lục I of ND30, II.6). \
The rule reports a căn cứ paragraph in which another `Căn cứ …` follows a `;` or `.` within the same \
paragraph. The words `căn cứ` inside a sentence (`làm căn cứ`) are not reported. Unsafe fix: break the \
line before the next căn cứ and capitalise it."),
    bad: docs!("QUYẾT ĐỊNH\nVề việc thành lập Tổ công tác\n\nCăn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015; Căn cứ Nghị định số 30/2020/NĐ-CP ngày 05/3/2020 của Chính phủ về công tác văn thư;\nTheo đề nghị của Chánh Văn phòng.\n\nQUYẾT ĐỊNH:\n"),
    good: docs!("QUYẾT ĐỊNH\nVề việc thành lập Tổ công tác\n\nCăn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;\nCăn cứ Nghị định số 30/2020/NĐ-CP ngày 05/3/2020 của Chính phủ về công tác văn thư;\nTheo đề nghị của Chánh Văn phòng.\n\nQUYẾT ĐỊNH:\n"),
    check: crate::rules::Check::Document(check),
};

const CAN_CU: &str = "căn cứ";

fn check(ctx: &Ctx<'_>, out: &mut Vec<Diagnostic>) {
    for run in preamble_runs(ctx) {
        for k in run {
            let p = &ctx.doc.paragraphs[k];
            let joined = Joined::new(ctx.text, &ctx.doc.lines, &p.lines);
            let folded = fold_case(&joined.text);
            let mut from = 1;
            while let Some(found) = folded.get(from..).and_then(|s| s.find(CAN_CU)) {
                let at = from + found;
                from = at + CAN_CU.len();
                let before = folded.get(..at).unwrap_or("");
                let trimmed = before.trim_end();
                let after_ok = folded
                    .get(from..)
                    .and_then(|s| s.chars().next())
                    .is_none_or(|c| !crate::text::fold::is_letter_or_digit(c));
                // What follows reads as a legal basis: a capitalised type word
                // (`căn cứ Quyết định …`), not prose (`căn cứ vào đó`).
                let cited = joined
                    .text
                    .get(from..)
                    .map(|s| s.trim_start())
                    .map(|s| s.strip_prefix("vào ").unwrap_or(s))
                    .and_then(|s| s.chars().next())
                    .is_some_and(crate::text::fold::is_capital);
                if !after_ok || !cited || !trimmed.ends_with([';', '.']) {
                    continue;
                }
                let ws_start = trimmed.len() as u32;
                let words = joined.span_to_source(at as u32, from as u32);
                let ws = joined.span_to_source(ws_start, at as u32);
                let mut edits = vec![Edit::replace(ws, "\n")];
                if joined.text.get(at..).is_some_and(|s| s.starts_with('c')) {
                    edits.push(Edit::replace(
                        crate::text::span::Span::new(words.start, words.start + 1),
                        "C",
                    ));
                }
                out.push(
                    RULE.diag(
                        words,
                        "Căn cứ tiếp theo viết chung đoạn với căn cứ trước; mỗi căn cứ phải xuống dòng riêng.",
                        "Another căn cứ shares the paragraph of the previous one; each căn cứ starts a new line.",
                    )
                    .with_fix(Fix::unsafe_(
                        Message::new("Xuống dòng trước căn cứ này", "Start this căn cứ on a new line"),
                        edits,
                    )),
                );
            }
        }
    }
}
