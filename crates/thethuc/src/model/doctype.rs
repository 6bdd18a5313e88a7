//! The 29 types of administrative document (Điều 7) and their abbreviations (Phụ lục III).

use crate::text::case;
use crate::text::fold::fold_case;
use serde::Serialize;

/// A type of document the decree names, as recognised from the title line.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
pub struct DocType {
    /// The type name in capitals, as it heads the document (`KẾ HOẠCH`).
    pub name: &'static str,
    /// Abbreviation in the ký hiệu; `None` for công văn and thư công.
    pub abbr: Option<&'static str>,
    /// Types whose Phụ lục III sample has no trích yếu (Giấy mời, Giấy giới thiệu, …).
    pub no_trich_yeu: bool,
    /// An office's internal routing form (phiếu trình giải quyết công việc): a grid of
    /// approval boxes, with by design no place-and-date line and no Nơi nhận.
    pub routing_form: bool,
    /// Which list the type belongs to.
    pub family: Family,
}

impl DocType {
    /// Whether documents of this type have no articles (`Điều`) of their own (công văn, báo
    /// cáo, tờ trình, thông báo, kế hoạch, biên bản, công điện, giấy mời, giấy giới thiệu,
    /// tham luận): an `Điều 62` in them quotes or sums up another document's.
    pub fn has_no_articles(&self) -> bool {
        const NO_ARTICLES: &str = "CÔNG VĂN|BÁO CÁO|TỜ TRÌNH|THÔNG BÁO|KẾ HOẠCH|BIÊN BẢN|CÔNG ĐIỆN|GIẤY MỜI|GIẤY GIỚI THIỆU|THAM LUẬN";
        NO_ARTICLES.split('|').any(|n| n == self.name)
    }
}

/// Which list a type name belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Family {
    /// The 29 types of administrative document (Điều 7, Nghị định 30/2020/NĐ-CP).
    Administrative,
    /// Legal normative documents (Luật Ban hành văn bản quy phạm pháp luật 2025, Điều 4):
    /// Hiến pháp, luật, pháp lệnh, nghị định, thông tư…
    Legal,
    /// Party types the state list lacks (Hướng dẫn 05-HD/VPTW): kết luận, thông tri.
    Party,
    /// What state bodies issue under sector laws or as internal forms (giấy phép, giấy chứng
    /// nhận, phiếu trình, điều lệ…): the header, number, date and closing rules apply; the
    /// rules of the 29 types do not.
    Sector,
}

const fn t(name: &'static str, abbr: &'static str) -> DocType {
    DocType {
        name,
        abbr: Some(abbr),
        no_trich_yeu: false,
        routing_form: false,
        family: Family::Administrative,
    }
}

const fn bare(name: &'static str, abbr: &'static str) -> DocType {
    DocType {
        name,
        abbr: Some(abbr),
        no_trich_yeu: true,
        routing_form: false,
        family: Family::Administrative,
    }
}

const fn of(family: Family, name: &'static str, abbr: Option<&'static str>) -> DocType {
    DocType {
        name,
        abbr,
        no_trich_yeu: false,
        routing_form: false,
        family,
    }
}

/// An office's internal routing form (`of`, with `routing_form`).
const fn form(name: &'static str) -> DocType {
    DocType {
        name,
        abbr: None,
        no_trich_yeu: false,
        routing_form: true,
        family: Family::Sector,
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
        routing_form: false,
        family: Family::Administrative,
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
        routing_form: false,
        family: Family::Administrative,
    },
];

