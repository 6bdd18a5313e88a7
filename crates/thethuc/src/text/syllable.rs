//! Vietnamese syllable structure: is a word one well-formed Vietnamese syllable?
//!
//! A syllable is `initial? rhyme tone`: an initial consonant (`b c ch d đ g gh gi h k kh l m n ng ngh
//! nh p ph qu r s t th tr v x`, or none), a rhyme (optional medial `o`/`u`, a main vowel or vowel
//! cluster, optional final `c ch m n ng nh p t` or a semivowel `i y o u`), and at most one tone
//! mark, which must sit on the main vowel (both the old `hoà` and new `hòa` placement are accepted
//! for the open rhymes `oa oe uy`). Rhymes ending in `c ch p t` take only sắc or nặng. Spelling
//! rules: `k gh ngh` before `i e ê` (`k` also before `y`), `c g ng` elsewhere, `q` only as `qu`.
//!
//! Everything is case-insensitive. Input is expected in NFC; decomposed input is accepted too.

use crate::text::normalization::{nfc, nfd};

/// The six Vietnamese tones.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Tone {
    /// No mark (thanh ngang).
    Ngang,
    /// Grave `à` (thanh huyền).
    Huyen,
    /// Acute `á` (thanh sắc).
    Sac,
    /// Hook above `ả` (thanh hỏi).
    Hoi,
    /// Tilde `ã` (thanh ngã).
    Nga,
    /// Dot below `ạ` (thanh nặng).
    Nang,
}

impl Tone {
    /// The combining mark of this tone, or `None` for ngang.
    pub fn mark(self) -> Option<char> {
        match self {
            Tone::Ngang => None,
            Tone::Huyen => Some('\u{300}'),
            Tone::Sac => Some('\u{301}'),
            Tone::Hoi => Some('\u{309}'),
            Tone::Nga => Some('\u{303}'),
            Tone::Nang => Some('\u{323}'),
        }
    }

    fn from_mark(c: char) -> Option<Tone> {
        match c {
            '\u{300}' => Some(Tone::Huyen),
            '\u{301}' => Some(Tone::Sac),
            '\u{309}' => Some(Tone::Hoi),
            '\u{303}' => Some(Tone::Nga),
            '\u{323}' => Some(Tone::Nang),
            _ => None,
        }
    }
}

/// A parsed syllable: lower-case parts without the tone mark.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Syllable {
    /// The initial consonant (`""`, `"ngh"`, `"qu"`, `"gi"`, …).
    pub initial: String,
    /// The vowels of the rhyme (with medial), e.g. `"oa"`, `"ươ"`, `"uyê"`.
    pub vowels: String,
    /// The final consonant (`""`, `"ng"`, `"ch"`, …); a final semivowel is part of `vowels`.
    pub final_consonant: String,
    pub tone: Tone,
    /// Index (in chars) of the tone-bearing letter within `vowels`; `None` for ngang.
    pub tone_at: Option<usize>,
}

/// One letter: lower-case base with its vowel modifier (`ă â ê ô ơ ư đ`), and its tone.
#[derive(Debug, Clone, Copy)]
struct Letter {
    ch: char,
    tone: Option<Tone>,
}

fn is_vowel(c: char) -> bool {
    matches!(
        c,
        'a' | 'ă' | 'â' | 'e' | 'ê' | 'i' | 'o' | 'ô' | 'ơ' | 'u' | 'ư' | 'y'
    )
}

fn compose(base: char, modifier: Option<char>) -> Option<char> {
    Some(match (base, modifier) {
        (b, None) => b,
        ('a', Some('\u{306}')) => 'ă',
        ('a', Some('\u{302}')) => 'â',
        ('e', Some('\u{302}')) => 'ê',
        ('o', Some('\u{302}')) => 'ô',
        ('o', Some('\u{31B}')) => 'ơ',
        ('u', Some('\u{31B}')) => 'ư',
        _ => return None,
    })
}

/// A letter being read: its base, and the modifier and tone marks seen after it so far.
type Pending = Option<(char, Option<char>, Option<Tone>)>;

