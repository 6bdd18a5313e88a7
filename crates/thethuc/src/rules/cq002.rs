use crate::diagnostic::{Edit, Fix, Message, Severity};
use crate::rules::common::header::issuer_lines;
use crate::rules::{Ctx, DiagnosticExt, FixAvailability, Needs, Rule, Scope};
use crate::text::case;
use crate::text::fold::is_upper;

pub static RULE: Rule = Rule {
    code: "CQ002",
    name: "issuer-not-uppercase",
    severity: Severity::Error,
    fix: FixAvailability::Safe,
    needs: Needs::Text,
    scope: Scope::Nd30AndQppl,
    locator: "PL-I II.2",
    default_on: true,
    summary_vi: docs!("Tên cơ quan ban hành hoặc cơ quan chủ quản không viết in hoa."),
    summary_en: docs!("Issuer (or parent body) lines not in capitals."),
    docs_vi: docs!("Tên cơ quan chủ quản trực tiếp và tên cơ quan, tổ chức ban hành văn bản đều viết in hoa, \
cỡ chữ 12–13 (Phụ lục I Nghị định 30/2020/NĐ-CP, mục II.2 và mục V). Quy tắc báo từng dòng tên cơ \
quan ở phần đầu văn bản (phía trên dòng số, ký hiệu) có chữ thường, ví dụ `Sở Công Thương` hay \
`UBND tỉnh Lào Cai`. Sửa tự động an toàn: chuyển dòng đó sang chữ in hoa, giữ nguyên chữ nghĩa và chữ \
viết tắt. Cũng áp dụng cho văn bản quy phạm pháp luật theo mẫu của Nghị định 78/2025/NĐ-CP (Phụ lục I, được thay thế bởi phụ lục của Nghị định 187/2025/NĐ-CP), vì các mẫu đó trình bày tên cơ quan ban hành in hoa, đầy đủ đúng như Nghị định 30; không áp dụng cho văn bản của Quốc hội, Ủy ban Thường vụ Quốc hội (mẫu riêng), văn bản hợp nhất và văn bản quy phạm pháp luật ghi ngày trước 01/4/2025 (theo mẫu cũ)."),
    docs_en: docs!("The direct parent body's name and the issuing body's name are both written in capitals, \
12–13 pt (Phụ lục I of ND30, II.2 and V). The rule reports each issuer line of the header (above the \
number line) that has lower-case letters, such as `Sở Công Thương` or `UBND tỉnh Lào Cai`. Safe fix: the \
line is put in capitals; words and abbreviations stay as they are. Runs on legal normative documents too, under the forms of Nghị định 78/2025/NĐ-CP (Phụ lục I, as replaced by the annex of Nghị định 187/2025/NĐ-CP), which lay out the issuer's name, in capitals and in full as ND30 does; not on the acts of the Quốc hội and its Standing Committee (forms of their own), consolidated texts, or legal normative documents dated before 01/4/2025 (the older forms)."),
    bad: docs!("UBND TỈNH LÀO CAI\nSở Công Thương\nSố: 05/KH-SCT\n"),
    good: docs!("UBND TỈNH LÀO CAI\nSỞ CÔNG THƯƠNG\nSố: 05/KH-SCT\n"),
    check: crate::rules::Check::Document(check),
};

fn check(ctx: &Ctx<'_>, out: &mut Vec<crate::diagnostic::Diagnostic>) {
    let lines = issuer_lines(ctx);
    // The parent body's lines, as the tree groups the issuer.
    let bodies = &ctx.doc.header.issuer_bodies;
    let parent_line = |line: crate::text::span::Span| {
        bodies.len() >= 2
            && bodies[0]
                .iter()
                .any(|s| s.start >= line.start && s.end <= line.end)
    };
    for &i in &lines {
        let span = ctx.line(i).span;
        let t = ctx.s(span);
        if is_upper(t) {
            continue;
        }
        let upper = case::upper_str(t);
        let (what_vi, what_en) = if parent_line(span) {
            ("Tên cơ quan chủ quản", "The parent body's name")
        } else {
            ("Tên cơ quan ban hành", "The issuing body's name")
        };
        out.push(
            RULE.diag(
                span,
                format!("{what_vi} phải viết in hoa: \"{t}\"; đúng là \"{upper}\"."),
                format!("{what_en} must be in capitals: \"{t}\"; it should read \"{upper}\"."),
            )
            .with_fix(Fix::safe(
                Message::new(
                    format!("Viết in hoa: \"{upper}\""),
                    format!("Put in capitals: \"{upper}\""),
                ),
                vec![Edit::replace(span, upper.clone())],
            )),
        );
    }
}
