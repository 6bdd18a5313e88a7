use crate::diagnostic::{Edit, Fix, Message, Severity};
use crate::document::Span;
use crate::rules::{Ctx, DiagnosticExt, FixAvailability, Needs, Rule, Scope};

pub static RULE: Rule = Rule {
    code: "MA004",
    name: "space-before-punctuation",
    severity: Severity::Warning,
    fix: FixAvailability::Safe,
    needs: Needs::Text,
    scope: Scope::Any,
    locator: "—",
    default_on: true,
    summary_vi: "Có dấu cách trước dấu câu `, . ; : ) ? !`.",
    summary_en: "Space before `, . ; : ) ? !`.",
    docs_vi: docs!("Theo quy tắc chính tả tiếng Việt, các dấu câu `, . ; : ) ? !` viết liền sau chữ đứng trước, \
sau dấu câu mới có dấu cách (`báo cáo, đề xuất`, không viết `báo cáo , đề xuất`). Dấu cách thừa trước dấu \
câu thường do gõ vội hoặc do sao chép, làm dấu câu có thể bị đẩy xuống đầu dòng khi dàn trang. Không báo: \
dấu kết thúc `./.`, dấu ba chấm hoặc dãy dấu chấm để trống (`ngày ... tháng`), khoảng trống trong ngoặc \
của dự thảo (`(      )`), dòng bắt đầu bằng dấu câu, dấu chấm hoặc hai chấm viết liền chữ phía sau \
(`.pdf`), dấu câu thừa đứng sau một dấu câu và một dấu cách (`- Như trên; :`, đó là dấu gõ thừa chứ không \
phải dấu cách đặt sai), dòng rác do nhận dạng ảnh (OCR) con dấu, chữ ký. Sửa an toàn: xóa các dấu cách trước dấu câu."),
    docs_en: docs!("In Vietnamese spelling the marks `, . ; : ) ? !` follow the preceding word without a space; \
the space comes after the mark (`báo cáo, đề xuất`, not `báo cáo , đề xuất`). A space before the mark \
usually comes from hasty typing or copy and paste, and lets the mark wrap to the start of a line. Not \
reported: the end mark `./.`, an ellipsis or a run of dots standing for a blank (`ngày ... tháng`), a \
draft's blank between brackets (`(      )`), a line that starts with a mark, a period or colon written \
against the following word (`.pdf`), a stray mark after a mark and a space (`- Như trên; :`, a mark \
typed twice, not a space put before one), debris lines from OCR of seals and signatures. Safe fix: the spaces before the mark are deleted."),
    bad: "Các đơn vị kịp thời báo cáo , đề xuất gửi Sở Khoa học và Công nghệ.\n",
    good: "Các đơn vị kịp thời báo cáo, đề xuất gửi Sở Khoa học và Công nghệ./.\n",
    check,
};

// ---- Helpers shared by the MA family (text layer). ----

/// A space inside a line: blanks, tabs, no-break and other Unicode spaces.
pub(crate) fn is_space(c: char) -> bool {
    c.is_whitespace() || c == '\u{feff}'
}

/// A combining mark (the diacritics of decomposed text and their relatives).
pub(crate) fn is_mark(c: char) -> bool {
    crate::marks::is_combining_mark(c)
}

/// Runs of letters (combining marks included) in `s`, with their byte offsets.
pub(crate) fn words_into<'a>(s: &'a str, out: &mut Vec<(usize, &'a str)>) {
    // `runs(s, |c, inside| is_letter(c) || (is_mark(c) && inside), out)`, deciding ASCII bytes
    // and the letters of Vietnamese text without decoding them: every line is split.
    byte_runs(s, out, |i, inside| word_class(s, i, inside))
}

/// `words_into`'s test of the character at byte `i`: whether it is in a word, and its length.
#[inline(always)]
fn word_class(s: &str, i: usize, inside: bool) -> (bool, usize) {
    let bytes = s.as_bytes();
    let b = bytes[i];
    if b < 0x80 {
        return (b.is_ascii_alphabetic(), 1);
    }
    let next = |k: usize| bytes.get(i + k).copied().unwrap_or(0);
    match b {
        // Latin-1 (U+00C0–00FF) but × and ÷; Latin Extended-A and most of B (U+0100–023F);
        // the Vietnamese block (U+1EA0–1EF9).
        0xC3 => return (!matches!(next(1), 0x97 | 0xB7), 2),
        0xC4..=0xC8 => return (true, 2),
        0xE1 if matches!((next(1), next(2)), (0xBA, 0xA0..) | (0xBB, ..=0xB9)) => {
            return (true, 3)
        }
        _ => {}
    }
    match s[i..].chars().next() {
        Some(c) => (is_letter(c) || (is_mark(c) && inside), c.len_utf8()),
        None => (false, 1),
    }
}

