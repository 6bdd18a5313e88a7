//! TB010: page numbers shown on page 1.
use crate::diagnostic::{Diagnostic, Severity};
use crate::rules::{Ctx, FixAvailability, Needs, Rule, Scope};

pub static RULE: Rule = Rule {
    code: "TB010",
    name: "page-number",
    severity: Severity::Warning,
    fix: FixAvailability::None,
    needs: Needs::Page,
    scope: Scope::Nd30,
    locator: "PL-I I",
    default_on: true,
    summary_vi: docs!("Số trang hiện ở trang đầu (số trang không đánh ở trang 1)."),
    summary_en: docs!("The page number shows on page 1 (page 1 is not numbered)."),
    docs_vi: docs!("Số trang được đánh từ số 1, bằng chữ số Ả Rập, cỡ 13–14, in đứng, canh giữa theo chiều ngang \
trong phần lề trên; không hiển thị số trang thứ nhất (Phụ lục I Nghị định 30/2020/NĐ-CP, mục I). Quy tắc \
báo khi đầu trang của trang 1 có trường số trang (PAGE): đầu trang mặc định có số trang mà không chọn \
\"trang đầu khác\" (titlePg), hoặc đầu trang riêng của trang 1 có số trang. Thethuc không dàn trang nên \
không biết văn bản dài mấy trang: việc thiếu số trang ở văn bản nhiều trang chưa được kiểm tra. Cần tệp .docx."),
    docs_en: docs!("Pages are numbered from 1 in Arabic digits, 13–14 pt, upright, centred in the top margin; \
the number is not shown on page 1 (Phụ lục I of ND30, I). The rule reports a PAGE field in the header \
page 1 shows: a numbered default header without \"different first page\" (titlePg), or a numbered \
first-page header. thethuc does not lay out pages, so it cannot tell a long document that lacks numbers. \
Needs a .docx."),
    bad: docs!("(a page number in the default header, first page not different)"),
    good: docs!("(page numbers from page 2, titlePg set)"),
    check: crate::rules::Check::Document(check),
};

fn check(ctx: &Ctx<'_>, out: &mut Vec<Diagnostic>) {
    let Some(styled) = &ctx.doc.styled else {
        return;
    };
    // Page 1 belongs to the first section.
    if let Some(first) = styled.sections.first() {
        if first.page_number_on_first_page {
            out.push(RULE.diag(
                crate::rules::common::formatting::section_anchor(ctx, 0),
                "Số trang hiện ở trang 1; không đánh số trang thứ nhất (chọn \"Trang đầu khác\" / Different first page).",
                "The page number shows on page 1; page 1 is not numbered (set \"Different first page\").",
            ));
        }
    }
}
