use crate::diagnostic::{Edit, Fix, Message, Severity};
use crate::rules::{Ctx, DiagnosticExt, FixAvailability, Needs, Rule, Scope};
use crate::text::case;
use crate::text::fold::is_upper;

pub static RULE: Rule = Rule {
    code: "TL003",
    name: "type-name-case",
    severity: Severity::Error,
    fix: FixAvailability::Safe,
    needs: Needs::Text,
    scope: Scope::Nd30AndQppl,
    locator: "PL-I II.5",
    default_on: true,
    summary_vi: docs!("Tên loại văn bản không viết in hoa."),
    summary_en: docs!("Type name not in capitals."),
    docs_vi: docs!("Tên loại văn bản (`KẾ HOẠCH`, `THÔNG BÁO`, `QUYẾT ĐỊNH`…) trình bày canh giữa, viết in \
hoa, cỡ chữ 13–14, đứng, đậm (Phụ lục I Nghị định 30/2020/NĐ-CP, mục II.5 và mục V). Quy tắc báo dòng \
tên loại có chữ thường, ví dụ `Kế hoạch` hay `Thông báo`. Sửa tự động an toàn: chuyển dòng tên loại \
sang chữ in hoa, giữ nguyên chữ và cách bỏ dấu. Cũng áp dụng cho văn bản quy phạm pháp luật theo mẫu của Nghị định 78/2025/NĐ-CP (Phụ lục I, được thay thế bởi phụ lục của Nghị định 187/2025/NĐ-CP), vì các mẫu đó trình bày tên loại văn bản in hoa và trích yếu dưới nó đúng như Nghị định 30; không áp dụng cho văn bản của Quốc hội, Ủy ban Thường vụ Quốc hội (mẫu riêng), văn bản hợp nhất và văn bản quy phạm pháp luật ghi ngày trước 01/4/2025 (theo mẫu cũ)."),
    docs_en: docs!("The type name (`KẾ HOẠCH`, `THÔNG BÁO`, `QUYẾT ĐỊNH`…) is centred, in capitals, 13–14 pt, \
upright, bold (Phụ lục I of ND30, II.5 and V). The rule reports a type-name line with lower-case letters, \
such as `Kế hoạch` or `Thông báo`. Safe fix: the line is put in capitals, words and tone placement \
unchanged. Runs on legal normative documents too, under the forms of Nghị định 78/2025/NĐ-CP (Phụ lục I, as replaced by the annex of Nghị định 187/2025/NĐ-CP), which lay out the type name in capitals with the summary under it as ND30 does; not on the acts of the Quốc hội and its Standing Committee (forms of their own), consolidated texts, or legal normative documents dated before 01/4/2025 (the older forms)."),
    bad: docs!("Số: 05/KH-UBND\nLào Cai, ngày 05 tháng 3 năm 2026\n\nKế hoạch\nTriển khai công tác năm 2026\n"),
    good: docs!("Số: 05/KH-UBND\nLào Cai, ngày 05 tháng 3 năm 2026\n\nKẾ HOẠCH\nTriển khai công tác năm 2026\n"),
    check: crate::rules::Check::Document(check),
};

fn check(ctx: &Ctx<'_>, out: &mut Vec<crate::diagnostic::Diagnostic>) {
    let Some(title) = &ctx.doc.title else { return };
    let span = ctx.line(title.type_line).span;
    let t = ctx.s(span);
    if is_upper(t) {
        return;
    }
    let upper = case::upper_str(t);
    out.push(
        RULE.diag(
            span,
            format!("Tên loại văn bản phải viết in hoa: \"{t}\"; đúng là \"{upper}\"."),
            format!("The type name must be in capitals: \"{t}\"; it should read \"{upper}\"."),
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
