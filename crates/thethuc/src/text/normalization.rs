//! NFD and NFC on the canonical tables alone.
//!
//! `unicode_normalization`'s `nfd()`/`nfc()` iterators choose canonical or compatibility
//! decomposition at run time, so they carry the compatibility (NFKD) tables into the WASM build
//! even though only NFC and NFD are ever asked for: about 55 KB, 28 KB gzipped. These functions
//! give the same characters; they take composition and combining classes from the crate's
//! per-character functions, which never touch those tables, and follow its `Recompositions` step
//! by step.
//!
//! The canonical decompositions come from `canonical_decompositions.txt` rather than the crate's
//! hash tables: the same mappings, sorted, written as text that compresses to a third (6 KB
//! gzipped instead of 17 KB in the .wasm).

use std::sync::LazyLock;
use unicode_normalization::char::{canonical_combining_class, compose};

/// The NFD form of `text`.
pub fn nfd(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + text.len() / 2);
    push_nfd(&mut out, text);
    out
}

/// The NFC form of `text`.
pub fn nfc(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    push_nfc(&mut out, text);
    out
}

/// The first character of the NFD form of `c` (the letter an accented letter is written on).
pub fn first_of_nfd(c: char) -> char {
    let mut buf = [0u8; 4];
    nfd(c.encode_utf8(&mut buf)).chars().next().unwrap_or(c)
}

/// Appends the NFD form of `text` to `out`: each character fully decomposed, then each run of
/// combining marks put in canonical order (stably, by combining class).
pub fn push_nfd(out: &mut String, text: &str) {
    // The marks after the last starter, with their classes, waiting to be ordered.
    let mut marks: Vec<(u8, char)> = Vec::new();
    for c in text.chars() {
        decompose_canonical(c, |d| {
            let class = canonical_combining_class(d);
            if class == 0 {
                push_ordered_marks(out, &mut marks);
                out.push(d);
            } else {
                marks.push((class, d));
            }
        });
    }
    push_ordered_marks(out, &mut marks);
}

/// Emits the full canonical decomposition of `c` (`c` itself when it has none), as
/// `unicode_normalization::char::decompose_canonical` does.
pub(crate) fn decompose_canonical(c: char, mut emit: impl FnMut(char)) {
    // Nothing below U+00C0 decomposes (most characters asked about are ASCII).
    if c < '\u{C0}' {
        emit(c);
    } else if let Some(jamo) = hangul_jamo(c) {
        jamo.into_iter().flatten().for_each(emit);
    } else if let Some(parts) = DECOMPOSITIONS.of(c) {
        parts.iter().copied().for_each(emit);
    } else {
        emit(c);
    }
}

/// The jamo a precomposed Hangul syllable is made of (leading consonant, vowel, and trailing
/// consonant if any), by the arithmetic of the Unicode standard (section 3.12).
fn hangul_jamo(c: char) -> Option<[Option<char>; 3]> {
    const SYLLABLE_BASE: u32 = 0xAC00;
    const LEADING_BASE: u32 = 0x1100;
    const VOWEL_BASE: u32 = 0x1161;
    const TRAILING_BASE: u32 = 0x11A7;
    const TRAILING_COUNT: u32 = 28;
    const PER_LEADING: u32 = 21 * TRAILING_COUNT;
    const SYLLABLE_COUNT: u32 = 19 * PER_LEADING;
    let index = (c as u32).checked_sub(SYLLABLE_BASE)?;
    if index >= SYLLABLE_COUNT {
        return None;
    }
    let trailing = index % TRAILING_COUNT;
    Some([
        char::from_u32(LEADING_BASE + index / PER_LEADING),
        char::from_u32(VOWEL_BASE + index % PER_LEADING / TRAILING_COUNT),
        (trailing > 0)
            .then(|| char::from_u32(TRAILING_BASE + trailing))
            .flatten(),
    ])
}

/// Every character with a canonical decomposition other than the Hangul syllables, one a line in
/// code point order: how far its code point is past the previous line's (hexadecimal; an empty
/// field is 1), then the code points of its full decomposition (hexadecimal, space-separated).
/// Written from `unicode_normalization` by the test `the_decomposition_table_is_the_crates`.
const DECOMPOSITIONS_TEXT: &str = include_str!("canonical_decompositions.txt");

