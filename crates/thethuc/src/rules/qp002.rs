use crate::diagnostic::{Diagnostic, Severity};
use crate::model::body::SectionKind;
use crate::model::document::LineKind;
use crate::rules::common::body::body_items;
use crate::rules::common::formatting::trimmed;
use crate::rules::common::qppl::{by_the_assembly, under_law_64};
use crate::rules::{Ctx, FixAvailability, Needs, Rule, Scope};
use crate::text::fold::fold_case;

pub static RULE: Rule = Rule {
    code: "QP002",
    name: "qppl-heading-name",
    severity: Severity::Warning,
    fix: FixAvailability::None,
    needs: Needs::Text,
    scope: Scope::Qppl,
    locator: "Luật 64/2025/QH15 Đ7.2; NĐ 78/2025/NĐ-CP Đ63.3",
    default_on: true,
    summary_vi: docs!("Phần, chương, mục, tiểu mục hoặc điều của văn bản quy phạm pháp luật không có tên."),
    summary_en: docs!("A part, chapter, section, subsection or article of a legal normative document has no name."),
    docs_vi: docs!("Luật 64/2025/QH15, khoản 2 Điều 7: \"phần, chương, mục, tiểu mục, điều phải có \
tên\"; Nghị định 78/2025/NĐ-CP, khoản 3 Điều 63: \"Tên là cụm từ chỉ nội dung chính của phần, chương, \
mục, tiểu mục, điều.\" Điều viết `Điều 5. Trách nhiệm thi hành`; chương viết `Chương I` và tên ở cùng dòng \
hoặc dòng ngay sau (`QUY ĐỊNH CHUNG`). Quy tắc báo một tiêu đề phần, chương, mục, tiểu mục hoặc điều \
chỉ có số, không có chữ nào sau số ở cùng dòng và (với phần, chương, mục, tiểu mục) dòng sau cũng là \
một tiêu đề khác; không đọc phần trích dẫn văn bản khác (nội dung sửa đổi trong ngoặc kép). Cách đọc thận trọng: \
Hiến pháp không đặt tên điều; nghị quyết của Quốc hội và Ủy ban Thường vụ Quốc hội (ký hiệu `QH`, \
`UBTVQH`) giữ lối `Điều 1` không tên (như Nghị quyết 80/2025/UBTVQH15), nên điều của chúng không được \
báo; văn bản ghi ngày trước 01/4/2025 (trước Luật 64) cũng không. Chỉ áp dụng cho văn bản quy phạm \
pháp luật; văn bản hành chính không bắt buộc đặt tên điều. Mức cảnh báo, không sửa tự động."),
    docs_en: docs!("Law 64/2025/QH15, Article 7(2): \"parts, chapters, sections, subsections and \
articles must have names\"; Decree 78/2025/NĐ-CP, Article 63(3): \"A name is a phrase stating the main \
content of the part, chapter, section, subsection or article.\" An article reads `Điều 5. Trách nhiệm \
thi hành`; a chapter reads `Chương I` with its name on the same line or the next (`QUY ĐỊNH CHUNG`). \
The rule reports a part, chapter, section, subsection or article heading that holds its number only, \
with no word after the number on its line and (for a part, chapter, section or subsection) another \
heading on the next line; quoted text of another document (amended wording in quotation marks) is not \
read. A conservative reading: the Constitution does not name its articles; the resolutions of the \
National Assembly and its Standing Committee (code `QH`, `UBTVQH`) keep unnamed `Điều 1` articles (as \
Resolution 80/2025/UBTVQH15 does), so their articles are not reported; nor are documents dated before \
01/4/2025 (before Law 64). Legal normative documents only: an administrative document need not name \
its articles. A warning without a fix."),
    bad: docs!("UBND TỈNH LÀO CAI\nSố: 28/2025/QĐ-UBND\nLào Cai, ngày 05 tháng 12 năm 2025\nQUYẾT ĐỊNH\nQuy định mức chi\nĐiều 1.\nQuyết định này quy định mức chi.\nĐiều 2. Hiệu lực thi hành\nQuyết định này có hiệu lực từ ngày 20 tháng 12 năm 2025.\n"),
    good: docs!("UBND TỈNH LÀO CAI\nSố: 28/2025/QĐ-UBND\nLào Cai, ngày 05 tháng 12 năm 2025\nQUYẾT ĐỊNH\nQuy định mức chi\nĐiều 1. Phạm vi điều chỉnh\nQuyết định này quy định mức chi.\nĐiều 2. Hiệu lực thi hành\nQuyết định này có hiệu lực từ ngày 20 tháng 12 năm 2025.\n"),
    check: crate::rules::Check::Document(check),
};

/// A line that opens a heading of its own, not a name under one.
fn is_heading(kind: &LineKind) -> bool {
    matches!(
        kind,
        LineKind::PhanChuong { .. }
            | LineKind::Dieu { .. }
            | LineKind::Khoan { .. }
            | LineKind::Diem { .. }
            | LineKind::RomanMuc { .. }
            | LineKind::Dash { .. }
    )
}

fn check(ctx: &Ctx<'_>, out: &mut Vec<Diagnostic>) {
    if !under_law_64(ctx) {
        return;
    }
    // The Quốc hội's and its Standing Committee's resolutions do not name their articles.
    let assembly = by_the_assembly(ctx);
    // The Constitution names none of its articles.
    if ctx
        .doc
        .title
        .as_ref()
        .is_some_and(|t| fold_case(ctx.line_text(t.type_line)).contains("hiến pháp"))
    {
        return;
    }
    for item in body_items(ctx) {
        let (vi, en) = match item.kind {
            SectionKind::Phan => ("Phần", "part"),
            SectionKind::Chuong => ("Chương", "chapter"),
            SectionKind::Muc => ("Mục", "section"),
            SectionKind::TieuMuc => ("Tiểu mục", "subsection"),
            SectionKind::Dieu if !assembly => ("Điều", "article"),
            _ => continue,
        };
        if item
            .title
            .is_some_and(|t| ctx.s(t).chars().any(crate::text::fold::is_letter_or_digit))
        {
            continue;
        }
        // A name a blank line or a converter's paragraph put below the heading; `QUY ĐỊNH
        // CHUNG` under `Chương I` may even read as the start of an attached regulation.
        if item.kind != SectionKind::Dieu
            && ctx
                .doc
                .lines
                .get(item.line + 1)
                .is_some_and(|n| !is_heading(&n.kind))
        {
            continue;
        }
        let at = trimmed(ctx.text, ctx.line(item.line).span);
        out.push(RULE.diag(
            at,
            format!("{vi} {} không có tên: phần, chương, mục, tiểu mục, điều phải có tên.", ctx.s(item.number)),
            format!("{en} {} has no name: parts, chapters, sections, subsections and articles must be named.", ctx.s(item.number)),
        ));
    }
}
