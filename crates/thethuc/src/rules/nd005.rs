use crate::diagnostic::{Diagnostic, Edit, Fix, Message, Severity};
use crate::model::body::SectionKind;
use crate::rules::common::body::{body_items, follows, is_misread_khoan_one, sibling_groups, Item};
use crate::rules::{Ctx, DiagnosticExt, FixAvailability, Needs, Rule, Scope};

pub static RULE: Rule = Rule {
    code: "ND005",
    name: "khoan-sequence",
    severity: Severity::Error,
    fix: FixAvailability::Unsafe,
    needs: Needs::Text,
    scope: Scope::Nd30,
    locator: "PL-I II.6",
    default_on: true,
    summary_vi: docs!("Số thứ tự khoản (số Ả Rập) không liên tiếp trong cùng mục/điều; mỗi mục, điều đánh lại từ 1."),
    summary_en: docs!("Arabic khoản numbers not sequential within their parent; restart at 1 in each mục/điều."),
    docs_vi: docs!("Khoản được đánh số bằng chữ số Ả Rập `1.`, `2.`, `3.`… liên tiếp, và đánh lại từ `1` trong \
mỗi mục La Mã hoặc mỗi điều (Phụ lục I Nghị định 30/2020/NĐ-CP, mục II.6). Khoản chia nhỏ kiểu `2.1.`, \
`2.2.` được xét trong khoản cha: phải mang số của khoản cha và đánh liên tiếp từ `.1`. Quy tắc báo khoản \
đầu tiên không phải số 1, khoản nhảy số, lặp số hoặc lùi số (`2.7.` rồi `2.5.`). Sửa tự động (không an \
toàn): đổi số khoản thành số đúng."),
    docs_en: docs!("Khoản are numbered with Arabic numerals `1.`, `2.`, `3.`… in unbroken order and start again \
at `1` in each Roman section or each Điều (Phụ lục I of ND30, II.6). Sub-khoản such as `2.1.`, `2.2.` are \
checked inside their parent khoản: they carry the parent's number and run on from `.1`. The rule reports \
a first khoản other than 1, a gap, a repeat or a step back (`2.7.` then `2.5.`). Unsafe fix: renumber \
the khoản."),
    bad: docs!("KẾ HOẠCH\nTriển khai công tác năm 2026\n\nI. MỤC ĐÍCH, YÊU CẦU\n1. Mục đích\nNội dung.\n3. Yêu cầu\nNội dung.\n"),
    good: docs!("KẾ HOẠCH\nTriển khai công tác năm 2026\n\nI. MỤC ĐÍCH, YÊU CẦU\n1. Mục đích\nNội dung.\n2. Yêu cầu\nNội dung.\nII. NHIỆM VỤ\n1. Nhiệm vụ chung\n1.1. Rà soát\n1.2. Tổng hợp\n"),
    check: crate::rules::Check::Document(check),
};

fn components(s: &str) -> Option<Vec<u32>> {
    s.trim_end_matches('.')
        .split('.')
        .map(|p| p.parse::<u32>().ok())
        .collect()
}

fn join(c: &[u32]) -> String {
    c.iter().map(u32::to_string).collect::<Vec<_>>().join(".")
}

fn check(ctx: &Ctx<'_>, out: &mut Vec<Diagnostic>) {
    let items = body_items(ctx);
    for (parent, all) in sibling_groups(&items, SectionKind::Khoan) {
        // `1.` khoản and `1)` items are two numberings: a `4)` of an enumeration wrapped onto
        // the start of a line is not the khoản after `1.`.
        let (dotted, other): (Vec<usize>, Vec<usize>) = all
            .into_iter()
            .partition(|&k| items[k].sep.is_none_or(|s| ctx.s(s) != ")"));
        for group in [dotted, other] {
            if !group.is_empty() {
                check_group(ctx, &items, parent, &group, out);
            }
        }
    }
}

