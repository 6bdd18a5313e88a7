//! Markdown's inline markup inside a line: emphasis (`V/v **báo cáo**`), escapes (`\- Như
//! trên;`, `1\. Mục đích`), inline HTML tags (`<u>`, `<span>`), links and blockquote markers.
//! The line keeps its words as pieces of the text; the markup is left out between them.

use crate::text::reading::{Glue, Pieces};
use crate::text::span::Span;

/// Inline HTML elements whose tags are markup only.
const INLINE_TAGS: &str = "a|b|big|del|em|font|i|ins|mark|s|small|span|strong|sub|sup|u";

/// The length of an inline tag (`<u>`, `</span>`, `<font face="…">`) at the start of `s`.
fn inline_tag_len(s: &str) -> Option<usize> {
    let rest = s.strip_prefix('<')?;
    let rest = rest.strip_prefix('/').unwrap_or(rest);
    let name_len = rest
        .bytes()
        .take_while(|b| b.is_ascii_alphanumeric())
        .count();
    let name = rest[..name_len].to_ascii_lowercase();
    if !INLINE_TAGS.split('|').any(|t| t == name) {
        return None;
    }
    let after = &rest[name_len..];
    if !after.starts_with(['>', ' ', '/']) {
        return None;
    }
    let close = s.find('>')?;
    Some(close + 1)
}

/// Where the `]` that closes the `[` at `open` is (brackets nested inside counted).
fn matching_bracket(line: &str, open: usize) -> Option<usize> {
    let mut depth = 0usize;
    for (i, b) in line.bytes().enumerate().skip(open) {
        match b {
            b'[' => depth += 1,
            b']' => {
                depth -= 1;
                if depth == 0 {
                    return Some(i);
                }
            }
            _ => {}
        }
    }
    None
}

