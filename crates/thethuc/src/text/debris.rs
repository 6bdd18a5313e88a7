//! OCR debris: a line of specks a scan left (a seal, a signature, a table's rules) rather than
//! typed text. Its marks are not typing, so the typography rules leave such lines alone.

use crate::text::fold::is_letter;
use crate::text::words::words_into;

/// A line of debris rather than text: OCR of a seal, a signature or a table's rules
/// (`^ " /„A L2 Ẩ L2 £ “cự`, `Ẳ T/ NHIÊN, .>`, `[tt`). Its marks are not typing: the typography
/// rules leave them alone. Debris has characters no typed document holds (`^ ¬ „ £ ⁄ | ~`),
/// letters mixed with digits (`L2`, `g1úp`) or words that are no Vietnamese syllable, no
/// abbreviation and no English or brand name (`tt`, `LÄ`, `abắt`), at least as many of them as
/// real words.
pub(crate) fn debris(tokens: &[(usize, &str)]) -> bool {
    let (mut good, mut bad) = (0usize, 0usize);
    let mut words = Vec::new();
    // The words to try as syllables, tried last: the cheap signs first, then only as many
    // syllables as can still change the outcome.
    let mut to_try: Vec<&str> = Vec::new();
    for &(_, tok) in tokens {
        bad += tok.chars().filter(|&c| exotic(c)).count();
        let core = tok.trim_matches(not_word);
        if !core.chars().any(is_letter) {
            continue;
        }
        if core.bytes().any(|b| b.is_ascii_digit()) {
            if misread_digits(core) {
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
            if w.chars().all(|c| !crate::text::fold::is_lower(c)) {
                good += 1;
            } else if !w.is_ascii() || w.len() <= 2 {
                to_try.push(w);
            } else if crate::text::syllable::is_valid_syllable(w) {
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
        if crate::text::syllable::is_valid_syllable(w) {
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

/// A word whose letters and digits a scan mixed (`g1úp`, `X7âr`, `1é`), not a number or a code
/// (`127/QĐ-TTg`, `3mx3m`, `B40`, `m2`): `core` is a token trimmed of its marks, with a digit.
fn misread_digits(core: &str) -> bool {
    let code = core.contains(['/', '-', '.', ','])
        || (core.is_ascii() && core.ends_with(|c: char| c.is_ascii_digit()))
        || core.starts_with(|c: char| c.is_ascii_digit()) && core.is_ascii();
    !code
}

/// How many tokens either side of a mark's are its neighbourhood.
const NEAR: usize = 3;

/// The mark at byte `at` of a line lies among a scan's specks: within three tokens of it, one
/// holds a character no typed text holds or letters and digits a scan mixed (`má ,LẦN` after
/// `®`, `ngày . ‹ /7/2025`, `1.2 .| Từ`, `g1úp Ấ é ,.`). A line that is all debris is left alone
/// whole; this is the line of text a seal, a signature or a table's rules lay beside.
pub(crate) fn among_specks(tokens: &[(usize, &str)], at: usize) -> bool {
    specks_near(tokens, at, NEAR, NEAR)
}

/// Whether the token holding byte `at`, or one of the `before` tokens before it or the `after`
/// tokens after it, is a scan's speck.
pub(crate) fn specks_near(
    tokens: &[(usize, &str)],
    at: usize,
    before: usize,
    after: usize,
) -> bool {
    let Some(k) = tokens.iter().rposition(|&(o, _)| o <= at) else {
        return false;
    };
    tokens[k.saturating_sub(before)..tokens.len().min(k + after + 1)]
        .iter()
        .any(|&(_, tok)| speck(tok))
}

/// A token that is a scan's speck, whatever the line around it: it holds a character no typed
/// text holds (`‹`, `®`, `|`) or letters and digits a scan mixed (`g1úp`). A line of text may
/// carry a few such tokens where a seal, a signature or a table's rules lay beside it; the marks
/// among them are no typing either.
pub(crate) fn speck(token: &str) -> bool {
    if token.chars().any(exotic) {
        return true;
    }
    let core = token.trim_matches(not_word);
    core.chars().any(is_letter) && core.bytes().any(|b| b.is_ascii_digit()) && misread_digits(core)
}

/// A word a scan made of letters rather than a writer (a speck aside): a capital after small
/// letters (`BachH`, `ChuyÊn`), a marked word that is no Vietnamese syllable (`SẲ`, `Lưyi`),
/// letters after an underscore (`_P`), a lone capital that is no Roman numeral (`G`). Some are
/// typing too (`Phụ lục G`): only a line beside a scan's debris is read by it.
#[inline(never)]
pub(crate) fn scanned_word(token: &str) -> bool {
    let core = token.trim_matches(not_word);
    // One pass: letters only, how many, and a capital after a small letter.
    let (mut n, mut first, mut lower, mut mixed) = (0usize, ' ', false, false);
    for c in core.chars() {
        if !is_letter(c) {
            return false;
        }
        let capital = crate::text::fold::is_capital(c);
        mixed |= lower && capital;
        lower = !capital;
        if n == 0 {
            first = c;
        }
        n += 1;
    }
    match n {
        0 => false,
        1 => crate::text::fold::is_capital(first) && !matches!(first, 'I' | 'V' | 'X'),
        _ => {
            mixed
                || token.starts_with('_')
                || (!core.is_ascii() && !crate::text::syllable::is_valid_syllable(core))
        }
    }
}

/// Not a letter or a digit: what a word is trimmed of.
fn not_word(c: char) -> bool {
    !crate::text::fold::is_letter_or_digit(c)
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
