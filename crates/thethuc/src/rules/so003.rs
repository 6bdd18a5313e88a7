use crate::diagnostic::{Edit, Fix, Message, Severity};
use crate::rules::common::header::header_so;
use crate::rules::{Ctx, DiagnosticExt, FixAvailability, Needs, Rule, Scope};

pub static RULE: Rule = Rule {
    code: "SO003",
    name: "so-not-zero-padded",
    severity: Severity::Error,
    fix: FixAvailability::Safe,
    needs: Needs::Text,
    scope: Scope::Nd30AndQppl,
    locator: "PL-I II.3",
    default_on: true,
    summary_vi: docs!("Số văn bản nhỏ hơn 10 thiếu số 0 đứng trước (`Số: 7/QĐ-…` → `07`)."),
    summary_en: docs!("Number below 10 without a leading zero (`Số: 7/QĐ-…` → `07`)."),
    docs_vi: docs!("Phụ lục I Nghị định 30/2020/NĐ-CP (ô số 3): số của văn bản ghi bằng chữ số Ả Rập; số nhỏ \
hơn 10 phải ghi thêm số 0 phía trước (`Số: 05/QĐ-UBND`, không viết `Số: 5/QĐ-UBND`). Số từ 10 trở lên \
và số để trống của dự thảo không bị báo, cũng như số bị bản quét đọc sai (`6ÉÉ/TB-…`: không biết \
là số nhỏ hơn 10). Sửa an toàn: thêm số 0. Cũng áp dụng cho văn bản quy phạm pháp luật theo mẫu của Nghị định 78/2025/NĐ-CP (Phụ lục I, được thay thế bởi phụ lục của Nghị định 187/2025/NĐ-CP), vì các mẫu đó trình bày dòng `Số:` (ngoài nhóm năm của số, xem QP001) đúng như Nghị định 30; không áp dụng cho văn bản của Quốc hội, Ủy ban Thường vụ Quốc hội (mẫu riêng), văn bản hợp nhất và văn bản quy phạm pháp luật ghi ngày trước 01/4/2025 (theo mẫu cũ)."),
    docs_en: docs!("Phụ lục I of ND30 (box 3): the number is written in Arabic digits, and numbers below 10 \
take a leading zero (`Số: 05/QĐ-UBND`, not `Số: 5/QĐ-UBND`). Numbers from 10 up and a draft's blank \
number are not reported, nor a number a scan garbled (`6ÉÉ/TB-…`: not known to be below 10). Safe \
fix: add the zero. Runs on legal normative documents too, under the forms of Nghị định 78/2025/NĐ-CP (Phụ lục I, as replaced by the annex of Nghị định 187/2025/NĐ-CP), which lay out the `Số:` line (the number's year group aside: QP001) as ND30 does; not on the acts of the Quốc hội and its Standing Committee (forms of their own), consolidated texts, or legal normative documents dated before 01/4/2025 (the older forms)."),
    bad: docs!("Số: 7/QĐ-UBND\n"),
    good: docs!("Số: 07/QĐ-UBND\n"),
    check: crate::rules::Check::Document(check),
};

fn check(ctx: &Ctx<'_>, out: &mut Vec<crate::diagnostic::Diagnostic>) {
    let Some((_, p)) = header_so(ctx) else { return };
    if p.slash_lost() {
        return;
    }
    let Some(num) = p.number else { return };
    let n = ctx.s(num);
    // One digit, 1–9: `0` alone is no number to pad.
    if n.len() != 1 || n == "0" {
        return;
    }
    // A scan garbled the number (`6ÉÉ/TB-STTTT`, `2 5Ý/QĐ-ĐHQGHN`, `2#/QĐ-BHXH`): more than
    // its first digit stands before the slash, so the number is not known to be below 10.
    let rest = ctx.text.get(num.end as usize..).unwrap_or("");
    let before_slash = rest.split('/').next().unwrap_or("");
    if rest.contains('/') && !before_slash.trim().is_empty() {
        return;
    }
    let want = format!("0{n}");
    out.push(
        RULE.diag(
            num,
            format!("Số văn bản \"{n}\" nhỏ hơn 10 phải có số 0 đứng trước: \"{want}\"."),
            format!("The number \"{n}\" is below 10 and needs a leading zero: \"{want}\"."),
        )
        .with_fix(Fix::safe(
            Message::new(format!("Viết \"{want}\""), format!("Write \"{want}\"")),
            vec![Edit::replace(num, want.clone())],
        )),
    );
}
