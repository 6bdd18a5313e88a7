use crate::config::TonePolicy;
use crate::diagnostic::{Diagnostic, Edit, Fix, Message, Severity};
use crate::rules::ma004::{lines, sub};
use crate::rules::{Ctx, DiagnosticExt, FixAvailability, Needs, Rule, Scope};
use crate::syllable::{is_valid_syllable, strip_tone, tone_of};

pub static RULE: Rule = Rule {
    code: "MA012",
    name: "misplaced-tone",
    severity: Severity::Error,
    fix: FixAvailability::Safe,
    needs: Needs::Text,
    scope: Scope::Any,
    locator: "PL-I I (TCVN 6909:2001)",
    default_on: true,
    summary_vi: "Dấu thanh đặt trên nguyên âm mà cả cách bỏ dấu cũ lẫn mới đều không đặt (`cuả` → \
`của`, `qúa` → `quá`, `Lỏong` → `Loỏng`).",
    summary_en: "A tone mark on a vowel where neither the old nor the new placement puts it (`cuả` → \
`của`, `qúa` → `quá`, `Lỏong` → `Loỏng`).",
    docs_vi: docs!("Dấu thanh của một âm tiết tiếng Việt đặt trên nguyên âm chính. Chỉ các vần `oa`, `oe`, `uy` \
không có âm cuối mới có hai cách đặt (kiểu cũ `hoà`, `thuỷ`; kiểu mới `hòa`, `thủy`), mọi vần khác chỉ \
có một chỗ: `của`, `mùa`, `người`, `quá` (chữ `u` sau `q` thuộc phụ âm đầu), `giữa`, `Loỏng`. Dấu đặt \
sai chỗ (`cuả`, `muà`, `qúa`, `Lỏong`) thường do gõ bộ gõ kiểu tự do hoặc sửa tay, nhìn lướt vẫn thấy \
đúng nên dễ lọt qua khâu soát văn bản. Quy tắc báo một chữ không phải âm tiết hợp lệ, có đúng một dấu \
thanh, mà bỏ dấu đi là một âm tiết hợp lệ và dời dấu sang nguyên âm khác thì thành âm tiết hợp lệ. Không \
xét: chữ có chữ hoa ở giữa (chữ viết tắt), chữ có chữ số, dấu nối, địa chỉ trang web và thư điện tử, \
chữ nước ngoài và tên riêng nước ngoài (bỏ dấu đi không thành âm tiết tiếng Việt: `axít`, `José`). Sửa \
an toàn khi chỉ có một chỗ đặt dấu đúng, hoặc khi hai chỗ là kiểu cũ và kiểu mới và văn bản (hay cấu \
hình `tone_marks`) đã chọn một kiểu; các trường hợp khác sửa không an toàn."),
    docs_en: docs!("The tone mark of a Vietnamese syllable sits on its main vowel. Only the open rhymes `oa`, \
`oe`, `uy` have two placements (old `hoà`, `thuỷ`; new `hòa`, `thủy`); every other rhyme has one: \
`của`, `mùa`, `người`, `quá` (the `u` after `q` belongs to the initial), `giữa`, `Loỏng`. A misplaced \
mark (`cuả`, `muà`, `qúa`, `Lỏong`), typed with a free-placement input method or edited by hand, looks \
right at a glance and survives proof-reading. The rule reports a word that is not a well-formed \
syllable, has exactly one tone mark, is a well-formed syllable without it, and becomes one when the \
mark moves to another vowel. Not considered: words with capitals inside (abbreviations), words with \
digits or hyphens, web and e-mail addresses, foreign words and names (not a Vietnamese syllable \
without the mark: `axít`, `José`). The fix is safe when one placement is right, or when the two right \
ones are the old and the new style and the document (or the `tone_marks` setting) has chosen one; \
unsafe otherwise."),
    bad: "Bán kính tác động cuả chấn động được xác định như sau.\n",
    good: "Bán kính tác động của chấn động; hoà giải, hòa giải, quá trình, giữa, axít, José.\n",
    check,
};

/// How the right placements of a misplaced word were chosen between.
enum Choice {
    /// One placement is right.
    Only(String),
    /// The old and the new style are right: the one the document or the profile uses (`true`
    /// when it has chosen), else the new one.
    Style(String, bool),
    /// Several placements, none preferred.
    Several(Vec<String>),
}

fn check(ctx: &Ctx<'_>, out: &mut Vec<Diagnostic>) {
    let mut style: Option<(usize, usize)> = None;
    for (i, span, _) in lines(ctx) {
        for &(at, tok) in ctx.tokens(i) {
            // A tone mark is never ASCII.
            if tok.is_ascii() {
                continue;
            }
            let (offset, word) = crate::rules::ma010::trim_punctuation(tok);
            let Some(right) = right_placements(word) else {
                continue;
            };
            let choice = match right.as_slice() {
                [one] => Choice::Only(one.clone()),
                [a, b] if matches!((is_old_style(a), is_old_style(b)), (Some(x), Some(y)) if x != y) => {
                    let (old, new) =
                        *style.get_or_insert_with(|| crate::rules::ma003::style_counts(ctx));
                    let (old_form, new_form) = if is_old_style(a) == Some(true) {
                        (a, b)
                    } else {
                        (b, a)
                    };
                    match ctx.config.tone_marks {
                        TonePolicy::Old => Choice::Style(old_form.clone(), true),
                        TonePolicy::New => Choice::Style(new_form.clone(), true),
                        TonePolicy::Consistent if old > new => Choice::Style(old_form.clone(), true),
                        TonePolicy::Consistent => Choice::Style(new_form.clone(), new > old),
                    }
                }
                _ => Choice::Several(right),
            };
            let span_w = sub(span, at + offset, word.len());
            out.push(report(span_w, word, choice));
        }
    }
}

