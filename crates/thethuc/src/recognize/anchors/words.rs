//! The words the anchors look at: byte ranges between white space, words in capitals, a
//! scan's specks, rules drawn with characters, and what ends a clause.

/// A rule drawn with characters (`____`, `-----`, `———`).
pub(super) fn is_drawn_rule(t: &str) -> bool {
    let t = t.trim();
    t.chars().count() >= 4
        && t.chars()
            .all(|c| matches!(c, '_' | '-' | '=' | '*' | '–' | '—'))
}

/// A scan's speck or a stray mark standing as a word: no letter, no digit, nothing a
/// component opens or closes with (`-`, `+`, `*` and brackets stay).
pub(super) fn is_speck(w: &str) -> bool {
    // A scan's em dash with a hyphen glued after it (`Noinhận: —- KÍ.GIÁM ĐÓC`): no recipient's
    // dash, which stands alone or opens its item's word.
    if w.starts_with('—') && w.chars().count() <= 3 && w.chars().all(|c| matches!(c, '—' | '-'))
    {
        return true;
    }
    w.chars().all(|c| {
        matches!(
            c,
            '_' | '.'
                | ','
                | '`'
                | '\''
                | '„'
                | '‹'
                | '›'
                | '|'
                | '~'
                | '^'
                | '='
                | '¬'
                | '·'
                | '"'
                | '“'
                | '”'
                | '—'
        )
    })
}

/// A `;` or `:` standing alone as a word: a speck in a scan's header, a line's stop elsewhere
/// (`- Như trên ;`), so only a part made of nothing else is dropped.
pub(super) fn is_stray_stop(w: &str) -> bool {
    !w.is_empty() && w.chars().all(|c| matches!(c, ';' | ':'))
}

/// Words of a text: byte ranges between white space (spaces, tabs, no-break spaces). Byte by
/// byte: no other white space splits the words the anchors look at.
pub(super) fn words(text: &str) -> Vec<(usize, usize)> {
    let b = text.as_bytes();
    let mut out = Vec::with_capacity(b.len() / 5 + 1);
    let mut start: Option<usize> = None;
    let mut i = 0;
    while i < b.len() {
        let space = match b[i] {
            b' ' | b'\t' | b'\n' | b'\r' | 0x0c => 1,
            0xC2 if b.get(i + 1) == Some(&0xA0) => 2,
            _ => 0,
        };
        if space > 0 {
            if let Some(s) = start.take() {
                out.push((s, i));
            }
            i += space;
        } else {
            if start.is_none() {
                start = Some(i);
            }
            i += 1;
        }
    }
    if let Some(s) = start {
        out.push((s, b.len()));
    }
    out
}

/// A word in capitals (`ỦY`, `UBND`, `SỞ`, `GD&ĐT`): letters, none lower case.
pub(super) fn is_caps_word(w: &str) -> bool {
    let letters = w
        .chars()
        .filter(|c| crate::text::fold::is_letter(*c))
        .count();
    letters >= 1 && !w.chars().any(crate::text::fold::is_lower)
}

/// A word of letters only, in capitals, of two letters or more (`ỦY`, `BAN`), not an
/// abbreviation list (`UBND,`).
pub(super) fn is_plain_caps(w: &str) -> bool {
    w.chars().count() >= 2
        && w.chars()
            .all(|c| crate::text::fold::is_letter(c) && !crate::text::fold::is_lower(c))
}

/// A word that is a dash alone (`-`, or an en dash `–`): a list item's mark or a name's joint.
pub(super) fn is_dash(w: &str) -> bool {
    w == "-" || w == "–"
}

/// The text before `at` ends a sentence or a clause (`.`, `;`, `:`, `./.`, `)`).
pub(super) fn ends_clause(text: &str, at: usize) -> bool {
    let before = text[..at].trim_end();
    before.is_empty() || before.ends_with(['.', ';', ':', '!', '?', ')', '"', '”', '…'])
}

