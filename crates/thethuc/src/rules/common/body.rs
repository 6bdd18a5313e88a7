//! The body as the numbering and căn cứ rules read it: its numbered items (Phần, Chương, Mục,
//! Điều, khoản, điểm) with their nesting, paragraph starts and the preamble's runs of căn cứ.

use crate::model::body::SectionKind;
use crate::model::document::LineKind;
use crate::rules::Ctx;
use crate::text::fold::fold_case;
use crate::text::span::Span;

/// A heading of the body's hierarchy, as the ND rules see it: like `structure::Section`, but
/// `i)`, `v)`, `x)`, `l)` (which the line grammar reads as Roman numerals) count as điểm, and
/// `Điều`/`Phần` lines that are wrapped prose are left out.
#[derive(Debug, Clone)]
pub(crate) struct Item {
    pub kind: SectionKind,
    pub line: usize,
    /// The number or letter as written (`II`, `3`, `2.1`, `đ`).
    pub number: Span,
    /// The mark after the number (`.`, `)`, `:`), when any.
    pub sep: Option<Span>,
    /// Dots inside a khoản number (`2.1` → 1).
    pub depth: u32,
    /// The title: the rest of the line, or the next line for Phần/Chương/Mục.
    pub title: Option<Span>,
}

impl Item {
    fn rank(&self) -> u32 {
        match self.kind {
            SectionKind::Phan => 10,
            SectionKind::Chuong => 20,
            SectionKind::Muc => 30,
            SectionKind::TieuMuc => 40,
            SectionKind::RomanMuc | SectionKind::Dieu => 50,
            SectionKind::Khoan => 60 + self.depth.min(9),
            SectionKind::Diem => 70,
        }
    }
}

/// The span of the first character at `at` when it is one of `marks`.
fn mark_at(ctx: &Ctx<'_>, at: u32, marks: &[char]) -> Option<Span> {
    let c = ctx.text.get(at as usize..)?.chars().next()?;
    marks
        .contains(&c)
        .then(|| Span::new(at, at + c.len_utf8() as u32))
}

/// The body's last line that holds a letter or a digit: where the body ends (ND017's `./.`,
/// DG005's period).
pub(crate) fn last_body_line(ctx: &Ctx<'_>) -> Option<usize> {
    ctx.doc.body.clone().rev().find(|&i| {
        ctx.line_text(i)
            .chars()
            .any(crate::text::fold::is_letter_or_digit)
    })
}

/// True when line `i` starts a paragraph rather than continuing a wrapped one.
pub(crate) fn starts_paragraph(ctx: &Ctx<'_>, i: usize) -> bool {
    let line = ctx.line(i);
    if line.blank_before || line.style.heading > 0 || line.style.bold || i == 0 {
        return true;
    }
    let prev = ctx.line_text(i - 1).trim_end();
    // A heading line in capitals (`QUY ĐỊNH CHUNG`) ends without a stop but ends its paragraph;
    // so does a line of marks alone (the `-----` under a Party document's trích yếu).
    prev.is_empty()
        || prev.ends_with(['.', ';', ':', '!', '?'])
        || !prev.chars().any(crate::text::fold::is_letter_or_digit)
        || (prev.chars().any(crate::text::fold::is_letter) && crate::text::fold::is_upper(prev))
}

/// Whether line `i` starts a paragraph (`starts_paragraph`) or a word processor's paragraph,
/// whatever ends the one before: `… (Không bao gồm ngày nghỉ, ngày lễ)` then `Điều 2: Thành
/// lập Đoàn kiểm tra`. Asked of an article only: a paragraph opening on `Chương V của dự thảo
/// …` is a sentence, not a chapter.
fn starts_paragraph_or_block(ctx: &Ctx<'_>, i: usize) -> bool {
    if starts_paragraph(ctx, i) {
        return true;
    }
    let line = ctx.line(i);
    if let Some(block) = ctx
        .doc
        .styled
        .as_ref()
        .and_then(|s| s.block_at(line.span.start))
    {
        let lead = ctx
            .text
            .get(block.span.start as usize..line.span.start as usize);
        return lead.is_some_and(|t| t.trim().is_empty());
    }
    false
}

