use crate::diagnostic::Severity;
use crate::model::document::LineKind;
use crate::rules::{Ctx, FixAvailability, Needs, Rule, Scope};

pub static RULE: Rule = Rule {
    code: "NG001",
    name: "missing-place-date",
    severity: Severity::Error,
    fix: FixAvailability::None,
    needs: Needs::Text,
    scope: Scope::Nd30AndQppl,
    locator: "PL-I II.4",
    default_on: true,
    summary_vi: docs!("Thiếu dòng địa danh và thời gian ban hành."),
    summary_en: docs!("No place-and-date line."),
    docs_vi: docs!("Địa danh và thời gian ban hành (ô số 4, Phụ lục I Nghị định 30/2020/NĐ-CP) là thành phần \
thể thức bắt buộc, đặt dưới Quốc hiệu và Tiêu ngữ, dạng `Hà Nội, ngày 05 tháng 01 năm 2020`. Dự thảo \
để trống ngày, tháng vẫn được coi là có dòng này (xem NG002). Quy tắc báo khi phần đầu văn bản không \
có dòng nào như vậy. Không có sửa tự động: công cụ không tự đặt địa danh, ngày tháng. Văn bản ban hành kèm theo một văn bản khác (quy chế, quy định, điều lệ có dòng `(Ban hành kèm theo Quyết định số …)` dưới tên loại) mang số, ngày và nơi nhận của văn bản đó: không bị báo. Phiếu trình giải quyết công việc (biểu mẫu nội bộ của văn phòng, một lưới ô ý kiến) theo mẫu không có địa danh, ngày tháng và nơi nhận: không bị báo. Cũng áp dụng cho văn bản quy phạm pháp luật theo mẫu của Nghị định 78/2025/NĐ-CP (Phụ lục I, được thay thế bởi phụ lục của Nghị định 187/2025/NĐ-CP), vì các mẫu đó trình bày dòng `<Địa danh>, ngày … tháng … năm …` đúng như Nghị định 30; không áp dụng cho văn bản của Quốc hội, Ủy ban Thường vụ Quốc hội (mẫu riêng), văn bản hợp nhất và văn bản quy phạm pháp luật ghi ngày trước 01/4/2025 (theo mẫu cũ). Phía trên tên loại (hoặc dòng căn cứ đầu tiên), một dòng ngắn có `<Địa danh>, ngày` mà ngày, tháng bị bản quét hoặc dấu đến làm nhòe (`Hà Nội, ngày) th@:Ôj]I`) vẫn là dòng địa danh, ngày tháng: không bị báo thiếu."),
    docs_en: docs!("The place and date of issue (box 4, Phụ lục I of ND30) is a mandatory component, under the \
national title and motto, as `Hà Nội, ngày 05 tháng 01 năm 2020`. A draft with the day and month left \
blank still has its line (see NG002). The rule reports a header with no such line. No automatic fix: \
a place and date are never invented. A document issued with another (rules, regulations, statutes with a `(Ban hành kèm theo Quyết định số …)` line under the title) carries that document's number, date and recipients: not reported. An office's routing form (phiếu trình giải quyết công việc, a grid of approval boxes) has by design no place and date and no recipients: not reported. Runs on legal normative documents too, under the forms of Nghị định 78/2025/NĐ-CP (Phụ lục I, as replaced by the annex of Nghị định 187/2025/NĐ-CP), which lay out the place-and-date line as ND30 does; not on the acts of the Quốc hội and its Standing Committee (forms of their own), consolidated texts, or legal normative documents dated before 01/4/2025 (the older forms). Above the type name (or the first căn cứ), a short line holding `<place>, ngày` whose figures a scan or a received stamp garbled (`Hà Nội, ngày) th@:Ôj]I`) is still the place-and-date line: not reported missing."),
    bad: docs!("UBND TỈNH LÀO CAI\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nSố: 05/KH-UBND\n"),
    good: docs!("UBND TỈNH LÀO CAI\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nSố: 05/KH-UBND\nLào Cai, ngày 05 tháng 3 năm 2026\n"),
    check: crate::rules::Check::Document(check),
};

/// How far down a place-and-date line left out of the header still counts.
const SEARCH_LINES: usize = 20;

fn check(ctx: &Ctx<'_>, out: &mut Vec<crate::diagnostic::Diagnostic>) {
    // A regulation issued with a decision is dated by the decision.
    if ctx.doc.header.place_date.is_some()
        || ctx.doc.is_issued_with_another()
        || ctx.doc.is_routing_form()
        || crate::rules::common::header::certificate_in_its_own_form(ctx)
    {
        return;
    }
    // Conservative: a recognised date line near the top, or a short line that reads like one the
    // grammar did not take (`Lào Cai, ngày … tháng … năm …`), means the component is there.
    // Above the title (or the căn cứ), `<place>, ngày` alone is the date line's opening, its
    // figures garbled by a scan or a received stamp over them (`Hà Nội, ngày) th@:Ôj]I`).
    let doc = ctx.doc;
    let title_at = doc
        .title
        .as_ref()
        .map(|t| t.type_line)
        .or_else(|| doc.preamble.first().copied());
    let near_top = doc
        .lines
        .iter()
        .take(SEARCH_LINES)
        .enumerate()
        .any(|(i, l)| {
            let t = ctx.folded_line(i);
            let above_title = title_at.is_some_and(|at| i < at);
            matches!(l.kind, LineKind::PlaceDate(_))
                || (t.chars().count() < 90
                    && t.contains(", ngày")
                    && (above_title || t.contains("tháng") && t.contains("năm")))
        });
    if near_top {
        return;
    }
    out.push(RULE.diag(
        ctx.missing_anchor(),
        "Thiếu địa danh và thời gian ban hành: phần đầu không có dòng dạng \"Hà Nội, ngày 05 tháng 01 năm 2020\".",
        "The place and date of issue are missing: the header has no line such as \"Hà Nội, ngày 05 tháng 01 năm 2020\".",
    ));
}
