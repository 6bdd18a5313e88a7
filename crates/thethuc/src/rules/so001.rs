use crate::diagnostic::Severity;
use crate::model::document::LineKind;
use crate::rules::{Ctx, FixAvailability, Needs, Rule, Scope};

pub static RULE: Rule = Rule {
    code: "SO001",
    name: "missing-so-ky-hieu",
    severity: Severity::Error,
    fix: FixAvailability::None,
    needs: Needs::Text,
    scope: Scope::Nd30AndQppl,
    locator: "PL-I II.3",
    default_on: true,
    summary_vi: docs!("Thiếu dòng `Số:` (số, ký hiệu) ở phần đầu văn bản."),
    summary_en: docs!("No `Số:` line in the header."),
    docs_vi: docs!("Số, ký hiệu (ô số 3, Phụ lục I Nghị định 30/2020/NĐ-CP) là thành phần thể thức bắt buộc, \
đặt dưới tên cơ quan ban hành, dạng `Số: 05/QĐ-UBND` (văn bản có tên loại) hoặc `Số: 05/UBND-VP` (công \
văn). Dự thảo để trống số (`Số:      /KH-UBND`) vẫn được coi là có dòng số (xem SO002). Quy tắc báo khi \
phần đầu văn bản không có dòng nào như vậy. Không có sửa tự động: công cụ không tự đặt số, ký hiệu. Văn bản ban hành kèm theo một văn bản khác (quy chế, quy định, điều lệ có dòng `(Ban hành kèm theo Quyết định số …)` dưới tên loại) mang số, ngày và nơi nhận của văn bản đó: không bị báo. Phiếu trình giải quyết công việc (biểu mẫu nội bộ của văn phòng, một lưới ô ý kiến) theo mẫu không có số, ký hiệu: không bị báo. Danh sách (`DANH SÁCH`) không có số và không có phần kết thúc nào là danh sách đi kèm một văn bản khác (tài liệu phát tại hội nghị, danh sách kèm theo quyết định), mang số, nơi nhận và chữ ký của văn bản đó: không bị báo. Cũng áp dụng cho văn bản quy phạm pháp luật theo mẫu của Nghị định 78/2025/NĐ-CP (Phụ lục I, được thay thế bởi phụ lục của Nghị định 187/2025/NĐ-CP), vì các mẫu đó trình bày dòng `Số:` (ngoài nhóm năm của số, xem QP001) đúng như Nghị định 30; không áp dụng cho văn bản của Quốc hội, Ủy ban Thường vụ Quốc hội (mẫu riêng), văn bản hợp nhất và văn bản quy phạm pháp luật ghi ngày trước 01/4/2025 (theo mẫu cũ). Phía trên tên loại (hoặc dòng căn cứ đầu tiên), một dòng có số và ký hiệu (`260/2025/NĐ-CP`, `05/KH-UBND`) mà chữ `Số:` bị bản quét hoặc dấu đến làm nhòe (`PHÔ: Ề 260/2025/NĐ-CP`) vẫn là dòng số, ký hiệu: không bị báo thiếu; số đứng sau chữ `số` viết thường (`Quyết định số 21/2025/QĐ-TTg` ở tiêu đề trang web) là trích dẫn, không tính."),
    docs_en: docs!("The number and code (box 3, Phụ lục I of ND30) is a mandatory component, under the issuer's \
name, as `Số: 05/QĐ-UBND` (typed documents) or `Số: 05/UBND-VP` (công văn). A draft with the number left \
blank (`Số:      /KH-UBND`) still has its line (see SO002). The rule reports a header with no such line. \
No automatic fix: a number and code are never invented. A document issued with another (rules, regulations, statutes with a `(Ban hành kèm theo Quyết định số …)` line under the title) carries that document's number, date and recipients: not reported. An office's routing form (phiếu trình giải quyết công việc, a grid of approval boxes) has by design no number: not reported. A list (`DANH SÁCH`) with neither a number nor any closing is the list that goes with another document (a conference handout, a decision's attachment), numbered, sent and signed in that document: not reported. Runs on legal normative documents too, under the forms of Nghị định 78/2025/NĐ-CP (Phụ lục I, as replaced by the annex of Nghị định 187/2025/NĐ-CP), which lay out the `Số:` line (the number's year group aside: QP001) as ND30 does; not on the acts of the Quốc hội and its Standing Committee (forms of their own), consolidated texts, or legal normative documents dated before 01/4/2025 (the older forms). Above the type name (or the first căn cứ), a line holding a number and code (`260/2025/NĐ-CP`, `05/KH-UBND`) whose `Số:` a scan or a received stamp garbled (`PHÔ: Ề 260/2025/NĐ-CP`) is still the number line: not reported missing; a number after a lower-case `số` (`Quyết định số 21/2025/QĐ-TTg` in a portal's title) is a citation and does not count."),
    bad: docs!("UBND TỈNH LÀO CAI\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nLào Cai, ngày 05 tháng 3 năm 2026\n"),
    good: docs!("UBND TỈNH LÀO CAI\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nSố: 05/KH-UBND\nLào Cai, ngày 05 tháng 3 năm 2026\n"),
    check: crate::rules::Check::Document(check),
};