fn nonempty_trimmed(ctx: &Ctx<'_>, s: Span) -> Option<Span> {
    let t = ctx.s(s);
    let lead = t.len() - t.trim_start().len();
    let trimmed = t.trim();
    (!trimmed.is_empty()).then(|| {
        let start = s.start + lead as u32;
        Span::new(start, start + trimmed.len() as u32)
    })
}

/// Whether the line before `i` ends with a word that a number or letter completes (`… từ Điều 48
/// đến Điều` / `51).`, `theo quy định tại khoản` / `2 Điều 5`): line `i` then opens with the end
/// of a reference a PDF wrapped, not with a khoản or điểm of its own.
fn ends_with_a_reference_word(ctx: &Ctx<'_>, i: usize) -> bool {
    // Not `điểm`, `số`, `mục`, `phần`: they end headings too (`… tự đánh giá, chấm điểm` /
    // `a) Tự đánh giá`, `Chỉ số`).
    const REFERENCE_WORDS: &[&str] = &[
        "điều", "khoản", "chương", "ngày", "tháng", "năm", "lục", "lần",
    ];
    if i == 0 || ctx.line(i).blank_before {
        return false;
    }
    let before = ctx.line_text(i - 1).trim_end();
    // `(Điều` / `32);`: a bracket or quote opens the reference.
    let last = before.rsplit(char::is_whitespace).next().unwrap_or("");
    // `*(lần` / `2)* theo …`: Markdown emphasis around the bracket too.
    let last = last.trim_start_matches(['(', '[', '"', '“', '‘', '*', '_']);
    REFERENCE_WORDS.contains(&fold_case(last).as_str())
}

