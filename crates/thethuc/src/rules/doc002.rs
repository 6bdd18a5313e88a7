use crate::diagnostic::Severity;
use crate::model::document::Regime;
use crate::rules::{Ctx, FixAvailability, Needs, Rule, Scope};

pub static RULE: Rule = Rule {
    code: "DOC002",
    name: "other-regime",
    severity: Severity::Info,
    fix: FixAvailability::None,
    needs: Needs::Text,
    scope: Scope::Document,
    locator: "Đ1",
    default_on: true,
    summary_vi: docs!("Văn bản của Đoàn TNCS Hồ Chí Minh (chưa có bộ quy tắc) hoặc văn bản quy phạm pháp luật (họ QP): không thuộc phạm vi Nghị định 30."),
    summary_en: docs!("Youth Union document (no rule pack yet) or legal normative document (the QP family): outside ND30."),
    docs_vi: docs!("Nghị định 30/2020/NĐ-CP chỉ điều chỉnh văn bản hành chính. Văn bản của Đảng (tiêu đề \
`ĐẢNG CỘNG SẢN VIỆT NAM`, số `Số 12-KH/TU`) có bộ quy tắc riêng (họ DG, theo Hướng dẫn 05-HD/VPTW và \
36-HD/VPTW trước đó) và không được báo ở đây; văn bản của Đoàn TNCS Hồ Chí Minh \
(tiêu đề `ĐOÀN TNCS HỒ CHÍ MINH`) theo thể thức riêng của Đoàn, mô phỏng văn bản của Đảng; văn bản quy phạm pháp luật \
(số có năm, `Số: 28/2025/QĐ-UBND`) theo Luật Ban hành VBQPPL 64/2025/QH15 và Nghị định 78/2025/NĐ-CP, \
kiểm tra bằng họ QP. Hai loại sau được báo một lần (chưa có bộ quy tắc cho văn bản của Đoàn). Các quy \
tắc của Nghị định 30 không chạy trên văn bản của Đoàn; trên văn bản quy phạm pháp luật chỉ chạy những quy tắc \
mà mẫu của Nghị định 78/2025/NĐ-CP (Phụ lục I, được thay thế bởi phụ lục của Nghị định 187/2025/NĐ-CP) nhắc lại \
đúng lời (Quốc hiệu và Tiêu ngữ, tên cơ quan ban hành, dòng số, địa danh và ngày tháng, tên loại, khối chữ ký, \
nơi nhận), khi các mẫu đó điều chỉnh văn bản: ghi ngày từ 01/4/2025 hoặc không ghi ngày, không phải văn bản của \
Quốc hội, Ủy ban Thường vụ Quốc hội hay văn bản hợp nhất."),
    docs_en: docs!("ND30 governs administrative documents only. Party documents (heading `ĐẢNG CỘNG SẢN VIỆT NAM`, \
number `Số 12-KH/TU`) have their own rule pack (the DG family, after Hướng dẫn 05-HD/VPTW and \
36-HD/VPTW before it) and are not reported here; the Ho Chi Minh Communist Youth Union's (heading \
`ĐOÀN TNCS HỒ CHÍ MINH`) follow the Union's own format, modelled on the Party's; legal normative documents (the number carries the \
year, `Số: 28/2025/QĐ-UBND`) follow Law 64/2025/QH15 on legal documents and Decree 78/2025/NĐ-CP, checked by \
the QP family. The latter two are reported once (no rule pack exists for the Union's yet). The ND30 rules \
do not run on the Union's; on a legal normative document only those run that the forms of Decree \
78/2025/NĐ-CP (its Phụ lục I, as replaced by the annex of Decree 187/2025/NĐ-CP) repeat in the same words \
(national title and motto, issuer's name, number line, place and date, type name, signature block, \
recipients), when those forms govern the document: dated from 01/4/2025 or undated, not an act of the \
Quốc hội or its Standing Committee, not a consolidated text."),
    bad: docs!("TỈNH ĐOÀN LÀO CAI\nĐOÀN TNCS HỒ CHÍ MINH\nSố 12-KH/TĐTN\n"),
    good: docs!("UBND TỈNH LÀO CAI\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSố: 12/KH-UBND\n"),
    check: crate::rules::Check::Document(check),
};