/// Maximal runs of characters that `class` puts in a run, appended to `out` with their byte
/// offsets. `class(i, inside_a_run)` says, of the character at byte `i`, whether it belongs to a
/// run and how many bytes it takes.
#[inline(always)] // each splitter gets its own loop with its test inlined
fn byte_runs<'a>(
    s: &'a str,
    out: &mut Vec<(usize, &'a str)>,
    class: impl Fn(usize, bool) -> (bool, usize),
) {
    let mut start: Option<usize> = None;
    let mut i = 0;
    while i < s.len() {
        let (part, len) = class(i, start.is_some());
        match (part, start) {
            (true, None) => start = Some(i),
            (false, Some(st)) => {
                out.push((st, &s[st..i]));
                start = None;
            }
            _ => {}
        }
        i += len;
    }
    if let Some(st) = start {
        out.push((st, &s[st..]));
    }
}

pub(crate) use crate::fold::is_letter;

/// Runs of non-space characters in `s`, with their byte offsets. Bytes, not characters: a
/// character is a space only if it is ASCII white space or starts with one of the lead bytes
/// of the others (C2 E1 E2 E3 EF); the rest are skipped by their length.
pub(crate) fn tokens_into<'a>(s: &'a str, out: &mut Vec<(usize, &'a str)>) {
    byte_runs(s, out, |i, _| token_class(s, i))
}

/// `tokens_into`'s test of the character at byte `i`: whether it is no space, and its length.
#[inline(always)]
fn token_class(s: &str, i: usize) -> (bool, usize) {
    let bytes = s.as_bytes();
    let b = bytes[i];
    if b < 0x80 {
        return (!matches!(b, b' ' | b'\t' | b'\n' | 0x0b | 0x0c | b'\r'), 1);
    }
    let (space, len) = match b {
        // The Vietnamese letters (U+1EA0–1EF9) lead with E1; its one space is U+1680.
        0xe1 => (bytes.get(i + 1) == Some(&0x9a) && bytes.get(i + 2) == Some(&0x80), 3),
        0xc2 | 0xe2 | 0xe3 | 0xef => match s[i..].chars().next() {
            Some(c) => (is_space(c), c.len_utf8()),
            None => (false, 1),
        },
        0xc0..=0xdf => (false, 2),
        0xe0..=0xef => (false, 3),
        _ => (false, 4),
    };
    (!space, len)
}

/// Maximal runs of characters for which `part(c, inside_a_run)` holds, appended to `out`: the
/// plain definition the byte splitters are tested against.
#[cfg(test)]
fn runs<'a>(s: &'a str, part: impl Fn(char, bool) -> bool, out: &mut Vec<(usize, &'a str)>) {
    let mut start: Option<usize> = None;
    for (i, c) in s.char_indices() {
        match (part(c, start.is_some()), start) {
            (true, None) => start = Some(i),
            (false, Some(st)) => {
                out.push((st, &s[st..i]));
                start = None;
            }
            _ => {}
        }
    }
    if let Some(st) = start {
        out.push((st, &s[st..]));
    }
}

/// The span of `len` bytes at byte `offset` of a line that starts at `line`.
pub(crate) fn sub(line: Span, offset: usize, len: usize) -> Span {
    let start = line.start + offset as u32;
    Span::new(start, start + len as u32)
}

/// Each line of the document: its index, span and text.
pub(crate) fn lines<'a, 'b>(
    ctx: &'a Ctx<'b>,
) -> impl Iterator<Item = (usize, Span, &'a str)> + use<'a, 'b> {
    ctx.doc
        .lines
        .iter()
        .enumerate()
        .map(|(i, l)| (i, l.span, ctx.s(l.span)))
}

