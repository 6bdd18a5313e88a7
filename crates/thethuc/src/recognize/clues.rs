//! Word-level clues the recogniser's parts share: what a line's words look like (capitals, a
//! person's name, a rank, a body's name, a position title, scan debris), and how long a number or
//! a date at the start of a text runs. Leaf functions over text: they know no line kinds and no
//! tree, so the grammar, the cutter and the assembler can all use them.

use crate::text::fold::{fold_case, is_upper, skeleton};
use crate::text::phrases;

pub(crate) fn floor_boundary(text: &str, mut at: usize) -> usize {
    while !text.is_char_boundary(at) {
        at -= 1;
    }
    at
}

pub(crate) fn is_position_words(t: &str) -> bool {
    let f = fold_case(t);
    POSITION_HEADS.iter().any(|h| f.starts_with(h)) || is_scanned_position(t)
}

/// `Nơi nhận:` with its first letter lost or misread by a scan (`ơi nhận:`, `Với nhận:`): the
/// phrase within one letter, then its colon.
pub(crate) fn is_scanned_label(head: &str) -> bool {
    // The colon first: most lines have none near their start, and the tolerant search is costly.
    memchr::memchr(b':', head.as_bytes()).is_some()
        && phrases::find(head, phrases::NOI_NHAN)
            .is_some_and(|m| m.start == 0 && head[m.end as usize..].trim_start().starts_with(':'))
}

/// `Nơi nhận:` as a scan glued it, the space between its words lost (`Noinhận:`, `Nơinhận:`):
/// one word spelling the two, then its colon. Where the label ends (before its colon).
pub(crate) fn glued_label_end(line: &str) -> Option<usize> {
    let colon = line.find(':')?;
    let word = &line[..colon];
    // `Noinhận` is seven letters; a longer head is no label.
    (word.len() <= 12 && !word.contains(char::is_whitespace) && skeleton(word) == "noinhan")
        .then_some(colon)
}

/// A two-letter prefix whose second letter a scan misread (`KÍ` for `KT`): a capital every
/// prefix but `Q.` opens with, then one marked capital (no plain one: `TP.HỒ CHÍ MINH`, `TX.`).
pub(crate) fn is_garbled_prefix_letters(p: &str) -> bool {
    let mut cs = p.chars();
    matches!(
        (cs.next(), cs.next(), cs.next()),
        (Some('K' | 'T'), Some(second), None)
            if !second.is_ascii()
                && crate::text::fold::is_letter(second)
                && crate::text::fold::is_capital(second)
    )
}

/// `is_garbled_prefix_letters` glued to the title by its period (`KÍ.GIÁM ĐÓC` for `KT.GIÁM
/// ĐỐC`). The prefix with its stop.
pub(crate) fn garbled_glued_prefix(w: &str) -> Option<&str> {
    let (prefix, title) = w.split_once('.')?;
    (is_garbled_prefix_letters(prefix) && title.starts_with(crate::text::fold::is_capital))
        .then(|| &w[..prefix.len() + 1])
}

/// A line a seal or the hand over it left in the closing, read as letters (`\ TAY B0`, `⁄ NC`,
/// `Œ£T: U TRƯỜNG :`): five words at most, no small letter and no recipient's dash, bearing a
/// mark no title, recipient or unit's code holds: a backslash, a fraction slash, `£`, `Œ`, `°`,
/// or a zero glued to a capital in a short word (`B0`, the `O` read as a figure; a unit's
/// code numbers from one: `P2`).
pub(crate) fn is_seal_debris(t: &str) -> bool {
    let t = t.trim();
    let words = t.split_whitespace().count();
    let figure_for_letter = |w: &str| {
        let cs: Vec<char> = w.chars().collect();
        cs.len() <= 3
            && cs.windows(2).any(|p| {
                p[0] == '0' && crate::text::fold::is_capital(p[1])
                    || crate::text::fold::is_capital(p[0]) && p[1] == '0'
            })
    };
    (1..=5).contains(&words)
        && !t.starts_with(['-', '–', '+'])
        && !t.chars().any(crate::text::fold::is_lower)
        && (t
            .chars()
            .any(|c| matches!(c, '\\' | '⁄' | '£' | 'Œ' | 'œ' | '°'))
            || t.split_whitespace().any(figure_for_letter))
}