/// The decompositions of `DECOMPOSITIONS_TEXT`, read once.
static DECOMPOSITIONS: LazyLock<Decompositions> =
    LazyLock::new(|| Decompositions::read(DECOMPOSITIONS_TEXT));

struct Decompositions {
    /// The decomposed characters, ascending.
    chars: Vec<u32>,
    /// Where each one's decomposition starts in `parts` (and one more entry: the end).
    starts: Vec<u32>,
    parts: Vec<char>,
}

impl Decompositions {
    fn read(text: &str) -> Self {
        // Read once per process, before the first check: bytes, not `str` splits and
        // `from_str_radix` (that took 1.4 M instructions, a seventh of a small check).
        let lines = memchr::memchr_iter(b'\n', text.as_bytes()).count() + 1;
        let mut table = Self {
            chars: Vec::with_capacity(lines),
            starts: Vec::with_capacity(lines + 1),
            parts: Vec::with_capacity(lines * 2),
        };
        let mut code = 0;
        for line in text.as_bytes().split(|&b| b == b'\n') {
            if line.is_empty() {
                continue;
            }
            let mut fields = line.split(|&b| b == b' ');
            code += fields.next().and_then(hex).unwrap_or(1);
            table.chars.push(code);
            table.starts.push(table.parts.len() as u32);
            table
                .parts
                .extend(fields.filter_map(|f| hex(f).and_then(char::from_u32)));
        }
        table.starts.push(table.parts.len() as u32);
        table
    }

    fn of(&self, c: char) -> Option<&[char]> {
        let i = self.chars.binary_search(&(c as u32)).ok()?;
        self.parts
            .get(self.starts[i] as usize..self.starts[i + 1] as usize)
    }
}

/// A hexadecimal field of the table (`None` when empty or not hexadecimal).
fn hex(field: &[u8]) -> Option<u32> {
    if field.is_empty() || field.len() > 8 {
        return None;
    }
    field.iter().try_fold(0u32, |n, &b| {
        let digit = (b as char).to_digit(16)?;
        Some(n << 4 | digit)
    })
}

fn push_ordered_marks(out: &mut String, marks: &mut Vec<(u8, char)>) {
    if marks.len() > 1 {
        crate::text::sorting::sort_by_key(marks, |&(class, _)| class);
    }
    out.extend(marks.drain(..).map(|(_, c)| c));
}

/// Appends the NFC form of `text` to `out`: its NFD form, each starter then composed with the
/// characters after it that it can take and that no mark in between blocks.
pub fn push_nfc(out: &mut String, text: &str) {
    let decomposed = nfd(text);
    // The starter being composed, the marks after it that stayed apart, and the class of the
    // last of them (`None` while there is none).
    let mut starter: Option<char> = None;
    let mut kept: Vec<char> = Vec::new();
    let mut last_class: Option<u8> = None;
    for c in decomposed.chars() {
        let class = canonical_combining_class(c);
        let Some(k) = starter else {
            // Marks before the first starter stay as they are.
            if class == 0 {
                starter = Some(c);
            } else {
                out.push(c);
            }
            continue;
        };
        let blocked = matches!(last_class, Some(last) if last >= class);
        if !blocked {
            if let Some(composed) = compose(k, c) {
                starter = Some(composed);
                continue;
            }
        }
        if class == 0 {
            out.push(k);
            out.extend(kept.drain(..));
            starter = Some(c);
            last_class = None;
        } else {
            kept.push(c);
            last_class = Some(class);
        }
    }
    out.extend(starter);
    out.extend(kept);
}

#[cfg(test)]
mod tests {
    use super::*;
    use unicode_normalization::UnicodeNormalization;

    fn crate_nfd(s: &str) -> String {
        s.nfd().collect()
    }

    fn crate_nfc(s: &str) -> String {
        s.nfc().collect()
    }

