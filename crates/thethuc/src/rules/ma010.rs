use crate::diagnostic::{Edit, Fix, Message, Severity};
use crate::model::doctype::tone_insensitive;
use crate::rules::common::text::sub;
use crate::rules::common::text::trim_punctuation;
use crate::rules::{DiagnosticExt, FixAvailability, LineView, Needs, Rule, Scope};
use crate::text::syllable::{is_valid_syllable, Tone};

pub static RULE: Rule = Rule {
    code: "MA010",
    name: "invalid-syllable",
    severity: Severity::Warning,
    fix: FixAvailability::Unsafe,
    needs: Needs::Text,
    scope: Scope::Any,
    locator: "—",
    default_on: true,
    summary_vi: docs!("Chữ không phải âm tiết tiếng Việt, còn sót phím gõ Telex (`hoaf`, `ddaauf`, `truowng`)."),
    summary_en: docs!("A token that is not a Vietnamese syllable: telex keystrokes left over (`hoaf`, \
`ddaauf`, `truowng`)."),
    docs_vi: docs!("Khi bộ gõ tiếng Việt tắt hoặc gõ nhầm chế độ, các phím Telex còn nguyên trong văn bản: \
`hoaf` thay cho `hoà`, `ddaauf` thay cho `đầu`, `truowng` thay cho `trương`. Quy tắc chỉ báo một chữ \
viết thường, toàn chữ cái Latinh không dấu, không phải âm tiết tiếng Việt hợp lệ, có dấu hiệu gõ Telex \
(phím dấu `f`, `j` ở cuối, chữ đôi `dd`, `aa`, `ee`, `oo`, hoặc `w` sau nguyên âm) và khi giải mã Telex \
thì thành đúng một âm tiết tiếng Việt hợp lệ. Không báo: chữ viết hoa (tên riêng, chữ viết tắt `VLNCN`, \
`TTNT`), từ tiếng Anh (`ChatGPT`, `Share`, `Plus`), mã số, địa chỉ trang web và thư điện tử, chữ có số \
hoặc dấu nối. Sửa không an toàn: thay bằng âm tiết đã giải mã."),
    docs_en: docs!("When the Vietnamese input method is off or in the wrong mode, telex keystrokes stay in the \
text: `hoaf` for `hoà`, `ddaauf` for `đầu`, `truowng` for `trương`. The rule only reports a lower-case \
word of plain Latin letters that is not a well-formed Vietnamese syllable, shows telex keystrokes (a tone \
key `f`, `j` at the end, doubled `dd`, `aa`, `ee`, `oo`, or a `w` after a vowel) and decodes to exactly \
one well-formed syllable. Not reported: words with capitals (names, abbreviations such as `VLNCN`, \
`TTNT`), English words (`ChatGPT`, `Share`, `Plus`), codes, web and e-mail addresses, words with digits or \
hyphens. Unsafe fix: the decoded syllable instead."),
    bad: docs!("Phòng Văn hoá và Thông tin tham mưu ddaauf mối thực hiện.\n"),
    good: docs!("Phòng Văn hoá và Thông tin tham mưu đầu mối, sử dụng ChatGPT Plus và Share.\n"),
    check: crate::rules::Check::Line(check_line),
};

/// English words that decode to a Vietnamese syllable.
const ENGLISH: &str = concat!(
    "see|seen|been|teen|queen|tree|too|moon|soon|noon|room|boom|door|deer|beer|dee|",
    "lee|bee|tee|boo|loo|how|now|cow|row|bow|tow|vow|wow|mow|sow|low|of|if|chef|beef|",
    "taj|raj|hoof|goof|woof|doof|noob|coop|hoop|loop|boob|boot|root",
);