/// Splits a word into letters; `None` when it holds anything but Vietnamese letters and marks.
///
/// Each character is decomposed on its own (no NFD string): the marks after a letter are never
/// put in canonical order, which changes nothing, since a letter takes at most one mark of each
/// kind whatever their order and any other mark refuses the word.
fn letters(word: &str) -> Option<Vec<Letter>> {
    let mut out: Vec<Letter> = Vec::with_capacity(word.len());
    let mut pending: Pending = None;
    let mut refused = false;
    for ch in word.chars() {
        crate::text::normalization::decompose_canonical(ch, |c| {
            refused = refused || !read_letter_part(&mut out, &mut pending, c);
        });
        if refused {
            return None;
        }
    }
    if !flush_letter(&mut out, pending.take()) {
        return None;
    }
    Some(out)
}

/// Reads one character of a decomposed word; false when the word is refused.
fn read_letter_part(out: &mut Vec<Letter>, pending: &mut Pending, c: char) -> bool {
    if let Some(t) = Tone::from_mark(c) {
        match pending.as_mut() {
            Some((_, _, tone @ None)) => *tone = Some(t),
            _ => return false,
        }
    } else if matches!(c, '\u{302}' | '\u{306}' | '\u{31B}') {
        match pending.as_mut() {
            Some((_, m @ None, _)) => *m = Some(c),
            _ => return false,
        }
    } else {
        let lower = match c {
            'Đ' | 'đ' => 'đ',
            c if c.is_ascii_alphabetic() => c.to_ascii_lowercase(),
            _ => return false,
        };
        if !flush_letter(out, pending.take()) {
            return false;
        }
        *pending = Some((lower, None, None));
    }
    true
}

/// Ends the letter being read; false when its marks do not make a Vietnamese letter.
fn flush_letter(out: &mut Vec<Letter>, p: Pending) -> bool {
    if let Some((base, modifier, tone)) = p {
        match compose(base, modifier) {
            Some(ch) => {
                if tone.is_some() && !is_vowel(ch) {
                    return false;
                }
                out.push(Letter { ch, tone });
            }
            None => return false,
        }
    }
    true
}

const INITIALS: &[&str] = &[
    "ngh", "ng", "nh", "ch", "gh", "gi", "kh", "ph", "qu", "th", "tr", "b", "c", "d", "đ", "g",
    "h", "k", "l", "m", "n", "p", "r", "s", "t", "v", "x",
];

/// Vowel clusters: (vowels, may stand without a final consonant, final consonants allowed,
/// tone positions when open, tone positions when closed).
type Cluster = (
    &'static str,
    bool,
    &'static [&'static str],
    &'static [usize],
    &'static [usize],
);

const ALL: &[&str] = &["c", "ch", "m", "n", "ng", "nh", "p", "t"];
const NO_PALATAL: &[&str] = &["c", "m", "n", "ng", "p", "t"];
const NONE: &[&str] = &[];

