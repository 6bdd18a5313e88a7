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
để không sinh hàng loạt lỗi \"thiếu thành phần\"."),
    docs_en: docs!("When no national title, issuer, number, place-date, type name, summary, recipients or \
signature is found, the document is reported once and only the text-layer rules run, so that it does \
not produce a cascade of \"missing component\" findings."),
    bad: docs!("Ghi chú họp ngày thứ Hai: chuẩn bị tài liệu cho buổi làm việc.\n"),
    good: docs!("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"),
    check,
};

fn check(ctx: &Ctx<'_>, out: &mut Vec<crate::diagnostic::Diagnostic>) {
    if ctx.doc.is_unstructured() {
        out.push(RULE.diag(
            ctx.missing_anchor(),
            "Không nhận ra cấu trúc văn bản hành chính (không có Quốc hiệu, số ký hiệu, tên loại hay nơi nhận); chỉ kiểm tra lớp chữ.",
            "No administrative-document structure recognised (no national title, number, type name or recipients); only text-layer rules were run.",
        ));
    }
}