/// A line alone: its words and tokens (a `Check::Line` rule).
fn check_line(line: &LineView<'_, '_>, out: &mut Vec<crate::diagnostic::Diagnostic>) {
    let span = line.span();
    // A line of Vietnamese text: some word has Vietnamese letters.
    if !line.words().iter().any(|(_, w)| !w.is_ascii()) {
        return;
    }
    for &(at, tok) in line.tokens() {
        // The word is the token without the punctuation below at its ends, and must be small
        // ASCII letters: a token opening with anything else cannot hold one.
        if !matches!(
            tok.as_bytes().first(),
            Some(b'a'..=b'z' | b',' | b';' | b':' | b'.' | b'!' | b'?' | b'(' | b')' | b'"' | 0xE2)
        ) {
            continue;
        }
        let (offset, word) = trim_punctuation(tok);
        if word.is_empty() || !word.bytes().all(|b| b.is_ascii_lowercase()) {
            continue;
        }
        if !may_be_telex(word) || ENGLISH.split('|').any(|e| e == word) || is_valid_syllable(word) {
            continue;
        }
        let Some(decoded) = decode(word) else {
            continue;
        };
        let span_w = sub(span, at + offset, word.len());
        out.push(
            RULE.diag(
                span_w,
                format!(
                    "\"{word}\" không phải âm tiết tiếng Việt, có vẻ còn sót phím gõ Telex; \
có phải là \"{decoded}\"?"
                ),
                format!(
                    "\"{word}\" is not a Vietnamese syllable and looks like telex keystrokes \
left over; is it \"{decoded}\"?"
                ),
            )
            .with_fix(Fix::unsafe_(
                Message::new(
                    format!("Viết \"{decoded}\""),
                    format!("Write \"{decoded}\""),
                ),
                vec![Edit::replace(span_w, decoded)],
            )),
        );
    }
}

/// What `decode` needs before it can return a syllable: a `w`, a tone key `f`/`j` at the end,
/// or a doubled `a`, `e`, `o` or `d` (`aa`, `dd` once the tone keys are taken out). Most plain
/// words have none, and skip the syllable tests.
fn may_be_telex(word: &str) -> bool {
    let b = word.as_bytes();
    if b.contains(&b'w') || matches!(b.last(), Some(b'f' | b'j')) {
        return true;
    }
    let count = |l: u8| b.iter().filter(|&&x| x == l).count();
    [b'a', b'e', b'o', b'd'].into_iter().any(|l| count(l) >= 2)
}

fn is_vowel(c: char) -> bool {
    matches!(
        c,
        'a' | 'e' | 'i' | 'o' | 'u' | 'y' | 'â' | 'ă' | 'ê' | 'ô' | 'ơ' | 'ư'
    )
}

