use crate::diagnostic::Severity;
use crate::rules::common::signature::{missing_signature, signature_lost_by_scan};
use crate::rules::{Ctx, FixAvailability, Needs, Rule, Scope};

pub static RULE: Rule = Rule {
    code: "CK001",
    name: "missing-signature-block",
    severity: Severity::Error,
    fix: FixAvailability::None,
    needs: Needs::Text,
    scope: Scope::Nd30AndQppl,
    locator: "PL-I II.7",
    default_on: true,
    summary_vi: docs!("Thiếu dòng quyền hạn, chức vụ của người ký."),
    summary_en: docs!("No signing authority/position line."),
    docs_vi: docs!("Chức vụ, họ tên và chữ ký của người có thẩm quyền là thành phần bắt buộc (Điều 8 và Phụ lục I \
mục II.7 Nghị định 30/2020/NĐ-CP). Khối chữ ký có dòng quyền hạn (`TM.`, `KT.`, `TL.`, `TUQ.`, `Q.`) \
và/hoặc chức vụ người ký in hoa (`GIÁM ĐỐC`, `PHÓ CHỦ TỊCH`). Báo lỗi khi văn bản không có dòng quyền \
hạn hay chức vụ nào ở phần kết thúc. Văn bản ban hành kèm theo văn bản khác (quy chế, điều lệ có dòng \
`(Ban hành kèm theo Quyết định số …)` dưới tên) được ký ở văn bản đó, không bị báo; phiếu trình giải \
quyết công việc (biểu mẫu nội bộ của văn phòng) kết thúc bằng các ô ý kiến của lãnh đạo, không bị báo. \
Không sửa tự động: công cụ không thêm thành phần còn thiếu. Danh sách (`DANH SÁCH`) không có số và không có phần kết thúc nào là danh sách đi kèm một văn bản khác (tài liệu phát tại hội nghị, danh sách kèm theo quyết định), mang số, nơi nhận và chữ ký của văn bản đó: không bị báo. Cũng áp dụng cho văn bản quy phạm pháp luật theo mẫu của Nghị định 78/2025/NĐ-CP (Phụ lục I, được thay thế bởi phụ lục của Nghị định 187/2025/NĐ-CP), vì các mẫu đó trình bày khối chữ ký (`TM.`, `KT.`, chức vụ in hoa, họ tên) đúng như Nghị định 30; không áp dụng cho văn bản của Quốc hội, Ủy ban Thường vụ Quốc hội (mẫu riêng), văn bản hợp nhất và văn bản quy phạm pháp luật ghi ngày trước 01/4/2025 (theo mẫu cũ). Văn bản bị cắt giữa một đoạn trích dẫn (dấu `“` mở cuối cùng không được đóng và không đọc được gì của phần kết hay phụ lục: bản chụp chỉ có trang đầu, một đoạn trích) mất khối chữ ký cùng các trang sau: không bị báo."),
    docs_en: docs!("The position, name and signature of the competent person are a mandatory component \
(Article 8 and Phụ lục I II.7 of ND30). The signature block holds an authority line (`TM.`, `KT.`, `TL.`, \
`TUQ.`, `Q.`) and/or the signer's position in capitals (`GIÁM ĐỐC`, `PHÓ CHỦ TỊCH`). Reported when the \
closing has no authority or position line at all. A text issued with another (a regulation or \
charter with `(Ban hành kèm theo Quyết định số …)` under its title) is signed in that document and \
not reported; nor is an office's routing form (phiếu trình giải quyết công việc), which ends in the \
leaders' opinion boxes. No automatic fix: missing components are never invented. A list (`DANH SÁCH`) with neither a number nor any closing is the list that goes with another document (a conference handout, a decision's attachment), numbered, sent and signed in that document: not reported. Runs on legal normative documents too, under the forms of Nghị định 78/2025/NĐ-CP (Phụ lục I, as replaced by the annex of Nghị định 187/2025/NĐ-CP), which lay out the signature block (`TM.`, `KT.`, the position in capitals, the name) as ND30 does; not on the acts of the Quốc hội and its Standing Committee (forms of their own), consolidated texts, or legal normative documents dated before 01/4/2025 (the older forms). A text cut off inside a quotation (its last `“` never closed, nothing of a closing or an appendix read: a scan of the first page, an excerpt) lost its signature with the pages after it: not reported."),
    bad: docs!("Nơi nhận:\n- Như trên;\n- Lưu: VT, VP.\n"),
    good: docs!("Nơi nhận:\n- Như trên;\n- Lưu: VT, VP.\nGIÁM ĐỐC\nNguyễn Văn An\n"),
    check: crate::rules::Check::Document(check),
};

