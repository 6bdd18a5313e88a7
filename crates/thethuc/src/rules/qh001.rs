use crate::diagnostic::Severity;
use crate::rules::{Ctx, FixAvailability, Needs, Rule, Scope};

pub static RULE: Rule = Rule {
    code: "QH001",
    name: "missing-quoc-hieu",
    severity: Severity::Error,
    fix: FixAvailability::None,
    needs: Needs::Text,
    scope: Scope::Nd30AndQppl,
    locator: "PL-I II.1",
    default_on: true,
    summary_vi: docs!("Thiếu Quốc hiệu."),
    summary_en: docs!("No national title line."),
    docs_vi: docs!("Văn bản hành chính phải có Quốc hiệu `CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM` ở đầu trang \
đầu, bên phải (ô số 1, Phụ lục I Nghị định 30/2020/NĐ-CP). Không có sửa tự động: công cụ không thêm \
thành phần còn thiếu. Cũng áp dụng cho văn bản quy phạm pháp luật theo mẫu của Nghị định 78/2025/NĐ-CP (Phụ lục I, được thay thế bởi phụ lục của Nghị định 187/2025/NĐ-CP), vì các mẫu đó trình bày Quốc hiệu và Tiêu ngữ đúng như Nghị định 30; không áp dụng cho văn bản của Quốc hội, Ủy ban Thường vụ Quốc hội (mẫu riêng), văn bản hợp nhất và văn bản quy phạm pháp luật ghi ngày trước 01/4/2025 (theo mẫu cũ)."),
    docs_en: docs!("An administrative document carries the national title `CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM` \
at the top right of its first page (box 1, Phụ lục I of ND30). No automatic fix: missing components are \
never invented. Runs on legal normative documents too, under the forms of Nghị định 78/2025/NĐ-CP (Phụ lục I, as replaced by the annex of Nghị định 187/2025/NĐ-CP), which lay out the national title and motto as ND30 does; not on the acts of the Quốc hội and its Standing Committee (forms of their own), consolidated texts, or legal normative documents dated before 01/4/2025 (the older forms)."),
    bad: docs!("UBND TỈNH LÀO CAI\nĐộc lập - Tự do - Hạnh phúc\nSố: 05/KH-UBND\n"),
    good: docs!("UBND TỈNH LÀO CAI\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nSố: 05/KH-UBND\n"),
    check: crate::rules::Check::Document(check),
};

fn check(ctx: &Ctx<'_>, out: &mut Vec<crate::diagnostic::Diagnostic>) {
    if ctx.doc.header.quoc_hieu.is_none() {
        out.push(RULE.diag(
            ctx.missing_anchor(),
            "Thiếu Quốc hiệu \"CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\" ở đầu văn bản.",
            "The national title \"CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\" is missing from the header.",
        ));
    }
}
