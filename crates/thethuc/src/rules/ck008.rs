use crate::diagnostic::{Edit, Fix, Message, Severity};
use crate::rules::common::signature::authority_line;
use crate::rules::common::signature::lowercase_signature_lines;
use crate::rules::{Ctx, DiagnosticExt, FixAvailability, Needs, Rule, Scope};
use crate::text::case;
use crate::text::fold::is_upper;
use crate::text::span::Span;

pub static RULE: Rule = Rule {
    code: "CK008",
    name: "position-case",
    severity: Severity::Error,
    fix: FixAvailability::Safe,
    needs: Needs::Text,
    scope: Scope::Nd30AndQppl,
    locator: "PL-I V",
    default_on: true,
    summary_vi: docs!("Dòng quyền hạn hoặc chức vụ người ký không viết in hoa."),
    summary_en: docs!("Authority/position lines not in capitals."),
    docs_vi: docs!("Phụ lục I (mục V) Nghị định 30/2020/NĐ-CP: quyền hạn và chức vụ của người ký (ô 7a, 7b) trình \
bày bằng chữ in hoa: `KT. GIÁM ĐỐC`, `PHÓ GIÁM ĐỐC`, `TM. ỦY BAN NHÂN DÂN`, `CHỦ TỊCH`. Báo lỗi khi \
dòng quyền hạn hoặc chức vụ trong khối chữ ký viết thường hoặc lẫn chữ thường (`KT. Giám đốc`, \
`Phó Giám đốc`). Sửa tự động: chuyển dòng đó sang chữ in hoa. Cũng áp dụng cho văn bản quy phạm pháp luật theo mẫu của Nghị định 78/2025/NĐ-CP (Phụ lục I, được thay thế bởi phụ lục của Nghị định 187/2025/NĐ-CP), vì các mẫu đó trình bày khối chữ ký (`TM.`, `KT.`, chức vụ in hoa, họ tên) đúng như Nghị định 30; không áp dụng cho văn bản của Quốc hội, Ủy ban Thường vụ Quốc hội (mẫu riêng), văn bản hợp nhất và văn bản quy phạm pháp luật ghi ngày trước 01/4/2025 (theo mẫu cũ)."),
    docs_en: docs!("Phụ lục I (V) of ND30: the signing authority and the signer's position (boxes 7a, 7b) are \
written in capitals: `KT. GIÁM ĐỐC`, `PHÓ GIÁM ĐỐC`, `TM. ỦY BAN NHÂN DÂN`, `CHỦ TỊCH`. Reported: an \
authority or position line of the signature block in lower or mixed case (`KT. Giám đốc`, \
`Phó Giám đốc`). Safe fix: the line is put in capitals. Runs on legal normative documents too, under the forms of Nghị định 78/2025/NĐ-CP (Phụ lục I, as replaced by the annex of Nghị định 187/2025/NĐ-CP), which lay out the signature block (`TM.`, `KT.`, the position in capitals, the name) as ND30 does; not on the acts of the Quốc hội and its Standing Committee (forms of their own), consolidated texts, or legal normative documents dated before 01/4/2025 (the older forms)."),
    bad: docs!("Nơi nhận:\n- Như trên;\n- Lưu: VT, VP.\nKT. GIÁM ĐỐC\nPhó Giám đốc\nNguyễn Văn An\n"),
    good: docs!("Nơi nhận:\n- Như trên;\n- Lưu: VT, VP.\nKT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\nNguyễn Văn An\n"),
    check: crate::rules::Check::Document(check),
};

fn push(ctx: &Ctx<'_>, out: &mut Vec<crate::diagnostic::Diagnostic>, line: Span, part: Span) {
    let t = ctx.s(line);
    let upper_part = case::upper_str(ctx.s(part));
    let fixed = format!(
        "{}{}{}",
        Span::new(line.start, part.start).of(ctx.text),
        upper_part,
        Span::new(part.end, line.end).of(ctx.text)
    );
    out.push(
        RULE.diag(
            line,
            format!("Quyền hạn, chức vụ người ký phải viết in hoa: \"{t}\" → \"{fixed}\"."),
            format!("The signing authority and position are written in capitals: \"{t}\" → \"{fixed}\"."),
        )
        .with_fix(Fix::safe(
            Message::new(format!("Viết thành \"{fixed}\""), format!("Write \"{fixed}\"")),
            vec![Edit::replace(part, upper_part)],
        )),
    );
}

fn check(ctx: &Ctx<'_>, out: &mut Vec<crate::diagnostic::Diagnostic>) {
    let sig = &ctx.doc.closing.signature;
    for &i in &sig.authority {
        let Some(a) = authority_line(ctx, i) else {
            continue;
        };
        if !is_upper(ctx.s(a.title)) {
            push(ctx, out, ctx.line(i).span, a.title);
        }
    }
    for i in lowercase_signature_lines(ctx) {
        let span = ctx.line(i).span;
        push(ctx, out, span, span);
    }
}