/// What a scan kept of the signer's name under the seal and the signature, its family name
/// misread in lower case (`tiễn Thanh Hải` for `Nguyễn Thanh Hải`): one short word in lower
/// case, then a name in title case. Prose in lower case goes on in lower case (`của các đơn
/// vị`); a word before a name (`của Nguyễn Văn An`) is for the caller to rule out by place.
pub(crate) fn is_scanned_name_remnant(t: &str) -> bool {
    let t = t.trim();
    let Some((first, rest)) = t.split_once(' ') else {
        return false;
    };
    let given: Vec<&str> = rest.split_whitespace().collect();
    (2..=6).contains(&first.chars().count())
        && first.chars().all(crate::text::fold::is_lower)
        && (2..=4).contains(&given.len())
        && given.iter().all(|w| {
            w.starts_with(crate::text::fold::is_capital)
                && w.chars().skip(1).all(crate::text::fold::is_lower)
        })
        && is_person_name(rest)
        && !looks_like_body_name(rest)
}

/// A few specks a scan left beside a line or on a line of their own (`D 4`, `⁄⁄`, `ý ]—`, `: _.
/// A2`, `__ 5mm xí`): up to four words of at most three letters or digits each, eight in all,
/// none of them a code in capitals (`VT`, `GĐ`, `PGĐ`) and no note in brackets (`(b/c)`).
pub(crate) fn is_scan_debris(tail: &str) -> bool {
    let words: Vec<&str> = tail.split_whitespace().collect();
    let kept: Vec<Vec<char>> = words
        .iter()
        .map(|w| {
            w.chars()
                .filter(|&c| crate::text::fold::is_letter_or_digit(c))
                .collect()
        })
        .collect();
    // Codes are written in plain capitals, `Đ` the only marked one, and open their word
    // (`_NG` is a stamp's letters after a speck).
    let code = |(w, k): (&&str, &Vec<char>)| {
        k.len() >= 2
            && k.iter().all(|&c| c.is_ascii_uppercase() || c == 'Đ')
            && w.chars().next().is_some_and(crate::text::fold::is_letter)
    };
    let letters: usize = kept.iter().map(Vec::len).sum();
    !words.is_empty()
        && words.len() <= 4
        && !(tail.trim_start().starts_with('(') && letters > 0)
        && kept.iter().all(|k| k.len() <= 3)
        && !words.iter().zip(&kept).any(code)
        && letters <= 8
}

/// A position title in capitals as a scan reads it, its marks lost or misread (`PHO GIAM ĐỌC`,
/// `GIÁM ĐÓC`, `HU TỊCH` for `CHỦ TỊCH`): a known opening, tolerantly, at its start.
pub(crate) fn is_scanned_position(t: &str) -> bool {
    let t = t.trim_start_matches(|c: char| !crate::text::fold::is_letter(c));
    if !crate::text::fold::is_upper(t) || t.split_whitespace().count() > 10 {
        return false;
    }
    let sk = phrases::Skeleton::of(t);
    // Whole words (`PHÒNG` does not open with `PHÓ`): the search matches from word to word.
    SCANNED_POSITION_HEADS
        .iter()
        .any(|&h| phrases::find_in(&sk, h).is_some_and(|m| m.start == 0))
}

/// A title a seal or a stamp garbled past `is_scanned_position`, read where the signature's
/// column stands (`WU TƯỜNG`, `ai RỦ TƯỚNG`, `PT ƯỞNG BAN`, `NHƯ hưởng`): after a scan's speck of
/// two letters, a known title (`vn PHO TONG GIAM ĐỌC`), or two to four words, one of the first
/// three `TƯỚNG`/`TRƯỞNG` within an edit (`TƯỜNG`, `ƯỞNG`, `hưởng`) and the others in capitals;
/// no body's name (`TRƯỜNG ĐẠI HỌC`) nor a recipient's end (`;`).
pub(crate) fn is_garbled_title(t: &str) -> bool {
    let t = t.trim_start_matches(|c: char| !crate::text::fold::is_letter(c));
    let t = match t.split_once(' ') {
        Some((speck, rest)) if speck.chars().count() <= 2 && !is_upper(speck) => rest,
        _ => t,
    };
    const TITLE: phrases::Phrase = phrases::Phrase {
        skeleton: "tuong",
        max_edits: 1,
    };
    let words: Vec<&str> = t.split_whitespace().collect();
    let title = |w: &&str| phrases::is_whole(w, TITLE);
    is_scanned_position(t)
        || (2..=4).contains(&words.len())
            && words.iter().take(3).any(title)
            && words.iter().all(|w| is_upper(w) || title(w))
            && !t.ends_with(';')
            && !looks_like_body_name(t)
}

