//! Upper and lower case for the letters Vietnamese documents are written in, without the Unicode
//! case tables: `char::to_lowercase` and `to_uppercase` bring 24 KB of tables and 7 KB of code
//! into the .wasm (10 KB gzipped), for scripts the rules never meet.
//!
//! Covered, with the same answers as the standard library: ASCII, Latin-1, Latin Extended-A,
//! `Ơ ơ Ư ư` of Latin Extended-B, and Latin Extended Additional (every accented Vietnamese
//! letter). Any other character (Greek, Cyrillic, the rest of Latin Extended-B …) is its own
//! upper and lower case here, and so is a letter whose other case is not one character (`ß`,
//! `ŉ`) or lies outside these blocks (`µ`).

/// The lower case of `c` (itself when it has none, or is outside the covered blocks).
pub fn lower(c: char) -> char {
    let u = c as u32;
    let lowered = match u {
        0x41..=0x5A => u + 0x20,
        0xC0..=0xDE if u != 0xD7 => u + 0x20,
        // `İ` lowers to `i` and a combining dot; its first character, as `to_lowercase().next()`.
        0x130 => 'i' as u32,
        0x100..=0x137 | 0x14A..=0x177 if u.is_multiple_of(2) => u + 1,
        0x139..=0x148 | 0x179..=0x17E if u % 2 == 1 => u + 1,
        0x178 => 0xFF,
        0x1A0 | 0x1AF => u + 1,
        0x1E00..=0x1E95 | 0x1EA0..=0x1EFF if u.is_multiple_of(2) => u + 1,
        0x1E9E => 0xDF,
        _ => u,
    };
    char::from_u32(lowered).unwrap_or(c)
}

/// The upper case of `c` (itself when it has none, or is outside the covered blocks).
pub fn upper(c: char) -> char {
    let u = c as u32;
    let raised = match u {
        0x61..=0x7A => u - 0x20,
        0xE0..=0xFE if u != 0xF7 => u - 0x20,
        0xFF => 0x178,
        0x131 => 'I' as u32,
        0x100..=0x137 | 0x14A..=0x177 if u % 2 == 1 => u - 1,
        0x139..=0x148 | 0x179..=0x17E if u.is_multiple_of(2) => u - 1,
        0x17F => 'S' as u32,
        0x1A1 | 0x1B0 => u - 1,
        0x1E00..=0x1E95 | 0x1EA0..=0x1EFF if u % 2 == 1 => u - 1,
        0x1E9B => 0x1E60,
        _ => u,
    };
    char::from_u32(raised).unwrap_or(c)
}

/// `text` in lower case, character by character (see [`lower`]).
pub fn lower_str(text: &str) -> String {
    text.chars().map(lower).collect()
}

/// `text` in upper case, character by character (see [`upper`]).
pub fn upper_str(text: &str) -> String {
    text.chars().map(upper).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The blocks this module answers for, as the standard library does.
    fn covered(c: char) -> bool {
        matches!(c as u32, 0..=0x17F | 0x1A0 | 0x1A1 | 0x1AF | 0x1B0 | 0x1E00..=0x1EFF)
    }

    fn single(mut chars: impl Iterator<Item = char>) -> Option<char> {
        match (chars.next(), chars.next()) {
            (Some(c), None) => Some(c),
            _ => None,
        }
    }

    #[test]
    fn covered_letters_change_case_as_the_standard_library_does() {
        for c in ('\0'..='\u{24F}')
            .chain('\u{1E00}'..='\u{1EFF}')
            .filter(|&c| covered(c))
        {
            let std_lower = single(c.to_lowercase()).unwrap_or(c);
            let std_upper = single(c.to_uppercase())
                .filter(|&u| covered(u))
                .unwrap_or(c);
            let first_lower = c.to_lowercase().next().unwrap();
            assert_eq!(
                lower(c),
                if c == 'İ' { first_lower } else { std_lower },
                "lower U+{:04X}",
                c as u32
            );
            assert_eq!(upper(c), std_upper, "upper U+{:04X}", c as u32);
        }
    }

    #[test]
    fn every_vietnamese_letter_pairs_with_its_capital() {
        let small = "aàảãáạăằẳẵắặâầẩẫấậbcdđeèẻẽéẹêềểễếệghiìỉĩíịklmnoòỏõóọôồổỗốộơờởỡớợpqrstuùủũúụưừửữứựvxyỳỷỹýỵ";
        let capital = "AÀẢÃÁẠĂẰẲẴẮẶÂẦẨẪẤẬBCDĐEÈẺẼÉẸÊỀỂỄẾỆGHIÌỈĨÍỊKLMNOÒỎÕÓỌÔỒỔỖỐỘƠỜỞỠỚỢPQRSTUÙỦŨÚỤƯỪỬỮỨỰVXYỲỶỸÝỴ";
        assert_eq!(upper_str(small), capital);
        assert_eq!(lower_str(capital), small);
    }

    #[test]
    fn other_scripts_keep_their_case() {
        for c in ['Ω', 'ω', 'Д', 'д', 'ß', 'µ', 'Ƀ', 'ƀ'] {
            assert_eq!((lower(c), upper(c)), (c, c), "{c}");
        }
        assert_eq!(upper_str("Điều 5 – Ω"), "ĐIỀU 5 – Ω");
    }
}
