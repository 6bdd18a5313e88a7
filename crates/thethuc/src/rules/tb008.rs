//! TB008: body text not justified; header, title and signature lines not centred.
use crate::diagnostic::{
    Diagnostic, Fix, FormatChange, FormatEdit, FormatTarget, Message, Severity,
};
use crate::input::blocks::Align;
use crate::rules::common::formatting::{components, Component};
use crate::rules::{Ctx, DiagnosticExt, FixAvailability, Needs, Rule, Scope};

pub static RULE: Rule = Rule {
    code: "TB008",
    name: "alignment",
    severity: Severity::Warning,
    fix: FixAvailability::Safe,
    needs: Needs::Formatting,
    scope: Scope::Nd30,
    locator: "PL-I IV, V",
    default_on: true,
    summary_vi: docs!("Nội dung không canh đều hai lề; các dòng phần đầu, tên loại, trích yếu, chữ ký không canh giữa."),
    summary_en: docs!("Body not justified; header, title and signature lines not centred."),
    docs_vi: docs!("Nội dung văn bản canh đều hai lề (Phụ lục I Nghị định 30/2020/NĐ-CP, mục I). Quốc hiệu, Tiêu \
ngữ, tên cơ quan, số và ký hiệu, địa danh và ngày tháng, tên loại, trích yếu, quyền hạn, chức vụ, họ tên \
người ký và chữ \"Phụ lục\" được canh giữa trong ô của chúng (mục IV, V). Quy tắc chỉ báo đoạn nội dung dài \
hơn một dòng (trên 90 ký tự): một dòng canh trái hay canh đều trông như nhau. Đoạn nội dung canh giữa \
(tiêu đề mục) và đoạn có ký tự tab (hai thành phần trên một dòng) không bị xét. Cần tệp .docx hoặc kiểu \
chữ của trình soạn thảo. Dòng canh trái được đẩy vào bằng dấu cách cũng không bị xét: không dàn trang thì không \
biết nó nằm đâu. Sửa tự động: canh đều hoặc canh giữa đoạn."),
    docs_en: docs!("Body text is justified (Phụ lục I of ND30, I). The national title, motto, body names, number, \
place and date, type name, summary, signing authority, position, name and the word \"Phụ lục\" are centred \
in their boxes (IV, V). Only body paragraphs longer than one line (over 90 characters) are reported: a \
single line looks the same left-aligned or justified. Centred body paragraphs (headings) and paragraphs \
holding a tab (two components on one line) are not checked. Needs a .docx or the editor's styles. The \
Left-aligned lines pushed across with spaces are not checked either: where they sit needs page layout. The fix \
justifies or centres the paragraph."),
    bad: docs!("(a body paragraph aligned left)"),
    good: docs!("(body justified, header lines centred)"),
    check: crate::rules::Check::Document(check),
};

/// Characters that surely take more than one line at 13–14 pt on A4.
const MULTI_LINE: usize = 90;

fn centred(component: Component) -> bool {
    use Component::*;
    matches!(
        component,
        QuocHieu
            | TieuNgu
            | ParentBody
            | Issuer
            | So
            | PlaceDate
            | TypeName
            | TrichYeu
            | Vv
            | Authority
            | Position
            | SignerName
            | AppendixHeading
    )
}

fn check(ctx: &Ctx<'_>, out: &mut Vec<Diagnostic>) {
    let Some(styled) = &ctx.doc.styled else {
        return;
    };
    let mut seen = crate::text::FastSet::default();
    for (line, component) in components(ctx.doc) {
        let span = ctx.line(line).span;
        let Some(index) = styled.block_index_at(span.start) else {
            continue;
        };
        if !seen.insert(index) {
            continue;
        }
        let block = &styled.blocks[index];
        let text = block.span.of(ctx.text);
        let Some(align) = block.style.align else {
            continue;
        };
        // Two components on one line (a tab between), or a line pushed across with spaces: where
        // it sits cannot be told without laying out the page.
        let pushed =
            text.starts_with([' ', '\u{a0}']) && matches!(align, Align::Left | Align::Justify);
        if text.contains('\t') || pushed {
            continue;
        }
        let (want, vi, en) = if centred(component) {
            if align == Align::Center {
                continue;
            }
            let e = component.expected();
            (
                Align::Center,
                format!("Dòng {} phải canh giữa.", e.vi),
                format!("The {} line must be centred.", e.en),
            )
        } else if matches!(component, Component::Body | Component::CanCu) {
            let long = text.chars().count() > MULTI_LINE;
            if block.in_table || !long || matches!(align, Align::Center | Align::Justify) {
                continue;
            }
            (
                Align::Justify,
                "Đoạn nội dung phải canh đều hai lề.".to_owned(),
                "Body paragraphs must be justified.".to_owned(),
            )
        } else {
            continue;
        };
        let (fix_vi, fix_en) = if want == Align::Center {
            ("Canh giữa", "Centre")
        } else {
            ("Canh đều hai lề", "Justify")
        };
        let finding = RULE.diag(
            crate::rules::common::formatting::trimmed(ctx.text, span),
            vi,
            en,
        );
        out.push(finding.with_fix(Fix::safe_format(
            Message::new(fix_vi, fix_en),
            vec![FormatEdit {
                target: FormatTarget::Paragraph {
                    block: index as u32,
                },
                change: FormatChange::Align(want),
            }],
        )));
    }
}
