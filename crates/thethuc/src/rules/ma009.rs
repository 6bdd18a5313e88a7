use crate::diagnostic::{Edit, Fix, Message, Severity};
use crate::rules::common::text::{lines, sub};
use crate::rules::{Ctx, DiagnosticExt, FixAvailability, Needs, Rule, Scope};
use crate::text::fold::latin_twin;
use crate::text::words::is_mark;

pub static RULE: Rule = Rule {
    code: "MA009",
    name: "homoglyph",
    severity: Severity::Error,
    fix: FixAvailability::Safe,
    needs: Needs::Text,
    scope: Scope::Any,
    locator: "—",
    default_on: true,
    summary_vi: docs!("Chữ cái của bảng chữ khác (Kirin, Hy Lạp, chữ eth `Ð`) giống hệt chữ Latinh nằm trong từ \
tiếng Việt (`củа` với chữ `а` Kirin, `Ðiều` với chữ `Ð`)."),
    summary_en: docs!("Look-alike letters of other alphabets inside Vietnamese words (Cyrillic `а` in `củа`, \
the eth `Ð` in `Ðiều`)."),
    docs_vi: docs!("Một số chữ cái Kirin và Hy Lạp (`а`, `е`, `о`, `р`, `с`, `х`, `Α`, `Ο`…) trông giống hệt \
chữ Latinh nhưng là ký tự khác. Khi lẫn vào một từ tiếng Việt (thường do sao chép từ nguồn khác hoặc do \
phần mềm nhận dạng chữ), từ đó không tìm kiếm, sắp xếp, kiểm tra chính tả được và có thể hiển thị sai \
phông chữ. Chữ eth `Ð` (U+00D0) của tiếng Iceland, mà bản chuyển từ PDF và phông chữ cũ \
đặt thay cho `Đ`, cũng vậy. Quy tắc chỉ báo các chữ đó khi chúng đứng trong một từ có chữ Latinh; một từ viết toàn bằng \
chữ Kirin hoặc Hy Lạp (tiếng Nga, ký hiệu khoa học `μm`) không bị báo. Sửa an toàn: thay bằng chữ Latinh \
tương ứng."),
    docs_en: docs!("Some Cyrillic and Greek letters (`а`, `е`, `о`, `р`, `с`, `х`, `Α`, `Ο`…) look exactly like \
Latin letters but are different characters. Inside a Vietnamese word (usually copied from another source \
or produced by character recognition) they make the word unsearchable, unsortable and invisible to \
spelling checks, and may show in another font. So does the Latin eth `Ð` (U+00D0), which PDF conversions and old \
fonts put for `Đ`. Only such letters inside a word that has Latin letters \
are reported; a word wholly in Cyrillic or Greek (Russian text, `μm`) is not. Safe fix: the Latin letter \
instead."),
    bad: docs!("Căn cứ Nghị định số 71/2019/NĐ-CP củа Chính phủ.\n"),
    good: docs!("Căn cứ Nghị định số 71/2019/NĐ-CP của Chính phủ.\n"),
    check: crate::rules::Check::Document(check),
};

/// A letter of the Latin script (Vietnamese letters included).
fn is_latin(c: char) -> bool {
    c.is_ascii_alphabetic()
        || matches!(c as u32, 0x00C0..=0x024F | 0x1E00..=0x1EFF)
            && crate::text::fold::is_letter(c)
            && c != '×'
            && c != '÷'
}

/// Every look-alike but the eth is Greek or Cyrillic (U+0370–052F), whose UTF-8 lead bytes are
/// CD–D4; the eth (U+00D0, U+00F0) is C3 90 or C3 B0: a document without them has nothing to
/// report.
fn may_hold_look_alike(text: &str) -> bool {
    let b = text.as_bytes();
    memchr::memmem::find(b, "Ð".as_bytes()).is_some()
        || memchr::memmem::find(b, "ð".as_bytes()).is_some()
        || memchr::memchr3(0xCD, 0xCE, 0xCF, b).is_some()
        || memchr::memchr3(0xD0, 0xD1, 0xD2, b).is_some()
        || memchr::memchr2(0xD3, 0xD4, b).is_some()
}