fn check_group(
    ctx: &Ctx<'_>,
    items: &[Item],
    parent: Option<usize>,
    group: &[usize],
    out: &mut Vec<Diagnostic>,
) {
    // Khoản of different depths side by side under one parent (`1.1` without a `1.`):
    // the intended numbering is unclear.
    let depth = items[group[0]].depth;
    if group.iter().any(|&k| items[k].depth != depth) {
        return;
    }
    // The prefix a nested khoản must carry: its parent khoản's number.
    let parent_prefix = parent
        .map(|p| &items[p])
        .filter(|p| p.kind == SectionKind::Khoan && p.depth + 1 == depth)
        .and_then(|p| components(ctx.s(p.number)));
    // The last number of each run still open, outermost first: a run that starts again at 1
    // under an item (a list nested in the khoản style, or a quoted draft's khoản under a
    // heading that names them) is a level of its own, and the outer run goes on after it.
    let mut runs: Vec<u32> = Vec::new();
    let mut from_line = parent.map_or(ctx.doc.body.start, |p| items[p].line + 1);
    // The level in `runs` that numbers a table's rows, when one does.
    let mut table_level: Option<usize> = None;
    for &k in group {
        let item = &items[k];
        let scan_from = std::mem::replace(&mut from_line, item.line + 1);
        let written = ctx.s(item.number);
        let paren = item.sep.is_some_and(|s| ctx.s(s) == ")");
        let Some(parts) = components(written) else {
            continue;
        };
        let Some((&last, prefix)) = parts.split_last() else {
            continue;
        };
        let expected_last = runs.last().map_or(1, |p| p + 1);
        // Under a Roman `I.` that is the khoản `1.` an OCR misread, `2.` comes next.
        if runs.is_empty()
            && last == 2
            && parent.is_some_and(|p| is_misread_khoan_one(ctx, items, p))
        {
            runs.push(last);
            continue;
        }
        let prefix_ok = parent_prefix.as_deref().is_none_or(|p| p == prefix);
        if prefix_ok {
            if last == expected_last || last == 1 {
                if last == expected_last {
                    set_top(&mut runs, last);
                } else {
                    runs.push(1);
                }
                if last == 1 {
                    table_level = heads_table_rows(ctx, scan_from, item.line)
                        .then(|| runs.len() - 1)
                        .or(table_level.filter(|&l| l < runs.len() - 1));
                }
                continue;
            }
            if let Some(level) = runs.iter().rposition(|&p| p + 1 == last) {
                runs.truncate(level + 1);
                runs[level] = last;
                table_level = table_level.filter(|&l| l <= level);
                continue;
            }
        }
        set_top(&mut runs, last);
        // The rows of a table an OCR or a PDF converter laid out as text (`STT | Họ và tên …` /
        // `1. …` / `4. …`): rows lost or merged are the table's, not a khoản numbering.
        if prefix_ok && table_level == Some(runs.len() - 1)
            || resumes_after_inner_list(ctx, items, k)
        {
            continue;
        }
        let mut want = parent_prefix.clone().unwrap_or_else(|| prefix.to_vec());
        want.push(expected_last);
        let want = join(&want);
        // The expected item is there, written loosely (`1.Bảo vệ …`, an OCR's `1;`, an
        // enumeration run inline `…; 2) khai thác …`): the marker's own rules report it.
        if prefix_ok && written_loosely(ctx, &want, paren, scan_from, item.line) {
            continue;
        }
        let shown = written.trim_end_matches('.');
        let (vi, en) = if !prefix_ok {
            (
                format!(
                    "Khoản \"{shown}\" nằm trong khoản \"{}\" nhưng không mang số của khoản đó; số đúng là \"{want}\".",
                    parent_prefix.as_deref().map(join).unwrap_or_default()
                ),
                format!(
                    "Khoản \"{shown}\" sits inside khoản \"{}\" but does not carry its number; expected \"{want}\".",
                    parent_prefix.as_deref().map(join).unwrap_or_default()
                ),
            )
        } else if expected_last == 1 {
            (
                format!("Khoản đầu tiên đánh số \"{shown}\"; khoản đánh số từ \"{want}\" trong mỗi mục, điều."),
                format!("The first khoản is numbered \"{shown}\"; khoản start at \"{want}\" in each section or article."),
            )
        } else {
            (
                format!(
                    "Khoản \"{shown}\" không liên tiếp với khoản trước; số đúng là \"{want}\"."
                ),
                format!("Khoản \"{shown}\" does not follow the previous one; expected \"{want}\"."),
            )
        };
        let span =
            crate::text::span::Span::new(item.number.start, item.number.start + shown.len() as u32);
        out.push(RULE.diag(span, vi, en).with_fix(Fix::unsafe_(
            Message::new(
                format!("Đổi thành \"{want}\""),
                format!("Renumber as \"{want}\""),
            ),
            vec![Edit::replace(span, want.clone())],
        )));
    }
}

