//! Legacy Vietnamese encodings read as Unicode text: detection and conversion.
//!
//! Before Unicode, Vietnamese documents were typed in 8-bit font encodings. When such a file is
//! read as Windows-1252 (what Word does with the text of a legacy document), each byte becomes
//! the Latin-1 character U+00XX and the text turns into mojibake:
//!
//! - **TCVN3** (TCVN 5712:1993 VN3, "ABC", fonts `.VnTime`): one byte per letter, small letters
//!   only plus `Ă Â Ê Ô Ơ Ư Đ`; `céng hoµ x· héi` = `cộng hoà xã hội`, and `ư` is U+00AD SOFT
//!   HYPHEN, so it is invisible (`tr­ëng` = `trưởng`). Capitals typed in the `.VnTimeH` fonts reuse
//!   the small-letter codes: the case is lost and the conversion gives small letters.
//! - **VNI-Windows** (fonts `VNI-Times`): a base letter and a modifier character, with capitals;
//!   `COÄNG HOAØ` = `CỘNG HOÀ`, `Ñoäc laäp` = `Độc lập`.
//!
//! The tables are data (`data/tcvn3.tsv`, `data/vni.tsv`). Detection works word by word: a word
//! counts as legacy when it is not a valid Vietnamese syllable as it stands but its conversion
//! is ([`crate::text::syllable`]). Words are grouped into runs between words that are real Unicode
//! Vietnamese (letters beyond Latin-1, such as a signer's name typed later), and a document-level
//! threshold keeps one odd word in a Unicode document from ever converting.

use std::sync::OnceLock;

use crate::text::case;
use crate::text::syllable::is_valid_syllable;
use crate::text::{FastMap, FastSet};

/// A legacy Vietnamese encoding.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
pub enum Encoding {
    /// TCVN 5712:1993 (ABC): `.VnTime` fonts.
    Tcvn3,
    /// VNI: `VNI-Times` fonts.
    Vni,
}

impl Encoding {
    /// The name people know the encoding by.
    pub fn label(self) -> &'static str {
        match self {
            Encoding::Tcvn3 => "TCVN3 (ABC)",
            Encoding::Vni => "VNI",
        }
    }
}

/// A run of legacy-encoded text: byte range in the input, and its encoding.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LegacyRun {
    pub start: usize,
    pub end: usize,
    pub encoding: Encoding,
}

/// The converted text, and breakpoints (output byte offset, input byte offset) at every converted
/// unit boundary, sorted, starting with (0,0) and ending with (out.len(), text.len()), so any
/// output offset maps back to the input.
///
/// A unit is one character outside the runs and one legacy letter (one or two characters) inside
/// them; there is a breakpoint at every unit boundary, so an offset between two breakpoints lies
/// inside one unit.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Transcoded {
    pub text: String,
    pub breakpoints: Vec<(u32, u32)>,
}

impl Transcoded {
    /// Maps an output byte offset to the input: a unit boundary maps exactly; an offset inside a
    /// unit maps to the unit's start, or to its end when `is_end`.
    pub fn to_input(&self, out: u32, is_end: bool) -> u32 {
        let idx = self.breakpoints.partition_point(|&(o, _)| o <= out);
        let Some(&(o, i)) = idx.checked_sub(1).and_then(|k| self.breakpoints.get(k)) else {
            return 0;
        };
        if o == out || !is_end {
            return i;
        }
        self.breakpoints.get(idx).map_or(i, |&(_, next)| next)
    }
}

// ---------------------------------------------------------------------------------------------
// Tables

struct Tables {
    /// TCVN3: index `c - 0xA0` for `c` in U+00A0..=U+00FF.
    tcvn3: [Option<char>; 96],
    /// VNI letters of one character (`ñ` = đ, `ô` = ơ, `æ` = ỉ, …).
    vni_single: FastMap<char, char>,
    /// VNI letters of a base and a modifier (`aù` = á, `oä` = ộ, …).
    vni_pair: FastMap<(char, char), char>,
}

/// The code charts, data lines only: their sources and layout are in `data/README.md`, since
/// every byte included here is in the .wasm.
const TCVN3_TSV: &str = include_str!("../../data/tcvn3.tsv");
const VNI_TSV: &str = include_str!("../../data/vni.tsv");

fn data_lines(tsv: &str) -> impl Iterator<Item = (&str, &str)> {
    tsv.lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .filter_map(|l| l.split_once('\t'))
}

