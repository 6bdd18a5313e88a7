use crate::diagnostic::{Diagnostic, Edit, Fix, Message, Severity};
use crate::model::body::SectionKind;
use crate::rules::common::body::{body_items, sibling_groups};
use crate::rules::{Ctx, DiagnosticExt, FixAvailability, Needs, Rule, Scope};
use crate::text::span::Span;

pub static RULE: Rule = Rule {
    code: "ND006",
    name: "diem-sequence",
    severity: Severity::Error,
    fix: FixAvailability::Unsafe,
    needs: Needs::Text,
    scope: Scope::Nd30,
    locator: "PL-I II.6",
    default_on: true,
    summary_vi: docs!("Ký hiệu điểm không theo thứ tự `a b c d đ e g h i k l m n o p q r s t u v x y` (không có `f j w z`), hoặc dùng lẫn `a)` và `a.`."),
    summary_en: docs!("Điểm letters not in order `a b c d đ e g h i k l m n o p q r s t u v x y` (no `f j w z`); mixed `a)`/`a.` styles."),
    docs_vi: docs!("Điểm được ký hiệu bằng chữ cái tiếng Việt theo thứ tự bảng chữ cái, kèm dấu đóng ngoặc đơn: \
`a)`, `b)`, `c)`, `d)`, `đ)`, `e)`, `g)`, `h)`, `i)`, `k)`… (Phụ lục I Nghị định 30/2020/NĐ-CP, mục II.6). \
Bảng chữ cái tiếng Việt không có `f`, `j`, `w`, `z`, và `đ` đứng sau `d`. Quy tắc báo điểm đầu tiên không \
phải `a`, điểm sai thứ tự hoặc bỏ sót chữ, chữ không thuộc bảng chữ cái, và văn bản dùng lẫn hai kiểu \
`a)` và `a.`. Sửa tự động (không an toàn): đổi chữ cái hoặc dấu thành dạng đúng."),
    docs_en: docs!("Điểm are marked with Vietnamese letters in alphabetical order followed by a closing \
parenthesis: `a)`, `b)`, `c)`, `d)`, `đ)`, `e)`, `g)`, `h)`, `i)`, `k)`… (Phụ lục I of ND30, II.6). The \
Vietnamese alphabet has no `f`, `j`, `w`, `z`, and `đ` follows `d`. The rule reports a first điểm other \
than `a`, a letter out of order or skipped, a letter outside the alphabet, and a document mixing the \
`a)` and `a.` styles. Unsafe fix: change the letter or the mark to the right form."),
    bad: docs!("KẾ HOẠCH\nTriển khai công tác năm 2026\n\nI. NHIỆM VỤ\n1. Nhiệm vụ chung\na) Rà soát;\nb) Tổng hợp;\nd) Báo cáo.\n"),
    good: docs!("KẾ HOẠCH\nTriển khai công tác năm 2026\n\nI. NHIỆM VỤ\n1. Nhiệm vụ chung\na) Rà soát;\nb) Tổng hợp;\nc) Kiểm tra;\nd) Đánh giá;\nđ) Báo cáo.\n"),
    check: crate::rules::Check::Document(check),
};

/// The điểm letters in order.
pub(crate) const LETTERS: [&str; 23] = [
    "a", "b", "c", "d", "đ", "e", "g", "h", "i", "k", "l", "m", "n", "o", "p", "q", "r", "s", "t",
    "u", "v", "x", "y",
];

fn position(letter: &str) -> Option<usize> {
    LETTERS.iter().position(|l| *l == letter)
}

