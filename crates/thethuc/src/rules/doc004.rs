//! DOC004: a limit was reached (input too large, a line the grammar could not read within its
//! bounds, too many findings of one rule). The check stays finite and says what it left out.
use crate::diagnostic::{Diagnostic, Severity};
use crate::rules::{Ctx, FixAvailability, Needs, Rule, Scope};
use crate::text::span::Span;

pub static RULE: Rule = Rule {
    code: "DOC004",
    name: "limit-reached",
    severity: Severity::Warning,
    fix: FixAvailability::None,
    needs: Needs::Text,
    scope: Scope::Document,
    locator: "—",
    default_on: true,
    summary_vi: docs!("Đạt giới hạn an toàn: văn bản quá lớn, dòng quá dài, hoặc quá nhiều phát hiện cùng loại."),
    summary_en: docs!("A safety limit was reached: input too large, a line too long, or too many findings of one rule."),
    docs_vi: docs!("Để việc kiểm tra luôn kết thúc nhanh trên mọi đầu vào, thethuc có các giới hạn, đặt được \
trong bảng `[limits]` của thethuc.toml: `max_input_bytes` (mặc định 10 MB: văn bản lớn hơn không được \
kiểm tra), `max_line_bytes` (16 KB: dòng dài hơn được đọc như đoạn văn thường, không qua ngữ pháp), \
`max_grammar_calls` (1.000.000 bước ngữ pháp cho một dòng) và `max_findings_per_rule` (500 phát hiện của \
một quy tắc trong một văn bản; số còn lại được đếm, không liệt kê). Khi chạm giới hạn, thông báo này nói \
rõ giới hạn nào và phần nào chưa được kiểm tra."),
    docs_en: docs!("So that a check always ends quickly on any input, thethuc has limits, set in the `[limits]` \
table of thethuc.toml: `max_input_bytes` (10 MB by default: larger input is not checked), \
`max_line_bytes` (16 KB: longer lines are read as plain paragraphs, not by the grammar), \
`max_grammar_calls` (1,000,000 grammar steps for one line) and `max_findings_per_rule` (500 findings of \
one rule in one document; the rest are counted, not listed). When a limit is reached, this finding says \
which one and what was not checked."),
    bad: docs!(""),
    good: docs!(""),
    check: crate::rules::Check::Document(check),
};

fn check(ctx: &Ctx<'_>, out: &mut Vec<Diagnostic>) {
    let unread = &ctx.doc.unread_lines;
    let Some(&first) = unread.first() else {
        return;
    };
    let at = ctx.line(first).span;
    let limits = &ctx.config.limits;
    out.push(RULE.diag(
        Span::new(at.start, at.start),
        format!(
            "{} dòng dài quá {} byte hoặc cần quá {} bước ngữ pháp, được đọc như đoạn văn thường (không nhận diện thành phần thể thức trên các dòng này); giới hạn max_line_bytes, max_grammar_calls.",
            unread.len(),
            limits.max_line_bytes,
            limits.max_grammar_calls
        ),
        format!(
            "{} lines longer than {} bytes or needing more than {} grammar steps are read as plain paragraphs (no component is recognised on them); limits max_line_bytes, max_grammar_calls.",
            unread.len(),
            limits.max_line_bytes,
            limits.max_grammar_calls
        ),
    ));
}
