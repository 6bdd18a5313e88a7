use crate::diagnostic::{Diagnostic, Severity};
use crate::model::document::LineKind;
use crate::rules::common::body::{paragraph_span, preamble_runs};
use crate::rules::common::citations::skip_code_tail;
use crate::rules::{Ctx, FixAvailability, Needs, Rule, Scope};
use crate::text::fold::fold_case;

pub static RULE: Rule = Rule {
    code: "ND003",
    name: "can-cu-incomplete",
    severity: Severity::Warning,
    fix: FixAvailability::None,
    needs: Needs::Text,
    scope: Scope::Nd30,
    locator: "PL-I II.6",
    default_on: true,
    summary_vi: docs!("Căn cứ viện dẫn văn bản không phải Luật, Pháp lệnh nhưng thiếu số ký hiệu, ngày ban hành hoặc cơ quan ban hành."),
    summary_en: docs!("A căn cứ citing a document other than a Luật/Pháp lệnh lacks its số ký hiệu, date or issuer."),
    docs_vi: docs!("Căn cứ ban hành văn bản phải ghi đầy đủ tên loại, số, ký hiệu, ngày tháng năm ban hành, tên \
cơ quan ban hành và trích yếu của văn bản được viện dẫn, ví dụ `Căn cứ Nghị định số 30/2020/NĐ-CP ngày \
05/3/2020 của Chính phủ về công tác văn thư;` (Phụ lục I Nghị định 30/2020/NĐ-CP, mục II.6). Luật, Pháp \
lệnh được viện dẫn bằng tên và ngày thông qua, không cần số, ký hiệu và cơ quan ban hành, nên không bị \
báo. Công văn không có phần căn cứ ban hành (mẫu 1.5 Phụ lục III): đoạn `Căn cứ …` trong công văn là lời \
văn, không xét ở đây. Ngày đã viết nhưng bị gõ sai hoặc bản quét đọc sai (`tháng II`, `ngày 2ð`) vẫn là \
có ngày, và cơ quan ban hành sau nó cũng vậy: quy tắc chỉ báo phần thật sự thiếu. Không có sửa tự động: \
không được tự bịa thông tin còn thiếu."),
    docs_en: docs!("A legal basis names the cited document in full: type, number and ký hiệu, date of issue, \
issuing body and subject, e.g. `Căn cứ Nghị định số 30/2020/NĐ-CP ngày 05/3/2020 của Chính phủ về công \
tác văn thư;` (Phụ lục I of ND30, II.6). A Luật or Pháp lệnh is cited by name and date of adoption, \
without number, ký hiệu or issuer, so it is not reported. A công văn has no legal bases (mẫu 1.5 of \
Phụ lục III): a `Căn cứ …` paragraph in a letter is prose and is not judged here. A date that is \
written but mistyped or misread by a scan (`tháng II`, `ngày 2ð`) is there, and so is the issuer \
after it: only what is really missing is reported. No fix: missing details must not be invented."),
    bad: docs!("KẾ HOẠCH\nTriển khai công tác năm 2026\n\nCăn cứ Quyết định số 1055/QĐ-UBND của Ủy ban nhân dân tỉnh về ban hành Kế hoạch năm 2026.\n"),
    good: docs!("KẾ HOẠCH\nTriển khai công tác năm 2026\n\nCăn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;\nCăn cứ Quyết định số 1055/QĐ-UBND ngày 29/4/2026 của Ủy ban nhân dân tỉnh về ban hành Kế hoạch năm 2026.\n"),
    check,
};

