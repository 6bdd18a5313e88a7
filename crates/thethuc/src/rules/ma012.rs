use crate::diagnostic::{Diagnostic, Edit, Fix, Message, Severity};
use crate::rules::common::text::sub;
use crate::rules::{DiagnosticExt, FixAvailability, LineView, Needs, Rule, Scope};
use crate::text::syllable::{is_valid_syllable, strip_tone, tone_of};

pub static RULE: Rule = Rule {
    code: "MA012",
    name: "misplaced-tone",
    severity: Severity::Error,
    fix: FixAvailability::Safe,
    needs: Needs::Text,
    scope: Scope::Any,
    locator: "PL-I I (TCVN 6909:2001)",
    default_on: true,
    summary_vi: docs!("Dấu thanh trên nguyên âm mà cả cách bỏ dấu cũ lẫn mới đều không đặt (`cuả` → `của`)."),
    summary_en: docs!("A tone mark where neither the old nor the new placement puts it (`cuả` → `của`)."),
    docs_vi: docs!("Dấu thanh của một âm tiết tiếng Việt đặt trên nguyên âm chính. Chỉ các vần `oa`, `oe`, `uy` \
không có âm cuối mới có hai cách đặt (kiểu cũ `hoà`, `thuỷ`; kiểu mới `hòa`, `thủy`), mọi vần khác chỉ \
có một chỗ: `của`, `mùa`, `người`, `quá` (chữ `u` sau `q` thuộc phụ âm đầu), `giữa`, `Loỏng`. Dấu đặt \
sai chỗ (`cuả`, `muà`, `qúa`, `Lỏong`) thường do gõ bộ gõ kiểu tự do hoặc sửa tay, nhìn lướt vẫn thấy \
đúng nên dễ lọt qua khâu soát văn bản. Quy tắc báo một chữ không phải âm tiết hợp lệ, có đúng một dấu \
thanh, và dời dấu sang nguyên âm khác thì thành âm tiết hợp lệ. Không \
xét: chữ có chữ hoa ở giữa (chữ viết tắt), chữ có chữ số, dấu nối, địa chỉ trang web và thư điện tử, \
chữ nước ngoài và tên riêng nước ngoài (dời dấu cũng không thành âm tiết tiếng Việt: `axít`, `José`), chữ \
hai nguyên âm không có phụ âm (`Ưì` thường là chữ `Vì` nhận dạng sai). Sửa an toàn khi chỉ có một chỗ \
đặt dấu đúng; khi có hai chỗ (kiểu cũ và kiểu mới, chỉ gặp ở `gi` + `oa`, `oe`, `uy`) sửa không an toàn \
theo kiểu mới."),
    docs_en: docs!("The tone mark of a Vietnamese syllable sits on its main vowel. Only the open rhymes `oa`, \
`oe`, `uy` have two placements (old `hoà`, `thuỷ`; new `hòa`, `thủy`); every other rhyme has one: \
`của`, `mùa`, `người`, `quá` (the `u` after `q` belongs to the initial), `giữa`, `Loỏng`. A misplaced \
mark (`cuả`, `muà`, `qúa`, `Lỏong`), typed with a free-placement input method or edited by hand, looks \
right at a glance and survives proof-reading. The rule reports a word that is not a well-formed \
syllable, has exactly one tone mark, and becomes one when the mark moves to another vowel. Not considered: words with capitals inside (abbreviations), words with \
digits or hyphens, web and e-mail addresses, foreign words and names (not a Vietnamese syllable \
with the mark moved either: `axít`, `José`), two vowels with no consonant (`Ưì` is mostly `Vì` \
misread). The fix is safe when one placement is right; where two are (the old and the new style, met \
only in `gi` + `oa`, `oe`, `uy`) it is unsafe, in the new style."),
    bad: docs!("Bán kính tác động cuả chấn động được xác định như sau.\n"),
    good: docs!("Bán kính tác động của chấn động; hoà giải, hòa giải, quá trình.\n"),
    check: crate::rules::Check::Line(check_line),
};