/// The syllable a lower-case telex word stands for, when the keystrokes say so unambiguously.
pub(crate) fn decode(word: &str) -> Option<String> {
    let chars: Vec<char> = word.chars().collect();
    let first_vowel = chars.iter().position(|c| is_vowel(*c))?;
    // The tone key: one of `s f r x j` after the first vowel (never a letter of a syllable there).
    let mut tone = Tone::Ngang;
    let mut tone_keys = 0;
    let mut letters: Vec<char> = Vec::new();
    for (k, &c) in chars.iter().enumerate() {
        let key = match c {
            's' => Some(Tone::Sac),
            'f' => Some(Tone::Huyen),
            'r' => Some(Tone::Hoi),
            'x' => Some(Tone::Nga),
            'j' => Some(Tone::Nang),
            _ => None,
        };
        match key {
            Some(t) if k > first_vowel => {
                tone = t;
                tone_keys += 1;
            }
            _ => letters.push(c),
        }
    }
    if tone_keys > 1 {
        return None;
    }
    // Modifiers: `dd`, `aa`, `ee`, `oo`, `aw`, `ow`, `uw`, `uow`, and a `w` typed after the final.
    let mut modified = false;
    let mut out: Vec<char> = Vec::new();
    let mut trailing_w = false;
    let mut k = 0;
    while k < letters.len() {
        let c = letters[k];
        let next = letters.get(k + 1).copied();
        match (c, next) {
            ('d', Some('d')) if k == 0 => {
                out.push('đ');
                k += 2;
                modified = true;
                continue;
            }
            ('a', Some('a')) | ('e', Some('e')) | ('o', Some('o')) => {
                out.push(match c {
                    'a' => 'â',
                    'e' => 'ê',
                    _ => 'ô',
                });
                k += 2;
                modified = true;
                continue;
            }
            ('w', _) => {
                let last = out.last().copied();
                match last {
                    Some('a') => *out.last_mut()? = 'ă',
                    Some('o') => {
                        *out.last_mut()? = 'ơ';
                        let n = out.len();
                        if n >= 2 && out[n - 2] == 'u' {
                            out[n - 2] = 'ư';
                        }
                    }
                    Some('u') => *out.last_mut()? = 'ư',
                    _ => trailing_w = true,
                }
                modified = true;
                k += 1;
                continue;
            }
            _ => {}
        }
        out.push(c);
        k += 1;
    }
    if trailing_w {
        // `w` after the final consonant: on the vowels before it (`tuongw` → `tương`).
        let vowels: Vec<usize> = (0..out.len()).filter(|&i| is_vowel(out[i])).collect();
        let cluster: String = vowels.iter().map(|&i| out[i]).collect();
        let repl: &[char] = match cluster.as_str() {
            "uo" => &['ư', 'ơ'],
            "u" => &['ư'],
            "o" => &['ơ'],
            "a" => &['ă'],
            "ua" => &['ư', 'a'],
            "uoi" => &['ư', 'ơ', 'i'],
            "uou" => &['ư', 'ơ', 'u'],
            _ => return None,
        };
        for (&i, &c) in vowels.iter().zip(repl) {
            out[i] = c;
        }
    }
    // Enough evidence of telex: a modifier, or a tone key that English words do not end with.
    let tone_evidence = tone_keys == 1 && matches!(chars.last(), Some('f' | 'j'));
    if !modified && !tone_evidence {
        return None;
    }
    if modified && !tone_evidence && tone_keys == 0 && chars.len() < 4 {
        return None;
    }
    let base: String = out.iter().collect();
    let Some(mark) = tone.mark() else {
        return is_valid_syllable(&base).then_some(base);
    };
    // Place the tone on each vowel in turn; keep the well-formed results.
    let mut found: Vec<String> = Vec::new();
    for i in (0..out.len()).filter(|&i| is_vowel(out[i])) {
        let mut s = String::new();
        for (j, c) in out.iter().enumerate() {
            s.push(*c);
            if j == i {
                s.push(mark);
            }
        }
        let s = crate::text::normalization::nfc(&s);
        if is_valid_syllable(&s) {
            found.push(s);
        }
    }
    match found.as_slice() {
        [one] => Some(one.clone()),
        // Old and new placement of the same syllable (`hoà`, `hòa`): the new one.
        [a, b] if tone_insensitive(a) == tone_insensitive(b) => {
            Some(if tone_insensitive(a) == *a {
                a.clone()
            } else {
                b.clone()
            })
        }
        _ => None,
    }
}

#[cfg(test)]
mod prefilter_tests {
    #[test]
    fn telex_decoding() {
        use super::decode;
        assert_eq!(decode("ddaauf").as_deref(), Some("đầu"));
        assert_eq!(decode("truowng").as_deref(), Some("trương"));
        assert_eq!(decode("nguowif").as_deref(), Some("người"));
        assert_eq!(decode("hoaf").as_deref(), Some("hòa"));
        assert_eq!(decode("this"), None);
        assert_eq!(decode("share"), None);
    }

    /// `decode` finds nothing in a word `may_be_telex` turns away: every word of up to five
    /// letters over the telex keys and the letters they combine with.
    #[test]
    fn may_be_telex_turns_away_no_word_decode_reads() {
        let letters: Vec<char> = "adefghijnorstuwxy".chars().collect();
        let mut words = vec![String::new()];
        let mut decoded = 0;
        for _ in 0..5 {
            let mut longer = Vec::new();
            for w in &words {
                for &c in &letters {
                    let word = format!("{w}{c}");
                    if super::decode(&word).is_some() {
                        decoded += 1;
                        assert!(super::may_be_telex(&word), "{word}");
                    }
                    longer.push(word);
                }
            }
            words = longer;
        }
        assert!(decoded > 1000, "{decoded}");
    }
}
