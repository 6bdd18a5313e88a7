//! The document's lines as the text rules read them: spans inside a line, excerpts for
//! messages, and the OCR debris that typography rules leave alone.

use crate::diagnostic::Edit;
use crate::document::Span;
use crate::fold::is_letter;
use crate::rules::Ctx;
use crate::words::words_into;

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

/// A line of debris rather than text: OCR of a seal, a signature or a table's rules
/// (`^ " /„A L2 Ẩ L2 £ “cự`, `Ẳ T/ NHIÊN, .>`, `[tt`). Its marks are not typing: the typography
/// rules leave them alone. Debris has characters no typed document holds (`^ ¬ „ £ ⁄ | ~`),
/// letters mixed with digits (`L2`, `g1úp`) or words that are no Vietnamese syllable, no
/// abbreviation and no English or brand name (`tt`, `LÄ`, `abắt`), at least as many of them as
/// real words.
pub(crate) fn debris(ctx: &Ctx<'_>, i: usize) -> bool {
    let (mut good, mut bad) = (0usize, 0usize);
    let mut words = Vec::new();
    // The words to try as syllables, tried last: the cheap signs first, then only as many
    // syllables as can still change the outcome.
    let mut to_try: Vec<&str> = Vec::new();
    for &(_, tok) in ctx.tokens(i) {
        bad += tok.chars().filter(|&c| exotic(c)).count();
        let core = tok.trim_matches(|c: char| !crate::fold::is_letter_or_digit(c));
        if !core.chars().any(is_letter) {
            continue;
        }
        if core.bytes().any(|b| b.is_ascii_digit()) {
            // `127/QĐ-TTg`, `3mx3m`, `B40`, `m2`: a number or a code; `L2`, `1é`, `g1úp`: OCR.
            let code = core.contains(['/', '-', '.', ','])
                || (core.is_ascii() && core.ends_with(|c: char| c.is_ascii_digit()))
                || core.starts_with(|c: char| c.is_ascii_digit()) && core.is_ascii();
            if !code {
                bad += 1;
            }
            continue;
        }
        words.clear();
        words_into(core, &mut words);
        for &(_, w) in &words {
            // Single letters (`a)`, `x`) say nothing either way.
            if w.chars().nth(1).is_none() {
                continue;
            }
            if w.chars().all(|c| !crate::fold::is_lower(c)) {
                good += 1;
            } else if !w.is_ascii() || w.len() <= 2 {
                to_try.push(w);
            } else if crate::syllable::is_valid_syllable(w) {
                // ASCII words of three letters or more may be English or a name (`VNeID`,
                // `email`): good when a syllable, never bad.
                good += 1;
            }
        }
    }
    // A long line with no sign of a scan's specks is debris only if at least half its words are
    // no syllable: its first twelve tell (OCR of a seal is short; prose is not).
    let long_and_clean = bad == 0 && to_try.len() > 24;
    let good_before = good;
    for (k, w) in to_try.iter().enumerate() {
        // Every word left being bad would not make the line debris.
        if bad + (to_try.len() - k) < good.max(1) {
            return false;
        }
        if crate::syllable::is_valid_syllable(w) {
            good += 1;
        } else {
            bad += 1;
        }
        if long_and_clean && k == 11 && good - good_before >= 10 {
            return false;
        }
    }
    bad > 0 && bad >= good
}

/// A character that typed text never holds but OCR of pictures often gives.
pub(crate) fn exotic(c: char) -> bool {
    matches!(
        c,
        '^' | 'ˆ'
            | '¬'
            | '„'
            | '£'
            | '⁄'
            | '‹'
            | '›'
            | '®'
            | '¿'
            | '¤'
            | '¦'
            | '~'
            | '`'
            | '|'
            | '©'
            | '¢'
            | '¥'
            | '¶'
            | '¸'
            | '¼'
            | '½'
            | '¾'
            | '\\'
            | '¡'
            | '†'
            | '‡'
            | '•'
            | '™'
            | '€'
            | '\u{fffd}'
    )
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
    crate::sorting::sort_by_key(&mut sorted, |e| (e.span.start, e.span.end));
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