    /// The table as the crate gives it; `UPDATE_TABLES=1 cargo test` rewrites the file (after
    /// an update of `unicode_normalization` to a new Unicode version).
    #[test]
    fn the_decomposition_table_is_the_crates() {
        let mut want = String::new();
        let mut previous = 0;
        for c in (0..=0x10FFFF).filter_map(char::from_u32) {
            let mut parts = Vec::new();
            unicode_normalization::char::decompose_canonical(c, |d| parts.push(d));
            if parts == [c] || hangul_jamo(c).is_some() {
                continue;
            }
            let step = c as u32 - previous;
            previous = c as u32;
            if step != 1 {
                want.push_str(&format!("{step:X}"));
            }
            for d in parts {
                want.push_str(&format!(" {:X}", d as u32));
            }
            want.push('\n');
        }
        if std::env::var_os("UPDATE_TABLES").is_some() {
            let path = concat!(
                env!("CARGO_MANIFEST_DIR"),
                "/src/canonical_decompositions.txt"
            );
            std::fs::write(path, &want).unwrap();
        }
        assert!(
            DECOMPOSITIONS_TEXT == want,
            "run UPDATE_TABLES=1 cargo test"
        );
        for c in (0..=0x10FFFF).filter_map(char::from_u32) {
            let (mut ours, mut theirs) = (Vec::new(), Vec::new());
            decompose_canonical(c, |d| ours.push(d));
            unicode_normalization::char::decompose_canonical(c, |d| theirs.push(d));
            assert_eq!(ours, theirs, "U+{:04X}", c as u32);
        }
    }

    #[test]
    fn every_character_alone_as_the_crate_gives_it() {
        for c in (0..=0x10FFFF).filter_map(char::from_u32) {
            let s = c.to_string();
            assert_eq!(nfd(&s), crate_nfd(&s), "NFD U+{:04X}", c as u32);
            assert_eq!(nfc(&s), crate_nfc(&s), "NFC U+{:04X}", c as u32);
            assert_eq!(Some(first_of_nfd(c)), s.nfd().next(), "U+{:04X}", c as u32);
        }
    }

    /// Runs of starters and marks of every class, in every order, composed and not: strings
    /// drawn (by a fixed linear congruential sequence) from characters that compose, block,
    /// decompose into several, reorder, and Hangul syllables and jamo.
    #[test]
    fn mixed_strings_as_the_crate_gives_them() {
        let pool: Vec<char> = "aAeEoOuUyYiIdDđĐăâêôơưĂÂÊÔƠƯộỘệửỳẫÅåçÇñ \
            \u{300}\u{301}\u{302}\u{303}\u{306}\u{309}\u{31B}\u{323}\u{328}\u{327}\u{308}\u{344}\
            \u{345}\u{315}\u{31A}\u{334}\u{35C}\u{35D}\u{5B0}\u{5B1}\u{E48}\u{1D16E}\u{F900}\
            \u{1100}\u{1161}\u{11A8}\u{AC00}\u{AC01}\u{3099}\u{304B}\u{FB01}\u{2126}\u{212B}\
            \u{1E9B}\u{FB2C}\u{0CC6}\u{0CC2}\u{0CD5}\u{1B05}\u{1B35}\u{0F73}\u{0F71}\u{0F72}\u{0F80}"
            .chars()
            .collect();
        let mut sequence = crate::test_corpus::sequence(0x9E37_79B9_7F4A_7C15);
        let mut next = || sequence() as usize;
        for _ in 0..200_000 {
            let len = next() % 9;
            let s: String = (0..len).map(|_| pool[next() % pool.len()]).collect();
            assert_eq!(nfd(&s), crate_nfd(&s), "NFD {:?}", s);
            assert_eq!(nfc(&s), crate_nfc(&s), "NFC {:?}", s);
        }
    }

    #[test]
    fn the_corpus_as_the_crate_gives_it() {
        for bytes in crate::test_corpus::files() {
            let text = String::from_utf8_lossy(&bytes);
            let decomposed = crate_nfd(&text);
            assert_eq!(nfd(&text), decomposed);
            assert_eq!(nfc(&text), crate_nfc(&text));
            assert_eq!(nfc(&decomposed), crate_nfc(&decomposed));
        }
    }

    /// A long run of marks is ordered in O(n log n) and as the crate orders it.
    #[test]
    fn a_long_run_of_marks() {
        let s: String = std::iter::once('a')
            .chain((0..100_000).map(|i| ['\u{323}', '\u{301}', '\u{31B}', '\u{345}'][i % 4]))
            .collect();
        assert_eq!(nfd(&s), crate_nfd(&s));
        assert_eq!(nfc(&s), crate_nfc(&s));
    }
}
