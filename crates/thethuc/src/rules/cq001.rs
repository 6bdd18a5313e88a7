use crate::diagnostic::Severity;
use crate::rules::{Ctx, FixAvailability, Needs, Rule, Scope};

pub static RULE: Rule = Rule {
    code: "CQ001",
    name: "missing-issuer",
    severity: Severity::Error,
    fix: FixAvailability::None,
    needs: Needs::Text,
    scope: Scope::Nd30AndQppl,
    locator: "PL-I II.2",
    default_on: true,
    summary_vi: docs!("Thiếu tên cơ quan, tổ chức ban hành văn bản."),
    summary_en: docs!("No issuing-body name in the header."),
    docs_vi: docs!("Tên cơ quan, tổ chức ban hành văn bản (ô số 2, Phụ lục I Nghị định 30/2020/NĐ-CP) là \
tên chính thức, đầy đủ của cơ quan ban hành hoặc chức danh nhà nước của người có thẩm quyền, kèm tên \
cơ quan chủ quản trực tiếp nếu có; trình bày ở góc trên bên trái trang đầu, viết in hoa. Quy tắc báo \
lỗi khi phần đầu văn bản không có dòng nào là tên cơ quan ban hành. Không có sửa tự động: công cụ không \
tự điền tên cơ quan. Cũng áp dụng cho văn bản quy phạm pháp luật theo mẫu của Nghị định 78/2025/NĐ-CP (Phụ lục I, được thay thế bởi phụ lục của Nghị định 187/2025/NĐ-CP), vì các mẫu đó trình bày tên cơ quan ban hành in hoa, đầy đủ đúng như Nghị định 30; không áp dụng cho văn bản của Quốc hội, Ủy ban Thường vụ Quốc hội (mẫu riêng), văn bản hợp nhất và văn bản quy phạm pháp luật ghi ngày trước 01/4/2025 (theo mẫu cũ)."),
    docs_en: docs!("The issuing body's name (box 2, Phụ lục I of ND30) is the official, full name of the \
issuing body or the state title of the competent signer, with the name of its direct parent body if \
there is one; it sits at the top left of the first page, in capitals. The rule reports a header with no \
issuer line. No automatic fix: the name is never invented. Runs on legal normative documents too, under the forms of Nghị định 78/2025/NĐ-CP (Phụ lục I, as replaced by the annex of Nghị định 187/2025/NĐ-CP), which lay out the issuer's name, in capitals and in full as ND30 does; not on the acts of the Quốc hội and its Standing Committee (forms of their own), consolidated texts, or legal normative documents dated before 01/4/2025 (the older forms)."),
    bad: docs!("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nSố: 05/KH-UBND\n"),
    good: docs!("UBND TỈNH LÀO CAI\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nSố: 05/KH-UBND\n"),
    check: crate::rules::Check::Document(check),
};

fn check(ctx: &Ctx<'_>, out: &mut Vec<crate::diagnostic::Diagnostic>) {
    if ctx.doc.header.issuer.is_empty() {
        out.push(RULE.diag(
            ctx.missing_anchor(),
            "Thiếu tên cơ quan, tổ chức ban hành văn bản ở góc trên bên trái (ví dụ \"UBND TỈNH LÀO CAI\" / \"SỞ CÔNG THƯƠNG\").",
            "The issuing body's name is missing from the top left of the header (e.g. \"UBND TỈNH LÀO CAI\" / \"SỞ CÔNG THƯƠNG\").",
        ));
    }
}
