use crate::diagnostic::Severity;
use crate::model::document::LineKind;
use crate::rules::{Ctx, FixAvailability, Needs, Rule, Scope};

pub static RULE: Rule = Rule {
    code: "SO001",
    name: "missing-so-ky-hieu",
    severity: Severity::Error,
    fix: FixAvailability::None,
    needs: Needs::Text,
    scope: Scope::Nd30,
    locator: "PL-I II.3",
    default_on: true,
    summary_vi: docs!("Thiếu dòng `Số:` (số, ký hiệu) ở phần đầu văn bản."),
    summary_en: docs!("No `Số:` line in the header."),
    docs_vi: docs!("Số, ký hiệu (ô số 3, Phụ lục I Nghị định 30/2020/NĐ-CP) là thành phần thể thức bắt buộc, \
đặt dưới tên cơ quan ban hành, dạng `Số: 05/QĐ-UBND` (văn bản có tên loại) hoặc `Số: 05/UBND-VP` (công \
văn). Dự thảo để trống số (`Số:      /KH-UBND`) vẫn được coi là có dòng số (xem SO002). Quy tắc báo khi \
phần đầu văn bản không có dòng nào như vậy. Không có sửa tự động: công cụ không tự đặt số, ký hiệu. Văn bản ban hành kèm theo một văn bản khác (quy chế, quy định, điều lệ có dòng `(Ban hành kèm theo Quyết định số …)` dưới tên loại) mang số, ngày và nơi nhận của văn bản đó: không bị báo. Phiếu trình giải quyết công việc (biểu mẫu nội bộ của văn phòng, một lưới ô ý kiến) theo mẫu không có số, ký hiệu: không bị báo. Danh sách (`DANH SÁCH`) không có số và không có phần kết thúc nào là danh sách đi kèm một văn bản khác (tài liệu phát tại hội nghị, danh sách kèm theo quyết định), mang số, nơi nhận và chữ ký của văn bản đó: không bị báo."),
    docs_en: docs!("The number and code (box 3, Phụ lục I of ND30) is a mandatory component, under the issuer's \
name, as `Số: 05/QĐ-UBND` (typed documents) or `Số: 05/UBND-VP` (công văn). A draft with the number left \
blank (`Số:      /KH-UBND`) still has its line (see SO002). The rule reports a header with no such line. \
No automatic fix: a number and code are never invented. A document issued with another (rules, regulations, statutes with a `(Ban hành kèm theo Quyết định số …)` line under the title) carries that document's number, date and recipients: not reported. An office's routing form (phiếu trình giải quyết công việc, a grid of approval boxes) has by design no number: not reported. A list (`DANH SÁCH`) with neither a number nor any closing is the list that goes with another document (a conference handout, a decision's attachment), numbered, sent and signed in that document: not reported."),
    bad: docs!("UBND TỈNH LÀO CAI\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nLào Cai, ngày 05 tháng 3 năm 2026\n"),
    good: docs!("UBND TỈNH LÀO CAI\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nSố: 05/KH-UBND\nLào Cai, ngày 05 tháng 3 năm 2026\n"),
    check,
};

/// How far down a stray `Số:` line still counts as the document's own.
const SEARCH_LINES: usize = 20;

fn check(ctx: &Ctx<'_>, out: &mut Vec<crate::diagnostic::Diagnostic>) {
    // A regulation issued with a decision carries the decision's number.
    // An office's routing form has by design no number (its boxes gather the leaders' opinions).
    if ctx.doc.header.so.is_some() || ctx.doc.frame_is_elsewhere() {
        return;
    }
    // Conservative: a state-form `Số:` line near the top that the assembler left out of the
    // header still means the component is there.
    let near_top = ctx
        .doc
        .lines
        .iter()
        .take(SEARCH_LINES)
        .any(|l| matches!(&l.kind, LineKind::So(p) if !p.party && p.colon.is_some()));
    if near_top {
        return;
    }
    out.push(RULE.diag(
        ctx.missing_anchor(),
        "Thiếu số, ký hiệu văn bản: phần đầu không có dòng dạng \"Số: 05/QĐ-UBND\" (văn bản có tên loại) \
hoặc \"Số: 05/UBND-VP\" (công văn).",
        "The document's number and code are missing: the header has no line such as \"Số: 05/QĐ-UBND\" \
(typed document) or \"Số: 05/UBND-VP\" (công văn).",
    ));
}
