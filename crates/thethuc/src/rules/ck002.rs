use crate::diagnostic::Severity;
use crate::rules::common::signature::has_position;
use crate::rules::common::signature::lowercase_signature_lines;
use crate::rules::common::signature::signer_name_line;
use crate::rules::{Ctx, FixAvailability, Needs, Rule, Scope};

pub static RULE: Rule = Rule {
    code: "CK002",
    name: "missing-signer-name",
    severity: Severity::Error,
    fix: FixAvailability::None,
    needs: Needs::Text,
    scope: Scope::Nd30,
    locator: "PL-I II.7",
    default_on: true,
    summary_vi: docs!("Thiếu họ tên người ký dưới chức vụ."),
    summary_en: docs!("No signer name under the position."),
    docs_vi: docs!("Phụ lục I (mục II.7) Nghị định 30/2020/NĐ-CP: dưới quyền hạn, chức vụ và chữ ký là họ tên \
người ký (họ, tên đệm, tên), trình bày ở giữa khối chữ ký. Báo lỗi khi khối chữ ký có dòng quyền hạn \
hoặc chức vụ nhưng không có dòng họ tên nào sau đó. Không sửa tự động: công cụ không thêm nội dung \
còn thiếu."),
    docs_en: docs!("Phụ lục I (II.7) of ND30: under the authority, position and signature comes the signer's \
name (surname, middle name, given name), centred in the signature block. Reported when the block has an \
authority or position line but no name line after it. No automatic fix: missing content is never \
invented."),
    bad: docs!("Nơi nhận:\n- Như trên;\n- Lưu: VT, VP.\nKT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\n"),
    good: docs!("Nơi nhận:\n- Như trên;\n- Lưu: VT, VP.\nKT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\nNguyễn Văn An\n"),
    check,
};

fn check(ctx: &Ctx<'_>, out: &mut Vec<crate::diagnostic::Diagnostic>) {
    if !has_position(ctx) || signer_name_line(ctx).is_some() {
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
