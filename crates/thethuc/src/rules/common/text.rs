//! The document's lines as the text rules read them: spans inside a line, excerpts for
//! messages, and the OCR debris that typography rules leave alone.

use crate::diagnostic::Edit;
use crate::rules::Ctx;
use crate::text::span::Span;

/// The span of `len` bytes at byte `offset` of a line that starts at `line`.
pub(crate) fn sub(line: Span, offset: usize, len: usize) -> Span {
    let start = line.start + offset as u32;
    Span::new(start, start + len as u32)
}

/// Each line of the document: its index, span and text.
pub(crate) fn lines<'a, 'b>(
    ctx: &'a Ctx<'b>,
) -> impl Iterator<Item = (usize, Span, &'a str)> + use<'a, 'b> {
    ctx.doc
        .lines
        .iter()
        .enumerate()
        .map(|(i, l)| (i, l.span, ctx.s(l.span)))
}

/// The mark at byte `at` of line `i` lies in a scan's noise: a speck within three tokens of it
/// (`text::debris::among_specks`), or the line is one a scan read beside its debris
/// (`scanned_line`). Its marks are no typing.
#[inline(never)]
pub(crate) fn in_scan_noise(ctx: &Ctx<'_>, i: usize, at: usize) -> bool {
    crate::text::debris::among_specks(ctx.tokens(i), at) || scanned_line(ctx, i)
}

/// A line of text a scan read among its debris (the OCR of a table's picture, a seal beside
/// the text: `BachH G 8 Lại hẹ :` under `1. : A+ 1é X/A¿ lz abắt cá. |`): the nearest line
/// with text before or after it is debris or holds a speck, and the line holds a word no writer typed
/// (`text::debris::scanned_word`). A typed line beside a seal's specks holds none.
#[inline(never)]
pub(crate) fn scanned_line(ctx: &Ctx<'_>, i: usize) -> bool {
    let blank = |j: usize| ctx.line_text(j).trim().is_empty();
    let before = (i.saturating_sub(2)..i).rev().find(|&j| !blank(j));
    let after = (i + 1..ctx.doc.lines.len().min(i + 3)).find(|&j| !blank(j));
    let specks = |j: usize| {
        ctx.is_debris(j)
            || ctx
                .tokens(j)
                .iter()
                .any(|&(_, t)| crate::text::debris::speck(t))
    };
    (before.is_some_and(specks) || after.is_some_and(specks))
        && ctx
            .tokens(i)
            .iter()
            .any(|&(_, t)| crate::text::debris::scanned_word(t))
}

/// A text a scanner's OCR read rather than a typist wrote: it bears two of a scan's marks or
/// more (`scan_marks`), on one line or several (a text run together on one line is the same
/// text). One may be a typist's slip or a foreign name; two, in a text that lost its signature
/// column, are a scan's (the set's scans of signed documents bear from two to a few dozen).
pub(crate) fn bears_scan_marks(ctx: &Ctx<'_>) -> bool {
    *ctx.scan_marked.get_or_init(|| {
        let mut marks = 0;
        for i in 0..ctx.doc.lines.len() {
            marks += scan_marks(ctx, i);
            if marks >= 2 {
                return true;
            }
        }
        false
    })
}

/// How many marks no typist makes line `i` bears: tokens with a letter no Vietnamese text
/// spells with (`ngàyÄ)tháng`, `Số:52ø/BCA`) or a character no typed text holds outside a
/// table's rules (`b/©`, `15⁄12/2024`, `ˆ`), and words in capitals that no syllable spells
/// (`QUYÉT` for `QUYẾT`, `TINBIỆN`). A bullet, a tilde, a backslash or a caret (markdown's
/// escape and footnote), a table's `|` and a fraction's slash (`1⁄2`) are typing.
fn scan_marks(ctx: &Ctx<'_>, i: usize) -> usize {
    let t = ctx.line_text(i);
    let table_row = t.matches('|').count() >= 2;
    let typing = |k: usize, c: char| {
        matches!(c, '•' | '~' | '\\' | '^')
            || (table_row && c == '|')
            || (c == '⁄' && in_a_fraction(t, k))
    };
    let scan_character = |k: usize, c: char| crate::text::debris::exotic(c) && !typing(k, c);
    let marked_tokens = ctx
        .tokens(i)
        .iter()
        .filter(|&&(at, tok)| {
            tok.char_indices()
                .any(|(k, c)| foreign_letter(c) || scan_character(at + k, c))
                || glued_by_a_scan(tok)
        })
        .count();
    let garbled = ctx
        .words(i)
        .iter()
        .filter(|&&(_, w)| garbled_capitals(w))
        .count();
    marked_tokens + garbled
}