/// Type names outside Điều 7: legal normative documents, Party types, and what state bodies
/// issue under sector laws or as internal forms. Longer names first where one opens another.
pub const OTHER_TYPES: &[DocType] = &[
    of(Family::Legal, "HIẾN PHÁP", None),
    of(Family::Legal, "BỘ LUẬT", None),
    of(Family::Legal, "LUẬT", None),
    of(Family::Legal, "PHÁP LỆNH", None),
    of(Family::Legal, "LỆNH", None),
    of(Family::Legal, "NGHỊ ĐỊNH", Some("NĐ")),
    of(Family::Legal, "THÔNG TƯ LIÊN TỊCH", Some("TTLT")),
    of(Family::Legal, "THÔNG TƯ", Some("TT")),
    of(Family::Legal, "NGHỊ QUYẾT LIÊN TỊCH", Some("NQLT")),
    of(Family::Legal, "VĂN BẢN HỢP NHẤT", Some("VBHN")),
    of(Family::Party, "KẾT LUẬN", Some("KL")),
    of(Family::Party, "THÔNG TRI", Some("TT")),
    of(Family::Sector, "GIẤY PHÉP", Some("GP")),
    of(Family::Sector, "GIẤY CHỨNG NHẬN", Some("GCN")),
    of(Family::Sector, "GIẤY XÁC NHẬN", None),
    of(Family::Sector, "GIẤY TRIỆU TẬP", None),
    form("PHIẾU TRÌNH GIẢI QUYẾT CÔNG VIỆC"),
    form("PHIẾU TRÌNH"),
    of(Family::Sector, "PHIẾU LẤY Ý KIẾN", None),
    of(Family::Sector, "ĐIỀU LỆ", None),
    of(Family::Sector, "DANH SÁCH", None),
    of(Family::Sector, "ĐỀ CƯƠNG", None),
    of(Family::Sector, "QUY TRÌNH", None),
    of(Family::Sector, "LỊCH CÔNG TÁC", None),
    of(Family::Sector, "THÔNG CÁO BÁO CHÍ", None),
    of(Family::Sector, "BẢN CAM KẾT", None),
    of(Family::Sector, "BẢN ÁN", None),
    of(Family::Sector, "BẢN ĐÁNH GIÁ", None),
    of(Family::Sector, "THAM LUẬN", None),
    of(Family::Sector, "BẢN TỰ KIỂM ĐIỂM", None),
    of(Family::Sector, "BẢN KIỂM ĐIỂM", None),
    of(Family::Sector, "ĐƠN ĐỀ NGHỊ", None),
    of(Family::Sector, "BIÊN NHẬN", None),
    of(Family::Sector, "CÁO TRẠNG", None),
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

/// Every type name: Điều 7's, then the others.
pub fn all_types() -> impl Iterator<Item = &'static DocType> {
    TYPES.iter().chain(OTHER_TYPES)
}

/// The keys of every type (folded, new tone placement) and their skeletons (no marks), made
/// once, with the longest key's length.
struct Keys {
    exact: Vec<String>,
    skeletons: Vec<String>,
    longest: usize,
}

fn keys() -> &'static Keys {
    static KEYS: std::sync::OnceLock<Keys> = std::sync::OnceLock::new();
    KEYS.get_or_init(|| {
        let exact: Vec<String> = all_types().map(|t| comparison_key(t.name)).collect();
        let skeletons = all_types()
            .map(|t| crate::text::fold::skeleton(t.name))
            .collect();
        let longest = exact.iter().map(String::len).max().unwrap_or(0);
        Keys {
            exact,
            skeletons,
            longest,
        }
    })
}

fn nth_type(i: usize) -> Option<DocType> {
    all_types().nth(i).copied()
}

/// Finds a type by its name, whatever the case and the tone placement (`THỎA`/`THOẢ`, `ỦY`/`UỶ`),
/// then whatever its marks when the name is long enough not to be another word (`QUYÉT ĐỊNH`
/// of an OCR, `THONG TU`).
pub fn by_name(name: &str) -> Option<DocType> {
    let k = keys();
    // Folding and tone placement keep byte lengths, and marks only add bytes: a name much
    // longer than every type name is none of them (most lines asked about are sentences).
    let name = name.trim();
    if name.len() > k.longest * 2 {
        return None;
    }
    // A name that matches exactly has a type's skeleton too: most names asked about have none,
    // and are done with one string made, not three.
    let sk = crate::text::fold::skeleton(name);
    let by_skeleton = k.skeletons.iter().position(|e| *e == sk)?;
    if name.len() <= k.longest {
        let key = comparison_key(name);
        if let Some(i) = k.exact.iter().position(|e| *e == key) {
            return nth_type(i);
        }
    }
    if sk.len() < 6 {
        return None;
    }
    nth_type(by_skeleton)
}

