use crate::config::TonePolicy;
use crate::diagnostic::{Edit, Fix, Message, Severity};
use crate::rules::common::text::{lines, sub};
use crate::rules::{Ctx, DiagnosticExt, FixAvailability, Needs, Rule, Scope};
use crate::text::span::Span;

pub static RULE: Rule = Rule {
    code: "MA003",
    name: "tone-mark-mixed",
    severity: Severity::Warning,
    fix: FixAvailability::Unsafe,
    needs: Needs::Text,
    scope: Scope::Any,
    locator: "—",
    default_on: true,
    summary_vi: docs!("Trong một văn bản dùng lẫn cách bỏ dấu thanh cũ và mới (`hoá`/`hóa`, `Uỷ`/`Ủy`, \
`thuỷ`/`thủy`)."),
    summary_en: docs!("Old and new tone placement mixed in one document (`hoá`/`hóa`, `Uỷ`/`Ủy`, \
`thuỷ`/`thủy`)."),
    docs_vi: docs!("Với các vần `oa`, `oe`, `uy` không có phụ âm cuối, dấu thanh có hai cách đặt: kiểu cũ đặt \
trên nguyên âm thứ hai (`hoá`, `khoẻ`, `Uỷ ban`, `thuỷ`), kiểu mới đặt trên nguyên âm thứ nhất (`hóa`, \
`khỏe`, `Ủy ban`, `thủy`), là cách Nghị định 30/2020/NĐ-CP dùng. Cả hai đều được chấp nhận nhưng một \
văn bản chỉ nên dùng một cách. Quy tắc đếm số từ viết theo mỗi kiểu; khi văn bản dùng cả hai, báo các từ \
viết theo kiểu ít dùng hơn (khi bằng nhau, báo kiểu cũ). Cấu hình `tone_marks = \"new\"` hoặc `\"old\"` \
báo mọi từ không theo kiểu đã chọn. Không xét: `quý`, `quỳ`, `quỹ` (chữ `u` thuộc phụ âm đầu `qu`), các \
vần có phụ âm cuối hoặc nguyên âm cuối (`hoàng`, `toàn`, `ngoài`, `khuỷu`), vì chỉ có một cách đặt dấu. \
Sửa không an toàn: chuyển từ đó sang kiểu đang dùng chủ yếu (hoặc kiểu đã cấu hình)."),
    docs_en: docs!("In the rhymes `oa`, `oe`, `uy` with no final consonant the tone mark can go two ways: the \
old style puts it on the second vowel (`hoá`, `khoẻ`, `Uỷ ban`, `thuỷ`), the new style on the first \
(`hóa`, `khỏe`, `Ủy ban`, `thủy`), as ND30 itself writes. Both are accepted but one document should use \
one. The rule counts the words written in each style; when a document uses both, the words in the less \
used style are reported (on a tie, the old style). With `tone_marks = \"new\"` or `\"old\"` every word \
in the other style is reported. Not considered: `quý`, `quỳ`, `quỹ` (the `u` belongs to the initial \
`qu`), rhymes with a final consonant or vowel (`hoàng`, `toàn`, `ngoài`, `khuỷu`), which have one \
placement only. Unsafe fix: the word is rewritten in the document's main style (or the configured one)."),
    bad: docs!("UỶ BAN NHÂN DÂN TỈNH\nVề việc thành lập Ủy ban và Ủy ban Mặt trận.\n"),
    good: docs!("ỦY BAN NHÂN DÂN TỈNH\nVề việc thành lập Ủy ban và quỹ văn hóa, toàn tỉnh.\n"),
    check: crate::rules::Check::Document(check),
};

use crate::model::doctype::TONE_PAIRS as PAIRS;
use crate::text::case;

#[derive(Clone, Copy, PartialEq, Eq)]
enum Style {
    Old,
    New,
}

/// A word with an ambiguous tone placement: its span, style, and its form in the other style.
struct Found {
    span: Span,
    word: String,
    style: Style,
    other: String,
}

/// The style of a word's tone placement, and the word in the other style, when it has a choice.
pub(crate) fn placement(word: &str) -> Option<(bool, String)> {
    // Only the last two letters matter: look at them before allocating anything (this runs on
    // every word of the document).
    let mut tail = word.chars().rev();
    let (b, a) = (tail.next()?, tail.next()?);
    let lower = case::lower;
    // Every pair opens with `o` or `u`, plain (old placement) or with its tone (new).
    if !matches!(
        a,
        'o' | 'u'
            | 'O'
            | 'U'
            | 'ò'
            | 'ó'
            | 'ỏ'
            | 'õ'
            | 'ọ'
            | 'ù'
            | 'ú'
            | 'ủ'
            | 'ũ'
            | 'ụ'
            | 'Ò'
            | 'Ó'
            | 'Ỏ'
            | 'Õ'
            | 'Ọ'
            | 'Ù'
            | 'Ú'
            | 'Ủ'
            | 'Ũ'
            | 'Ụ'
    ) {
        return None;
    }
    let (la, lb) = (lower(a), lower(b));
    let two = |s: &str| {
        let mut it = s.chars();
        (it.next().unwrap_or(' '), it.next().unwrap_or(' '))
    };
    for (old, new) in PAIRS {
        let (o, w) = (two(old), two(new));
        let (is_old, to) = if (la, lb) == o {
            (true, w)
        } else if (la, lb) == w {
            (false, o)
        } else {
            continue;
        };
        let before = tail.next().map(lower);
        // `qu` + `y`: the `u` is part of the initial; `gi`, and a vowel before (`uỳa`), likewise.
        if o.0 == 'u' && matches!(before, Some('q')) {
            return None;
        }
        if before.is_some_and(is_vowel) {
            return None;
        }
        let stem = &word[..word.len() - a.len_utf8() - b.len_utf8()];
        let mut out = String::with_capacity(word.len() + 2);
        out.push_str(stem);
        for (original, c) in [(a, to.0), (b, to.1)] {
            if crate::text::fold::is_capital(original) {
                out.push(case::upper(c));
            } else {
                out.push(c);
            }
        }
        return Some((is_old, out));
    }
    None
}