/// Characters a scan glued that no typist puts side by side: an em dash and a hyphen (`Tự do
/// —- Hạnh phúc`), a digit and a marked capital vowel (a handwritten number read `2,2É//`,
/// `44ÝTTr`), a marked small letter and a marked capital (`ƯNẳẶỗ`, the edge of a signature
/// box; a converter that lost a space glues a word to an unmarked one: `thụTrực`, `kỳVào`).
fn glued_by_a_scan(tok: &str) -> bool {
    let marked_capital = |c: char| {
        !c.is_ascii()
            && crate::text::fold::is_letter(c)
            && crate::text::fold::is_capital(c)
            && !matches!(c, 'Đ' | 'Ð' | 'Ƣ')
    };
    let marked_small =
        |c: char| !c.is_ascii() && crate::text::fold::is_lower(c) && !matches!(c, 'đ' | 'ð' | 'ƣ');
    let mut previous: Option<char> = None;
    tok.chars().any(|c| {
        let glued = previous.is_some_and(|p| {
            p == '—' && c == '-'
                || p.is_ascii_digit() && marked_capital(c)
                || marked_small(p) && marked_capital(c)
        });
        previous = Some(c);
        glued
    })
}

/// The fraction slash at byte `k` of `t` between one digit and another (`1⁄2`, `1⁄3`).
fn in_a_fraction(t: &str, k: usize) -> bool {
    let before = t[..k]
        .chars()
        .rev()
        .take_while(|c| c.is_ascii_digit())
        .count();
    let after = t[k + '⁄'.len_utf8()..]
        .chars()
        .take_while(|c| c.is_ascii_digit())
        .count();
    before == 1 && after == 1
}

/// A Latin letter that Vietnamese does not use (`Ä`, `Ö`, `Š`, `ø`, `ƒ`). The Icelandic `Ð` a
/// font gives for `Đ`, and the `ƣ` a PDF's font gives for `ư`, are typing, not a scan's.
fn foreign_letter(c: char) -> bool {
    const VIETNAMESE: &str = "àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ";
    ('\u{c0}'..='\u{24f}').contains(&c)
        && crate::text::fold::is_letter(c)
        && !matches!(c, 'Ð' | 'ð' | 'ƣ' | 'Ƣ')
        && !VIETNAMESE.contains(crate::text::fold::fold_char(c))
}

/// A word in capitals, four letters or more with a vowel's mark, that is no syllable (`QUYÉT`,
/// `TRUYÈN`, `TINBIỆN`): what OCR makes of a heading. An abbreviation (`GDĐT`, `TTĐT`) has no
/// marked vowel.
fn garbled_capitals(w: &str) -> bool {
    w.chars().count() >= 4
        && !w.chars().any(crate::text::fold::is_lower)
        && w.chars()
            .any(|c| !c.is_ascii() && !matches!(c, 'Đ' | 'Ð' | 'Ƣ'))
        && !w.contains('Ƣ')
        && !crate::text::syllable::is_valid_syllable(w)
}