/// The text before `at` ends in a word in capitals (an authority or issuer line).
pub(super) fn ends_caps(text: &str, at: usize) -> bool {
    let before = text[..at].trim_end();
    before.split_whitespace().next_back().is_some_and(|w| {
        is_caps_word(w)
            && w.chars()
                .filter(|c| crate::text::fold::is_letter(*c))
                .count()
                >= 2
    })
}

/// Whether a line holds a word that can open a component inside a body line (`Căn cứ`, `Theo`,
/// `Xét`, `QUYẾT`, `Điều`, `Chương`, `Mục`, `Phần`, `Phụ lục`) or the start of a rule drawn
/// with characters: one pass over the bytes.
pub(super) fn has_opening(text: &str) -> bool {
    let b = text.as_bytes();
    let at = |i: usize, w: &str| b[i..].starts_with(w.as_bytes());
    (0..b.len()).any(|i| match b[i] {
        b'C' => at(i, "Căn") || at(i, "Chương") || at(i, "CHƯƠNG"),
        b'T' => at(i, "Theo"),
        b'X' => at(i, "Xét"),
        b'Q' => at(i, "QUYẾT"),
        0xC4 => at(i, "Điều"),
        b'M' => at(i, "Mục"),
        b'P' => at(i, "Phần") || at(i, "PHẦN") || at(i, "Phụ") || at(i, "PHỤ"),
        b'_' => at(i, "____"),
        b'-' => at(i, "----"),
        b'=' => at(i, "===="),
        b'*' => at(i, "****"),
        _ => false,
    })
}
/// The date after a sentence's opening `Ngày`, followed by a comma and the sentence's words
/// (`22/01/2026, đồng chí`, `12 tháng 11 năm 2024, tại`): the byte length of the date and
/// its comma in `rest`.
pub(super) fn sentence_date_end(rest: &str) -> Option<usize> {
    let t = rest.trim_start();
    let lead = rest.len() - t.len();
    let number = |x: &str, max: usize| {
        let n = x.bytes().take_while(u8::is_ascii_digit).count();
        (n > 0 && n <= max).then_some(n)
    };
    let d = number(t, 2)?;
    let mut at = d;
    if t[at..].starts_with('/') {
        at += 1 + number(&t[at + 1..], 2)?;
        at += 1 + t[at..]
            .starts_with('/')
            .then(|| number(&t[at + 1..], 4))??;
    } else {
        let r = t[at..].strip_prefix(" tháng ")?;
        let m = number(r, 2)?;
        let r2 = r[m..].strip_prefix(" năm ")?;
        let y = number(r2, 4)?;
        at += " tháng ".len() + m + " năm ".len() + y;
    }
    let after = t[at..].strip_prefix(',')?;
    after
        .starts_with(' ')
        .then_some(lead + at + 1)
        .filter(|_| !after.trim_start().is_empty())
}

/// Words that open a body's first sentence and never a trích yếu's line (`Nhân dịp Đại hội …`,
/// `Phúc đáp Công văn số …`), with their capital.
const FIRST_SENTENCE_OPENINGS: &[&str] =
    &["Nhân dịp ", "Phúc đáp ", "Vừa qua", "Trong thời gian qua"];

/// Whether a text opens as a body's first sentence does, never as a title's words go on.
pub(crate) fn opens_a_first_sentence(text: &str) -> bool {
    let t = text.trim_start();
    FIRST_SENTENCE_OPENINGS.iter().any(|o| t.starts_with(o))
}

/// A line that opens a sentence with its date and a comma (`Ngày 22/01/2026, đồng chí …`):
/// never a title's wrapped line.
pub(crate) fn opens_with_its_date(line: &str) -> bool {
    line.trim_start()
        .strip_prefix("Ngày ")
        .is_some_and(|r| sentence_date_end(r).is_some())
}