fn tables() -> &'static Tables {
    static TABLES: OnceLock<Tables> = OnceLock::new();
    TABLES.get_or_init(|| {
        let mut tcvn3 = [None; 96];
        for (code, uni) in data_lines(TCVN3_TSV) {
            let (Ok(code), Some(u)) = (u32::from_str_radix(code, 16), uni.chars().next()) else {
                continue;
            };
            if let Some(slot) = code
                .checked_sub(0xA0)
                .and_then(|k| tcvn3.get_mut(k as usize))
            {
                *slot = Some(u);
            }
        }
        let mut vni_single = FastMap::default();
        let mut vni_pair = FastMap::default();
        for (seq, uni) in data_lines(VNI_TSV) {
            let Some(u) = uni.chars().next() else {
                continue;
            };
            let mut cs = seq.chars();
            match (cs.next(), cs.next(), cs.next()) {
                (Some(a), None, _) => {
                    vni_single.insert(a, u);
                }
                (Some(a), Some(b), None) => {
                    vni_pair.insert((a, b), u);
                }
                _ => {}
            }
        }
        Tables {
            tcvn3,
            vni_single,
            vni_pair,
        }
    })
}

fn tcvn3_char(c: char) -> Option<char> {
    let k = (c as u32).checked_sub(0xA0)?;
    tables().tcvn3.get(k as usize).copied().flatten()
}

fn swap_case(c: char) -> char {
    if crate::text::fold::is_capital(c) {
        case::lower(c)
    } else {
        case::upper(c)
    }
}

/// One converted unit at the start of `s`: (input bytes consumed, output letter), or `None` when
/// the first character is not a legacy letter (it is copied as it is).
fn unit(s: &str, enc: Encoding) -> Option<(usize, char)> {
    let mut it = s.chars();
    let a = it.next()?;
    match enc {
        Encoding::Tcvn3 => tcvn3_char(a).map(|u| (a.len_utf8(), u)),
        Encoding::Vni => {
            let t = tables();
            if let Some(b) = it.next() {
                // The modifier's case normally matches the base's; accept either, keep the base's.
                let hit = t.vni_pair.get(&(a, b)).copied().or_else(|| {
                    t.vni_pair.get(&(a, swap_case(b))).map(|&u| {
                        if crate::text::fold::is_capital(a) {
                            case::upper(u)
                        } else {
                            case::lower(u)
                        }
                    })
                });
                if let Some(u) = hit {
                    return Some((a.len_utf8() + b.len_utf8(), u));
                }
            }
            t.vni_single.get(&a).map(|&u| (a.len_utf8(), u))
        }
    }
}

/// Converts a whole string from one legacy encoding (characters that are not legacy letters
/// are kept).
#[cfg(test)]
pub fn convert_str(s: &str, enc: Encoding) -> String {
    let whole = LegacyRun {
        start: 0,
        end: s.len(),
        encoding: enc,
    };
    convert(s, &[whole]).text
}

/// The converted text of `text`, each run converted with its own encoding.
pub fn convert(text: &str, runs: &[LegacyRun]) -> Transcoded {
    let mut out = String::with_capacity(text.len() + text.len() / 4);
    let mut bps: Vec<(u32, u32)> = Vec::with_capacity(text.len() / 2 + 2);
    let mut runs: Vec<&LegacyRun> = runs.iter().filter(|r| r.start < r.end).collect();
    crate::text::sorting::sort_by_key(&mut runs, |r| r.start);
    let mut r = 0;
    let mut i = 0;
    bps.push((0, 0));
    while i < text.len() {
        while runs.get(r).is_some_and(|run| run.end <= i) {
            r += 1;
        }
        let enc = runs
            .get(r)
            .filter(|run| run.start <= i)
            .map(|run| (run.encoding, run.end));
        let Some(rest) = text.get(i..) else { break };
        let Some(c) = rest.chars().next() else { break };
        let converted = enc.and_then(|(e, end)| {
            // A unit never crosses the run's end.
            let within = text.get(i..end)?;
            unit(within, e)
        });
        match converted {
            Some((n, u)) => {
                out.push(u);
                i += n;
            }
            None => {
                out.push(c);
                i += c.len_utf8();
            }
        }
        bps.push((out.len() as u32, i as u32));
    }
    bps.dedup();
    if bps.last() != Some(&(out.len() as u32, text.len() as u32)) {
        bps.push((out.len() as u32, text.len() as u32));
    }
    Transcoded {
        text: out,
        breakpoints: bps,
    }
}

// ---------------------------------------------------------------------------------------------
// Detection

/// How one word reads under one legacy encoding.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Class {
    /// The conversion changes nothing.
    Same,
    /// Not a syllable as it stands, a syllable once converted, and it has an ASCII letter:
    /// the evidence that counts (`Ñoäc`, `céng`).
    Strong,
    /// As `Strong` but made of legacy characters only (`§·` = `Đã`): converted inside runs,
    /// not counted towards a document's threshold.
    Weak,
    /// A syllable both as it stands and converted (`bé` = `bộ`, `hoài` = `hồi`).
    Ambiguous,
    /// Changed by the conversion but no syllable either way (`Q§` = `QĐ`, `quûa` = `qủa`).
    Changed,
}

