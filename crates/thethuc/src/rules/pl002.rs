use crate::diagnostic::{Diagnostic, Edit, Fix, Message, Severity};
use crate::rules::common::citations::appendix_numbers;
use crate::rules::{Ctx, DiagnosticExt, FixAvailability, Needs, Rule, Scope};
use crate::text::roman::to_roman;

pub static RULE: Rule = Rule {
    code: "PL002",
    name: "appendix-sequence",
    severity: Severity::Error,
    fix: FixAvailability::Unsafe,
    needs: Needs::Text,
    scope: Scope::Nd30,
    locator: "PL-I III.1",
    default_on: true,
    summary_vi: docs!("Số thứ tự các phụ lục không liên tục (I, II, III)."),
    summary_en: docs!("Appendix numbers not sequential (I, II, III)."),
    docs_vi: docs!("Phụ lục I Nghị định 30/2020/NĐ-CP (mục III.1): khi có từ hai phụ lục, các phụ lục được đánh số \
thứ tự bằng chữ số La Mã, liên tục từ I. Quy tắc báo phụ lục có số không đúng thứ tự (bỏ số, lặp số, \
không bắt đầu từ I). Sửa không an toàn: đánh lại số theo thứ tự (các chỉ dẫn trong nội dung có thể phải \
sửa theo)."),
    docs_en: docs!("Phụ lục I of ND30 (III.1): two or more appendices are numbered with Roman numerals, in \
sequence from I. The rule reports an appendix whose number breaks the sequence (skipped, repeated, not \
starting at I). Unsafe fix: renumber in order (references in the text may need the same change)."),
    bad: docs!("Số: 05/KH-UBND\nHà Nội, ngày 15 tháng 3 năm 2026\nKẾ HOẠCH\nVề việc triển khai\n\nI. MỤC ĐÍCH\nTriển khai các nhiệm vụ tại Phụ lục I và Phụ lục III kèm theo.\n\nPHỤ LỤC I\nDANH SÁCH NHIỆM VỤ\n(Kèm theo Kế hoạch số 05/KH-UBND ngày 15/3/2026 của Ủy ban nhân dân tỉnh)\n\nPHỤ LỤC III\nDANH SÁCH ĐƠN VỊ\n(Kèm theo Kế hoạch số 05/KH-UBND ngày 15/3/2026 của Ủy ban nhân dân tỉnh)\n"),
    good: docs!("Số: 05/KH-UBND\nHà Nội, ngày 15 tháng 3 năm 2026\nKẾ HOẠCH\nVề việc triển khai\n\nI. MỤC ĐÍCH\nTriển khai các nhiệm vụ tại Phụ lục I và Phụ lục II kèm theo.\n\nPHỤ LỤC I\nDANH SÁCH NHIỆM VỤ\n(Kèm theo Kế hoạch số 05/KH-UBND ngày 15/3/2026 của Ủy ban nhân dân tỉnh)\n\nPHỤ LỤC II\nDANH SÁCH ĐƠN VỊ\n(Kèm theo Kế hoạch số 05/KH-UBND ngày 15/3/2026 của Ủy ban nhân dân tỉnh)\n"),
    check: crate::rules::Check::Document(check),
};

fn check(ctx: &Ctx<'_>, out: &mut Vec<Diagnostic>) {
    let numbers = appendix_numbers(ctx);
    // A file that holds only some appendices of another document (`Phụ lục II`) counts on
    // from its first one.
    let first = if ctx.doc.is_appendix_only() {
        numbers.iter().flatten().next().map_or(1, |(v, _)| *v)
    } else {
        1
    };
    // An unnumbered appendix keeps its place (PL001 reports the missing number).
    for (expected, (v, span)) in (first..)
        .zip(numbers)
        .filter_map(|(k, n)| n.map(|n| (k, n)))
    {
        if v != expected {
            let written = ctx.s(span);
            let want = if written.bytes().all(|b| b.is_ascii_digit()) {
                expected.to_string()
            } else {
                to_roman(expected)
            };
            out.push(
                RULE.diag(
                    span,
                    format!("Số thứ tự phụ lục không liên tục: \"{written}\", đáng lẽ là \"{want}\"."),
                    format!("Appendix numbers are not sequential: \"{written}\" where \"{want}\" is expected."),
                )
                .with_fix(Fix::unsafe_(
                    Message::new(format!("Đánh số \"{want}\""), format!("Number it \"{want}\"")),
                    vec![Edit::replace(span, want)],
                )),
            );
        }
    }
}
