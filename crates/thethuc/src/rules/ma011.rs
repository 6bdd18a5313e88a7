use crate::diagnostic::{Edit, Fix, Message, Severity};
use crate::rules::common::text::{excerpt, lines, sub};
use crate::rules::{Ctx, DiagnosticExt, FixAvailability, Needs, Rule, Scope};
use crate::text::words::{is_mark, is_space};
use memchr::memmem::Finder;
use std::sync::LazyLock;

pub static RULE: Rule = Rule {
    code: "MA011",
    name: "detached-diacritic",
    severity: Severity::Error,
    fix: FixAvailability::Unsafe,
    needs: Needs::Text,
    scope: Scope::Any,
    locator: "PL-I I (TCVN 6909:2001)",
    default_on: true,
    summary_vi: docs!("Dấu thanh hoặc dấu phụ rời, không gắn với chữ cái nào (`thiêt hai ̀ ̣`)."),
    summary_en: docs!("A combining diacritic attached to no letter (`thiêt hai ̀ ̣`), typical of PDF text \
extraction."),
    docs_vi: docs!("Dấu thanh và dấu phụ dạng tổ hợp (U+0300–U+036F…) phải đứng ngay sau chữ cái mang nó. Khi \
dấu đứng sau dấu cách, sau dấu câu hoặc ở đầu dòng, nó không thuộc chữ nào: chữ bị mất dấu (`thiêt hai` \
thay cho `thiệt hại`) và dấu hiện thành ký tự lạ. Lỗi này hay gặp khi lấy chữ từ tệp PDF. Văn bản phải \
dùng bộ mã Unicode theo TCVN 6909:2001 (Phụ lục I Nghị định 30/2020/NĐ-CP). Sửa không an toàn: xóa dấu rời; \
người soạn cần bỏ lại dấu đúng cho chữ bị mất dấu."),
    docs_en: docs!("A combining diacritic (U+0300–U+036F…) must follow the letter it belongs to. After a space, \
a punctuation mark or at the start of a line it belongs to no letter: a word loses its mark (`thiêt hai` \
for `thiệt hại`) and the mark shows as a stray glyph. This is typical of text taken from a PDF. Documents \
use Unicode per TCVN 6909:2001 (Phụ lục I of ND30). Unsafe fix: the stray marks are deleted; the \
drafter must put the right marks back on the words that lost them."),
    bad: docs!("Khắc phục thiêt hai \u{300} \u{323} do thiên tai gây ra.\n"),
    good: docs!("Khắc phục thiệt hại do thiên tai gây ra.\n"),
    check: crate::rules::Check::Document(check),
};

/// A combining diacritic (not a variation selector or an enclosing mark of emoji).
fn is_diacritic(c: char) -> bool {
    matches!(c as u32, 0x0300..=0x036F | 0x1AB0..=0x1AFF | 0x1DC0..=0x1DFF | 0xFE20..=0xFE2F)
}

/// Whether the text may hold a diacritic: the UTF-8 lead bytes of its ranges (CC/CD for
/// U+0300–036F, E1 AA/AB/B7 and EF B8 for the others). Most documents hold none (they are NFC).
fn may_hold_diacritic(text: &str) -> bool {
    // Vectorised searches: this runs over the whole text of every check.
    static PAIRS: LazyLock<[Finder<'static>; 4]> = LazyLock::new(|| {
        [[0xE1, 0xAA], [0xE1, 0xAB], [0xE1, 0xB7], [0xEF, 0xB8]]
            .map(|p| Finder::new(&p).into_owned())
    });
    let bytes = text.as_bytes();
    memchr::memchr2(0xCC, 0xCD, bytes).is_some() || PAIRS.iter().any(|f| f.find(bytes).is_some())
}

