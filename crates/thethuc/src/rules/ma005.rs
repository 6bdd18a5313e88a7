use crate::diagnostic::{Edit, Fix, Message, Severity};
use crate::rules::common::text::{excerpt, lines, sub};
use crate::rules::{Ctx, DiagnosticExt, FixAvailability, Needs, Rule, Scope};
use crate::text::case;
use crate::text::words::is_letter;

pub static RULE: Rule = Rule {
    code: "MA005",
    name: "missing-space-after-punctuation",
    severity: Severity::Warning,
    fix: FixAvailability::Safe,
    needs: Needs::Text,
    scope: Scope::Any,
    locator: "—",
    default_on: true,
    summary_vi: docs!("Thiếu dấu cách sau dấu câu (`a,b`, `kèm theo.Thủ tướng`)."),
    summary_en: docs!("No space after a punctuation mark (`a,b`, `kèm theo.Thủ tướng`)."),
    docs_vi: docs!("Sau các dấu `, . ; : ? !` phải có một dấu cách trước chữ tiếp theo (`báo cáo, đề xuất`, \
`kèm theo. Thủ tướng`). Quy tắc chỉ báo khi dấu câu đứng giữa hai chữ cái; với dấu chấm, chỉ báo khi chữ \
đứng trước viết thường và chữ đứng sau viết hoa (hết câu mà thiếu dấu cách). Không báo: số và số thập \
phân (`1.000`, `2,5`), ngày tháng (`29/9/2020`), giờ (`8:30`), số, ký hiệu văn bản (`127/QĐ-TTg`, \
`QCVN 01:2019/BCT`), `V/v`, chữ viết tắt có dấu chấm (`TP.HCM`, `PGS.TS.`, `ThS.`, `M.Cường`), số mục \
(`2.1.`), một chữ cái đơn sau dấu phẩy (nhãn liệt kê `1A,B,C`), tên viết tắt nối bằng `&` (`VH,TT&DL`), địa \
chỉ trang web và thư điện tử, chuỗi chữ mà lớp văn bản của tệp PDF bỏ mất dấu cách (thiếu từ hai dấu cách giữa các âm \
tiết trở lên: `trậttự,antoànxã`), dấu nằm trong hoặc ngay sau vết rác của bản quét (`|setrer:phi`, \
`./ˆ L?u_`), dấu trên dòng mà bản quét đọc giữa các vết rác và có chữ không ai gõ (`BachH G Lại hẹ,rể`). \
Sửa an toàn: chèn một dấu cách sau dấu câu."),
    docs_en: docs!("The marks `, . ; : ? !` are followed by one space before the next word (`báo cáo, đề xuất`, \
`kèm theo. Thủ tướng`). The rule only reports a mark between two letters; for a period, only when the \
word before is in lower case and the word after starts with a capital (a sentence end without a space). \
Not reported: numbers and decimals (`1.000`, `2,5`), dates (`29/9/2020`), times (`8:30`), document \
numbers and codes (`127/QĐ-TTg`, `QCVN 01:2019/BCT`), `V/v`, abbreviations with periods (`TP.HCM`, \
`PGS.TS.`, `ThS.`, `M.Cường`), section numbers (`2.1.`), a single letter after a comma (labels listed as \
`1A,B,C`), an abbreviated name joined with `&` (`VH,TT&DL`), web and e-mail addresses, a run whose spaces a PDF's text layer dropped (two spaces or more missing between \
syllables: `trậttự,antoànxã`), a mark in or right after a scan's specks (`|setrer:phi`, `./ˆ L?u_`), a mark on a line a scan \
read among its specks that holds words no one types (`BachH G Lại hẹ,rể` under a line with `¿ |`). \
Safe fix: one space is inserted after the mark."),
    bad: docs!("Các văn bản kèm theo.Thủ trưởng các đơn vị tổ chức thực hiện.\n"),
    good: docs!("Các văn bản kèm theo. Thủ trưởng các đơn vị tổ chức thực hiện; TP.HCM, 1.000 người./.\n"),
    check: crate::rules::Check::Document(check),
};

/// Lower-case abbreviations written with a period (`tp.Lào Cai`, `ths.Nguyễn`).
const ABBREVIATIONS: &str = concat!(
    "tp|tx|tt|ths|ts|gs|pgs|bs|ks|cn|th|đc|đ/c|q|p|h|v.v|vv|st|mr|mrs|ms|dr|ltd|co|",
    "inc|tel|fax|đt|sđt|ng",
);

