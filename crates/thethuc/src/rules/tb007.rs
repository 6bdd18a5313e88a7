//! TB007: body paragraphs whose first line is not indented 1 cm or 1.27 cm.
use crate::diagnostic::{Diagnostic, Severity};
use crate::diagnostic::{Fix, FormatChange, FormatEdit, FormatTarget, Message};
use crate::rules::common::formatting::{components, Component};
use crate::rules::{Ctx, DiagnosticExt, FixAvailability, Needs, Rule, Scope};
use crate::text::decimal::decimals;

pub static RULE: Rule = Rule {
    code: "TB007",
    name: "first-line-indent",
    severity: Severity::Warning,
    fix: FixAvailability::Safe,
    needs: Needs::Formatting,
    scope: Scope::Nd30,
    locator: "PL-I I",
    default_on: true,
    summary_vi: docs!("Đoạn nội dung không lùi đầu dòng 1 cm hoặc 1,27 cm."),
    summary_en: docs!("Body paragraph first-line indent is not 1 cm or 1.27 cm."),
    docs_vi: docs!("Khi xuống dòng, chữ đầu dòng lùi vào 1 cm hoặc 1,27 cm (Phụ lục I Nghị định 30/2020/NĐ-CP, \
mục I). Quy tắc xét các đoạn nội dung (kể cả căn cứ) ngoài bảng, có thụt đầu dòng đọc được từ tệp; sai \
lệch cho phép 0,5 mm. Đoạn canh giữa (tiêu đề mục) không bị xét. Cần tệp .docx. Sửa tự động (tệp .docx): đặt thụt đầu dòng \
bằng mức đúng mà văn bản dùng nhiều nhất (1 cm nếu chưa đoạn nào đúng)."),
    docs_en: docs!("The first line of a paragraph is indented 1 cm or 1.27 cm (Phụ lục I of ND30, I). The rule \
checks body and legal-basis paragraphs outside tables whose indent the file states, within 0.5 mm. \
Centred paragraphs (section headings) are not checked. Needs a .docx. The fix (.docx) sets the right \
indent the document uses most (1 cm when no paragraph has one)."),
    bad: docs!("(a body paragraph with no first-line indent)"),
    good: docs!("(body paragraphs indented 1.27 cm)"),
    check: crate::rules::Check::Document(check),
};

/// 1 cm and 1.27 cm in twips.
const ONE_CM: u32 = 567;
const HALF_INCH: u32 = 720;

fn check(ctx: &Ctx<'_>, out: &mut Vec<Diagnostic>) {
    let Some(styled) = &ctx.doc.styled else {
        return;
    };
    let mut seen = crate::text::FastSet::default();
    // (line start, block index, indent in mm) of every body paragraph with a known indent.
    let mut paragraphs = Vec::new();
    for (line, component) in components(ctx.doc) {
        if !matches!(component, Component::Body | Component::CanCu) {
            continue;
        }
        let span = ctx.line(line).span;
        let Some(index) = styled.block_index_at(span.start) else {
            continue;
        };
        let block = &styled.blocks[index];
        // One finding per paragraph: its first line.
        if !seen.insert(block.span.start) || span.start != block.span.start {
            continue;
        }
        if block.style.align == Some(crate::input::blocks::Align::Center) {
            continue;
        }
        // Unknown (an editor that does not say) is not reported.
        if let Some(indent) = block.style.first_line_indent_mm {
            paragraphs.push((span.start, index, indent));
        }
    }
    let is_cm = |mm: f32| (mm - 10.0).abs() <= 0.5;
    let is_half_inch = |mm: f32| (mm - 12.7).abs() <= 0.5;
    // The fix follows the document's own choice between the two allowed indents.
    let cm = paragraphs.iter().filter(|p| is_cm(p.2)).count();
    let half_inch = paragraphs.iter().filter(|p| is_half_inch(p.2)).count();
    let (house, house_vi) = if half_inch > cm {
        (HALF_INCH, "1,27 cm")
    } else {
        (ONE_CM, "1 cm")
    };
    for (start, index, indent) in paragraphs {
        if is_cm(indent) || is_half_inch(indent) {
            continue;
        }
        let shown_en = decimals(indent, 1);
        let shown = shown_en.replace('.', ",");
        out.push(
            RULE.diag(
                crate::text::span::Span::new(start, start),
                format!("Đoạn lùi đầu dòng {shown} mm; đoạn nội dung lùi đầu dòng 1 cm hoặc 1,27 cm."),
                format!("The paragraph's first line is indented {shown_en} mm; body paragraphs are indented 1 cm or 1.27 cm."),
            )
            .with_fix(Fix::safe_format(
                Message::new(
                    format!("Lùi đầu dòng {house_vi}"),
                    format!("Indent the first line {}", house_vi.replace(',', ".")),
                ),
                vec![FormatEdit {
                    target: FormatTarget::Paragraph {
                        block: index as u32,
                    },
                    change: FormatChange::FirstLineIndentTwips(house),
                }],
            )),
        );
    }
}
