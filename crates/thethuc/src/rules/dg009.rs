use crate::diagnostic::{Diagnostic, Severity};
use crate::recognize::parse::DASHES;
use crate::rules::{Ctx, FixAvailability, Needs, Rule, Scope};
use crate::text::span::Span;

pub static RULE: Rule = Rule {
    code: "DG009",
    name: "party-trich-yeu-dashes",
    severity: Severity::Warning,
    fix: FixAvailability::None,
    needs: Needs::Text,
    scope: Scope::Party,
    locator: "HD 05 5.2.1; HD 36 1.5.2",
    default_on: true,
    summary_vi: docs!("Văn bản của Đảng không có năm dấu gạch nối `-----` dưới trích yếu, ngăn cách với nội dung."),
    summary_en: docs!("A Party document has no five hyphens `-----` under the trích yếu, setting it off from the body."),
    docs_vi: docs!("Dưới trích yếu nội dung của văn bản Đảng có 05 dấu gạch nối `-----` ngăn cách với nội dung văn \
bản (Hướng dẫn 05-HD/VPTW, mục 5.2.1; Hướng dẫn 36-HD/VPTW, mục 1.5.2 cũng vậy), không kẻ đường như văn bản \
hành chính. Quy tắc chỉ chạy khi đã đọc được tên loại và trích yếu; công văn (trích yếu dưới số, không có \
gạch) không bị xét. Một dòng chỉ có gạch hay dấu (`-----`, `———`, `___`, `***`) dưới trích yếu được coi là \
đủ: bản quét hay bản chuyển đổi thường làm sai số gạch. Không có sửa tự động."),
    docs_en: docs!("Under the trích yếu a Party document has five hyphens `-----` setting it off from the body \
(Hướng dẫn 05-HD/VPTW, 5.2.1; Hướng dẫn 36-HD/VPTW, 1.5.2 alike), not the line drawn in an administrative \
document. The rule runs only when the type name and the trích yếu were read; a công văn (its trích yếu \
under the number, with no hyphens) is not judged. A line of dashes or marks alone (`-----`, `———`, `___`, \
`***`) under the trích yếu counts: scans and converters often change how many there are. No fix."),
    bad: docs!("TỈNH ỦY LÂM ĐỒNG\nĐẢNG CỘNG SẢN VIỆT NAM\n*\nSố 05-TB/TU\nĐà Lạt, ngày 15 tháng 6 năm 2026\n\nTHÔNG BÁO\nkết luận của Ban Thường vụ Tỉnh ủy\n\nĐề nghị các cấp ủy thực hiện nghiêm túc.\n"),
    good: docs!("TỈNH ỦY LÂM ĐỒNG\nĐẢNG CỘNG SẢN VIỆT NAM\n*\nSố 05-TB/TU\nĐà Lạt, ngày 15 tháng 6 năm 2026\n\nTHÔNG BÁO\nkết luận của Ban Thường vụ Tỉnh ủy\n-----\n\nĐề nghị các cấp ủy thực hiện nghiêm túc.\n"),
    check: crate::rules::Check::Document(check),
};

/// A line of marks alone: no letter or digit, at least three characters; or dashes alone, however
/// few (a web page's typography turns `-----` into `—–`, `---` into `—`).
fn rule_line(t: &str) -> bool {
    let t = t.trim();
    let dashes = !t.is_empty() && t.chars().all(|c| DASHES.contains(&c));
    dashes || t.chars().count() >= 3 && !t.chars().any(crate::text::fold::is_letter_or_digit)
}

fn check(ctx: &Ctx<'_>, out: &mut Vec<Diagnostic>) {
    let Some(title) = &ctx.doc.title else {
        return;
    };
    let Some(&last) = title.trich_yeu.last() else {
        return;
    };
    if ctx.doc.is_cong_van() || title.issued_with.is_some() {
        return;
    }
    // The trích yếu's own last line may be the hyphens, as the reader joined them.
    if rule_line(ctx.line_text(last)) || ctx.line_text(last).trim_end().ends_with("-----") {
        return;
    }
    // What follows: the next line, or text the reader set aside between them (a Markdown
    // thematic break, a converter's rule).
    let Some(next) = ctx.doc.lines.get(last + 1) else {
        return;
    };
    let gap = ctx.s(Span::new(ctx.line(last).span.end, next.span.start));
    // A converter may glue the hyphens to the body's first line (`----1. Thời gian: …`).
    let glued = ctx
        .s(next.span)
        .trim_start()
        .chars()
        .take(3)
        .filter(|&c| matches!(c, '-' | '–' | '—' | '_'))
        .count()
        == 3;
    if gap.lines().any(rule_line) || rule_line(ctx.s(next.span)) || glued {
        return;
    }
    let shown: Vec<&str> = title
        .trich_yeu
        .iter()
        .map(|&i| ctx.line_text(i).trim())
        .collect();
    let shown = shown.join(" ");
    out.push(RULE.diag(
        ctx.line(last).span,
        format!("Thiếu năm dấu gạch nối \"-----\" dưới trích yếu \"{shown}\"; văn bản của Đảng đặt \"-----\" giữa trích yếu và nội dung."),
        format!("No five hyphens \"-----\" under the trích yếu \"{shown}\"; a Party document puts \"-----\" between the trích yếu and the body."),
    ));
}
