//! DG103: a Party document's margins not the fixed 20 / 20 / 30 / 15 mm.
use crate::diagnostic::{Diagnostic, Severity};
use crate::rules::common::formatting::{check_margins, Ranges};
use crate::rules::{Ctx, FixAvailability, Needs, Rule, Scope};

pub static RULE: Rule = Rule {
    code: "DG103",
    name: "party-margins",
    severity: Severity::Error,
    fix: FixAvailability::Safe,
    needs: Needs::Page,
    scope: Scope::Party,
    locator: "HD 05 IV.4; HD 36 4.3",
    default_on: true,
    summary_vi: docs!("Lề trang văn bản của Đảng khác lề cố định: trên 20, dưới 20, trái 30, phải 15 mm."),
    summary_en: docs!("A Party document's margins are not the fixed top 20, bottom 20, left 30, right 15 mm."),
    docs_vi: docs!("Văn bản của Đảng có lề cố định, không theo khoảng như văn bản hành chính: lề trên 20 mm, lề \
dưới 20 mm, lề trái 30 mm, lề phải 15 mm; mặt sau của văn bản in hai mặt lề trái 15 mm, lề phải 30 mm \
(Hướng dẫn 05-HD/VPTW, Phần II mục IV.4; Hướng dẫn 36-HD/VPTW mục 4.3 cho văn bản trước 27/5/2026, cùng \
giá trị). Trang ngang (bảng, biểu) căn cứ vùng trình bày của trang dọc: lề xoay theo trang (trên 30, dưới \
15, trái và phải 20 mm) hoặc giữ như trang dọc đều được chấp nhận. Quy tắc xét từng phần (section) của tệp \
.docx; sai lệch dưới 0,5 mm được bỏ qua. Cần tệp .docx. Sửa tự động (tệp .docx): đặt lề sai về giá trị cố \
định. Văn bản ghi ngày trước 03/4/2018 (khi đó theo Hướng dẫn 11-HD/VPTW năm 2004, thethuc chưa có bảng của hướng dẫn này) không bị xét."),
    docs_en: docs!("A Party document has fixed margins, not the ranges of an administrative document: top \
20 mm, bottom 20 mm, left 30 mm, right 15 mm; on the back of a two-sided print left 15 mm and right \
30 mm (Hướng dẫn 05-HD/VPTW, Part II IV.4; Hướng dẫn 36-HD/VPTW 4.3 for documents dated before \
27/5/2026, the same values). A landscape page (tables) follows the portrait layout: its margins turned \
with the page (top 30, bottom 15, left and right 20 mm) or kept as on a portrait page are both \
accepted. The rule checks every section of the .docx; differences under 0.5 mm are ignored. Needs a \
.docx. The fix (.docx) sets each wrong margin to its fixed value. A document dated before 03/4/2018 (then under Hướng dẫn 11-HD/VPTW of 2004, whose table thethuc does not hold) is not checked."),
    bad: docs!("(a Party document with a right margin of 20 mm)"),
    good: docs!("(margins 20, 20, 30, 15 mm)"),
    check: crate::rules::Check::Document(check),
};

const FIXED: Ranges = [(20.0, 20.0), (20.0, 20.0), (30.0, 30.0), (15.0, 15.0)];

/// The back of a two-sided print.
const BACK: Ranges = [(20.0, 20.0), (20.0, 20.0), (15.0, 15.0), (30.0, 30.0)];

/// A landscape page with the portrait margins turned with it.
const TURNED: Ranges = [(30.0, 30.0), (15.0, 15.0), (20.0, 20.0), (20.0, 20.0)];

fn check(ctx: &Ctx<'_>, out: &mut Vec<Diagnostic>) {
    if crate::rules::common::party::before_hd36(ctx) {
        return;
    }
    check_margins(
        ctx,
        out,
        &RULE,
        (&[&FIXED, &BACK], &FIXED),
        (&[&FIXED, &BACK, &TURNED], &TURNED),
    );
}
