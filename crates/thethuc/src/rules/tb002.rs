//! TB002: a component's size outside the range the decree gives for it.
use crate::diagnostic::{Diagnostic, Severity};
use crate::rules::common::formatting::{check_sizes, decree_expectations, SizeFindings};
use crate::rules::{Ctx, FixAvailability, Needs, Rule, Scope};

pub static RULE: Rule = Rule {
    code: "TB002",
    name: "font-size",
    severity: Severity::Error,
    fix: FixAvailability::Safe,
    needs: Needs::Formatting,
    scope: Scope::Nd30,
    locator: "PL-I V",
    default_on: true,
    summary_vi: docs!("Cỡ chữ của một thành phần nằm ngoài khoảng quy định (bảng cỡ chữ, Phụ lục I mục V)."),
    summary_en: docs!("A component's font size is outside its range (size table, Phụ lục I V)."),
    docs_vi: docs!("Mỗi thành phần thể thức có cỡ chữ riêng (Phụ lục I Nghị định 30/2020/NĐ-CP, mục V): Quốc hiệu \
12–13; Tiêu ngữ 13–14; tên cơ quan 12–13; số, ký hiệu 13; địa danh, ngày tháng 13–14; tên loại và trích \
yếu 13–14; trích yếu công văn (V/v) 12–13; nội dung và căn cứ 13–14; quyền hạn, chức vụ, họ tên người ký \
13–14; Kính gửi 13–14; chữ \"Nơi nhận\" 12; danh sách nơi nhận 11; chữ \"Phụ lục\" 14. Quy tắc xét cỡ chữ \
thực tế của từng đoạn chữ (sau khi tính kiểu) và báo đoạn chữ đầu tiên sai cỡ của mỗi dòng. Nội dung nằm \
trong bảng không bị xét. Cần tệp .docx. Sửa tự động (tệp .docx): đặt cỡ chữ gần nhất trong khoảng cho \
mọi đoạn chữ sai cỡ của dòng (15 → 14, 12 → 13)."),
    docs_en: docs!("Each component has its size (Phụ lục I of ND30, V): national title 12–13; motto 13–14; body \
names 12–13; number 13; place and date 13–14; type name and summary 13–14; letter summary (V/v) 12–13; \
body and legal basis 13–14; signature block 13–14; Kính gửi 13–14; the word \"Nơi nhận\" 12; the list of \
recipients 11; the word \"Phụ lục\" 14. The rule reads the effective size of every run (after styles) and \
reports the first run of a line in a wrong size. Body text inside tables is not checked. Needs a .docx. \
The fix (.docx) sets the nearest size in the range on every run of the line in a wrong size (15 → 14, \
12 → 13)."),
    bad: docs!("(a Quốc hiệu set in 15 pt)"),
    good: docs!("(a Quốc hiệu set in 13 pt)"),
    check: crate::rules::Check::Document(check),
};

fn check(ctx: &Ctx<'_>, out: &mut Vec<Diagnostic>) {
    check_sizes(
        ctx,
        out,
        &RULE,
        &decree_expectations(ctx.doc),
        SizeFindings::PerLine,
    );
}