/// A line alone: its tokens (a `Check::Line` rule).
fn check_line(line: &LineView<'_, '_>, out: &mut Vec<Diagnostic>) {
    let span = line.span();
    for &(at, tok) in line.tokens() {
        // Most tokens lack two vowels or a letter with a tone mark: told from the bytes.
        if !may_be_misplaced(tok) {
            continue;
        }
        let (offset, word) = crate::rules::common::text::trim_punctuation(tok);
        let Some(right) = right_placements(word) else {
            continue;
        };
        // Two right places are the old and the new style of `gi` + `oa`, `oe`, `uy` (not
        // words of the language, but shapes of a syllable): the new one, as ND30 writes,
        // unsafe. One right place: safe.
        let (to, safe) = match right.as_slice() {
            [one] => (&one.1, true),
            [a, b] => (if a.0 < b.0 { &a.1 } else { &b.1 }, false),
            _ => continue,
        };
        let span_w = sub(span, at + offset, word.len());
        let message = Message::new(format!("Viết \"{to}\""), format!("Write \"{to}\""));
        let edits = vec![Edit::replace(span_w, to.clone())];
        out.push(
            RULE.diag(
                span_w,
                format!("\"{word}\" đặt dấu thanh sai chỗ; viết \"{to}\"."),
                format!("\"{word}\" has its tone mark on the wrong vowel; write \"{to}\"."),
            )
            .with_fix(if safe {
                Fix::safe(message, edits)
            } else {
                Fix::unsafe_(message, edits)
            }),
        );
    }
}

/// The well-formed syllables a word becomes when its one tone mark moves to another vowel (with
/// the index of that vowel among the letters), when the word is a Vietnamese syllable with its
/// mark misplaced; `None` for every other word.
pub(crate) fn right_placements(word: &str) -> Option<Vec<(usize, String)>> {
    let mut chars = word.chars();
    let first = chars.next()?;
    // Letters only (no digits, hyphens, addresses, detached marks: MA011's), and a word's case:
    // lower, capitalised or all capitals; a capital inside is an abbreviation. One pass over
    // the letters: this runs on every word with a letter past ASCII.
    if !crate::text::fold::is_letter(first) {
        return None;
    }
    let (mut rest_upper, mut rest_lower) = (true, true);
    // Whether every letter is one that holds no tone mark (ASCII, `ă â ê ô ơ ư đ`): then there
    // is no mark to move, and the syllable memo need not be asked.
    let mut toneless = is_toneless(first);
    // At most the number of vowels: a mark has somewhere to move only with two vowels or more
    // (on the one vowel it gives the word back). Every letter past ASCII but `đ` is counted,
    // since a consonant with a mark turns the word away below anyway.
    let mut vowels = usize::from(maybe_vowel(first));
    for c in chars {
        if !crate::text::fold::is_letter(c) {
            return None;
        }
        let capital = crate::text::fold::is_capital(c);
        rest_upper &= capital;
        rest_lower &= !capital;
        toneless &= is_toneless(c);
        vowels += usize::from(maybe_vowel(c));
    }
    if toneless
        || vowels < 2
        || !(rest_lower || (rest_upper && crate::text::fold::is_capital(first)))
    {
        return None;
    }
    if is_valid_syllable(word) {
        return None;
    }
    let mark = tone_of(word).mark()?;
    if crate::text::normalization::nfd(word)
        .chars()
        .filter(|c| is_tone_mark(*c))
        .count()
        != 1
    {
        return None;
    }
    // A consonant with a mark but `đ` (`ñ`, `ĺ`, `ç`) is a foreign letter.
    if word
        .chars()
        .any(|c| !c.is_ascii() && !is_vowel(c) && !matches!(c, 'đ' | 'Đ'))
    {
        return None;
    }
    // Moving the mark must give a Vietnamese syllable (a foreign word gives none). The word
    // without its mark may not be one: `hoat` lacks the tone a final `t` needs.
    let base = strip_tone(word);
    let letters: Vec<char> = base.chars().collect();
    // Two vowels and no consonant (`Ưì`) is as often a misread word (`Vì`) as a misplaced mark.
    if letters.len() <= 2 && letters.iter().all(|&c| is_vowel(c)) {
        return None;
    }
    let mut right = Vec::new();
    for (k, &c) in letters.iter().enumerate() {
        if !is_vowel(c) {
            continue;
        }
        let mut moved = String::with_capacity(base.len() + 2);
        for (j, &l) in letters.iter().enumerate() {
            moved.push(l);
            if j == k {
                moved.push(mark);
            }
        }
        let moved = crate::text::normalization::nfc(&moved);
        if moved != word && is_valid_syllable(&moved) {
            right.push((k, moved));
        }
    }
    (!right.is_empty()).then_some(right)
}

