//! Case folding that keeps byte offsets: the grammar parses a folded copy of each segment and the
//! spans it returns are valid in the original segment too.

use crate::text::case;

/// Lower-cases every character whose lower case is one character of the same UTF-8 length;
/// leaves the rest (`İ`, the Kelvin sign, …) alone so that byte offsets never move.
pub fn fold_case(s: &str) -> String {
    // Lengths never change, so the copy is made of the stretches that fold to themselves and
    // the folded characters between them (capitals are few), then ASCII is lowered all at once.
    // Only lead bytes (C0 and up) are decoded, and a character's other bytes are stepped over.
    let bytes = s.as_bytes();
    let mut out = String::with_capacity(s.len());
    let mut copied = 0;
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        if b < 0xC0 {
            i += 1;
            continue;
        }
        // Small letters, stepped over undecoded: Latin-1's (U+00DF–00FF, C3 9F–BF) and the
        // Vietnamese block's (odd code points of U+1EA0–1EF9, E1 BA A1 – E1 BB B9).
        match (b, bytes.get(i + 1), bytes.get(i + 2)) {
            (0xC3, Some(&b1), _) if b1 >= 0x9F => {
                i += 2;
                continue;
            }
            (0xE1, Some(&0xBA), Some(&b2)) if b2 >= 0xA0 && b2 & 1 == 1 => {
                i += 3;
                continue;
            }
            (0xE1, Some(&0xBB), Some(&b2)) if b2 <= 0xB9 && b2 & 1 == 1 => {
                i += 3;
                continue;
            }
            _ => {}
        }
        let Some(c) = s.get(i..).and_then(|rest| rest.chars().next()) else {
            i += 1;
            continue;
        };
        let folded = fold_char(c);
        if folded != c {
            out.push_str(&s[copied..i]);
            out.push(folded);
            copied = i + c.len_utf8();
        }
        i += c.len_utf8();
    }
    out.push_str(&s[copied..]);
    out.make_ascii_lowercase();
    out
}

pub fn fold_char(c: char) -> char {
    if c.is_ascii() {
        return c.to_ascii_lowercase();
    }
    // The letters of Vietnamese text, and the rest of Latin (see `case`); a lower case of
    // another length (`İ`, `ẞ`) would move the offsets.
    let lower = case::lower(c);
    if lower.len_utf8() == c.len_utf8() {
        lower
    } else {
        c
    }
}

/// `char::is_alphabetic`, answered without the Unicode tables for the letters of Vietnamese
/// text (ASCII, Latin-1 and Latin Extended-A/B, the Vietnamese block): several rules split every
/// line into words, and the table search was a tenth of a check.
pub fn is_letter(c: char) -> bool {
    match c {
        'a'..='z' | 'A'..='Z' => true,
        '\u{c0}'..='\u{24f}' => c != '\u{d7}' && c != '\u{f7}',
        '\u{1ea0}'..='\u{1ef9}' => true,
        c if c.is_ascii() => false,
        c => c.is_alphabetic(),
    }
}

/// `char::is_alphanumeric`, with `is_letter`'s shortcut for the letters of Vietnamese text.
pub fn is_letter_or_digit(c: char) -> bool {
    c.is_ascii_digit() || is_letter(c) || !c.is_ascii() && c.is_numeric()
}

/// `char::is_lowercase`, with the same shortcut as `is_letter`.
pub fn is_lower(c: char) -> bool {
    match c {
        'a'..='z' => true,
        c if c.is_ascii() => false,
        '\u{c0}'..='\u{de}' => false,
        '\u{df}'..='\u{ff}' => c != '\u{f7}',
        // The Vietnamese block pairs each capital with its small letter after it.
        '\u{1ea0}'..='\u{1ef9}' => c as u32 % 2 == 1,
        c => c.is_lowercase(),
    }
}

/// `char::is_uppercase`, with the same shortcut as `is_letter`. Inlined: MA012 asks it of
/// every letter of every word past ASCII.
#[inline]
pub fn is_capital(c: char) -> bool {
    match c {
        'A'..='Z' => true,
        c if c.is_ascii() => false,
        '\u{c0}'..='\u{de}' => c != '\u{d7}',
        '\u{df}'..='\u{ff}' => false,
        '\u{1ea0}'..='\u{1ef9}' => (c as u32).is_multiple_of(2),
        c => c.is_uppercase(),
    }
}

/// True when the text has letters and none of them is lower case.
pub fn is_upper(s: &str) -> bool {
    let mut any = false;
    for c in s.chars() {
        if is_lower(c) {
            return false;
        }
        any |= is_letter(c);
    }
    any
}

/// Removes Vietnamese tone marks and vowel modifiers, folds case and maps `đ` to `d`:
/// for comparing words whatever their spelling (`HÕA` ~ `hòa`).
pub fn skeleton(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    out.extend(s.chars().filter_map(base_char));
    out
}

