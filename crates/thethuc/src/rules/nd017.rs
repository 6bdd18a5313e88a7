use crate::diagnostic::{Diagnostic, Edit, Fix, Message, Severity};
use crate::rules::common::body::last_body_line;
use crate::rules::{Ctx, DiagnosticExt, FixAvailability, Needs, Rule, Scope};
use crate::text::span::Span;

pub static RULE: Rule = Rule {
    code: "ND017",
    name: "end-mark",
    severity: Severity::Info,
    fix: FixAvailability::Safe,
    needs: Needs::Text,
    scope: Scope::Nd30,
    locator: "practice",
    default_on: false,
    summary_vi: docs!("Phần nội dung không kết thúc bằng dấu `./.` (thông lệ; mặc định tắt)."),
    summary_en: docs!("Body does not end with `./.` (practice; off by default)."),
    docs_vi: docs!("Theo thông lệ, câu cuối cùng của phần nội dung văn bản kết thúc bằng dấu `./.` để đánh dấu \
hết nội dung (`… chịu trách nhiệm thi hành Quyết định này./.`). Chính Nghị định 30/2020/NĐ-CP và các mẫu \
dùng cách viết này, nhưng Phụ lục I không quy định thành quy tắc, nên quy tắc này mặc định tắt và chỉ \
ở mức thông tin. Sửa tự động an toàn: thay dấu chấm cuối bằng `./.`, hoặc thêm `./.` khi chưa có dấu."),
    docs_en: docs!("By custom, the last sentence of a document's body ends with `./.` to mark the end of the \
content (`… chịu trách nhiệm thi hành Quyết định này./.`). ND30 itself and its samples write it so, but \
Phụ lục I states no rule, hence this rule is off by default and only informative. Safe fix: replace the \
final period with `./.`, or append `./.` when there is no final mark."),
    bad: docs!("THÔNG BÁO\nKết quả kiểm tra\n\nĐề nghị các đơn vị thực hiện nghiêm túc nội dung trên.\n"),
    good: docs!("THÔNG BÁO\nKết quả kiểm tra\n\nĐề nghị các đơn vị thực hiện nghiêm túc nội dung trên./.\n"),
    check: crate::rules::Check::Document(check),
};

fn check(ctx: &Ctx<'_>, out: &mut Vec<Diagnostic>) {
    let Some(last) = last_body_line(ctx) else {
        return;
    };
    let line = ctx.line(last);
    let t = ctx.line_text(last).trim_end();
    if t.ends_with("./.") || t.ends_with("/.") || t.ends_with("./") {
        return;
    }
    let end = line.span.start + t.len() as u32;
    let last_len = t.chars().last().map_or(0, char::len_utf8) as u32;
    let edit = if t.ends_with('.') {
        Edit::replace(Span::new(end - 1, end), "./.")
    } else if t.ends_with(['!', '?', ')', '"', '”'])
        || t.chars()
            .last()
            .is_some_and(crate::text::fold::is_letter_or_digit)
    {
        Edit::insert(end, "./.")
    } else {
        // A final `;`, `:` or `,` says the body was cut; nothing to append safely.
        return;
    };
    let tail_start = t.char_indices().rev().nth(29).map_or(0, |(k, _)| k);
    let tail = &t[tail_start..];
    out.push(
        RULE.diag(
            Span::new(end - last_len, end),
            format!("Phần nội dung không kết thúc bằng dấu \"./.\" (\"…{tail}\"); theo thông lệ câu cuối kết thúc bằng \"./.\"."),
            format!("The body does not end with \"./.\" (\"…{tail}\"); by custom the last sentence ends with \"./.\"."),
        )
        .with_fix(Fix::safe(
            Message::new("Kết thúc bằng \"./.\"", "End with \"./.\""),
            vec![edit],
        )),
    );
}
