//! Citations and appendix references as the body rules read them: keys that identify a cited
//! document, its text as written, and the appendix numbers the text refers to.

use crate::model::body::Citation;
use crate::model::document::LineKind;
use crate::rules::Ctx;
use crate::text::fold::fold_case;
use crate::text::roman::roman_value;
use crate::text::span::Span;

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

/// A citation's number and its code's letters and digits without the separators (`126/2024/NĐ-CP`,
/// `126/2024/NĐCP` and `126/2024-NĐ-CP` alike): the same document however its ký hiệu is
/// written. A scan's `Ð` (the Icelandic eth, U+00D0) is the `Đ` it looks like, and read twice
/// (`917/QĐÐ-BHXH`) it is one.
pub(crate) fn loose_key(ctx: &Ctx<'_>, c: &Citation) -> String {
    let number = c.number.map_or(String::new(), |n| number_key(ctx.s(n)));
    let mut rest = c.year.map_or("", |y| ctx.s(y)).to_owned();
    let mut eth_before = false;
    for p in &c.code_parts {
        for ch in fold_case(ctx.s(*p)).chars() {
            let eth = ch == 'ð';
            let ch = if eth { 'đ' } else { ch };
            // `đ` next to the eth that doubles it, either side.
            if !(ch == 'đ' && rest.ends_with('đ') && (eth || eth_before)) {
                rest.push(ch);
            }
            eth_before = eth;
        }
    }
    format!("{number}/{rest}")
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
    let LineKind::So(p) = ctx.kind(i) else {
        return None;
    };
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
    crate::text::sorting::sort_by_key(&mut v, |(c, _)| c.span.start);
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
                && crate::model::joined::ends_with_broken_code(&text[..i - gap.len()]);
            if !wrapped {
                out.push(' ');
            }
        }
        gap.clear();
        out.push(ch);
    }
    out
}

/// The value of a Roman (`IV`) or Arabic (`4`) appendix number.
pub(crate) fn appendix_number(s: &str) -> Option<u32> {
    let s = s.trim().trim_end_matches(['.', ':']);
    s.parse::<u32>().ok().or_else(|| roman_value(s))
}

/// Whether the words after `Phụ lục II` name another document (`Phụ lục II Nghị định số 30/2020/NĐ-CP`,
/// `Phụ lục I ban hành kèm theo Thông tư …`, `Phụ lục 2 của Quyết định …`): that appendix is not
/// ours. `Phụ lục II kèm theo Kế hoạch này` is ours.
pub(crate) fn names_other_document(after: &str) -> bool {
    const LAW_TYPES: &[&str] = &[
        "nghị định",
        "thông tư",
        "luật",
        "bộ luật",
        "pháp lệnh",
        "lệnh",
        "hiến pháp",
    ];
    let mut t = fold_case(after.trim_start_matches(|c: char| c.is_whitespace() || c == ','));
    for lead in ["ban hành kèm theo ", "kèm theo ", "của ", "tại ", "thuộc "] {
        if let Some(r) = t.strip_prefix(lead) {
            t = r.trim_start().to_owned();
        }
    }
    let type_len = crate::model::doctype::TYPES
        .iter()
        .map(|d| fold_case(d.name))
        .chain(LAW_TYPES.iter().map(|w| (*w).to_owned()))
        .filter(|name| {
            t.starts_with(name.as_str())
                && !t[name.len()..].starts_with(crate::text::fold::is_letter_or_digit)
        })
        .map(|name| name.len())
        .max();
    match type_len {
        Some(n) => !t[n..].trim_start().starts_with("này"),
        None => t.starts_with("số ") || t.starts_with("văn bản số"),
    }
}

/// The number of each appendix, `None` when unnumbered.
pub(crate) fn appendix_numbers(ctx: &Ctx<'_>) -> Vec<Option<(u32, Span)>> {
    ctx.doc
        .appendices
        .iter()
        .map(|a| match ctx.kind(a.heading) {
            LineKind::PhuLuc {
                number: Some(n), ..
            } => appendix_number(ctx.s(*n)).map(|v| (v, *n)),
            _ => None,
        })
        .collect()
}

/// The rest of a ký hiệu the citation reader stopped before: a group after a hyphen with spaces
/// (`1189/SNV- LĐVL&TN`, `161/2018/NĐ - CP`, a scan's `2034/QÐ- -BGŒDĐT`) or after a line break (`642/TTXT-` / `ĐTND`), a
/// group after a dot (`16/CGC.BT`), a unit in brackets (`1413/CAT-PC04(Đ1)`). ND012 judges its
/// form; the date after it is the citation's.
pub(crate) fn skip_code_tail(rest: &str) -> &str {
    let code_like = |w: &str| {
        // The Prime Minister's `TTg` keeps its lower-case `g` (`20/2012/QĐ- TTg ngày …`).
        let w = w
            .strip_suffix('g')
            .filter(|s| s.ends_with('T'))
            .unwrap_or(w);
        w.chars()
            .filter(|&c| crate::text::fold::is_capital(c))
            .count()
            >= 2
            && w.chars().all(|c| {
                crate::text::fold::is_capital(c) || c.is_ascii_digit() || matches!(c, '&' | '-')
            })
    };
    let mut rest = rest;
    for _ in 0..3 {
        let before = rest;
        if let Some(r) = rest.strip_prefix('(') {
            let close = r.find(')').unwrap_or(r.len());
            if close > 0
                && close <= 12
                && r[..close]
                    .chars()
                    .all(crate::text::fold::is_letter_or_digit)
            {
                rest = &r[close + 1..];
            }
        } else {
            let r = rest.trim_start_matches([' ', '\t']);
            let after_sep = if let Some(r) = r.strip_prefix(['-', '–']) {
                Some(r.trim_start().trim_start_matches(['-', '–']))
            } else {
                rest.strip_prefix('.')
            };
            if let Some(r) = after_sep {
                let word = r
                    .find(|c: char| !(crate::text::fold::is_letter_or_digit(c) || c == '&'))
                    .map_or(r, |k| &r[..k]);
                if code_like(word) {
                    rest = &r[word.len()..];
                }
            }
        }
        if rest.len() == before.len() {
            break;
        }
    }
    rest
}
