//! NFD and NFC on the canonical tables alone.
//!
//! `unicode_normalization`'s `nfd()`/`nfc()` iterators choose canonical or compatibility
//! decomposition at run time, so they carry the compatibility (NFKD) tables into the WASM build
//! even though only NFC and NFD are ever asked for: about 55 KB, 28 KB gzipped. These functions
//! give the same characters, following its `Recompositions` step by step.
//!
//! The canonical decompositions come from `canonical_decompositions.txt` rather than the crate's
//! hash tables: the same mappings, sorted, written as text that compresses to a third (6 KB
//! gzipped instead of 17 KB in the .wasm). The compositions, the NFC quick check and the
//! combining classes are ours too, from that table and `canonical_combining_classes.txt`: the
//! crate's hash tables and its quick-check code for them were 8.3 KB of the gzipped .wasm. The
//! crate is now only the tests' reference, which check every character against it.

use std::sync::LazyLock;

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

const SYLLABLE_BASE: u32 = 0xAC00;
const LEADING_BASE: u32 = 0x1100;
const VOWEL_BASE: u32 = 0x1161;
const TRAILING_BASE: u32 = 0x11A7;
const TRAILING_COUNT: u32 = 28;
const PER_LEADING: u32 = 21 * TRAILING_COUNT;
const SYLLABLE_COUNT: u32 = 19 * PER_LEADING;

/// The primary composite of `a` then `b`, as `unicode_normalization::char::compose` gives it:
/// a Hangul syllable by the standard's arithmetic, or else from the decomposition table.
pub(crate) fn compose(a: char, b: char) -> Option<char> {
    let (x, y) = (a as u32, b as u32);
    let hangul = if (LEADING_BASE..LEADING_BASE + 19).contains(&x)
        && (VOWEL_BASE..VOWEL_BASE + 21).contains(&y)
    {
        Some(SYLLABLE_BASE + (x - LEADING_BASE) * PER_LEADING + (y - VOWEL_BASE) * TRAILING_COUNT)
    } else if (SYLLABLE_BASE..SYLLABLE_BASE + SYLLABLE_COUNT).contains(&x)
        && (x - SYLLABLE_BASE).is_multiple_of(TRAILING_COUNT)
        && (TRAILING_BASE + 1..TRAILING_BASE + TRAILING_COUNT).contains(&y)
    {
        Some(x + y - TRAILING_BASE)
    } else {
        None
    };
    if let Some(h) = hangul {
        return char::from_u32(h);
    }
    DECOMPOSITIONS.composite(a, b)
}

fn pair_key(a: char, b: char) -> u64 {
    u64::from(a) << 32 | u64::from(b)
}

/// The canonical combining class of `c`, as `unicode_normalization::char::
/// canonical_combining_class` gives it.
pub(crate) fn canonical_combining_class(c: char) -> u8 {
    if c < '\u{300}' {
        return 0;
    }
    let runs = &COMBINING_CLASSES.runs;
    let i = runs.partition_point(|&(start, _, _)| start <= c as u32);
    match i.checked_sub(1).map(|i| runs[i]) {
        Some((start, len, class)) if (c as u32) < start + len => class,
        _ => 0,
    }
}

/// `unicode_normalization::is_nfc_quick(text.chars()) == IsNormalized::Yes`: no character that
/// NFC changes or that may compose with the one before, and the marks in canonical order.
pub(crate) fn is_nfc_quick(text: &str) -> bool {
    let mut last = 0;
    for c in text.chars() {
        if c <= '\x7f' {
            last = 0;
            continue;
        }
        let class = canonical_combining_class(c);
        if (last > class && class != 0) || !nfc_quick_yes(c) {
            return false;
        }
        last = class;
    }
    true
}

/// Whether `c` stays as it is in NFC whatever comes before it: it is no character that NFC
/// replaces (its decomposition does not compose back) and none that may compose with a preceding
/// one (the second of a composition's pair, a composite that starts with one, the Hangul vowels
/// and trailing consonants).
fn nfc_quick_yes(c: char) -> bool {
    let x = c as u32;
    if (VOWEL_BASE..VOWEL_BASE + 21).contains(&x)
        || (TRAILING_BASE + 1..TRAILING_BASE + TRAILING_COUNT).contains(&x)
    {
        return false;
    }
    let table = &*DECOMPOSITIONS;
    table.seconds.binary_search(&c).is_err() && table.replaced.binary_search(&x).is_err()
}