fn check(ctx: &Ctx<'_>, out: &mut Vec<Diagnostic>) {
    let items = body_items(ctx);
    let groups = sibling_groups(&items, SectionKind::Diem);
    let sep = |k: usize| items[k].sep.map(|s| ctx.s(s)).unwrap_or("");
    let any_paren = groups.iter().flat_map(|(_, g)| g).any(|&k| sep(k) == ")");
    for (parent, group) in &groups {
        let mut prev: Option<usize> = None;
        // Where the lines that may hold this item's lost predecessor begin: the parent's own
        // line (`Điều 2: a) …`), then the line after each item.
        let mut from_line = parent.map_or(ctx.doc.body.start, |p| items[p].line);
        for &k in group {
            let item = &items[k];
            let scan_from = std::mem::replace(&mut from_line, item.line + 1);
            let letter = ctx.s(item.number);
            let Some(pos) = position(letter) else {
                let expected = prev.map_or(0, |p| (p + 1).min(LETTERS.len() - 1));
                let want = LETTERS[expected];
                out.push(
                    RULE.diag(
                        item.number,
                        format!("Điểm \"{letter}\" dùng chữ cái không có trong bảng chữ cái tiếng Việt; chữ đúng là \"{want}\"."),
                        format!("Điểm \"{letter}\" uses a letter outside the Vietnamese alphabet; expected \"{want}\"."),
                    )
                    .with_fix(Fix::unsafe_(
                        Message::new(format!("Đổi thành \"{want}\""), format!("Change to \"{want}\"")),
                        vec![Edit::replace(item.number, want)],
                    )),
                );
                // A drafter who wrote `f)` after `e)` goes on with `g)`: the next letter is
                // judged after the Latin letter's Vietnamese predecessor, so one slip gives
                // one finding.
                prev = latin_predecessor(letter).or(Some(expected));
                continue;
            };
            // A list starting again at `a` under the same parent is a new list.
            let expected = match prev {
                None => 0,
                Some(_) if pos == 0 => 0,
                Some(p) => p + 1,
            };
            prev = Some(pos);
            if pos == expected {
                continue;
            }
            let Some(want) = LETTERS.get(expected) else {
                continue;
            };
            // The expected item is there but not read as one: inline after its parent's
            // heading (`Điều 2: a) …`), or with a marker an OCR garbled (`©)` for `c)`).
            if present_but_unread(ctx, want, scan_from, item.line) {
                continue;
            }
            // `i.`, `ii.`, `iii.`: a list in lower-case Roman numerals, not điểm `i`.
            if letter == "i" && expected == 0 && opens_roman_ii(ctx, item.line + 1) {
                continue;
            }
            let (vi, en) = if expected == 0 {
                (
                    format!("Điểm đầu tiên là \"{letter}\"; các điểm bắt đầu từ \"a\"."),
                    format!("The first điểm is \"{letter}\"; điểm start at \"a\"."),
                )
            } else {
                (
                    format!("Điểm \"{letter}\" không đúng thứ tự bảng chữ cái tiếng Việt (a, b, c, d, đ, e, g, h, i, k…); chữ đúng là \"{want}\"."),
                    format!("Điểm \"{letter}\" is out of the Vietnamese alphabetical order (a, b, c, d, đ, e, g, h, i, k…); expected \"{want}\"."),
                )
            };
            out.push(RULE.diag(item.number, vi, en).with_fix(Fix::unsafe_(
                Message::new(
                    format!("Đổi thành \"{want}\""),
                    format!("Change to \"{want}\""),
                ),
                vec![Edit::replace(item.number, *want)],
            )));
        }
        // Mixed styles: `a.` where the document also writes `a)`.
        if any_paren {
            let dotted: Vec<usize> = group.iter().copied().filter(|&k| sep(k) == ".").collect();
            if let Some(&first) = dotted.first() {
                let edits: Vec<Edit> = dotted
                    .iter()
                    .filter_map(|&k| items[k].sep)
                    .map(|s| Edit::replace(s, ")"))
                    .collect();
                let item = &items[first];
                let span = item
                    .sep
                    .map_or(item.number, |s| Span::cover(item.number, s));
                let letter = ctx.s(item.number);
                out.push(
                    RULE.diag(
                        span,
                        format!("Điểm \"{letter}.\" dùng dấu chấm trong khi văn bản dùng dạng \"a)\" cho các điểm khác; ký hiệu điểm thống nhất là chữ cái kèm dấu đóng ngoặc đơn."),
                        format!("Điểm \"{letter}.\" uses a period while the document writes \"a)\" elsewhere; điểm are marked consistently with a letter and a closing parenthesis."),
                    )
                    .with_fix(Fix::unsafe_(
                        Message::new("Đổi dấu chấm thành \")\"", "Change the period to \")\""),
                        edits,
                    )),
                );
            }
        }
    }
}

/// The Vietnamese letter before a Latin one the alphabet lacks (`f` → `e`, `j` → `i`,
/// `w` → `v`, `z` → `y`), as a position in [`LETTERS`].
fn latin_predecessor(letter: &str) -> Option<usize> {
    let before = match letter {
        "f" => "e",
        "j" => "i",
        "w" => "v",
        "z" => "y",
        _ => return None,
    };
    position(before)
}

/// Whether a line in `from..to` holds the điểm `want` unread: `want)` inside the line after a
/// space or at its start, or a line opening with one character that is no letter of the
/// alphabet before `)` (`©)`, an OCR's reading of `c)`).
fn present_but_unread(ctx: &Ctx<'_>, want: &str, from: usize, to: usize) -> bool {
    (from..to).filter(|&i| !ctx.doc.in_aside(i)).any(|i| {
        let line = ctx.line_text(i);
        let inline = line.match_indices(want).any(|(k, _)| {
            line[..k]
                .chars()
                .next_back()
                .is_none_or(char::is_whitespace)
                && line[k + want.len()..].starts_with(')')
        });
        let mut start = line.trim_start().chars();
        let garbled = matches!(
            (start.next(), start.next()),
            (Some(c), Some(')')) if !c.is_ascii_alphanumeric() && !c.is_whitespace()
        );
        inline || garbled
    })
}

/// Whether the lines from `from` on (a few) open a list item `ii.` or `ii)`.
fn opens_roman_ii(ctx: &Ctx<'_>, from: usize) -> bool {
    (from..ctx.doc.lines.len().min(from + 12)).any(|i| {
        let t = ctx.line_text(i).trim_start();
        t.strip_prefix("ii")
            .is_some_and(|r| r.starts_with(['.', ')']))
    })
}