/// A short excerpt of `text` around the byte range `from..to`, on char boundaries, for messages.
pub(crate) fn excerpt(text: &str, from: usize, to: usize) -> String {
    let mut a = from.min(text.len());
    let mut b = to.min(text.len()).max(a);
    let mut n = 0;
    while a > 0 && n < 24 {
        a -= 1;
        while a > 0 && !text.is_char_boundary(a) {
            a -= 1;
        }
        n += 1;
    }
    n = 0;
    while b < text.len() && n < 24 {
        b += 1;
        while b < text.len() && !text.is_char_boundary(b) {
            b += 1;
        }
        n += 1;
    }
    // Whole words at both ends.
    if a > 0 {
        if let Some(k) = text[a..from.min(text.len()).max(a)].find(char::is_whitespace) {
            a += k + 1;
        }
    }
    if b < text.len() {
        let head = &text[to.min(b)..b];
        if let Some(k) = head.rfind(char::is_whitespace) {
            b = to.min(b) + k;
        }
    }
    let mut s = String::new();
    if a > 0 {
        s.push('…');
    }
    s.push_str(text.get(a..b).unwrap_or(""));
    if b < text.len() {
        s.push('…');
    }
    s
}

/// `tok` without the punctuation around a word (`,;:.!?()"` and curly quotes), and where what
/// is left starts in `tok`. Bytes, not characters: it runs on every token of the text.
pub(crate) fn trim_punctuation(tok: &str) -> (usize, &str) {
    // The curly quotes are three bytes leading with E2.
    const CURLY: [&str; 4] = ["“", "”", "‘", "’"];
    let is_punctuation = |b: u8| {
        matches!(
            b,
            b',' | b';' | b':' | b'.' | b'!' | b'?' | b'(' | b')' | b'"'
        )
    };
    let mut rest = tok;
    loop {
        if rest.as_bytes().first().is_some_and(|&b| is_punctuation(b)) {
            rest = &rest[1..];
        } else if let Some(q) = CURLY
            .iter()
            .find(|q| rest.as_bytes().first() == Some(&0xE2) && rest.starts_with(**q))
        {
            rest = &rest[q.len()..];
        } else {
            break;
        }
    }
    let offset = tok.len() - rest.len();
    loop {
        if rest.as_bytes().last().is_some_and(|&b| is_punctuation(b)) {
            rest = &rest[..rest.len() - 1];
        } else if let Some(q) = CURLY.iter().find(|q| {
            rest.len() >= 3 && rest.as_bytes()[rest.len() - 3] == 0xE2 && rest.ends_with(**q)
        }) {
            rest = &rest[..rest.len() - q.len()];
        } else {
            break;
        }
    }
    (offset, rest)
}

/// The text of `span` with `edits` (sorted, inside `span`) applied: for messages.
pub(crate) fn preview(text: &str, span: Span, edits: &[Edit]) -> String {
    let mut sorted: Vec<&Edit> = edits.iter().collect();
    crate::text::sorting::sort_by_key(&mut sorted, |e| (e.span.start, e.span.end));
    let mut out = String::new();
    let mut pos = span.start;
    for e in sorted {
        if e.span.start < pos || e.span.end > span.end {
            continue;
        }
        out.push_str(Span::new(pos, e.span.start).of(text));
        out.push_str(&e.replacement);
        pos = e.span.end;
    }
    out.push_str(Span::new(pos, span.end).of(text));
    out
}

#[cfg(test)]
mod tests {
    /// The byte trim gives what `str::trim_matches` over the same characters gives, and where.
    #[test]
    fn trim_punctuation_is_trim_matches() {
        let marks = |c: char| {
            matches!(
                c,
                ',' | ';' | ':' | '.' | '!' | '?' | '(' | ')' | '"' | '“' | '”' | '‘' | '’'
            )
        };
        for tok in [
            "",
            "a",
            "(tooi),",
            "“vieejt”.",
            "‘x’",
            "...",
            "“”",
            "(“a.b”)",
            "a“",
            "‘’a’‘",
            "ee!?",
            "\"ddi\";",
            "“.vn",
            "(ò)",
            "’”",
            "a.",
            ".a",
            "“ “",
        ] {
            let word = tok.trim_matches(marks);
            let offset = if word.is_empty() {
                tok.len() - tok.trim_start_matches(marks).len()
            } else {
                tok.find(word).unwrap_or(0)
            };
            assert_eq!(super::trim_punctuation(tok), (offset, word), "{tok:?}");
        }
    }
}