const CLUSTERS: &[Cluster] = &[
    ("a", true, ALL, &[0], &[0]),
    ("ă", false, NO_PALATAL, &[0], &[0]),
    ("â", false, NO_PALATAL, &[0], &[0]),
    ("e", true, NO_PALATAL, &[0], &[0]),
    ("ê", true, &["ch", "m", "n", "nh", "p", "t"], &[0], &[0]),
    ("i", true, &["ch", "m", "n", "nh", "p", "t"], &[0], &[0]),
    ("o", true, NO_PALATAL, &[0], &[0]),
    ("ô", true, NO_PALATAL, &[0], &[0]),
    ("ơ", true, &["m", "n", "p", "t"], &[0], &[0]),
    ("u", true, NO_PALATAL, &[0], &[0]),
    ("ư", true, &["c", "m", "n", "ng", "t"], &[0], &[0]),
    ("y", true, NONE, &[0], &[0]),
    // Falling diphthongs ending in a semivowel, and the open ia/ua/ưa.
    ("ai", true, NONE, &[0], &[]),
    ("ao", true, NONE, &[0], &[]),
    ("au", true, NONE, &[0], &[]),
    ("ay", true, NONE, &[0], &[]),
    ("âu", true, NONE, &[0], &[]),
    ("ây", true, NONE, &[0], &[]),
    ("eo", true, NONE, &[0], &[]),
    ("êu", true, NONE, &[0], &[]),
    ("iu", true, NONE, &[0], &[]),
    ("oi", true, NONE, &[0], &[]),
    ("ôi", true, NONE, &[0], &[]),
    ("ơi", true, NONE, &[0], &[]),
    ("ui", true, NONE, &[0], &[]),
    ("ưi", true, NONE, &[0], &[]),
    ("ưu", true, NONE, &[0], &[]),
    ("ia", true, NONE, &[0], &[]),
    ("ua", true, NONE, &[0], &[]),
    ("ưa", true, NONE, &[0], &[]),
    // Centring diphthongs: need a final.
    ("iê", false, NO_PALATAL, &[], &[1]),
    ("yê", false, NO_PALATAL, &[], &[1]),
    ("uô", false, &["c", "m", "n", "ng", "t"], &[], &[1]),
    ("ươ", false, NO_PALATAL, &[], &[1]),
    ("iêu", true, NONE, &[1], &[]),
    ("yêu", true, NONE, &[1], &[]),
    ("uôi", true, NONE, &[1], &[]),
    ("ươi", true, NONE, &[1], &[]),
    ("ươu", true, NONE, &[1], &[]),
    // Medial o/u.
    ("oa", true, ALL, &[0, 1], &[1]),
    ("oă", false, NO_PALATAL, &[], &[1]),
    ("oe", true, &["n", "t"], &[0, 1], &[1]),
    ("uê", true, &["ch", "nh"], &[1], &[1]),
    ("uy", true, &["ch", "nh", "p", "t"], &[0, 1], &[1]),
    ("uơ", true, NONE, &[1], &[]),
    ("uâ", false, &["n", "ng", "t"], &[], &[1]),
    // `oo` carries its tone on the second `o` (`boóng`, `soóc`, `Loỏng`); `Lỏong` is misplaced.
    ("oo", false, &["c", "ng"], &[], &[1]),
    ("oai", true, NONE, &[1], &[]),
    ("oay", true, NONE, &[1], &[]),
    ("oao", true, NONE, &[1], &[]),
    ("oeo", true, NONE, &[1], &[]),
    ("uây", true, NONE, &[1], &[]),
    ("uya", true, NONE, &[1], &[]),
    ("uyu", true, NONE, &[1], &[]),
    ("uyê", false, &["n", "t"], &[], &[2]),
];

fn cluster(v: &str) -> Option<&'static Cluster> {
    CLUSTERS.iter().find(|c| c.0 == v)
}

/// True when `word` is one well-formed Vietnamese syllable (any case).
///
/// Remembered per thread: Vietnamese has a few thousand syllables, and the legacy detection and
/// the rules ask about the same words again and again, while `parse` builds several strings. The
/// memory is bounded (cleared past `MEMO_LIMIT` words), and the answer is the same either way.
pub fn is_valid_syllable(word: &str) -> bool {
    const MEMO_LIMIT: usize = 50_000;
    thread_local! {
        static MEMO: std::cell::RefCell<std::collections::HashMap<Box<str>, bool, foldhash::fast::FixedState>> =
            std::cell::RefCell::new(std::collections::HashMap::default());
    }
    // A syllable has at most 8 letters; longer words are parsed (and refused) without a memo.
    if word.len() > 32 {
        return parse(word).is_some();
    }
    MEMO.with(|memo| {
        if let Some(&known) = memo.borrow().get(word) {
            return known;
        }
        let valid = parse(word).is_some();
        let mut memo = memo.borrow_mut();
        if memo.len() >= MEMO_LIMIT {
            memo.clear();
        }
        memo.insert(word.into(), valid);
        valid
    })
}

