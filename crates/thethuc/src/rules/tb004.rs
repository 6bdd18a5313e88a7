//! TB004: paper not A4, or landscape without a table.
use crate::diagnostic::{Diagnostic, Severity};
use crate::rules::{Ctx, FixAvailability, Needs, Rule, Scope};

pub static RULE: Rule = Rule {
    code: "TB004",
    name: "page-size",
    severity: Severity::Error,
    fix: FixAvailability::None,
    needs: Needs::Page,
    scope: Scope::Nd30,
    locator: "PL-I I",
    default_on: true,
    summary_vi: "Khổ giấy không phải A4 (210 × 297 mm); trang ngang mà không có bảng.",
    summary_en: "Paper is not A4 (210 × 297 mm); landscape pages without tables.",
    docs_vi: "Văn bản được trình bày trên khổ giấy A4 (210 mm × 297 mm), theo chiều dài của trang. Trang \
ngang chỉ dùng khi nội dung có bảng, biểu không làm thành phụ lục riêng (Phụ lục I Nghị định \
30/2020/NĐ-CP, mục I). Quy tắc xét từng phần (section) của tệp .docx, sai lệch cho phép 2 mm. Khổ Letter \
(216 × 279 mm) là lỗi hay gặp khi máy cài đặt theo Mỹ. Cần tệp .docx.",
    docs_en: "Documents are set on A4 paper (210 × 297 mm), portrait. Landscape is allowed only for \
tables or charts not split off into appendices (Phụ lục I of ND30, I). The rule checks every section of \
the .docx, within 2 mm. US Letter (216 × 279 mm) is a frequent slip on machines set up for the US. \
Needs a .docx.",
    bad: "(a section on US Letter paper)",
    good: "(every section on A4)",
    check,
};

fn check(ctx: &Ctx<'_>, out: &mut Vec<Diagnostic>) {
    let Some(styled) = &ctx.doc.styled else {
        return;
    };
    for (i, page) in styled.sections.iter().enumerate() {
        let (Some(w), Some(h)) = (page.width_mm, page.height_mm) else {
            continue;
        };
        let (short, long) = (w.min(h), w.max(h));
        let number = i + 1;
        if (short - 210.0).abs() > 2.0 || (long - 297.0).abs() > 2.0 {
            let paper = if (short - 215.9).abs() < 2.0 && (long - 279.4).abs() < 2.0 {
                " (Letter)"
            } else {
                ""
            };
            out.push(RULE.diag(
                crate::formatting::section_anchor(ctx, i),
                format!("Phần {number} của văn bản dùng khổ giấy {w:.0} × {h:.0} mm{paper}; văn bản hành chính dùng khổ A4 (210 × 297 mm)."),
                format!("Section {number} is on {w:.0} × {h:.0} mm paper{paper}; administrative documents use A4 (210 × 297 mm)."),
            ));
        } else if page.landscape || w > h {
            let has_table = styled
                .blocks
                .iter()
                .any(|b| b.section as usize == i && b.in_table);
            if !has_table {
                out.push(RULE.diag(
                    crate::formatting::section_anchor(ctx, i),
                    format!("Phần {number} của văn bản đặt trang ngang mà không có bảng; trang ngang chỉ dùng cho bảng, biểu."),
                    format!("Section {number} is landscape without a table; landscape is only for tables and charts."),
                ));
            }
        }
    }
}