/// A letter whose decomposition holds no tone mark: ASCII, or a vowel with only its modifier.
/// Whether `tok` may hold a word `right_placements` takes, from its bytes alone: two vowels or
/// more and a letter past ASCII that may carry a tone mark. Never false for such a word: the
/// whole token is counted (punctuation adds nothing or more), and as in `right_placements`
/// every character past ASCII but `đ` counts as a vowel, and as toned unless it is one of
/// `ă â ê ô ơ ư` (`is_toneless`). Most tokens are ruled out here without decoding a character.
fn may_be_misplaced(tok: &str) -> bool {
    let bytes = tok.as_bytes();
    let (mut vowels, mut toned) = (0usize, false);
    for (i, &b) in bytes.iter().enumerate() {
        if b < 0x80 {
            // `| 0x20` lowers an ASCII capital; no other byte becomes a vowel.
            vowels += usize::from(matches!(b | 0x20, b'a' | b'e' | b'i' | b'o' | b'u' | b'y'));
            continue;
        }
        // A character's lead byte (continuation bytes are 0x80–0xBF).
        if b < 0xC0 {
            continue;
        }
        match (b, bytes.get(i + 1).copied().unwrap_or(0)) {
            // đ Đ
            (0xC4, 0x90 | 0x91) => {}
            // â Â ê Ê ô Ô, ă Ă, ơ Ơ ư Ư
            (0xC3, 0xA2 | 0x82 | 0xAA | 0x8A | 0xB4 | 0x94)
            | (0xC4, 0x82 | 0x83)
            | (0xC6, 0xA0 | 0xA1 | 0xAF | 0xB0) => vowels += 1,
            _ => {
                vowels += 1;
                toned = true;
            }
        }
    }
    vowels >= 2 && toned
}

fn is_toneless(c: char) -> bool {
    c.is_ascii()
        || matches!(
            c,
            'ă' | 'Ă' | 'â' | 'Â' | 'ê' | 'Ê' | 'ô' | 'Ô' | 'ơ' | 'Ơ' | 'ư' | 'Ư' | 'đ' | 'Đ'
        )
}

/// A vowel, or a letter past ASCII other than `đ` (a vowel, or a foreign consonant that
/// `right_placements` refuses): never false for a vowel.
fn maybe_vowel(c: char) -> bool {
    if c.is_ascii() {
        matches!(
            c,
            'a' | 'e' | 'i' | 'o' | 'u' | 'y' | 'A' | 'E' | 'I' | 'O' | 'U' | 'Y'
        )
    } else {
        !matches!(c, 'đ' | 'Đ')
    }
}

fn is_tone_mark(c: char) -> bool {
    matches!(c, '\u{300}' | '\u{301}' | '\u{303}' | '\u{309}' | '\u{323}')
}

fn is_vowel(c: char) -> bool {
    let base = crate::text::normalization::first_of_nfd(c).to_ascii_lowercase();
    matches!(base, 'a' | 'e' | 'i' | 'o' | 'u' | 'y')
}

#[cfg(test)]
mod tests {
    use super::right_placements;

    #[test]
    fn misplaced_marks_move_to_the_main_vowel() {
        for (wrong, right) in [
            ("cuả", "của"),
            ("CUẢ", "CỦA"),
            ("Cuả", "Của"),
            ("qúa", "quá"),
            ("Lỏong", "Loỏng"),
            ("muà", "mùa"),
            ("ngươì", "người"),
            ("th\u{1ee7}\u{1a1}", "thuở"),
            ("hoaì", "hoài"),
            ("giưã", "giữa"),
            ("họat", "hoạt"),
            ("HỌAT", "HOẠT"),
        ] {
            let wrong = crate::text::normalization::nfc(wrong);
            let got =
                right_placements(&wrong).map(|v| v.into_iter().map(|r| r.1).collect::<Vec<_>>());
            assert_eq!(got, Some(vec![right.to_owned()]), "{wrong}");
        }
    }

