use crate::diagnostic::Severity;
use crate::rules::common::text::excerpt;
use crate::rules::{Ctx, FixAvailability, Needs, Rule, Scope};
use crate::text::debris::exotic;
use crate::text::span::Span;
use crate::text::words::{is_letter, is_space};

pub static RULE: Rule = Rule {
    code: "MA008",
    name: "unbalanced-brackets",
    severity: Severity::Warning,
    fix: FixAvailability::None,
    needs: Needs::Text,
    scope: Scope::Any,
    locator: "—",
    default_on: true,
    summary_vi: docs!("Dấu ngoặc hoặc dấu ngoặc kép không cân: `( )`, `[ ]`, `“ ”`, `\" \"`."),
    summary_en: docs!("Unbalanced brackets or quotation marks: `( )`, `[ ]`, `“ ”`, `\" \"`."),
    docs_vi: docs!("Mỗi dấu mở ngoặc `(`, `[`, `“` phải có dấu đóng tương ứng `)`, `]`, `”`, và dấu ngoặc kép \
thẳng `\"` phải đi thành cặp. Thiếu dấu đóng (hoặc thừa dấu đóng) thường do sửa chữa văn bản mà quên xóa \
hoặc quên gõ. Dấu mở trong câu được tìm dấu đóng trên các dòng tiếp theo của đoạn (văn bản chuyển từ PDF \
bị ngắt dòng, ô bảng bị tách). Phần trích dẫn mở đầu dòng hoặc sau dấu hai chấm (điều, khoản được sửa đổi \
trong văn bản sửa đổi: `“Điều 5. …` … `…”.`) có thể kéo dài qua nhiều đoạn; một phần trích dẫn mới cùng cấp \
(`“Điều 7.` sau `“Điều 6.`) cho thấy phần trước chưa đóng. Cặp ngoặc kép mở một kiểu, đóng một kiểu \
(`“…\"`) được báo một lần. Không báo: ký hiệu đánh số `a)`, `1)`, `“c)` không có dấu mở ngoặc; dòng rác do \
nhận dạng ảnh (OCR) con dấu, chữ ký. Không có sửa tự động: chỉ người soạn biết đặt dấu còn thiếu ở đâu."),
    docs_en: docs!("Each opening `(`, `[`, `“` has its closing `)`, `]`, `”`, and straight quotes `\"` come \
in pairs. A missing (or extra) closing mark usually comes from editing. An opening mark inside a sentence \
is looked for on the next lines of its paragraph (text converted from PDF is wrapped, table cells are \
split). A quotation that starts a line or follows a colon (an article or clause quoted by an amending \
document: `“Điều 5. …` … `…”.`) may run over many paragraphs; a new quoted part at the same level \
(`“Điều 7.` after `“Điều 6.`) shows the one before was never closed. A quotation opened with one kind of \
quote and closed with the other (`“…\"`) is reported once. Not reported: list markers `a)`, `1)`, `“c)` \
with no opening bracket; debris lines from OCR of seals and signatures. No fix: only the drafter knows \
where the missing mark goes."),
    bad: docs!("Các đơn vị báo cáo kết quả (trước ngày 15 tháng 11 hằng năm.\n"),
    good: docs!("Các đơn vị báo cáo kết quả (trước ngày 15 tháng 11 hằng năm)\nvà gửi “Báo cáo tổng hợp”.\n"),
    check: crate::rules::Check::Document(check),
};

/// The marks, each with its pair; straight quotes `"` pair with themselves.
const PAIRS: &[(char, char)] = &[('(', ')'), ('[', ']'), ('“', '”'), ('"', '"')];
const CURLY: usize = 2;
const STRAIGHT: usize = 3;

/// How many lines after its own an opening mark inside a sentence may still be closed: the
/// wrapped lines of its paragraph, however the reader cut them (a column of a table, a line a
/// converter broke, a page break between).
const NEAR: usize = 20;

