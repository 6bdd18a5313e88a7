use crate::diagnostic::{Diagnostic, Severity};
use crate::model::document::{Citation, LineKind};
use crate::rules::common::body::{paragraph_span, preamble_runs};
use crate::rules::common::citations::skip_code_tail;
use crate::rules::{Ctx, FixAvailability, Needs, Rule, Scope};
use crate::text::fold::fold_case;
use crate::text::span::Span;

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
    check: crate::rules::Check::Document(check),
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
                && after
                    .split_whitespace()
                    .take(reach)
                    .any(|w| w == "của" || is_cua_unmarked(w));
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
            if c.issuer.is_none() && !issuer_unread && !issuer_named_for_the_group(ctx, c, span) {
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

/// `của` whose marks a scan lost or misread (`cua Chính phủ`, `cúa`): the issuer follows it.
fn is_cua_unmarked(word: &str) -> bool {
    crate::text::fold::skeleton(word) == "cua"
}

/// A căn cứ that groups documents of one issuer names it once, after the last of them
/// (`Thông tư số 06/2013/TT-BXD ngày 13/5/2013 và Thông tư số 16/2013/TT-BXD ngày 16/10/2013 của
/// Bộ Xây dựng`; `Nghị định số 37/2010/NĐ-CP …; Nghị định số 72/2019/NĐ-CP … của Chính phủ`): a
/// later citation of the same paragraph whose ký hiệu ends with the same issuer's part and whose
/// issuer is written gives it to this one. That citation must be an item of the list (after `và`,
/// `;` or `,`), not the document this one amends (`… sửa đổi, bổ sung một số điều của Nghị định
/// số 123/2013/NĐ-CP … của Chính phủ`, whose issuer is its own).
fn issuer_named_for_the_group(ctx: &Ctx<'_>, c: &Citation, paragraph: Span) -> bool {
    let Some(&own) = c.code_parts.last() else {
        return false;
    };
    let own = fold_case(ctx.s(own));
    ctx.doc.citations.iter().any(|d| {
        d.span.start >= c.span.end
            && d.span.end <= paragraph.end
            && d.issuer.is_some()
            && listed_beside(
                ctx.text
                    .get(c.span.end as usize..d.span.start as usize)
                    .unwrap_or(""),
            )
            && d.code_parts
                .last()
                .is_some_and(|&part| fold_case(ctx.s(part)) == own)
    })
}

/// Whether the text between two citations ends as a list does before its next item.
fn listed_beside(between: &str) -> bool {
    let between = between.trim_end();
    between.ends_with([';', ','])
        || between
            .rsplit(char::is_whitespace)
            .next()
            .is_some_and(|w| w == "và")
}

#[cfg(test)]
mod tests {
    use crate::config::Config;

    fn nd003(preamble: &str) -> Vec<String> {
        let text = format!(
            "ỦY BAN NHÂN DÂN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nTHÀNH PHỐ HÀ NỘI\tĐộc lập - Tự do - Hạnh phúc\nSố: 2858/QĐ-UBND\tHà Nội, ngày 10 tháng 6 năm 2025\n\nQUYẾT ĐỊNH\nVề việc phê duyệt đồ án quy hoạch chi tiết\n\nỦY BAN NHÂN DÂN THÀNH PHỐ HÀ NỘI\n\n{preamble}\n\nQUYẾT ĐỊNH:\n\nĐiều 1. Phê duyệt đồ án.\n"
        );
        crate::check_str(&text, &Config::default())
            .diagnostics
            .iter()
            .filter(|d| d.code == "ND003")
            .map(|d| d.message.vi.clone())
            .collect()
    }

    /// A scan that lost the marks of `của` still shows the issuer after it.
    #[test]
    fn the_issuer_after_a_cua_without_marks_is_written() {
        let scanned = "Căn cứ Luật Nhà ở ngày 27 tháng 11 năm 2023;\nCăn cứ Nghị định số 95/2024/NĐ-CP ngày 24 tháng 7 năm 2024 cua\nChính phủ quy định chi tiết một số điều của Luật Nhà ở;\nTheo đề nghị của Giám đốc Sở Xây dựng.";
        assert_eq!(nd003(scanned), Vec::<String>::new());
        // No issuer at all is still reported.
        let missing = "Căn cứ Luật Nhà ở ngày 27 tháng 11 năm 2023;\nCăn cứ Nghị định số 95/2024/NĐ-CP ngày 24 tháng 7 năm 2024 quy định chi tiết một số điều của Luật Nhà ở;\nTheo đề nghị của Giám đốc Sở Xây dựng.";
        let found = nd003(missing);
        assert_eq!(found.len(), 1, "{found:?}");
        assert!(found[0].contains("cơ quan ban hành"), "{found:?}");
    }

    /// Documents of one issuer grouped in one căn cứ share the issuer written after the last.
    #[test]
    fn a_group_of_one_issuer_names_it_once() {
        let grouped = "Căn cứ Luật Thủ đô ngày 28/6/2024;\nCăn cứ Thông tư số 06/2013/TT-BXD ngày 13/5/2013 và Thông tư số 16/2013/TT-BXD ngày 16/10/2013 của Bộ Xây dựng hướng dẫn về nội dung thiết kế đô thị;\nCăn cứ Nghị định số 37/2010/NĐ-CP ngày 07/4/2010 về lập, thẩm định quy hoạch đô thị; Nghị định số 72/2019/NĐ-CP ngày 30/8/2019 của Chính phủ sửa đổi, bổ sung một số điều;\nTheo đề nghị của Giám đốc Sở Quy hoạch - Kiến trúc.";
        assert_eq!(nd003(grouped), Vec::<String>::new());
        // Another issuer named later does not stand for this one.
        let other = "Căn cứ Luật Thủ đô ngày 28/6/2024;\nCăn cứ Thông tư số 06/2013/TT-BXD ngày 13/5/2013 và Thông tư số 10/2020/TT-BTC ngày 16/10/2020 của Bộ Tài chính hướng dẫn thu phí;\nTheo đề nghị của Giám đốc Sở Quy hoạch - Kiến trúc.";
        let found = nd003(other);
        assert_eq!(found.len(), 1, "{found:?}");
        assert!(found[0].contains("06/2013/TT-BXD"), "{found:?}");
        // The amended decree's issuer is its own, not the amending one's.
        let amending = "Căn cứ Luật Thủ đô ngày 28/6/2024;\nCăn cứ Nghị định số 137/2018/NĐ-CP ngày 08/10/2018 sửa đổi, bổ sung một số điều của Nghị định số 123/2013/NĐ-CP ngày 14/6/2013 của Chính phủ quy định chi tiết Luật Luật sư;\nTheo đề nghị của Giám đốc Sở Tư pháp.";
        let found = nd003(amending);
        assert_eq!(found.len(), 1, "{found:?}");
        assert!(found[0].contains("137/2018/NĐ-CP"), "{found:?}");
    }
}
