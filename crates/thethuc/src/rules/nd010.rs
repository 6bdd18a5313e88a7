use crate::diagnostic::{Diagnostic, Severity};
use crate::document::{LineKind, Span};
use crate::fold::fold_case;
use crate::rules::{Ctx, FixAvailability, Needs, Rule, Scope};
use crate::structure::Citation;

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

/// A number without its leading zeros (`05` and `5` are the same number).
pub(crate) fn number_key(s: &str) -> String {
    let t = s.trim().trim_start_matches('0');
    if t.is_empty() {
        "0".to_owned()
    } else {
        t.to_owned()
    }
}

/// The identity of a cited document: number, year, code groups (case-folded, joined by `-`).
pub(crate) fn cite_key(ctx: &Ctx<'_>, c: &Citation) -> Option<String> {
    let number = number_key(ctx.s(c.number?));
    let year = c.year.map_or("", |y| ctx.s(y));
    let parts: Vec<String> = c.code_parts.iter().map(|p| fold_case(ctx.s(*p))).collect();
    if parts.is_empty() {
        return None;
    }
    Some(format!("{number}/{year}/{}", parts.join("-")))
}

/// The number, type abbreviation (first code group) and year of a citation: two citations with the
/// same of these are meant to be the same document.
pub(crate) fn short_key(ctx: &Ctx<'_>, c: &Citation) -> Option<String> {
    let number = number_key(ctx.s(c.number?));
    let year = c.year.map_or("", |y| ctx.s(y));
    let first = fold_case(ctx.s(*c.code_parts.first()?));
    Some(format!("{number}/{year}/{first}/{}", c.party))
}

/// The document's own number and code, as a key comparable with [`cite_key`].
pub(crate) fn own_key(ctx: &Ctx<'_>) -> Option<String> {
    let i = ctx.doc.header.so?;
    let LineKind::So(p) = ctx.kind(i) else { return None };
    let number = number_key(ctx.s(p.number?));
    let mut parts: Vec<String> = p.parts.iter().map(|s| fold_case(ctx.s(*s))).collect();
    // A VBQPPL number carries its year as the first part.
    let year = match parts.first() {
        Some(y) if y.len() == 4 && y.bytes().all(|b| b.is_ascii_digit()) => parts.remove(0),
        _ => String::new(),
    };
    if parts.is_empty() {
        return None;
    }
    Some(format!("{number}/{year}/{}", parts.join("-")))
}

/// Laws, codes and ordinances (`Luật …`, `… /QH15`) need no date or issuer.
pub(crate) fn is_law_like(ctx: &Ctx<'_>, c: &Citation) -> bool {
    c.is_law(ctx.text)
        || c.law_title.is_some()
        || c.code_parts.iter().any(|p| {
            let s = ctx.s(*p);
            s.starts_with("QH") && s[2..].bytes().all(|b| b.is_ascii_digit())
        })
}

/// The citations that name other documents with a number and code, in text order.
pub(crate) fn numbered_citations<'a>(ctx: &Ctx<'a>) -> Vec<(&'a Citation, String)> {
    let own = own_key(ctx);
    let mut v: Vec<(&Citation, String)> = ctx
        .doc
        .citations
        .iter()
        .filter_map(|c| cite_key(ctx, c).map(|k| (c, k)))
        .filter(|(_, k)| own.as_deref() != Some(k.as_str()))
        .collect();
    crate::sorting::sort_by_key(&mut v, |(c, _)| c.span.start);
    v
}

/// Levenshtein distance on characters, for near-identical codes.
pub(crate) fn edit_distance(a: &str, b: &str) -> usize {
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    let mut prev: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.iter().enumerate() {
        let mut cur = vec![i + 1; b.len() + 1];
        for (j, cb) in b.iter().enumerate() {
            let sub = prev[j] + usize::from(ca != cb);
            cur[j + 1] = sub.min(prev[j + 1] + 1).min(cur[j] + 1);
        }
        prev = cur;
    }
    prev[b.len()]
}

/// The span of `s` inside the citation text, for messages.
pub(crate) fn cite_text(ctx: &Ctx<'_>, c: &Citation) -> String {
    let end = c
        .code
        .or_else(|| c.code_parts.last().copied())
        .map_or(c.span.end, |s| s.end);
    let text = Span::new(c.span.start, end.max(c.span.start)).of(ctx.text);
    // White space collapsed; a ký hiệu wrapped after its hyphen (`131/CĐ-` / `TTg`) is quoted
    // whole, as the document reads.
    let mut out = String::with_capacity(text.len());
    let mut gap = String::new();
    for (i, ch) in text.char_indices() {
        if ch.is_whitespace() {
            gap.push(ch);
            continue;
        }
        if !gap.is_empty() && !out.is_empty() {
            let wrapped = gap.contains('\n')
                && crate::structure::ends_with_broken_code(&text[..i - gap.len()]);
            if !wrapped {
                out.push(' ');
            }
        }
        gap.clear();
        out.push(ch);
    }
    out
}

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