/// A short excerpt of `text` around the byte range `from..to`, on char boundaries, for messages.
pub(crate) fn excerpt(text: &str, from: usize, to: usize) -> String {
    let mut a = from.min(text.len());
    let mut b = to.min(text.len()).max(a);
    let mut n = 0;
    while a > 0 && n < 24 {
        a -= 1;
        while a > 0 && !text.is_char_boundary(a) {
            a -= 1;
        }
        n += 1;
    }
    n = 0;
    while b < text.len() && n < 24 {
        b += 1;
        while b < text.len() && !text.is_char_boundary(b) {
            b += 1;
        }
        n += 1;
    }
    // Whole words at both ends.
    if a > 0 {
        if let Some(k) = text[a..from.min(text.len()).max(a)].find(char::is_whitespace) {
            a += k + 1;
        }
    }
    if b < text.len() {
        let head = &text[to.min(b)..b];
        if let Some(k) = head.rfind(char::is_whitespace) {
            b = to.min(b) + k;
        }
    }
    let mut s = String::new();
    if a > 0 {
        s.push('…');
    }
    s.push_str(text.get(a..b).unwrap_or(""));
    if b < text.len() {
        s.push('…');
    }
    s
}

/// A line of debris rather than text: OCR of a seal, a signature or a table's rules
/// (`^ " /„A L2 Ẩ L2 £ “cự`, `Ẳ T/ NHIÊN, .>`, `[tt`). Its marks are not typing: the typography
/// rules leave them alone. Debris has characters no typed document holds (`^ ¬ „ £ ⁄ | ~`),
/// letters mixed with digits (`L2`, `g1úp`) or words that are no Vietnamese syllable, no
/// abbreviation and no English or brand name (`tt`, `LÄ`, `abắt`), at least as many of them as
/// real words.
pub(crate) fn debris(ctx: &Ctx<'_>, i: usize) -> bool {
    let (mut good, mut bad) = (0usize, 0usize);
    let mut words = Vec::new();
    // The words to try as syllables, tried last: the cheap signs first, then only as many
    // syllables as can still change the outcome.
    let mut to_try: Vec<&str> = Vec::new();
    for &(_, tok) in ctx.tokens(i) {
        bad += tok.chars().filter(|&c| exotic(c)).count();
        let core = tok.trim_matches(|c: char| !crate::fold::is_letter_or_digit(c));
        if !core.chars().any(is_letter) {
            continue;
        }
        if core.bytes().any(|b| b.is_ascii_digit()) {
            // `127/QĐ-TTg`, `3mx3m`, `B40`, `m2`: a number or a code; `L2`, `1é`, `g1úp`: OCR.
            let code = core.contains(['/', '-', '.', ','])
                || (core.is_ascii() && core.ends_with(|c: char| c.is_ascii_digit()))
                || core.starts_with(|c: char| c.is_ascii_digit()) && core.is_ascii();
            if !code {
                bad += 1;
            }
            continue;
        }
        words.clear();
        words_into(core, &mut words);
        for &(_, w) in &words {
            // Single letters (`a)`, `x`) say nothing either way.
            if w.chars().nth(1).is_none() {
                continue;
            }
            if w.chars().all(|c| !crate::fold::is_lower(c)) {
                good += 1;
            } else if !w.is_ascii() || w.len() <= 2 {
                to_try.push(w);
            } else if crate::syllable::is_valid_syllable(w) {
                // ASCII words of three letters or more may be English or a name (`VNeID`,
                // `email`): good when a syllable, never bad.
                good += 1;
            }
        }
    }
    // A long line with no sign of a scan's specks is debris only if at least half its words are
    // no syllable: its first twelve tell (OCR of a seal is short; prose is not).
    let long_and_clean = bad == 0 && to_try.len() > 24;
    let good_before = good;
    for (k, w) in to_try.iter().enumerate() {
        // Every word left being bad would not make the line debris.
        if bad + (to_try.len() - k) < good.max(1) {
            return false;
        }
        if crate::syllable::is_valid_syllable(w) {
            good += 1;
        } else {
            bad += 1;
        }
        if long_and_clean && k == 11 && good - good_before >= 10 {
            return false;
        }
    }
    bad > 0 && bad >= good
}

/// A character that typed text never holds but OCR of pictures often gives.
pub(crate) fn exotic(c: char) -> bool {
    matches!(
        c,
        '^' | 'ˆ' | '¬' | '„' | '£' | '⁄' | '‹' | '›' | '®' | '¿' | '¤' | '¦' | '~' | '`' | '|'
            | '©' | '¢' | '¥' | '¶' | '¸' | '¼' | '½' | '¾' | '\\' | '¡' | '†'
            | '‡' | '•' | '™' | '€' | '\u{fffd}'
    )
}

// ---- The rule. ----