/// The headings of the body, in order.
pub(crate) fn body_items(ctx: &Ctx<'_>) -> Vec<Item> {
    let mut out = Vec::new();
    let doc = ctx.doc;
    for i in doc.body.clone() {
        // A quoted passage's numbers are the quoted document's, a bracketed note's are its own.
        if doc.in_aside(i) {
            continue;
        }
        let line = ctx.line(i);
        let item = match &line.kind {
            LineKind::RomanMuc { number, rest } => {
                // `… (theo Phụ lục` / `IV);`: the end of a reference a PDF wrapped.
                if ends_with_a_reference_word(ctx, i) {
                    continue;
                }
                let n = ctx.s(*number);
                let sep = mark_at(ctx, number.end, &['.', ')', '-']);
                let after_sep = sep.map_or(number.end, |s| s.end);
                let spaced = ctx
                    .text
                    .get(after_sep as usize..)
                    .is_some_and(|t| t.starts_with(char::is_whitespace) || t.is_empty())
                    || rest.is_empty();
                if n.chars().all(crate::text::fold::is_lower) {
                    // `i)`, `v.`: điểm letters the grammar read as Roman numerals.
                    if n.chars().count() != 1 || !spaced {
                        continue;
                    }
                    Item {
                        kind: SectionKind::Diem,
                        line: i,
                        number: *number,
                        sep,
                        depth: 0,
                        title: nonempty_trimmed(ctx, *rest),
                    }
                } else if n.chars().all(crate::text::fold::is_capital) {
                    let dash = sep.is_some_and(|s| ctx.s(s) == "-");
                    if sep.is_none() || (dash && !spaced) {
                        continue;
                    }
                    Item {
                        kind: SectionKind::RomanMuc,
                        line: i,
                        number: *number,
                        sep,
                        depth: 0,
                        title: nonempty_trimmed(ctx, *rest),
                    }
                } else {
                    continue;
                }
            }
            LineKind::Dieu {
                number,
                separator,
                rest,
            } => {
                let heading = match separator {
                    Some(s) => ctx.s(*s) == "." || starts_paragraph_or_block(ctx, i),
                    None => {
                        starts_paragraph(ctx, i)
                            && ctx
                                .s(*rest)
                                .trim_start()
                                .chars()
                                .next()
                                .is_none_or(crate::text::fold::is_capital)
                    }
                };
                if !heading {
                    continue;
                }
                Item {
                    kind: SectionKind::Dieu,
                    line: i,
                    number: *number,
                    sep: *separator,
                    depth: 0,
                    title: nonempty_trimmed(ctx, *rest),
                }
            }
            LineKind::Khoan { number, rest } => {
                if ends_with_a_reference_word(ctx, i) {
                    continue;
                }
                let depth = ctx.s(*number).trim_end_matches('.').matches('.').count() as u32;
                Item {
                    kind: SectionKind::Khoan,
                    line: i,
                    number: *number,
                    sep: mark_at(ctx, number.end, &['.', ')']),
                    depth,
                    title: nonempty_trimmed(ctx, *rest),
                }
            }
            LineKind::Diem {
                letter,
                separator,
                rest,
            } => {
                if !ctx.s(*letter).chars().all(crate::text::fold::is_lower)
                    || ends_with_a_reference_word(ctx, i)
                {
                    continue;
                }
                Item {
                    kind: SectionKind::Diem,
                    line: i,
                    number: *letter,
                    sep: Some(*separator),
                    depth: 0,
                    title: nonempty_trimmed(ctx, *rest),
                }
            }
            LineKind::PhanChuong {
                label,
                number,
                rest,
            } => {
                if !starts_paragraph(ctx, i) {
                    continue;
                }
                let kind = match fold_case(ctx.s(*label)).as_str() {
                    "phần" => SectionKind::Phan,
                    "chương" => SectionKind::Chuong,
                    "tiểu mục" => SectionKind::TieuMuc,
                    _ => SectionKind::Muc,
                };
                let rest_text = ctx
                    .s(*rest)
                    .trim_matches(|c: char| c.is_whitespace() || c == '.' || c == ':');
                let title = if rest_text.is_empty() {
                    doc.lines
                        .get(i + 1)
                        .filter(|n| {
                            matches!(n.kind, LineKind::Paragraph)
                                && !n.blank_before
                                && doc.body.contains(&(i + 1))
                        })
                        .map(|n| n.span)
                } else {
                    let t = ctx.s(*rest);
                    let skip = t.len()
                        - t.trim_start_matches(|c: char| {
                            c.is_whitespace() || c == '.' || c == ':' || c == '-'
                        })
                        .len();
                    nonempty_trimmed(ctx, Span::new(rest.start + skip as u32, rest.end))
                };
                Item {
                    kind,
                    line: i,
                    number: *number,
                    sep: None,
                    depth: 0,
                    title,
                }
            }
            _ => continue,
        };
        out.push(item);
    }
    drop_articles_cited_mid_sentence(ctx, &mut out);
    if describes_another_documents_parts(ctx, &out) {
        out.retain(|i| {
            !matches!(
                i.kind,
                SectionKind::Phan | SectionKind::Chuong | SectionKind::Muc | SectionKind::TieuMuc
            )
        });
    }
    out
}

/// Drops the articles that stand between two khoản of one run (`2.3.` … `Điều 62. Trách
/// nhiệm quản lý nhà nước về ATTP của Bộ Y tế, Điều 63. …` … `2.4.`), when every article of
/// the body does: a tờ trình citing another text's articles by their titles (a reader cut the
/// sentence at `cụ thể: Điều 62.`). An article of the document's own follows no khoản of a
/// run that goes on after it: its khoản start again at 1, and its first article follows none.
fn drop_articles_cited_mid_sentence(ctx: &Ctx<'_>, items: &mut Vec<Item>) {
    let between_a_run = |k: usize| {
        let (Some(before), Some(after)) = (k.checked_sub(1).map(|b| &items[b]), items.get(k + 1))
        else {
            return false;
        };
        before.kind == SectionKind::Khoan
            && after.kind == SectionKind::Khoan
            && follows(ctx.s(before.number), ctx.s(after.number))
    };
    let mut articles = (0..items.len()).filter(|&k| items[k].kind == SectionKind::Dieu);
    if articles.clone().next().is_some() && articles.all(between_a_run) {
        items.retain(|i| i.kind != SectionKind::Dieu);
    }
}

