//! TB005: margins outside the decree's ranges.
use crate::diagnostic::{Diagnostic, Severity};
use crate::diagnostic::{Fix, FormatChange, FormatEdit, FormatTarget, Message};
use crate::rules::common::formatting::clamp;
use crate::rules::{Ctx, DiagnosticExt, FixAvailability, Needs, Rule, Scope};
use crate::text::decimal::decimals;

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
    check,
};

const RANGES: [(&str, &str, f32, f32); 4] = [
    ("trên", "top", 20.0, 25.0),
    ("dưới", "bottom", 20.0, 25.0),
    ("trái", "left", 30.0, 35.0),
    ("phải", "right", 15.0, 20.0),
];

/// A landscape page turned from portrait: Word turns the margins with it (the binding edge,
/// left on a portrait page, is on top).
const TURNED: [(&str, &str, f32, f32); 4] = [
    ("trên", "top", 30.0, 35.0),
    ("dưới", "bottom", 15.0, 20.0),
    ("trái", "left", 20.0, 25.0),
    ("phải", "right", 20.0, 25.0),
];

const TWIPS_PER_MM: f32 = 1440.0 / 25.4;

/// What is outside `ranges`: messages, and the nearest value in range in twips.
type Misses = (Vec<(String, String)>, [Option<u32>; 4]);

fn misses(ranges: &[(&str, &str, f32, f32); 4], values: [Option<f32>; 4]) -> Misses {
    let mut wrong = Vec::new();
    let mut fixed: [Option<u32>; 4] = [None; 4];
    for (k, ((vi, en, min, max), value)) in ranges.iter().zip(values).enumerate() {
        let Some(v) = value else { continue };
        if v < min - 0.5 || v > max + 0.5 {
            fixed[k] = Some((clamp(v, *min, *max) * TWIPS_PER_MM).round() as u32);
            let (v, min, max) = (decimals(v, 1), decimals(*min, 0), decimals(*max, 0));
            wrong.push((
                format!("lề {vi} {v} mm (cần {min}–{max} mm)").replace('.', ","),
                format!("{en} {v} mm (must be {min}–{max} mm)"),
            ));
        }
    }
    (wrong, fixed)
}

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
        let (mut wrong, mut fixed) = misses(&RANGES, values);
        let landscape = page.landscape
            || matches!((page.width_mm, page.height_mm), (Some(w), Some(h)) if w > h);
        if landscape && !wrong.is_empty() {
            // Either way round is accepted; a miss is told against the turned ranges.
            (wrong, fixed) = misses(&TURNED, values);
        }
        if wrong.is_empty() {
            continue;
        }
        let number = i + 1;
        let vi: Vec<_> = wrong.iter().map(|w| w.0.as_str()).collect();
        let en: Vec<_> = wrong.iter().map(|w| w.1.as_str()).collect();
        out.push(
            RULE.diag(
                crate::rules::common::formatting::section_anchor(ctx, i),
                format!("Lề trang của phần {number} sai: {}.", vi.join("; ")),
                format!("Margins of section {number}: {}.", en.join("; ")),
            )
            .with_fix(Fix::safe_format(
                Message::new("Đưa lề về khoảng quy định", "Move the margins into range"),
                vec![FormatEdit {
                    target: FormatTarget::Section { section: i as u32 },
                    change: FormatChange::Margins {
                        top: fixed[0],
                        bottom: fixed[1],
                        left: fixed[2],
                        right: fixed[3],
                    },
                }],
            )),
        );
    }
}
