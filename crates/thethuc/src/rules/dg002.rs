use crate::diagnostic::{Diagnostic, Edit, Fix, Message, Severity};
use crate::model::document::LineKind;
use crate::rules::{Ctx, DiagnosticExt, FixAvailability, Needs, Rule, Scope};
use crate::text::span::Span;

pub static RULE: Rule = Rule {
    code: "DG002",
    name: "party-so-colon",
    severity: Severity::Warning,
    fix: FixAvailability::Safe,
    needs: Needs::Text,
    scope: Scope::Party,
    locator: "HD 05 3.2.2; HD 36 1.3",
    default_on: true,
    summary_vi: docs!("Số của văn bản Đảng viết có dấu hai chấm (`Số: 05-KH/TU`); đúng là `Số 05-KH/TU`."),
    summary_en: docs!("A Party document's number written with a colon (`Số: 05-KH/TU`); it reads `Số 05-KH/TU`."),
    docs_vi: docs!("Số và ký hiệu văn bản của Đảng viết `Số 05-HD/VPTW`: chữ `Số`, một dấu cách rồi số, không \
có dấu hai chấm như văn bản hành chính (`Số: 12/QĐ-UBND`). Hướng dẫn 05-HD/VPTW (mục 3.2.2) và chính \
phần đầu của Hướng dẫn 05, Quy định 399-QĐ/TW đều viết như vậy; Hướng dẫn 36-HD/VPTW trước đó cũng thế. \
Sửa tự động an toàn: bỏ dấu hai chấm."),
    docs_en: docs!("A Party document's number and symbol read `Số 05-HD/VPTW`: the word `Số`, a space, the \
number, with no colon as in administrative documents (`Số: 12/QĐ-UBND`). Hướng dẫn 05-HD/VPTW (3.2.2) and \
the headers of HD 05 itself and of Quy định 399-QĐ/TW write it so, as did Hướng dẫn 36-HD/VPTW. Safe fix: \
drop the colon."),
    bad: docs!("TỈNH ỦY LÂM ĐỒNG\nĐẢNG CỘNG SẢN VIỆT NAM\n*\nSố: 05-KH/TU\n"),
    good: docs!("TỈNH ỦY LÂM ĐỒNG\nĐẢNG CỘNG SẢN VIỆT NAM\n*\nSố 05-KH/TU\n"),
    check: crate::rules::Check::Document(check),
};

fn check(ctx: &Ctx<'_>, out: &mut Vec<Diagnostic>) {
    let Some(i) = ctx.doc.header.so else {
        return;
    };
    let LineKind::So(p) = ctx.kind(i) else {
        return;
    };
    let Some(colon) = p.colon else {
        return;
    };
    // The colon and the white space after it give way to one space before the number.
    let after = ctx.s(Span::new(colon.end, ctx.line(i).span.end));
    let gap = (after.len() - after.trim_start().len()) as u32;
    let written = ctx.s(Span::new(p.word.start, colon.end + gap)).trim_end();
    out.push(
        RULE.diag(
            colon,
            format!("Số của văn bản Đảng viết \"{written}\" có dấu hai chấm; văn bản của Đảng viết \"Số\" rồi đến số, không có dấu hai chấm."),
            format!("The Party document's number is written \"{written}\" with a colon; a Party document writes \"Số\" then the number, with no colon."),
        )
        .with_fix(Fix::safe(
            Message::new("Bỏ dấu hai chấm sau \"Số\"", "Drop the colon after \"Số\""),
            vec![Edit::replace(Span::new(p.word.end, colon.end + gap), " ")],
        )),
    );
}