#[derive(Debug, Clone, Copy)]
struct WordInfo {
    /// Holds a Vietnamese letter beyond Latin-1 (`ư ơ ă đ ạ ấ …`): real Unicode text.
    unicode: bool,
    tcvn3: Class,
    vni: Class,
}

impl WordInfo {
    fn class(&self, enc: Encoding) -> Class {
        match enc {
            Encoding::Tcvn3 => self.tcvn3,
            Encoding::Vni => self.vni,
        }
    }
}

fn is_word_char(c: char) -> bool {
    match c {
        'a'..='z' | 'A'..='Z' | '\u{A1}'..='\u{FF}' | '\u{300}'..='\u{36F}' => true,
        '\u{1EA0}'..='\u{1EF9}' => true,
        c if c.is_ascii() => false,
        c => crate::text::fold::is_letter(c),
    }
}

/// Whether some encoding has the distinct strong words a conversion needs anywhere in the
/// text: the cheap first pass of `detect`. It looks only at words with a Latin-1 letter, and a
/// word that is a syllable as it stands is never strong evidence, so most words of a Unicode
/// document cost one syllable test (cached per word) and most documents stop here.
fn has_enough_strong_words(text: &str) -> bool {
    add_strong_words(text, &mut Default::default(), true)
}

/// The distinct strong words of each encoding (TCVN3, VNI), lower-cased: the evidence
/// `has_enough_strong_words` counts.
pub(crate) type Evidence = [FastSet<String>; 2];

/// Adds the strong words of `text` to `strong`; whether some encoding has enough of them. With
/// `stop`, stops as soon as one has.
fn add_strong_words(text: &str, strong: &mut Evidence, stop: bool) -> bool {
    // Sized for the distinct words with a Latin-1 letter of a long document: never rehashed.
    let capacity = if stop { 512 } else { 0 };
    let mut seen: FastSet<&str> = FastSet::with_capacity_and_hasher(capacity, Default::default());
    let bytes = text.as_bytes();
    // Latin-1 letters are two bytes starting C2 or C3: jump from one to the next, and take the
    // word around it (the same maximal run of word characters `detect` splits off).
    let mut after = 0;
    for at in memchr::memchr2_iter(0xC2, 0xC3, bytes) {
        if at < after {
            continue;
        }
        let Some(c) = text[at..].chars().next() else {
            continue;
        };
        if !is_word_char(c) {
            continue;
        }
        let (start, end) = word_around(text, at);
        after = end;
        let w = &text[start..end];
        if !seen.insert(w) || is_valid_syllable(w) {
            continue;
        }
        let info = word_info(w);
        for (k, enc) in [Encoding::Tcvn3, Encoding::Vni].into_iter().enumerate() {
            if info.class(enc) == Class::Strong {
                strong[k].insert(case::lower_str(w));
                if stop && strong[k].len() >= MIN_DISTINCT_STRONG {
                    return true;
                }
            }
        }
    }
    enough_evidence(strong)
}

/// One line's evidence (no word runs over a line break): what a session remembers by the
/// line's text, for `enough_evidence` over the document's lines.
pub(crate) fn line_evidence(line: &str) -> Evidence {
    let mut strong = Evidence::default();
    add_strong_words(line, &mut strong, false);
    strong
}

/// Whether the evidence of a whole text (its lines' together) lets `detect` convert: what
/// `has_enough_strong_words` says of the text.
pub(crate) fn enough_evidence(strong: &Evidence) -> bool {
    strong.iter().any(|s| s.len() >= MIN_DISTINCT_STRONG)
}

/// The maximal run of word characters (`is_word_char`) around byte `at` of `text`, a character
/// boundary: ASCII bytes are decided without decoding them.
fn word_around(text: &str, at: usize) -> (usize, usize) {
    let bytes = text.as_bytes();
    let mut start = at;
    while let Some(&b) = start.checked_sub(1).and_then(|i| bytes.get(i)) {
        if b < 0x80 {
            if !b.is_ascii_alphabetic() {
                break;
            }
            start -= 1;
            continue;
        }
        match text[..start].chars().next_back() {
            Some(c) if is_word_char(c) => start -= c.len_utf8(),
            _ => break,
        }
    }
    let mut end = at;
    while let Some(&b) = bytes.get(end) {
        if b < 0x80 {
            if !b.is_ascii_alphabetic() {
                break;
            }
            end += 1;
            continue;
        }
        match text[end..].chars().next() {
            Some(c) if is_word_char(c) => end += c.len_utf8(),
            _ => break,
        }
    }
    (start, end)
}

/// A Vietnamese letter (or combining mark) that no legacy text read as Windows-1252 contains.
pub(crate) fn is_unicode_vietnamese(c: char) -> bool {
    matches!(c, '\u{1EA0}'..='\u{1EF9}' | '\u{300}'..='\u{36F}')
        || matches!(
            c,
            'ă' | 'Ă' | 'đ' | 'Đ' | 'ĩ' | 'Ĩ' | 'ũ' | 'Ũ' | 'ơ' | 'Ơ' | 'ư' | 'Ư'
        )
}

