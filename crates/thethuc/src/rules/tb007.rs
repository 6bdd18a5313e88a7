//! TB007: body paragraphs whose first line is not indented 1 cm or 1.27 cm.
use crate::diagnostic::{Diagnostic, Severity};
use crate::formatting::{components, Component};
use crate::rules::{Ctx, FixAvailability, Needs, Rule, Scope};

pub static RULE: Rule = Rule {
    code: "TB007",
    name: "first-line-indent",
    severity: Severity::Warning,
    fix: FixAvailability::None,
    needs: Needs::Formatting,
    scope: Scope::Nd30,
    locator: "PL-I I",
    default_on: true,
    summary_vi: "Đoạn nội dung không lùi đầu dòng 1 cm hoặc 1,27 cm.",
    summary_en: "Body paragraph first-line indent is not 1 cm or 1.27 cm.",
    docs_vi: "Khi xuống dòng, chữ đầu dòng lùi vào 1 cm hoặc 1,27 cm (Phụ lục I Nghị định 30/2020/NĐ-CP, \
mục I). Quy tắc xét các đoạn nội dung (kể cả căn cứ) ngoài bảng, có thụt đầu dòng đọc được từ tệp; sai \
lệch cho phép 0,5 mm. Đoạn canh giữa (tiêu đề mục) không bị xét. Cần tệp .docx.",
    docs_en: "The first line of a paragraph is indented 1 cm or 1.27 cm (Phụ lục I of ND30, I). The rule \
checks body and legal-basis paragraphs outside tables whose indent the file states, within 0.5 mm. \
Centred paragraphs (section headings) are not checked. Needs a .docx.",
    bad: "(a body paragraph with no first-line indent)",
    good: "(body paragraphs indented 1.27 cm)",
    check,
};

fn check(ctx: &Ctx<'_>, out: &mut Vec<Diagnostic>) {
    let Some(styled) = &ctx.doc.styled else {
        return;
    };
    let mut seen = std::collections::HashSet::new();
    for (line, component) in components(ctx.doc, ctx.text) {
        if !matches!(component, Component::Body | Component::CanCu) {
            continue;
        }
        let span = ctx.line(line).span;
        let Some(block) = styled.block_at(span.start) else {
            continue;
        };
        // One finding per paragraph: its first line.
        if !seen.insert(block.span.start) || span.start != block.span.start {
            continue;
        }
        if block.style.align == Some(crate::blocks::Align::Center) {
            continue;
        }
        // Unknown (an editor that does not say) is not reported.
        let Some(indent) = block.style.first_line_indent_mm else {
            continue;
        };
        let ok = (indent - 10.0).abs() <= 0.5 || (indent - 12.7).abs() <= 0.5;
        if !ok {
            let shown = format!("{indent:.1}").replace('.', ",");
            out.push(RULE.diag(
                crate::document::Span::new(span.start, span.start),
                format!("Đoạn lùi đầu dòng {shown} mm; đoạn nội dung lùi đầu dòng 1 cm hoặc 1,27 cm."),
                format!("The paragraph's first line is indented {indent:.1} mm; body paragraphs are indented 1 cm or 1.27 cm."),
            ));
        }
    }
}