fn check(ctx: &Ctx<'_>, out: &mut Vec<crate::diagnostic::Diagnostic>) {
    if !may_hold_diacritic(ctx.text) {
        return;
    }
    for (_, span, t) in lines(ctx) {
        if !may_hold_diacritic(t) {
            continue;
        }
        let chars: Vec<(usize, char)> = t.char_indices().collect();
        // Runs of detached marks (with the spaces between them): (from, to) byte offsets.
        let mut runs: Vec<(usize, usize)> = Vec::new();
        // Marks stack: the letter that carries them is the nearest character before that is not
        // a mark. Kept as the walk goes, so a long run of marks is not walked again for each.
        let mut after_alphanumeric = false;
        let mut k = 0;
        while k < chars.len() {
            let (pos, c) = chars[k];
            let attached = after_alphanumeric;
            if !is_mark(c) {
                after_alphanumeric = crate::text::fold::is_letter_or_digit(c);
            }
            if !is_diacritic(c) || attached {
                k += 1;
                continue;
            }
            let mut end = k + 1;
            // Further marks, and marks after spaces, belong to the same run.
            loop {
                let mut e = end;
                while e < chars.len() && is_space(chars[e].1) {
                    e += 1;
                }
                if e < chars.len() && is_diacritic(chars[e].1) {
                    end = e + 1;
                } else {
                    break;
                }
            }
            let stop = chars.get(end).map_or(t.len(), |p| p.0);
            runs.push((pos, stop));
            // The run is diacritics and spaces: after a space in it, no letter carries a mark.
            if chars[k + 1..end].iter().any(|&(_, c)| !is_mark(c)) {
                after_alphanumeric = false;
            }
            k = end;
        }
        for (from, to) in runs {
            // Delete the spaces before the run too, or after it at the start of the line.
            let before = t[..from].trim_end_matches(is_space).len();
            let (del_from, del_to) = if before > 0 {
                (before, to)
            } else {
                (
                    from,
                    to + (t[to..].len() - t[to..].trim_start_matches(is_space).len()),
                )
            };
            let marks: Vec<String> = t[from..to]
                .chars()
                .filter(|c| is_diacritic(*c))
                .map(|c| format!("◌{c} (U+{:04X})", c as u32))
                .collect();
            let list = marks.join(", ");
            let word = t[..from].split_whitespace().last().unwrap_or("");
            let shown = excerpt(t, from, to);
            let (vi_where, en_where) = if word.is_empty() {
                (
                    "ở đầu dòng".to_owned(),
                    "at the start of the line".to_owned(),
                )
            } else {
                (format!("sau \"{word}\""), format!("after \"{word}\""))
            };
            out.push(
                RULE.diag(
                    sub(span, from, to - from),
                    format!(
                        "Dấu rời không gắn với chữ cái nào {vi_where}: {list} trong \"{shown}\"; \
chữ bị mất dấu cần gõ lại đúng."
                    ),
                    format!(
                        "Combining mark attached to no letter {en_where}: {list} in \"{shown}\"; \
retype the word that lost it."
                    ),
                )
                .with_fix(Fix::unsafe_(
                    Message::new("Xóa dấu rời", "Delete the stray mark"),
                    vec![Edit::delete(sub(span, del_from, del_to - del_from))],
                )),
            );
        }
    }
}

#[cfg(test)]
mod prefilter_tests {
    #[test]
    fn every_diacritic_passes_the_byte_prefilter() {
        for c in ('\u{0}'..='\u{ffff}').filter(|&c| super::is_diacritic(c)) {
            assert!(
                super::may_hold_diacritic(&format!("a{c}")),
                "U+{:04X}",
                c as u32
            );
        }
        assert!(!super::may_hold_diacritic(
            "Khắc phục thiệt hại, ỦY BAN – “x”"
        ));
    }

    /// The searches say what a byte walk over the same lead bytes says, for every character.
    #[test]
    fn the_searches_agree_with_a_byte_walk() {
        let walk = |t: &str| {
            t.as_bytes().windows(2).any(|w| match w[0] {
                0xCC | 0xCD => true,
                0xE1 => matches!(w[1], 0xAA | 0xAB | 0xB7),
                0xEF => w[1] == 0xB8,
                _ => false,
            })
        };
        for c in ('\u{0}'..='\u{10ffff}')
            .step_by(7)
            .chain(['\u{1ab0}', '\u{1dc0}', '\u{fe20}'])
        {
            let t = format!("ạ{c}x");
            assert_eq!(
                super::may_hold_diacritic(&t),
                walk(&t),
                "U+{:04X}",
                c as u32
            );
        }
    }
}
