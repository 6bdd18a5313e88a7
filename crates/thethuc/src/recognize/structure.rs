//! The body's structure: paragraphs (lines a PDF wrapped, joined again) and the hierarchy of
//! phần / chương / mục / điều / khoản / điểm, found in the recognised lines.

use crate::model::body::{Aside, AsideKind, Paragraph, Section, SectionKind};
use crate::model::document::{Document, Line, LineKind};
use crate::model::joined::{ends_with_broken_code, ends_with_joining_word};
use crate::text::fold::fold_case;
use crate::text::span::Span;

/// Reads as prose the numbered lines that are rows of a table of figures laid out as text
/// (`pdftotext -layout`: ` I. Hàng ăn và dịch vụ ăn uống      126,01     99,75     106,29`,
/// ` 1. Lương thực      148,69 …`): their label opens on `I.`, `1.`, `a)` like a heading, but
/// the columns of figures after it, in the segments the layout cut off on the same row or on
/// the line itself when white space was collapsed, make it a row. Done once on the lines, so
/// that the hierarchy, the numbering rules and every other reader agree.
pub(crate) fn demote_table_rows(text: &str, lines: &mut [Line]) {
    for i in 0..lines.len() {
        let rest = match &lines[i].kind {
            LineKind::RomanMuc { rest, .. }
            | LineKind::Khoan { rest, .. }
            | LineKind::Diem { rest, .. } => *rest,
            _ => continue,
        };
        let row = lines[i].row;
        let mut whole = rest.of(text).to_owned();
        for next in lines[i + 1..].iter().take_while(|l| l.row == row) {
            whole.push(' ');
            whole.push_str(next.span.of(text));
        }
        if ends_with_figure_columns(&whole) {
            lines[i].kind = LineKind::Paragraph;
        }
    }
}

/// Whether what follows a `I.`, `1.` or `a)` ends with two or more columns of figures (`Hàng ăn
/// và dịch vụ ăn uống   126,01   99,75   106,29`): a row of a table laid out as text, whose label
/// the numbering happens to open, not a heading of the body. The gaps between the columns are
/// not asked for, since a copy that collapses white space keeps the figures only. A run holding
/// a figure written with a leading zero (`0913 123 456`, a telephone number) is no table's.
fn ends_with_figure_columns(rest: &str) -> bool {
    let is_figure = |w: &str| {
        let w = w.strip_suffix('%').unwrap_or(w);
        let w = w.strip_prefix(['-', '+']).unwrap_or(w);
        // Digits in groups that `.` or `,` join (`1.234`, `99,75`), never ending on a mark (`1,`
        // lists numbers in a sentence).
        !w.is_empty()
            && w.split(['.', ','])
                .all(|g| !g.is_empty() && g.bytes().all(|b| b.is_ascii_digit()))
    };
    let leading_zero = |w: &str| {
        let b = w.as_bytes();
        b.len() > 1 && b[0] == b'0' && b[1].is_ascii_digit()
    };
    let words: Vec<&str> = rest.split_whitespace().collect();
    let figures = words.iter().rev().take_while(|w| is_figure(w)).count();
    // The label before the figures holds a word: `1. 2 3` is no row of a table.
    let labelled = words[..words.len() - figures]
        .iter()
        .any(|w| w.chars().any(crate::text::fold::is_letter));
    figures >= 2
        && labelled
        && !words[words.len() - figures..]
            .iter()
            .any(|w| leading_zero(w))
}

/// Joins wrapped lines of the preamble, body and appendices into paragraphs.
pub fn paragraphs(text: &str, doc: &Document) -> Vec<Paragraph> {
    let mut ranges: Vec<std::ops::Range<usize>> = Vec::new();
    let content_start = doc
        .preamble
        .first()
        .copied()
        .unwrap_or(doc.body.start)
        .min(doc.body.start);
    ranges.push(content_start..doc.body.end);
    for a in &doc.appendices {
        ranges.push(a.lines.clone());
    }
    let mut out: Vec<Paragraph> = Vec::new();
    for range in ranges {
        let mut current: Option<Paragraph> = None;
        for i in range {
            let joins = current
                .as_ref()
                .is_some_and(|p| continues(text, &doc.lines, p, i));
            if joins {
                if let Some(p) = current.as_mut() {
                    p.lines.push(i);
                }
                continue;
            }
            if let Some(p) = current.take() {
                out.push(p);
            }
            current = Some(Paragraph { lines: vec![i] });
        }
        if let Some(p) = current.take() {
            out.push(p);
        }
    }
    out
}

/// Whether line `i` is a wrapped continuation of paragraph `p`.
fn continues(text: &str, lines: &[Line], p: &Paragraph, i: usize) -> bool {
    let (Some(&first), Some(&prev)) = (p.lines.first(), p.lines.last()) else {
        return false;
    };
    let (first, prev, cur) = (&lines[first], &lines[prev], &lines[i]);
    // The enacting line that lost its colon (`QUYẾT ĐỊNH`, a scan's `QUYÉT ĐỊNH`) under a
    // `Theo đề nghị …,` left with a comma opens a paragraph of its own.
    if crate::recognize::clues::is_colonless_enacting(cur.span.of(text)) {
        return false;
    }
    if cur.blank_before && can_cu_across_blank(text, first, prev, cur) {
        return true;
    }
    if cur.blank_before || cur.column != prev.column || cur.row != prev.row + 1 {
        return false;
    }
    let prev_text = prev.span.of(text).trim_end();
    let cur_text = cur.span.of(text);
    let open = !prev_text.ends_with(['.', ';', ':', '!', '?']);
    let can_cu_goes_on = open && matches!(first.kind, LineKind::CanCu | LineKind::TheoDeNghi);
    let wrapped = wrapped_citation_line(&cur.kind, cur_text, can_cu_goes_on);
    if !(matches!(cur.kind, LineKind::Paragraph) || wrapped) || cur.style.heading > 0 {
        return false;
    }
    let starts_lower = cur_text
        .chars()
        .next()
        .is_some_and(|c| crate::text::fold::is_lower(c) || c.is_ascii_digit());
    // A PDF paragraph: first line indented, wrapped lines flush left.
    let hanging = first.indent > 0 && cur.indent < first.indent;
    // Hard-wrapped text (PDF text layers, OCR) breaks a sentence before a capitalised name:
    // `… ngày 18 tháng 9 năm 2023 của` / `Thủ tướng Chính phủ …`. A line left on a comma or on
    // a word that cannot end a sentence, or an unfinished căn cứ, goes on.
    // A code broken after its hyphen (`131/CĐ-` / `TTg ngày …`) goes on too.
    let unfinished = prev_text.ends_with(',')
        || ends_with_broken_code(prev_text)
        || ends_with_joining_word(prev_text)
        || matches!(first.kind, LineKind::CanCu | LineKind::TheoDeNghi);
    hanging || (open && (starts_lower || unfinished))
}

