//! TB011: text not black.
use crate::diagnostic::{Diagnostic, Severity};
use crate::diagnostic::{Fix, FormatChange, FormatEdit, Message};
use crate::rules::{Ctx, DiagnosticExt, FixAvailability, Needs, Rule, Scope};

pub static RULE: Rule = Rule {
    code: "TB011",
    name: "text-color",
    severity: Severity::Warning,
    fix: FixAvailability::Safe,
    needs: Needs::Formatting,
    scope: Scope::Nd30,
    locator: "PL-I I",
    default_on: true,
    summary_vi: docs!("Chữ không phải màu đen (trừ dấu)."),
    summary_en: docs!("Text not black (stamps excepted)."),
    docs_vi: docs!("Văn bản dùng chữ màu đen (Phụ lục I Nghị định 30/2020/NĐ-CP, mục I). Quy tắc báo đoạn chữ có \
màu khác đen và khác \"tự động\" (auto); màu rất tối (mỗi thành phần dưới 0x40) được coi là đen. Mỗi đoạn \
báo một lần. Cần tệp .docx. Sửa tự động (tệp .docx): đặt màu đen cho mọi đoạn chữ có màu của đoạn."),
    docs_en: docs!("Text is black (Phụ lục I of ND30, I). The rule reports runs in a colour other than black or \
\"automatic\"; very dark colours (every channel under 0x40) count as black. Once per paragraph. Needs a \
.docx. The fix (.docx) sets black on every coloured run of the paragraph."),
    bad: docs!("(a run in red)"),
    good: docs!("(all runs automatic or black)"),
    check: crate::rules::Check::Document(check),
};

fn is_black(color: &str) -> bool {
    if color.eq_ignore_ascii_case("auto") {
        return true;
    }
    let hex = color.trim_start_matches('#');
    hex.len() == 6
        && (0..3).all(|i| {
            u8::from_str_radix(hex.get(i * 2..i * 2 + 2).unwrap_or("ff"), 16)
                .is_ok_and(|v| v < 0x40)
        })
}

fn check(ctx: &Ctx<'_>, out: &mut Vec<Diagnostic>) {
    let Some(styled) = &ctx.doc.styled else {
        return;
    };
    for b in 0..styled.blocks.len() {
        let coloured: Vec<_> = styled
            .runs_of(b)
            .filter(|(_, s, r)| {
                !ctx.s(*s).trim().is_empty() && r.color.as_deref().is_some_and(|c| !is_black(c))
            })
            .collect();
        if let Some(&(_, span, run)) = coloured.first() {
            let edits = coloured
                .iter()
                .map(|&(target, _, _)| FormatEdit {
                    target,
                    change: FormatChange::Color("000000".into()),
                })
                .collect();
            let color = run.color.as_deref().unwrap_or_default();
            let excerpt: String = ctx.s(span).trim().chars().take(40).collect();
            out.push(
                RULE.diag(
                    crate::rules::common::formatting::trimmed(ctx.text, span),
                    format!("Chữ \"{excerpt}\" có màu #{color}; văn bản dùng chữ màu đen."),
                    format!("\"{excerpt}\" is coloured #{color}; text is black."),
                )
                .with_fix(Fix::safe_format(
                    Message::new("Đặt chữ màu đen", "Set the text black"),
                    edits,
                )),
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use super::is_black;

    /// Black is `auto` or a colour whose three channels are all dark (below 0x40): the near
    /// blacks a template gives (`1F1F1F`) pass, any colour with one bright channel does not.
    #[test]
    fn black_and_near_black() {
        for c in ["auto", "000000", "#1F1F1F", "3F3F3F"] {
            assert!(is_black(c), "{c}");
        }
        for c in ["C00000", "00B050", "0000FF", "404040", "000", "FFFFFF"] {
            assert!(!is_black(c), "{c}");
        }
    }
}
