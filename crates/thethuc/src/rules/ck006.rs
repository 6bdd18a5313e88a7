use crate::diagnostic::{Edit, Fix, Message, Severity};
use crate::rules::common::signature::honorific_prefix;
use crate::rules::common::signature::signer_name_line;
use crate::rules::{Ctx, DiagnosticExt, FixAvailability, Needs, Rule, Scope};
use crate::text::span::Span;

pub static RULE: Rule = Rule {
    code: "CK006",
    name: "signer-name-honorific",
    severity: Severity::Error,
    fix: FixAvailability::Safe,
    needs: Needs::Text,
    scope: Scope::Nd30AndQppl,
    locator: "PL-I II.7",
    default_on: true,
    summary_vi: docs!("Có học hàm, học vị hoặc danh xưng trước họ tên người ký (`TS.`, `ThS.`, `Ông`, `Bà`, `Đ/c`)."),
    summary_en: docs!("Academic rank/degree or honorific before the signer name (`TS.`, `ThS.`, `PGS.TS.`, `GS.`, `KS.`, `BS.`, `Ông`, `Bà`, `Đ/c`). Profile may allow it."),
    docs_vi: docs!("Phụ lục I (mục II.7) Nghị định 30/2020/NĐ-CP: họ tên người ký gồm họ, tên đệm (nếu có) và tên; \
không ghi học hàm, học vị và các danh hiệu danh dự khác trước họ tên. Báo lỗi khi trước họ tên có \
`TS.`, `ThS.`, `PGS.TS.`, `GS.`, `KS.`, `BS.`, `TSKH.` hoặc danh xưng `Ông`, `Bà`, `Đ/c`, `Đồng chí`. \
Văn bản của lực lượng vũ trang, các đơn vị giáo dục, y tế, khoa học có thể được người đứng đầu ngành cho \
phép ghi quân hàm, học hàm, học vị; khi đó tắt quy tắc này trong cấu hình. Sửa tự động: xóa phần đứng \
trước họ tên. Cũng áp dụng cho văn bản quy phạm pháp luật theo mẫu của Nghị định 78/2025/NĐ-CP (Phụ lục I, được thay thế bởi phụ lục của Nghị định 187/2025/NĐ-CP), vì các mẫu đó trình bày khối chữ ký (`TM.`, `KT.`, chức vụ in hoa, họ tên) đúng như Nghị định 30; không áp dụng cho văn bản của Quốc hội, Ủy ban Thường vụ Quốc hội (mẫu riêng), văn bản hợp nhất và văn bản quy phạm pháp luật ghi ngày trước 01/4/2025 (theo mẫu cũ)."),
    docs_en: docs!("Phụ lục I (II.7) of ND30: the signer's name is the surname, middle name (if any) and given \
name, with no academic rank, degree or honorary title before it. Reported: `TS.`, `ThS.`, `PGS.TS.`, \
`GS.`, `KS.`, `BS.`, `TSKH.` or the honorifics `Ông`, `Bà`, `Đ/c`, `Đồng chí` before the name. The heads \
of the armed forces, education, health and science sectors may allow ranks and degrees; switch the rule \
off in the configuration then. Safe fix: what stands before the name is removed. Runs on legal normative documents too, under the forms of Nghị định 78/2025/NĐ-CP (Phụ lục I, as replaced by the annex of Nghị định 187/2025/NĐ-CP), which lay out the signature block (`TM.`, `KT.`, the position in capitals, the name) as ND30 does; not on the acts of the Quốc hội and its Standing Committee (forms of their own), consolidated texts, or legal normative documents dated before 01/4/2025 (the older forms)."),
    bad: docs!("Nơi nhận:\n- Như trên;\n- Lưu: VT, VP.\nKT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\nTS. Nguyễn Văn An\n"),
    good: docs!("Nơi nhận:\n- Như trên;\n- Lưu: VT, VP.\nKT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\nNguyễn Văn An\n"),
    check: crate::rules::Check::Document(check),
};

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