/// Whether a line read as a Số, date or trích yếu line is the wrapped rest of a citation: one
/// that opens with the number it cites (`số 56/2024/QH15;`), ends on the cited text's date
/// (`phạm pháp luật ngày 18 tháng 6 năm 2020;`) or goes on with its summary (`về việc ban hành
/// Bộ tiêu chí …`). In lower case they are no document's own number, date or summary; after a
/// căn cứ left without its stop (`after_open_can_cu`), a date line without the place's comma is
/// none either (`… Luật Tổ chức` / `Chính quyền địa phương ngày 22/11/2019;`).
pub(crate) fn wrapped_citation_line(kind: &LineKind, line: &str, after_open_can_cu: bool) -> bool {
    match kind {
        LineKind::So(_) | LineKind::VeViec { .. } => line.starts_with(crate::text::fold::is_lower),
        LineKind::PlaceDate(_) => {
            line.starts_with(crate::text::fold::is_lower)
                || (after_open_can_cu && !line.split("ngày").next().unwrap_or("").contains(','))
        }
        _ => false,
    }
}

/// A scan's blank line inside a căn cứ (`… của Thủ tướng` / blank / `Chính phủ ban hành …;`,
/// `… khoa học,` / blank / `công nghệ …;`): a căn cứ ends with a stop, so one left with none or
/// with a comma goes on after a single blank line with a plain line of the same column.
fn can_cu_across_blank(text: &str, first: &Line, prev: &Line, cur: &Line) -> bool {
    let prev_text = prev.span.of(text).trim_end();
    matches!(first.kind, LineKind::CanCu | LineKind::TheoDeNghi)
        && matches!(cur.kind, LineKind::Paragraph)
        && cur.style.heading == 0
        && cur.column == prev.column
        && cur.row == prev.row + 2
        && prev_text
            .chars()
            .next_back()
            .is_some_and(|c| crate::text::fold::is_letter_or_digit(c) || c == ',')
}

/// Builds the hierarchy from the body lines.
pub fn sections(text: &str, doc: &Document) -> Vec<Section> {
    let mut roots: Vec<Section> = Vec::new();
    // Stack of (rank, path of child indices from the roots).
    let mut stack: Vec<(u32, Vec<usize>)> = Vec::new();
    for i in doc.body.clone() {
        if doc.in_aside(i) {
            continue;
        }
        let Some((kind, number, title, depth)) = section_of(text, doc, i) else {
            continue;
        };
        let rank = kind.rank(depth);
        while stack.last().is_some_and(|(r, _)| *r >= rank) {
            stack.pop();
        }
        let node = Section {
            kind,
            line: i,
            number,
            title,
            children: Vec::new(),
        };
        let path = match stack.last() {
            None => {
                roots.push(node);
                vec![roots.len() - 1]
            }
            Some((_, parent_path)) => {
                let parent = node_at(&mut roots, parent_path);
                parent.children.push(node);
                let mut path = parent_path.clone();
                path.push(parent.children.len() - 1);
                path
            }
        };
        stack.push((rank, path));
    }
    roots
}

/// The longest a quotation can run after the last one closed, for a closing mark whose opening
/// one a scan lost (lines).
const STRAY_CLOSE_REACH: usize = 30;
/// The longest a note in brackets runs (lines).
const BRACKET_REACH: usize = 30;

/// Quoted passages, bracketed notes and a PDF page's footnotes that run over several lines of
/// the body, in order.
pub fn asides(text: &str, doc: &Document) -> Vec<Aside> {
    let mut out = footnotes(text, doc);
    for b in quotations(text, doc)
        .into_iter()
        .chain(bracketed(text, doc))
    {
        let overlaps = out
            .iter()
            .any(|a| a.lines.start < b.lines.end && b.lines.start < a.lines.end);
        if !overlaps {
            out.push(b);
        }
    }
    crate::text::sorting::sort_by_key(&mut out, |a| a.lines.start);
    out
}

/// Footnotes at the foot of the pages of a PDF's text layer (pages end at form feeds). A
/// footnote opens a line flush left after a blank line with the number a word above it on the
/// page carries (`… của Luật Giáo dục2 đã bãi bỏ …` / blank / `2 Cùng thời điểm trình …`); it
/// and everything after it to the page's end are notes, whatever they quote (`3 Điều 1. Phạm
/// vi …` / `1. Luật này quy định …`); the next number in turn may stand straight under the
/// text. A page after a page whose last footnote was left open (`… quy định:`) may hold the
/// rest of it: a block flush left after a blank line, just before its first footnote.
/// Footnote numbers run up through the document.
fn footnotes(text: &str, doc: &Document) -> Vec<Aside> {
    let body = doc.body.clone();
    let mut out = Vec::new();
    let lines = &doc.lines;
    // Pages as the reader found them (the text read may be a reading text without the form
    // feeds).
    let page_break_before = |i: usize| lines[i].page_break_before;
    if !body.clone().any(page_break_before) {
        return out;
    }
    let mut last_number = 0u32;
    let mut previous_open = false;
    let mut s = body.start;
    while s < body.end {
        let e = (s + 1..body.end)
            .find(|&i| page_break_before(i))
            .unwrap_or(body.end);
        let mut zone = None;
        for l in s + 1..e {
            let line = &lines[l];
            if line.indent != 0 {
                continue;
            }
            // After a blank line, or the next number straight under the text.
            let Some(n) = footnote_number(line.span.of(text))
                .filter(|&n| n == last_number + 1 || line.blank_before && n > last_number)
            else {
                continue;
            };
            let above = Span::new(lines[s].span.start, line.span.start).of(text);
            let marked = carries_note_mark(above, n)
                || quotes_an_article(line.span.of(text)) && marks_a_cited_number(above, n);
            if !marked {
                continue;
            }
            last_number = n;
            // The rest of the previous page's last footnote, just above.
            let mut start = l;
            if previous_open {
                let mut j = l - 1;
                while j > s && !lines[j].blank_before && lines[j].indent == 0 {
                    j -= 1;
                }
                if j > s && lines[j].blank_before && (j..l).all(|k| lines[k].indent == 0) {
                    start = j;
                }
            }
            zone = Some(start);
            break;
        }
        // A last footnote left open (`… Luật hiện hành quy định:`) goes on over the page.
        previous_open = zone.is_some()
            && !lines[e - 1]
                .span
                .of(text)
                .trim_end_matches(['”', '"', ')'])
                .ends_with('.');
        if let Some(start) = zone {
            // Numbers of the later footnotes on the page.
            for line in &lines[start..e] {
                if let Some(n) = footnote_number(line.span.of(text)) {
                    if line.indent == 0 && n > last_number && n < last_number + 10 {
                        last_number = n;
                    }
                }
            }
            out.push(Aside {
                lines: start..e,
                kind: AsideKind::Footnote,
            });
        }
        s = e;
    }
    out
}