/// Parses one syllable; `None` when the word is not a well-formed Vietnamese syllable.
pub fn parse(word: &str) -> Option<Syllable> {
    let letters = letters(word)?;
    if letters.is_empty() || letters.len() > 8 {
        return None;
    }
    let s: String = letters.iter().map(|l| l.ch).collect();

    // Initial consonant (longest match); `gi` before a consonant or at the end is g + vowel i.
    let mut initial = INITIALS
        .iter()
        .find(|i| s.starts_with(**i))
        .copied()
        .unwrap_or("");
    let mut ini_len = initial.chars().count();
    if initial == "gi" && !letters.get(2).is_some_and(|l| is_vowel(l.ch)) {
        initial = "g";
        ini_len = 1;
    }
    if initial == "gi" && letters.get(1).is_some_and(|l| l.tone.is_some()) {
        return None;
    }
    if initial == "qu" && letters.get(1).is_some_and(|l| l.tone.is_some()) {
        return None;
    }
    if s.starts_with('q') && initial != "qu" {
        return None;
    }
    // Vowels, then the final consonant.
    let rest = &letters[ini_len..];
    let nv = rest.iter().take_while(|l| is_vowel(l.ch)).count();
    if nv == 0 {
        return None;
    }
    let vowels: String = rest[..nv].iter().map(|l| l.ch).collect();
    let final_consonant: String = rest[nv..].iter().map(|l| l.ch).collect();
    let mut tones = rest[..nv]
        .iter()
        .enumerate()
        .filter_map(|(i, l)| l.tone.map(|t| (i, t)));
    let first_tone = tones.next();
    if tones.next().is_some() || letters[..ini_len].iter().any(|l| l.tone.is_some()) {
        return None;
    }
    let (tone, tone_at) = match first_tone {
        Some((i, t)) => (t, Some(i)),
        None => (Tone::Ngang, None),
    };
    let first = vowels.chars().next()?;

    // Which cluster table entry, with the adjustments after `qu` and `gi`.
    let g_i = initial == "g" && first == 'i' && s.starts_with("gi");
    let (open_ok, finals, open_pos, closed_pos): (bool, &[&str], &[usize], &[usize]) =
        if initial == "qu" {
            // `qu` carries the medial u: the rest is a plain rhyme, `y` behaves as in `uy`.
            if matches!(first, 'u' | 'ư' | 'o') {
                return None;
            }
            if vowels == "y" {
                (true, &["ch", "nh", "p", "t"], &[0], &[0])
            } else if vowels == "yê" {
                (false, &["n", "t"], &[], &[1])
            } else {
                let c = cluster(&vowels)?;
                (c.1, c.2, c.3, c.4)
            }
        } else if initial == "gi" {
            if first == 'i' {
                return None;
            }
            if vowels == "ê" {
                // gi + iê written with one i: giếng, giêng, giết.
                (true, ALL, &[0], &[0])
            } else {
                let c = cluster(&vowels)?;
                (c.1, c.2, c.3, c.4)
            }
        } else {
            let c = cluster(&vowels)?;
            (c.1, c.2, c.3, c.4)
        };

    if final_consonant.is_empty() {
        if !open_ok {
            return None;
        }
    } else if !finals.contains(&final_consonant.as_str()) {
        return None;
    }
    if let Some(i) = tone_at {
        let allowed = if final_consonant.is_empty() {
            open_pos
        } else {
            closed_pos
        };
        if !allowed.contains(&i) {
            return None;
        }
    }
    if matches!(final_consonant.as_str(), "c" | "ch" | "p" | "t")
        && !matches!(tone, Tone::Sac | Tone::Nang)
    {
        return None;
    }

    // Spelling of the velars before front vowels.
    let front = matches!(first, 'i' | 'e' | 'ê');
    match initial {
        "k" if !(front || first == 'y') => return None,
        "c" if front || first == 'y' => return None,
        "gh" | "ngh" if !front => return None,
        "g" if front && !g_i => return None,
        "ng" if front => return None,
        _ => {}
    }
    Some(Syllable {
        initial: initial.to_owned(),
        vowels,
        final_consonant,
        tone,
        tone_at,
    })
}