/// A mark found unbalanced: where, which, and whether it opens.
struct Stray {
    at: u32,
    mark: char,
    opens: bool,
    line: usize,
    /// For a quotation closed by the other kind of quote (`“…\"`, `\"…”`): the opening one.
    opened_by: Option<char>,
}

/// An opening mark waiting for its closing one, up to line `until`; for a quotation that
/// starts a line, the level of what it quotes (`“Điều 5.` 0, `“1.` 1, `“a)` 2).
struct Open {
    at: u32,
    line: usize,
    until: usize,
    level: Option<u8>,
}

fn check(ctx: &Ctx<'_>, out: &mut Vec<crate::diagnostic::Diagnostic>) {
    let mut strays: Vec<Stray> = Vec::new();
    let mut stacks: [Vec<Open>; 4] = Default::default();
    // Opening marks past their reach are reported when a closing mark looks for its partner
    // (or at the end): the stacks are never scanned line by line.
    let expire = |stack: &mut Vec<Open>, strays: &mut Vec<Stray>, i: usize, k: usize| {
        while stack.last().is_some_and(|o| o.until < i) {
            if let Some(o) = stack.pop() {
                strays.push(Stray {
                    at: o.at,
                    mark: PAIRS[k].0,
                    opens: true,
                    line: o.line,
                    opened_by: None,
                });
            }
        }
    };
    for (i, line) in ctx.doc.lines.iter().enumerate() {
        let t = ctx.s(line.span);
        // Most lines hold no bracket or quote at all.
        let bytes = t.as_bytes();
        // Vectorised searches; “ and ” are E2 80 9C and E2 80 9D.
        if memchr::memchr3(b'(', b')', b'"', bytes).is_none()
            && memchr::memchr2(b'[', b']', bytes).is_none()
            && !memchr::memchr_iter(0xE2, bytes)
                .any(|p| matches!(bytes.get(p + 1..p + 3), Some([0x80, 0x9C | 0x9D])))
        {
            continue;
        }
        // OCR of a seal or a signature: its marks are no typing. A line whose marks pair up
        // within it (`(b/c)`, `“…”`) is read as it is: asking costs a syllable test a word.
        let count = |b: u8| bytecount(bytes, b);
        let pairs_up = count(b'(') == count(b')')
            && count(b'[') == count(b']')
            && count(b'"') % 2 == 0
            && t.matches('“').count() == t.matches('”').count();
        if !pairs_up && ctx.is_debris(i) {
            continue;
        }
        let chars: Vec<(usize, char)> = t.char_indices().collect();
        for (n, &(pos, c)) in chars.iter().enumerate() {
            let at = line.span.start + pos as u32;
            let Some((k, opens)) = PAIRS.iter().enumerate().find_map(|(k, (o, cl))| {
                if c == *o {
                    Some((k, true))
                } else if c == *cl {
                    Some((k, false))
                } else {
                    None
                }
            }) else {
                continue;
            };
            expire(&mut stacks[k], &mut strays, i, k);
            let stack = &mut stacks[k];
            // A straight quote opens or closes by what stands beside it.
            let opens = if k == STRAIGHT {
                straight_opens(&chars, n).unwrap_or(stack.is_empty())
            } else {
                opens
            };
            if opens {
                // A quotation that starts a line or follows a colon may run over paragraphs
                // (the amended article of an amending document: `“Điều 5. …` … `…”.`).
                let start = if k >= 2 {
                    quotation_start(ctx, i, &chars, n)
                } else {
                    None
                };
                let until = if start.is_some() {
                    usize::MAX
                } else {
                    i + NEAR
                };
                let level = start.and_then(|s| s.level);
                // A quotation starting a line inside another one, with no colon to introduce
                // it: one of them is a slip. A deeper part (`“1.` inside `“Điều 24.`) opened
                // again is the extra mark; a part at the same level or above (`“Điều 7.` after
                // `“Điều 6.`) says the one before was never closed.
                let nested = start.is_some_and(|s| s.introduced);
                if let (false, Some(new), Some(top)) =
                    (nested, level, stack.last().and_then(|o| o.level))
                {
                    if new > top {
                        strays.push(Stray {
                            at,
                            mark: c,
                            opens: true,
                            line: i,
                            opened_by: None,
                        });
                        continue;
                    }
                    if let Some(o) = stack.pop() {
                        strays.push(Stray {
                            at: o.at,
                            mark: c,
                            opens: true,
                            line: o.line,
                            opened_by: None,
                        });
                    }
                }
                stack.push(Open {
                    at,
                    line: i,
                    until,
                    level,
                });
                continue;
            }
            // A list marker starting a line (`g)`, `“c) …`) belongs to no bracket of a line
            // before, even one left open there.
            let marker = c == ')' && list_marker(&chars, n);
            let starts_line = marker && {
                let mut j = n;
                while j > 0 && (chars[j - 1].1.is_alphanumeric() || chars[j - 1].1 == '.') {
                    j -= 1;
                }
                chars[..j]
                    .iter()
                    .all(|&(_, ch)| is_space(ch) || matches!(ch, '“' | '"' | '*' | '_'))
                    && chars.get(n + 1).is_none_or(|p| is_space(p.1))
                    && numbering(chars[j..n].iter().map(|p| p.1))
            };
            if starts_line && stack.last().is_some_and(|o| o.line < i) {
                continue;
            }
            if stack.pop().is_some() || marker {
                continue;
            }
            // A quotation opened with one kind of quote and closed with the other (`“…\"`,
            // `\"…”`): one slip, reported once at the closing mark.
            let other = match k {
                CURLY => Some(STRAIGHT),
                STRAIGHT => Some(CURLY),
                _ => None,
            };
            let opened_by = other.and_then(|o| {
                expire(&mut stacks[o], &mut strays, i, o);
                stacks[o].pop().map(|_| PAIRS[o].0)
            });
            strays.push(Stray {
                at,
                mark: c,
                opens: false,
                line: i,
                opened_by,
            });
        }
    }
    for (k, stack) in stacks.into_iter().enumerate() {
        for o in stack {
            strays.push(Stray {
                at: o.at,
                mark: PAIRS[k].0,
                opens: true,
                line: o.line,
                opened_by: None,
            });
        }
    }
    crate::text::sorting::sort_by_key(&mut strays, |s| s.at);
    // Whether the stray's line holds a letter, asked once a line (a hostile line of marks
    // alone has a stray for each).
    let mut letters: Option<(usize, bool)> = None;
    for s in strays {
        let line = ctx.line(s.line).span;
        let t = ctx.s(line);
        let pos = (s.at - line.start) as usize;
        let has_letter = match letters {
            Some((l, has)) if l == s.line => has,
            _ => {
                let has = t.chars().any(is_letter);
                letters = Some((s.line, has));
                has
            }
        };
        if !has_letter {
            continue;
        }
        // Not a bracket left open or closed: a mark that encloses nothing, alone between spaces
        // at the edge of the text (`2.1 ( 4,0`, `— (`, `lý ự "`), before or after a lone
        // symbol (`“. o`, `(/ PỀ`), inside OCR debris (`⁄ZZ”5ÄY`), on a line without a word.
        if encloses_nothing(t, pos, s.opens) {
            continue;
        }
        let shown = excerpt(t, pos, pos + s.mark.len_utf8());
        let want = PAIRS
            .iter()
            .find(|(o, c)| *o == s.mark || *c == s.mark)
            .map_or(('"', '"'), |p| *p);
        let span = Span::new(s.at, s.at + s.mark.len_utf8() as u32);
        let (vi, en) = if let Some(open) = s.opened_by {
            (
                format!(
                    "Dấu ngoặc kép mở bằng \"{open}\" lại đóng bằng \"{}\": \"{shown}\"; dùng cùng một kiểu cho cả cặp.",
                    s.mark
                ),
                format!(
                    "A quotation opened with \"{open}\" is closed with \"{}\": \"{shown}\"; use one kind for both.",
                    s.mark
                ),
            )
        } else if s.opens {
            (
                format!(
                    "Dấu \"{}\" mở mà không có dấu \"{}\" đóng trong đoạn: \"{shown}\".",
                    s.mark, want.1
                ),
                format!(
                    "\"{}\" is opened and never closed by \"{}\" in the paragraph: \"{shown}\".",
                    s.mark, want.1
                ),
            )
        } else {
            (
                format!(
                    "Dấu \"{}\" đóng mà không có dấu \"{}\" mở trước đó: \"{shown}\".",
                    s.mark, want.0
                ),
                format!(
                    "\"{}\" closes with no \"{}\" opened before it: \"{shown}\".",
                    s.mark, want.0
                ),
            )
        };
        out.push(RULE.diag(span, vi, en));
    }
}