/// The number a footnote opens with (`2 Cùng thời điểm …`, `35 a) Tự chủ …`): one to three
/// digits, a space, a letter.
fn footnote_number(t: &str) -> Option<u32> {
    let digits = t.len() - t.trim_start_matches(|c: char| c.is_ascii_digit()).len();
    if !(1..=3).contains(&digits) || t.starts_with('0') {
        return None;
    }
    let mut rest = t[digits..].chars();
    let space = rest.next().is_some_and(|c| c == ' ');
    let letter = rest.next().is_some_and(crate::text::fold::is_letter);
    (space && letter).then(|| t[..digits].parse().ok())?
}

/// Whether `above` holds the mark of footnote `n`: the number glued to a word in lower case or
/// to a closing bracket or quotation mark (`Luật Giáo dục2`, `của Đảng4.`, `(Khoản 5)14`),
/// not to a code in capitals (`QH15`) or to a number.
fn carries_note_mark(above: &str, n: u32) -> bool {
    let mark = n.to_string();
    above.match_indices(&mark).any(|(k, _)| {
        let before = above[..k].chars().next_back();
        let after = above[k + mark.len()..].chars().next();
        before.is_some_and(|c| crate::text::fold::is_lower(c) || ")”\"".contains(c))
            && !after.is_some_and(|c| c.is_ascii_digit() || crate::text::fold::is_letter(c))
    })
}

/// Whether a footnote quotes an article (`2 Điều 4. Cơ chế thu hút …`).
fn quotes_an_article(t: &str) -> bool {
    let rest = t.trim_start_matches(|c: char| c.is_ascii_digit());
    rest.strip_prefix(" Điều ")
        .is_some_and(|r| r.starts_with(|c: char| c.is_ascii_digit()))
}

/// Whether `above` holds the mark of footnote `n` glued to the number of a provision it cites
/// (`khoản 4` and the mark `2`: `Căn cứ khoản 42 Điều 4 Luật …`): the number after `khoản` or
/// `Điều`, then the mark, then no digit or letter.
fn marks_a_cited_number(above: &str, n: u32) -> bool {
    let mark = n.to_string();
    above.match_indices(&mark).any(|(k, _)| {
        let head = &above[..k];
        let number = head.trim_end_matches(|c: char| c.is_ascii_digit());
        let after = above[k + mark.len()..].chars().next();
        number.len() < head.len()
            && !after.is_some_and(|c| c.is_ascii_digit() || crate::text::fold::is_letter(c))
            && number
                .strip_suffix(' ')
                .and_then(|w| w.rsplit(char::is_whitespace).next())
                .is_some_and(|w| matches!(fold_case(w).as_str(), "khoản" | "điều"))
    })
}

/// The text of a line with what opens it in Markdown (emphasis marks) and white space left out.
fn line_opening(t: &str) -> &str {
    t.trim_start_matches(|c: char| c.is_whitespace() || c == '*' || c == '_')
}

/// Passages in curly quotation marks over several lines: an amending decision's new wording
/// (`… như sau:` / `“3. Thời gian đào tạo …` / `… sinh.”`), a draft law's article quoted in a
/// report. A quotation opening at a line's start takes that line; one opening inside a line
/// takes the lines after it. Marks do not nest: a second opening mark at a line's start while
/// one is open means the first was never closed (a scan lost it). A closing mark with no
/// opening one (a scan's or a typist's doubled mark: `… sinh.”` / `4. Nghiên cứu sinh …` /
/// `… tạo.”`) closes a quotation that began after the last one closed, when it follows a stop:
/// after a word (`… quyết định” \``) it is a scan's misreading; a straight mark closes a
/// quotation while a curly one is open.
fn quotations(text: &str, doc: &Document) -> Vec<Aside> {
    let mut out = Vec::new();
    let mut open: Option<usize> = None;
    let mut after_last: Option<usize> = None;
    let body_start = doc.body.start;
    let push = |out: &mut Vec<Aside>, start: usize, i: usize| {
        let start = start.max(body_start);
        if start <= i {
            out.push(Aside {
                lines: start..i + 1,
                kind: AsideKind::Quotation,
            });
        }
    };
    // A quotation can open before the body: on a Kính gửi line that ran on into the first
    // sentence (`… như sau: “1. Theo quy định …`), as a document run together on one line reads.
    let from = doc
        .kinh_gui
        .as_ref()
        .map(|k| k.label)
        .into_iter()
        .chain(doc.preamble.first().copied())
        .fold(doc.body.start, usize::min);
    // The open quotation began inside a sentence, not after a colon at a line's start.
    let mut in_sentence = false;
    for i in from..doc.body.end {
        let t = doc.lines[i].span.of(text);
        let lead = t.len() - line_opening(t).len();
        for (k, c) in t.char_indices() {
            match c {
                '“' => {
                    let at_start = k == lead;
                    if open.is_none() || at_start {
                        open = Some(if at_start { i } else { i + 1 });
                        in_sentence = !at_start && !t[..k].trim_end().ends_with(':');
                    }
                }
                // A straight mark closes a quotation a curly one opened (`“a) …` / `… Quốc hội".`);
                // alone it tells neither opening nor closing.
                '"' if open.is_some() => {
                    if let Some(start) = open.take() {
                        push(&mut out, start, i);
                    }
                    after_last = Some(i + 1);
                }
                '”' => {
                    match open.take() {
                        Some(start) => push(&mut out, start, i),
                        None => {
                            // Not on the line a quotation just closed on (`start` past `i`).
                            let within = |s: &usize| {
                                i.checked_sub(*s).is_some_and(|d| d < STRAY_CLOSE_REACH)
                            };
                            // A quoted provision ends with its stop (`… tạo.”`); a mark
                            // after a word (`… xem xét, quyết định” \``) is a scan's reading
                            // of a lost stop or a note's number, not the end of a quotation.
                            // So does a mark with the stop after it that ends the line
                            // or its sentence (`… khác”.`, `… khác”. Tại Điều 23 …` in a
                            // document run together), as Vietnamese quotations often close.
                            let rest = &t[k + c.len_utf8()..];
                            let after_stop = t[..k]
                                .trim_end()
                                .ends_with(['.', ';', ':', '!', '?', '…', ')'])
                                || rest.strip_prefix(['.', ';']).is_some_and(|r| {
                                    r.is_empty() || r.starts_with(char::is_whitespace)
                                });
                            if let Some(start) = after_last.filter(within) {
                                if after_stop {
                                    push(&mut out, start, i);
                                }
                            }
                        }
                    }
                    after_last = Some(i + 1);
                }
                _ => {}
            }
        }
        // A name quoted inside a sentence (`… ban hành Kế hoạch tổ chức “Festival` / `Thăng
        // Long …, cụ thể như sau:`) closes before its sentence introduces what follows: still
        // open there, its closing mark was lost.
        if open.is_some() && in_sentence && t.trim_end().ends_with(':') {
            open = None;
        }
    }
    out
}