/// The letter a character is written on, lower case, without marks (`Ộ` → `o`, `Đ` → `d`);
/// `None` for a combining mark (of a decomposed text). Latin letters by a table made once.
pub fn base_char(c: char) -> Option<char> {
    if c.is_ascii() {
        return Some(c.to_ascii_lowercase());
    }
    if matches!(c, 'đ' | 'Đ' | 'Ð' | 'ð') {
        return Some('d');
    }
    // Latin-1 to Latin Extended-B, and Latin Extended Additional (the Vietnamese block).
    const LOW: std::ops::RangeInclusive<u32> = 0xC0..=0x24F;
    const HIGH: std::ops::RangeInclusive<u32> = 0x1E00..=0x1EFF;
    static TABLE: std::sync::LazyLock<(Vec<char>, Vec<char>)> = std::sync::LazyLock::new(|| {
        let base = |code: u32| {
            let c = char::from_u32(code).unwrap_or(' ');
            fold_char(crate::text::normalization::first_of_nfd(c))
        };
        (LOW.map(base).collect(), HIGH.map(base).collect())
    });
    let code = c as u32;
    if LOW.contains(&code) {
        return TABLE.0.get((code - LOW.start()) as usize).copied();
    }
    if HIGH.contains(&code) {
        return TABLE.1.get((code - HIGH.start()) as usize).copied();
    }
    // (No combining mark lies in the two ranges above: the letters of Vietnamese text are
    // answered without the marks' search.)
    if crate::text::marks::is_combining_mark(c) {
        return None;
    }
    Some(fold_char(c))
}

/// The Latin letter a Cyrillic or Greek letter is drawn like (MA009 reports the mix, the
/// fix round-trip test undoes it).
pub fn latin_twin(c: char) -> Option<char> {
    Some(match c {
        // Cyrillic.
        'а' => 'a',
        'е' => 'e',
        'о' => 'o',
        'р' => 'p',
        'с' => 'c',
        'у' => 'y',
        'х' => 'x',
        'і' => 'i',
        'ј' => 'j',
        'ѕ' => 's',
        'ԁ' => 'd',
        'һ' => 'h',
        'ԛ' => 'q',
        'ԝ' => 'w',
        'ѐ' => 'è',
        'ё' => 'ë',
        'А' => 'A',
        'В' => 'B',
        'Е' => 'E',
        'К' => 'K',
        'М' => 'M',
        'Н' => 'H',
        'О' => 'O',
        'Р' => 'P',
        'С' => 'C',
        'Т' => 'T',
        'Х' => 'X',
        'У' => 'Y',
        'І' => 'I',
        'Ј' => 'J',
        'Ѕ' => 'S',
        'Ԁ' => 'D',
        'Ԛ' => 'Q',
        'Ԝ' => 'W',
        // Greek.
        'ο' => 'o',
        'ν' => 'v',
        'Α' => 'A',
        'Β' => 'B',
        'Ε' => 'E',
        'Ζ' => 'Z',
        'Η' => 'H',
        'Ι' => 'I',
        'Κ' => 'K',
        'Μ' => 'M',
        'Ν' => 'N',
        'Ο' => 'O',
        'Ρ' => 'P',
        'Τ' => 'T',
        'Υ' => 'Y',
        'Χ' => 'X',
        // The Latin eth, which converted PDFs and old fonts put for the Vietnamese `Đ`.
        'Ð' => 'Đ',
        'ð' => 'đ',
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_shortcut_classes_agree_with_the_unicode_tables() {
        for c in (0..0x3_0000).filter_map(char::from_u32) {
            assert_eq!(is_letter(c), c.is_alphabetic(), "{c:?}");
            assert_eq!(is_letter_or_digit(c), c.is_alphanumeric(), "{c:?}");
            assert_eq!(is_lower(c), c.is_lowercase(), "{c:?}");
            assert_eq!(is_capital(c), c.is_uppercase(), "{c:?}");
        }
    }

    #[test]
    fn folding_a_text_folds_each_character() {
        let text: String = ('\u{0}'..='\u{2fff}')
            .chain('\u{1e00}'..='\u{1fff}')
            .collect();
        let by_char: String = text.chars().map(fold_char).collect();
        assert_eq!(fold_case(&text), by_char);
    }

    /// The Unicode lower case where it is one character of the same length, for the letters
    /// `case` covers (Latin and the Vietnamese block); any other character is left as it is.
    #[test]
    fn the_fold_is_unicode_lower_case_on_latin_letters() {
        for c in ('\u{0}'..='\u{2fff}').chain('\u{1e00}'..='\u{1fff}') {
            let mut lower = c.to_lowercase();
            let unicode = match (lower.next(), lower.next()) {
                (Some(l), None) if l.len_utf8() == c.len_utf8() => l,
                _ => c,
            };
            let latin =
                matches!(c as u32, 0..=0x17F | 0x1A0 | 0x1A1 | 0x1AF | 0x1B0 | 0x1E00..=0x1EFF);
            let want = if latin { unicode } else { c };
            assert_eq!(fold_char(c), want, "U+{:04X}", c as u32);
        }
    }

    #[test]
    fn folding_keeps_byte_length_for_vietnamese_capitals() {
        let s = "NƠI NHẬN ĐỘC LẬP Ủy Ỷ İ K";
        let f = fold_case(s);
        assert_eq!(f.len(), s.len());
        assert!(f.starts_with("nơi nhận độc lập ủy ỷ"));
    }

    #[test]
    fn skeleton_ignores_marks() {
        assert_eq!(skeleton("CỘNG HÕA Đ"), "cong hoa d");
        assert_eq!(skeleton("Co\u{302}\u{323}ng"), "cong");
    }

    /// The table gives what decomposing each character gives.
    #[test]
    fn the_base_table_agrees_with_decomposition() {
        use unicode_normalization::UnicodeNormalization;
        for code in (0xC0..=0x24F).chain(0x1E00..=0x1EFF) {
            let Some(c) = char::from_u32(code) else {
                continue;
            };
            if matches!(c, 'đ' | 'Đ' | 'Ð' | 'ð') {
                continue;
            }
            let want = std::iter::once(c).nfd().next().map(fold_char);
            assert_eq!(base_char(c), want, "U+{code:04X}");
        }
    }
}
