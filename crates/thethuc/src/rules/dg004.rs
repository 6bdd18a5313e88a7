use crate::diagnostic::{Diagnostic, Severity};
use crate::rules::{Ctx, FixAvailability, Needs, Rule, Scope};
use crate::text::span::Span;

pub static RULE: Rule = Rule {
    code: "DG004",
    name: "party-issuer-star",
    severity: Severity::Warning,
    fix: FixAvailability::None,
    needs: Needs::Text,
    scope: Scope::Party,
    locator: "HD 05 2.2.1; HD 36 1.2.2",
    default_on: true,
    summary_vi: docs!("Văn bản của Đảng không có dấu sao `*` dưới tên cơ quan ban hành (hoặc có đường kẻ thay cho nó)."),
    summary_en: docs!("A Party document has no star `*` under the issuer's name (or a drawn line instead of it)."),
    docs_vi: docs!("Dưới tên cơ quan ban hành văn bản của Đảng có dấu sao `*`, trước số và ký hiệu (Hướng dẫn \
05-HD/VPTW, mục 2.2.1; Hướng dẫn 36-HD/VPTW cũng vậy); không kẻ đường như dưới tên cơ quan của văn bản \
hành chính. Quy tắc chỉ chạy khi đã đọc được cả tên cơ quan và số; một ký tự đứng riêng mà bản quét hay đọc \
nhầm từ dấu sao (`+`, `×`, `x`, `※`, `★`) được coi là dấu sao. Không có sửa tự động."),
    docs_en: docs!("Under the issuer's name a Party document has a star `*`, before the number and symbol \
(Hướng dẫn 05-HD/VPTW, 2.2.1; Hướng dẫn 36-HD/VPTW alike), not the line drawn under an administrative \
issuer. The rule runs only when both the issuer and the number were read; a lone character a scan makes \
of the star (`+`, `×`, `x`, `※`, `★`) counts as one. No fix."),
    bad: docs!("TỈNH ỦY LÂM ĐỒNG\nĐẢNG CỘNG SẢN VIỆT NAM\nSố 05-KH/TU\n"),
    good: docs!("TỈNH ỦY LÂM ĐỒNG\nĐẢNG CỘNG SẢN VIỆT NAM\n*\nSố 05-KH/TU\n"),
    check: crate::rules::Check::Document(check),
};

/// What a scan makes of a star under the issuer, standing alone (any `*` is one already:
/// `*`, pandoc's `\*`, `-*-`).
const SCANNED_STARS: &[&str] = &["+", "×", "x", "X", "※", "★", "☆"];

fn check(ctx: &Ctx<'_>, out: &mut Vec<Diagnostic>) {
    let h = &ctx.doc.header;
    let (Some(&first), Some(&last), Some(so)) = (h.issuer.first(), h.issuer.last(), h.so) else {
        return;
    };
    // Between the issuer's name and the number, whichever the reading puts first (columns read
    // side by side interleave them with the Party heading).
    let from = ctx.line(first).span.start.min(ctx.line(so).span.start);
    let to = ctx.line(last).span.end.max(ctx.line(so).span.start);
    let between = ctx.s(Span::new(from, to));
    if between.contains('*')
        || between
            .split_whitespace()
            .any(|w| SCANNED_STARS.contains(&w))
    {
        return;
    }
    let issuer = ctx.line_text(last).trim();
    out.push(RULE.diag(
        ctx.line(last).span,
        format!("Thiếu dấu sao \"*\" dưới tên cơ quan \"{issuer}\" của văn bản Đảng (văn bản của Đảng không kẻ đường dưới tên cơ quan mà đặt dấu sao)."),
        format!("No star \"*\" under the Party issuer \"{issuer}\" (a Party document puts a star there, not a drawn line)."),
    ));
}
