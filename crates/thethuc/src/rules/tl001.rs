use crate::diagnostic::Severity;
use crate::rules::common::header::{cong_van_ky_hieu, has_type_line};
use crate::rules::{Ctx, FixAvailability, Needs, Rule, Scope};

pub static RULE: Rule = Rule {
    code: "TL001",
    name: "missing-type-name",
    severity: Severity::Error,
    fix: FixAvailability::None,
    needs: Needs::Text,
    scope: Scope::Nd30AndQppl,
    locator: "PL-I II.5",
    default_on: true,
    summary_vi: docs!("Không có tên loại văn bản, cũng không có trích yếu `V/v` của công văn."),
    summary_en: docs!("No type name and no `V/v` (so neither a typed document nor a công văn)."),
    docs_vi: docs!("Mọi văn bản hành chính đều phải ghi tên loại (`KẾ HOẠCH`, `THÔNG BÁO`, `QUYẾT ĐỊNH`…), \
trừ công văn; công văn không có tên loại mà có trích yếu mở đầu bằng `V/v` dưới số, ký hiệu (Phụ lục I \
Nghị định 30/2020/NĐ-CP, mục II.5). Quy tắc báo khi văn bản có phần đầu nhận biết được nhưng không có \
tên loại và cũng không có dòng `V/v`, nên không xác định được đó là văn bản có tên loại hay công văn. \
Khi ký hiệu cho thấy đó là công văn (không có chữ viết tắt tên loại, như `Số: 12/SCT-CN`) thì việc thiếu \
`V/v` do TL006 báo, không báo ở đây. Không có sửa tự động: công cụ không tự đặt tên loại. Cũng áp dụng cho văn bản quy phạm pháp luật theo mẫu của Nghị định 78/2025/NĐ-CP (Phụ lục I, được thay thế bởi phụ lục của Nghị định 187/2025/NĐ-CP), vì các mẫu đó trình bày tên loại văn bản in hoa và trích yếu dưới nó đúng như Nghị định 30; không áp dụng cho văn bản của Quốc hội, Ủy ban Thường vụ Quốc hội (mẫu riêng), văn bản hợp nhất và văn bản quy phạm pháp luật ghi ngày trước 01/4/2025 (theo mẫu cũ)."),
    docs_en: docs!("Every administrative document carries its type name (`KẾ HOẠCH`, `THÔNG BÁO`, \
`QUYẾT ĐỊNH`…) except the công văn, which has no type name but a trích yếu introduced by `V/v` under its \
number (Phụ lục I of ND30, II.5). The rule reports a document whose header is recognised but which has \
neither a type name nor a `V/v` line, so it is neither a typed document nor a công văn. When the ký hiệu \
shows a công văn (no type abbreviation, as in `Số: 12/SCT-CN`), the missing `V/v` is TL006's finding, not \
this one. No automatic fix: the type is never guessed. Runs on legal normative documents too, under the forms of Nghị định 78/2025/NĐ-CP (Phụ lục I, as replaced by the annex of Nghị định 187/2025/NĐ-CP), which lay out the type name in capitals with the summary under it as ND30 does; not on the acts of the Quốc hội and its Standing Committee (forms of their own), consolidated texts, or legal normative documents dated before 01/4/2025 (the older forms)."),
    bad: docs!("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nSố: 05/KH-UBND\nLào Cai, ngày 05 tháng 3 năm 2026\n\nCăn cứ Luật Tổ chức chính quyền địa phương;\n"),
    good: docs!("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nSố: 05/KH-UBND\nLào Cai, ngày 05 tháng 3 năm 2026\n\nKẾ HOẠCH\nTriển khai công tác năm 2026\n"),
    check: crate::rules::Check::Document(check),
};

fn check(ctx: &Ctx<'_>, out: &mut Vec<crate::diagnostic::Diagnostic>) {
    let doc = ctx.doc;
    if doc.title.is_some() || !doc.vv.is_empty() || has_type_line(ctx) || cong_van_ky_hieu(ctx) {
        return;
    }
    let span = doc
        .header
        .place_date
        .or(doc.header.so)
        .map_or_else(|| ctx.missing_anchor(), |i| ctx.line(i).span);
    out.push(RULE.diag(
        span,
        "Không có tên loại văn bản (như \"KẾ HOẠCH\", \"THÔNG BÁO\") dưới phần đầu, cũng không có trích yếu \"V/v …\" của công văn.",
        "There is no type name (such as \"KẾ HOẠCH\", \"THÔNG BÁO\") under the header, nor the \"V/v …\" of a công văn.",
    ));
}