const MARKS: &[char] = &[',', '.', ';', ':', ')', '?', '!'];

fn check(ctx: &Ctx<'_>, out: &mut Vec<crate::diagnostic::Diagnostic>) {
    for (line, span, t) in lines(ctx) {
        // Every finding is a mark right after a space; most lines have none.
        // The marks are found by vectorised searches.
        let after_space = |p: usize| t[..p].chars().next_back().is_some_and(is_space);
        let bytes = t.as_bytes();
        let spaced_mark = memchr::memchr3_iter(b',', b'.', b';', bytes).any(after_space)
            || memchr::memchr3_iter(b':', b')', b'?', bytes).any(after_space)
            || memchr::memchr_iter(b'!', bytes).any(after_space);
        // OCR of a seal or a signature: its marks are no typing.
        if !spaced_mark || ctx.is_debris(line) {
            continue;
        }
        let chars: Vec<(usize, char)> = t.char_indices().collect();
        for (k, &(i, c)) in chars.iter().enumerate() {
            if !MARKS.contains(&c) {
                continue;
            }
            // The spaces before the mark, and what precedes them.
            let mut j = k;
            while j > 0 && is_space(chars[j - 1].1) {
                j -= 1;
            }
            if j == k || j == 0 {
                continue;
            }
            let before = chars[j - 1].1;
            let next = chars.get(k + 1).map(|p| p.1);
            if excepted(c, before, next, &chars, k) {
                continue;
            }
            let gap = sub(span, chars[j].0, i - chars[j].0);
            let shown = excerpt(t, chars[j].0, i + c.len_utf8());
            let mark = c.to_string();
            let fixed = format!(
                "{}{}",
                t.get(..chars[j].0)
                    .unwrap_or("")
                    .rsplit(' ')
                    .next()
                    .unwrap_or(""),
                mark
            );
            out.push(
                RULE.diag(
                    gap,
                    format!("Dấu cách trước dấu \"{mark}\": \"{shown}\"; viết liền \"{fixed}\"."),
                    format!(
                        "A space before \"{mark}\": \"{shown}\"; write \"{fixed}\" with no space."
                    ),
                )
                .with_fix(Fix::safe(
                    Message::new(
                        format!("Xóa dấu cách trước \"{mark}\""),
                        format!("Delete the space before \"{mark}\""),
                    ),
                    vec![Edit::delete(gap)],
                )),
            );
        }
    }
}

/// The marks that may follow a space.
fn excepted(c: char, before: char, next: Option<char>, chars: &[(usize, char)], k: usize) -> bool {
    let after = |n: usize| chars.get(k + n).map(|p| p.1);
    // A second mark after a mark and a space (`- Như trên; :`, `đơn vị trực thuộc sở; ,`, `| :`):
    // a stray mark (often OCR of a stamp's edge), not a space typed before its mark; joining
    // them (`trên;:`) would mend nothing.
    let stray = matches!(before, ',' | ';' | ':' | '|') || (before == '.' && c != '.');
    if stray && matches!(c, ',' | ';' | ':' | '.') {
        return true;
    }
    match c {
        '.' => {
            // `./.`, an ellipsis or a run of dots (a blank), `.pdf`, `.5`.
            next == Some('.')
                || (next == Some('/') && after(2) == Some('.'))
                || next.is_some_and(crate::fold::is_letter_or_digit)
                || before == '.'
                || before == '…'
        }
        ':' => next.is_some_and(crate::fold::is_letter_or_digit) || next == Some('/'),
        ')' => {
            // A draft's blank between brackets, `(   )` or `( ... )`.
            before == '(' || before == '.' || before == '…' || before == '_'
        }
        ',' | ';' => before == '.' || before == '…' || before == '_',
        _ => before == '(',
    }
}

#[cfg(test)]
mod token_tests {
    /// The byte splitter gives the runs of non-space characters, for every character.
    #[test]
    fn tokens_are_the_runs_of_non_space() {
        let text: String = ('\u{0}'..='\u{3100}')
            .chain('\u{fe00}'..='\u{ffff}')
            .chain(['\u{1f600}', ' ', 'a'])
            .flat_map(|c| [c, 'x', c, c, ' '])
            .collect();
        let mut got = Vec::new();
        super::tokens_into(&text, &mut got);
        let mut want = Vec::new();
        super::runs(&text, |c, _| !super::is_space(c), &mut want);
        assert_eq!(got, want);
        assert!(want.len() > 10_000);
    }
}

