use crate::diagnostic::{Edit, Fix, Message, Severity};
use crate::document::Span;
use crate::fold::fold_case;
use crate::rules::ck007::signer_name_line;
use crate::rules::{Ctx, DiagnosticExt, FixAvailability, Needs, Rule, Scope};

pub static RULE: Rule = Rule {
    code: "CK006",
    name: "signer-name-honorific",
    severity: Severity::Error,
    fix: FixAvailability::Safe,
    needs: Needs::Text,
    scope: Scope::Nd30,
    locator: "PL-I II.7",
    default_on: true,
    summary_vi: "Có học hàm, học vị hoặc danh xưng trước họ tên người ký (`TS.`, `ThS.`, `Ông`, `Bà`, `Đ/c`).",
    summary_en: "Academic rank/degree or honorific before the signer name (`TS.`, `ThS.`, `PGS.TS.`, `GS.`, `KS.`, `BS.`, `Ông`, `Bà`, `Đ/c`). Profile may allow it.",
    docs_vi: docs!("Phụ lục I (mục II.7) Nghị định 30/2020/NĐ-CP: họ tên người ký gồm họ, tên đệm (nếu có) và tên; \
không ghi học hàm, học vị và các danh hiệu danh dự khác trước họ tên. Báo lỗi khi trước họ tên có \
`TS.`, `ThS.`, `PGS.TS.`, `GS.`, `KS.`, `BS.`, `TSKH.` hoặc danh xưng `Ông`, `Bà`, `Đ/c`, `Đồng chí`. \
Văn bản của lực lượng vũ trang, các đơn vị giáo dục, y tế, khoa học có thể được người đứng đầu ngành cho \
phép ghi quân hàm, học hàm, học vị; khi đó tắt quy tắc này trong cấu hình. Sửa tự động: xóa phần đứng \
trước họ tên."),
    docs_en: docs!("Phụ lục I (II.7) of ND30: the signer's name is the surname, middle name (if any) and given \
name, with no academic rank, degree or honorary title before it. Reported: `TS.`, `ThS.`, `PGS.TS.`, \
`GS.`, `KS.`, `BS.`, `TSKH.` or the honorifics `Ông`, `Bà`, `Đ/c`, `Đồng chí` before the name. The heads \
of the armed forces, education, health and science sectors may allow ranks and degrees; switch the rule \
off in the configuration then. Safe fix: what stands before the name is removed."),
    bad: "Nơi nhận:\n- Như trên;\n- Lưu: VT, VP.\nKT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\nTS. Nguyễn Văn An\n",
    good: "Nơi nhận:\n- Như trên;\n- Lưu: VT, VP.\nKT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\nNguyễn Văn An\n",
    check,
};

/// Degrees and ranks, written with or without periods, alone or chained (`PGS.TS.`).
const DEGREES: &[&str] = &[
    "ts", "ths", "pgs", "gs", "ks", "bs", "tskh", "bscki", "bsckii", "bsck1", "bsck2", "ds", "ls",
    "kts", "ncs",
];

/// Honorific words (folded).
const TITLES: &[&str] = &["ông", "bà", "đ/c"];

fn is_honorific_token(word: &str) -> bool {
    let f = fold_case(word);
    if TITLES.contains(&f.as_str()) {
        return true;
    }
    let parts: Vec<&str> = f.split('.').filter(|p| !p.is_empty()).collect();
    !parts.is_empty() && parts.iter().all(|p| DEGREES.contains(p))
}

/// The honorific prefix of a name line: its byte length, with the spaces after it. `None` when the
/// line does not start with one.
pub(crate) fn honorific_prefix(t: &str) -> Option<usize> {
    let mut pos = 0usize;
    let mut count = 0usize;
    let mut courtesy = false;
    loop {
        let rest = &t[pos..];
        let word_len = rest.find(char::is_whitespace).unwrap_or(rest.len());
        let word = &rest[..word_len];
        let two = rest
            .split_whitespace()
            .take(2)
            .collect::<Vec<_>>()
            .join(" ");
        let skip = if fold_case(&two) == "đồng chí" {
            courtesy = true;
            let second = rest[word_len..].trim_start();
            rest.len() - second.len() + second.find(char::is_whitespace).unwrap_or(second.len())
        } else if !word.is_empty() && is_honorific_token(word) {
            courtesy |= TITLES.contains(&fold_case(word).as_str());
            word_len
        } else if count == 0
            && crate::assemble::is_scanned_title(&rest.split_whitespace().collect::<Vec<_>>())
        {
            word_len
        } else {
            break;
        };
        pos += skip;
        pos += t[pos..].len() - t[pos..].trim_start().len();
        count += 1;
        if count > 3 || pos >= t.len() {
            break;
        }
    }
    if count == 0 || pos >= t.len() {
        return None;
    }
    // `Ông Ích Khiêm` has a surname that is also a courtesy title: ask for a full name then.
    let words = t[pos..].split_whitespace().count();
    if courtesy && count == 1 && words < 3 {
        return None;
    }
    Some(pos)
}

fn check(ctx: &Ctx<'_>, out: &mut Vec<crate::diagnostic::Diagnostic>) {
    let Some(i) = signer_name_line(ctx) else {
        return;
    };
    let span = ctx.line(i).span;
    let t = ctx.s(span);
    let Some(len) = honorific_prefix(t) else {
        return;
    };
    let prefix = t[..len].trim_end();
    let name = &t[len..];
    let cut = Span::new(span.start, span.start + len as u32);
    out.push(
        RULE.diag(
            span,
            format!(
                "Trước họ tên người ký không ghi học hàm, học vị, danh xưng: \"{t}\"; viết \"{name}\"."
            ),
            format!(
                "No rank, degree or honorific before the signer's name: \"{t}\"; write \"{name}\"."
            ),
        )
        .with_fix(Fix::safe(
            Message::new(format!("Xóa \"{prefix}\""), format!("Remove \"{prefix}\"")),
            vec![Edit::delete(cut)],
        )),
    );
}