fn check(ctx: &Ctx<'_>, out: &mut Vec<crate::diagnostic::Diagnostic>) {
    if !may_hold_look_alike(ctx.text) {
        return;
    }
    for (i, span, _) in lines(ctx) {
        // QH004 reports and rewrites the whole motto, a look-alike in it included.
        if ctx.doc.header.tieu_ngu == Some(i) {
            continue;
        }
        for &(at, word) in ctx.words(i) {
            // `đ` only opens a Vietnamese syllable: an eth inside a word is another language's
            // (`Guðmundur`), not a slip for `Đ`.
            // A lone eth is a scanner's stray mark, not a word.
            let is_twin = |(k, c): (usize, char)| {
                latin_twin(c).is_some()
                    && (!matches!(c, 'Ð' | 'ð') || k == 0 && word.len() > c.len_utf8())
            };
            if !word.chars().any(is_latin) || !word.char_indices().any(is_twin) {
                continue;
            }
            let mut edits = Vec::new();
            let mut fixed = String::new();
            let mut found: Vec<String> = Vec::new();
            let chars: Vec<(usize, char)> = word.char_indices().collect();
            let mut k = 0;
            while k < chars.len() {
                let (pos, c) = chars[k];
                let Some(twin) = latin_twin(c).filter(|_| is_twin((pos, c))) else {
                    fixed.push(c);
                    k += 1;
                    continue;
                };
                // The letter and the marks on it, recomposed on the Latin letter.
                let mut end = k + 1;
                while end < chars.len() && is_mark(chars[end].1) {
                    end += 1;
                }
                let stop = chars.get(end).map_or(word.len(), |p| p.0);
                let mut repl = String::new();
                repl.push(twin);
                repl.push_str(&word[pos + c.len_utf8()..stop]);
                let repl = crate::text::normalization::nfc(&repl);
                fixed.push_str(&repl);
                found.push(format!("U+{:04X}", c as u32));
                edits.push(Edit::replace(sub(span, at + pos, stop - pos), repl));
                k = end;
            }
            let list = found.join(", ");
            let eth = word
                .chars()
                .filter(|&c| latin_twin(c).is_some())
                .all(|c| matches!(c, 'Ð' | 'ð'));
            let (what_vi, what_en) = if eth {
                (
                    "chữ eth của tiếng Iceland viết thay cho chữ \"đ\"",
                    "the Icelandic eth written for \"đ\"",
                )
            } else {
                (
                    "chữ cái Kirin hoặc Hy Lạp giống chữ Latinh",
                    "Cyrillic or Greek look-alike letters",
                )
            };
            out.push(
                RULE.diag(
                    sub(span, at, word.len()),
                    format!("Từ \"{word}\" có {what_vi} ({list}); viết \"{fixed}\"."),
                    format!("The word \"{word}\" has {what_en} ({list}); write \"{fixed}\"."),
                )
                .with_fix(Fix::safe(
                    Message::new(
                        format!("Thay bằng \"{fixed}\""),
                        format!("Replace with \"{fixed}\""),
                    ),
                    edits,
                )),
            );
        }
    }
}

#[cfg(test)]
mod prefilter_tests {
    #[test]
    fn every_look_alike_passes_the_byte_prefilter() {
        let mut twins = 0;
        for c in ('\u{0}'..='\u{ffff}').filter(|&c| crate::text::fold::latin_twin(c).is_some()) {
            twins += 1;
            assert!(
                super::may_hold_look_alike(&c.to_string()),
                "U+{:04X}",
                c as u32
            );
        }
        assert!(twins > 40);
        assert!(super::may_hold_look_alike("- Như Ðiều 3;"));
        assert!(!super::may_hold_look_alike(
            "Căn cứ Nghị định số 71/2019/NĐ-CP của Chính phủ."
        ));
    }
}
