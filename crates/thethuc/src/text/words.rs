//! Words and tokens of a line: the splitters every text rule and the reader share, deciding
//! ASCII bytes and Vietnamese letters without decoding them (every line of a document is split).

/// A space inside a line: blanks, tabs, no-break and other Unicode spaces.
pub(crate) fn is_space(c: char) -> bool {
    c.is_whitespace() || c == '\u{feff}'
}

/// A combining mark (the diacritics of decomposed text and their relatives).
pub(crate) fn is_mark(c: char) -> bool {
    crate::text::marks::is_combining_mark(c)
}

/// Runs of letters (combining marks included) in `s`, with their byte offsets.
pub(crate) fn words_into<'a>(s: &'a str, out: &mut Vec<(usize, &'a str)>) {
    // `runs(s, |c, inside| is_letter(c) || (is_mark(c) && inside), out)`, deciding ASCII bytes
    // and the letters of Vietnamese text without decoding them: every line is split.
    byte_runs(s, out, |i, inside| word_class(s, i, inside))
}

/// `words_into`'s test of the character at byte `i`: whether it is in a word, and its length.
#[inline(always)]
fn word_class(s: &str, i: usize, inside: bool) -> (bool, usize) {
    let bytes = s.as_bytes();
    let b = bytes[i];
    if b < 0x80 {
        return (b.is_ascii_alphabetic(), 1);
    }
    let next = |k: usize| bytes.get(i + k).copied().unwrap_or(0);
    match b {
        // Latin-1 (U+00C0–00FF) but × and ÷; Latin Extended-A and most of B (U+0100–023F);
        // the Vietnamese block (U+1EA0–1EF9).
        0xC3 => return (!matches!(next(1), 0x97 | 0xB7), 2),
        0xC4..=0xC8 => return (true, 2),
        0xE1 if matches!((next(1), next(2)), (0xBA, 0xA0..) | (0xBB, ..=0xB9)) => return (true, 3),
        _ => {}
    }
    match s[i..].chars().next() {
        Some(c) => (is_letter(c) || (is_mark(c) && inside), c.len_utf8()),
        None => (false, 1),
    }
}

/// Maximal runs of characters that `class` puts in a run, appended to `out` with their byte
/// offsets. `class(i, inside_a_run)` says, of the character at byte `i`, whether it belongs to a
/// run and how many bytes it takes.
#[inline(always)] // each splitter gets its own loop with its test inlined
fn byte_runs<'a>(
    s: &'a str,
    out: &mut Vec<(usize, &'a str)>,
    class: impl Fn(usize, bool) -> (bool, usize),
) {
    let mut start: Option<usize> = None;
    let mut i = 0;
    while i < s.len() {
        let (part, len) = class(i, start.is_some());
        match (part, start) {
            (true, None) => start = Some(i),
            (false, Some(st)) => {
                out.push((st, &s[st..i]));
                start = None;
            }
            _ => {}
        }
        i += len;
    }
    if let Some(st) = start {
        out.push((st, &s[st..]));
    }
}

pub(crate) use crate::text::fold::is_letter;

/// Runs of non-space characters in `s`, with their byte offsets. Bytes, not characters: a
/// character is a space only if it is ASCII white space or starts with one of the lead bytes
/// of the others (C2 E1 E2 E3 EF); the rest are skipped by their length.
pub(crate) fn tokens_into<'a>(s: &'a str, out: &mut Vec<(usize, &'a str)>) {
    byte_runs(s, out, |i, _| token_class(s, i))
}

/// `tokens_into`'s test of the character at byte `i`: whether it is no space, and its length.
#[inline(always)]
fn token_class(s: &str, i: usize) -> (bool, usize) {
    let bytes = s.as_bytes();
    let b = bytes[i];
    if b < 0x80 {
        return (!matches!(b, b' ' | b'\t' | b'\n' | 0x0b | 0x0c | b'\r'), 1);
    }
    let (space, len) = match b {
        // The Vietnamese letters (U+1EA0–1EF9) lead with E1; its one space is U+1680.
        0xe1 => (
            bytes.get(i + 1) == Some(&0x9a) && bytes.get(i + 2) == Some(&0x80),
            3,
        ),
        0xc2 | 0xe2 | 0xe3 | 0xef => match s[i..].chars().next() {
            Some(c) => (is_space(c), c.len_utf8()),
            None => (false, 1),
        },
        0xc0..=0xdf => (false, 2),
        0xe0..=0xef => (false, 3),
        _ => (false, 4),
    };
    (!space, len)
}

/// A run that carries a letter or a digit: a lone colon or a math symbol says nothing of style.
pub fn has_word(s: &str) -> bool {
    s.chars().any(crate::text::fold::is_letter_or_digit)
}

/// Maximal runs of characters for which `part(c, inside_a_run)` holds, appended to `out`: the
/// plain definition the byte splitters are tested against.
#[cfg(test)]
fn runs<'a>(s: &'a str, part: impl Fn(char, bool) -> bool, out: &mut Vec<(usize, &'a str)>) {
    let mut start: Option<usize> = None;
    for (i, c) in s.char_indices() {
        match (part(c, start.is_some()), start) {
            (true, None) => start = Some(i),
            (false, Some(st)) => {
                out.push((st, &s[st..i]));
                start = None;
            }
            _ => {}
        }
    }
    if let Some(st) = start {
        out.push((st, &s[st..]));
    }
}

#[cfg(test)]
mod token_tests {
    /// The byte splitter gives the runs of non-space characters, for every character.
    #[test]
    fn tokens_are_the_runs_of_non_space() {
        let text: String = ('\u{0}'..='\u{3100}')
            .chain('\u{fe00}'..='\u{ffff}')
            .chain(['\u{1f600}', ' ', 'a'])
            .flat_map(|c| [c, 'x', c, c, ' '])
            .collect();
        let mut got = Vec::new();
        super::tokens_into(&text, &mut got);
        let mut want = Vec::new();
        super::runs(&text, |c, _| !super::is_space(c), &mut want);
        assert_eq!(got, want);
        assert!(want.len() > 10_000);
    }
}

#[cfg(test)]
mod word_tests {
    /// The byte splitter gives the runs of letters (marks inside a run), for every character.
    #[test]
    fn words_are_the_runs_of_letters() {
        let text: String = ('\u{0}'..='\u{3100}')
            .chain('\u{fe00}'..='\u{ffff}')
            .chain(['\u{1f600}', 'a', '\u{301}', ' ', '\u{301}', 'b'])
            .flat_map(|c| [c, 'x', c, c, ' ', c])
            .collect();
        let mut got = Vec::new();
        super::words_into(&text, &mut got);
        let mut want = Vec::new();
        super::runs(
            &text,
            |c, inside| super::is_letter(c) || (super::is_mark(c) && inside),
            &mut want,
        );
        assert_eq!(got, want);
        assert!(want.len() > 10_000);
    }
}
