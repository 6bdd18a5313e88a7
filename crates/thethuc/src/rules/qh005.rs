use crate::diagnostic::Severity;
use crate::model::document::LineKind;
use crate::rules::{Ctx, DiagnosticExt, FixAvailability, Needs, Rule, Scope};

pub static RULE: Rule = Rule {
    code: "QH005",
    name: "header-order",
    severity: Severity::Warning,
    fix: FixAvailability::None,
    needs: Needs::Text,
    scope: Scope::Nd30AndQppl,
    locator: "PL-I II.1",
    default_on: true,
    summary_vi: docs!("Tiêu ngữ không nằm ngay dưới Quốc hiệu."),
    summary_en: docs!("Motto does not directly follow the national title."),
    docs_vi: docs!("Tiêu ngữ được trình bày ngay dưới Quốc hiệu, canh giữa dưới Quốc hiệu, cách dòng đơn \
(Phụ lục I Nghị định 30/2020/NĐ-CP, mục II.1). Quy tắc báo khi Tiêu ngữ đứng trước Quốc hiệu, hoặc khi \
giữa hai dòng có một thành phần khác của cột bên phải (số, ký hiệu; địa danh và thời gian; tên loại…). \
Không báo với bố cục hai cột: tên cơ quan ban hành ở cột trái nằm xen giữa Quốc hiệu và Tiêu ngữ khi \
văn bản được chuyển thành văn bản thuần (pdftotext in hai cột trên một dòng, hoặc bảng được đọc lần \
lượt từng ô) vẫn là đúng thứ tự. Văn bản được đọc lần lượt từng cột (pdftotext không có -layout: mỗi dòng một hàng, không thụt lề) không còn dấu vết của cột: dòng số, ký hiệu, dòng địa danh và thời gian hay dòng V/v đọc xen giữa hai dòng là của cột kia, không báo. Văn bản dồn trên một dòng cũng không còn hàng nào để so: không báo. Không có sửa tự động. Cũng áp dụng cho văn bản quy phạm pháp luật theo mẫu của Nghị định 78/2025/NĐ-CP (Phụ lục I, được thay thế bởi phụ lục của Nghị định 187/2025/NĐ-CP), vì các mẫu đó trình bày Quốc hiệu và Tiêu ngữ đúng như Nghị định 30; không áp dụng cho văn bản của Quốc hội, Ủy ban Thường vụ Quốc hội (mẫu riêng), văn bản hợp nhất và văn bản quy phạm pháp luật ghi ngày trước 01/4/2025 (theo mẫu cũ)."),
    docs_en: docs!("The motto sits directly under the national title, centred under it, single-spaced \
(Phụ lục I of ND30, II.1). The rule reports a motto placed before the national title, or another \
component of the right-hand column (number, place and date, type name…) between the two lines. \
Two-column layouts are not reported: the issuer's lines of the left column read between the title and \
the motto (pdftotext printing both columns on one line, or a table read cell by cell) are in the right \
order. Text read one column after the other (pdftotext without -layout: each line on its own row, none indented) keeps no trace of the columns: a number, place-and-date or V/v line read between the two is the other column's, and is not reported. Nor is a document run together on one line, which keeps no rows to compare. No automatic fix. Runs on legal normative documents too, under the forms of Nghị định 78/2025/NĐ-CP (Phụ lục I, as replaced by the annex of Nghị định 187/2025/NĐ-CP), which lay out the national title and motto as ND30 does; not on the acts of the Quốc hội and its Standing Committee (forms of their own), consolidated texts, or legal normative documents dated before 01/4/2025 (the older forms)."),
    bad: docs!("UBND TỈNH LÀO CAI              CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n                               Số: 05/KH-UBND\n                               Độc lập - Tự do - Hạnh phúc\n"),
    good: docs!("UBND TỈNH LÀO CAI              CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSỞ CÔNG THƯƠNG                   Độc lập - Tự do - Hạnh phúc\nSố: 05/KH-SCT\n"),
    check: crate::rules::Check::Document(check),
};

/// Characters by which a line must start left of the right column to be read as the left one's.
const LEFT_OF_COLUMN: u32 = 8;

fn check(ctx: &Ctx<'_>, out: &mut Vec<crate::diagnostic::Diagnostic>) {
    let h = &ctx.doc.header;
    let (Some(q), Some(t)) = (h.quoc_hieu, h.tieu_ngu) else {
        return;
    };
    // Run together on one line, a document keeps no rows to say what sits under what.
    if ctx.doc.run_together {
        return;
    }
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
    // Text read in sequence (pdftotext without -layout, a table read cell by cell) keeps no
    // trace of the columns: each line alone on its row, none indented. There the number, the
    // place and date or a V/v line read between the two is the other column's text, or the
    // right column's line below the motto, read in the converter's order.
    let alone_on_row = |i: usize| {
        let row = ctx.line(i).row;
        let shares = |k: usize| ctx.doc.lines.get(k).is_some_and(|l| l.row == row);
        !(i.checked_sub(1).is_some_and(shares) || shares(i + 1))
    };
    let read_in_sequence = ql.indent == 0 && tl.indent == 0 && alone_on_row(q) && alone_on_row(t);
    let right_column_starts = ql.indent.min(tl.indent);
    let between = (q + 1..t).find(|&j| {
        let l = ctx.line(j);
        let text = ctx.s(l.span);
        let other_column =
            same_column && l.column != ql.column && l.row >= ql.row && l.row <= tl.row;
        // Laid out in columns: a line that starts well left of the right column is the left one's.
        let left_column = l.indent + LEFT_OF_COLUMN <= right_column_starts;
        let header_component_in_sequence = read_in_sequence
            && alone_on_row(j)
            && matches!(
                l.kind,
                LineKind::So(_) | LineKind::PlaceDate(_) | LineKind::Vv { .. }
            );
        let no_letters = !text.chars().any(crate::text::fold::is_letter);
        !(h.issuer.contains(&j)
            || other_column
            || left_column
            || header_component_in_sequence
            || no_letters)
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

#[cfg(test)]
mod tests {
    use crate::config::Config;

    fn count(text: &str) -> usize {
        let config = Config {
            select: vec!["QH005".to_owned()],
            ..Config::default()
        };
        crate::check_str(text, &config).diagnostics.len()
    }

    /// Columns read one after the other (pdftotext without -layout) are not reported, and
    /// neither is the same text run together on one line: it has no rows to say what sits
    /// under what.
    #[test]
    fn a_document_run_together_is_not_checked() {
        let mut lines = crate::test_corpus::signed_decision(&[]);
        // Issuer, title, number, place and date, then the motto.
        lines[2..5].rotate_left(1);
        let in_sequence = lines.join("\n") + "\n";
        assert_eq!(count(&in_sequence), 0);
        let one_line = crate::test_corpus::run_together(&lines);
        assert_eq!(count(&one_line), 0);
    }
}