/// Whether khoản number `after` comes right after `before` in one run (`2.3` → `2.4`).
pub(crate) fn follows(before: &str, after: &str) -> bool {
    fn split(s: &str) -> (&str, &str) {
        let s = s.trim_end_matches('.');
        s.rsplit_once('.').unwrap_or(("", s))
    }
    let ((bp, bl), (ap, al)) = (split(before), split(after));
    bp == ap && bl.parse::<u32>().ok().and_then(|b| b.checked_add(1)) == al.parse().ok()
}

/// Whether the document's Phần and Chương lines describe another document's parts rather than
/// its own: a tờ trình or report that sums up a draft law chapter by chapter (`Chương I. Quy định
/// chung, gồm 08 điều (từ Điều 1 đến Điều 8)`). A chapter of the document itself never counts
/// articles in its title, so one such line tells that none of them is the document's own.
fn describes_another_documents_parts(ctx: &Ctx<'_>, items: &[Item]) -> bool {
    let cites_an_article = |text: &str| {
        let folded = crate::text::fold::fold_case(text);
        folded
            .match_indices("điều ")
            .any(|(k, w)| folded[k + w.len()..].starts_with(|c: char| c.is_ascii_digit()))
    };
    items
        .iter()
        .filter(|i| matches!(i.kind, SectionKind::Phan | SectionKind::Chuong))
        .any(|i| {
            // The title's wrapped end counts; the chapter's first article (`Điều 1. …`) does not.
            let next = (i.line + 1 < ctx.doc.lines.len())
                .then(|| ctx.line_text(i.line + 1))
                .filter(|t| !crate::text::fold::fold_case(t.trim_start()).starts_with("điều"));
            cites_an_article(ctx.line_text(i.line)) || next.is_some_and(cites_an_article)
        })
}

/// Whether item `k`, a Roman `I.` out of sequence with a sentence for its title, is the khoản
/// `1.` an OCR misread: `II. KINH PHÍ THỰC HIỆN` / `I. Kinh phí thực hiện kế hoạch này được …`
/// / `2. Các cơ quan …`. ND004 reports the number; the khoản after it and its title are no
/// mục's.
pub(crate) fn is_misread_khoan_one(ctx: &Ctx<'_>, items: &[Item], k: usize) -> bool {
    let item = &items[k];
    item.kind == SectionKind::RomanMuc
        && ctx.s(item.number) == "I"
        && items[..k].iter().any(|i| i.kind == SectionKind::RomanMuc)
        && item
            .title
            .is_some_and(|t| !title_in_capitals(ctx.s(t)) && is_sentence(ctx, item.line, t))
        && items
            .get(k + 1)
            .is_some_and(|n| n.kind == SectionKind::Khoan && n.depth == 0 && ctx.s(n.number) == "2")
}

/// Whether a title on line `i` reads as a sentence: it ends with a stop, or wraps onto the
/// next line.
fn is_sentence(ctx: &Ctx<'_>, i: usize, title: Span) -> bool {
    ctx.s(title).trim_end().ends_with(['.', ';'])
        || i + 1 < ctx.doc.body.end && !starts_paragraph(ctx, i + 1)
}

/// For each item, the index of the item it nests under.
pub(crate) fn parents(items: &[Item]) -> Vec<Option<usize>> {
    let mut stack: Vec<usize> = Vec::new();
    let mut out = Vec::with_capacity(items.len());
    for (k, item) in items.iter().enumerate() {
        let rank = item.rank();
        while stack.last().is_some_and(|&t| items[t].rank() >= rank) {
            stack.pop();
        }
        out.push(stack.last().copied());
        stack.push(k);
    }
    out
}

