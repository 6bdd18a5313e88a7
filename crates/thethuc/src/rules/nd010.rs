
use crate::diagnostic::{Diagnostic, Severity};
use crate::rules::common::citations::{cite_text, is_law_like, numbered_citations};
use crate::rules::{Ctx, FixAvailability, Needs, Rule, Scope};

pub static RULE: Rule = Rule {
    code: "ND010",
    name: "citation-first-incomplete",
    severity: Severity::Warning,
    fix: FixAvailability::None,
    needs: Needs::Text,
    scope: Scope::Nd30,
    locator: "PL-I II.6",
    default_on: true,
    summary_vi: "Lần viện dẫn đầu tiên một văn bản thiếu ngày ban hành hoặc cơ quan ban hành (trừ Luật, Pháp lệnh).",
    summary_en: "First citation of a document lacks its date or issuer (Luật/Pháp lệnh excepted).",
    docs_vi: docs!("Phụ lục I Nghị định 30/2020/NĐ-CP: khi viện dẫn lần đầu phải ghi đầy đủ tên loại, số, ký hiệu, \
ngày, tháng, năm ban hành, tên cơ quan ban hành và trích yếu (`Quyết định số 127/QĐ-TTg ngày 26/01/2021 \
của Thủ tướng Chính phủ về …`); các lần sau chỉ cần tên loại và số, ký hiệu. Quy tắc xét lần xuất hiện \
đầu tiên của mỗi số, ký hiệu (cả trong phần căn cứ) và báo khi thiếu ngày ban hành. Chỉ thiếu cơ quan \
ban hành thì không báo, vì thường đã rõ qua ký hiệu hoặc câu văn (`UBND tỉnh đã ban hành Văn bản số \
206/UBND-KT ngày …`). Không áp dụng cho Luật, Bộ luật, Pháp lệnh, Hiến pháp (ký hiệu `QH`) và cho chính văn bản này \
(dòng `Kèm theo …` của phụ lục). Trích yếu và dòng `V/v` chỉ nêu văn bản vắn tắt, không tính là lần \
viện dẫn đầu tiên. Không có sửa tự động: không được tự điền nội dung còn thiếu."),
    docs_en: docs!("Phụ lục I of ND30: the first citation of a document gives its type, number and code, date, \
issuing body and summary (`Quyết định số 127/QĐ-TTg ngày 26/01/2021 của Thủ tướng Chính phủ về …`); later \
citations need only the type and the number. The rule looks at the first occurrence of each number and \
code (căn cứ lines included) and reports a missing date. A missing issuer alone is not reported: it is \
often clear from the code or the sentence (`UBND tỉnh đã ban hành Văn bản số 206/UBND-KT ngày …`). Laws, codes, \
ordinances and the constitution (code `QH`) are exempt, and so is the document itself (an appendix's \
`Kèm theo …` line). The trích yếu and the `V/v` line name a document briefly and do not count as \
the first citation. No fix: missing content is never invented."),
    bad: "Số: 05/KH-UBND\nHà Nội, ngày 15 tháng 02 năm 2026\nKẾ HOẠCH\nVề việc triển khai\n\nThực hiện Quyết định số 10/QĐ-UBND của Ủy ban nhân dân tỉnh, Sở ban hành Kế hoạch như sau:\n",
    good: "Số: 05/KH-UBND\nHà Nội, ngày 15 tháng 02 năm 2026\nKẾ HOẠCH\nVề việc triển khai\n\nThực hiện Quyết định số 10/QĐ-UBND ngày 10/02/2026 của Ủy ban nhân dân tỉnh, Sở ban hành Kế hoạch như sau:\n",
    check,
};

fn check(ctx: &Ctx<'_>, out: &mut Vec<Diagnostic>) {
    let mut seen = std::collections::HashSet::new();
    // The trích yếu and the V/v line name a document briefly by design; the text cites it in full.
    let summary_end = ctx
        .doc
        .vv
        .iter()
        .chain(ctx.doc.title.iter().flat_map(|t| t.trich_yeu.iter()))
        .map(|&i| ctx.line(i).span.end)
        .max()
        .unwrap_or(0);
    for (c, key) in numbered_citations(ctx) {
        if c.span.start < summary_end {
            continue;
        }
        if !seen.insert(key) || is_law_like(ctx, c) {
            continue;
        }
        // A missing issuer alone is common and often clear from the ký hiệu or the sentence
        // (`UBND tỉnh đã ban hành Văn bản số 206/UBND-KT ngày …`): only a missing date is reported.
        if c.date.is_some() {
            continue;
        }
        let what = cite_text(ctx, c);
        out.push(RULE.diag(
            c.span,
            format!(
                "Lần đầu viện dẫn \"{what}\" thiếu ngày ban hành; lần viện dẫn đầu tiên phải ghi đủ tên loại, số, ký hiệu, ngày ban hành, cơ quan ban hành và trích yếu."
            ),
            format!(
                "The first citation of \"{what}\" lacks its date; a first citation gives the type, number and code, date, issuing body and summary."
            ),
        ));
    }
}