/// The enacting line without its colon (`QUYẾT ĐỊNH`, a scan's `QUYÉT ĐỊNH`): the word alone
/// in capitals, whatever slip a scan made in its marks. It ends the preamble (ND016 reports the
/// lost colon); it is no wrapped line of a `Theo đề nghị …,` that ends with a comma.
pub(crate) fn is_colonless_enacting(t: &str) -> bool {
    let t = t.trim();
    is_upper(t)
        && !t.contains(':')
        && matches!(
            crate::text::fold::skeleton(t)
                .split_whitespace()
                .collect::<Vec<_>>()
                .join(" ")
                .as_str(),
            "quyet dinh" | "quyet nghi"
        )
}

/// The first `max` bytes of `s` or a little less, cut after a word: what a component that
/// opens `s` can span. A grammar that fails on a text builds its error from the whole line, so
/// it is never handed the rest of a long line (a document run together on one line).
pub(crate) fn bounded(s: &str, max: usize) -> &str {
    if s.len() <= max {
        return s;
    }
    let mut end = max;
    while !s.is_char_boundary(end) {
        end -= 1;
    }
    match s[..end].rfind([' ', '\t', '\n']) {
        Some(space) if space > 0 => &s[..space],
        _ => &s[..end],
    }
}

/// At least 80 % of the letters are capitals (tolerates a stray lower-case letter from OCR).
pub fn mostly_upper(s: &str) -> bool {
    let (upper, letters) = s
        .chars()
        .filter(|c| crate::text::fold::is_letter(*c))
        .fold((0, 0), |(u, l), c| {
            (u + usize::from(crate::text::fold::is_capital(c)), l + 1)
        });
    letters > 0 && upper * 5 >= letters * 4 || is_upper(s)
}

/// A name without the quotation mark a scan may read a speck as before it (`“Thái Văn Tài`):
/// is_person_name reads the name after it, CK007 judges its case from there.
pub fn without_speck_quote(name: &str) -> &str {
    name.trim_start_matches(['"', '“', '”', '\'', '‘'])
}

/// Whether a text of some length is Vietnamese without its marks: fewer than one letter in two
/// hundred outside ASCII (Vietnamese text has one in five or so: `ư`, `ơ`, `đ`, every tone).
pub fn without_vietnamese_marks<'a>(lines: impl Iterator<Item = &'a str>) -> bool {
    const ENOUGH: usize = 300;
    let (mut plain, mut marked) = (0usize, 0usize);
    for c in lines.flat_map(str::chars) {
        if c.is_ascii_alphabetic() {
            plain += 1;
        } else if !c.is_ascii() && crate::text::fold::is_letter(c) {
            marked += 1;
        }
    }
    plain + marked >= ENOUGH && marked * 200 < plain + marked
}

pub fn is_person_name(t: &str) -> bool {
    let t = without_speck_quote(t.trim_start());
    let mut words: Vec<&str> = t.split_whitespace().collect();
    // A title opens with its capital: `ông Nguyễn Văn An` in lower case is prose.
    while words
        .first()
        .is_some_and(|w| w.starts_with(crate::text::fold::is_capital) && is_honorific_token(w))
    {
        words.remove(0);
    }
    if is_scanned_title(&words) {
        words.remove(0);
    }
    // An officer of the armed forces or the police signs with the rank (`Thượng tướng Lê Huy
    // Vịnh`), as their ministries' rules have it.
    if let Some(n) = rank_words(&words) {
        words.drain(..n);
    }
    if !(2..=6).contains(&words.len()) {
        return false;
    }
    let first = fold_case(words[0]);
    let folded = fold_case(&words.join(" "));
    if POSITION_PHRASES.iter().any(|p| folded.starts_with(p)) {
        return false;
    }
    let first_upper = |w: &str| w.chars().next().is_some_and(crate::text::fold::is_capital);
    let all_letters = |w: &str| w.chars().all(crate::text::fold::is_letter);
    if !words.iter().all(|w| all_letters(w)) {
        return false;
    }
    let all_caps = words
        .iter()
        .all(|w| w.chars().all(crate::text::fold::is_capital));
    if all_caps {
        // `VĂN PHÒNG` (Văn is a family name too) is a body, not a signer.
        return is_surname(&first) && !looks_like_body_name(&words.join(" "));
    }
    // A scan lost the first letters of the family name (`guyên Quốc Việt`, `rịnh Việt Hùng`):
    // what is left of it is the end of a family name, four letters at least.
    if words.len() >= 3
        && words[0].chars().all(crate::text::fold::is_lower)
        && words[1..].iter().all(|w| first_upper(w))
    {
        let left = skeleton(words[0]);
        return left.len() >= 4
            && SURNAMES.split('|').any(|s| {
                let whole = skeleton(s);
                whole.len() > left.len() && whole.ends_with(&left)
            });
    }
    let capitalised = words.iter().all(|w| first_upper(w));
    let lower = words
        .iter()
        .all(|w| w.chars().all(crate::text::fold::is_lower));
    capitalised || (lower && words.len() <= 4 && is_surname(&first))
}