/// How far down a stray `Số:` line still counts as the document's own.
const SEARCH_LINES: usize = 20;

fn check(ctx: &Ctx<'_>, out: &mut Vec<crate::diagnostic::Diagnostic>) {
    // A regulation issued with a decision carries the decision's number.
    // An office's routing form has by design no number (its boxes gather the leaders' opinions).
    if ctx.doc.header.so.is_some()
        || ctx.doc.frame_is_elsewhere()
        || crate::rules::common::header::certificate_in_its_own_form(ctx)
    {
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
    if near_top || garbled_so_line(ctx) {
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

/// Whether a line above the title holds a number and its ký hiệu (`260/2025/NĐ-CP`,
/// `05/KH-UBND`) whose `Số:` a scan or a received stamp garbled (`PHÔ: Ề 260/2025/NĐ-CP`): the
/// component is there, misread, not missing. One after a lower-case `số` is a citation.
fn garbled_so_line(ctx: &Ctx<'_>) -> bool {
    let doc = ctx.doc;
    let Some(title_at) = doc
        .title
        .as_ref()
        .map(|t| t.type_line)
        .or_else(|| doc.preamble.first().copied())
    else {
        return false;
    };
    (0..title_at.min(doc.lines.len()).min(SEARCH_LINES)).any(|i| {
        let tokens = ctx.tokens(i);
        tokens.iter().enumerate().any(|(k, (_, token))| {
            // `Quyết định số 21/2025/QĐ-TTg` (a portal's title, a citation) names a document.
            let cited = k > 0 && tokens[k - 1].1 == "số";
            !cited && is_number_and_ky_hieu(token)
        })
    })
}

/// `260/2025/NĐ-CP`, `05/KH-UBND`: figures, a slash, then groups in capitals joined by `/`
/// and `-` (a year group may come first).
fn is_number_and_ky_hieu(token: &str) -> bool {
    let token = token.trim_matches(|c: char| !c.is_alphanumeric());
    let Some((number, code)) = token.split_once('/') else {
        return false;
    };
    let code = code
        .split_once('/')
        .filter(|(year, _)| year.len() == 4 && year.bytes().all(|b| b.is_ascii_digit()))
        .map_or(code, |(_, rest)| rest);
    !number.is_empty()
        && number.bytes().all(|b| b.is_ascii_digit())
        && code.contains('-')
        && code.starts_with(|c: char| c.is_uppercase())
        && code
            .split(['-', '/'])
            .all(|g| !g.is_empty() && g.chars().all(char::is_alphanumeric))
}

#[cfg(test)]
mod tests {
    use crate::config::Config;

    fn codes(text: &str) -> Vec<&'static str> {
        let mut codes: Vec<&'static str> = crate::check_str(text, &Config::default())
            .diagnostics
            .iter()
            .map(|d| d.code)
            .filter(|c| ["SO001", "NG001", "NN001"].contains(c))
            .collect();
        crate::text::sorting::sort(&mut codes);
        codes
    }

    /// A business registration certificate numbers and dates itself under its title and goes
    /// to its holder: no Số line, no place-and-date line, no Nơi nhận to report. A decision
    /// without them, or a certificate without its own number, is still reported.
    #[test]
    fn a_certificate_in_its_sector_form() {
        let head = "   SỞ KẾ HOẠCH VÀ ĐẦU TƯ                CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n      TỈNH BÌNH THUẬN                          Độc lập - Tự do - Hạnh phúc\n PHÒNG ĐĂNG KÝ KINH DOANH\n\n";
        let own = "                            Mã số doanh nghiệp: 3401074935\n                     Đăng ký lần đầu: ngày 03 tháng 03 năm 2014\n\n";
        let body = "1. Tên công ty\nTên công ty viết bằng tiếng Việt: CÔNG TY TNHH VẬT LIỆU XÂY DỰNG KIM CHÂU\n2. Địa chỉ trụ sở chính\n646 Thôn Gò Găng, Xã Tân Thắng, Huyện Hàm Tân, Tỉnh Bình Thuận, Việt Nam\n\n                                                  TRƯỞNG PHÒNG\n\n                                                  Nguyễn Văn An\n";
        let certificate = "                 GIẤY CHỨNG NHẬN ĐĂNG KÝ DOANH NGHIỆP\n             CÔNG TY TRÁCH NHIỆM HỮU HẠN MỘT THÀNH VIÊN\n\n";
        assert!(codes(&format!("{head}{certificate}{own}{body}")).is_empty());
        assert_eq!(
            codes(&format!("{head}{certificate}{body}")),
            ["NG001", "NN001", "SO001"]
        );
        let decision =
            "                 QUYẾT ĐỊNH\n             Về việc cấp đăng ký doanh nghiệp\n\n";
        assert_eq!(
            codes(&format!("{head}{decision}{own}{body}")),
            ["NG001", "NN001", "SO001"]
        );
    }
}