fn is_vowel(c: char) -> bool {
    let base = crate::text::normalization::first_of_nfd(c);
    matches!(base, 'a' | 'e' | 'i' | 'o' | 'u' | 'y') || c == 'ư' || c == 'ơ'
}

fn check(ctx: &Ctx<'_>, out: &mut Vec<crate::diagnostic::Diagnostic>) {
    let mut found: Vec<Found> = Vec::new();
    for (i, span, _) in lines(ctx) {
        for &(at, word) in ctx.words(i) {
            // Every pair ends in `a`, `e` or `y`, plain (new placement) or with its tone (old).
            if !matches!(
                word.as_bytes().last(),
                Some(b'a' | b'e' | b'y' | b'A' | b'E' | b'Y' | 0x80..)
            ) {
                continue;
            }
            if let Some((is_old, other)) = placement(word) {
                found.push(Found {
                    span: sub(span, at, word.len()),
                    word: word.to_owned(),
                    style: if is_old { Style::Old } else { Style::New },
                    other,
                });
            }
        }
    }
    let old = found.iter().filter(|f| f.style == Style::Old).count();
    let new = found.len() - old;
    let wrong = match ctx.config.tone_marks {
        TonePolicy::New => Style::Old,
        TonePolicy::Old => Style::New,
        TonePolicy::Consistent if old == 0 || new == 0 => return,
        TonePolicy::Consistent if new >= old => Style::Old,
        TonePolicy::Consistent => Style::New,
    };
    let policy = ctx.config.tone_marks != TonePolicy::Consistent;
    for f in found.iter().filter(|f| f.style == wrong) {
        let (word, other) = (&f.word, &f.other);
        let (vi, en) = match (wrong, policy) {
            (Style::Old, true) => (
                format!("\"{word}\" bỏ dấu thanh kiểu cũ; cấu hình yêu cầu kiểu mới: \"{other}\"."),
                format!("\"{word}\" uses the old tone placement; the profile asks for the new one: \"{other}\"."),
            ),
            (Style::New, true) => (
                format!("\"{word}\" bỏ dấu thanh kiểu mới; cấu hình yêu cầu kiểu cũ: \"{other}\"."),
                format!("\"{word}\" uses the new tone placement; the profile asks for the old one: \"{other}\"."),
            ),
            // On a tie neither style is the document's: the decree's own placement decides.
            (Style::Old, false) if new == old => (
                format!(
                    "\"{word}\" bỏ dấu thanh kiểu cũ trong khi văn bản dùng hai kiểu ngang nhau \
({new} từ mỗi kiểu); viết theo kiểu mới như Nghị định 30: \"{other}\"."
                ),
                format!(
                    "\"{word}\" uses the old tone placement while the document uses both equally \
({new} each); write the new one, as ND30 does: \"{other}\"."
                ),
            ),
            (Style::Old, false) => (
                format!(
                    "\"{word}\" bỏ dấu thanh kiểu cũ trong khi văn bản chủ yếu dùng kiểu mới \
({new} từ kiểu mới, {old} từ kiểu cũ); viết \"{other}\"."
                ),
                format!(
                    "\"{word}\" uses the old tone placement while the document mostly uses the new one \
({new} new, {old} old); write \"{other}\"."
                ),
            ),
            (Style::New, false) => (
                format!(
                    "\"{word}\" bỏ dấu thanh kiểu mới trong khi văn bản chủ yếu dùng kiểu cũ \
({old} từ kiểu cũ, {new} từ kiểu mới); viết \"{other}\"."
                ),
                format!(
                    "\"{word}\" uses the new tone placement while the document mostly uses the old one \
({old} old, {new} new); write \"{other}\"."
                ),
            ),
        };
        out.push(RULE.diag(f.span, vi, en).with_fix(Fix::unsafe_(
            Message::new(format!("Viết \"{other}\""), format!("Write \"{other}\"")),
            vec![Edit::replace(f.span, other.clone())],
        )));
    }
}

#[cfg(test)]
mod tie_tests {
    use crate::config::Config;

    /// One word in each placement: the message does not call either the document's main style.
    #[test]
    fn a_tie_is_named_a_tie() {
        let text =
            "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n- Trung tâm Truyền thông giáo dục sức khoẻ;\n";
        let report = crate::check_str(text, &Config::default());
        let found: Vec<_> = report
            .diagnostics
            .iter()
            .filter(|d| d.code == "MA003")
            .collect();
        assert_eq!(found.len(), 1);
        let message = &found[0].message.vi;
        assert!(message.contains("ngang nhau (1 từ mỗi kiểu)"), "{message}");
        assert!(!message.contains("chủ yếu"), "{message}");
        assert!(message.ends_with("\"khỏe\"."), "{message}");
    }
}

#[cfg(test)]
mod prefilter_tests {
    /// The first-letter test in `placement` lets through the first letter of every pair, in
    /// both cases.
    #[test]
    fn every_pair_passes_the_first_letter_test() {
        for (old, new) in super::PAIRS {
            for pair in [old, new] {
                for word in [pair.to_string(), pair.to_uppercase(), format!("h{pair}")] {
                    assert!(super::placement(&word).is_some(), "{word}");
                }
            }
        }
    }
}