fn report(span: crate::document::Span, word: &str, choice: Choice) -> Diagnostic {
    let fix_to = |to: &str, safe: bool| {
        let message = Message::new(format!("Viết \"{to}\""), format!("Write \"{to}\""));
        let edits = vec![Edit::replace(span, to)];
        if safe {
            Fix::safe(message, edits)
        } else {
            Fix::unsafe_(message, edits)
        }
    };
    let (list, fixes) = match &choice {
        Choice::Only(to) => (format!("\"{to}\""), vec![fix_to(to, true)]),
        Choice::Style(to, chosen) => (format!("\"{to}\""), vec![fix_to(to, *chosen)]),
        Choice::Several(all) => (
            all.iter()
                .map(|w| format!("\"{w}\""))
                .collect::<Vec<_>>()
                .join(" / "),
            all.iter().map(|w| fix_to(w, false)).collect(),
        ),
    };
    let mut d = RULE.diag(
        span,
        format!("\"{word}\" đặt dấu thanh sai chỗ (cả cách bỏ dấu cũ lẫn mới đều không đặt ở đó); viết {list}."),
        format!("\"{word}\" has its tone mark on the wrong vowel (neither the old nor the new placement puts it there); write {list}."),
    );
    for f in fixes {
        d = d.with_fix(f);
    }
    d
}

/// For a syllable ending in an open `oa`, `oe` or `uy` with a tone: `Some(true)` with the mark on
/// the last vowel (old style, `hoà`), `Some(false)` on the one before (new, `hòa`); `None` for
/// any other syllable. Two right placements of one word, one of each, are its two styles.
fn is_old_style(word: &str) -> Option<bool> {
    let s = crate::syllable::parse(word)?;
    let open_pair = s.final_consonant.is_empty()
        && (s.vowels.ends_with("oa") || s.vowels.ends_with("oe") || s.vowels.ends_with("uy"));
    let last = s.vowels.chars().count().checked_sub(1)?;
    match s.tone_at {
        Some(at) if open_pair && at == last => Some(true),
        Some(at) if open_pair && at + 1 == last => Some(false),
        _ => None,
    }
}

/// The well-formed syllables a word becomes when its one tone mark moves to another vowel, when
/// the word is a Vietnamese syllable with its mark misplaced; `None` for every other word.
pub(crate) fn right_placements(word: &str) -> Option<Vec<String>> {
    let mut chars = word.chars();
    let first = chars.next()?;
    // Letters only (no digits, hyphens, addresses, detached marks: MA011's), and a word's case:
    // lower, capitalised or all capitals; a capital inside is an abbreviation.
    if !word.chars().all(char::is_alphabetic) {
        return None;
    }
    let rest_upper = chars.clone().all(crate::fold::is_capital);
    let rest_lower = chars.all(|c| !crate::fold::is_capital(c));
    if !(rest_lower || (rest_upper && crate::fold::is_capital(first))) {
        return None;
    }
    if is_valid_syllable(word) {
        return None;
    }
    let mark = tone_of(word).mark()?;
    if crate::normalization::nfd(word).chars().filter(|c| is_tone_mark(*c)).count() != 1 {
        return None;
    }
    // The mark on a vowel: a consonant with a mark (`ñ`, `ĺ`) is a foreign letter.
    let marked_consonant = |c: char| {
        !is_vowel(c) && crate::normalization::nfd(&c.to_string()).chars().any(is_tone_mark)
    };
    if word.chars().any(marked_consonant) {
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
        let moved = crate::normalization::nfc(&moved);
        if moved != word && is_valid_syllable(&moved) {
            right.push(moved);
        }
    }
    (!right.is_empty()).then_some(right)
}

fn is_tone_mark(c: char) -> bool {
    matches!(c, '\u{300}' | '\u{301}' | '\u{303}' | '\u{309}' | '\u{323}')
}

fn is_vowel(c: char) -> bool {
    let base = crate::normalization::first_of_nfd(c).to_ascii_lowercase();
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
            let wrong = crate::normalization::nfc(wrong);
            assert_eq!(right_placements(&wrong), Some(vec![right.to_owned()]), "{wrong}");
        }
    }

    /// A mark on the `i` of `gi` before `oa`, `oe`, `uy` has two right places, the old and the
    /// new style: the fix takes the document's style, safe when it has one.
    #[test]
    fn two_right_places_follow_the_document_style() {
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
        let wrong = "g\u{1ecb}oa";
        assert_eq!(fix_of(&format!("Hoà giải, thuỷ lợi, {wrong}.\n")), ("gioạ".into(), Safe));
        assert_eq!(fix_of(&format!("Hòa giải, thủy lợi, {wrong}.\n")), ("giọa".into(), Safe));
        assert_eq!(fix_of(&format!("Kế hoạch, {wrong}.\n")), ("giọa".into(), Unsafe));
    }

    #[test]
    fn right_words_names_and_foreign_words_are_left_alone() {
        for word in [
            "của", "hoà", "hòa", "thuỷ", "thủy", "quý", "giữa", "gìn", "Loỏng", "tiềng", "axít",
            "José", "café", "HĐND", "CuẢ", "cuả1", "co-op", "khuỷu", "nghiêng", "viêc\u{323}", "a", "Ưì", "aỉ", "ĺoa", "ñgoa",
        ] {
            assert_eq!(right_placements(word), None, "{word}");
        }
    }
}