/// Notes in brackets over several lines that open a line: `(Xin gửi kèm theo:` / `1. Dự thảo
/// Luật …;` / `8. Bản so sánh …).` The bracket closes at the end of a later line.
fn bracketed(text: &str, doc: &Document) -> Vec<Aside> {
    let mut out = Vec::new();
    let mut i = doc.body.start;
    while i < doc.body.end {
        let t = line_opening(doc.lines[i].span.of(text));
        if !t.starts_with('(') {
            i += 1;
            continue;
        }
        let mut depth = 0i32;
        let mut closed_at = None;
        'lines: for j in i..doc.body.end.min(i + BRACKET_REACH) {
            let t = doc.lines[j].span.of(text);
            for (k, c) in t.char_indices() {
                match c {
                    '(' => depth += 1,
                    ')' => depth -= 1,
                    _ => continue,
                }
                if depth == 0 {
                    // The note ends the line it closes on.
                    let after = &t[k + 1..];
                    if j > i
                        && after
                            .trim_matches(|c: char| c.is_whitespace() || ".;,*_".contains(c))
                            .is_empty()
                    {
                        closed_at = Some(j);
                    }
                    break 'lines;
                }
            }
        }
        match closed_at {
            Some(j) => {
                out.push(Aside {
                    lines: i..j + 1,
                    kind: AsideKind::Bracketed,
                });
                i = j + 1;
            }
            None => i += 1,
        }
    }
    out
}

fn node_at<'s>(roots: &'s mut [Section], path: &[usize]) -> &'s mut Section {
    let (first, rest) = path.split_first().unwrap_or((&0, &[]));
    let mut node = &mut roots[*first];
    for &k in rest {
        node = &mut node.children[k];
    }
    node
}