/// The longest type name that opens `line` as whole words, and where it ends in the line.
#[cfg(test)]
pub fn by_prefix(line: &str) -> Option<(DocType, usize)> {
    let words: Vec<(usize, usize)> = {
        let mut out = Vec::new();
        let mut start = None;
        for (i, c) in line.char_indices() {
            if c.is_whitespace() {
                if let Some(s) = start.take() {
                    out.push((s, i));
                }
            } else if start.is_none() {
                start = Some(i);
            }
        }
        if let Some(s) = start {
            out.push((s, line.len()));
        }
        out
    };
    let first = words.first()?.0;
    (1..=words.len().min(7)).rev().find_map(|n| {
        let end = words[n - 1].1;
        by_name(&line[first..end]).map(|t| (t, end))
    })
}

/// Finds one of Điều 7's types by its abbreviation (exact, case-sensitive: `QĐ` is not `Qđ`).
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

/// The comparison key of a word or phrase: case folded, tone placement unified (`Hoá` = `hóa`,
/// `UỶ` = `ủy`).
pub(crate) fn comparison_key(s: &str) -> String {
    tone_insensitive(&fold_case(s))
}

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
    let lower = case::lower;
    let (f, t) = (lower(first), lower(second));
    let (_, new) = TONE_PAIRS.iter().find(|(old, _)| {
        let mut o = old.chars();
        o.next() == Some(f) && o.next() == Some(t)
    })?;
    let mut n = new.chars();
    let (a, b) = (n.next()?, n.next()?);
    let case = |like: char, c: char| {
        if crate::text::fold::is_capital(like) {
            case::upper(c)
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
    fn other_types_are_known_by_their_family() {
        assert_eq!(by_name("THÔNG TƯ").map(|t| t.family), Some(Family::Legal));
        assert_eq!(by_name("Giấy phép").map(|t| t.family), Some(Family::Sector));
        assert_eq!(by_name("QUYÉT ĐỊNH").map(|t| t.name), Some("QUYẾT ĐỊNH"));
        assert_eq!(
            by_name("QUYẾT ĐỊNH").map(|t| t.family),
            Some(Family::Administrative)
        );
        assert_eq!(
            by_prefix("THÔNG TƯ BÃI BỎ THÔNG TƯ SỐ 31/2015/TT-BYT").map(|(t, e)| (t.name, e)),
            Some(("THÔNG TƯ", "THÔNG TƯ".len()))
        );
        assert_eq!(
            by_prefix("PHIẾU TRÌNH GIẢI QUYẾT CÔNG VIỆC").map(|(t, _)| t.name),
            Some("PHIẾU TRÌNH GIẢI QUYẾT CÔNG VIỆC")
        );
        assert!(by_prefix("Ủy ban nhân dân").is_none());
        // No two names share a skeleton.
        let mut seen = std::collections::HashSet::new();
        for t in all_types() {
            assert!(
                seen.insert(crate::text::fold::skeleton(t.name)),
                "{}",
                t.name
            );
        }
    }

    #[test]
    fn names_match_whatever_the_case_and_tone_placement() {
        assert_eq!(by_name("Kế hoạch").map(|t| t.abbr), Some(Some("KH")));
        assert_eq!(by_name("BẢN THOẢ THUẬN").map(|t| t.abbr), Some(Some("BTT")));
        assert!(by_name("THƯ NGỎ").is_none());
    }
}
