//! TB003: bold or italic wrong for a component.
use crate::diagnostic::{Diagnostic, Severity};
use crate::rules::common::formatting::{
    check_styles, components, decree_expectations, wrong_style,
};
use crate::rules::{Ctx, FixAvailability, Needs, Rule, Scope};

pub static RULE: Rule = Rule {
    code: "TB003",
    name: "font-style",
    severity: Severity::Error,
    fix: FixAvailability::Safe,
    needs: Needs::Emphasis,
    scope: Scope::Nd30,
    locator: "PL-I V",
    default_on: true,
    summary_vi: docs!("Chữ đậm, nghiêng sai so với quy định cho thành phần (Quốc hiệu đậm; ngày tháng nghiêng; \"Nơi nhận\" đậm nghiêng…)."),
    summary_en: docs!("Bold or italic wrong for the component (national title bold; date italic; \"Nơi nhận\" bold italic…)."),
    docs_vi: docs!("Phụ lục I Nghị định 30/2020/NĐ-CP, mục V quy định kiểu chữ của từng thành phần: Quốc hiệu, \
Tiêu ngữ, tên cơ quan ban hành, tên loại, trích yếu, quyền hạn, chức vụ và họ tên người ký in đứng, đậm; \
tên cơ quan chủ quản, trích yếu công văn (V/v) và Kính gửi in đứng, không đậm; địa danh, ngày tháng và \
căn cứ ban hành in nghiêng; chữ \"Nơi nhận\" in nghiêng, đậm; danh sách nơi nhận in đứng. Quy tắc xét \
kiểu chữ thực tế của từng đoạn chữ có chữ (sau khi tính kiểu) và báo một lần mỗi dòng. Cần tệp .docx \
hoặc kiểu chữ của trình soạn thảo; trên tệp Markdown (.md) có đánh dấu `**đậm**`, `*nghiêng*`, quy tắc xét dấu của cả \
dòng (dòng không có dấu là chữ đứng, thường; dòng tiêu đề `#` là chữ đậm). Sửa tự động (tệp .docx): đặt đậm/nghiêng đúng cho mọi đoạn chữ sai của dòng."),
    docs_en: docs!("Phụ lục I of ND30, V sets the style of each component: national title, motto, issuing \
body, type name, summary, signing authority, position and name upright and bold; parent body, letter \
summary (V/v) and Kính gửi upright, not bold; place and date and the legal basis italic; the word \
\"Nơi nhận\" bold italic; the list of recipients upright. The rule reads the effective style of every \
run with text (after styles) and reports once per line. Needs a .docx or the editor's styles; on a \
Markdown file (.md) that marks `**bold**` and `*italic*`, the marks of the whole line are judged (an unmarked line \
is upright and regular; a `#` heading is bold). The fix \
(.docx) sets bold and italic as required on every wrong run of the line."),
    bad: docs!("(a Tiêu ngữ that is not bold)"),
    good: docs!("(a bold Tiêu ngữ)"),
    check: crate::rules::Check::Document(check),
};

fn check(ctx: &Ctx<'_>, out: &mut Vec<Diagnostic>) {
    if ctx.doc.styled.is_none() {
        // Only a Markdown file means its marks: stars in a text pasted from elsewhere are stray.
        if ctx.format == crate::config::InputFormat::Markdown && ctx.doc.marks_emphasis() {
            check_marks(ctx, out);
        }
        return;
    }
    check_styles(ctx, out, &RULE, &decree_expectations(ctx.doc));
}

/// Markdown: the line's own marks (`**…**`, `*…*`) say bold and italic.
fn check_marks(ctx: &Ctx<'_>, out: &mut Vec<Diagnostic>) {
    for (line, component) in components(ctx.doc) {
        let l = ctx.line(line);
        // A Markdown heading (`## KẾ HOẠCH`) is shown bold.
        let bold = l.style.bold || l.style.heading > 0;
        if let Some((vi, en)) = wrong_style(component.expected(), bold, l.style.italic) {
            let e = component.expected();
            let excerpt: String = ctx.s(l.span).trim().chars().take(40).collect();
            out.push(RULE.diag(
                crate::rules::common::formatting::trimmed(ctx.text, l.span),
                format!("Dòng \"{excerpt}\" ({}) {vi}.", e.vi),
                format!("\"{excerpt}\" ({}) {en}.", e.en),
            ));
        }
    }
}
