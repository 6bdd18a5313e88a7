//! TB006: less than 6 pt between body paragraphs, or line spacing below single or above 1.5 lines.
use crate::diagnostic::{
    Diagnostic, Fix, FormatChange, FormatEdit, FormatTarget, Message, Severity,
};
use crate::rules::common::formatting::{body_paragraphs, pt};
use crate::rules::{Ctx, DiagnosticExt, FixAvailability, Needs, Rule, Scope};
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
    check,
};

/// A single line of Times New Roman, as a multiple of the font size.
const SINGLE: f32 = 1.15;

/// Line spacing in lines, and the fix when it is out of range (`240` or `360` 240ths).
fn line_problem(style: &crate::input::blocks::BlockStyle) -> Option<(String, String, u32)> {
    if let Some(lines) = style.line_spacing {
        let shown_en = decimals(lines, 2);
        let shown = shown_en.replace('.', ",");
        if lines < 1.0 - 0.01 {
            return Some((
                format!("cách dòng {shown} dòng, dưới dòng đơn"),
                format!("line spacing {shown_en} lines, below single"),
                240,
            ));
        }
        if lines > 1.5 + 0.01 {
            return Some((
                format!("cách dòng {shown} dòng, quá 1,5 dòng"),
                format!("line spacing {shown_en} lines, above 1.5"),
                360,
            ));
        }
    }
    if let (Some(height), Some(size)) = (style.line_height_pt, style.font_size_pt) {
        let single = SINGLE * size;
        let shown = pt(height);
        // The decree accepts 15 pt exactly as the least spacing.
        if height < 15.0 - 0.01 && height < single - 0.5 {
            return Some((
                format!("cách dòng {shown} pt, dưới dòng đơn"),
                format!("line spacing {shown} pt, below single"),
                240,
            ));
        }
        if height > 1.5 * single + 0.5 {
            return Some((
                format!("cách dòng {shown} pt, quá 1,5 dòng"),
                format!("line spacing {shown} pt, above 1.5 lines"),
                360,
            ));
        }
    }
    None
}

fn check(ctx: &Ctx<'_>, out: &mut Vec<Diagnostic>) {
    let Some(styled) = &ctx.doc.styled else {
        return;
    };
    let body = body_paragraphs(ctx);
    // Per paragraph: (block index, gap problem, line problem, edits).
    type Found = (
        usize,
        Option<f32>,
        Option<(String, String)>,
        Vec<FormatEdit>,
    );
    let mut found: Vec<Found> = Vec::new();
    for (k, &index) in body.iter().enumerate() {
        let block = &styled.blocks[index];
        let target = FormatTarget::Paragraph {
            block: index as u32,
        };
        let mut edits = Vec::new();
        // The gap to the paragraph just above, when that one is body text too.
        let above = k
            .checked_sub(1)
            .map(|j| body[j])
            .filter(|&j| j + 1 == index);
        let gap = above.and_then(|j| {
            let after = styled.blocks[j].style.space_after_pt?;
            let gap = after + block.style.space_before_pt?;
            (gap < 6.0 - 0.01).then_some(gap)
        });
        if gap.is_some() {
            edits.push(FormatEdit {
                target,
                change: FormatChange::SpaceBeforeTwips(120),
            });
        }
        let line = line_problem(&block.style).map(|(vi, en, lines)| {
            edits.push(FormatEdit {
                target,
                change: FormatChange::LineSpacing240ths(lines),
            });
            (vi, en)
        });
        if !edits.is_empty() {
            found.push((index, gap, line, edits));
        }
    }
    // Neighbouring paragraphs with the same problem make one finding: a document set with no
    // space between paragraphs would otherwise give one per paragraph.
    let mut k = 0;
    while k < found.len() {
        let (index, gap, line, _) = &found[k];
        let mut end = k + 1;
        while end < found.len()
            && found[end].0 == found[end - 1].0 + 1
            && found[end].1.is_some() == gap.is_some()
            && found[end].2 == *line
        {
            end += 1;
        }
        let mut vi = Vec::new();
        let mut en = Vec::new();
        if let Some(gap) = gap {
            vi.push(format!(
                "cách đoạn trên {} pt, cần tối thiểu 6 pt",
                pt(*gap)
            ));
            en.push(format!(
                "{} pt from the paragraph above, at least 6 pt needed",
                pt(*gap)
            ));
        }
        if let Some((v, e)) = line {
            vi.push(v.clone());
            en.push(e.clone());
        }
        let more = end - k - 1;
        let (more_vi, more_en) = if more > 0 {
            (
                format!(" ({more} đoạn tiếp theo cũng vậy)"),
                format!(" (so do the {more} paragraphs after it)"),
            )
        } else {
            (String::new(), String::new())
        };
        let start = styled.blocks[*index].span.start;
        let edits: Vec<FormatEdit> = found[k..end].iter().flat_map(|f| f.3.clone()).collect();
        out.push(
            RULE.diag(
                crate::text::span::Span::new(start, start),
                format!("Đoạn văn {}{more_vi}.", vi.join("; ")),
                format!("The paragraph has {}{more_en}.", en.join("; ")),
            )
            .with_fix(Fix::safe_format(
                Message::new(
                    "Đặt khoảng cách đoạn và cách dòng",
                    "Set paragraph and line spacing",
                ),
                edits,
            )),
        );
        k = end;
    }
}

#[cfg(test)]
mod tests {
    use super::line_problem;
    use crate::input::blocks::BlockStyle;

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