/// Whether the straight quote at `k` opens (a space, a bracket, `=` or the line start before
/// it, a word after) or closes (a word before, a space, a mark or the line end after); `None`
/// when it could be either.
fn straight_opens(chars: &[(usize, char)], k: usize) -> Option<bool> {
    let before = k.checked_sub(1).map(|j| chars[j].1);
    let after = chars.get(k + 1).map(|p| p.1);
    let (spaced_before, spaced_after) = (before.is_none_or(is_space), after.is_none_or(is_space));
    let open_side = spaced_before || before.is_some_and(|c| matches!(c, '(' | '[' | '=' | '“'));
    let close_side = spaced_after
        || after.is_some_and(|c| {
            matches!(
                c,
                '.' | ',' | ';' | ':' | '!' | '?' | ')' | ']' | '}' | '>' | '”'
            )
        });
    if open_side && !spaced_after {
        Some(true)
    } else if close_side && !spaced_before {
        Some(false)
    } else {
        None
    }
}

/// A quotation that may run over paragraphs: one that starts the text of its line (after a
/// footnote number or Markdown emphasis) or follows a colon.
#[derive(Clone, Copy)]
struct QuotationStart {
    /// A colon introduces it (on its line, or ending the line before).
    introduced: bool,
    /// What it quotes, when that is a part of a legal text: `Điều` 0, khoản `1.` 1, điểm `a)` 2.
    level: Option<u8>,
}