/// `convert_str` of one word, without the breakpoints (and their buffer) that mapping a whole
/// text back needs: detection converts every distinct word with a Latin-1 letter twice.
fn convert_word(word: &str, enc: Encoding) -> String {
    let mut out = String::with_capacity(word.len() + word.len() / 4);
    let mut rest = word;
    while let Some(c) = rest.chars().next() {
        let n = match unit(rest, enc) {
            Some((n, u)) => {
                out.push(u);
                n
            }
            None => {
                out.push(c);
                c.len_utf8()
            }
        };
        rest = &rest[n..];
    }
    out
}

fn classify(word: &str, enc: Encoding) -> Class {
    let conv = convert_word(word, enc);
    if conv == word {
        return Class::Same;
    }
    let conv_ok = is_valid_syllable(&conv);
    if !conv_ok {
        return Class::Changed;
    }
    if is_valid_syllable(word) {
        return Class::Ambiguous;
    }
    if word.chars().any(|c| c.is_ascii_alphabetic()) {
        Class::Strong
    } else {
        Class::Weak
    }
}

fn word_info(word: &str) -> WordInfo {
    let unicode = word.chars().any(is_unicode_vietnamese);
    let latin1 = word.chars().any(|c| ('\u{A1}'..='\u{FF}').contains(&c));
    if unicode || !latin1 {
        return WordInfo {
            unicode,
            tcvn3: Class::Same,
            vni: Class::Same,
        };
    }
    WordInfo {
        unicode,
        tcvn3: classify(word, Encoding::Tcvn3),
        vni: classify(word, Encoding::Vni),
    }
}

struct Word<'a> {
    start: usize,
    end: usize,
    text: &'a str,
    info: WordInfo,
}

/// Distinct words with strong evidence needed before a document converts anything.
const MIN_DISTINCT_STRONG: usize = 3;
/// Distinct strong words needed in one stretch of a mostly-Unicode document.
const MIN_STRETCH_STRONG: usize = 2;

/// A stretch: consecutive non-Unicode words of one line (indices into the line's words).
struct Stretch {
    line: usize,
    from: usize,
    to: usize,
}

/// Finds legacy runs; real Unicode Vietnamese inside (e.g. a signer name typed later in Unicode)
/// is left out of the runs.
///
/// Runs never cross a line break: each is the stretch of a line between Unicode words, from its
/// first to its last word that the conversion changes. A document converts only when it has at
/// least three distinct words that are invalid as they stand and valid once converted. When such
/// words are at least as many as the Unicode words, the document is legacy text: every stretch
/// with such a word converts, and a stretch of words valid both ways (`bé` = `bộ`) converts when
/// a neighbouring line does. Otherwise (a legacy passage pasted into a Unicode document) a stretch
/// needs two distinct such words of its own.
pub fn detect(text: &str) -> Vec<LegacyRun> {
    if !has_enough_strong_words(text) {
        return Vec::new();
    }
    runs(text)
}

