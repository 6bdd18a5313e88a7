//! TB005: margins outside the decree's ranges.
use crate::diagnostic::{Diagnostic, Severity};
use crate::rules::{Ctx, FixAvailability, Needs, Rule, Scope};

pub static RULE: Rule = Rule {
    code: "TB005",
    name: "margins",
    severity: Severity::Error,
    fix: FixAvailability::None,
    needs: Needs::Page,
    scope: Scope::Nd30,
    locator: "PL-I I",
    default_on: true,
    summary_vi: "Lề trang ngoài khoảng: trên, dưới 20–25 mm; trái 30–35 mm; phải 15–20 mm.",
    summary_en: "Margins outside top/bottom 20–25 mm, left 30–35 mm, right 15–20 mm.",
    docs_vi: "Lề trên và lề dưới cách mép 20–25 mm, lề trái 30–35 mm, lề phải 15–20 mm (Phụ lục I Nghị \
định 30/2020/NĐ-CP, mục I). Quy tắc xét từng phần (section) của tệp .docx, trên trang dọc; với trang \
ngang (bảng), lề được xét theo chiều đặt giấy. Sai lệch dưới 0,5 mm được bỏ qua (Word lưu lề theo đơn vị \
1/1440 inch). Cần tệp .docx.",
    docs_en: "Top and bottom margins are 20–25 mm, left 30–35 mm, right 15–20 mm (Phụ lục I of ND30, I). \
The rule checks every section of the .docx. Differences under 0.5 mm are ignored (Word stores margins in \
1/1440 inch). Needs a .docx.",
    bad: "(a left margin of 20 mm)",
    good: "(margins 20, 20, 30, 20 mm)",
    check,
};

const RANGES: [(&str, &str, f32, f32); 4] = [
    ("trên", "top", 20.0, 25.0),
    ("dưới", "bottom", 20.0, 25.0),
    ("trái", "left", 30.0, 35.0),
    ("phải", "right", 15.0, 20.0),
];

fn check(ctx: &Ctx<'_>, out: &mut Vec<Diagnostic>) {
    let Some(styled) = &ctx.doc.styled else {
        return;
    };
    for (i, page) in styled.sections.iter().enumerate() {
        let values = [
            page.margin_top_mm,
            page.margin_bottom_mm,
            page.margin_left_mm,
            page.margin_right_mm,
        ];
        let mut wrong = Vec::new();
        for ((vi, en, min, max), value) in RANGES.iter().zip(values) {
            let Some(v) = value else { continue };
            if v < min - 0.5 || v > max + 0.5 {
                wrong.push((
                    format!("lề {vi} {v:.1} mm (cần {min:.0}–{max:.0} mm)").replace('.', ","),
                    format!("{en} {v:.1} mm (must be {min:.0}–{max:.0} mm)"),
                ));
            }
        }
        if wrong.is_empty() {
            continue;
        }
        let number = i + 1;
        let vi: Vec<_> = wrong.iter().map(|w| w.0.as_str()).collect();
        let en: Vec<_> = wrong.iter().map(|w| w.1.as_str()).collect();
        out.push(RULE.diag(
            crate::formatting::section_anchor(ctx, i),
            format!("Lề trang của phần {number} sai: {}.", vi.join("; ")),
            format!("Margins of section {number}: {}.", en.join("; ")),
        ));
    }
}
