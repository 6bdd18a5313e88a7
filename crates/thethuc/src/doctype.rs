//! The 29 types of administrative document (Điều 7) and their abbreviations (Phụ lục III).

use crate::fold::fold_case;
use serde::Serialize;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
pub struct DocType {
    /// The type name in capitals, as it heads the document (`KẾ HOẠCH`).
    pub name: &'static str,
    /// Abbreviation in the ký hiệu; `None` for công văn and thư công.
    pub abbr: Option<&'static str>,
    /// Types whose Phụ lục III sample has no trích yếu (Giấy mời, Giấy giới thiệu, …).
    pub no_trich_yeu: bool,
}

const fn t(name: &'static str, abbr: &'static str) -> DocType {
    DocType {
        name,
        abbr: Some(abbr),
        no_trich_yeu: false,
    }
}

const fn bare(name: &'static str, abbr: &'static str) -> DocType {
    DocType {
        name,
        abbr: Some(abbr),
        no_trich_yeu: true,
    }
}

/// Điều 7 order.
pub const TYPES: &[DocType] = &[
    t("NGHỊ QUYẾT", "NQ"),
    t("QUYẾT ĐỊNH", "QĐ"),
    t("CHỈ THỊ", "CT"),
    t("QUY CHẾ", "QC"),
    t("QUY ĐỊNH", "QyĐ"),
    t("THÔNG CÁO", "TC"),
    t("THÔNG BÁO", "TB"),
    t("HƯỚNG DẪN", "HD"),
    t("CHƯƠNG TRÌNH", "CTr"),
    t("KẾ HOẠCH", "KH"),
    t("PHƯƠNG ÁN", "PA"),
    t("ĐỀ ÁN", "ĐA"),
    t("DỰ ÁN", "DA"),
    t("BÁO CÁO", "BC"),
    t("BIÊN BẢN", "BB"),
    t("TỜ TRÌNH", "TTr"),
    t("HỢP ĐỒNG", "HĐ"),
    DocType {
        name: "CÔNG VĂN",
        abbr: None,
        no_trich_yeu: false,
    },
    t("CÔNG ĐIỆN", "CĐ"),
    t("BẢN GHI NHỚ", "BGN"),
    t("BẢN THỎA THUẬN", "BTT"),
    bare("GIẤY ỦY QUYỀN", "GUQ"),
    bare("GIẤY MỜI", "GM"),
    bare("GIẤY GIỚI THIỆU", "GGT"),
    bare("GIẤY NGHỈ PHÉP", "GNP"),
    bare("PHIẾU GỬI", "PG"),
    bare("PHIẾU CHUYỂN", "PC"),
    bare("PHIẾU BÁO", "PB"),
    DocType {
        name: "THƯ CÔNG",
        abbr: None,
        no_trich_yeu: true,
    },
];

/// Abbreviations of copies (bản sao), valid in a ký hiệu too.
pub const COPY_ABBRS: &[&str] = &["SY", "TrS", "SL"];

/// Retired abbreviations (TT 01/2011) and the current form.
pub const RETIRED_ABBRS: &[(&str, &str)] = &[
    ("GN", "BGN"),
    ("TTh", "BTT"),
    ("UQ", "GUQ"),
    ("NP", "GNP"),
    ("QĐi", "QyĐ"),
];

/// Finds a type by its name, whatever the case and the tone placement (`THỎA`/`THOẢ`, `ỦY`/`UỶ`).
pub fn by_name(name: &str) -> Option<DocType> {
    // The types' keys, made once. Folding and tone placement keep byte lengths, so a name longer
    // than every type name is none of them (most lines asked about are sentences).
    static KEYS: std::sync::OnceLock<(Vec<String>, usize)> = std::sync::OnceLock::new();
    let (keys, longest) = KEYS.get_or_init(|| {
        let keys: Vec<String> = TYPES
            .iter()
            .map(|t| tone_insensitive(&fold_case(t.name)))
            .collect();
        let longest = keys.iter().map(String::len).max().unwrap_or(0);
        (keys, longest)
    });
    let name = name.trim();
    if name.len() > *longest {
        return None;
    }
    let key = tone_insensitive(&fold_case(name));
    keys.iter().position(|k| *k == key).map(|i| TYPES[i])
}

/// Finds a type by its abbreviation (exact, case-sensitive: `QĐ` is not `Qđ`).
pub fn by_abbr(abbr: &str) -> Option<DocType> {
    TYPES.iter().find(|t| t.abbr == Some(abbr)).copied()
}

/// Old tone placement and its new counterpart, lower case (`oà`/`òa`, `uỷ`/`ủy`).
pub const TONE_PAIRS: &[(&str, &str)] = &[
    ("oà", "òa"),
    ("oá", "óa"),
    ("oả", "ỏa"),
    ("oã", "õa"),
    ("oạ", "ọa"),
    ("oè", "òe"),
    ("oé", "óe"),
    ("oẻ", "ỏe"),
    ("oẽ", "õe"),
    ("oẹ", "ọe"),
    ("uỳ", "ùy"),
    ("uý", "úy"),
    ("uỷ", "ủy"),
    ("uỹ", "ũy"),
    ("uỵ", "ụy"),
];

/// Maps old tone placement to new (`oà`→`òa`, `uỷ`→`ủy`, any case) so both spellings compare equal.
pub fn tone_insensitive(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut chars = s.chars().peekable();
    while let Some(c) = chars.next() {
        if matches!(c, 'o' | 'O' | 'u' | 'U') {
            if let Some((a, b)) = chars.peek().and_then(|&next| new_placement(c, next)) {
                out.push(a);
                out.push(b);
                chars.next();
                continue;
            }
        }
        out.push(c);
    }
    out
}

/// The new-style spelling of an old-style pair (`o` + `à` → `ò` + `a`), keeping each letter's case.
fn new_placement(first: char, second: char) -> Option<(char, char)> {
    let lower = |c: char| c.to_lowercase().next().unwrap_or(c);
    let (f, t) = (lower(first), lower(second));
    let (_, new) = TONE_PAIRS.iter().find(|(old, _)| {
        let mut o = old.chars();
        o.next() == Some(f) && o.next() == Some(t)
    })?;
    let mut n = new.chars();
    let (a, b) = (n.next()?, n.next()?);
    let case = |like: char, c: char| {
        if like.is_uppercase() {
            c.to_uppercase().next().unwrap_or(c)
        } else {
            c
        }
    };
    Some((case(first, a), case(second, b)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn old_and_new_tone_placement_compare_equal_in_any_case() {
        assert_eq!(
            tone_insensitive("Văn hoá, Uỷ ban, THUỶ LỢI, hòa"),
            "Văn hóa, Ủy ban, THỦY LỢI, hòa"
        );
        assert_eq!(tone_insensitive("khoẻ UỶ"), "khỏe ỦY");
        assert_eq!(tone_insensitive("quý"), tone_insensitive("qúy"));
        assert_eq!(tone_insensitive("oai ua"), "oai ua");
    }

    #[test]
    fn twenty_nine_types_and_twenty_seven_abbreviations() {
        assert_eq!(TYPES.len(), 29);
        assert_eq!(TYPES.iter().filter(|t| t.abbr.is_some()).count(), 27);
    }

    #[test]
    fn names_match_whatever_the_case_and_tone_placement() {
        assert_eq!(by_name("Kế hoạch").map(|t| t.abbr), Some(Some("KH")));
        assert_eq!(by_name("BẢN THOẢ THUẬN").map(|t| t.abbr), Some(Some("BTT")));
        assert!(by_name("THƯ NGỎ").is_none());
    }
}