/// `detect` once the document has the evidence a conversion needs.
pub(crate) fn runs(text: &str) -> Vec<LegacyRun> {
    // A document has a few thousand distinct words: sized once, not grown by rehashing.
    let mut cache: FastMap<&str, WordInfo> =
        FastMap::with_capacity_and_hasher(4096, Default::default());
    let mut lines: Vec<Vec<Word<'_>>> = Vec::new();
    let mut line_start = 0;
    for line in text.split('\n') {
        let mut words = Vec::new();
        let mut start: Option<usize> = None;
        for (i, c) in line
            .char_indices()
            .chain(std::iter::once((line.len(), ' ')))
        {
            match (is_word_char(c) && i < line.len(), start) {
                (true, None) => start = Some(i),
                (false, Some(s)) => {
                    if let Some(w) = line.get(s..i) {
                        let info = *cache.entry(w).or_insert_with(|| word_info(w));
                        words.push(Word {
                            start: line_start + s,
                            end: line_start + i,
                            text: w,
                            info,
                        });
                    }
                    start = None;
                }
                _ => {}
            }
        }
        lines.push(words);
        line_start += line.len() + 1;
    }

    // Document-level evidence.
    let unicode_words = lines.iter().flatten().filter(|w| w.info.unicode).count();
    let mut active: Vec<(Encoding, bool, usize)> = Vec::new();
    for enc in [Encoding::Tcvn3, Encoding::Vni] {
        let strong: Vec<&Word<'_>> = lines
            .iter()
            .flatten()
            .filter(|w| w.info.class(enc) == Class::Strong)
            .collect();
        // Lower-cased once per distinct spelling, not once per occurrence.
        let spellings: FastSet<&str> = strong.iter().map(|w| w.text).collect();
        let distinct: FastSet<String> = spellings.iter().map(|w| case::lower_str(w)).collect();
        if distinct.len() >= MIN_DISTINCT_STRONG {
            active.push((enc, strong.len() >= unicode_words, distinct.len()));
        }
    }
    if active.is_empty() {
        return Vec::new();
    }

    // Stretches between Unicode words.
    let mut stretches: Vec<Stretch> = Vec::new();
    for (li, words) in lines.iter().enumerate() {
        let mut from = None;
        for (wi, w) in words.iter().enumerate() {
            match (w.info.unicode, from) {
                (false, None) => from = Some(wi),
                (true, Some(f)) => {
                    stretches.push(Stretch {
                        line: li,
                        from: f,
                        to: wi,
                    });
                    from = None;
                }
                _ => {}
            }
        }
        if let Some(f) = from {
            stretches.push(Stretch {
                line: li,
                from: f,
                to: words.len(),
            });
        }
    }

    // Decide each stretch: Some((encoding, has hits)) when it converts; pending when it has only
    // ambiguous words in a legacy document.
    #[derive(Clone, Copy, PartialEq)]
    enum Verdict {
        No,
        Yes(Encoding),
        Pending(Encoding),
    }
    let mut verdicts = Vec::with_capacity(stretches.len());
    let mut line_hit = vec![false; lines.len()];
    for s in &stretches {
        let words = lines
            .get(s.line)
            .and_then(|l| l.get(s.from..s.to))
            .unwrap_or(&[]);
        let mut best: Option<(usize, usize, Encoding, bool)> = None;
        for &(enc, dominant, doc_distinct) in &active {
            let hits = words
                .iter()
                .filter(|w| matches!(w.info.class(enc), Class::Strong | Class::Weak))
                .count();
            let key = (hits, doc_distinct);
            if best.is_none_or(|(h, d, _, _)| key > (h, d)) {
                best = Some((hits, doc_distinct, enc, dominant));
            }
        }
        let verdict = match best {
            Some((hits, _, enc, dominant)) => {
                let strong: FastSet<String> = words
                    .iter()
                    .filter(|w| w.info.class(enc) == Class::Strong)
                    .map(|w| case::lower_str(w.text))
                    .collect();
                let ambiguous = words.iter().any(|w| w.info.class(enc) == Class::Ambiguous);
                if dominant && hits >= 1 || strong.len() >= MIN_STRETCH_STRONG {
                    Verdict::Yes(enc)
                } else if dominant && ambiguous {
                    Verdict::Pending(enc)
                } else {
                    Verdict::No
                }
            }
            None => Verdict::No,
        };
        if let (Verdict::Yes(_), Some(flag)) = (verdict, line_hit.get_mut(s.line)) {
            *flag = true;
        }
        verdicts.push(verdict);
    }

    // Lines with words, for the neighbour test of pending stretches.
    let worded: Vec<usize> = (0..lines.len())
        .filter(|&i| lines.get(i).is_some_and(|l| !l.is_empty()))
        .collect();
    let neighbour_hit = |line: usize| -> bool {
        let k = worded.partition_point(|&i| i < line);
        let prev = k.checked_sub(1).and_then(|p| worded.get(p));
        let next = worded.get(k + 1);
        [prev, next]
            .into_iter()
            .flatten()
            .any(|&i| line_hit.get(i).copied().unwrap_or(false))
    };

    let mut runs = Vec::new();
    for (s, v) in stretches.iter().zip(&verdicts) {
        let enc = match *v {
            Verdict::Yes(e) => e,
            Verdict::Pending(e) if neighbour_hit(s.line) => e,
            _ => continue,
        };
        let words = lines
            .get(s.line)
            .and_then(|l| l.get(s.from..s.to))
            .unwrap_or(&[]);
        let mut changed = words.iter().filter(|w| w.info.class(enc) != Class::Same);
        let (Some(first), last) = (changed.next(), changed.next_back()) else {
            continue;
        };
        let end = last.map_or(first.end, |w| w.end);
        runs.push(LegacyRun {
            start: first.start,
            end,
            encoding: enc,
        });
    }
    runs
}

