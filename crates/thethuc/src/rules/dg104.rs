//! DG104: a Party document's paragraphs less than 6 pt apart, or lines not 18–22 pt apart.
use crate::diagnostic::{Diagnostic, FormatChange, Severity};
use crate::rules::common::formatting::{check_spacing, clamp, pt};
use crate::rules::common::party::{before_hd36, guide, Guide};
use crate::rules::{Ctx, FixAvailability, Needs, Rule, Scope};

pub static RULE: Rule = Rule {
    code: "DG104",
    name: "party-spacing",
    severity: Severity::Warning,
    fix: FixAvailability::Safe,
    needs: Needs::Page,
    scope: Scope::Party,
    locator: "HD 05 6.2.2; HD 36 1.6.2",
    default_on: true,
    summary_vi: docs!("Văn bản của Đảng: khoảng cách giữa các đoạn dưới 6 pt, hoặc cách dòng ngoài 18–22 pt (Exactly)."),
    summary_en: docs!("A Party document: less than 6 pt between paragraphs, or line spacing outside 18–22 pt (Exactly)."),
    docs_vi: docs!("Nội dung văn bản của Đảng có khoảng cách giữa các đoạn (Spacing) tối thiểu 6 pt và khoảng \
cách giữa các dòng (Line spacing) từ 18 pt đến 22 pt, kiểu Exactly (Hướng dẫn 05-HD/VPTW, mục 6.2.2). Văn \
bản ghi ngày trước 27/5/2026 theo Hướng dẫn 36-HD/VPTW (mục 1.6.2): cách dòng tối thiểu 18 pt, không có mức \
tối đa. Quy tắc xét các đoạn nội dung và căn cứ ngoài bảng. Khoảng cách giữa hai đoạn liền nhau là khoảng \
sau của đoạn trên cộng khoảng trước của đoạn dưới. Cách dòng đặt theo số dòng được đổi ra pt theo cỡ chữ \
của đoạn (một dòng đơn Times New Roman cao 1,15 lần cỡ chữ: dòng đơn ở cỡ 14 là 16,1 pt); thethuc xét độ \
cao dòng, không phân biệt Exactly với At least. Các đoạn liền nhau cùng lỗi được báo một lần. Cần tệp \
.docx. Sửa tự động (tệp .docx): đặt khoảng trước đoạn 6 pt; đặt cách dòng Exactly ở mức gần nhất trong \
khoảng. Văn bản ghi ngày trước 03/4/2018 (khi đó theo Hướng dẫn 11-HD/VPTW năm 2004, thethuc chưa có bảng của hướng dẫn này) không bị xét."),
    docs_en: docs!("The body of a Party document has at least 6 pt between paragraphs (Spacing) and 18 pt to \
22 pt between lines (Line spacing), Exactly (Hướng dẫn 05-HD/VPTW, 6.2.2). A document dated before \
27/5/2026 follows Hướng dẫn 36-HD/VPTW (1.6.2): lines at least 18 pt apart, with no upper bound. The rule \
checks body and legal-basis paragraphs outside tables. The gap between two adjacent paragraphs is the \
space after the first plus the space before the second. Spacing set in lines is turned into points \
with the paragraph's font size (a single Times New Roman line is 1.15 times the size: 16.1 pt at \
14 pt); thethuc judges the height of the lines and does not tell Exactly from At least. Neighbouring \
paragraphs with the same problem make one finding. Needs a .docx. The fix (.docx) sets 6 pt before the \
paragraph, and an exact line spacing at the nearest height in range. A document dated before 03/4/2018 (then under Hướng dẫn 11-HD/VPTW of 2004, whose table thethuc does not hold) is not checked."),
    bad: docs!("(Party body paragraphs in single spacing, 16.1 pt at 14 pt)"),
    good: docs!("(6 pt between paragraphs, lines 18 pt exactly)"),
    check: crate::rules::Check::Document(check),
};

/// A single line of Times New Roman, as a multiple of the font size.
const SINGLE: f32 = 1.15;

fn check(ctx: &Ctx<'_>, out: &mut Vec<Diagnostic>) {
    if before_hd36(ctx) {
        return;
    }
    let (most, want) = match guide(ctx).0 {
        Guide::Hd05 => (22.0, "18–22 pt"),
        Guide::Hd36 => (f32::INFINITY, "≥ 18 pt"),
    };
    check_spacing(ctx, out, &RULE, &|style| {
        let h = style
            .line_height_pt
            .or_else(|| Some(style.line_spacing? * SINGLE * style.font_size_pt?))?;
        if (18.0 - 0.05..=most + 0.05).contains(&h) {
            return None;
        }
        // Shown to a tenth of a point, as neighbouring paragraphs are compared.
        let shown = pt((h * 10.0).round() / 10.0);
        let exact = (clamp(h, 18.0, most) * 20.0).round() as u32;
        Some((
            format!("cách dòng {shown} pt, cần {want} (Exactly)"),
            format!("line spacing {shown} pt, {want} needed (Exactly)"),
            FormatChange::LineExactTwips(exact),
        ))
    });
}
