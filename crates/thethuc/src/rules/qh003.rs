use crate::diagnostic::Severity;
use crate::rules::{Ctx, FixAvailability, Needs, Rule, Scope};

pub static RULE: Rule = Rule {
    code: "QH003",
    name: "missing-tieu-ngu",
    severity: Severity::Error,
    fix: FixAvailability::None,
    needs: Needs::Text,
    scope: Scope::Nd30AndQppl,
    locator: "PL-I II.1",
    default_on: true,
    summary_vi: docs!("Thiếu Tiêu ngữ."),
    summary_en: docs!("No motto line."),
    docs_vi: docs!("Quốc hiệu và Tiêu ngữ là thành phần thể thức thứ nhất (ô số 1, Phụ lục I Nghị định \
30/2020/NĐ-CP): ngay dưới Quốc hiệu là Tiêu ngữ `Độc lập - Tự do - Hạnh phúc`, canh giữa, phía dưới có \
đường kẻ ngang nét liền. Quy tắc báo lỗi khi phần đầu văn bản không có dòng Tiêu ngữ nào, kể cả khi \
Quốc hiệu có mặt. Tiêu ngữ viết sai dấu gạch nối hay sai chữ hoa thuộc QH004, không thuộc quy tắc này. \
Không có sửa tự động: công cụ không tự thêm thành phần còn thiếu. Cũng áp dụng cho văn bản quy phạm pháp luật theo mẫu của Nghị định 78/2025/NĐ-CP (Phụ lục I, được thay thế bởi phụ lục của Nghị định 187/2025/NĐ-CP), vì các mẫu đó trình bày Quốc hiệu và Tiêu ngữ đúng như Nghị định 30; không áp dụng cho văn bản của Quốc hội, Ủy ban Thường vụ Quốc hội (mẫu riêng), văn bản hợp nhất và văn bản quy phạm pháp luật ghi ngày trước 01/4/2025 (theo mẫu cũ)."),
    docs_en: docs!("The national title and the motto form the first component (box 1, Phụ lục I of ND30): \
directly under the national title comes the motto `Độc lập - Tự do - Hạnh phúc`, centred, with a solid \
rule under it. The rule reports a header with no motto line at all, whether or not the national title is \
there. A motto with the wrong dashes or capitals is QH004's business. No automatic fix: missing components \
are never invented. Runs on legal normative documents too, under the forms of Nghị định 78/2025/NĐ-CP (Phụ lục I, as replaced by the annex of Nghị định 187/2025/NĐ-CP), which lay out the national title and motto as ND30 does; not on the acts of the Quốc hội and its Standing Committee (forms of their own), consolidated texts, or legal normative documents dated before 01/4/2025 (the older forms)."),
    bad: docs!("UBND TỈNH LÀO CAI\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSố: 05/KH-UBND\n"),
    good: docs!("UBND TỈNH LÀO CAI\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nSố: 05/KH-UBND\n"),
    check: crate::rules::Check::Document(check),
};

fn check(ctx: &Ctx<'_>, out: &mut Vec<crate::diagnostic::Diagnostic>) {
    if ctx.doc.header.tieu_ngu.is_some() {
        return;
    }
    // Point under the national title when there is one: that is where the motto belongs.
    let span = match ctx.doc.header.quoc_hieu {
        Some(i) => ctx.line(i).span,
        None => ctx.missing_anchor(),
    };
    out.push(RULE.diag(
        span,
        "Thiếu Tiêu ngữ \"Độc lập - Tự do - Hạnh phúc\" dưới Quốc hiệu.",
        "The motto \"Độc lập - Tự do - Hạnh phúc\" is missing under the national title.",
    ));
}