/// How many words of a rank open `words` (`Thượng tướng`, `Phó Đô đốc`), if any.
/// Compared on skeletons: a scan misreads the marks (`Thiểu tướng` for `Thiếu tướng`).
pub(crate) fn rank_words(words: &[&str]) -> Option<usize> {
    [3, 2].into_iter().find(|&n| {
        words.len() > n && {
            let written = skeleton(&words[..n].join(" "));
            RANKS.iter().any(|r| skeleton(r) == written)
        }
    })
}

/// `Ủy ban nhân dân tỉnh Lào Cai`, `Sở Công Thương`: a lower-case issuer (CQ002 reports it).
pub(crate) fn looks_like_body_name(t: &str) -> bool {
    let f = fold_case(t);
    const HEADS: &[&str] = &[
        "ủy ban",
        "uỷ ban",
        "ubnd",
        "sở ",
        "bộ ",
        "ban ",
        "phòng ",
        "cục ",
        "tổng cục",
        "văn phòng",
        "hội đồng",
        "trường ",
        "viện ",
        "trung tâm",
        "chi cục",
        "thanh tra",
        "kho bạc",
        "tòa án",
        "toà án",
        "viện kiểm sát",
        "công an",
        "bộ chỉ huy",
        "đảng ủy",
        "đảng uỷ",
        "tỉnh ủy",
        "tỉnh uỷ",
        "huyện ủy",
        "huyện uỷ",
        "thành ủy",
        "thành uỷ",
        "hội ",
        "liên đoàn",
        "đoàn ",
        "công ty",
        "tập đoàn",
        "bệnh viện",
        "đại học",
        "học viện",
        "chính phủ",
        "quốc hội",
        "thủ tướng",
        "chủ tịch",
        "mặt trận",
        "liên minh",
    ];
    HEADS.iter().any(|h| f.starts_with(h)) && !t.ends_with(['.', ';', ','])
}

/// Opening words of position titles.
pub(crate) const POSITION_HEADS: &[&str] = &[
    "phó",
    "chủ tịch",
    "giám đốc",
    "bộ trưởng",
    "thứ trưởng",
    "trưởng",
    "chánh",
    "bí thư",
    "tổng",
    "cục trưởng",
    "vụ trưởng",
    "viện trưởng",
    "hiệu trưởng",
    "thủ trưởng",
    "chỉ huy",
    "q.",
    "quyền",
    "ủy viên",
    "uỷ viên",
    "kế toán",
    "chủ nhiệm",
    "tư lệnh",
    "trưởng ban",
    "người",
    "thư ký",
    "thủ tướng",
];

/// The skeletons of the usual position titles' openings, each with the letters a scan may
/// misread in it: one in a title of two words, none in a single word (`PHO`, `TONG`).
pub(crate) const SCANNED_POSITION_HEADS: &[phrases::Phrase] = {
    const fn p(skeleton: &'static str, max_edits: u32) -> phrases::Phrase {
        phrases::Phrase {
            skeleton,
            max_edits,
        }
    }
    &[
        p("pho", 0),
        p("tong", 0),
        p("chanh", 0),
        p("quyen", 0),
        p("chu tich", 1),
        p("giam doc", 1),
        p("bo truong", 1),
        p("thu truong", 1),
        p("bi thu", 1),
        p("cuc truong", 1),
        p("vu truong", 1),
        p("vien truong", 1),
        p("hieu truong", 1),
        p("chu nhiem", 1),
        p("tu lenh", 1),
        p("thu ky", 1),
    ]
};

/// The mark a copy puts where the signature was: `(Đã ký)`, `[đã ký]`, `(Đã ký và đóng dấu)`.
pub(crate) fn is_signed_mark(t: &str) -> bool {
    matches!(
        crate::text::fold::skeleton(t).trim(),
        "(da ky)" | "[da ky]" | "(da ky va dong dau)"
    )
}