/// How the quotation mark at `k` of line `i` opens: `None` inside a sentence.
fn quotation_start(
    ctx: &Ctx<'_>,
    i: usize,
    chars: &[(usize, char)],
    k: usize,
) -> Option<QuotationStart> {
    let mut j = k;
    while j > 0 && is_space(chars[j - 1].1) {
        j -= 1;
    }
    if j > 0 && chars[j - 1].1 == ':' {
        return Some(QuotationStart {
            introduced: true,
            level: None,
        });
    }
    // What stands before: nothing, a footnote number, emphasis marks.
    let head = &chars[..j];
    if !head
        .iter()
        .all(|&(_, c)| c.is_ascii_digit() || is_space(c) || matches!(c, '*' | '_' | '>'))
        || head.iter().filter(|(_, c)| c.is_ascii_digit()).count() > 3
    {
        return None;
    }
    let introduced = i > 0 && ctx.line_text(i - 1).trim_end().ends_with(':');
    let rest: String = chars[k + 1..]
        .iter()
        .map(|p| p.1)
        .skip_while(|&c| c == '…' || c == '.' || is_space(c))
        .take(8)
        .collect();
    let digits = rest.chars().take_while(char::is_ascii_digit).count();
    let level = if rest.starts_with("Điều ") || rest.starts_with("Chương ") {
        Some(0)
    } else if (1..=3).contains(&digits) && rest[digits..].starts_with(['.', ',']) {
        Some(1)
    } else {
        let mut cs = rest.chars();
        match (cs.next(), cs.next(), cs.next()) {
            (Some(a), Some(')'), _) if crate::text::fold::is_lower(a) => Some(2),
            (Some(a), Some(d), Some(')'))
                if crate::text::fold::is_lower(a) && d.is_ascii_digit() =>
            {
                Some(2)
            }
            _ => None,
        }
    };
    Some(QuotationStart { introduced, level })
}

