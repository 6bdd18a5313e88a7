use crate::diagnostic::Edit;
use crate::diagnostic::{Fix, Message, Severity};
use crate::model::doctype::{comparison_key, tone_insensitive};
use crate::rules::{Ctx, DiagnosticExt, FixAvailability, Needs, Rule, Scope};

pub static RULE: Rule = Rule {
    code: "QH002",
    name: "quoc-hieu-wording",
    severity: Severity::Error,
    fix: FixAvailability::Safe,
    needs: Needs::Text,
    scope: Scope::Nd30AndQppl,
    locator: "PL-I II.1",
    default_on: true,
    summary_vi: docs!("Quốc hiệu sai chữ, thiếu từ hoặc không viết in hoa."),
    summary_en: docs!("National title misspelt, missing words or not in capitals."),
    docs_vi: docs!("Quốc hiệu viết đúng nguyên văn, in hoa: `CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM`. Lỗi \
thường gặp: `HÕA` thay `HÒA` (lớp chữ của PDF), thiếu từ, viết thường. Cách bỏ dấu cũ `HOÀ` không \
báo ở đây (xem MA003). Cũng áp dụng cho văn bản quy phạm pháp luật theo mẫu của Nghị định 78/2025/NĐ-CP (Phụ lục I, được thay thế bởi phụ lục của Nghị định 187/2025/NĐ-CP), vì các mẫu đó trình bày Quốc hiệu và Tiêu ngữ đúng như Nghị định 30; không áp dụng cho văn bản của Quốc hội, Ủy ban Thường vụ Quốc hội (mẫu riêng), văn bản hợp nhất và văn bản quy phạm pháp luật ghi ngày trước 01/4/2025 (theo mẫu cũ)."),
    docs_en: docs!("The national title is written verbatim, in capitals: `CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM`. \
Common faults: `HÕA` for `HÒA` (PDF text layers), missing words, lower case. The old tone placement \
`HOÀ` is not reported here (see MA003). Runs on legal normative documents too, under the forms of Nghị định 78/2025/NĐ-CP (Phụ lục I, as replaced by the annex of Nghị định 187/2025/NĐ-CP), which lay out the national title and motto as ND30 does; not on the acts of the Quốc hội and its Standing Committee (forms of their own), consolidated texts, or legal normative documents dated before 01/4/2025 (the older forms)."),
    bad: docs!("CỘNG HÕA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"),
    good: docs!("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"),
    check: crate::rules::Check::Document(check),
};

const CANONICAL: &str = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM";

fn check(ctx: &Ctx<'_>, out: &mut Vec<crate::diagnostic::Diagnostic>) {
    let Some(i) = ctx.doc.header.quoc_hieu else {
        return;
    };
    let span = ctx.line(i).span;
    let t = ctx.s(span);
    let words: Vec<&str> = t.split_whitespace().collect();
    let joined = words.join(" ");
    // `HOÀ` is the old tone placement: accepted here, MA003's business.
    if tone_insensitive(&joined) == tone_insensitive(CANONICAL) || joined == CANONICAL {
        return;
    }
    let same_words = comparison_key(&joined) == comparison_key(CANONICAL);
    let (vi, en) = if same_words {
        (
            "Quốc hiệu phải viết in hoa toàn bộ: \"CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\"."
                .to_owned(),
            "The national title must be all in capitals: \"CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\"."
                .to_owned(),
        )
    } else {
        (
            format!("Quốc hiệu viết sai: \"{joined}\"; đúng là \"{CANONICAL}\"."),
            format!("The national title reads \"{joined}\"; it must be \"{CANONICAL}\"."),
        )
    };
    out.push(RULE.diag(span, vi, en).with_fix(Fix::safe(
        Message::new(
            format!("Thay bằng \"{CANONICAL}\""),
            format!("Replace with \"{CANONICAL}\""),
        ),
        vec![Edit::replace(span, CANONICAL)],
    )));
}
