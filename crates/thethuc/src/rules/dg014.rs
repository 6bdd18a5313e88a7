use crate::diagnostic::{Diagnostic, Edit, Fix, Message, Severity};
use crate::model::body::SectionKind;
use crate::rules::common::body::body_items;
use crate::rules::{Ctx, DiagnosticExt, FixAvailability, Needs, Rule, Scope};
use crate::text::span::Span;

pub static RULE: Rule = Rule {
    code: "DG014",
    name: "party-dieu-period",
    severity: Severity::Warning,
    fix: FixAvailability::Safe,
    needs: Needs::Text,
    scope: Scope::Party,
    locator: "HD 05 6.2.4.c; HD 36 1.6.2",
    default_on: true,
    summary_vi: docs!("Văn bản của Đảng viết số điều với dấu khác dấu chấm (`Điều 1: Phạm vi`); đúng là `Điều 1. Phạm vi`."),
    summary_en: docs!("A Party document writes an article's number with a mark other than a period (`Điều 1: Phạm vi`); it reads `Điều 1. Phạm vi`."),
    docs_vi: docs!("Từ `Điều`, số thứ tự và tên điều trình bày cùng một dòng; số thứ tự của điều dùng chữ số Ả-rập, \
sau số thứ tự có dấu chấm: `Điều 1. Phạm vi điều chỉnh` (Hướng dẫn 05-HD/VPTW, mục 6.2.4.c; Hướng dẫn \
36-HD/VPTW, mục 1.6.2 cũng vậy). Quy tắc báo dấu hai chấm, gạch nối hay dấu khác đặt sau số điều \
(`Điều 1:`, `Điều 1 -`). Sửa tự động an toàn: thay bằng dấu chấm."),
    docs_en: docs!("The word `Điều`, the article's number and its title sit on one line; the number is in \
Arabic digits followed by a period: `Điều 1. Phạm vi điều chỉnh` (Hướng dẫn 05-HD/VPTW, 6.2.4.c; Hướng \
dẫn 36-HD/VPTW, 1.6.2 alike). Reported: a colon, a hyphen or another mark after the number (`Điều 1:`, \
`Điều 1 -`). Safe fix: put a period."),
    bad: docs!("TỈNH ỦY LÂM ĐỒNG\nĐẢNG CỘNG SẢN VIỆT NAM\n*\nSố 05-QC/TU\nĐà Lạt, ngày 15 tháng 6 năm 2026\n\nQUY CHẾ\nlàm việc của Ban Chấp hành Đảng bộ tỉnh\n-----\nĐiều 1: Phạm vi điều chỉnh\nQuy chế này quy định việc làm việc.\n"),
    good: docs!("TỈNH ỦY LÂM ĐỒNG\nĐẢNG CỘNG SẢN VIỆT NAM\n*\nSố 05-QC/TU\nĐà Lạt, ngày 15 tháng 6 năm 2026\n\nQUY CHẾ\nlàm việc của Ban Chấp hành Đảng bộ tỉnh\n-----\nĐiều 1. Phạm vi điều chỉnh\nQuy chế này quy định việc làm việc.\n"),
    check: crate::rules::Check::Document(check),
};

fn check(ctx: &Ctx<'_>, out: &mut Vec<Diagnostic>) {
    for item in body_items(ctx) {
        if item.kind != SectionKind::Dieu {
            continue;
        }
        // A missing mark (`Điều 1 Phạm vi`) is left alone: the line may be a heading the reader
        // cut from a sentence.
        let Some(sep) = item.sep else {
            continue;
        };
        let mark = ctx.s(sep);
        if mark == "." {
            continue;
        }
        let number = ctx.s(item.number);
        // `Điều 1 : ` → `Điều 1. `: the spaces before the mark go too.
        let span = Span::new(item.number.end, sep.end);
        out.push(
            RULE.diag(
                span,
                format!("Văn bản của Đảng viết \"Điều {number}{}\"; sau số thứ tự của điều có dấu chấm: \"Điều {number}.\".", ctx.s(span)),
                format!("The Party document writes \"Điều {number}{}\"; the article's number is followed by a period: \"Điều {number}.\".", ctx.s(span)),
            )
            .with_fix(Fix::safe(
                Message::new(
                    format!("Viết \"Điều {number}.\""),
                    format!("Write \"Điều {number}.\""),
                ),
                vec![Edit::replace(span, ".")],
            )),
        );
    }
}