#[cfg(test)]
mod word_tests {
    /// The byte splitter gives the runs of letters (marks inside a run), for every character.
    #[test]
    fn words_are_the_runs_of_letters() {
        let text: String = ('\u{0}'..='\u{3100}')
            .chain('\u{fe00}'..='\u{ffff}')
            .chain(['\u{1f600}', 'a', '\u{301}', ' ', '\u{301}', 'b'])
            .flat_map(|c| [c, 'x', c, c, ' ', c])
            .collect();
        let mut got = Vec::new();
        super::words_into(&text, &mut got);
        let mut want = Vec::new();
        super::runs(&text, |c, inside| super::is_letter(c) || (super::is_mark(c) && inside), &mut want);
        assert_eq!(got, want);
        assert!(want.len() > 10_000);
    }
}

#[cfg(test)]
mod letter_tests {
    #[test]
    fn the_fast_letter_test_agrees_with_unicode() {
        for c in ('\u{0}'..='\u{2fff}').chain('\u{1e00}'..='\u{1fff}') {
            assert_eq!(super::is_letter(c), crate::fold::is_letter(c), "{c:?} U+{:04X}", c as u32);
        }
    }
}

#[cfg(test)]
mod family_tests {
    use crate::config::Config;
    use crate::rules::REGISTRY;

    fn codes(code: &str, text: &str) -> Vec<&'static str> {
        let config = Config {
            select: vec![code.to_owned()],
            ..Config::default()
        };
        crate::check_str(text, &config)
            .diagnostics
            .iter()
            .map(|d| d.code)
            .filter(|c| *c != "DOC003")
            .collect()
    }

    /// The registry's example tests, for the MA family alone.
    #[test]
    fn ma_examples_give_exactly_their_rule() {
        for r in REGISTRY
            .iter()
            .filter(|r| r.code.starts_with("MA") && r.code != "MA002")
        {
            let bad = codes(r.code, r.bad);
            assert!(!bad.is_empty(), "{}: bad example gives nothing", r.code);
            assert!(bad.iter().all(|c| *c == r.code), "{}: {bad:?}", r.code);
            assert!(
                codes(r.code, r.good).is_empty(),
                "{}: good gives a finding",
                r.code
            );
            for s in [r.summary_vi, r.summary_en] {
                assert!(s.len() > 10 && !s.contains("TODO"), "{}", r.code);
            }
            // The explanations are checked with the registry (rules::registry_tests).
            let report = crate::check_str(r.bad, &Config::default());
            for d in report.diagnostics.iter().filter(|d| d.code == r.code) {
                for f in &d.fixes {
                    assert!(f.is_well_formed(), "{}: malformed fix {f:?}", d.code);
                }
            }
        }
    }

    #[test]
    fn telex_decoding() {
        use crate::rules::ma010::decode;
        assert_eq!(decode("ddaauf").as_deref(), Some("đầu"));
        assert_eq!(decode("truowng").as_deref(), Some("trương"));
        assert_eq!(decode("nguowif").as_deref(), Some("người"));
        assert_eq!(decode("hoaf").as_deref(), Some("hòa"));
        assert_eq!(decode("this"), None);
        assert_eq!(decode("share"), None);
    }

    #[test]
    fn no_panic_on_odd_input() {
        let odd = "\u{301}\u{300} ( ) “ \" ] ,. ; ::..  \u{feff} Сố ddaauf a,b x.Y  \u{323}\n\t(\n";
        for r in REGISTRY.iter().filter(|r| r.code.starts_with("MA")) {
            let _ = codes(r.code, odd);
            let _ = codes(r.code, "");
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::config::Config;

    fn count(text: &str) -> usize {
        let config = Config {
            select: vec!["MA004".to_owned()],
            ..Config::default()
        };
        let report = crate::check_str(text, &config);
        report
            .diagnostics
            .iter()
            .filter(|d| d.code == "MA004")
            .count()
    }

    #[test]
    fn ocr_debris_lines_are_no_typing() {
        // OCR of a seal beside the signature: marks of a picture, not a space typed before them.
        assert_eq!(count("2 LÄ Lá ^ ˆ ` ` ~ ./ Lá HẠ .. 7”, %\n"), 0);
        assert_eq!(count("- ` : - „_ Phụ lụcH -\n"), 0);
        // Typed text with the same slip is reported.
        assert_eq!(count("Các đơn vị thực hiện , báo cáo kết quả .\n"), 2);
    }
}
