use crate::diagnostic::Severity;
use crate::document::{LineKind, Span};
use crate::rules::ma004::{excerpt, is_space};
use crate::rules::{Ctx, FixAvailability, Needs, Rule, Scope};
use std::collections::HashMap;

pub static RULE: Rule = Rule {
    code: "MA008",
    name: "unbalanced-brackets",
    severity: Severity::Warning,
    fix: FixAvailability::None,
    needs: Needs::Text,
    scope: Scope::Any,
    locator: "—",
    default_on: true,
    summary_vi: "Dấu ngoặc hoặc dấu ngoặc kép không cân: `( )`, `[ ]`, `“ ”`, `\" \"`.",
    summary_en: "Unbalanced brackets or quotation marks: `( )`, `[ ]`, `“ ”`, `\" \"`.",
    docs_vi: docs!("Mỗi dấu mở ngoặc `(`, `[`, `“` phải có dấu đóng tương ứng `)`, `]`, `”` trong cùng đoạn văn, \
và dấu ngoặc kép thẳng `\"` phải đi thành cặp. Thiếu dấu đóng (hoặc thừa dấu đóng) thường do sửa chữa \
văn bản mà quên xóa hoặc quên gõ. Một đoạn được xét qua nhiều dòng liền nhau (văn bản chuyển từ PDF bị \
ngắt dòng), cho đến dòng trống hoặc dòng có cấu trúc mới (Điều, khoản, điểm, gạch đầu dòng…). Không báo: \
ký hiệu đánh số `a)`, `1)` khi không có dấu mở ngoặc. Không có sửa tự động: chỉ người soạn biết đặt dấu \
còn thiếu ở đâu."),
    docs_en: docs!("Each opening `(`, `[`, `“` has its closing `)`, `]`, `”` in the same paragraph, and straight \
quotes `\"` come in pairs. A missing (or extra) closing mark usually comes from editing. A paragraph spans \
consecutive lines (text converted from PDF is wrapped) up to a blank line or a new structural line \
(Điều, khoản, điểm, dash item…). Not reported: list markers `a)`, `1)` with no opening bracket. No fix: \
only the drafter knows where the missing mark goes."),
    bad: "Các đơn vị báo cáo kết quả (trước ngày 15 tháng 11 hằng năm.\n",
    good: "Các đơn vị báo cáo kết quả (trước ngày 15 tháng 11 hằng năm)\nvà gửi “Báo cáo tổng hợp”.\n",
    check,
};

const PAIRS: &[(char, char)] = &[('(', ')'), ('[', ']'), ('“', '”')];

/// A mark found unbalanced: where, which, and whether it opens.
struct Stray {
    at: u32,
    mark: char,
    opens: bool,
    line: usize,
}

/// A paragraph being read: where its last line is, and the marks still open in it.
struct Block {
    row: u32,
    indent: u32,
    column: u8,
    open: Vec<Vec<(u32, usize)>>,
    quote: Option<(u32, usize)>,
}

impl Block {
    fn new(row: u32, indent: u32, column: u8) -> Self {
        Self {
            row,
            indent,
            column,
            open: vec![Vec::new(); PAIRS.len()],
            quote: None,
        }
    }
    fn close(self, strays: &mut Vec<Stray>) {
        for (k, stack) in self.open.into_iter().enumerate() {
            for (at, line) in stack {
                strays.push(Stray {
                    at,
                    mark: PAIRS[k].0,
                    opens: true,
                    line,
                });
            }
        }
        if let Some((at, line)) = self.quote {
            strays.push(Stray {
                at,
                mark: '"',
                opens: true,
                line,
            });
        }
    }
}