/// Every character whose canonical combining class is not 0, as runs of consecutive characters
/// of one class, one a line: how far the run starts past the end of the previous one, its
/// length and the class (hexadecimal, space-separated). Written from `unicode_normalization` by
/// the test `the_combining_class_table_is_the_crates`.
const COMBINING_CLASSES_TEXT: &str = include_str!("canonical_combining_classes.txt");

static COMBINING_CLASSES: LazyLock<CombiningClasses> = LazyLock::new(|| {
    let mut runs = Vec::new();
    let mut end = 0;
    for line in COMBINING_CLASSES_TEXT.as_bytes().split(|&b| b == b'\n') {
        let mut fields = line.split(|&b| b == b' ').map(hex);
        if let (Some(Some(gap)), Some(Some(len)), Some(Some(class))) =
            (fields.next(), fields.next(), fields.next())
        {
            runs.push((end + gap, len, class as u8));
            end += gap + len;
        }
    }
    CombiningClasses { runs }
});

struct CombiningClasses {
    /// Start, length and class of each run, ascending.
    runs: Vec<(u32, u32, u8)>,
}

/// Every character with a canonical decomposition other than the Hangul syllables, one a line in
/// code point order: how far its code point is past the previous line's (hexadecimal; an empty
/// field is 1), then the code points of its full decomposition (hexadecimal, space-separated),
/// then `-` when it decomposes into several but is no primary composite (NFC does not compose it
/// back: the composition exclusions, and the singletons onto a composite such as U+1F71).
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
    /// The compositions, by key `a << 32 | b`, ascending: each primary composite under the two
    /// characters it decomposes into in one step (its decomposition but the last character, as
    /// a character of its own or the composite of those, then that last character).
    pairs: Vec<(u64, char)>,
    /// The second characters of `pairs`, ascending.
    seconds: Vec<char>,
    /// The decomposed characters that NFC may change (their decomposition does not compose
    /// back to them, or it starts with one of `seconds`), ascending.
    replaced: Vec<u32>,
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
            pairs: Vec::new(),
            seconds: Vec::new(),
            replaced: Vec::new(),
        };
        let mut code = 0;
        // The primary composites: code point, and where its parts start and end.
        let mut composites = Vec::new();
        for line in text.as_bytes().split(|&b| b == b'\n') {
            if line.is_empty() {
                continue;
            }
            let mut fields = line.split(|&b| b == b' ');
            code += fields.next().and_then(hex).unwrap_or(1);
            let start = table.parts.len();
            table.chars.push(code);
            table.starts.push(start as u32);
            table
                .parts
                .extend(fields.filter_map(|f| hex(f).and_then(char::from_u32)));
            if table.parts.len() > start + 1 && !line.ends_with(b"-") {
                composites.push((code, start, table.parts.len()));
            } else {
                table.replaced.push(code);
            }
        }
        table.starts.push(table.parts.len() as u32);
        // Shortest first: the first character of a longer one's step is the composite of its
        // decomposition but the last character, found by the pairs of the shorter ones.
        for len in 2..=composites.iter().map(|c| c.2 - c.1).max().unwrap_or(0) {
            let mut found = Vec::new();
            for &(code, start, end) in &composites {
                if end - start != len {
                    continue;
                }
                let parts = &table.parts[start..end];
                let first = parts[1..len - 1]
                    .iter()
                    .try_fold(parts[0], |a, &b| table.composite(a, b));
                if let (Some(first), Some(c)) = (first, char::from_u32(code)) {
                    found.push((pair_key(first, parts[len - 1]), c));
                }
            }
            table.pairs.extend(found);
            crate::text::sorting::sort_by_key(&mut table.pairs, |&(k, _)| k);
        }
        table.seconds = table
            .pairs
            .iter()
            .filter_map(|&(k, _)| char::from_u32(k as u32))
            .collect();
        crate::text::sorting::sort(&mut table.seconds);
        table.seconds.dedup();
        // A composite that starts with such a second character may compose with the one
        // before it too (U+113C5 after U+1138B).
        for &(code, start, _) in &composites {
            if table.seconds.binary_search(&table.parts[start]).is_ok() {
                table.replaced.push(code);
            }
        }
        crate::text::sorting::sort(&mut table.replaced);
        table
    }

    fn composite(&self, a: char, b: char) -> Option<char> {
        let i = self
            .pairs
            .binary_search_by_key(&pair_key(a, b), |&(k, _)| k)
            .ok()?;
        Some(self.pairs[i].1)
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
            let several = parts.len() > 1;
            for d in parts {
                want.push_str(&format!(" {:X}", d as u32));
            }
            if several && crate_nfc(&c.to_string()) != c.to_string() {
                want.push_str(" -");
            }
            want.push('\n');
        }
        if std::env::var_os("UPDATE_TABLES").is_some() {
            let path = concat!(
                env!("CARGO_MANIFEST_DIR"),
                "/src/text/canonical_decompositions.txt"
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

    /// The table as the crate gives it (`UPDATE_TABLES=1 cargo test` rewrites the file), and
    /// every character's class and quick check as the crate's.
    #[test]
    fn the_combining_class_table_is_the_crates() {
        let mut want = String::new();
        let (mut end, mut run) = (0u32, None::<(u32, u32, u8)>);
        let mut flush = |want: &mut String, run: Option<(u32, u32, u8)>| {
            if let Some((start, len, class)) = run {
                want.push_str(&format!("{:X} {len:X} {class:X}\n", start - end));
                end = start + len;
            }
        };
        for c in (0..=0x10FFFF).filter_map(char::from_u32) {
            let class = unicode_normalization::char::canonical_combining_class(c);
            match run {
                Some((start, len, k)) if k == class && start + len == c as u32 => {
                    run = Some((start, len + 1, k));
                }
                _ if class == 0 => {}
                _ => {
                    flush(&mut want, run);
                    run = Some((c as u32, 1, class));
                }
            }
            if class == 0 {
                flush(&mut want, run.take());
            }
        }
        flush(&mut want, run);
        if std::env::var_os("UPDATE_TABLES").is_some() {
            let path = concat!(
                env!("CARGO_MANIFEST_DIR"),
                "/src/text/canonical_combining_classes.txt"
            );
            std::fs::write(path, &want).unwrap();
        }
        assert!(
            COMBINING_CLASSES_TEXT == want,
            "run UPDATE_TABLES=1 cargo test"
        );
        for c in (0..=0x10FFFF).filter_map(char::from_u32) {
            let theirs = unicode_normalization::char::canonical_combining_class(c);
            assert_eq!(canonical_combining_class(c), theirs, "U+{:04X}", c as u32);
            let quick = unicode_normalization::is_nfc_quick(std::iter::once(c));
            assert_eq!(
                is_nfc_quick(&c.to_string()),
                quick == unicode_normalization::IsNormalized::Yes,
                "U+{:04X}",
                c as u32
            );
        }
    }

    /// Every pair of characters that a decomposition holds or that decomposes (and the Hangul
    /// jamo and syllables) composes as the crate composes it; no other pair composes there.
    #[test]
    fn compositions_are_the_crates() {
        let mut chars: Vec<char> = Vec::new();
        for c in (0..=0x10FFFF).filter_map(char::from_u32) {
            // The jamo, and the syllables without a trailing consonant (the others compose
            // with nothing).
            if hangul_jamo(c).is_some() || (0x1100..0x1200).contains(&(c as u32)) {
                if hangul_jamo(c).is_none_or(|j| j[2].is_none()) {
                    chars.push(c);
                }
                continue;
            }
            let mut parts = Vec::new();
            unicode_normalization::char::decompose_canonical(c, |d| parts.push(d));
            if parts != [c] {
                chars.push(c);
                chars.extend(parts);
            }
        }
        crate::text::sorting::sort(&mut chars);
        chars.dedup();
        let mut composed = 0;
        for &a in &chars {
            for &b in &chars {
                let theirs = unicode_normalization::char::compose(a, b);
                assert_eq!(
                    compose(a, b),
                    theirs,
                    "U+{:04X} U+{:04X}",
                    a as u32,
                    b as u32
                );
                composed += usize::from(theirs.is_some());
            }
        }
        // The table's pairs and the Hangul ones (19 × 21 LV, 399 × 27 LVT).
        assert_eq!(
            composed,
            DECOMPOSITIONS.pairs.len() + 19 * 21 + 19 * 21 * 27
        );
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
            let quick = unicode_normalization::is_nfc_quick(s.chars());
            assert_eq!(
                is_nfc_quick(&s),
                quick == unicode_normalization::IsNormalized::Yes,
                "quick {:?}",
                s
            );
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