/// How far each side of a mark `encloses_nothing` looks.
const NEAR_BYTES: usize = 256;

/// Whether the unbalanced mark at byte `pos` of `t` stands by nothing it could enclose (its
/// line is known to hold a letter).
fn encloses_nothing(t: &str, pos: usize, opens: bool) -> bool {
    // What stands near the mark decides (a token, the word beside it): a few hundred bytes
    // each side, whatever the line's length.
    let (near, from) = crate::input::source::window_around(t, pos, NEAR_BYTES);
    let (head, tail) = near.split_at(pos - from);
    let tail = tail
        .get(tail.chars().next().map_or(0, char::len_utf8)..)
        .unwrap_or("");
    // The token the mark is in: OCR debris when it holds a character typing never gives.
    let before = head.chars().rev().take_while(|&c| !is_space(c));
    let after = tail.chars().take_while(|&c| !is_space(c));
    if before.chain(after).any(|c| {
        exotic(c) || (crate::text::fold::is_letter(c) && !c.is_ascii() && !vietnamese_letter(c))
    }) {
        return true;
    }
    // The side it would enclose: a lone symbol before a space (`“. o`, `(/ PỀ`).
    let (first, second) = if opens {
        let mut inner = tail.chars();
        (inner.next(), inner.next())
    } else {
        let mut inner = head.chars().rev();
        (inner.next(), inner.next())
    };
    if let (Some(a), b) = (first, second) {
        if !crate::text::fold::is_letter_or_digit(a)
            && !is_space(a)
            && !matches!(a, '…' | '.' | '“' | '”' | '"' | '(' | ')' | '[' | ']' | '%')
            && b.is_none_or(is_space)
        {
            return true;
        }
        if matches!(a, '.' | ',' | ';' | ':') && opens && b.is_none_or(is_space) {
            return true;
        }
    }
    let spaced_before = head.chars().next_back().is_none_or(is_space);
    let spaced_after = tail.chars().next().is_none_or(is_space);
    if !spaced_before || !spaced_after {
        return false;
    }
    let word = |tok: Option<&str>| tok.is_some_and(|w| w.chars().any(crate::text::fold::is_letter));
    !word(head.split_whitespace().next_back()) || !word(tail.split_whitespace().next())
}

/// A letter of Vietnamese text: ASCII, the Vietnamese block, and Latin-1/Extended letters
/// Vietnamese uses (`à á â ã è é ê ì í ò ó ô õ ù ú ý ă đ ĩ ũ ơ ư` and capitals).
fn vietnamese_letter(c: char) -> bool {
    let l = crate::text::fold::fold_char(c);
    l.is_ascii() || ('\u{1ea0}'..='\u{1ef9}').contains(&l) || "àáâãèéêìíòóôõùúýăđĩũơư".contains(l)
}

/// What numbers a point or an item: `a`, `đ`, `c2`, `12`, `1.2`, `iv`, `IX`; not a word
/// (`biểu`) nor a year (`2024`).
fn numbering(label: impl Iterator<Item = char> + Clone) -> bool {
    let text: Vec<char> = label.collect();
    let n = text.len();
    let digits = text.iter().all(|c| c.is_ascii_digit() || *c == '.');
    let roman = text
        .iter()
        .all(|c| matches!(c, 'i' | 'v' | 'x' | 'I' | 'V' | 'X'));
    let point = (1..=2).contains(&n)
        && text[0].is_alphabetic()
        && text[1..].iter().all(char::is_ascii_digit);
    (digits && text.iter().filter(|c| c.is_ascii_digit()).count() <= 3 && n > 0)
        || (roman && (1..=4).contains(&n))
        || point
}

