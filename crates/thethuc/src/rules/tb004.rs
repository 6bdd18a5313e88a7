//! TB004: paper not A4, or landscape without a table.
use crate::diagnostic::{Diagnostic, Severity};
use crate::diagnostic::{Fix, FormatChange, FormatEdit, FormatTarget, Message};
use crate::rules::{Ctx, DiagnosticExt, FixAvailability, Needs, Rule, Scope};
use crate::text::decimal::decimals;

pub static RULE: Rule = Rule {
    code: "TB004",
    name: "page-size",
    severity: Severity::Error,
    fix: FixAvailability::Safe,
    needs: Needs::Page,
    scope: Scope::Nd30,
    locator: "PL-I I",
    default_on: true,
    summary_vi: docs!("Khổ giấy không phải A4 (210 × 297 mm); trang ngang mà không có bảng."),
    summary_en: docs!("Paper is not A4 (210 × 297 mm); landscape pages without tables."),
    docs_vi: docs!("Văn bản được trình bày trên khổ giấy A4 (210 mm × 297 mm), theo chiều dài của trang. Trang \
ngang chỉ dùng khi nội dung có bảng, biểu không làm thành phụ lục riêng (Phụ lục I Nghị định \
30/2020/NĐ-CP, mục I). Quy tắc xét từng phần (section) của tệp .docx, sai lệch cho phép 2 mm. Khổ Letter \
(216 × 279 mm) là lỗi hay gặp khi máy cài đặt theo Mỹ. Cần tệp .docx. Sửa tự động (tệp .docx): đặt khổ A4, \
giữ chiều ngang cho phần có bảng, chuyển sang trang dọc phần không có bảng; lề giữ nguyên."),
    docs_en: docs!("Documents are set on A4 paper (210 × 297 mm), portrait. Landscape is allowed only for \
tables or charts not split off into appendices (Phụ lục I of ND30, I). The rule checks every section of \
the .docx, within 2 mm. US Letter (216 × 279 mm) is a frequent slip on machines set up for the US. \
Needs a .docx. The fix (.docx) sets A4, landscape kept for a section with a table and turned to portrait \
otherwise; margins are kept."),
    bad: docs!("(a section on US Letter paper)"),
    good: docs!("(every section on A4)"),
    check: crate::rules::Check::Document(check),
};

/// A4 in twips (210 × 297 mm).
const A4_SHORT: u32 = 11906;
const A4_LONG: u32 = 16838;

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
        let a4 = |landscape: bool| {
            let (width, height) = if landscape {
                (A4_LONG, A4_SHORT)
            } else {
                (A4_SHORT, A4_LONG)
            };
            Fix::safe_format(
                Message::new(
                    if landscape {
                        "Đặt khổ A4 ngang"
                    } else {
                        "Đặt khổ A4 dọc"
                    },
                    if landscape {
                        "Set A4 landscape"
                    } else {
                        "Set A4 portrait"
                    },
                ),
                vec![FormatEdit {
                    target: FormatTarget::Section { section: i as u32 },
                    change: FormatChange::PageSize {
                        width,
                        height,
                        landscape,
                    },
                }],
            )
        };
        if (short - 210.0).abs() > 2.0 || (long - 297.0).abs() > 2.0 {
            let paper = if (short - 215.9).abs() < 2.0 && (long - 279.4).abs() < 2.0 {
                " (Letter)"
            } else {
                ""
            };
            let (w_shown, h_shown) = (decimals(w, 0), decimals(h, 0));
            out.push(RULE.diag(
                crate::rules::common::formatting::section_anchor(ctx, i),
                format!("Phần {number} của văn bản dùng khổ giấy {w_shown} × {h_shown} mm{paper}; văn bản hành chính dùng khổ A4 (210 × 297 mm)."),
                format!("Section {number} is on {w_shown} × {h_shown} mm paper{paper}; administrative documents use A4 (210 × 297 mm)."),
            ).with_fix(a4(w > h)));
        } else if page.landscape || w > h {
            let has_table = styled
                .blocks
                .iter()
                .any(|b| b.section as usize == i && b.in_table);
            if !has_table {
                out.push(RULE.diag(
                    crate::rules::common::formatting::section_anchor(ctx, i),
                    format!("Phần {number} của văn bản đặt trang ngang mà không có bảng; trang ngang chỉ dùng cho bảng, biểu."),
                    format!("Section {number} is landscape without a table; landscape is only for tables and charts."),
                ).with_fix(a4(false)));
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::input::blocks::{Block, PageSetup, StyledDocument};

    /// The English messages of TB004's findings on a short công văn (no table) on one page
    /// of `width` × `height` mm, its orientation flag left unset as some writers leave it.
    fn page_messages(width: f32, height: f32) -> Vec<String> {
        let paragraphs = [
            "UBND TỈNH LÀO CAI",
            "SỞ CÔNG THƯƠNG",
            "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
            "Độc lập - Tự do - Hạnh phúc",
            "Số: 120/SCT-QLCN",
            "Lào Cai, ngày 12 tháng 01 năm 2026",
            "V/v triển khai kiểm tra an toàn hóa chất",
            "Kính gửi: Các doanh nghiệp hoạt động hóa chất trên địa bàn tỉnh.",
            "Sở Công Thương đề nghị các doanh nghiệp báo cáo kết quả trước ngày 15 tháng 02 năm 2026.",
        ];
        let document = StyledDocument {
            blocks: paragraphs
                .iter()
                .map(|t| Block {
                    text: (*t).to_owned(),
                    ..Block::default()
                })
                .collect(),
            sections: vec![PageSetup {
                width_mm: Some(width),
                height_mm: Some(height),
                ..PageSetup::default()
            }],
        };
        let config = crate::config::Config {
            select: vec!["TB004".into()],
            ..crate::config::Config::default()
        };
        crate::check_styled(&document, &config)
            .diagnostics
            .iter()
            .filter(|d| d.code == "TB004")
            .map(|d| d.message.en.clone())
            .collect()
    }

    /// An A4 page wider than it is tall is a landscape page, whatever its orientation flag
    /// says; without a table it is reported. The same paper upright is right.
    #[test]
    fn an_a4_page_laid_on_its_side_without_a_table() {
        assert_eq!(page_messages(210.0, 297.0), Vec::<String>::new());
        assert_eq!(
            page_messages(297.0, 210.0),
            ["Section 1 is landscape without a table; landscape is only for tables and charts."]
        );
    }
}
