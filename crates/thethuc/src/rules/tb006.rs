//! TB006: less than 6 pt between body paragraphs, or line spacing below single or above 1.5 lines.
use crate::diagnostic::{Diagnostic, FormatChange, Severity};
use crate::rules::common::formatting::{check_spacing, pt};
use crate::rules::{Ctx, FixAvailability, Needs, Rule, Scope};
use crate::text::decimal::decimals;

pub static RULE: Rule = Rule {
    code: "TB006",
    name: "spacing",
    severity: Severity::Warning,
    fix: FixAvailability::Safe,
    needs: Needs::Page,
    scope: Scope::Nd30,
    locator: "PL-I I",
    default_on: true,
    summary_vi: docs!("Khoảng cách giữa các đoạn dưới 6 pt, hoặc cách dòng dưới dòng đơn hay trên 1,5 dòng."),
    summary_en: docs!("Less than 6 pt between paragraphs, or line spacing below single or above 1.5 lines."),
    docs_vi: docs!("Khoảng cách giữa các đoạn văn tối thiểu 6 pt; cách dòng tối thiểu là dòng đơn (hoặc từ 15 pt \
chính xác trở lên), tối đa 1,5 dòng (Phụ lục I Nghị định 30/2020/NĐ-CP, mục I). Quy tắc xét các đoạn nội \
dung và căn cứ ngoài bảng. Khoảng cách giữa hai đoạn liền nhau là khoảng sau của đoạn trên cộng khoảng \
trước của đoạn dưới, như Word dàn trang. Cách dòng \"chính xác\" hay \"tối thiểu\" được đổi ra số dòng theo \
cỡ chữ của đoạn (một dòng đơn Times New Roman cao 1,15 lần cỡ chữ). Cần tệp .docx. Sửa tự động (tệp \
.docx): đặt khoảng trước đoạn 6 pt; đặt cách dòng đơn (nếu thưa quá thì 1,5 dòng)."),
    docs_en: docs!("At least 6 pt between paragraphs; line spacing at least single (or 15 pt exactly or more) and \
at most 1.5 lines (Phụ lục I of ND30, I). The rule checks body and legal-basis paragraphs outside tables. \
The gap between two adjacent paragraphs is the space after the first plus the space before the second, as \
Word lays them out. Exact and at-least spacing is turned into lines with the paragraph's font size (a \
single Times New Roman line is 1.15 times the size). Needs a .docx. The fix (.docx) sets 6 pt before the \
paragraph, and single spacing (1.5 lines when it was wider)."),
    bad: docs!("(body paragraphs with no space between them)"),
    good: docs!("(6 pt before each body paragraph, single spacing)"),
    check: crate::rules::Check::Document(check),
};

/// A single line of Times New Roman, as a multiple of the font size.
const SINGLE: f32 = 1.15;

/// Line spacing in lines, and the fix when it is out of range (`240` or `360` 240ths).
fn line_problem(style: &crate::input::blocks::BlockStyle) -> Option<(String, String, u32)> {
    if let Some(lines) = style.line_spacing {
        let shown_en = decimals(lines, 2);
        if lines < 1.0 - 0.01 {
            return Some(said(&shown_en, true, true));
        }
        if lines > 1.5 + 0.01 {
            return Some(said(&shown_en, true, false));
        }
    }
    if let (Some(height), Some(size)) = (style.line_height_pt, style.font_size_pt) {
        let single = SINGLE * size;
        let shown = pt(height);
        // The decree accepts 15 pt exactly as the least spacing.
        if height < 15.0 - 0.01 && height < single - 0.5 {
            return Some(said(&shown, false, true));
        }
        if height > 1.5 * single + 0.5 {
            return Some(said(&shown, false, false));
        }
    }
    None
}

/// The message and the fix for a spacing of `shown` lines (`in_lines`) or points, below single
/// spacing or above 1.5 lines.
fn said(shown: &str, in_lines: bool, below: bool) -> (String, String, u32) {
    let (unit_vi, unit_en) = if in_lines {
        ("dòng", "lines")
    } else {
        ("pt", "pt")
    };
    let (vi, en, fix) = match (below, in_lines) {
        (true, _) => ("dưới dòng đơn", "below single", 240),
        (false, true) => ("quá 1,5 dòng", "above 1.5", 360),
        (false, false) => ("quá 1,5 dòng", "above 1.5 lines", 360),
    };
    (
        format!("cách dòng {} {unit_vi}, {vi}", shown.replace('.', ",")),
        format!("line spacing {shown} {unit_en}, {en}"),
        fix,
    )
}

fn check(ctx: &Ctx<'_>, out: &mut Vec<Diagnostic>) {
    check_spacing(ctx, out, &RULE, &|style| {
        let (vi, en, lines) = line_problem(style)?;
        Some((vi, en, FormatChange::LineSpacing240ths(lines)))
    });
}

#[cfg(test)]
mod tests {
    use super::line_problem;
    use crate::input::blocks::BlockStyle;

    /// The four messages, word for word: spacing in lines (decimal comma in Vietnamese) or in
    /// points, below single or above 1.5 lines, and the fix of each.
    #[test]
    fn the_four_spacing_messages() {
        let lines = |l: f32| BlockStyle {
            line_spacing: Some(l),
            ..BlockStyle::default()
        };
        let exact = |h: f32| BlockStyle {
            line_height_pt: Some(h),
            font_size_pt: Some(14.0),
            ..BlockStyle::default()
        };
        let said = |s: BlockStyle| line_problem(&s).unwrap();
        assert_eq!(
            said(lines(0.85)),
            (
                "cách dòng 0,85 dòng, dưới dòng đơn".into(),
                "line spacing 0.85 lines, below single".into(),
                240
            )
        );
        assert_eq!(
            said(lines(2.0)),
            (
                "cách dòng 2,00 dòng, quá 1,5 dòng".into(),
                "line spacing 2.00 lines, above 1.5".into(),
                360
            )
        );
        assert_eq!(
            said(exact(12.5)),
            (
                "cách dòng 12,5 pt, dưới dòng đơn".into(),
                "line spacing 12,5 pt, below single".into(),
                240
            )
        );
        assert_eq!(
            said(exact(30.0)),
            (
                "cách dòng 30 pt, quá 1,5 dòng".into(),
                "line spacing 30 pt, above 1.5 lines".into(),
                360
            )
        );
    }

    /// An exact line height is judged against the font's single spacing (1.15 × its size):
    /// 14 pt is single for 12 pt letters but below it for 13 pt ones.
    #[test]
    fn an_exact_line_height_against_the_font_size() {
        let style = |size: f32| BlockStyle {
            line_height_pt: Some(14.0),
            font_size_pt: Some(size),
            ..BlockStyle::default()
        };
        assert_eq!(line_problem(&style(12.0)), None);
        let below = line_problem(&style(13.0));
        assert!(
            below
                .as_ref()
                .is_some_and(|(_, en, _)| en.contains("below single")),
            "{below:?}"
        );
    }
}