/// The most characters before the mark that a message quotes as the word to fix (real words
/// are far shorter).
const HEAD_CHARS: usize = 40;

/// Whether the comma before `rest` belongs where it stands, with no space after it: a single
/// letter follows (labels `(1A,B,C,D,E)`, a symbol's subscript `rd,F`), or the abbreviation
/// of one name whose last parts an `&` joins (`Sở VH,TT&DL` for Văn hóa, Thể thao và Du lịch).
fn comma_in_a_name_or_label(rest: &str) -> bool {
    // `VT,N.chính`: an initial, the slip it looks like.
    let mut letters = rest.chars();
    let single = letters.next().is_some_and(crate::text::fold::is_letter)
        && !letters
            .next()
            .is_some_and(|c| crate::text::fold::is_letter(c) || c == '.');
    single
        || rest
            .split([',', ';'])
            .next()
            .is_some_and(|part| part.contains('&'))
}

fn check(ctx: &Ctx<'_>, out: &mut Vec<crate::diagnostic::Diagnostic>) {
    for (i, span, t) in lines(ctx) {
        // Every finding is a mark between two letters; most lines have none.
        // The marks are found by vectorised searches, the letters tested without the tables.
        let between = |p: usize| {
            t[..p].chars().next_back().is_some_and(is_letter)
                && t[p + 1..].chars().next().is_some_and(is_letter)
        };
        let bytes = t.as_bytes();
        let between_letters = memchr::memchr3_iter(b',', b'.', b';', bytes).any(between)
            || memchr::memchr3_iter(b':', b'?', b'!', bytes).any(between);
        if !between_letters {
            continue;
        }
        for &(at, tok) in ctx.tokens(i) {
            // Most tokens are plain words: look no further than that.
            if !tok.contains([',', '.', ';', ':', '?', '!'])
                || !has_mark_between_letters(tok)
                || looks_like_address(tok)
                || crate::text::spacing::spaces_dropped(tok)
                // A mark in or right after a scan's specks (`|setrer:phi`, `|NgHyÊN PHẢ,PHUH`,
                // `./ˆ L?u_`) is no typing. Specks after it (a stamp's edge past the line's
                // end, `VT,N.chính (16B).¿_`) leave a typed slip a slip.
                || crate::text::debris::specks_near(ctx.tokens(i), at, 2, 0)
                // A line a scan read among its debris (`|Số và ký hiện Hộ —sez:lboàn`).
                || crate::rules::common::text::scanned_line(ctx, i)
            {
                continue;
            }
            let chars: Vec<(usize, char)> = tok.char_indices().collect();
            for (k, &(i, c)) in chars.iter().enumerate() {
                if !matches!(c, ',' | '.' | ';' | ':' | '?' | '!') || k == 0 {
                    continue;
                }
                let before = chars[k - 1].1;
                let Some(&(_, next)) = chars.get(k + 1) else {
                    continue;
                };
                if !crate::text::fold::is_letter(before) || !crate::text::fold::is_letter(next) {
                    continue;
                }
                if c == '.' && !sentence_end(tok, i, next) {
                    continue;
                }
                // A `?` inside a word in lower case stands for a letter a conversion could not
                // write (`Lu?t`, `D?i`): no question ends there.
                if c == '?' && crate::text::fold::is_lower(next) {
                    continue;
                }
                if c == ',' && comma_in_a_name_or_label(&tok[i + 1..]) {
                    continue;
                }
                // What follows is no word a writer typed but a scan's misreading: letters run
                // into digits (`way.O1 1512024`: `O1` for `01`), or a marked word that opens
                // with no Vietnamese onset (`—sez:lboàn`). A typed word a legacy font garbled
                // (`cơng lỉnh,đờng lối`) still opens as a word does: its slip stays one.
                let rest = &tok[i + c.len_utf8()..];
                let letters = rest
                    .find(|ch: char| !crate::text::fold::is_letter(ch))
                    .map_or(rest, |e| &rest[..e]);
                if rest[letters.len()..].starts_with(|ch: char| ch.is_ascii_digit())
                    || (!letters.is_ascii() && no_onset(letters))
                {
                    continue;
                }
                let pos = at + i + c.len_utf8();
                let shown = excerpt(t, at + i, pos);
                // The word before the mark, at most `HEAD_CHARS` characters of it: on a line of
                // `a,a,a,…` neither the search nor the message may take the whole line for each
                // mark (quadratic time and memory on a hostile input).
                let head = tok.get(..i + c.len_utf8()).unwrap_or("");
                let window = match head.char_indices().rev().nth(HEAD_CHARS) {
                    Some((cut, _)) => &head[cut..],
                    None => head,
                };
                let head = window
                    .rsplit(|ch: char| !crate::text::fold::is_letter(ch) && ch != c)
                    .next()
                    .unwrap_or(window);
                let head = match head.char_indices().rev().nth(HEAD_CHARS) {
                    Some((cut, ch)) => &head[cut + ch.len_utf8()..],
                    None => head,
                };
                let tail: String = tok
                    .get(i + c.len_utf8()..)
                    .unwrap_or("")
                    .chars()
                    .take_while(|ch| crate::text::fold::is_letter(*ch))
                    .collect();
                out.push(
                    RULE.diag(
                        sub(span, at + i, c.len_utf8()),
                        format!(
                            "Thiếu dấu cách sau dấu \"{c}\": \"{shown}\"; viết \"{head} {tail}\"."
                        ),
                        format!("No space after \"{c}\": \"{shown}\"; write \"{head} {tail}\"."),
                    )
                    .with_fix(Fix::safe(
                        Message::new(
                            format!("Chèn dấu cách sau \"{c}\""),
                            format!("Insert a space after \"{c}\""),
                        ),
                        vec![Edit::insert(span.start + pos as u32, " ")],
                    )),
                );
            }
        }
    }
}