/// `a)`, `1)`, `iv)`, `1.2)`, `“c)`: a list marker, not a bracket.
fn list_marker(chars: &[(usize, char)], k: usize) -> bool {
    let mut j = k;
    while j > 0 && (chars[j - 1].1.is_alphanumeric() || chars[j - 1].1 == '.') {
        j -= 1;
    }
    let len = k - j;
    let at_start = j == 0
        || is_space(chars[j - 1].1)
        || matches!(chars[j - 1].1, '*' | '_' | '“' | '"' | '‘' | '\'');
    // An emoticon or a blank `:)`, `…)` is not a bracket either.
    let emoticon = k > 0 && matches!(chars[k - 1].1, ':' | ';');
    ((1..=4).contains(&len) && at_start) || emoticon
}

/// How many times byte `b` occurs in `bytes`.
fn bytecount(bytes: &[u8], b: u8) -> usize {
    memchr::memchr_iter(b, bytes).count()
}

#[cfg(test)]
mod tests {
    use crate::config::Config;

    /// The MA008 findings: the text of the line each points into, from the mark on.
    fn found(text: &str) -> Vec<String> {
        let config = Config {
            select: vec!["MA008".to_owned()],
            ..Config::default()
        };
        let report = crate::check_str(text, &config);
        let t = report.source.text();
        report
            .diagnostics
            .iter()
            .filter(|d| d.code == "MA008")
            .map(|d| {
                let rest = &t[d.span.start as usize..];
                rest.lines().next().unwrap_or("").to_owned()
            })
            .collect()
    }

    /// The MA008 findings on a word processor's paragraphs, as the text from each mark on.
    fn found_in_paragraphs(paragraphs: &[&str]) -> Vec<String> {
        let config = Config {
            select: vec!["MA008".to_owned()],
            ..Config::default()
        };
        let blocks: Vec<crate::Block> = paragraphs
            .iter()
            .map(|t| crate::Block {
                text: (*t).to_owned(),
                ..crate::Block::default()
            })
            .collect();
        let report = crate::check_blocks(&blocks, &config);
        let t = report.source.text();
        report
            .diagnostics
            .iter()
            .filter(|d| d.code == "MA008")
            .map(|d| {
                t[d.span.start as usize..]
                    .lines()
                    .next()
                    .unwrap_or("")
                    .to_owned()
            })
            .collect()
    }

    /// Word breaks a `(Kèm theo …` line over two paragraphs: the bracket closes in the next
    /// one, in a .docx as in text; one never closed is still reported.
    #[test]
    fn a_bracket_closed_in_the_next_paragraph_of_its_sentence() {
        let cut = [
            "Phụ lục I",
            "DANH SÁCH CÁC ĐƠN VỊ ĐƯỢC KIỂM TRA",
            "(Kèm theo Quyết định số 15/QĐ-SCT",
            "ngày 10 tháng 3 năm 2026 của Sở Công Thương)",
            "Các đơn vị báo cáo kết quả (trước ngày 15",
            "tháng 11 hằng năm) về Sở Công Thương.",
        ];
        assert_eq!(found_in_paragraphs(&cut), Vec::<String>::new());
        assert_eq!(found(&(cut.join("\n") + "\n")), Vec::<String>::new());
        let unclosed = [
            "Phụ lục I",
            "(Kèm theo Quyết định số 15/QĐ-SCT ngày 10 tháng 3 năm 2026 của Sở Công Thương",
            "Các đơn vị báo cáo kết quả về Sở Công Thương.",
        ];
        assert_eq!(
            found_in_paragraphs(&unclosed),
            vec!["(Kèm theo Quyết định số 15/QĐ-SCT ngày 10 tháng 3 năm 2026 của Sở Công Thương"]
        );
    }