fn check(ctx: &Ctx<'_>, out: &mut Vec<crate::diagnostic::Diagnostic>) {
    // A scan that lost its signature column is signed on paper: CK009 says the block could not
    // be read, instead of a missing block.
    let Some(span) = missing_signature(ctx).filter(|_| !signature_lost_by_scan(ctx)) else {
        return;
    };
    out.push(RULE.diag(
        span,
        "Thiếu chức vụ, quyền hạn của người ký (ví dụ \"KT. GIÁM ĐỐC\" / \"PHÓ GIÁM ĐỐC\") ở phần kết thúc văn bản.",
        "The closing has no signing authority or position line (e.g. \"KT. GIÁM ĐỐC\" / \"PHÓ GIÁM ĐỐC\").",
    ));
}

#[cfg(test)]
mod tests {
    use crate::config::Config;

    fn count(text: &str) -> usize {
        crate::check_str(text, &Config::default())
            .diagnostics
            .iter()
            .filter(|d| d.code == "CK001")
            .count()
    }

    /// A charter approved by a decision (Điều lệ Hội Golf tỉnh Lâm Đồng) ends with its last
    /// article: the decision carries the signature.
    #[test]
    fn a_charter_issued_with_a_decision_has_no_signature_of_its_own() {
        let head = "UBND TỈNH LÂM ĐỒNG\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nHỘI GOLF TỈNH LÂM ĐỒNG\tĐộc lập - Tự do - Hạnh phúc\n\nĐIỀU LỆ\n\nHỘI GOLF TỈNH LÂM ĐỒNG\n\n";
        let with = "(Kèm theo Quyết định số /QĐ-UBND ngày / /2025\n\ncủa Chủ tịch UBND tỉnh)\n\n";
        let body = "Chương I\nNHỮNG QUY ĐỊNH CHUNG\nĐiều 1. Tên gọi\nTên gọi tiếng Việt: Hội Golf tỉnh Lâm Đồng.\nĐiều 2. Hiệu lực thi hành\nĐiều lệ này có hiệu lực theo Quyết định phê duyệt của Chủ tịch UBND tỉnh./.\n";
        assert_eq!(count(&format!("{head}{with}{body}")), 0);
        assert_eq!(count(&format!("{head}{body}")), 1);
    }

    fn codes(text: &str) -> Vec<&'static str> {
        crate::rules::test_support::family_codes("CK", text)
    }

    /// A scan of a signed công văn (Bộ GDĐT, 1113/BGDĐT-GDTrH) whose OCR lost the whole
    /// signature column under the seal: the handwritten number and day read `/Ö` and `Ä)`, the
    /// text ends with the Lưu line. The paper is signed: CK009's note, no CK001. The same text
    /// typed, with its number and day, lacks its block: CK001.
    #[test]
    fn a_scan_that_lost_its_signature_column_is_not_unsigned() {
        let head = "BỘ GIÁO DỤC VÀ ĐÀO TẠO\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\tĐộc lập - Tự do - Hạnh phúc\n";
        let body = "V/v hướng dẫn điều chỉnh nội dung dạy học\n\nKính gửi: Các Sở Giáo dục và Đào tạo.\n\nBộ Giáo dục và Đào tạo hướng dẫn các Sở điều chỉnh nội dung dạy học học kỳ II./.\n\nNơi nhận:\n- Như trên;\n- Bộ trưởng (để b/c);\n- Lưu: VT, Vụ GDTrH.\n";
        let scanned = format!("{head}Số: /Ö/BGDĐT-GDTrH\nHà Nội, ngàyÄ)tháng 3 năm 2020\n{body}");
        assert_eq!(codes(&scanned), ["CK009"]);
        let typed = format!("{head}Số: 1113/BGDĐT-GDTrH\nHà Nội, ngày 30 tháng 3 năm 2020\n{body}");
        assert_eq!(codes(&typed), ["CK001"]);
        // One slip (a foreign letter in the day) is no scan: a typist's slip.
        let one_slip =
            format!("{head}Số: 1113/BGDĐT-GDTrH\nHà Nội, ngàyÄ)tháng 3 năm 2020\n{body}");
        assert_eq!(codes(&one_slip), ["CK001"]);
        // A scan whose block was read is signed.
        let signed = format!("{scanned}KT. BỘ TRƯỞNG\nTHỨ TRƯỞNG\nNguyễn Hữu Độ\n");
        assert!(codes(&signed).is_empty(), "{:?}", codes(&signed));
    }
}
