//! TB005: margins outside the decree's ranges.
use crate::diagnostic::{Diagnostic, Severity};
use crate::rules::common::formatting::{check_margins, Ranges};
use crate::rules::{Ctx, FixAvailability, Needs, Rule, Scope};

pub static RULE: Rule = Rule {
    code: "TB005",
    name: "margins",
    severity: Severity::Error,
    fix: FixAvailability::Safe,
    needs: Needs::Page,
    scope: Scope::Nd30,
    locator: "PL-I I",
    default_on: true,
    summary_vi: docs!("Lề trang ngoài khoảng: trên, dưới 20–25 mm; trái 30–35 mm; phải 15–20 mm."),
    summary_en: docs!("Margins outside top/bottom 20–25 mm, left 30–35 mm, right 15–20 mm."),
    docs_vi: docs!("Lề trên và lề dưới cách mép 20–25 mm, lề trái 30–35 mm, lề phải 15–20 mm (Phụ lục I Nghị \
định 30/2020/NĐ-CP, mục I). Quy tắc xét từng phần (section) của tệp .docx, trên trang dọc; với trang \
ngang (bảng), lề được xoay theo trang như Word làm (trên 30–35, dưới 15–20, trái và phải 20–25 mm), cách \
đặt chưa xoay cũng được chấp nhận. Sai lệch dưới 0,5 mm được bỏ qua (Word lưu lề theo đơn vị \
1/1440 inch). Cần tệp .docx. Sửa tự động (tệp .docx): đưa lề sai về giá trị gần nhất trong khoảng."),
    docs_en: docs!("Top and bottom margins are 20–25 mm, left 30–35 mm, right 15–20 mm (Phụ lục I of ND30, I). \
The rule checks every section of the .docx; on a landscape page the margins may be turned with the \
page as Word does (top 30–35, bottom 15–20, left and right 20–25 mm) or not. Differences under 0.5 mm are ignored (Word stores margins in \
1/1440 inch). Needs a .docx. The fix (.docx) moves each wrong margin to the nearest value in its range."),
    bad: docs!("(a left margin of 20 mm)"),
    good: docs!("(margins 20, 20, 30, 20 mm)"),
    check: crate::rules::Check::Document(check),
};

const RANGES: Ranges = [(20.0, 25.0), (20.0, 25.0), (30.0, 35.0), (15.0, 20.0)];

/// A landscape page turned from portrait: Word turns the margins with it (the binding edge,
/// left on a portrait page, is on top).
const TURNED: Ranges = [(30.0, 35.0), (15.0, 20.0), (20.0, 25.0), (20.0, 25.0)];

fn check(ctx: &Ctx<'_>, out: &mut Vec<Diagnostic>) {
    // A landscape page may have its margins turned with it or not; a miss is told against the
    // turned ranges.
    check_margins(
        ctx,
        out,
        &RULE,
        (&[&RANGES], &RANGES),
        (&[&RANGES, &TURNED], &TURNED),
    );
}