    /// A mark on the `i` of `gi` before `oa`, `oe`, `uy` (the only words with two right places:
    /// the old and the new style) is moved to the new style's place, unsafe; one place is safe.
    #[test]
    fn two_right_places_give_the_new_style_unsafe() {
        let fix_of = |text: &str| {
            let config = crate::Config {
                select: vec!["MA012".into()],
                ..crate::Config::default()
            };
            let report = crate::check_str(text, &config);
            let d = &report.diagnostics[0];
            let f = &d.fixes[0];
            (f.edits[0].replacement.clone(), f.applicability)
        };
        use crate::Applicability::{Safe, Unsafe};
        assert_eq!(fix_of("Hoà giải, g\u{1ecb}oa.\n"), ("giọa".into(), Unsafe));
        assert_eq!(fix_of("Hoà giải, cuả.\n"), ("của".into(), Safe));
    }

    /// `maybe_vowel` is never false for a vowel (it rules out words before the syllable
    /// memo is asked), and a mark on a word's one vowel has nowhere to move.
    #[test]
    fn one_vowel_leaves_the_mark_nowhere_to_move() {
        for c in ('\u{0}'..='\u{2000}').chain('\u{1e00}'..='\u{1eff}') {
            assert!(!super::is_vowel(c) || super::maybe_vowel(c), "{c:?}");
        }
        assert!(!super::maybe_vowel('đ') && !super::maybe_vowel('n'));
        for word in ["định", "Đặng", "thẳng", "ĐỨC", "nghĩ", "chắc"] {
            assert_eq!(right_placements(word), None, "{word}");
        }
    }

    /// The byte test never rules out a word `right_placements` takes, whatever its case or
    /// the punctuation around it; and it rules out the words without two vowels or a mark.
    #[test]
    fn the_byte_test_keeps_every_misplaced_mark() {
        let toned = "àáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ";
        let vowels = ["a", "e", "i", "o", "u", "y", "ă", "â", "ê", "ô", "ơ", "ư"];
        let mut words = Vec::new();
        // Every toned vowel before and after every vowel, between consonants.
        for t in toned.chars() {
            for v in vowels {
                for (a, b) in [("", ""), ("ng", "c"), ("qu", "n"), ("gi", "")] {
                    words.push(format!("{a}{t}{v}{b}"));
                    words.push(format!("{a}{v}{t}{b}"));
                }
            }
        }
        for w in words {
            for word in [
                w.clone(),
                crate::text::case::upper_str(&w),
                format!("({w}),"),
                format!("“{w}”"),
            ] {
                let (_, inner) = crate::rules::common::text::trim_punctuation(&word);
                if right_placements(inner).is_some() {
                    assert!(super::may_be_misplaced(&word), "{word}");
                }
            }
        }
        for word in ["của", "cuả", "CUẢ", "(qúa),"] {
            assert!(super::may_be_misplaced(word), "{word}");
        }
        for word in ["định", "Đặng", "nghĩ", "ưu", "HĐND", "co-op", "12/2026"] {
            assert!(!super::may_be_misplaced(word), "{word}");
        }
    }

    /// The letters `is_toneless` lets through hold no tone mark in any form.
    #[test]
    fn toneless_letters_decompose_without_a_tone_mark() {
        for c in "ăĂâÂêÊôÔơƠưƯđĐ".chars().chain((0..128u8).map(char::from)) {
            assert!(super::is_toneless(c));
            let nfd = crate::text::normalization::nfd(&c.to_string());
            assert!(!nfd.chars().any(super::is_tone_mark), "{c}");
        }
        for c in "àáảãạằẮẩỗựýỲĩŨ".chars() {
            assert!(!super::is_toneless(c), "{c}");
        }
    }

    #[test]
    fn right_words_names_and_foreign_words_are_left_alone() {
        for word in [
            "của",
            "hoà",
            "hòa",
            "thuỷ",
            "thủy",
            "quý",
            "giữa",
            "gìn",
            "Loỏng",
            "tiềng",
            "axít",
            "José",
            "café",
            "HĐND",
            "CuẢ",
            "cuả1",
            "co-op",
            "khuỷu",
            "nghiêng",
            "viêc\u{323}",
            "a",
            "Ưì",
            "aỉ",
            "ĺoa",
            "ñgoa",
        ] {
            assert_eq!(right_placements(word), None, "{word}");
        }
    }
}