/// The legacy-encoded corpus files: (name, text, reviewed Unicode conversion, encoding).
#[cfg(test)]
pub(crate) const CORPUS_CASES: &[(&str, &str, &str, Encoding)] = &[
    (
        "15_qd-991-ubnd-binhphuoc-vni",
        include_str!("../../../../fixtures/corpus/legacy/15_qd-991-ubnd-binhphuoc-vni.txt"),
        include_str!(
            "../../../../fixtures/corpus/legacy/15_qd-991-ubnd-binhphuoc-vni.converted.txt"
        ),
        Encoding::Vni,
    ),
    (
        "16_qd-144-2002-btc-tcvn3",
        include_str!("../../../../fixtures/corpus/legacy/16_qd-144-2002-btc-tcvn3.txt"),
        include_str!("../../../../fixtures/corpus/legacy/16_qd-144-2002-btc-tcvn3.converted.txt"),
        Encoding::Tcvn3,
    ),
];

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::{HashMap, HashSet};
    use unicode_normalization::UnicodeNormalization;

    /// The first pass answers what counting every word would: whether an encoding has three
    /// distinct strong words. On the corpus (Unicode and legacy) and on mixed and cut texts.
    #[test]
    fn the_first_pass_agrees_with_counting_every_word() {
        let naive = |text: &str| {
            let words: Vec<&str> = text.split(|c: char| !is_word_char(c)).collect();
            [Encoding::Tcvn3, Encoding::Vni].into_iter().any(|enc| {
                let strong: HashSet<String> = words
                    .iter()
                    .filter(|w| !w.is_empty() && word_info(w).class(enc) == Class::Strong)
                    .map(|w| w.to_lowercase())
                    .collect();
                strong.len() >= MIN_DISTINCT_STRONG
            })
        };
        // As given: the detection runs before any conversion.
        let mut texts: Vec<String> = crate::test_corpus::files()
            .into_iter()
            .map(|bytes| String::from_utf8(bytes).unwrap_or_default())
            .collect();
        let legacy: Vec<String> = CORPUS_CASES.iter().map(|c| c.1.to_owned()).collect();
        for l in &legacy {
            // A legacy passage inside Unicode text, and cut into pieces of a few lines.
            texts.push(format!(
                "Ủy ban nhân dân tỉnh\n{}\nCộng hòa",
                &l[..l.len().min(600)]
            ));
            for piece in l.split("\n\n").take(30) {
                texts.push(piece.to_owned());
            }
        }
        let (mut yes, mut no) = (0, 0);
        for text in &texts {
            let want = naive(text);
            assert_eq!(
                has_enough_strong_words(text),
                want,
                "{}",
                &text[..text.len().min(200)]
            );
            // The same verdict from the lines' evidence, as a session adds it up.
            let mut strong = Evidence::default();
            for line in text.split('\n') {
                for (all, of_line) in strong.iter_mut().zip(line_evidence(line)) {
                    all.extend(of_line);
                }
            }
            assert_eq!(
                enough_evidence(&strong),
                want,
                "{}",
                &text[..text.len().min(200)]
            );
            if want {
                yes += 1;
            } else {
                no += 1;
            }
        }
        assert!(yes >= 4 && no >= 10, "{yes} {no}");
    }

    #[test]
    fn the_fast_word_char_test_agrees_with_its_definition() {
        for c in ('\u{0}'..='\u{2fff}').chain('\u{1e00}'..='\u{1fff}') {
            let by_definition = crate::text::fold::is_letter(c)
                || ('\u{A1}'..='\u{FF}').contains(&c)
                || ('\u{300}'..='\u{36F}').contains(&c);
            assert_eq!(is_word_char(c), by_definition, "U+{:04X}", c as u32);
        }
    }

    /// The byte walk finds the word the character walk finds, at every character of mixed
    /// Unicode, legacy, decomposed and non-Latin text.
    #[test]
    fn the_word_around_a_place_is_the_run_of_word_characters() {
        let legacy: String = CORPUS_CASES[0].1.chars().take(1500).collect();
        let texts = [
            "Căn cứ Nghị định số 30/2020/NĐ-CP; COÄNG HOAØ XAÕ, céng hoµ x· héi",
            "Ho\u{300}a Bình – «Độc lập» 12ab x×y ÷ Ωμέγα 😀é\u{a0}ß",
            &legacy,
        ];
        for text in texts {
            for (at, _) in text.char_indices() {
                let start = text[..at]
                    .char_indices()
                    .rev()
                    .take_while(|&(_, c)| is_word_char(c))
                    .last()
                    .map_or(at, |(i, _)| i);
                let end = text[at..]
                    .char_indices()
                    .find(|&(_, c)| !is_word_char(c))
                    .map_or(text.len(), |(i, _)| at + i);
                assert_eq!(word_around(text, at), (start, end), "at {at}");
            }
        }
    }

    const VOWELS: &str = "aăâeêioôơuưy";
    const TONES: [&str; 6] = ["", "\u{301}", "\u{300}", "\u{309}", "\u{303}", "\u{323}"];

    /// Every Vietnamese letter: 12 vowels × 6 tones, and đ; small letters.
    fn all_letters() -> Vec<char> {
        let mut v = Vec::new();
        for base in VOWELS.chars() {
            for t in TONES {
                let s: String = format!("{base}{t}").nfc().collect();
                v.extend(s.chars().next());
            }
        }
        v.push('đ');
        v
    }

    fn upper(c: char) -> char {
        c.to_uppercase().next().unwrap_or(c)
    }

    fn whole(text: &str, enc: Encoding) -> String {
        convert(
            text,
            &[LegacyRun {
                start: 0,
                end: text.len(),
                encoding: enc,
            }],
        )
        .text
    }

    /// The inverse of a table: Unicode letter → legacy sequence.
    fn encoder(enc: Encoding) -> HashMap<char, String> {
        let mut m = HashMap::new();
        match enc {
            Encoding::Tcvn3 => {
                for (code, uni) in data_lines(TCVN3_TSV) {
                    let code = u32::from_str_radix(code, 16).ok().and_then(char::from_u32);
                    if let (Some(c), Some(u)) = (code, uni.chars().next()) {
                        m.insert(u, c.to_string());
                    }
                }
            }
            Encoding::Vni => {
                for (seq, uni) in data_lines(VNI_TSV) {
                    if let Some(u) = uni.chars().next() {
                        m.insert(u, seq.to_owned());
                    }
                }
            }
        }
        m
    }

    #[test]
    fn vni_table_covers_every_letter_and_tone_in_both_cases() {
        let enc = encoder(Encoding::Vni);
        for small in all_letters() {
            for c in [small, upper(small)] {
                if "aeiouyAEIOUY".contains(c) {
                    continue;
                }
                let seq = enc.get(&c).unwrap_or_else(|| panic!("VNI has no {c}"));
                assert_eq!(whole(seq, Encoding::Vni), c.to_string(), "VNI {seq:?}");
            }
        }
        assert_eq!(enc.len(), all_letters().len() * 2 - 12);
    }

    #[test]
    fn tcvn3_table_covers_every_small_letter_and_its_capitals() {
        let enc = encoder(Encoding::Tcvn3);
        for c in all_letters() {
            if "aeiouy".contains(c) {
                continue;
            }
            let seq = enc.get(&c).unwrap_or_else(|| panic!("TCVN3 has no {c}"));
            assert_eq!(whole(seq, Encoding::Tcvn3), c.to_string());
        }
        for c in "ĂÂÊÔƠƯĐ".chars() {
            let seq = enc.get(&c).unwrap_or_else(|| panic!("TCVN3 has no {c}"));
            assert_eq!(whole(seq, Encoding::Tcvn3), c.to_string());
        }
        // The soft hyphen is ư.
        assert_eq!(enc.get(&'ư').map(String::as_str), Some("\u{AD}"));
    }

    #[test]
    fn spot_checks_independent_of_the_tables() {
        for (vni, uni) in [
            ("UÛY BAN NHAÂN DAÂN", "ỦY BAN NHÂN DÂN"),
            (
                "COÄNG HOAØ XAÕ HOÄI CHUÛ NGHÓA VIEÄT NAM",
                "CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM",
            ),
            (
                "Ñoäc laäp - Töï do - Haïnh phuùc",
                "Độc lập - Tự do - Hạnh phúc",
            ),
            ("TÆNH BÌNH PHÖÔÙC", "TỈNH BÌNH PHƯỚC"),
            ("ÑIEÀU", "ĐIỀU"),
            ("aê aé aè aú aü aë kyø quî", "ă ắ ằ ẳ ẵ ặ kỳ quỵ"),
            ("Aù", "Á"),
        ] {
            assert_eq!(whole(vni, Encoding::Vni), uni);
        }
        for (tcvn, uni) in [
            (
                "céng hoµ x· héi chñ  nghÜa ViÖt nam",
                "cộng hoà xã hội chủ  nghĩa Việt nam",
            ),
            ("§éc lËp-Tù do-H¹nh phóc", "Độc lập-Tự do-Hạnh phúc"),
            ("bé tr\u{AD}ëng", "bộ trưởng"),
            (
                "Hµ néi, ngµy  22  th¸ng 11 n¨m 2002",
                "Hà nội, ngày  22  tháng 11 năm 2002",
            ),
            ("¡¢£¤¥¦§", "ĂÂÊÔƠƯĐ"),
        ] {
            assert_eq!(whole(tcvn, Encoding::Tcvn3), uni);
        }
    }

    /// A word converts alone as it does through the whole-text conversion, in both encodings:
    /// every word of the legacy corpus, and cuts of it that split a VNI pair.
    #[test]
    fn a_word_converts_as_the_text_does() {
        let mut compared = 0;
        for (_, text, _, _) in CORPUS_CASES {
            for w in text
                .split(|c: char| !is_word_char(c))
                .filter(|w| !w.is_empty())
            {
                let cuts = w.char_indices().map(|(i, _)| i).chain([w.len()]);
                for piece in cuts.flat_map(|i| [&w[..i], &w[i..]]) {
                    for enc in [Encoding::Tcvn3, Encoding::Vni] {
                        assert_eq!(convert_word(piece, enc), convert_str(piece, enc), "{piece}");
                        compared += 1;
                    }
                }
            }
        }
        assert!(compared > 10_000, "only {compared} words compared");
    }

    #[test]
    fn breakpoints_map_back() {
        let text = "Số 1: Ñoäc laäp";
        let runs = detect_one(text, Encoding::Vni, "Ñoäc laäp");
        let t = convert(text, &runs);
        assert_eq!(t.text, "Số 1: Độc lập");
        assert_eq!(t.breakpoints.first(), Some(&(0, 0)));
        assert_eq!(
            t.breakpoints.last(),
            Some(&(t.text.len() as u32, text.len() as u32))
        );
        assert!(t.breakpoints.windows(2).all(|w| w[0] < w[1]));
        let out = t.text.find("lập").unwrap_or(0) as u32;
        let inp = text.find("laäp").unwrap_or(0) as u32;
        assert_eq!(t.to_input(out, false), inp);
        assert_eq!(t.to_input(t.text.len() as u32, true), text.len() as u32);
        for &(o, i) in &t.breakpoints {
            assert!(t.text.is_char_boundary(o as usize) && text.is_char_boundary(i as usize));
        }
    }

    fn detect_one(text: &str, enc: Encoding, what: &str) -> Vec<LegacyRun> {
        let start = text.find(what).unwrap_or(0);
        vec![LegacyRun {
            start,
            end: start + what.len(),
            encoding: enc,
        }]
    }

    #[test]
    fn unicode_documents_give_no_run() {
        let root = concat!(env!("CARGO_MANIFEST_DIR"), "/../../fixtures/corpus");
        let mut seen = 0;
        for dir in ["seeds", "real"] {
            let Ok(entries) = std::fs::read_dir(format!("{root}/{dir}")) else {
                continue;
            };
            for e in entries.flatten() {
                let name = e.file_name().to_string_lossy().into_owned();
                if !name.ends_with(".txt") || name.starts_with("15_") || name.starts_with("16_") {
                    continue;
                }
                let Ok(text) = std::fs::read_to_string(e.path()) else {
                    continue;
                };
                let text: String = text.nfc().collect();
                assert_eq!(detect(&text), Vec::new(), "{name}");
                seen += 1;
            }
        }
        assert!(seen >= 5, "corpus not found under {root}");
    }

    #[test]
    fn one_odd_word_never_converts() {
        for text in [
            "Kích thước hạt 5 µm, dung sai 10 µm theo § 3 của quy chuẩn.\n",
            "Theo § 3, nơi ở (où) là chỗ ½ × 2.\n",
            "Công văn số 12/UBND ngày 5 tháng 3 năm 2020 của Ủy ban nhân dân.\n",
            "Ông Trương Văn Ñoäc đã ký.\n",
        ] {
            assert_eq!(detect(text), Vec::new(), "{text}");
        }
    }

    #[test]
    fn a_unicode_signer_name_stays_out_of_the_run() {
        let text = "TM. UÛY BAN NHAÂN DAÂN TÆNH\nCHUÛ TÒCH\nTrương Tấn Thiệu\n";
        let runs = detect(text);
        let t = convert(text, &runs);
        assert_eq!(
            t.text,
            "TM. ỦY BAN NHÂN DÂN TỈNH\nCHỦ TỊCH\nTrương Tấn Thiệu\n"
        );
        assert!(runs.iter().all(|r| r.encoding == Encoding::Vni));
    }

    #[test]
    fn a_legacy_line_pasted_into_a_unicode_document() {
        let text =
            "Ủy ban nhân dân tỉnh đã họp.\nC¨n cø NghÞ ®Þnh sè 86/2002/N§-CP cña ChÝnh phñ;\n\
                    Văn bản này có hiệu lực từ ngày ký.\n";
        let t = convert(text, &detect(text));
        assert_eq!(
            t.text,
            "Ủy ban nhân dân tỉnh đã họp.\nCăn cứ Nghị định số 86/2002/NĐ-CP của Chính phủ;\n\
             Văn bản này có hiệu lực từ ngày ký.\n"
        );
    }

    const LEGACY: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../../fixtures/corpus/legacy/");

    /// `UPDATE_GOLDEN=1` rewrites the `.converted.txt` files; review the diff by eye.
    #[test]
    fn corpus_conversions_match_the_goldens() {
        let cases = CORPUS_CASES;
        for &(name, src, golden, enc) in cases {
            let runs = detect(src);
            assert!(
                !runs.is_empty() && runs.iter().all(|r| r.encoding == enc),
                "{name}"
            );
            let t = convert(src, &runs);
            if std::env::var_os("UPDATE_GOLDEN").is_some() {
                let _ = std::fs::write(format!("{LEGACY}{name}.converted.txt"), &t.text);
                continue;
            }
            assert!(
                t.text == golden,
                "{name}: conversion differs from the golden"
            );
            assert!(t.text.nfc().eq(t.text.chars()), "{name}: output is not NFC");
        }
    }
}
