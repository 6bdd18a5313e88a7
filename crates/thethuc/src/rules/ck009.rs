//! CK009: a scan whose OCR lost the signature column. The seal and the hand over it took the
//! authority, the position and the name; the paper is signed, so no block is missing (CK001
//! stays silent): the text only cannot show it.
use crate::diagnostic::Severity;
use crate::rules::common::signature::missing_signature;
use crate::rules::common::signature::name_lost_by_scan;
use crate::rules::common::signature::signature_lost_by_scan;
use crate::rules::{Ctx, FixAvailability, Needs, Rule, Scope};

pub static RULE: Rule = Rule {
    code: "CK009",
    name: "signature-unreadable",
    severity: Severity::Info,
    fix: FixAvailability::None,
    needs: Needs::Text,
    scope: Scope::Nd30AndQppl,
    locator: "PL-I II.7",
    default_on: true,
    summary_vi: docs!("Văn bản quét không đọc được khối chữ ký: kiểm tra trên bản gốc."),
    summary_en: docs!("A scanned text whose signature block could not be read: check it on the original."),
    docs_vi: docs!("Trên bản quét, con dấu đỏ và chữ ký tay đè lên cột chữ ký thường làm phần mềm nhận dạng chữ (OCR) \
mất cả khối: không còn dòng quyền hạn, chức vụ hay họ tên người ký, văn bản dừng ở phần nơi nhận. Văn bản \
giấy vẫn được ký, nên không báo thiếu (CK001); quy tắc này báo một lần, mức thông tin, rằng không đọc được khối chữ ký \
từ văn bản và cần kiểm tra trên bản gốc. Chỉ áp dụng khi văn bản mang dấu vết của bản quét: ít nhất hai dòng có \
chữ cái không dùng trong tiếng Việt (`ngàyÄ)tháng`, `52ø`), ký tự văn bản đánh máy không có (`b/©`, `15⁄12/2024`), \
hoặc từ in hoa không phải âm tiết tiếng Việt (`QUYÉT`); văn bản đánh máy thiếu khối chữ ký vẫn bị báo CK001. \
Cũng vậy khi OCR đọc được quyền hạn, chức vụ nhưng mất họ tên người ký dưới con dấu (sau chức vụ chỉ còn nơi nhận \
và dòng Lưu): không báo thiếu họ tên (CK002), quy tắc này báo không đọc được họ tên."),
    docs_en: docs!("On a scan, the red seal and the handwriting over the signature column often make the OCR lose \
the whole block: no authority, position or signer's name is left, and the text ends with the recipients. The \
paper is signed, so no missing block is reported (CK001); this rule says once, as information, that the \
signature block could not be read from the text and should be checked on the original. Only for a text that \
bears a scan's marks: two lines or more with a letter Vietnamese does not use (`ngàyÄ)tháng`, `52ø`), a \
character typed text never holds (`b/©`, `15⁄12/2024`), or a word in capitals that no Vietnamese syllable spells \
(`QUYÉT`); a typed text without a signature block still gets CK001. So too where the OCR read the authority \
or the position but lost the signer's name under the seal (nothing after the title but the recipients and the \
Lưu line): no missing name is reported (CK002); this rule says the name could not be read."),
    bad: docs!("Số: /Ö/BGDĐT-GDTrH\nHà Nội, ngàyÄ)tháng 3 năm 2020\nNơi nhận:\n- Như trên;\n- Lưu: VT, Vụ GDTrH.\n"),
    good: docs!("Số: /Ö/BGDĐT-GDTrH\nHà Nội, ngàyÄ)tháng 3 năm 2020\nNơi nhận:\n- Như trên;\n- Lưu: VT, Vụ GDTrH.\nKT. BỘ TRƯỞNG\nTHỨ TRƯỞNG\nNguyễn Hữu Độ\n"),
    check: crate::rules::Check::Document(check),
};

fn check(ctx: &Ctx<'_>, out: &mut Vec<crate::diagnostic::Diagnostic>) {
    // The title read, the name under the seal lost (CK002 stays silent).
    if name_lost_by_scan(ctx) {
        let sig = &ctx.doc.closing.signature;
        if let Some(last) = sig.authority.iter().chain(&sig.positions).copied().max() {
            let line = ctx.line_text(last);
            out.push(RULE.diag(
                ctx.line(last).span,
                format!("Không đọc được họ tên người ký dưới \"{line}\" từ văn bản quét: kiểm tra trên bản gốc."),
                format!("The signer's name under \"{line}\" could not be read from the scanned text: check it on the original."),
            ));
        }
        return;
    }
    let Some(span) = missing_signature(ctx).filter(|_| signature_lost_by_scan(ctx)) else {
        return;
    };
    out.push(RULE.diag(
        span,
        "Không đọc được khối chữ ký (quyền hạn, chức vụ, họ tên người ký) từ văn bản quét: kiểm tra trên bản gốc.",
        "The signature block (authority, position, signer's name) could not be read from the scanned text: check it on the original.",
    ));
}

#[cfg(test)]
mod tests {
    fn codes(text: &str) -> Vec<&'static str> {
        crate::rules::test_support::family_codes("CK", text)
    }

    /// A scan of a signed công văn (Sở Y tế Kiên Giang, 2264/SYT-NVY) whose OCR read the
    /// authority beside the label and lost the name under the seal: only the recipients follow
    /// the title. The paper is signed: CK009's note, no CK002. The same text typed lacks its
    /// name: CK002.
    #[test]
    fn a_scan_that_lost_the_name_under_the_seal_is_not_unsigned() {
        let head = "UBND TỈNH KIÊN GIANG\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSỞ Y TẾ\tĐộc lập - Tự do - Hạnh phúc\n";
        let body = "V/v báo cáo tổng kết năm 2017\n\nKính gửi: Các đơn vị trực thuộc.\n\nĐề nghị các đơn vị gửi báo cáo về Sở Y tế trước ngày 20 tháng 12 năm 2017./.\n\nNơi nhận: TL. GIÁM ĐỐC\n- Như trên;\n- BGĐ SYT;\n- Lưu: VT, NVY.\n";
        let scanned = format!("{head}Số: /Ö/SYT-NVY\tKiên Giang, ngàyÄ)tháng 12 năm 2017\n{body}");
        assert_eq!(codes(&scanned), ["CK009"]);
        let typed =
            format!("{head}Số: 2264/SYT-NVY\tKiên Giang, ngày 13 tháng 12 năm 2017\n{body}");
        assert_eq!(codes(&typed), ["CK002"]);
        // A line under the title a name could be garbled into: the name is there, unread.
        let garbled = format!("{scanned}\nNgu ~ễn Vă Ân\n");
        assert!(!codes(&garbled).contains(&"CK009"), "{:?}", codes(&garbled));
    }
}