/// The tone of a word (the first tone mark found), `Ngang` when it has none.
pub fn tone_of(word: &str) -> Tone {
    nfd(word)
        .chars()
        .find_map(Tone::from_mark)
        .unwrap_or(Tone::Ngang)
}

/// The word without its tone marks, keeping case and vowel modifiers (`Hoà` → `Hoa`, `Đức` →
/// `Đưc`); NFC.
pub fn strip_tone(word: &str) -> String {
    let toneless: String = nfd(word)
        .chars()
        .filter(|c| Tone::from_mark(*c).is_none())
        .collect();
    nfc(&toneless)
}

#[cfg(test)]
mod tests {
    /// Decomposing each character on its own reads the same letters as reading the word's NFD
    /// (marks in canonical order): on every word of the corpus, on each letter with its marks in
    /// every order, and on marks where no letter takes them.
    #[test]
    fn letters_read_as_from_the_nfd() {
        fn by_nfd(word: &str) -> Option<Vec<(char, Option<super::Tone>)>> {
            let (mut out, mut pending) = (Vec::new(), None);
            for c in super::nfd(word).chars() {
                if !super::read_letter_part(&mut out, &mut pending, c) {
                    return None;
                }
            }
            super::flush_letter(&mut out, pending)
                .then_some(out.iter().map(|l| (l.ch, l.tone)).collect())
        }
        let ours = |w: &str| {
            super::letters(w).map(|v| v.iter().map(|l| (l.ch, l.tone)).collect::<Vec<_>>())
        };
        let mut words: Vec<String> = crate::test_corpus::texts()
            .iter()
            .flat_map(|t| {
                t.split(|c: char| !c.is_alphanumeric() && !('\u{300}'..='\u{36f}').contains(&c))
                    .map(str::to_owned)
                    .collect::<Vec<_>>()
            })
            .collect();
        let marks = [
            '\u{300}', '\u{301}', '\u{302}', '\u{303}', '\u{306}', '\u{309}', '\u{31B}', '\u{323}',
            '\u{308}',
        ];
        for base in [
            'a', 'e', 'o', 'u', 'd', 'â', 'ê', 'ơ', 'ư', 'ạ', 'ế', 'Ậ', 'đ', 'k',
        ] {
            for m1 in marks {
                for m2 in marks {
                    words.push(format!("t{base}{m1}{m2}n"));
                    words.push(format!("{m1}{base}{m2}"));
                }
            }
        }
        words.extend(["한", "ﬁ", "Å", "\u{212b}", "ǅ", "Ω"].map(str::to_owned));
        let mut refused = 0;
        for w in &words {
            assert_eq!(ours(w), by_nfd(w), "{w:?}");
            refused += usize::from(ours(w).is_none());
        }
        assert!(
            words.len() > 10_000 && refused > 1_000,
            "{} words, {refused} refused",
            words.len()
        );
    }

    /// The remembered answer is the parser's, asked once or many times, and after the memo was
    /// cleared for being full.
    #[test]
    fn the_memo_answers_as_the_parser_does() {
        let words = [
            "hoà", "hòa", "ddaauf", "Nghiêng", "quốc", "kiểm", "ciêm", "gìn", "xyz", "a",
        ];
        for round in 0..3 {
            for w in words {
                assert_eq!(
                    is_valid_syllable(w),
                    parse(w).is_some(),
                    "{w} in round {round}"
                );
            }
        }
        for n in 0..60_000u32 {
            let w = format!("x{n}");
            assert!(!is_valid_syllable(&w));
        }
        for w in words {
            assert_eq!(
                is_valid_syllable(w),
                parse(w).is_some(),
                "{w} after clearing"
            );
        }
    }

    use super::*;

