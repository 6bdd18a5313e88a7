use crate::diagnostic::{Edit, Fix, Message, Severity};
use crate::rules::common::signature::authority_line;
use crate::rules::{Ctx, DiagnosticExt, FixAvailability, Needs, Rule, Scope};
use crate::text::span::Span;

pub static RULE: Rule = Rule {
    code: "CK003",
    name: "authority-prefix-form",
    severity: Severity::Error,
    fix: FixAvailability::Safe,
    needs: Needs::Text,
    scope: Scope::Nd30AndQppl,
    locator: "Đ13, PL-I II.7",
    default_on: true,
    summary_vi: docs!("Chữ viết tắt quyền hạn ký không đúng `TM.`, `KT.`, `TL.`, `TUQ.`, `Q.` và một dấu cách."),
    summary_en: docs!("Prefix not exactly `TM.`, `KT.`, `TL.`, `TUQ.`, `Q.` followed by one space (`T/M`, `K/T`, `KT.GIÁM ĐỐC`, `TM UBND`, `KT/`)."),
    docs_vi: docs!("Điều 13 và Phụ lục I (mục II.7) Nghị định 30/2020/NĐ-CP quy định các chữ viết tắt quyền hạn \
của người ký: `TM.` (thay mặt tập thể), `KT.` (ký thay người đứng đầu), `TL.` (thừa lệnh), `TUQ.` \
(thừa ủy quyền), `Q.` (quyền). Chữ viết tắt viết in hoa, kết thúc bằng dấu chấm, sau đó một dấu cách \
rồi đến chức vụ hoặc tên tập thể: `KT. GIÁM ĐỐC`, `TM. ỦY BAN NHÂN DÂN`. Báo lỗi các dạng `T/M`, `K/T`, \
`T/L` (cách viết của văn bản Đảng, không dùng trong văn bản hành chính), `KT/`, thiếu dấu chấm \
(`TM UBND`), thiếu dấu cách (`KT.GIÁM ĐỐC`) hoặc thừa dấu cách. Sửa tự động: thay phần chữ viết tắt \
bằng dạng đúng. Cũng áp dụng cho văn bản quy phạm pháp luật theo mẫu của Nghị định 78/2025/NĐ-CP (Phụ lục I, được thay thế bởi phụ lục của Nghị định 187/2025/NĐ-CP), vì các mẫu đó trình bày khối chữ ký (`TM.`, `KT.`, chức vụ in hoa, họ tên) đúng như Nghị định 30; không áp dụng cho văn bản của Quốc hội, Ủy ban Thường vụ Quốc hội (mẫu riêng), văn bản hợp nhất và văn bản quy phạm pháp luật ghi ngày trước 01/4/2025 (theo mẫu cũ)."),
    docs_en: docs!("Article 13 and Phụ lục I (II.7) of ND30 define the signing-authority prefixes: `TM.` (on \
behalf of a collective), `KT.` (signing for the head), `TL.` (by order), `TUQ.` (by authorisation), \
`Q.` (acting). The prefix is in capitals, ends with a period and is followed by one space and the title \
or collective name: `KT. GIÁM ĐỐC`, `TM. ỦY BAN NHÂN DÂN`. Reported: `T/M`, `K/T`, `T/L` (the Party \
style, not used in administrative documents), `KT/`, no period (`TM UBND`), no space \
(`KT.GIÁM ĐỐC`) or several spaces. Safe fix: the prefix is replaced by its exact form. Runs on legal normative documents too, under the forms of Nghị định 78/2025/NĐ-CP (Phụ lục I, as replaced by the annex of Nghị định 187/2025/NĐ-CP), which lay out the signature block (`TM.`, `KT.`, the position in capitals, the name) as ND30 does; not on the acts of the Quốc hội and its Standing Committee (forms of their own), consolidated texts, or legal normative documents dated before 01/4/2025 (the older forms)."),
    bad: docs!("Nơi nhận:\n- Như trên;\n- Lưu: VT, VP.\nKT.GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\nNguyễn Văn An\n"),
    good: docs!("Nơi nhận:\n- Như trên;\n- Lưu: VT, VP.\nKT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\nNguyễn Văn An\n"),
    check: crate::rules::Check::Document(check),
};

fn check(ctx: &Ctx<'_>, out: &mut Vec<crate::diagnostic::Diagnostic>) {
    for &i in &ctx.doc.closing.signature.authority {
        let Some(a) = authority_line(ctx, i) else {
            continue;
        };
        let head = Span::new(a.prefix.start, a.title.start);
        let written = ctx.s(head);
        let wanted = format!("{}. ", a.canonical);
        if written == wanted {
            continue;
        }
        let title = ctx.s(a.title);
        let line = ctx.line_text(i);
        let expected = format!("{wanted}{title}");
        let party = ctx.s(a.prefix).contains('/');
        let detail_vi = if party {
            "cách viết `T/M`, `K/T`, `T/L` của văn bản Đảng"
        } else if a.separator.is_none() {
            "thiếu dấu chấm sau chữ viết tắt"
        } else if written.contains('/') {
            "dùng dấu `/` thay cho dấu chấm"
        } else if written.contains(',') {
            "dùng dấu phẩy thay cho dấu chấm"
        } else if ctx.s(a.prefix) != a.canonical {
            "chữ viết tắt không viết đúng in hoa"
        } else if a.title.start == a.separator.map_or(a.title.start, |s| s.end) {
            "thiếu dấu cách sau dấu chấm"
        } else {
            "thừa dấu cách sau dấu chấm"
        };
        let detail_en = if party {
            "the Party style `T/M`, `K/T`, `T/L`"
        } else if a.separator.is_none() {
            "no period after the prefix"
        } else if written.contains('/') {
            "a slash instead of the period"
        } else if written.contains(',') {
            "a comma instead of the period"
        } else if ctx.s(a.prefix) != a.canonical {
            "the prefix is not in capitals"
        } else if a.title.start == a.separator.map_or(a.title.start, |s| s.end) {
            "no space after the period"
        } else {
            "several spaces after the period"
        };
        out.push(
            RULE.diag(
                ctx.line(i).span,
                format!(
                    "Chữ viết tắt quyền hạn ký sai: \"{line}\" ({detail_vi}); đúng là \"{expected}\"."
                ),
                format!(
                    "Signing-authority prefix malformed: \"{line}\" ({detail_en}); it must read \"{expected}\"."
                ),
            )
            .with_fix(Fix::safe(
                Message::new(
                    format!("Viết thành \"{}.\"", a.canonical),
                    format!("Write \"{}.\"", a.canonical),
                ),
                vec![Edit::replace(head, wanted)],
            )),
        );
    }
}
