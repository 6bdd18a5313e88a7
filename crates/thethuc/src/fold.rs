//! Case folding that keeps byte offsets: the grammar parses a folded copy of each segment and the
//! spans it returns are valid in the original segment too.

/// Lower-cases every character whose lower case is one character of the same UTF-8 length;
/// leaves the rest (`İ`, the Kelvin sign, …) alone so that byte offsets never move.
pub fn fold_case(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        out.push(fold_char(c));
    }
    out
}

pub fn fold_char(c: char) -> char {
    if c.is_ascii() {
        return c.to_ascii_lowercase();
    }
    let mut lower = c.to_lowercase();
    match (lower.next(), lower.next()) {
        (Some(l), None) if l.len_utf8() == c.len_utf8() => l,
        _ => c,
    }
}

/// True when the text has letters and none of them is lower case.
pub fn is_upper(s: &str) -> bool {
    let mut any = false;
    for c in s.chars() {
        if c.is_lowercase() {
            return false;
        }
        any |= c.is_alphabetic();
    }
    any
}

/// Removes Vietnamese tone marks and vowel modifiers, folds case and maps `đ` to `d`:
/// for comparing words whatever their spelling (`HÕA` ~ `hòa`).
pub fn skeleton(s: &str) -> String {
    use unicode_normalization::UnicodeNormalization;
    s.nfd()
        .filter(|c| !unicode_normalization::char::is_combining_mark(*c))
        .map(|c| match c {
            'đ' | 'Đ' => 'd',
            c => fold_char(c),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

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
    }
}
