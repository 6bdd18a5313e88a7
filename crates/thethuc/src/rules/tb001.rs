//! TB001: text not in Times New Roman (the effective font, after styles).
use crate::diagnostic::{Diagnostic, Severity};
use crate::diagnostic::{Fix, FormatChange, FormatEdit, Message};
use crate::rules::{Ctx, DiagnosticExt, FixAvailability, Needs, Rule, Scope};

pub static RULE: Rule = Rule {
    code: "TB001",
    name: "font-family",
    severity: Severity::Error,
    fix: FixAvailability::Safe,
    needs: Needs::Formatting,
    scope: Scope::Nd30,
    locator: "PL-I I",
    default_on: true,
    summary_vi: docs!("Chữ không dùng phông Times New Roman (phông thực tế, sau khi tính kiểu)."),
    summary_en: docs!("Text not in Times New Roman (the effective font, after styles)."),
    docs_vi: docs!("Văn bản hành chính dùng phông chữ Times New Roman, bộ mã Unicode TCVN 6909:2001 (Phụ lục I \
Nghị định 30/2020/NĐ-CP, mục I). Quy tắc xét phông mà Word thực sự hiển thị cho từng đoạn chữ: phông đặt \
trực tiếp, phông của kiểu ký tự, của kiểu đoạn và các kiểu nó kế thừa, phông mặc định của tệp và phông \
chủ đề (`minorHAnsi` → theme1.xml). Chữ chỉ có dấu cách không bị xét. Mỗi đoạn báo một lần, chỉ ra đoạn \
chữ đầu tiên sai phông. Cần tệp .docx hoặc kiểu chữ của trình soạn thảo; không chạy trên văn bản thuần. \
Tên một kiểu của phông (`Times New Roman Bold`, `… Italic`), có trong tệp cũ, cũng bị báo: máy không có \
phông mang đúng tên đó (LibreOffice, máy Mac, hệ thống chuyển đổi PDF) sẽ thay bằng phông khác. Sửa tự \
động (tệp .docx): đặt phông Times New Roman trực tiếp cho mọi đoạn chữ sai phông của đoạn; chữ ghi \
\"Bold\"/\"Italic\" trong tên phông được giữ bằng in đậm/in nghiêng."),
    docs_en: docs!("Administrative documents are set in Times New Roman, Unicode per TCVN 6909:2001 (Phụ lục I of \
ND30, I). The rule looks at the font Word actually shows for each run: direct formatting, the character \
style, the paragraph style and the styles it is based on, the document defaults and theme fonts \
(`minorHAnsi` → theme1.xml). Runs of spaces are ignored. Reported once per paragraph, at the first run in \
another font. A face name (`Times New Roman Bold`, `… Italic`), found in old files, is reported too: \
a machine without a font of exactly that name (LibreOffice, a Mac, a PDF converter) shows another font. \
Needs a .docx or the editor's styles; does not run on plain text. The fix (.docx) sets Times New Roman \
directly on every run of the paragraph in another font, keeping \"Bold\"/\"Italic\" of a face name as \
bold/italic."),
    bad: docs!("(a paragraph whose runs are in Arial)"),
    good: docs!("(every run in Times New Roman)"),
    check: crate::rules::Check::Document(check),
};

/// Exactly the family `Times New Roman`.
fn is_times(font: &str) -> bool {
    font.trim().eq_ignore_ascii_case("times new roman")
}

/// `Times New Roman Bold Italic` → (bold, italic): a face named where a family belongs.
fn times_face(font: &str) -> Option<(bool, bool)> {
    let f = font.trim().to_ascii_lowercase();
    match f.strip_prefix("times new roman")?.trim() {
        "bold" => Some((true, false)),
        "italic" => Some((false, true)),
        "bold italic" => Some((true, true)),
        _ => None,
    }
}