/// Whether item `k` (`3.2`) goes on from the last item of its depth (`3.1`) after a list
/// numbered from `1.` under it: a tờ trình's outline of a draft, `3.1. Chính sách hỗ trợ` /
/// `1. Đối tượng` … `5. Hồ sơ` / `3.2. Chính sách thu hút`. The `5.` is no parent of `3.2`.
fn resumes_after_inner_list(ctx: &Ctx<'_>, items: &[Item], k: usize) -> bool {
    let depth = items[k].depth;
    items[..k]
        .iter()
        .rposition(|i| i.kind == SectionKind::Khoan && i.depth == depth)
        .is_some_and(|before| {
            follows(ctx.s(items[before].number), ctx.s(items[k].number))
                && items.get(before + 1).is_some_and(|i| {
                    i.kind == SectionKind::Khoan
                        && i.depth < depth
                        && ctx.s(i.number).trim_end_matches('.') == "1"
                })
        })
}

/// Whether a line in `from..to` heads a table's columns with `STT` (the row number's column):
/// the items numbered from 1 after it are the table's rows.
fn heads_table_rows(ctx: &Ctx<'_>, from: usize, to: usize) -> bool {
    (from..to).any(|i| {
        ctx.line_text(i)
            .split(|c: char| !c.is_alphanumeric())
            .any(|w| w == "STT")
    })
}

/// The innermost open run now ends at `last` (the first run when none is open).
fn set_top(runs: &mut Vec<u32>, last: u32) {
    match runs.last_mut() {
        Some(top) => *top = last,
        None => runs.push(last),
    }
}

/// Whether a line in `from..to` carries the number `want` as a marker the grammar does not
/// read as a khoản: at the line's start with a slip after it (`1.Bảo`, `1;`, `1,`, `1:`), or
/// inside the line as an enumeration's `2)` (`inline`: for an item numbered `N)`). Quoted and bracketed lines are not the document's.
fn written_loosely(ctx: &Ctx<'_>, want: &str, inline: bool, from: usize, to: usize) -> bool {
    (from..to).filter(|&i| !ctx.doc.in_aside(i)).any(|i| {
        let line = ctx.line_text(i);
        let start = line.trim_start_matches(|c: char| c.is_whitespace() || "*_#>|".contains(c));
        let at_start = start.strip_prefix(want).is_some_and(|r| {
            let mut chars = r.chars();
            match (chars.next(), chars.next()) {
                (Some('.'), Some(c)) => crate::text::fold::is_letter(c),
                (Some(';' | ',' | ':'), Some(c)) => c == ' ' || crate::text::fold::is_letter(c),
                _ => false,
            }
        });
        at_start
            || inline
                && line.match_indices(want).any(|(k, _)| {
                    let before = line[..k].chars().next_back();
                    before.is_some_and(|c| c == ' ' || c == '(')
                        && line[k + want.len()..].starts_with(')')
                })
    })
}
