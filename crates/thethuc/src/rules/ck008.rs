use crate::diagnostic::{Edit, Fix, Message, Severity};
use crate::document::{LineKind, Span};
use crate::fold::{fold_case, is_upper};
use crate::rules::ck003::authority_line;
use crate::rules::ck005::is_position_title;
use crate::rules::ck007::name_is_position;
use crate::rules::{Ctx, DiagnosticExt, FixAvailability, Needs, Rule, Scope};

pub static RULE: Rule = Rule {
    code: "CK008",
    name: "position-case",
    severity: Severity::Error,
    fix: FixAvailability::Safe,
    needs: Needs::Text,
    scope: Scope::Nd30,
    locator: "PL-I V",
    default_on: true,
    summary_vi: "Dòng quyền hạn hoặc chức vụ người ký không viết in hoa.",
    summary_en: "Authority/position lines not in capitals.",
    docs_vi: docs!("Phụ lục I (mục V) Nghị định 30/2020/NĐ-CP: quyền hạn và chức vụ của người ký (ô 7a, 7b) trình \
bày bằng chữ in hoa: `KT. GIÁM ĐỐC`, `PHÓ GIÁM ĐỐC`, `TM. ỦY BAN NHÂN DÂN`, `CHỦ TỊCH`. Báo lỗi khi \
dòng quyền hạn hoặc chức vụ trong khối chữ ký viết thường hoặc lẫn chữ thường (`KT. Giám đốc`, \
`Phó Giám đốc`). Sửa tự động: chuyển dòng đó sang chữ in hoa."),
    docs_en: docs!("Phụ lục I (V) of ND30: the signing authority and the signer's position (boxes 7a, 7b) are \
written in capitals: `KT. GIÁM ĐỐC`, `PHÓ GIÁM ĐỐC`, `TM. ỦY BAN NHÂN DÂN`, `CHỦ TỊCH`. Reported: an \
authority or position line of the signature block in lower or mixed case (`KT. Giám đốc`, \
`Phó Giám đốc`). Safe fix: the line is put in capitals."),
    bad: "Nơi nhận:\n- Như trên;\n- Lưu: VT, VP.\nKT. GIÁM ĐỐC\nPhó Giám đốc\nNguyễn Văn An\n",
    good: "Nơi nhận:\n- Như trên;\n- Lưu: VT, VP.\nKT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\nNguyễn Văn An\n",
    check,
};

/// A prefix such as `kt.`, `tm.`, `t/m` at the start of a folded line, followed by a letter.
fn starts_with_prefix(folded: &str) -> bool {
    ["tuq", "t/m", "k/t", "t/l", "tm", "kt", "tl", "q"]
        .iter()
        .any(|p| {
            folded.strip_prefix(p).is_some_and(|rest| {
                let rest = rest.strip_prefix(['.', '/']).unwrap_or("");
                rest.trim_start()
                    .chars()
                    .next()
                    .is_some_and(crate::fold::is_letter)
            })
        })
}

/// Lines of the closing the assembler left aside that are authority or position lines written in
/// lower or mixed case (`KT. Giám đốc`, `Phó Giám đốc`).
pub(crate) fn lowercase_signature_lines(ctx: &Ctx<'_>) -> Vec<usize> {
    let name = ctx
        .doc
        .closing
        .signature
        .name
        .filter(|&n| name_is_position(ctx) && !is_upper(ctx.line_text(n)));
    let mut found: Vec<usize> = ctx
        .doc
        .closing
        .stray
        .iter()
        .copied()
        .filter(|&i| {
            let t = ctx.line_text(i).trim();
            if is_upper(t)
                || t.contains(['(', ')'])
                || t.ends_with([';', ',', ':', '.'])
                || t.split_whitespace().count() > 10
                || !matches!(ctx.kind(i), LineKind::Paragraph)
            {
                return false;
            }
            starts_with_prefix(&fold_case(t)) || is_position_title(&t.to_uppercase())
        })
        .collect();
    found.extend(name);
    crate::sorting::sort(&mut found);
    found
}

fn push(ctx: &Ctx<'_>, out: &mut Vec<crate::diagnostic::Diagnostic>, line: Span, part: Span) {
    let t = ctx.s(line);
    let upper_part = ctx.s(part).to_uppercase();
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