/// Degrees and ranks, written with or without periods, alone or chained (`PGS.TS.`), or with
/// the period misplaced (`Th.s`).
const DEGREES: &[&str] = &[
    "ts", "ths", "pgs", "gs", "ks", "bs", "tskh", "bscki", "bsckii", "bsck1", "bsck2", "ds", "ls",
    "kts", "ncs", "cn",
];

/// Honorific words (folded).
pub(crate) const TITLES: &[&str] = &["ông", "bà", "đ/c"];

/// A title or degree before a name (`Ông`, `TS.`, `PGS.TS.`, `Th.s`).
pub(crate) fn is_honorific_token(word: &str) -> bool {
    let f = fold_case(word);
    if TITLES.contains(&f.as_str()) {
        return true;
    }
    let parts: Vec<&str> = f.split('.').filter(|p| !p.is_empty()).collect();
    !parts.is_empty()
        && (parts.iter().all(|p| DEGREES.contains(p)) || DEGREES.contains(&parts.concat().as_str()))
}

/// Ranks of the armed forces and the police, written before an officer's name.
pub(crate) const RANKS: &[&str] = &[
    "đại tướng",
    "thượng tướng",
    "trung tướng",
    "thiếu tướng",
    "đại tá",
    "thượng tá",
    "trung tá",
    "thiếu tá",
    "đại úy",
    "đại uý",
    "thượng úy",
    "thượng uý",
    "trung úy",
    "trung uý",
    "thiếu úy",
    "thiếu uý",
    "chuẩn úy",
    "chuẩn uý",
    "đô đốc",
    "phó đô đốc",
    "chuẩn đô đốc",
];

/// Phrases that open a position title, never a person's name (`Phó Giám Đốc` typed in title
/// case). Whole words only: `Tổng` is also a family name (`Tổng Thanh Hải`).
pub(crate) const POSITION_PHRASES: &[&str] = &[
    "phó ",
    "giám đốc",
    "chủ tịch",
    "trưởng ",
    "thứ trưởng",
    "bộ trưởng",
    "chánh văn phòng",
    "chánh thanh tra",
    "tổng giám đốc",
    "tổng cục trưởng",
    "tổng thư ký",
    "tổng biên tập",
    "cục trưởng",
    "vụ trưởng",
    "viện trưởng",
    "hiệu trưởng",
    "bí thư",
    "ủy viên",
    "uỷ viên",
    "thủ trưởng",
];

/// Whether a folded word is a family name of `SURNAMES`.
pub(crate) fn is_surname(folded: &str) -> bool {
    SURNAMES.split('|').any(|s| s == folded)
}

/// Family names, folded, to tell a signer's name from a position line or a body's name.
pub(crate) const SURNAMES: &str = concat!(
    "nguyễn|trần|lê|phạm|hoàng|huỳnh|phan|vũ|võ|đặng|bùi|đỗ|hồ|ngô|dương|lý|đinh|",
    "đoàn|trương|lương|lưu|mai|cao|đào|tạ|hà|tô|trịnh|vương|lâm|quách|thái|chu|phùng|",
    "khổng|kiều|lại|tống|triệu|từ|la|nông|lò|hứa|giang|âu|văn|lục|tăng|",
    // Rarer names, and those of the northern uplands' peoples (Hmong, Dao).
    "giàng|sùng|thào|doãn|diệp|khuất|lã|khương",
);

/// Family names that are also words opening a heading in capitals (`TỔNG HỢP Ý KIẾN`, `NGHIÊM
/// CẤM`, `PHÍ VÀ LỆ PHÍ`, `VI PHẠM`, `ĐÀM PHÁN`): a name only on a line the reader already set in
/// the signature block (`is_signature_surname`), never a clue that a line is a name.
const SURNAMES_ALSO_WORDS: &str =
    "tổng|nghiêm|phí|vi|ninh|hàn|ông|thân|giáp|vàng|đậu|bạch|mạc|đàm|hầu";

/// Whether a folded word is a family name of a signer whose line is already in the signature
/// block: `SURNAMES` and the names that are also common words.
pub(crate) fn is_signature_surname(folded: &str) -> bool {
    is_surname(folded) || SURNAMES_ALSO_WORDS.split('|').any(|s| s == folded)
}

