use crate::diagnostic::Severity;
use crate::rules::common::signature::has_position;
use crate::rules::common::signature::lowercase_signature_lines;
use crate::rules::common::signature::name_lost_by_scan;
use crate::rules::common::signature::signer_name_line;
use crate::rules::{Ctx, FixAvailability, Needs, Rule, Scope};

pub static RULE: Rule = Rule {
    code: "CK002",
    name: "missing-signer-name",
    severity: Severity::Error,
    fix: FixAvailability::None,
    needs: Needs::Text,
    scope: Scope::Nd30AndQppl,
    locator: "PL-I II.7",
    default_on: true,
    summary_vi: docs!("Thiếu họ tên người ký dưới chức vụ."),
    summary_en: docs!("No signer name under the position."),
    docs_vi: docs!("Phụ lục I (mục II.7) Nghị định 30/2020/NĐ-CP: dưới quyền hạn, chức vụ và chữ ký là họ tên \
người ký (họ, tên đệm, tên), trình bày ở giữa khối chữ ký. Báo lỗi khi khối chữ ký có dòng quyền hạn \
hoặc chức vụ nhưng không có dòng họ tên nào sau đó. Không sửa tự động: công cụ không thêm nội dung \
còn thiếu. Cũng áp dụng cho văn bản quy phạm pháp luật theo mẫu của Nghị định 78/2025/NĐ-CP (Phụ lục I, được thay thế bởi phụ lục của Nghị định 187/2025/NĐ-CP), vì các mẫu đó trình bày khối chữ ký (`TM.`, `KT.`, chức vụ in hoa, họ tên) đúng như Nghị định 30; không áp dụng cho văn bản của Quốc hội, Ủy ban Thường vụ Quốc hội (mẫu riêng), văn bản hợp nhất và văn bản quy phạm pháp luật ghi ngày trước 01/4/2025 (theo mẫu cũ)."),
    docs_en: docs!("Phụ lục I (II.7) of ND30: under the authority, position and signature comes the signer's \
name (surname, middle name, given name), centred in the signature block. Reported when the block has an \
authority or position line but no name line after it. No automatic fix: missing content is never \
invented. Runs on legal normative documents too, under the forms of Nghị định 78/2025/NĐ-CP (Phụ lục I, as replaced by the annex of Nghị định 187/2025/NĐ-CP), which lay out the signature block (`TM.`, `KT.`, the position in capitals, the name) as ND30 does; not on the acts of the Quốc hội and its Standing Committee (forms of their own), consolidated texts, or legal normative documents dated before 01/4/2025 (the older forms)."),
    bad: docs!("Nơi nhận:\n- Như trên;\n- Lưu: VT, VP.\nKT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\n"),
    good: docs!("Nơi nhận:\n- Như trên;\n- Lưu: VT, VP.\nKT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\nNguyễn Văn An\n"),
    check: crate::rules::Check::Document(check),
};

fn check(ctx: &Ctx<'_>, out: &mut Vec<crate::diagnostic::Diagnostic>) {
    // A scan that lost the name under the seal is signed on paper: CK009 says the name could
    // not be read.
    if !has_position(ctx) || signer_name_line(ctx).is_some() || name_lost_by_scan(ctx) {
        return;
    }
    let sig = &ctx.doc.closing.signature;
    let Some(last) = sig
        .authority
        .iter()
        .chain(&sig.positions)
        .copied()
        .chain(lowercase_signature_lines(ctx))
        .max()
    else {
        return;
    };
    let line = ctx.line_text(last);
    out.push(RULE.diag(
        ctx.line(last).span,
        format!("Thiếu họ tên người ký dưới \"{line}\"."),
        format!("The signer's name is missing under \"{line}\"."),
    ));
}