fn check(ctx: &Ctx<'_>, out: &mut Vec<Diagnostic>) {
    // A công văn has no legal bases (Phụ lục III, mẫu 1.5): its `Căn cứ Công văn số …` is the
    // letter's prose, and how fully it cites is ND010's question.
    if ctx.doc.is_cong_van() {
        return;
    }
    for run in preamble_runs(ctx) {
        for k in run {
            let p = &ctx.doc.paragraphs[k];
            let Some(&first) = p.lines.first() else {
                continue;
            };
            if !matches!(ctx.kind(first), LineKind::CanCu) {
                continue;
            }
            let span = paragraph_span(ctx, p);
            // The document the căn cứ rests on: the citation right after `Căn cứ`.
            let Some(c) = ctx.doc.citations.iter().find(|c| {
                c.span.start >= span.start && c.span.end <= span.end && {
                    let lead = ctx
                        .text
                        .get(span.start as usize..c.span.start as usize)
                        .unwrap_or("");
                    let lead = fold_case(lead);
                    let lead = lead.trim().trim_start_matches(['-', '+', '•']).trim();
                    lead == "căn cứ" || lead == "căn cứ vào"
                }
            }) else {
                continue;
            };
            // `Citation::is_law` misses a law cited by name, whose type span ends with a space,
            // and one cited by name and number (`Luật Chứng khoán số 54/2019/QH14`).
            let law = c.is_law(ctx.text)
                || c.law_title.is_some()
                || c.doc_type.is_some_and(|t| {
                    let k = crate::model::doctype::comparison_key(ctx.s(t).trim());
                    matches!(k.as_str(), "luật" | "bộ luật" | "pháp lệnh" | "hiến pháp")
                });
            if law {
                continue;
            }
            // `củа` typed with a Cyrillic letter hides the issuer from the grammar; the issuer is
            // there, and the look-alike letter is another rule's finding.
            let next_word: String = ctx
                .text
                .get(c.span.end as usize..)
                .unwrap_or("")
                .trim_start()
                .chars()
                .take_while(|ch| crate::text::fold::is_letter(*ch))
                .collect();
            if next_word
                .chars()
                .any(|ch| ('\u{0400}'..='\u{04FF}').contains(&ch))
            {
                continue;
            }
            // A date a scan or a typo garbled (`ngày 17 tháng II năm 2013`, `ngày 2ð tháng 6`,
            // `08/6/20210`) stops the grammar's reading: the date is written, and the issuer
            // after it (`của Chính phủ`) too. Those are other findings than missing parts.
            // Past a ký hiệu's rest the reader stopped before (`NĐ - CP`, `QÐ- -BGŒDĐT`).
            let after: String = skip_code_tail(ctx.text.get(c.span.end as usize..).unwrap_or(""))
                .chars()
                .take(60)
                .take_while(|&ch| ch != ';')
                .collect();
            let after = fold_case(&after);
            let date_unread =
                c.date.is_none() && after.trim_start_matches([' ', ',']).starts_with("ngày");
            // After a date read whole, only a slip's remnant may stand before `của` (`0`).
            let reach = if date_unread { 8 } else { 2 };
            let issuer_unread = c.issuer.is_none()
                && (date_unread || c.date.is_some())
                && after.split_whitespace().take(reach).any(|w| w == "của");
            let mut missing_vi = Vec::new();
            let mut missing_en = Vec::new();
            if c.number.is_none() && c.code.is_none() {
                missing_vi.push("số, ký hiệu");
                missing_en.push("number and ký hiệu");
            }
            if c.date.is_none() && !date_unread {
                missing_vi.push("ngày ban hành");
                missing_en.push("date of issue");
            }
            if c.issuer.is_none() && !issuer_unread {
                missing_vi.push("cơ quan ban hành");
                missing_en.push("issuing body");
            }
            if missing_vi.is_empty() {
                continue;
            }
            let what = ctx.s(c.span);
            out.push(RULE.diag(
                c.span,
                format!(
                    "Căn cứ \"{what}\" thiếu {}; căn cứ phải ghi đủ tên loại, số, ký hiệu, ngày ban hành, cơ quan ban hành và trích yếu (Luật, Pháp lệnh được miễn).",
                    missing_vi.join(", ")
                ),
                format!(
                    "The căn cứ \"{what}\" lacks its {}; a căn cứ gives the type, number and ký hiệu, date, issuing body and subject (Luật and Pháp lệnh excepted).",
                    missing_en.join(", ")
                ),
            ));
        }
    }
}