/// A person's name: two to six words, each capitalised (or, after a family name, all in capitals,
/// which CK007 reports), optionally after honorifics (which CK006 reports).
/// Academic titles a scan garbled (`PÈS.T§KH/` for `PGS.TSKH.`) as the first of `words`: a
/// word with a period and no lower case letter, before a whole name (three words or more)
/// that opens with a family name.
pub(crate) fn is_scanned_title(words: &[&str]) -> bool {
    words.len() >= 4
        && words[0].contains('.')
        && !words[0].chars().any(crate::text::fold::is_lower)
        && words[0]
            .chars()
            .filter(|c| crate::text::fold::is_capital(*c))
            .count()
            >= 2
        && is_surname(&fold_case(words[1]))
}

/// A legal document's type named before its number, with the colon that tells it from a
/// sentence citing one (`Luật số: 140/2025/QH15`, `Nghị quyết liên tịch số: …`; not `Quyết định
/// số 917/QĐ-BHXH.`): the byte length of the type and its space in `folded`, which then goes on
/// with `số`.
pub(crate) fn typed_number_lead(folded: &str) -> Option<usize> {
    const TYPED: &[&str] = &[
        "luật ",
        "bộ luật ",
        "pháp lệnh ",
        "lệnh ",
        "nghị quyết ",
        "nghị quyết liên tịch ",
    ];
    TYPED
        .iter()
        .find(|p| {
            folded.starts_with(**p)
                && folded[p.len()..].starts_with("số")
                && folded[p.len() + "số".len()..].trim_start().starts_with(':')
        })
        .map(|p| p.len())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A degree with its period misplaced (`Th.s`, a college's notice, 2012) is a degree as
    /// `ThS.` is; the name after it is a name.
    #[test]
    fn degrees_however_their_periods_fall() {
        for w in [
            "ThS.", "Th.s", "Th.S", "ths", "PGS.TS.", "TS", "CN.", "Ông", "ÔNG", "Đ/c",
        ] {
            assert!(is_honorific_token(w), "{w}");
        }
        for w in ["Thiện", "T.h", "Số", "VT."] {
            assert!(!is_honorific_token(w), "{w}");
        }
        assert!(is_person_name("Th.s Bùi Đình Thiện"));
        assert!(is_person_name("PGS.TS. Lê Thanh Sơn"));
        assert!(!is_person_name("Th.s Phòng Đào tạo"));
        assert!(!is_person_name("ths Bùi Đình Thiện"));
    }

    /// Signers from the northern uplands write family names of their peoples (Hmong `Giàng`,
    /// `Sùng`, `Thào`; Tày `Nông`, `Hoàng`): a name in capitals under the position opens with one.
    #[test]
    fn family_names_of_the_uplands_open_a_name_in_capitals() {
        for name in [
            "GIÀNG SEO PHỬ",
            "THÀO XUÂN SÙNG",
            "SÙNG A HỒ",
            "DOÃN VĂN BÔNG",
        ] {
            assert!(is_person_name(name), "{name}");
        }
        // A heading of a report in capitals is no name, though `Tổng` is a family name too.
        assert!(!is_person_name("TỔNG HỢP Ý KIẾN GÓP Ý"));
        assert!(!is_person_name("NGHIÊM CẤM"));
        assert!(!is_person_name("VĂN PHÒNG"));
        assert!(!is_person_name("PHÓ GIÁM ĐỐC"));
    }

    /// A text typed without its marks is told by the share of marked letters: fewer than one
    /// in two hundred. A place name typed with its marks (`Đà Nẵng`, three marked letters) in
    /// six hundred letters is one in two hundred exactly, and the text still reads as
    /// Vietnamese with its marks; with one plain letter more it reads as a text without.
    #[test]
    fn fewer_than_one_marked_letter_in_two_hundred_is_a_text_without_marks() {
        let unmarked = "Can cu Ke hoach so 663/KH-DHTD ngay 24/7/2024 cua Hieu truong Truong Dai hoc Tay Do ve viec to chuc lam viec.\n".repeat(10);
        let with_letters = |n: usize| {
            let end = unmarked
                .char_indices()
                .filter(|(_, c)| c.is_ascii_alphabetic())
                .nth(n)
                .map_or(unmarked.len(), |(i, _)| i);
            &unmarked[..end]
        };
        let place = "Đà Nẵng"; // Đ, à, ẵ marked; N, n, g plain
        for letters in 590..=610 {
            let lines = [with_letters(letters - 6), place];
            assert_eq!(
                without_vietnamese_marks(lines.into_iter()),
                letters > 600,
                "{letters} letters, three of them marked"
            );
        }
    }
}