    #[test]
    fn an_amending_document_quotes_articles_over_many_paragraphs() {
        let text = "Điều 1. Sửa đổi, bổ sung một số điều của Nghị định số 15/2020/NĐ-CP\n\
1. Sửa đổi Điều 3 như sau:\n\
“Điều 3. Giải thích từ ngữ\n\
Trong Nghị định này, các từ ngữ dưới đây được hiểu như sau:\n\
1. Dịch vụ số là dịch vụ được cung cấp trên môi trường số.\n\
2. Nền tảng số là hệ thống thông tin (phần mềm) phục vụ giao dịch.\n\
3. Dữ liệu là tập hợp ký hiệu, chữ số, hình ảnh, âm thanh.\n\
4. Dữ liệu số là dữ liệu theo quy định của Luật Dữ liệu.\n\
5. Giao dịch điện tử là giao dịch theo quy định của Luật Giao dịch điện tử.\n\
6. Chữ ký số là chữ ký điện tử theo quy định của Luật Giao dịch điện tử.\n\
7. Danh tính điện tử là thông tin để xác định một chủ thể.\n\
8. Tài khoản định danh điện tử là tập hợp gồm tên đăng nhập, mật khẩu.\n\
9. Căn cước là thông tin cơ bản về nhân thân của công dân.\n\
10. Cơ sở dữ liệu quốc gia là tập hợp dữ liệu dùng chung.\n\
11. Hệ thống thông tin là tập hợp phần cứng, phần mềm.\n\
12. Bảo vệ dữ liệu cá nhân theo quy định của Luật số 91/2025/QH15.\n\
13. Sở hữu trí tuệ theo quy định của Luật số 07/2022/QH15.”.\n\
2. Bổ sung điểm b khoản 2 Điều 5 như sau:\n\
“b) Cơ quan thường trực của Ban Chỉ đạo là Bộ Công an;\n\
c) Cơ quan phối hợp là các bộ, ngành có liên quan;”.\n\
3. Thay cụm từ “Bộ Thông tin và Truyền thông” bằng cụm từ “Bộ Khoa học và Công nghệ”.\n";
        assert_eq!(found(text), Vec::<String>::new());
    }

    #[test]
    fn a_quoted_article_left_open_is_reported_where_the_next_one_starts() {
        let text = "1. Sửa đổi Điều 6 như sau:\n\
“Điều 6. Nộp hồ sơ đề nghị\n\
Tổ chức nộp hồ sơ qua Cổng Dịch vụ công quốc gia.\n\
2. Sửa đổi Điều 7 như sau:\n\
“Điều 7. Kiểm tra và xử lý hồ sơ\n\
Cơ quan tiếp nhận kiểm tra hồ sơ.”.\n";
        assert_eq!(found(text), vec!["“Điều 6. Nộp hồ sơ đề nghị"]);
    }

    #[test]
    fn real_slips_are_still_reported() {
        assert_eq!(
            found("Các đơn vị báo cáo (trước ngày 15 tháng 11 hằng năm.\n").len(),
            1
        );
        assert_eq!(
            found("phát triển kinh tế xã hội trên địa bàn tỉnh”.\n"),
            vec!["”."]
        );
        assert_eq!(
            found("ngày 03/6/2020 phê duyệt “Chương trình chuyển đổi số quốc gia đến năm 2025.\n")
                .len(),
            1
        );
    }

    #[test]
    fn quotes_of_two_kinds_are_one_slip() {
        let found = found("Treo biển báo \"Nguy hiểm - Cấm lửa” tại kho.\n");
        assert_eq!(found, vec!["” tại kho."]);
        let found2 = super::tests::found(
            "Kết luận xác định: “Mục tiêu hàng đầu là tạo lập hệ thống pháp luật hoàn thiện\n\
bứt phá cho phát triển\", góp phần hoàn thành các mục tiêu.\n",
        );
        assert_eq!(found2, vec!["\", góp phần hoàn thành các mục tiêu."]);
    }

