use crate::diagnostic::Severity;
use crate::rules::common::signature::is_position_title;
use crate::rules::common::signature::{authority_line, title_words};
use crate::rules::{Ctx, FixAvailability, Needs, Rule, Scope};

pub static RULE: Rule = Rule {
    code: "CK005",
    name: "tm-not-collective",
    severity: Severity::Warning,
    fix: FixAvailability::None,
    needs: Needs::Text,
    scope: Scope::Nd30AndQppl,
    locator: "Đ13",
    default_on: true,
    summary_vi: docs!("Sau `TM.` là một chức vụ (`TM. GIÁM ĐỐC`) thay vì tên tập thể (`TM. ỦY BAN NHÂN DÂN`)."),
    summary_en: docs!("`TM.` followed by a position (`TM. GIÁM ĐỐC`) instead of a collective body (`TM. ỦY BAN NHÂN DÂN`, `TM. HỘI ĐỒNG …`, `TM. BAN THƯỜNG VỤ`)."),
    docs_vi: docs!("`TM.` (thay mặt) chỉ dùng khi người đứng đầu ký thay mặt một tập thể làm việc theo chế độ tập \
thể; chữ viết tắt đứng trước tên tập thể hoặc tên cơ quan (Điều 13 Nghị định 30/2020/NĐ-CP): \
`TM. ỦY BAN NHÂN DÂN`, `TM. HỘI ĐỒNG NHÂN DÂN`, `TM. BAN THƯỜNG VỤ`, `TM. BAN CHẤP HÀNH`, \
`TM. ĐOÀN KIỂM TRA`, `TM. TỔ CÔNG TÁC`. Báo cảnh báo khi sau `TM.` là một chức vụ (`TM. GIÁM ĐỐC`, \
`TM. CHỦ TỊCH`, `TM. TRƯỞNG BAN`): người đứng đầu ký với chức vụ của mình thì không ghi `TM.`, cấp phó \
ký thay thì ghi `KT.`. Tên không nhận ra là chức vụ thì không báo. Không sửa tự động. Cũng áp dụng cho văn bản quy phạm pháp luật theo mẫu của Nghị định 78/2025/NĐ-CP (Phụ lục I, được thay thế bởi phụ lục của Nghị định 187/2025/NĐ-CP), vì các mẫu đó trình bày khối chữ ký (`TM.`, `KT.`, chức vụ in hoa, họ tên) đúng như Nghị định 30; không áp dụng cho văn bản của Quốc hội, Ủy ban Thường vụ Quốc hội (mẫu riêng), văn bản hợp nhất và văn bản quy phạm pháp luật ghi ngày trước 01/4/2025 (theo mẫu cũ)."),
    docs_en: docs!("`TM.` (on behalf of) is used only when the head signs for a body run as a collective; the \
prefix goes before the collective's or body's name (Article 13 of ND30): `TM. ỦY BAN NHÂN DÂN`, \
`TM. HỘI ĐỒNG NHÂN DÂN`, `TM. BAN THƯỜNG VỤ`, `TM. BAN CHẤP HÀNH`, `TM. ĐOÀN KIỂM TRA`, \
`TM. TỔ CÔNG TÁC`. Reported when `TM.` is followed by a position (`TM. GIÁM ĐỐC`, `TM. CHỦ TỊCH`, \
`TM. TRƯỞNG BAN`): a head signing in their own capacity writes no prefix, a deputy writes `KT.`. Names \
not recognised as positions are not reported. No automatic fix. Runs on legal normative documents too, under the forms of Nghị định 78/2025/NĐ-CP (Phụ lục I, as replaced by the annex of Nghị định 187/2025/NĐ-CP), which lay out the signature block (`TM.`, `KT.`, the position in capitals, the name) as ND30 does; not on the acts of the Quốc hội and its Standing Committee (forms of their own), consolidated texts, or legal normative documents dated before 01/4/2025 (the older forms)."),
    bad: docs!("Nơi nhận:\n- Như trên;\n- Lưu: VT, VP.\nTM. GIÁM ĐỐC\nGIÁM ĐỐC\nNguyễn Văn An\n"),
    good: docs!("Nơi nhận:\n- Như trên;\n- Lưu: VT, VP.\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\nNguyễn Văn An\n"),
    check: crate::rules::Check::Document(check),
};

fn check(ctx: &Ctx<'_>, out: &mut Vec<crate::diagnostic::Diagnostic>) {
    for &i in &ctx.doc.closing.signature.authority {
        let Some(a) = authority_line(ctx, i) else {
            continue;
        };
        if a.canonical != "TM" {
            continue;
        }
        let title = title_words(ctx, &a);
        if !is_position_title(&title) {
            continue;
        }
        let line = ctx.line_text(i);
        out.push(RULE.diag(
            ctx.line(i).span,
            format!(
                "\"{line}\": sau \"TM.\" phải là tên tập thể (\"TM. ỦY BAN NHÂN DÂN\", \"TM. HỘI ĐỒNG …\"), \
không phải chức vụ \"{title}\"; người đứng đầu ký thì bỏ \"TM.\", cấp phó ký thay thì dùng \"KT.\"."
            ),
            format!(
                "\"{line}\": \"TM.\" must be followed by a collective body (\"TM. ỦY BAN NHÂN DÂN\", \"TM. HỘI ĐỒNG …\"), \
not the position \"{title}\"; a head signing drops \"TM.\", a deputy signing for the head writes \"KT.\"."
            ),
        ));
    }
}