/// The pieces of `span` without inline markup. `span` is one line's content (no line break).
pub fn clean(text: &str, span: Span) -> Pieces {
    let line = span.of(text);
    let base = span.start as usize;
    let bytes = line.as_bytes();
    let mut cuts: Vec<(usize, usize)> = Vec::new(); // byte ranges of markup, in the line
                                                    // Blockquote markers at the start.
    let mut k = 0;
    while k < bytes.len() && bytes[k] == b'>' {
        k += 1;
        while k < bytes.len() && bytes[k] == b' ' {
            k += 1;
        }
    }
    if k > 0 {
        cuts.push((0, k));
    }
    // Runs of an odd number of stars (`*`, `***`) each open or close an emphasis: paired, they
    // are markup (`***(Đã ký)*  Trần Thanh Mẫn**`); a lone one is a bullet or a multiplication.
    let stars_single = line
        .split(|c| c != '*')
        .filter(|run| run.len() % 2 == 1)
        .count();
    // Link targets already cut, jumped over when the walk reaches them.
    let mut targets: Vec<(usize, usize)> = Vec::new();
    while k < bytes.len() {
        if let Some(&(_, end)) = targets.iter().find(|&&(a, _)| a == k) {
            k = end;
            continue;
        }
        match bytes[k] {
            // A backslash ending the line is Markdown's hard line break.
            b'\\' if line[k + 1..].trim().is_empty() => {
                cuts.push((k, k + 1));
                k += 1;
            }
            b'\\' if k + 1 < bytes.len() && bytes[k + 1].is_ascii_punctuation() => {
                cuts.push((k, k + 1));
                k += 2;
            }
            b'*' => {
                let run = bytes[k..].iter().take_while(|&&b| b == b'*').count();
                let prev = line[..k].chars().next_back();
                let next = line[k + run..].chars().next();
                let touches_word = prev.is_some_and(|c| !c.is_whitespace())
                    || next.is_some_and(|c| !c.is_whitespace());
                // `(*)` marks a footnote; a lone star between spaces is a multiplication or a bullet.
                let footnote = prev == Some('(') && next == Some(')');
                if touches_word && !footnote && (run >= 2 || stars_single % 2 == 0) {
                    cuts.push((k, k + run));
                }
                k += run;
            }
            // Markdown renders character references: `&amp;` is the `&` it starts with.
            b'&' if line[k..].starts_with("&amp;") => {
                cuts.push((k + 1, k + 5));
                k += 5;
            }
            b'<' => match inline_tag_len(&line[k..]) {
                Some(len) => {
                    cuts.push((k, k + len));
                    k += len;
                }
                None => k += 1,
            },
            b']' if line[k + 1..].starts_with('{') => {
                // The end of pandoc's bracketed span `[text]{style=…}`.
                let end = line[k..].find('}').map_or(line.len(), |e| k + e + 1);
                cuts.push((k, end));
                k = end;
            }
            b'[' if !line[k..].contains(']') && line[..k].trim().is_empty() => {
                // A bracketed span opened here and closed on a later line.
                cuts.push((k, k + 1));
                k += 1;
            }
            b'[' if matching_bracket(line, k).is_some_and(|c| line[c + 1..].starts_with('{')) => {
                // `[text]{style=…}`, links inside it too: the text stays.
                cuts.push((k, k + 1));
                k += 1;
            }
            b'[' => {
                // `[text](target "title"){.class …}`: the text stays.
                let close = matching_bracket(line, k).filter(|&c| line[c + 1..].starts_with('('));
                let end = close.and_then(|c| line[c..].find(')').map(|e| c + e));
                match (close, end) {
                    (Some(c), Some(e)) => {
                        cuts.push((k, k + 1));
                        // Attributes pandoc writes after a link (`{.doclink target="_blank"}`).
                        let attrs_end = line[e + 1..]
                            .starts_with('{')
                            .then(|| line[e + 1..].find('}').map(|a| e + 1 + a + 1))
                            .flatten();
                        let end = attrs_end.unwrap_or(e + 1);
                        cuts.push((c, end));
                        // The text between the brackets is read on (emphasis); the target is
                        // jumped over when the walk reaches it.
                        targets.push((c, end));
                        k += 1;
                    }
                    _ => k += 1,
                }
            }
            _ => k += 1,
        }
    }
    if cuts.is_empty() {
        return Pieces::one(span);
    }
    // A link's target is cut before the markup inside its text.
    crate::text::sorting::sort(&mut cuts);
    let mut pieces = Vec::new();
    let mut at = 0;
    for (a, b) in cuts {
        if a > at {
            pieces.push((at, a));
        }
        at = at.max(b);
    }
    if at < line.len() {
        pieces.push((at, line.len()));
    }
    // The ends of the line without white space.
    if let Some(first) = pieces.first_mut() {
        let t = &line[first.0..first.1];
        first.0 += t.len() - t.trim_start().len();
    }
    if let Some(last) = pieces.last_mut() {
        let t = &line[last.0..last.1];
        last.1 -= t.len() - t.trim_end().len();
    }
    pieces.retain(|(a, b)| a < b);
    if pieces.is_empty() {
        return Pieces::one(Span::new(span.end, span.end));
    }
    let spans: Vec<Span> = pieces
        .iter()
        .map(|&(a, b)| Span::new((base + a) as u32, (base + b) as u32))
        .collect();
    let glue = vec![Glue::None; spans.len() - 1];
    Pieces {
        pieces: spans,
        glue,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cleaned(line: &str) -> String {
        clean(line, Span::new(0, line.len() as u32)).text(line)
    }

    #[test]
    fn emphasis_nested_in_strong_emphasis() {
        assert_eq!(
            cleaned("**CHỦ TỊCH QUỐC HỘI** ***(Đã ký)*  Trần Thanh Mẫn**"),
            "CHỦ TỊCH QUỐC HỘI (Đã ký)  Trần Thanh Mẫn"
        );
        assert_eq!(cleaned("3 * 4 = 12"), "3 * 4 = 12");
    }

    #[test]
    fn links_with_attributes_inside_a_styled_span() {
        let line = "[*Căn cứ [Luật khí tượng thủy văn ](https://luatvietnam.vn/x-d1.html \"Luật khí tượng thủy văn\"){.doclink rel=\"noopener\" target=\"_blank\"}ngày 23 tháng 11 năm 2015;*]{style=\"color: #000000;\"}";
        assert_eq!(
            cleaned(line),
            "Căn cứ Luật khí tượng thủy văn ngày 23 tháng 11 năm 2015;"
        );
        // Brackets inside a link's text are text.
        assert_eq!(
            cleaned("theo [điểm [a] khoản 1](https://x.vn/a) nay"),
            "theo điểm [a] khoản 1 nay"
        );
    }

    #[test]
    fn markup_goes_and_words_stay() {
        assert_eq!(
            cleaned("V/v **báo cáo** tình hình"),
            "V/v báo cáo tình hình"
        );
        assert_eq!(cleaned("\\- Như trên;"), "- Như trên;");
        assert_eq!(cleaned("1\\. Mục đích"), "1. Mục đích");
        assert_eq!(cleaned("> **KT. GIÁM ĐỐC**"), "KT. GIÁM ĐỐC");
        assert_eq!(cleaned("Số: <u>12</u>/QĐ-UBND"), "Số: 12/QĐ-UBND");
        assert_eq!(
            cleaned("theo [Quyết định 12](https://x.vn/12) này"),
            "theo Quyết định 12 này"
        );
        assert_eq!(cleaned("Ghi chú (*) và 3 * 4"), "Ghi chú (*) và 3 * 4");
        assert_eq!(
            cleaned("Độc lập - Tự do - Hạnh phúc"),
            "Độc lập - Tự do - Hạnh phúc"
        );
    }
}