    const REAL: &str = "Ủy UỶ ban nhân dân tỉnh Bình Phước cộng hòa hoà xã hội chủ nghĩa Việt Nam \
        Độc lập Tự do Hạnh phúc Số Quyết định Đồng Xoài ngày tháng năm về việc phê duyệt kế hoạch \
        thực hiện quy hoạch sử dụng rừng đất và chuyển ra khỏi lâm phần sau rà soát loại căn cứ \
        luật tổ chức của thủ tướng chính phủ quy chế quản lý thông báo văn phòng kết luận tại buổi \
        làm việc với lãnh đạo ý kiến phó hoàng trung hải kiểm tra hoàn chỉnh báo cáo quả lại theo chỉ \
        thị giai đoạn chương trình hành động triển khai nhiệm vụ giải quyết di dân ổn gắn bảo vệ \
        phát kinh tế chăn nuôi đại gia súc xét đề nghị sở nông nghiệp thôn tờ trình điều gọi tắt là \
        giao tài nguyên môi trường huyện thị phân công chủ trì phối hợp các ban ngành liên quan \
        hướng dẫn dõi đôn đốc giám sát tổng định kỳ hàng quý chánh ông bà đơn vị có chịu trách \
        thi hành này hiệu lực kể từ ký bộ trưởng thuế suất một mặt trong biểu nhập khẩu ưu đãi \
        chức năng quyền hạn cơ cấu ngang máy khung danh mục nhóm chịu kèm nghị quyết thường \
        khoá khóa xuất điều hành lắp ráp xe hai bánh gắn phụ tùng chỉ đạo công thép sản phẩm \
        khi xoá bỏ biện pháp hạn phôi tổng cục thứ trưởng lưu tòa án kiểm sát tối cao \
        thuở khuya khuỷu nguyễn nguệch huynh huých quỳnh quýt quyết quyển giếng giêng giữ gìn \
        gì giờ giường giữa người ngoằn ngoèo oẳn tù tì xoong boong boóng soóc Loỏng yêu yên uống ước ếch ạch \
        kìa của mưa lửa thuỷ thủy khoẻ khỏe hoè hòe ghi ghế nghe nghiêng kê kia ký kỹ quê quà \
        việc tiếng chuyện tuyết khuất khuây loằng xoăn hoặc uyển khoét chiêm nhiếp thuốc buồm \
        đường";

    #[test]
    fn real_words_are_valid() {
        let bad: Vec<&str> = REAL
            .split_whitespace()
            .filter(|w| !is_valid_syllable(w))
            .collect();
        assert!(bad.is_empty(), "rejected: {bad:?}");
    }

    #[test]
    fn non_words_are_invalid() {
        for w in [
            "hoaf",
            "ddaauf",
            "truowng",
            "chatgpt",
            "ce",
            "ge",
            "ngi",
            "ghu",
            "ngàc",
            "hòan",
            "cuả",
            "qủa",
            "Lỏong",
            "sóoc",
            "gìa",
            "quu",
            "q",
            "",
            "123",
            "a-b",
            "th",
            "hàt",
            "cảp",
            "xyz",
            "Ñoäc",
            "b\u{301}a",
            "anhh",
            "oo",
            "kiêu\u{301}",
            "ăa",
            "ww",
            "tiện\u{301}",
            "ky\u{301}t",
        ] {
            assert!(!is_valid_syllable(w), "accepted {w:?}");
        }
    }

    #[test]
    fn tone_helpers() {
        assert_eq!(tone_of("Hoà"), Tone::Huyen);
        assert_eq!(tone_of("Việt"), Tone::Nang);
        assert_eq!(tone_of("ban"), Tone::Ngang);
        assert_eq!(strip_tone("Việt"), "Viêt");
        assert_eq!(strip_tone("ĐỨC"), "ĐƯC");
        let s = parse("Nghiêng").expect("valid");
        assert_eq!((s.initial.as_str(), s.vowels.as_str()), ("ngh", "iê"));
        assert_eq!(s.final_consonant, "ng");
        let s = parse("quyết").expect("valid");
        assert_eq!((s.tone, s.tone_at), (Tone::Sac, Some(1)));
    }

    #[test]
    fn decomposed_input_is_accepted() {
        assert!(is_valid_syllable("Vie\u{323}\u{302}t"));
        assert!(is_valid_syllable("Vie\u{302}\u{323}t"));
    }
}