fn check(ctx: &Ctx<'_>, out: &mut Vec<crate::diagnostic::Diagnostic>) {
    let mut strays: Vec<Stray> = Vec::new();
    let mut per_row: HashMap<u32, usize> = HashMap::new();
    for l in &ctx.doc.lines {
        *per_row.entry(l.row).or_default() += 1;
    }
    let alone = |row: u32| per_row.get(&row).copied().unwrap_or(0) == 1;
    let mut blocks: Vec<Block> = Vec::new();
    for (i, line) in ctx.doc.lines.iter().enumerate() {
        // Paragraphs left behind are over.
        close_where(&mut blocks, &mut strays, |b| b.row + 2 < line.row);
        // The paragraph this line continues: wrapped text, in the flow or in its column.
        let wraps = !line.blank_before && matches!(line.kind, LineKind::Paragraph);
        let found = blocks.iter().rposition(|b| {
            let flow = b.row + 1 == line.row && alone(b.row) && alone(line.row);
            let in_column = b.row + 2 >= line.row
                && b.indent.abs_diff(line.indent) <= 3
                && !(alone(b.row) && alone(line.row));
            wraps && b.row < line.row && (flow || in_column)
        });
        let k = match found {
            Some(k) => k,
            None => {
                // A new paragraph: the ones in the same place are over.
                close_where(&mut blocks, &mut strays, |b| {
                    b.indent.abs_diff(line.indent) <= 3 || alone(line.row)
                });
                blocks.push(Block::new(line.row, line.indent, line.column));
                blocks.len() - 1
            }
        };
        let b = &mut blocks[k];
        b.row = line.row;
        b.indent = line.indent;
        b.column = line.column;
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
        let chars: Vec<(usize, char)> = t.char_indices().collect();
        for (n, &(pos, c)) in chars.iter().enumerate() {
            let at = line.span.start + pos as u32;
            if c == '"' {
                b.quote = match b.quote {
                    Some(_) => None,
                    None => Some((at, i)),
                };
                continue;
            }
            if let Some(p) = PAIRS.iter().position(|(o, _)| *o == c) {
                b.open[p].push((at, i));
                continue;
            }
            let Some(p) = PAIRS.iter().position(|(_, cl)| *cl == c) else {
                continue;
            };
            if b.open[p].pop().is_some() {
                continue;
            }
            if c == ')' && list_marker(&chars, n) {
                continue;
            }
            strays.push(Stray {
                at,
                mark: c,
                opens: false,
                line: i,
            });
        }
    }
    for b in blocks {
        b.close(&mut strays);
    }
    strays.sort_by_key(|s| s.at);
    for s in strays {
        let line = ctx.line(s.line).span;
        let t = ctx.s(line);
        let pos = (s.at - line.start) as usize;
        let shown = excerpt(t, pos, pos + s.mark.len_utf8());
        let want = PAIRS
            .iter()
            .find(|(o, c)| *o == s.mark || *c == s.mark)
            .map_or(('"', '"'), |p| *p);
        let span = Span::new(s.at, s.at + s.mark.len_utf8() as u32);
        let (vi, en) = if s.opens {
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

/// Closes the blocks `done` says are over, keeping the others in order; no allocation when none
/// is (most lines).
fn close_where(blocks: &mut Vec<Block>, strays: &mut Vec<Stray>, done: impl Fn(&Block) -> bool) {
    if !blocks.iter().any(&done) {
        return;
    }
    let (closed, open): (Vec<Block>, Vec<Block>) =
        std::mem::take(blocks).into_iter().partition(|b| done(b));
    *blocks = open;
    for b in closed {
        b.close(strays);
    }
}

/// `a)`, `1)`, `iv)`, `1.2)`: a list marker, not a bracket.
fn list_marker(chars: &[(usize, char)], k: usize) -> bool {
    let mut j = k;
    while j > 0 && (chars[j - 1].1.is_alphanumeric() || chars[j - 1].1 == '.') {
        j -= 1;
    }
    let len = k - j;
    let at_start = j == 0 || is_space(chars[j - 1].1) || matches!(chars[j - 1].1, '*' | '_');
    // An emoticon or a blank `:)`, `…)` is not a bracket either.
    let emoticon = k > 0 && matches!(chars[k - 1].1, ':' | ';');
    ((1..=4).contains(&len) && at_start) || emoticon
}