fn section_of(
    text: &str,
    doc: &Document,
    i: usize,
) -> Option<(SectionKind, Span, Option<Span>, u32)> {
    let line = &doc.lines[i];
    let nonempty = |s: Span| (!s.is_empty()).then_some(s);
    match &line.kind {
        LineKind::PhanChuong {
            label,
            number,
            rest,
        } => {
            let kind = match fold_case(label.of(text)).as_str() {
                "phần" => SectionKind::Phan,
                "chương" => SectionKind::Chuong,
                "tiểu mục" => SectionKind::TieuMuc,
                _ => SectionKind::Muc,
            };
            // The title of a Phần/Chương/Mục stands on the next line when not on this one.
            let rest_text = rest
                .of(text)
                .trim_matches(|c: char| c.is_whitespace() || c == '.' || c == ':');
            let title = if rest_text.is_empty() {
                doc.lines
                    .get(i + 1)
                    .filter(|n| matches!(n.kind, LineKind::Paragraph) && !n.blank_before)
                    .map(|n| n.span)
            } else {
                Some(*rest)
            };
            Some((kind, *number, title, 0))
        }
        LineKind::RomanMuc { number, rest } => {
            Some((SectionKind::RomanMuc, *number, nonempty(*rest), 0))
        }
        LineKind::Dieu { number, rest, .. } => {
            Some((SectionKind::Dieu, *number, nonempty(*rest), 0))
        }
        LineKind::Khoan { number, rest } => {
            let depth = number.of(text).trim_end_matches('.').matches('.').count() as u32;
            Some((SectionKind::Khoan, *number, nonempty(*rest), depth))
        }
        LineKind::Diem { letter, rest, .. } => {
            Some((SectionKind::Diem, *letter, nonempty(*rest), 0))
        }
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn body_hierarchy_nests_khoan_under_muc_and_diem_under_khoan() {
        let text = "KẾ HOẠCH\nVề việc\n\nI. MỤC ĐÍCH\n1. Mục đích\na) Một\nb) Hai\n2. Yêu cầu\n2.1. Chi tiết\nII. NỘI DUNG\n1. Nội dung\n";
        let doc = crate::parse(text);
        let shape: Vec<(SectionKind, usize)> = doc
            .sections
            .iter()
            .map(|s| (s.kind, s.children.len()))
            .collect();
        assert_eq!(
            shape,
            [(SectionKind::RomanMuc, 2), (SectionKind::RomanMuc, 1)]
        );
        let first = &doc.sections[0];
        assert_eq!(first.children[0].children.len(), 2);
        assert_eq!(first.children[1].children[0].kind, SectionKind::Khoan);
    }

    /// The headings of a body, each with its number, in order, nested or not.
    fn headings(doc: &Document, text: &str) -> Vec<String> {
        fn walk(s: &Section, text: &str, out: &mut Vec<String>) {
            out.push(s.number.of(text).to_owned());
            for c in &s.children {
                walk(c, text, out);
            }
        }
        let mut out = Vec::new();
        for s in &doc.sections {
            walk(s, text, &mut out);
        }
        out
    }

    /// A report's table of price indices laid out as text (`pdftotext -layout`): its rows open
    /// on `I.`, `1.` but the columns of figures after the label make them rows, whether the
    /// gaps between the columns stay wide or a copy collapsed them to one space.
    #[test]
    fn the_rows_of_a_table_of_figures_are_no_headings() {
        let table = [
            "                                              Chỉ số giá tháng 7 năm 2024 (%)",
            "             NHÓM HÀNG                      So với kỳ      So với     Bình quân",
            " CHỈ SỐ GIÁ TIÊU DÙNG                        120,23        100,25       105,97",
            " I. Hàng ăn và dịch vụ ăn uống               126,01         99,75       106,29",
            " 1. Lương thực                               148,69         99,69       126,75",
            " 2. Thực phẩm                                122,80         99,65       102,82",
            " II. Đồ uống và thuốc lá                     112,77        100,83       102,80",
            " a) Gạo tẻ thường                             12.500        13.000          96%",
        ];
        let collapse = |l: &str| l.split_whitespace().collect::<Vec<_>>().join(" ");
        for wide in [true, false] {
            let rows: Vec<String> = table
                .iter()
                .map(|l| if wide { l.to_string() } else { collapse(l) })
                .collect();
            let text = format!(
                "BÁO CÁO\nTình hình giá thị trường tháng 7 năm 2024\n\nI. TÌNH HÌNH GIÁ CẢ\n1. Chỉ số giá tiêu dùng\n2. Chỉ số giá theo nhóm hàng\nCụ thể chỉ số giá của các nhóm hàng chính trong tháng như sau:\n{}\n3. Thống kê mức giá hàng hóa, dịch vụ: Phụ lục số 2 kèm theo.\nII. DIỄN BIẾN GIÁ THỊ TRƯỜNG\n1. Lương thực, thực phẩm:\n",
                rows.join("\n")
            );
            let doc = crate::parse(&text);
            assert_eq!(
                headings(&doc, &text),
                ["I", "1", "2", "3", "II", "1"],
                "wide gaps: {wide}"
            );
        }
    }

    /// A heading that ends on one number, or on a telephone number, is still a heading.
    #[test]
    fn a_heading_ending_on_numbers_that_are_no_columns_stays() {
        let text = "KẾ HOẠCH\nTổ chức hội nghị năm 2024\n\nI. KẾT QUẢ THỰC HIỆN NĂM 2024\n1. Kinh phí thực hiện: 1.200.000.000 đồng\n2. Điện thoại liên hệ: 0913 123 456\n3. Bãi bỏ khoản 1, 2 và 3\na) Ông Nguyễn Văn A, số điện thoại 0987 654 321\n";
        let doc = crate::parse(text);
        assert_eq!(headings(&doc, text), ["I", "1", "2", "3", "a"]);
    }

    #[test]
    fn pdf_wrapped_lines_join_into_one_paragraph() {
        let text = "KẾ HOẠCH\nVề việc\n\n      Thực hiện Quyết định số 1050/QĐ-SCT ngày 06/3/2026 của Giám đốc Sở\nCông Thương về việc kiểm tra.\n      1. Kết quả kiểm tra\n        - Qua quá trình kiểm tra việc chấp hành\nquy định của pháp luật.\n";
        let doc = crate::parse(text);
        let sizes: Vec<usize> = doc.paragraphs.iter().map(|p| p.lines.len()).collect();
        assert_eq!(sizes, [2, 1, 2]);
    }

    /// A text layer without `-layout` (pdftotext's default) wraps a căn cứ before a capitalised
    /// name; a heading that ends without a stop does not swallow the next line.
    #[test]
    fn hard_wrapped_sentences_join_before_a_capitalised_word() {
        let text = "QUYẾT ĐỊNH\nThành lập Ban Chỉ đạo\n\nTHỦ TƯỚNG CHÍNH PHỦ\n\
Căn cứ Luật Tổ chức Chính phủ ngày 18 tháng 02 năm 2025;\n\
Căn cứ Quyết định số 23/2023/QĐ-TTg ngày 18 tháng 9 năm 2023 của\n\
Thủ tướng Chính phủ về thành lập tổ chức phối hợp\n\
liên ngành;\n\
Theo đề nghị của Bộ trưởng Bộ Công an.\nQUYẾT ĐỊNH:\n\
Điều 1. Thành lập Ban Chỉ đạo gồm các thành viên sau:\n\
1. Bộ trưởng Bộ Tài chính,\nBộ trưởng Bộ Công an.\n\
Điều 2. Nhiệm vụ\nBan Chỉ đạo có nhiệm vụ sau đây.\n";
        let doc = crate::parse(text).document;
        let lines = |p: &Paragraph| -> Vec<&str> {
            p.lines
                .iter()
                .map(|&i| doc.lines[i].span.of(text))
                .collect()
        };
        let all: Vec<Vec<&str>> = doc.paragraphs.iter().map(lines).collect();
        assert!(all.contains(&vec![
            "Căn cứ Quyết định số 23/2023/QĐ-TTg ngày 18 tháng 9 năm 2023 của",
            "Thủ tướng Chính phủ về thành lập tổ chức phối hợp",
            "liên ngành;",
        ]));
        assert!(all.contains(&vec!["1. Bộ trưởng Bộ Tài chính,", "Bộ trưởng Bộ Công an."]));
        assert!(all.contains(&vec!["Điều 2. Nhiệm vụ"]), "{all:?}");
    }

    /// A căn cứ wrapped before the cited text's summary (`… của Chủ tịch UBND tỉnh` / `về việc
    /// ban hành …`): the lower-case `về việc` line goes on with it, in any kind of paragraph.
    #[test]
    fn a_lower_case_ve_viec_line_continues_the_paragraph() {
        let text = "QUYẾT ĐỊNH\nVề việc công bố Chỉ số\n\nCHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH\n\n\
Căn cứ Quyết định số 820/QĐ-UBND ngày 27/8/2025 của Chủ tịch UBND tỉnh\n\
về việc ban hành Bộ tiêu chí đánh giá công tác cải cách hành chính;\n\n\
Căn cứ Quyết định số 1716/QĐ-UBND ngày 16/10/2025 của Chủ tịch UBND tỉnh\n\
về việc thành lập Hội đồng thẩm định;\n\n\
Theo đề nghị của Giám đốc Sở Nội vụ.\n\nQUYẾT ĐỊNH:\n\nĐiều 1. Công bố Chỉ số.\n";
        let doc = crate::parse(text).document;
        let sizes: Vec<usize> = doc
            .paragraphs
            .iter()
            .map(|p| p.lines.len())
            .take(3)
            .collect();
        assert_eq!(sizes, [2, 2, 1]);
    }

    /// A scan's text leaves blank lines inside a căn cứ: one left without a stop goes on; one
    /// that ends with its stop does not swallow the paragraph after the blank line.
    #[test]
    fn a_can_cu_goes_on_across_a_scans_blank_line() {
        let text = "QUYẾT ĐỊNH\nVề việc phê duyệt danh sách thành viên\n\nTHỦ TƯỚNG CHÍNH PHỦ\n\
Căn cứ Quyết định số 26/2014/QĐ-TTg ngày 26 tháng 3 năm 2014 của Thủ tướng\n\n\
Chính phủ ban hành Quy chế tổ chức và hoạt động của Đại học quốc gia;\n\n\
Căn cứ Luật Tổ chức Chính phủ ngày 18 tháng 02 năm 2025;\n\n\
Căn cứ Quyết định số 929/QĐ-TTg ngày 15 tháng 5 năm 2025 của Thủ tướng\n\
Chính phủ về thành lập Ban Chỉ đạo về phát triển khoa học,\n\n\
công nghệ, đổi mới sáng tạo;\n\n\
Căn cứ Luật Tổ chức chính quyền địa phương ngày 19/6/2015; Luật\n\
sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức\n\
Chính quyền địa phương ngày 22/11/2019;\n\n\
Theo đề nghị của Bộ trưởng Bộ Công an.\nQUYẾT ĐỊNH:\n\
Điều 1. Phê duyệt thành viên Tổ Công tác.\n";
        let doc = crate::parse(text).document;
        let all: Vec<Vec<&str>> = doc
            .paragraphs
            .iter()
            .map(|p| {
                p.lines
                    .iter()
                    .map(|&i| doc.lines[i].span.of(text))
                    .collect()
            })
            .collect();
        assert!(
            all.contains(&vec![
                "Căn cứ Quyết định số 26/2014/QĐ-TTg ngày 26 tháng 3 năm 2014 của Thủ tướng",
                "Chính phủ ban hành Quy chế tổ chức và hoạt động của Đại học quốc gia;",
            ]),
            "{all:?}"
        );
        assert!(
            all.contains(&vec![
                "Căn cứ Luật Tổ chức Chính phủ ngày 18 tháng 02 năm 2025;"
            ]),
            "{all:?}"
        );
        assert!(
            all.contains(&vec!["Theo đề nghị của Bộ trưởng Bộ Công an."]),
            "{all:?}"
        );
        // Left on a comma before the blank line, it goes on too.
        assert!(
            all.contains(&vec![
                "Căn cứ Quyết định số 929/QĐ-TTg ngày 15 tháng 5 năm 2025 của Thủ tướng",
                "Chính phủ về thành lập Ban Chỉ đạo về phát triển khoa học,",
                "công nghệ, đổi mới sáng tạo;",
            ]),
            "{all:?}"
        );
        // A wrapped line that ends on a date reads as a date line: without a stop before it,
        // it is the căn cứ's.
        assert!(
            all.contains(&vec![
                "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19/6/2015; Luật",
                "sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức",
                "Chính quyền địa phương ngày 22/11/2019;",
            ]),
            "{all:?}"
        );
    }

    /// Numbered lines quoted from another document, or listed in a bracketed note, are asides:
    /// not the body's hierarchy. A bracket closed on its own line is none.
    /// A closing mark on the line a quotation just closed on (`“Quy chế” … ”`) is no stray close
    /// of a quotation whose opening was lost: it sets nothing aside (and counts no distance
    /// backwards, which overflowed).
    #[test]
    fn a_second_closing_mark_on_the_line_a_quotation_closed_on() {
        let text = "QUYẾT ĐỊNH\nVề việc ban hành Quy chế\n\nQUYẾT ĐỊNH:\n\
Điều 1. Ban hành kèm theo Quyết định này “Quy chế làm việc” của Sở”.\n\
1. Các phòng thực hiện.\n\
2. Văn phòng theo dõi.\n\
Điều 2. Quyết định này có hiệu lực kể từ ngày ký.\n";
        let doc = crate::parse(text).document;
        assert!(doc.asides.is_empty(), "{:?}", doc.asides);
    }

    /// A closing mark with no opening one closes a quotation whose opening a scan lost only
    /// after a stop (`… sinh.”` / `4. Nghiên cứu sinh …` / `… tạo.”`). After a word it is a
    /// scan's misreading of a lost stop or of a note's number (`… xem xét, quyết định” \``):
    /// the document's own items above it stay in its hierarchy, whatever follows the mark.
    #[test]
    fn a_stray_closing_mark_after_a_word_sets_nothing_aside() {
        for close in [
            "quyết định” `",
            "quyết định”",
            "quyết định ”",
            "quyết định”,",
        ] {
            let text = format!(
                "Kính gửi: Các bộ.\n\n\
Triển khai Kết luận số 18-KL/TW về mục tiêu “2 con số”, Chính phủ\n\
đã ban hành các Nghị quyết. Thủ tướng Chính phủ có ý kiến như sau:\n\n\
1. Về triển khai các Nghị quyết\n\
a) Các bộ khẩn trương triển khai; trường hợp vướng mắc, báo cáo Thủ tướng xem xét,\n\
{close}\n\
b) Ủy ban nhân dân các tỉnh tiếp nhận.\n\
2. Về các Nghị quyết khác\n"
            );
            let doc = crate::parse(&text).document;
            assert!(
                doc.asides.is_empty(),
                "{close}: {:?}",
                asides_of(&doc, &text)
            );
            let khoan: Vec<&str> = doc.sections.iter().map(|s| s.number.of(&text)).collect();
            assert_eq!(khoan, ["1", "2"], "{close}");
            assert_eq!(doc.sections[0].children.len(), 2, "{close}");
        }
        // After a stop, the quotation whose opening was lost is still set aside.
        let lost = "QUYẾT ĐỊNH\nVề việc sửa đổi Quy chế\n\nQUYẾT ĐỊNH:\n\
Điều 1. Sửa đổi Quy chế.\n\
1. Sửa đổi khoản 3 như sau: “3. Nghiên cứu sinh được gia hạn.”\n\
4. Nghiên cứu sinh hoàn thành chương trình đào tạo.”\n\
2. Bỏ khoản 5.\n\
Điều 2. Quyết định này có hiệu lực kể từ ngày ký.\n";
        let doc = crate::parse(lost).document;
        assert_eq!(
            asides_of(&doc, lost),
            [(
                AsideKind::Quotation,
                vec!["4. Nghiên cứu sinh hoàn thành chương trình đào tạo.”"]
            )]
        );
        // So with the stop after the mark (`… đào tạo”.`), as Vietnamese quotations often close
        // (cv-4646-sgddt-hcm: a decree's khoản 6 quoted after khoản 1–5 had closed).
        let lost = lost.replace("đào tạo.”", "đào tạo”.");
        let doc = crate::parse(&lost).document;
        assert_eq!(
            asides_of(&doc, &lost),
            [(
                AsideKind::Quotation,
                vec!["4. Nghiên cứu sinh hoàn thành chương trình đào tạo”."]
            )]
        );
        // And with its sentence going on after the stop, as a document run together reads.
        let lost = lost.replace("đào tạo”.", "đào tạo”. Các khoản khác giữ nguyên.");
        let doc = crate::parse(&lost).document;
        assert_eq!(
            asides_of(&doc, &lost),
            [(
                AsideKind::Quotation,
                vec!["4. Nghiên cứu sinh hoàn thành chương trình đào tạo”. Các khoản khác giữ nguyên."]
            )]
        );
    }

    /// A name quoted inside a sentence whose closing mark was lost (`… tổ chức “Festival` /
    /// `Thăng Long, cụ thể như sau:`) sets nothing aside: the sentence that introduces the plan
    /// ends while it is open. A quotation opened after a colon, with a colon of its own inside,
    /// still runs to its closing mark.
    #[test]
    fn a_quoted_name_left_open_ends_with_its_sentence() {
        let lost = "KẾ HOẠCH\nTổ chức Festival\n\n\
Thực hiện Nghị quyết số 02-NQ/TW, Ủy ban nhân dân ban hành Kế hoạch tổ chức “Festival\n\
Thăng Long - Hà Nội, cụ thể như sau:\n\
I. MỤC ĐÍCH, YÊU CẦU\n\
1. Mục đích\n\
Xây dựng thương hiệu “Văn hiến - Bản sắc”.\n\
2. Yêu cầu\n\
II. TỔ CHỨC THỰC HIỆN\n";
        let doc = crate::parse(lost).document;
        assert!(doc.asides.is_empty(), "{:?}", asides_of(&doc, lost));
        assert_eq!(doc.sections.len(), 2);

        let amending = "QUYẾT ĐỊNH\nVề việc sửa đổi Quy chế\n\nQUYẾT ĐỊNH:\n\
Điều 1. Sửa đổi Quy chế.\n\
1. Sửa đổi Điều 14 như sau: “Điều 14. Hồ sơ gồm:\n\
a) Đơn đề nghị;\n\
b) Bản sao.”\n\
2. Bỏ Khoản 5, Điều 19.\n\
Điều 2. Quyết định này có hiệu lực kể từ ngày ký.\n";
        let doc = crate::parse(amending).document;
        assert_eq!(
            asides_of(&doc, amending),
            [(
                AsideKind::Quotation,
                vec!["a) Đơn đề nghị;", "b) Bản sao.”"]
            )]
        );
    }

    /// The lines of each aside of `doc`, with its kind.
    fn asides_of<'t>(doc: &Document, text: &'t str) -> Vec<(AsideKind, Vec<&'t str>)> {
        doc.asides
            .iter()
            .map(|a| {
                let lines = a
                    .lines
                    .clone()
                    .map(|i| doc.lines[i].span.of(text))
                    .collect();
                (a.kind, lines)
            })
            .collect()
    }

    /// A footnote that quotes the article a sentence cites has its mark glued to the number of
    /// the khoản cited (`khoản 4` and the mark `2`: `khoản 42 Điều 4`): set aside with the khoản
    /// it quotes. A number glued so to no footnote that quotes an article, or after a word
    /// that cites no provision, marks nothing.
    #[test]
    fn a_footnote_mark_glued_to_a_cited_khoan_number() {
        let page = |cited: &str, note: &str| {
            format!(
                "BÁO CÁO\nThẩm định dự thảo Nghị quyết\n\n\
      1. Thẩm quyền\n\
      Căn cứ {cited} Điều 4 Luật Cán bộ, công chức số 80/2025/QH15, việc ban\n\
hành Nghị quyết là phù hợp.\n\
      2. Về nội dung\n\
      Đề nghị rà soát.\n\
\n\
\n\
2 {note}\n\
4. Căn cứ vào quy định của Chính phủ, Hội đồng nhân dân cấp tỉnh quyết định.\n\
\u{c}                         2\n\
      3. Về kỹ thuật\n\
      Đề nghị rà soát.\n"
            )
        };
        let quoted = page(
            "khoản 42",
            "Điều 4. Cơ chế thu hút nguồn nhân lực chất lượng cao",
        );
        let doc = crate::parse(&quoted).document;
        assert_eq!(
            asides_of(&doc, &quoted),
            [(
                AsideKind::Footnote,
                vec![
                    "2 Điều 4. Cơ chế thu hút nguồn nhân lực chất lượng cao",
                    "4. Căn cứ vào quy định của Chính phủ, Hội đồng nhân dân cấp tỉnh quyết định.",
                ]
            )]
        );
        for text in [
            page("khoản 42", "Cơ chế thu hút nguồn nhân lực chất lượng cao"),
            page(
                "số 42",
                "Điều 4. Cơ chế thu hút nguồn nhân lực chất lượng cao",
            ),
            page(
                "khoản 2",
                "Điều 4. Cơ chế thu hút nguồn nhân lực chất lượng cao",
            ),
        ] {
            let doc = crate::parse(&text).document;
            assert!(doc.asides.is_empty(), "{:?}", asides_of(&doc, &text));
        }
    }

    /// A PDF text layer's footnotes (`pdftotext -layout`: pages end at a form feed, footnotes
    /// flush left at the page's foot) are asides, whatever they quote: after a blank line, the
    /// next number straight under the text, and the rest of a footnote left open on the page
    /// before. A number that follows a code in capitals (`QH15`) marks no footnote, and a body
    /// without form feeds has none.
    #[test]
    fn the_footnotes_of_a_pdf_page_are_set_aside() {
        let text = "BÁO CÁO\nThẩm tra dự án Luật Giáo dục nghề nghiệp\n\n\
      1. Về sự cần thiết\n\
      Dự thảo Luật sửa đổi Luật Giáo dục2 đã bãi bỏ quy định; đề nghị cân nhắc\n\
bỏ quy định về “chính sách” trong phạm vi điều chỉnh3.\n\
\n\
2 Cùng thời điểm trình Quốc hội xem xét.\n\
3 Điều 1. Phạm vi điều chỉnh\n\
\n\
1. Luật này quy định về hoạt động giáo dục nghề nghiệp.\n\
\u{c}                         2\n\
      2. Về hội đồng trường\n\
      Đề nghị làm rõ thẩm quyền của chủ tịch hội đồng trường4. Việc này\n\
cần thống nhất với Luật Giáo dục.\n\
4 Khoản 3 Điều 11 của Luật hiện hành quy định:\n\
\u{c}                         3\n\
      3. Về tài chính\n\
      Đề nghị rà soát cho thống nhất với hội đồng quản trị5.\n\
\n\
1. Thành phần hội đồng trường gồm hiệu trưởng;\n\
2. Đại diện nhà giáo.\n\
5 Đây cũng là ý kiến của Ủy ban Kinh tế và Tài chính.\n\
\u{c}                         4\n\
      4. Về tổ chức thực hiện\n\
      Đề nghị rà soát theo Nghị quyết số 217/2025/QH15 của Quốc hội.\n\
\n\
15 Đây là ý kiến khác.\n";
        let doc = crate::parse(text).document;
        assert_eq!(
            asides_of(&doc, text),
            [
                (
                    AsideKind::Footnote,
                    vec![
                        "2 Cùng thời điểm trình Quốc hội xem xét.",
                        "3 Điều 1. Phạm vi điều chỉnh",
                        "1. Luật này quy định về hoạt động giáo dục nghề nghiệp.",
                    ]
                ),
                (
                    AsideKind::Footnote,
                    vec!["4 Khoản 3 Điều 11 của Luật hiện hành quy định:",]
                ),
                (
                    AsideKind::Footnote,
                    vec![
                        "1. Thành phần hội đồng trường gồm hiệu trưởng;",
                        "2. Đại diện nhà giáo.",
                        "5 Đây cũng là ý kiến của Ủy ban Kinh tế và Tài chính.",
                    ]
                ),
            ]
        );
        let khoan: Vec<&str> = doc.sections.iter().map(|s| s.number.of(text)).collect();
        assert_eq!(khoan, ["1", "2", "3", "4"]);
        // Without its form feeds, the same text is one page of body with no footnotes.
        let flat = text.replace('\u{c}', " ");
        assert!(crate::parse(&flat).document.asides.is_empty());
        // Under a header whose cells are wrapped, the reader reads a text of its own (the
        // columns one after the other, no form feeds in it): the pages are the tree's, and
        // the same footnotes are set aside.
        let wrapped = format!(
            "   ỦY BAN VĂN HÓA                 CỘNG HÒA XÃ HỘI CHỦ\n\
             \x20    VÀ XÃ HỘI                      NGHĨA VIỆT NAM\n\
             \x20                           Độc lập - Tự do - Hạnh phúc\n\n{text}"
        );
        let parsed = crate::parse(&wrapped);
        assert!(parsed.source.has_reading_text());
        let got: Vec<Vec<&str>> = asides_of(&parsed.document, parsed.text())
            .into_iter()
            .map(|(_, lines)| lines)
            .collect();
        let want: Vec<Vec<&str>> = asides_of(&doc, text)
            .into_iter()
            .map(|(_, lines)| lines)
            .collect();
        assert_eq!(got, want);
    }

    #[test]
    fn quoted_passages_and_bracketed_notes_are_set_aside() {
        let text = "QUYẾT ĐỊNH\nVề việc sửa đổi Quy chế\n\nQUYẾT ĐỊNH:\n\
Điều 1. Sửa đổi Quy chế.\n\
1. Sửa đổi Điều 14 như sau:\n\
“1. Đơn vị công bố danh sách.\n\
2. Đơn vị ra quyết định.”\n\
2. Bỏ Khoản 5, Điều 19 (đã hết hiệu lực).\n\
(Gửi kèm theo:\n\
1. Quy chế;\n\
2. Danh sách).\n\
Điều 2. Quyết định này có hiệu lực kể từ ngày ký.\n";
        let doc = crate::parse(text).document;
        let asides = asides_of(&doc, text);
        assert_eq!(
            asides,
            [
                (
                    AsideKind::Quotation,
                    vec!["“1. Đơn vị công bố danh sách.", "2. Đơn vị ra quyết định.”"]
                ),
                (
                    AsideKind::Bracketed,
                    vec!["(Gửi kèm theo:", "1. Quy chế;", "2. Danh sách)."]
                ),
            ]
        );
        let khoan: Vec<&str> = doc.sections[0]
            .children
            .iter()
            .map(|s| s.number.of(text))
            .collect();
        assert_eq!(khoan, ["1", "2"]);
    }

    /// A footnote's wrapped line may open with a figure (`15 ngày làm việc …`): that is no
    /// footnote number, and the next page's footnote, numbered on from the last one, is still
    /// set aside.
    #[test]
    fn a_footnote_line_opening_with_a_figure_does_not_break_the_numbering() {
        let text = "BÁO CÁO\nThẩm tra dự án Luật Giáo dục nghề nghiệp\n\n\
      1. Về thời hạn thẩm định\n\
      Dự thảo Luật quy định thời hạn thẩm định hồ sơ mở trường2; đề nghị cân nhắc\n\
rút ngắn thời hạn này.\n\
\n\
2 Khoản 2 Điều 15 của dự thảo Luật quy định thời hạn thẩm định là\n\
15 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ.\n\
\u{c}                         2\n\
      2. Về hội đồng trường\n\
      Đề nghị làm rõ thẩm quyền của chủ tịch hội đồng trường3. Việc này\n\
cần thống nhất với Luật Giáo dục.\n\
\n\
3 Khoản 3 Điều 11 của Luật hiện hành.\n";
        let doc = crate::parse(text).document;
        assert_eq!(
            asides_of(&doc, text),
            [
                (
                    AsideKind::Footnote,
                    vec![
                        "2 Khoản 2 Điều 15 của dự thảo Luật quy định thời hạn thẩm định là",
                        "15 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ.",
                    ]
                ),
                (
                    AsideKind::Footnote,
                    vec!["3 Khoản 3 Điều 11 của Luật hiện hành."]
                ),
            ]
        );
    }
}
