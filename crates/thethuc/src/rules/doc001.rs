use crate::diagnostic::Severity;
use crate::rules::{Ctx, FixAvailability, Needs, Rule, Scope};

pub static RULE: Rule = Rule {
    code: "DOC001",
    name: "unknown-structure",
    severity: Severity::Warning,
    fix: FixAvailability::None,
    needs: Needs::Text,
    scope: Scope::Document,
    locator: "—",
    default_on: true,
    summary_vi: docs!("Không nhận ra văn bản hành chính (không có phần đầu, tên loại hay phần kết)."),
    summary_en: docs!("Nothing recognisable as an administrative document (no header, type or closing)."),
    docs_vi: docs!("Khi không tìm thấy Quốc hiệu, tên cơ quan, số ký hiệu, địa danh ngày tháng, tên loại, \
trích yếu, nơi nhận hay chữ ký, văn bản được báo một lần và chỉ các quy tắc về lớp chữ được chạy, \
để không sinh hàng loạt lỗi \"thiếu thành phần\". Cũng vậy khi văn bản gần như không có chữ có dấu \
(dưới một chữ cái trên hai trăm ngoài bảng chữ ASCII, trong văn bản từ 300 chữ cái): lớp chữ do máy quét \
nhận dạng không theo tiếng Việt (`CQNG BOA XA HQI CHU NGHiA VI~T NAM`) hoặc văn bản gõ không dấu; \
thông báo nói rõ điều đó."),
    docs_en: docs!("When no national title, issuer, number, place-date, type name, summary, recipients or \
signature is found, the document is reported once and only the text-layer rules run, so that it does \
not produce a cascade of \"missing component\" findings. The same when the text has almost no letter \
with its marks (fewer than one letter in two hundred outside ASCII, in a text of 300 letters or more): \
a text layer an OCR made without Vietnamese (`CQNG BOA XA HQI CHU NGHiA VI~T NAM`) or text typed \
without marks; the message says so."),
    bad: docs!("Ghi chú họp ngày thứ Hai: chuẩn bị tài liệu cho buổi làm việc.\n"),
    good: docs!("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"),
    check: crate::rules::Check::Document(check),
};

fn check(ctx: &Ctx<'_>, out: &mut Vec<crate::diagnostic::Diagnostic>) {
    if ctx.doc.unaccented {
        out.push(RULE.diag(
            ctx.missing_anchor(),
            "Văn bản gần như không có chữ tiếng Việt có dấu (lớp chữ do máy quét nhận dạng không theo tiếng Việt, hoặc gõ không dấu): không đọc được cấu trúc văn bản; chỉ kiểm tra lớp chữ. Hãy kiểm tra bản gốc hoặc nhận dạng lại với tiếng Việt.",
            "The text has almost no Vietnamese letters with their marks (a text layer an OCR made without Vietnamese, or text typed without marks): its structure cannot be read; only text-layer rules were run. Check the original or run the OCR again with Vietnamese.",
        ));
    } else if ctx.doc.is_unstructured() {
        out.push(RULE.diag(
            ctx.missing_anchor(),
            "Không nhận ra cấu trúc văn bản hành chính (không có Quốc hiệu, số ký hiệu, tên loại hay nơi nhận); chỉ kiểm tra lớp chữ.",
            "No administrative-document structure recognised (no national title, number, type name or recipients); only text-layer rules were run.",
        ));
    }
}

#[cfg(test)]
mod tests {
    use crate::{check_str, Config};

    /// A text layer without Vietnamese marks is reported once, as such, and none of its
    /// components is reported missing; a text with its marks is read as usual.
    #[test]
    fn a_text_without_vietnamese_marks_is_reported_once() {
        let line = "Can cu Ke hoach so 663/KH-DHTD ngay 24/7/2024 cua Hieu truong Truong Dai hoc Tay Do ve viec to chuc lam viec.\n";
        let text = format!(
            "BO GIAO DUC VA DAO TAO   CONG HOA XA HOI CHU NGHIA VIET NAM\nSo: 53/TB-DHTD   Can Tho, ngay 16 thang 5 nam 2025\nTHONG BAO\n{}",
            line.repeat(4)
        );
        let report = check_str(&text, &Config::default());
        let codes: Vec<&str> = report.diagnostics.iter().map(|d| d.code).collect();
        assert_eq!(
            codes.iter().filter(|&&c| c == "DOC001").count(),
            1,
            "{codes:?}"
        );
        let d = report
            .diagnostics
            .iter()
            .find(|d| d.code == "DOC001")
            .unwrap();
        assert!(
            d.message.vi.contains("không có chữ tiếng Việt có dấu"),
            "{}",
            d.message.vi
        );
        for missing in [
            "SO001", "NG001", "QH003", "CQ001", "TL001", "NN001", "CK001",
        ] {
            assert!(!codes.contains(&missing), "{missing} in {codes:?}");
        }
        let marked = check_str(
            "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n",
            &Config::default(),
        );
        assert!(marked.diagnostics.iter().all(|d| d.code != "DOC001"));
    }
}