fn check(ctx: &Ctx<'_>, out: &mut Vec<crate::diagnostic::Diagnostic>) {
    let at = ctx
        .doc
        .header
        .party_heading
        .or(ctx.doc.header.so)
        .map_or_else(|| ctx.missing_anchor(), |i| ctx.line(i).span);
    match ctx.doc.regime {
        Regime::Nd30 => {}
        Regime::YouthUnion => out.push(RULE.diag(
            at,
            "Văn bản của Đoàn TNCS Hồ Chí Minh (thể thức riêng của Đoàn, theo mẫu văn bản của Đảng): chưa có bộ quy tắc, các quy tắc của Nghị định 30 không áp dụng.",
            "Document of the Ho Chi Minh Communist Youth Union (the Union's own format, modelled on the Party's): no rule pack yet; the ND30 rules do not apply.",
        )),
        // The Party pack (DG) runs on it; DOC003 names the guide.
        Regime::Party => {}
        // The ND30 rules the VBQPPL forms repeat run where those forms govern the document.
        Regime::Qppl if crate::rules::common::qppl::under_decree_78_forms(ctx) => out.push(RULE.diag(
            at,
            "Văn bản quy phạm pháp luật (số có năm ban hành): kiểm tra theo Luật 64/2025/QH15 và Nghị định 78/2025/NĐ-CP (họ QP); trong các quy tắc của Nghị định 30 chỉ chạy những quy tắc mà mẫu văn bản quy phạm pháp luật nhắc lại (Quốc hiệu, cơ quan ban hành, số, ngày tháng, tên loại, chữ ký, nơi nhận: DOC003 liệt kê).",
            "Legal normative document (the number carries the year): checked against Law 64/2025/QH15 and Decree 78/2025/NĐ-CP (the QP family); of the ND30 rules only those the legal normative forms repeat run (national title, issuer, number, date, type name, signature, recipients: DOC003 lists them).",
        )),
        Regime::Qppl if crate::rules::common::qppl::by_the_assembly(ctx) => out.push(RULE.diag(
            at,
            "Văn bản của Quốc hội, Ủy ban Thường vụ Quốc hội (ký hiệu QH, UBTVQH): theo thể thức riêng của Quốc hội, kiểm tra bằng họ QP (Luật 64/2025/QH15); các quy tắc của Nghị định 30 không áp dụng.",
            "Act of the Quốc hội or its Standing Committee (code QH, UBTVQH): the Assembly's own forms, checked by the QP family (Law 64/2025/QH15); the ND30 rules do not apply.",
        )),
        Regime::Qppl => out.push(RULE.diag(
            at,
            "Văn bản quy phạm pháp luật (số có năm ban hành): kiểm tra theo Luật 64/2025/QH15 và Nghị định 78/2025/NĐ-CP (họ QP); các quy tắc của Nghị định 30 không áp dụng.",
            "Legal normative document (the number carries the year): checked against Law 64/2025/QH15 and Decree 78/2025/NĐ-CP (the QP family); the ND30 rules do not apply.",
        )),
    }
}

#[cfg(test)]
mod tests {
    use crate::config::Config;

    fn messages(text: &str) -> Vec<String> {
        crate::check_str(text, &Config::default())
            .diagnostics
            .iter()
            .filter(|d| d.code == "DOC002")
            .map(|d| d.message.vi.clone())
            .collect()
    }

    /// An act of the Standing Committee numbered without a year (1673/NQ-UBTVQH15) is not told
    /// by a year in its number: the message names the Assembly instead.
    #[test]
    fn an_act_of_the_assembly_is_named_as_such() {
        let act = "ỦY BAN THƯỜNG VỤ\nQUỐC HỘI\nSố: 1673/NQ-UBTVQH15\nHà Nội, ngày 16 tháng 6 năm 2025\nNGHỊ QUYẾT\nVỀ VIỆC SẮP XẾP CÁC ĐƠN VỊ HÀNH CHÍNH CẤP XÃ CỦA TỈNH LÀO CAI NĂM 2025\nCăn cứ Luật Tổ chức chính quyền địa phương số 72/2025/QH15;\nQUYẾT NGHỊ:\nĐiều 1. Sắp xếp các đơn vị hành chính cấp xã của tỉnh Lào Cai\n";
        let found = messages(act);
        assert_eq!(found.len(), 1);
        assert!(
            found[0].starts_with("Văn bản của Quốc hội, Ủy ban Thường vụ Quốc hội"),
            "{found:?}"
        );
        let decision = "ỦY BAN NHÂN DÂN\nTỈNH THÁI NGUYÊN\nSố: 07/2025/QĐ-UBND\nThái Nguyên, ngày 10 tháng 9 năm 2025\nQUYẾT ĐỊNH\nBan hành Quy định quản lý nhà nước về giá\nCăn cứ Luật Tổ chức chính quyền địa phương số 72/2025/QH15;\nQUYẾT ĐỊNH:\nĐiều 1. Phạm vi điều chỉnh\n";
        let found = messages(decision);
        assert!(
            found.len() == 1 && found[0].contains("số có năm ban hành"),
            "{found:?}"
        );
    }
}
