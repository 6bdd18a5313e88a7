//! TB001: text not in Times New Roman (the effective font, after styles).
use crate::diagnostic::{Diagnostic, Severity};
use crate::rules::{Ctx, FixAvailability, Needs, Rule, Scope};

pub static RULE: Rule = Rule {
    code: "TB001",
    name: "font-family",
    severity: Severity::Error,
    fix: FixAvailability::None,
    needs: Needs::Formatting,
    scope: Scope::Nd30,
    locator: "PL-I I",
    default_on: true,
    summary_vi: "Chữ không dùng phông Times New Roman (phông thực tế, sau khi tính kiểu).",
    summary_en: "Text not in Times New Roman (the effective font, after styles).",
    docs_vi: "Văn bản hành chính dùng phông chữ Times New Roman, bộ mã Unicode TCVN 6909:2001 (Phụ lục I \
Nghị định 30/2020/NĐ-CP, mục I). Quy tắc xét phông mà Word thực sự hiển thị cho từng đoạn chữ: phông đặt \
trực tiếp, phông của kiểu ký tự, của kiểu đoạn và các kiểu nó kế thừa, phông mặc định của tệp và phông \
chủ đề (`minorHAnsi` → theme1.xml). Chữ chỉ có dấu cách không bị xét. Mỗi đoạn báo một lần, chỉ ra đoạn \
chữ đầu tiên sai phông. Cần tệp .docx hoặc kiểu chữ của trình soạn thảo; không chạy trên văn bản thuần. \
Sửa tự động sẽ có khi thethuc ghi được tệp .docx đã sửa.",
    docs_en: "Administrative documents are set in Times New Roman, Unicode per TCVN 6909:2001 (Phụ lục I of \
ND30, I). The rule looks at the font Word actually shows for each run: direct formatting, the character \
style, the paragraph style and the styles it is based on, the document defaults and theme fonts \
(`minorHAnsi` → theme1.xml). Runs of spaces are ignored. Reported once per paragraph, at the first run in \
another font. Needs a .docx or the editor's styles; does not run on plain text. The automatic fix comes \
with writing fixed .docx files.",
    bad: "(a paragraph whose runs are in Arial)",
    good: "(every run in Times New Roman)",
    check,
};

/// `Times New Roman`, or its old style-linked faces (`Times New Roman Bold`, `… Italic`).
fn is_times(font: &str) -> bool {
    let f = font.trim().to_ascii_lowercase();
    let rest = f.strip_prefix("times new roman").unwrap_or("x");
    matches!(rest.trim(), "" | "bold" | "italic" | "bold italic")
}

fn check(ctx: &Ctx<'_>, out: &mut Vec<Diagnostic>) {
    let Some(styled) = &ctx.doc.styled else {
        return;
    };
    for block in &styled.blocks {
        let wrong: Vec<_> = block
            .runs
            .iter()
            .filter(|(s, r)| {
                crate::formatting::has_word(ctx.s(*s))
                    && r.font_family.as_deref().is_some_and(|f| !is_times(f))
            })
            .collect();
        let Some((span, run)) = wrong.first() else {
            continue;
        };
        let font = run.font_family.as_deref().unwrap_or_default();
        let excerpt: String = ctx.s(*span).trim().chars().take(40).collect();
        out.push(RULE.diag(
            crate::formatting::trimmed(ctx.text, *span),
            format!("Chữ \"{excerpt}\" dùng phông {font}; văn bản hành chính dùng phông Times New Roman."),
            format!("\"{excerpt}\" is set in {font}; administrative documents use Times New Roman."),
        ));
    }
}
