use crate::diagnostic::Severity;
use crate::rules::{Ctx, DiagnosticExt, FixAvailability, Needs, Rule, Scope};

pub static RULE: Rule = Rule {
    code: "QH005",
    name: "header-order",
    severity: Severity::Warning,
    fix: FixAvailability::None,
    needs: Needs::Text,
    scope: Scope::Nd30,
    locator: "PL-I II.1",
    default_on: true,
    summary_vi: "Tiêu ngữ không nằm ngay dưới Quốc hiệu.",
    summary_en: "Motto does not directly follow the national title.",
    docs_vi: docs!("Tiêu ngữ được trình bày ngay dưới Quốc hiệu, canh giữa dưới Quốc hiệu, cách dòng đơn \
(Phụ lục I Nghị định 30/2020/NĐ-CP, mục II.1). Quy tắc báo khi Tiêu ngữ đứng trước Quốc hiệu, hoặc khi \
giữa hai dòng có một thành phần khác của cột bên phải (số, ký hiệu; địa danh và thời gian; tên loại…). \
Không báo với bố cục hai cột: tên cơ quan ban hành ở cột trái nằm xen giữa Quốc hiệu và Tiêu ngữ khi \
văn bản được chuyển thành văn bản thuần (pdftotext in hai cột trên một dòng, hoặc bảng được đọc lần \
lượt từng ô) vẫn là đúng thứ tự. Không có sửa tự động."),
    docs_en: docs!("The motto sits directly under the national title, centred under it, single-spaced \
(Phụ lục I of ND30, II.1). The rule reports a motto placed before the national title, or another \
component of the right-hand column (number, place and date, type name…) between the two lines. \
Two-column layouts are not reported: the issuer's lines of the left column read between the title and \
the motto (pdftotext printing both columns on one line, or a table read cell by cell) are in the right \
order. No automatic fix."),
    bad: "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSố: 05/KH-UBND\nĐộc lập - Tự do - Hạnh phúc\n",
    good: "UBND TỈNH LÀO CAI              CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSỞ CÔNG THƯƠNG                   Độc lập - Tự do - Hạnh phúc\nSố: 05/KH-SCT\n",
    check,
};

fn check(ctx: &Ctx<'_>, out: &mut Vec<crate::diagnostic::Diagnostic>) {
    let h = &ctx.doc.header;
    let (Some(q), Some(t)) = (h.quoc_hieu, h.tieu_ngu) else {
        return;
    };
    let (ql, tl) = (ctx.line(q), ctx.line(t));
    let motto = ctx.s(tl.span);
    if tl.row < ql.row || (tl.row == ql.row && t < q) {
        out.push(
            RULE.diag(
                tl.span,
                format!("Tiêu ngữ \"{motto}\" đứng trước Quốc hiệu; Tiêu ngữ phải nằm ngay dưới Quốc hiệu."),
                format!("The motto \"{motto}\" comes before the national title; it must sit directly under it."),
            )
            .with_related(ql.span),
        );
        return;
    }
    if tl.row == ql.row {
        // Side by side on one physical line: not a question of order.
        return;
    }
    // Lines read between the two: the left column's issuer lines, drawn rules, and segments of
    // another column on the rows of the two lines are not between them on the page.
    let same_column = ql.column == tl.column;
    let between = (q + 1..t).find(|&j| {
        let l = ctx.line(j);
        let text = ctx.s(l.span);
        let other_column =
            same_column && l.column != ql.column && l.row >= ql.row && l.row <= tl.row;
        let no_letters = !text.chars().any(crate::fold::is_letter);
        !(h.issuer.contains(&j) || other_column || no_letters)
    });
    if let Some(j) = between {
        let other = ctx.line_text(j);
        out.push(
            RULE.diag(
                tl.span,
                format!(
                    "Tiêu ngữ không nằm ngay dưới Quốc hiệu: dòng \"{other}\" chen vào giữa; Tiêu ngữ phải nằm ngay dưới Quốc hiệu."
                ),
                format!(
                    "The motto does not directly follow the national title: \"{other}\" stands between them; the motto must sit directly under the title."
                ),
            )
            .with_related(ql.span)
            .with_related(ctx.line(j).span),
        );
    }
}