/// A web or e-mail address, a path or a file name: never spaced.
/// The shape every finding has: a mark with a letter on each side. Tested before the address
/// test, which lower-cases the token, because most tokens with a mark only end with it.
fn has_mark_between_letters(tok: &str) -> bool {
    let mut chars = tok.chars();
    let (mut before, mut c) = match (chars.next(), chars.next()) {
        (Some(a), Some(b)) => (a, b),
        _ => return false,
    };
    for next in chars {
        if matches!(c, ',' | '.' | ';' | ':' | '?' | '!')
            && crate::text::fold::is_letter(before)
            && crate::text::fold::is_letter(next)
        {
            return true;
        }
        (before, c) = (c, next);
    }
    false
}

fn looks_like_address(tok: &str) -> bool {
    let f = case::lower_str(tok);
    f.contains("://")
        || f.contains('@')
        || f.contains("www.")
        || f.starts_with("http")
        || f.starts_with("mailto:")
        || [
            ".vn", ".com", ".gov", ".org", ".net", ".edu", ".pdf", ".doc", ".xls", ".html",
        ]
        .iter()
        .any(|d| f.contains(d))
}

/// A period between a lower-case word and a capital: the end of a sentence with no space after it.
fn sentence_end(tok: &str, dot: usize, next: char) -> bool {
    if !crate::text::fold::is_capital(next) {
        return false;
    }
    let head = tok.get(..dot).unwrap_or("");
    // The word before the period, whole letters only.
    let word: String = head
        .chars()
        .rev()
        .take_while(|c| crate::text::fold::is_letter(*c))
        .collect::<Vec<_>>()
        .into_iter()
        .rev()
        .collect();
    let rest = &head[..head.len() - word.len()];
    // `v.v.Các`, `a.b.C`: periods inside a dotted abbreviation.
    if rest.ends_with(['.', '/', '-', '_', '&']) {
        return false;
    }
    word.chars().count() >= 2
        && word.chars().all(crate::text::fold::is_lower)
        && !ABBREVIATIONS.split('|').any(|a| a == word)
}

/// Whether a word opens with two consonants that start no Vietnamese syllable (`lboàn`,
/// `sz…`): letters a scan made, not a writer.
fn no_onset(word: &str) -> bool {
    let mut base = word.chars().filter_map(crate::text::fold::base_char);
    let (Some(a), Some(b)) = (base.next(), base.next()) else {
        return false;
    };
    let consonant = |c: char| c.is_ascii_alphabetic() && !"aeiouy".contains(c);
    consonant(a)
        && consonant(b)
        && !"ch|gh|kh|ng|nh|ph|th|tr"
            .split('|')
            .any(|o| o.starts_with(a) && o.ends_with(b))
}