/// The items of `kind` grouped by parent, each group in document order.
pub(crate) fn sibling_groups(
    items: &[Item],
    kind: SectionKind,
) -> Vec<(Option<usize>, Vec<usize>)> {
    let parents = parents(items);
    let mut groups: Vec<(Option<usize>, Vec<usize>)> = Vec::new();
    for (k, item) in items.iter().enumerate() {
        if item.kind != kind {
            continue;
        }
        let p = parents[k];
        match groups.iter_mut().find(|(q, _)| *q == p) {
            Some((_, g)) => g.push(k),
            None => groups.push((p, vec![k])),
        }
    }
    groups
}

/// The căn cứ / thực hiện / theo đề nghị paragraphs, grouped into runs of consecutive ones
/// (indices into `doc.paragraphs`). Above a decision's `QUYẾT ĐỊNH:` line the preamble is one
/// run: a paragraph of no kind between its căn cứ (a second law a căn cứ lists, a wrapped
/// line read as something else) does not end it.
pub(crate) fn preamble_runs(ctx: &Ctx<'_>) -> Vec<Vec<usize>> {
    let mut runs: Vec<Vec<usize>> = Vec::new();
    let mut current: Vec<usize> = Vec::new();
    for (k, p) in ctx.doc.paragraphs.iter().enumerate() {
        let Some(&first) = p.lines.first() else {
            continue;
        };
        let in_preamble = ctx.doc.preamble.contains(&first);
        let before_enacting = ctx.doc.enacting.is_some_and(|e| first < e);
        if in_preamble {
            current.push(k);
        } else if !before_enacting && !current.is_empty() {
            runs.push(std::mem::take(&mut current));
        }
    }
    if !current.is_empty() {
        runs.push(current);
    }
    runs
}

/// The text of a paragraph, from its first line's start to its last line's end.
pub(crate) fn paragraph_span(ctx: &Ctx<'_>, p: &crate::model::body::Paragraph) -> Span {
    match (p.lines.first(), p.lines.last()) {
        (Some(&a), Some(&b)) => Span::cover(ctx.line(a).span, ctx.line(b).span),
        _ => Span::default(),
    }
}

/// Whether a title is in capitals, leaving aside notes in parentheses (`(kèm Phụ lục)`).
pub(crate) fn title_in_capitals(t: &str) -> bool {
    let mut depth = 0u32;
    let outside: String = t
        .chars()
        .filter(|&c| {
            match c {
                '(' => depth += 1,
                ')' => depth = depth.saturating_sub(1),
                _ => return depth == 0,
            }
            false
        })
        .collect();
    !outside.chars().any(crate::text::fold::is_letter)
        || crate::recognize::clues::mostly_upper(&outside)
}

/// Whether the text stops inside a quotation: its last opening quotation mark (`“`, an
/// amending document quoting the new wording of an article) is never closed, and nothing of a
/// closing or an appendix was read. Such a text was cut off (an excerpt, a scan of the first
/// page only): what should follow the quotation, the signature and the Nơi nhận among it, is
/// not missing from the document but from the copy, and CK001 and NN001 leave it alone. A stray
/// mark before a signer's name (`“Thái Văn Tài`, a scan) comes with a closing and is no cut.
/// Straight quotes (`"`) open and close alike and tell nothing.
pub(crate) fn stops_inside_quotation(ctx: &Ctx<'_>) -> bool {
    let doc = ctx.doc;
    let signature = &doc.closing.signature;
    let closing_read = doc.closing.noi_nhan.is_some()
        || signature.name.is_some()
        || !signature.authority.is_empty()
        || !signature.positions.is_empty();
    !closing_read
        && doc.appendices.is_empty()
        && ctx
            .text
            .rfind('“')
            .is_some_and(|open| !ctx.text[open..].contains('”'))
}