    #[test]
    fn list_markers_and_ocr_debris_are_not_brackets() {
        let text = "a) Kiểm tra hồ sơ;\nb) Lập biên bản;\n\
“c) Điểm a khoản 8 Điều 51 được sửa đổi như sau;”.\n\
^ \" /„A L2 Ẩ L2 £ “cự\n\
Ẳ T/ NHIÊN, .> [tt\n";
        assert_eq!(found(text), Vec::<String>::new());
    }

    #[test]
    fn no_break_spaces_beside_marks_do_not_break_it() {
        assert_eq!(
            found("“\u{a0}Điều 5.\u{a0}Phạm vi\u{a0}”\u{a0}\n"),
            Vec::<String>::new()
        );
        assert_eq!(
            found("Nộp (\u{a0}bản sao\u{a0})\u{a0}“\u{a0}hồ sơ\u{a0}”.\n"),
            Vec::<String>::new()
        );
        // Marks among no-break spaces in any order: found without a panic, each once.
        for text in [
            "(\u{a0}\u{a0}\u{a0}\n\u{a0})\u{a0}“\u{a0}1.\u{a0}a\u{a0}\n",
            "\u{a0}\"\u{a0}\u{a0}c)\u{a0}\"\u{a0}Điều\u{a0}\"\n",
            "Số:\u{a0}“1\u{a0},\u{a0}(\u{a0}]\u{a0}\n",
        ] {
            assert!(found(text).len() <= 3, "{text:?}");
        }
    }
}

/// Tests added for the mutation sample (docs/mutation-testing.md).
#[cfg(test)]
mod sample_tests {
    /// The MA008 findings, as the mark each stands on.
    fn marks(text: &str) -> Vec<String> {
        crate::rules::test_support::covered("MA008", text)
    }

    /// OCR of a seal beside the signature may hold a lone straight quote (`"HẠ`): a speck, no
    /// quotation left open. The same quote in a typed sentence is one.
    #[test]
    fn a_lone_straight_quote_in_a_seal_s_debris_is_no_typing() {
        let debris =
            "Các đơn vị báo cáo kết quả về Sở Nội vụ.\n2 LÄ Lá ^ ˆ ` ` ~ ./ Lá \"HẠ .. 7, %\n";
        assert_eq!(marks(debris), Vec::<String>::new());
        let typed = "Các đơn vị báo cáo kết quả về Sở Nội vụ.\nCác đơn vị \"HẠ TẦNG báo cáo.\n";
        assert_eq!(marks(typed), ["\""]);
    }

    /// A quotation opened inside a sentence reaches a few paragraphs at most (only one that
    /// starts a paragraph may quote articles at length): a closing mark far below is a slip of
    /// its own, and each is reported where it stands.
    #[test]
    fn a_quote_opened_mid_sentence_is_not_closed_by_a_mark_far_below() {
        let mut lines = vec![
            "Điều 1. Phê duyệt “Chương trình chuyển đổi số quốc gia đến năm 2025, định hướng đến năm 2030.".to_owned(),
            "Điều 2. Giao Sở Thông tin và Truyền thông chủ trì thực hiện các nhiệm vụ sau:".to_owned(),
        ];
        for n in 1..=22 {
            lines.push(format!(
                "{n}. Hướng dẫn các sở, ngành triển khai nhiệm vụ thứ {n}."
            ));
        }
        lines.push(
            "Điều 3. Các sở, ngành phối hợp phát triển kinh tế xã hội trên địa bàn tỉnh”."
                .to_owned(),
        );
        assert_eq!(marks(&(lines.join("\n") + "\n")), ["“", "”"]);
    }
}