fn check(ctx: &Ctx<'_>, out: &mut Vec<Diagnostic>) {
    let Some(styled) = &ctx.doc.styled else {
        return;
    };
    for b in 0..styled.blocks.len() {
        let wrong: Vec<_> = styled
            .runs_of(b)
            .filter(|(_, s, r)| {
                crate::text::words::has_word(ctx.s(*s))
                    && r.font_family.as_deref().is_some_and(|f| !is_times(f))
            })
            .collect();
        let Some(&(_, span, run)) = wrong.first() else {
            continue;
        };
        let mut edits = Vec::new();
        for &(target, _, r) in &wrong {
            edits.push(FormatEdit {
                target,
                change: FormatChange::FontFamily("Times New Roman".into()),
            });
            // The face name made the text bold or italic: keep it so once the name is plain.
            let (bold, italic) = r
                .font_family
                .as_deref()
                .and_then(times_face)
                .unwrap_or_default();
            if bold && r.bold != Some(true) {
                edits.push(FormatEdit {
                    target,
                    change: FormatChange::Bold(true),
                });
            }
            if italic && r.italic != Some(true) {
                edits.push(FormatEdit {
                    target,
                    change: FormatChange::Italic(true),
                });
            }
        }
        let font = run.font_family.as_deref().unwrap_or_default();
        let excerpt: String = ctx.s(span).trim().chars().take(40).collect();
        let (vi, en) = if times_face(font).is_some() {
            (
                format!("Chữ \"{excerpt}\" ghi tên phông \"{font}\" (tên một kiểu chữ, không phải họ phông); máy không có phông mang đúng tên này sẽ thay bằng phông khác. Dùng phông Times New Roman."),
                format!("\"{excerpt}\" names the font \"{font}\" (a face, not a family); a machine without a font of exactly that name shows another one. Use Times New Roman."),
            )
        } else {
            (
                format!("Chữ \"{excerpt}\" dùng phông {font}; văn bản hành chính dùng phông Times New Roman."),
                format!("\"{excerpt}\" is set in {font}; administrative documents use Times New Roman."),
            )
        };
        out.push(
            RULE.diag(
                crate::rules::common::formatting::trimmed(ctx.text, span),
                vi,
                en,
            )
            .with_fix(Fix::safe_format(
                Message::new("Đặt phông Times New Roman", "Set Times New Roman"),
                edits,
            )),
        );
    }
}

#[cfg(test)]
mod tests {
    use super::times_face;

    /// A face named in the family (`Times New Roman Bold`, as some converters write it) says
    /// which of bold and italic it carries; a family alone, or another font, is no face.
    #[test]
    fn the_face_named_after_the_family() {
        assert_eq!(times_face("Times New Roman Bold"), Some((true, false)));
        assert_eq!(times_face("times new roman italic"), Some((false, true)));
        assert_eq!(
            times_face(" Times New Roman Bold Italic "),
            Some((true, true))
        );
        assert_eq!(times_face("Times New Roman"), None);
        assert_eq!(times_face("Arial Bold"), None);
    }
}

#[cfg(test)]
mod fix_tests {
    use crate::diagnostic::FormatChange;
    use crate::input::blocks::{Block, RunStyle, StyledDocument};

    /// The changes of TB001's fix for a header whose issuer is set in the face `font`, its
    /// run's own bold flag `bold`.
    fn fix_changes(font: &str, bold: Option<bool>) -> Vec<FormatChange> {
        let paragraphs = [
            "UBND TỈNH LÀO CAI",
            "SỞ CÔNG THƯƠNG",
            "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
            "Độc lập - Tự do - Hạnh phúc",
            "Số: 120/SCT-QLCN",
            "Lào Cai, ngày 12 tháng 01 năm 2026",
        ];
        let blocks = paragraphs
            .iter()
            .map(|t| Block {
                text: (*t).to_owned(),
                runs: vec![RunStyle {
                    start: 0,
                    end: t.len() as u32,
                    bold: if *t == "SỞ CÔNG THƯƠNG" {
                        bold
                    } else {
                        None
                    },
                    font_family: Some(if *t == "SỞ CÔNG THƯƠNG" {
                        font.to_owned()
                    } else {
                        "Times New Roman".to_owned()
                    }),
                    ..RunStyle::default()
                }],
                ..Block::default()
            })
            .collect();
        let document = StyledDocument {
            blocks,
            sections: Vec::new(),
        };
        let config = crate::config::Config {
            select: vec!["TB001".into()],
            ..crate::config::Config::default()
        };
        let report = crate::check_styled(&document, &config);
        let found: Vec<_> = report
            .diagnostics
            .iter()
            .filter(|d| d.code == "TB001")
            .collect();
        assert_eq!(found.len(), 1, "{found:?}");
        found[0].fixes[0]
            .format
            .iter()
            .map(|e| e.change.clone())
            .collect()
    }

    /// An old file names the bold face for the issuer (`Times New Roman Bold`) and leaves the
    /// run's bold flag unset: the fix names the family and makes the text bold, so the issuer
    /// stays bold once the face name is gone.
    #[test]
    fn the_fix_keeps_the_bold_a_face_name_gave() {
        assert_eq!(
            fix_changes("Times New Roman Bold", None),
            [
                FormatChange::FontFamily("Times New Roman".into()),
                FormatChange::Bold(true)
            ]
        );
        assert_eq!(
            fix_changes("Times New Roman Bold Italic", Some(false)),
            [
                FormatChange::FontFamily("Times New Roman".into()),
                FormatChange::Bold(true),
                FormatChange::Italic(true)
            ]
        );
    }
}
