//! The citations of other documents in a paragraph (`Nghị định số 30/2020/NĐ-CP ngày 05 tháng 3
//! năm 2020 của Chính phủ`): a Rust scan finds where one can start, the pest grammar
//! (`grammar/citation.pest`) reads it, and each is lowered to a `Citation` of the tree.

use crate::model::body::{Citation, CitedDate};
use crate::model::document::Line;
use crate::model::joined::Joined;
use crate::text::span::Span;
use pest::iterators::Pair;

#[derive(pest_derive::Parser)]
#[grammar = "grammar/citation.pest"]
struct CitationGrammar;

/// The citations in a paragraph's joined text, given it case-folded too (`fold_case(&joined.text)`).
pub fn citations_in_folded(source: &str, joined: &Joined, folded: &str) -> Vec<Citation> {
    scan_paragraph(source, joined, folded, true)
}

/// The citations of a paragraph; `cut`: a ký hiệu read across a gap into ordinary words is cut
/// there (`cut_at_words`). Without it the scan is the grammar's own (the tests compare them).
fn scan_paragraph(source: &str, joined: &Joined, folded: &str, cut: bool) -> Vec<Citation> {
    let original = &joined.text;
    let mut out = Vec::new();
    // A citation always holds a digit (its number or its date) and never runs across a `;`, so
    // only the clauses with a digit are scanned: most of a body has none.
    let mut base = 0;
    for clause in folded.split_inclusive(';') {
        if let Some(last_digit) = clause.bytes().rposition(|b| b.is_ascii_digit()) {
            let words = cut.then(|| Words {
                original: &original[base..base + clause.len()],
                line_starts: joined
                    .pieces
                    .iter()
                    .filter_map(|&(o, _)| (o as usize).checked_sub(base))
                    .collect(),
            });
            for (at, pair) in scan_citations(clause, last_digit, words.as_ref()) {
                if let Some(c) = lower_citation(pair, base + at, original, joined, source) {
                    out.push(c);
                }
            }
        }
        base += clause.len();
    }
    out
}

/// The grammar's `scan` (`(citation | skip)*`) done in Rust: it walks the clause as `scan`
/// would, but calls the grammar only where a citation can start (`may_start_citation`) and
/// before the clause's last digit (every citation holds one). Trying `citation` at every word
/// was a quarter of a whole check. Gives each citation with its offset in the clause.
/// The most bytes one citation is read from.
const CITATION_WINDOW: usize = 1200;

fn scan_citations<'a>(
    clause: &'a str,
    last_digit: usize,
    words: Option<&Words<'_>>,
) -> Vec<(usize, Pair<'a, Rule>)> {
    let mut found = Vec::new();
    let mut at = 0;
    while at <= last_digit {
        let rest = &clause[at..];
        if may_start_citation(rest) {
            // A citation spans a few hundred bytes at most (`Nghị định số … của Chính phủ quy
            // định …`); the grammar is not handed the rest of a long clause.
            let window = crate::recognize::clues::bounded(rest, CITATION_WINDOW);
            if let Some(pair) = parse_citation(window) {
                let cut = words.and_then(|w| w.cut_at(&pair, at));
                match cut {
                    // The ký hiệu ran into the words of the next cell or line: the citation is
                    // read again up to them, and the scan goes on at them.
                    Some(cut) => {
                        if let Some(pair) = parse_citation(&window[..cut]) {
                            found.push((at, pair));
                        }
                        at += cut;
                    }
                    None => {
                        at += pair.as_span().end();
                        found.push((at - pair.as_span().end(), pair));
                    }
                }
                continue;
            }
        }
        at += skip_len(rest);
    }
    found
}

/// The grammar's `citation` at the start of `window`, when it reads something.
fn parse_citation(window: &str) -> Option<Pair<'_, Rule>> {
    let mut pairs =
        crate::recognize::grammar_budget::parse::<CitationGrammar, _>(Rule::citation, window)
            .ok()?;
    pairs.next().filter(|p| p.as_span().end() > 0)
}

/// A clause as written (the scan reads its case-folded copy, same offsets) and where the
/// paragraph's lines start in it: what tells a ký hiệu from the words after it.
struct Words<'a> {
    original: &'a str,
    line_starts: Vec<usize>,
}

impl Words<'_> {
    /// Where, in the citation read at `at`, its ký hiệu runs across a gap (a space, a line
    /// break, a table's cell boundary) into an ordinary word: `Thông tư số 01/2024/` at the end
    /// of a cell and `Thông tư số 03/2017/…` on the next line of the flattened table read as
    /// `01/2024/ Thông`, `Quyết định số 1187/QĐ-` / `thẩm quyền …` as `QĐ-thẩm`. The offset of that
    /// word from `at`.
    fn cut_at(&self, pair: &Pair<'_, Rule>, at: usize) -> Option<usize> {
        let parts = pair
            .clone()
            .into_inner()
            .flatten()
            .filter(|p| p.as_rule() == Rule::code_part);
        for part in parts {
            let (start, end) = (at + part.as_span().start(), at + part.as_span().end());
            let after_gap = self.line_starts.contains(&start)
                || self.original[..start].ends_with(char::is_whitespace);
            if after_gap && is_ordinary_word(&self.original[start..end]) {
                return Some(start - at);
            }
        }
        None
    }
}

/// A word of running text, never a ký hiệu group: one that starts in lower case (`của`,
/// `thẩm`), holds two lower-case letters (`Thông`, `Nghị`), or is a capital and a marked lower-case
/// vowel (`Sở`, `Bộ`). Groups with one lower-case letter (`TTg`, `TTr`, `QyĐ`) are ký hiệu.
fn is_ordinary_word(part: &str) -> bool {
    use crate::text::fold::is_lower;
    let mut chars = part.chars();
    let Some(first) = chars.next() else {
        return false;
    };
    let lower = part.chars().filter(|&c| is_lower(c)).count();
    is_lower(first)
        || lower >= 2
        || (part.chars().count() == 2 && chars.next().is_some_and(|c| is_lower(c) && !c.is_ascii()))
}

/// The grammar's `skip`: a run of letters, marks and digits, or else one character.
fn skip_len(s: &str) -> usize {
    let word_char = is_word_char;
    let mut chars = s.char_indices();
    match chars.next() {
        Some((_, c)) if word_char(c) => chars
            .find(|&(_, c)| !word_char(c))
            .map_or(s.len(), |(i, _)| i),
        Some((_, c)) => c.len_utf8(),
        None => 1,
    }
}

/// The grammar's `LETTER | MARK | ASCII_DIGIT`, answered without the tables for the letters of
/// Vietnamese text.
fn is_word_char(c: char) -> bool {
    match c {
        'a'..='z' | 'A'..='Z' | '0'..='9' => true,
        // Latin-1 and Latin Extended letters and the Vietnamese block, without the tables.
        '\u{C0}'..='\u{24F}' if c != '×' && c != '÷' => true,
        '\u{1EA0}'..='\u{1EF9}' => true,
        c if c.is_ascii() => false,
        c => pest::unicode::LETTER(c) || pest::unicode::MARK(c),
    }
}

/// The grammar's `doc_type` literals. A test checks this list against `grammar/citation.pest`.
const DOC_TYPES: &[&str] = &[
    "thông tư liên tịch",
    "nghị quyết liên tịch",
    "quyết định",
    "nghị quyết",
    "nghị định",
    "thông tư",
    "chỉ thị",
    "quy chế",
    "quy định",
    "thông cáo",
    "thông báo",
    "hướng dẫn",
    "chương trình",
    "kế hoạch",
    "phương án",
    "đề án",
    "dự án",
    "báo cáo",
    "biên bản",
    "tờ trình",
    "hợp đồng",
    "công văn",
    "văn bản",
    "công điện",
    "bản ghi nhớ",
    "bản thỏa thuận",
    "bản thoả thuận",
    "giấy ủy quyền",
    "giấy uỷ quyền",
    "giấy mời",
    "giấy giới thiệu",
    "giấy phép",
    "kết luận",
    "pháp lệnh",
    "bộ luật",
    "luật",
    "lệnh",
    "hiến pháp",
    "quy chuẩn kỹ thuật quốc gia",
    "quy chuẩn",
    "tiêu chuẩn",
];

/// The `DOC_TYPES` that start with a byte, built once: a candidate is compared with a few
/// literals, not all forty-one.
fn doc_types_opening_with(first: u8) -> &'static [&'static str] {
    static BY_FIRST_BYTE: std::sync::OnceLock<Vec<Vec<&'static str>>> = std::sync::OnceLock::new();
    let table = BY_FIRST_BYTE.get_or_init(|| {
        let mut table = vec![Vec::new(); 256];
        for ty in DOC_TYPES {
            table[usize::from(ty.as_bytes()[0])].push(*ty);
        }
        table
    });
    &table[usize::from(first)]
}

/// Whether `law_name` or `law_numbered` can go on after the law word and its spaces: where
/// `law_title` stops (found as its lookaheads say, with `date` loosened to `ngày` sp* digit, so
/// the stop found is never later than the grammar's), a date or `sp+ số sp* digit` must follow.
fn law_tail_may_follow(name: &str) -> bool {
    let date_next = |t: &str| {
        let t = skip_sp(t);
        let t = skip_sp(t.strip_prefix(',').unwrap_or(t));
        t.strip_prefix("ngày")
            .is_some_and(|r| skip_sp(r).starts_with(|c: char| c.is_ascii_digit()))
    };
    let numbered_next = |t: &str| {
        let after = skip_sp(t);
        after.len() < t.len()
            && after
                .strip_prefix("số")
                .is_some_and(|r| skip_sp(r).starts_with(|c: char| c.is_ascii_digit()))
    };
    // `sp+ ~ (doc_type ~ sp+ ~ ("số" | digit) | "năm" ~ sp+ ~ digit | "số" ~ sp* ~ digit)`.
    let other_document_next = |t: &str| {
        let after = skip_sp(t);
        if after.len() == t.len() {
            return false;
        }
        let number_after = |r: &str| {
            let r2 = skip_sp(r);
            r2.len() < r.len()
                && (r2.starts_with("số") || r2.starts_with(|c: char| c.is_ascii_digit()))
        };
        let typed = after.as_bytes().first().is_some_and(|&b| {
            doc_types_opening_with(b)
                .iter()
                .any(|ty| after.strip_prefix(ty).is_some_and(number_after))
        });
        typed
            || numbered_next(t)
            || after.strip_prefix("năm").is_some_and(|r| {
                let r2 = skip_sp(r);
                r2.len() < r.len() && r2.starts_with(|c: char| c.is_ascii_digit())
            })
    };
    for (i, _) in name.char_indices() {
        let at = &name[i..];
        if date_next(at) {
            // The loosened date may stop earlier than the grammar's: let the grammar decide.
            return true;
        }
        if at.starts_with([';', '.', ':', '(', '\n']) || other_document_next(at) {
            return i > 0 && numbered_next(at);
        }
    }
    false
}

/// The grammar's `sp` in citations.
const CITATION_SP: [char; 5] = [' ', '\t', '\n', '\r', '\u{a0}'];

fn skip_sp(t: &str) -> &str {
    t.trim_start_matches(CITATION_SP)
}

/// Whether the grammar's `citation` can match at the start of `s`, following the first steps of
/// its alternatives (a failed parse costs pest an error value, and most candidates fail):
/// - a number (`ref_code_strict`): 1–6 digits, then `-`, or spaces and `/`;
/// - `số` (`so_word`): spaces, an optional `:`, spaces, a digit;
/// - a type word (`doc_type`): spaces, an optional `số` and `:`, then a digit; after a law word
///   (`luật`, `bộ luật`, `pháp lệnh`) a name may come first, with `số` or `ngày` after it.
fn may_start_citation(s: &str) -> bool {
    let digit_next = |t: &str| t.starts_with(|c: char| c.is_ascii_digit());
    let number_follows = |t: &str| {
        let t = skip_sp(t);
        let t = t.strip_prefix(':').unwrap_or(t);
        digit_next(skip_sp(t))
    };
    let Some(&first) = s.as_bytes().first() else {
        return false;
    };
    if first.is_ascii_digit() {
        let digits = s.bytes().take(6).take_while(u8::is_ascii_digit).count();
        let rest = &s[digits..];
        // `party_code` goes on with `-`, a code part and `/`: a period (`2025-2030`) does not.
        let party = rest.strip_prefix('-').is_some_and(|r| {
            let part = r
                .char_indices()
                .find(|&(_, c)| !(c == '&' || is_word_char(c)))
                .map_or(r.len(), |(k, _)| k);
            part > 0 && r[part..].starts_with('/')
        });
        return party || skip_sp(rest).starts_with('/');
    }
    if let Some(rest) = s.strip_prefix("số") {
        if number_follows(rest) {
            return true;
        }
    }
    doc_types_opening_with(first).iter().any(|ty| {
        let Some(rest) = s.strip_prefix(ty) else {
            return false;
        };
        // A law word may open `law_numbered` or `law_name`: spaces, a name, then `số` and a
        // number, or a date.
        let law = matches!(*ty, "luật" | "bộ luật" | "pháp lệnh");
        if law && skip_sp(rest).len() < rest.len() && law_tail_may_follow(skip_sp(rest)) {
            return true;
        }
        let after = skip_sp(rest);
        if after.len() == rest.len() {
            return false;
        }
        digit_next(after) || after.strip_prefix("số").is_some_and(number_follows)
    })
}

#[cfg(test)]
fn citations_by_grammar_scan(source: &str, joined: &Joined) -> Vec<Citation> {
    let folded = crate::text::fold::fold_case(&joined.text);
    let mut out = Vec::new();
    let mut base = 0;
    for clause in folded.split_inclusive(';') {
        if clause.bytes().any(|b| b.is_ascii_digit()) {
            if let Ok(pairs) =
                crate::recognize::grammar_budget::parse::<CitationGrammar, _>(Rule::scan, clause)
            {
                for pair in pairs.filter(|p| p.as_rule() == Rule::citation) {
                    if let Some(c) = lower_citation(pair, base, &joined.text, joined, source) {
                        out.push(c);
                    }
                }
            }
        }
        base += clause.len();
    }
    out
}

/// `base`: where the parsed clause starts in the joined text.
fn lower_citation(
    pair: Pair<'_, Rule>,
    base: usize,
    original: &str,
    joined: &Joined,
    _source: &str,
) -> Option<Citation> {
    let map = |p: &Pair<'_, Rule>| {
        let s = p.as_span();
        joined.span_to_source((base + s.start()) as u32, (base + s.end()) as u32)
    };
    let orig = |p: &Pair<'_, Rule>| {
        let s = p.as_span();
        &original[base + s.start()..base + s.end()]
    };
    let c_start = base + pair.as_span().start();
    let mut c = Citation {
        span: map(&pair),
        doc_type: None,
        law_title: None,
        number: None,
        year: None,
        code: None,
        code_parts: Vec::new(),
        code_separators: Vec::new(),
        party: false,
        date: None,
        issuer: None,
    };
    let mut law = false;
    for p in pair.into_inner() {
        match p.as_rule() {
            Rule::doc_type => c.doc_type = Some(map(&p)),
            Rule::law_name | Rule::law_numbered => {
                law = p.as_rule() == Rule::law_name;
                for q in p.into_inner() {
                    match q.as_rule() {
                        Rule::law_title => {
                            // A law's name is capitalised (`Luật Tổ chức Quốc hội`); `pháp luật về …` is prose.
                            let name = orig(&q);
                            if !name
                                .chars()
                                .next()
                                .is_some_and(crate::text::fold::is_capital)
                                || name.chars().count() > 160
                                || law && runs_into_a_deadline(name)
                            {
                                return None;
                            }
                            c.law_title = Some(map(&q));
                        }
                        Rule::ref_code => lower_code(q, &mut c, &map),
                        _ => {}
                    }
                }
            }
            Rule::ref_code | Rule::ref_code_strict => {
                let strict = p.as_rule() == Rule::ref_code_strict;
                let before = &original[..base + p.as_span().start()];
                // A number inside a standard's (`QCVN 05A:2020/BCT/SĐ1:2024`) is no document's.
                if strict
                    && before.strip_suffix(':').is_some_and(|b| {
                        b.chars()
                            .next_back()
                            .is_some_and(crate::text::fold::is_letter_or_digit)
                    })
                {
                    return None;
                }
                // A form named by its number (`theo Mẫu số 09/ĐK`, `Biểu số 01/TKQH`) is no
                // document cited.
                if c.doc_type.is_none() && names_a_form(&original[..c_start]) {
                    return None;
                }
                lower_code(p, &mut c, &map);
                // A ký hiệu has capitals (`QĐ-TTg`); `24/24` and `01/2021` are not citations.
                let code_text = p_code_text(&c, _source);
                if !code_text.chars().any(crate::text::fold::is_capital) {
                    return None;
                }
                // Without a type word or `số`, only a full ký hiệu (`QĐ-TTg`, `57-NQ/TW`) counts;
                // `01:2019/BCT` inside a QCVN number does not.
                if strict && !c.party && c.code_separators.is_empty() {
                    return None;
                }
            }
            Rule::date => c.date = lower_date(&p, &map),
            Rule::issuer => {
                for q in p.into_inner() {
                    if q.as_rule() == Rule::issuer_words {
                        c.issuer = Some(map(&q));
                    }
                }
            }
            _ => {}
        }
    }
    // A law cited by name and number also needs a ký hiệu with capitals.
    if c.law_title.is_some()
        && !law
        && !p_code_text(&c, _source)
            .chars()
            .any(crate::text::fold::is_capital)
    {
        return None;
    }
    if c.party && c.code.is_none() {
        if let (Some(first), Some(last)) = (c.code_parts.first(), c.code_parts.last()) {
            c.code = Some(Span::cover(*first, *last));
        }
    }
    if law && c.date.is_none() {
        return None;
    }
    if c.doc_type.is_none() && law {
        // The type word of a law cited by name is its first word.
        let s = c.span;
        let end = c.law_title.map_or(s.end, |t| t.start);
        let word = Span::new(s.start, end).of(_source).trim_end();
        c.doc_type = Some(Span::new(s.start, s.start + word.len() as u32));
    }
    Some(c)
}

/// The date of a citation that ends a line of a table laid out as text (`pdftotext -layout`):
/// the cell goes on below, in the same column, and the paragraph's join read the other columns'
/// words after the citation instead. `Được thay thế bởi Nghị định số 74/2024/NĐ-CP` / (another
/// column's line) / `ngày 30/6/2024 của Chính phủ …`, the cell's left edge at the same column,
/// possibly after the rest of a ký hiệu cut at the line end (`Thông tư số 07/2023/TT-` /
/// `BLĐTBXH ngày 28/8/2023`). The column's next text must open the cell's line there (a space or
/// the segment's start before it); a line that holds nothing at that column is passed over.
/// Columns are the layout's (`Line::indent`), so the reading order of a wrapped header does not
/// move them.
pub fn date_in_column_below(text: &str, lines: &[Line], end: u32) -> Option<CitedDate> {
    const ROWS: usize = 4;
    // The lines are in text order: the first that ends at or after `end` is found by halving
    // (a table of 290,000 rows holds as many citations; a scan from the top for each was
    // quadratic).
    let first = lines.partition_point(|l| l.span.end < end);
    let k = (first..lines.len())
        .take_while(|&i| lines[i].span.start <= end)
        .find(|&i| end <= lines[i].span.end)?;
    let line = &lines[k];
    let before = Span::new(line.span.start, end).of(text);
    // The citation ends its cell's text on the line: the line ends, or the next column starts
    // (two spaces, or one before a capital or a dash: `Nghị định số 51/2016/NĐ-CP - Điều 4`);
    // running text (`Nghị quyết số 29-NQ/TW về đổi mới …`) goes on on its own line.
    let after = Span::new(end, line.span.end).of(text);
    let after = after.strip_prefix('-').unwrap_or(after);
    let ends_cell = after.trim().is_empty()
        || after.starts_with("  ")
        || after.strip_prefix(' ').is_some_and(|r| {
            r.starts_with(|c: char| crate::text::fold::is_capital(c) || c == '-' || c == '–')
        });
    if !ends_cell {
        return None;
    }
    // The cell's left edge: back from the citation to two spaces or the segment's start. A
    // cell is short: past `CELL_REACH` bytes back the text is a paragraph's, not a cell's (and a
    // search back over a whole megabyte line for each citation on it was quadratic).
    const CELL_REACH: usize = 1000;
    let mut from = before.len().saturating_sub(CELL_REACH);
    while !before.is_char_boundary(from) {
        from -= 1;
    }
    let left = match before[from..].rfind("  ") {
        Some(k) => {
            let k = from + k;
            k + before[k..].len() - before[k..].trim_start().len()
        }
        None if from > 0 => return None,
        None => 0,
    };
    let column = line.indent as usize + before[..left].chars().count();
    let mut rows = 0;
    let mut row = line.row;
    for below in &lines[k + 1..] {
        if below.row < row {
            return None;
        }
        if below.row > row {
            row = below.row;
            rows += 1;
            if rows > ROWS {
                return None;
            }
        }
        let start = below.indent as usize;
        let content = below.span.of(text);
        if column < start || column >= start + content.chars().count() {
            continue; // nothing of this segment at the column
        }
        let (k, ch) = content.char_indices().nth(column - start)?;
        if ch.is_whitespace() {
            if content[k..].starts_with("  ") {
                continue; // a gap between two cells
            }
            return None;
        }
        if !(k == 0 || content[..k].ends_with(' ')) {
            return None; // another column's words run across
        }
        let cell = &content[k..];
        // The rest of a ký hiệu cut at the line end: capitals, digits, `-`, `&`.
        let code = cell.find(char::is_whitespace).unwrap_or(cell.len());
        let code_rest = cell[..code].chars().all(|c| {
            crate::text::fold::is_capital(c) || c.is_ascii_digit() || c == '-' || c == '&'
        }) && cell[..code]
            .chars()
            .filter(|c| crate::text::fold::is_capital(*c))
            .count()
            >= 2;
        let rest = if code_rest {
            cell[code..].trim_start()
        } else {
            cell
        };
        let at = below.span.start as usize + k + (cell.len() - rest.len());
        // A list's table gives the date its own cell without `ngày` (`3443/2004/QĐ-UBND` /
        // `25/12/2004`, a web copy's cells one a line): the cell right under the ký hiệu.
        return date_at(text, at)
            .or_else(|| (rows <= 1).then(|| bare_date_cell(text, at)).flatten());
    }
    None
}

/// A table cell that holds a date alone, written with figures and no `ngày` (`25/12/2004`,
/// `25-12-2004`) at byte `at`: the cell ends at the line's end or at a gap of two spaces.
fn bare_date_cell(text: &str, at: usize) -> Option<CitedDate> {
    let rest = &text[at..];
    let line = &rest[..rest.find('\n').unwrap_or(rest.len())];
    let cell = line.split("  ").next().unwrap_or("").trim_end();
    let mut parts = cell.split(['/', '-', '.']);
    let (d, m, y) = (parts.next()?, parts.next()?, parts.next()?);
    let digits = |s: &str, n: std::ops::RangeInclusive<usize>| {
        n.contains(&s.len()) && s.bytes().all(|b| b.is_ascii_digit())
    };
    if parts.next().is_some() || !digits(d, 1..=2) || !digits(m, 1..=2) || !digits(y, 4..=4) {
        return None;
    }
    let (day, month, year): (u8, u8, u16) = (d.parse().ok()?, m.parse().ok()?, y.parse().ok()?);
    ((1..=31).contains(&day) && (1..=12).contains(&month)).then(|| CitedDate {
        span: Span::new(at as u32, (at + cell.len()) as u32),
        day,
        month,
        year,
    })
}

/// The grammar's `date` read at byte `at` of the source.
fn date_at(source: &str, at: usize) -> Option<CitedDate> {
    let folded = crate::text::fold::fold_case(crate::recognize::clues::bounded(&source[at..], 64));
    let pair = crate::recognize::grammar_budget::parse::<CitationGrammar, _>(Rule::date, &folded)
        .ok()?
        .next()?;
    let map = |p: &Pair<'_, Rule>| {
        let s = p.as_span();
        Span::new((at + s.start()) as u32, (at + s.end()) as u32)
    };
    lower_date(&pair, &map)
}

/// Whether the text before a citation ends with the word that names a form (`Mẫu`, `Biểu`):
/// `Mẫu số 09/ĐK` is the form's number.
/// Whether a law's name read up to a date runs on into the sentence that the date belongs to:
/// a deadline or a start (`Luật Đầu tư 2025, trình Chính phủ trước` / `ngày 05 tháng 5 năm 2026`,
/// `Luật Đất đai có hiệu lực từ ngày …`, `… chậm nhất ngày …`) or a verb of doing after a comma
/// (`…, gửi Bộ Tư pháp ngày …`). That date is not the law's.
fn runs_into_a_deadline(name: &str) -> bool {
    let folded = crate::text::fold::fold_case(name);
    let last = folded.trim_end();
    let word_at = |t: &str, w: &str, end: bool| {
        let r = if end {
            t.strip_suffix(w)
        } else {
            t.strip_prefix(w)
        };
        r.is_some_and(|r| r.is_empty() || r.ends_with(' ') && end || r.starts_with(' ') && !end)
    };
    "trước|đến|tới|từ|sau|trong|chậm nhất|hạn|hết"
        .split('|')
        .any(|w| word_at(last, w, true) && last.len() > w.len())
        || folded.split(',').skip(1).any(|clause| {
            "trình|gửi|báo cáo|hoàn thành|hoàn thiện"
                .split('|')
                .any(|v| word_at(clause.trim_start(), v, false))
        })
}

fn names_a_form(before: &str) -> bool {
    let last = before
        .trim_end()
        .rsplit(char::is_whitespace)
        .next()
        .unwrap_or("");
    matches!(crate::text::fold::fold_case(last).as_str(), "mẫu" | "biểu")
}

fn lower_code(p: Pair<'_, Rule>, c: &mut Citation, map: &dyn Fn(&Pair<'_, Rule>) -> Span) {
    for q in p.into_inner() {
        c.party = matches!(q.as_rule(), Rule::party_code | Rule::party_code_spaced);
        for r in q.into_inner() {
            match r.as_rule() {
                Rule::num => c.number = Some(map(&r)),
                Rule::ref_year => c.year = Some(map(&r)),
                Rule::code => {
                    c.code = Some(map(&r));
                    for s in r.into_inner() {
                        match s.as_rule() {
                            Rule::code_part => c.code_parts.push(map(&s)),
                            Rule::code_sep => c.code_separators.push(map(&s)),
                            _ => {}
                        }
                    }
                }
                Rule::code_part => c.code_parts.push(map(&r)),
                _ => {}
            }
        }
    }
}

fn p_code_text(c: &Citation, source: &str) -> String {
    c.code_parts
        .iter()
        .map(|s| s.of(source))
        .collect::<Vec<_>>()
        .join("")
}

fn lower_date(p: &Pair<'_, Rule>, map: &dyn Fn(&Pair<'_, Rule>) -> Span) -> Option<CitedDate> {
    let mut day = None;
    let mut month = None;
    let mut year = None;
    for q in p.clone().into_inner() {
        match q.as_rule() {
            Rule::day => day = q.as_str().parse().ok(),
            Rule::month => month = q.as_str().parse().ok(),
            Rule::year => year = q.as_str().parse().ok(),
            _ => {}
        }
    }
    Some(CitedDate {
        span: map(p),
        day: day?,
        month: month?,
        year: year?,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::fold::fold_case;

    /// The literals `citation` can open with, read from the grammar file.
    fn citation_openers() -> Vec<String> {
        let grammar = include_str!("../../grammar/citation.pest");
        let rule = |name: &str| {
            let start = grammar
                .find(&format!("\n{name} "))
                .unwrap_or_else(|| panic!("no rule {name}"));
            let body = &grammar[start + 1..];
            let first_line = body.find('\n').unwrap_or(body.len());
            let end = if body[..first_line].trim_end().ends_with('{') {
                body.find("\n}").unwrap_or(body.len())
            } else {
                first_line
            };
            body[..end]
                .split('"')
                .skip(1)
                .step_by(2)
                .map(str::to_owned)
                .collect::<Vec<_>>()
        };
        let mut literals = rule("doc_type");
        literals.extend(rule("law_word"));
        // `so_word` opens with `số` (its `:` comes after).
        literals.extend(rule("so_word").into_iter().take(1));
        assert!(literals.len() > 40, "{literals:?}");
        literals
    }

    /// `skip_len` splits as the grammar's `skip` does: its word test is `LETTER | MARK | digit`.
    #[test]
    fn skip_splits_words_as_the_grammar_does() {
        for c in ('\u{0}'..='\u{3000}').chain('\u{1e00}'..='\u{1fff}') {
            let grammar = c.is_ascii_digit() || pest::unicode::LETTER(c) || pest::unicode::MARK(c);
            let s = format!("{c}{c}\u{1}");
            let want = if grammar {
                2 * c.len_utf8()
            } else {
                c.len_utf8()
            };
            assert_eq!(skip_len(&s), want, "U+{:04X}", c as u32);
        }
    }

    #[test]
    fn the_type_words_are_the_grammars() {
        let mut grammar: Vec<String> = citation_openers()
            .into_iter()
            .filter(|l| l != "số")
            .collect();
        let mut ours: Vec<String> = DOC_TYPES.iter().map(|s| s.to_string()).collect();
        // `law_word`'s three are `doc_type` literals too.
        for law in ["bộ luật", "luật", "pháp lệnh"] {
            assert!(ours.iter().any(|t| t == law), "{law}");
        }
        grammar.sort();
        grammar.dedup();
        ours.sort();
        assert_eq!(ours, grammar);
    }

    /// What follows a type word in a citation: spaces, `số` with or without `:`, a number.
    const NUMBER_FORMS: [&str; 5] = [
        " 12/QĐ-UB",
        "  số 12/QĐ-UB",
        " số: 5/KH",
        " số12-NQ/TW",
        "\u{a0}số :\t7/TB",
    ];

    #[test]
    fn the_prefilter_lets_every_citation_form_through() {
        for ty in DOC_TYPES {
            for tail in NUMBER_FORMS {
                assert!(may_start_citation(&format!("{ty}{tail}")), "{ty}{tail}");
            }
        }
        for ok in [
            "127/QĐ-TTg",
            "57-NQ/TW",
            "12-QĐ&X/TW",
            "1050 /QĐ-SCT",
            "số 5/QĐ",
            "số: 5",
            "luật đất đai ngày 1/1/2020",
            "luật x số 45/2013/QH13",
        ] {
            assert!(may_start_citation(ok), "{ok}");
        }
        for no in [
            "theo",
            "(quyết",
            "kế hoạch này",
            "2025 năm",
            "số lượng",
            "1234567/QĐ",
            "2025-2030 trên địa bàn",
            "2025-2030",
            "12-/QĐ",
            "luật đất đai; ngày 1/1/2020",
            "pháp luật về đất đai",
        ] {
            assert!(!may_start_citation(no), "{no}");
        }
    }

    /// The anchored scan finds exactly what the grammar's own `scan` finds, on every paragraph
    /// of the corpus and on text made to trip the word splitting.
    #[test]
    fn anchored_scan_equals_the_grammar_scan() {
        let mut texts = crate::test_corpus::texts();
        texts.push(
            "Ⓐ127/QĐ-TTg; x²30/2020/NĐ-CP ngày 1/1/2021; Ⅻ số 5/KH-UB; ẞQuyết định số 9/QĐ-X \
             1234567/QĐ-Y; LuậtĐất đai ngày 1/1/2020; số:12-NQ/TW của Ban Chấp hành; ٣/QĐ-A \
             giai đoạn 2025-2030; 12-Ⓑ/TW 12-x²/TW 12-ẞ&Ⅻ/TW 7-Ⅳ/TW\n"
                .to_owned(),
        );
        // Every type word in every number form, and law words with names and dates.
        let mut forms = String::new();
        for ty in DOC_TYPES {
            for tail in NUMBER_FORMS {
                forms.push_str(&format!("Căn cứ {ty}{tail} ngày 1/2/2020 của Bộ X; "));
            }
            forms.push_str(&format!(
                "{ty} Đất đai ngày 19 tháng 6 năm 2015; {ty} Hóa chất số 69/2025/QH15;\n"
            ));
        }
        texts.push(forms);
        let mut compared = 0;
        for text in &texts {
            let doc = crate::parse(text);
            for p in &doc.paragraphs {
                let joined = Joined::new(text, &doc.lines, &p.lines);
                let old = citations_by_grammar_scan(text, &joined);
                // The folded join the assembler uses is the join of the folded text.
                let folded = joined.text_over(&fold_case(text));
                assert_eq!(folded, fold_case(&joined.text));
                assert_eq!(scan_paragraph(text, &joined, &folded, false), old);
                compared += old.len();
            }
        }
        assert!(compared > 100, "only {compared} citations compared");
    }

    fn cites(text: &str) -> Vec<Citation> {
        let doc = crate::parse(text);
        doc.document.citations
    }

    #[test]
    fn citations_with_number_date_and_issuer() {
        let text = "Căn cứ Quyết định số 127/QĐ-TTg ngày 26/01/2021 của Thủ tướng Chính phủ về phê duyệt Chiến lược;\n";
        let c = cites(text);
        assert_eq!(c.len(), 1);
        let c = &c[0];
        assert_eq!(c.doc_type.map(|s| s.of(text)), Some("Quyết định"));
        assert_eq!(c.number.map(|s| s.of(text)), Some("127"));
        assert_eq!(c.code.map(|s| s.of(text)), Some("QĐ-TTg"));
        assert_eq!(
            c.date.map(|d| (d.day, d.month, d.year)),
            Some((26, 1, 2021))
        );
        assert_eq!(c.issuer.map(|s| s.of(text)), Some("Thủ tướng Chính phủ"));
    }

    #[test]
    fn vbqppl_party_and_law_forms() {
        let text = "Thực hiện Nghị định số 30/2020/NĐ-CP, Chỉ thị số 11-CT/TU ngày 04/01/2026 của Ban Thường vụ Tỉnh ủy và Luật Tổ chức Chính phủ ngày 19 tháng 6 năm 2015 theo quy định của pháp luật về đất đai ngày 05/8/2025.\n";
        let c = cites(text);
        let got: Vec<_> = c
            .iter()
            .map(|c| {
                (
                    c.number.map(|s| s.of(text)),
                    c.year.map(|s| s.of(text)),
                    c.code.map(|s| s.of(text)),
                    c.party,
                )
            })
            .collect();
        assert_eq!(
            got,
            [
                (Some("30"), Some("2020"), Some("NĐ-CP"), false),
                (Some("11"), None, Some("CT/TU"), true),
                (None, None, None, false),
            ]
        );
        assert_eq!(
            c[2].law_title.map(|s| s.of(text)),
            Some("Tổ chức Chính phủ")
        );
        assert_eq!(c[2].date.map(|d| d.year), Some(2015));
        assert_eq!(
            c[1].issuer.map(|s| s.of(text)),
            Some("Ban Thường vụ Tỉnh ủy")
        );
    }

    /// A law named in a sentence that goes on to a deadline or a start (`… của Luật Đầu tư 2025,
    /// trình Chính phủ trước` / `ngày 05 tháng 5 năm 2026`) is not cited with that date: the date
    /// is the sentence's. A law's own date (`thông qua ngày`, right after the name) still is.
    #[test]
    fn a_deadline_after_a_law_name_is_not_its_date() {
        for text in [
            "Phụ lục IV của Luật Đầu tư 2025, trình Chính phủ trước\nngày 05 tháng 5 năm 2026.\n",
            "Các bộ triển khai Luật Đầu tư 2025 trước ngày 05/5/2026.\n",
            "Các bộ hướng dẫn thi hành Luật Đầu tư 2025 chậm nhất ngày 05/5/2026.\n",
            "Nghị định hướng dẫn Luật Đất đai có hiệu lực từ ngày 01/8/2024.\n",
            "Bộ Tư pháp hoàn thiện dự thảo Luật Đầu tư, gửi Bộ Tài chính ngày 30/4/2026.\n",
            "Triển khai Luật Đầu tư 2025 đến ngày 31 tháng 12 năm 2026.\n",
        ] {
            let c = cites(text);
            assert!(
                c.iter().all(|c| c.date.is_none()),
                "{text}: {:?}",
                c.iter().map(|c| c.span.of(text)).collect::<Vec<_>>()
            );
        }
        for text in [
            "Căn cứ Luật Tổ chức Chính phủ ngày 18 tháng 02 năm 2025;\n",
            "Căn cứ Luật Phòng, chống tham nhũng ngày 20/11/2018;\n",
            "Căn cứ Luật Tổ chức chính quyền địa phương được thông qua ngày 19/6/2015;\n",
        ] {
            let c = cites(text);
            assert_eq!(c.len(), 1, "{text}");
            assert!(c[0].date.is_some(), "{text}");
        }
    }

    #[test]
    fn a_citation_wrapped_over_two_lines_maps_back_to_both() {
        let text = "KẾ HOẠCH\nVề việc\n\n      Căn cứ Nghị định số\n181/2024/NĐ-CP ngày 31/12/2024 của Chính phủ;\n";
        let c = cites(text);
        assert_eq!(c.len(), 1);
        assert_eq!(
            c[0].span.of(text),
            "Nghị định số\n181/2024/NĐ-CP ngày 31/12/2024 của Chính phủ"
        );
    }

    #[test]
    fn a_code_broken_after_its_hyphen_is_joined() {
        let text = "KẾ HOẠCH\nVề việc\n\n      - Kiểm tra theo Nghị định số 217/2025/NĐ-\nCP ngày 05/8/2025 của Chính phủ quy định.\n";
        let c = cites(text);
        assert_eq!(c.len(), 1);
        let code = c[0].code.map(|s| s.of(text));
        assert_eq!(code, Some("NĐ-\nCP"));
        assert_eq!(c[0].date.map(|d| d.year), Some(2025));
    }

    #[test]
    fn a_code_broken_after_its_hyphen_before_a_capital_is_joined() {
        // The wrapped line opens with the code's capitals: still the same paragraph.
        let text = "BÁO CÁO\nVề việc\n\n4. Triển khai Chỉ thị số 16/CT-TTg ngày 20/5/2024, Công điện số 131/CĐ-\nTTg ngày 11/12/2024 của Thủ tướng Chính phủ.\n";
        let c = cites(text);
        let cd = c
            .iter()
            .find(|c| c.span.of(text).starts_with("Công điện"))
            .expect("the công điện is cited");
        assert_eq!(cd.code.map(|s| s.of(text)), Some("CĐ-\nTTg"));
        assert_eq!(cd.date.map(|d| d.year), Some(2024));
    }

    #[test]
    fn a_code_is_not_read_into_the_words_after_a_gap() {
        // A table's cell ends on `01/2024/`; the next line is another cell's citation.
        let text = "I. NỘI DUNG\nĐược thay thế bởi Thông tư số 01/2024/\nThông tư số 03/2017/TT-BLĐTBXH ngày 01/3/2017 của Bộ trưởng.\nBãi bỏ Quyết định số 1187/QĐ-\nthẩm quyền giải quyết; Chỉ thị số 27/CT- TTg và Công văn số 5/UBND-\nTTr.\n";
        let got: Vec<_> = cites(text)
            .iter()
            .map(|c| (c.span.of(text).to_owned(), c.date.map(|d| d.year)))
            .collect();
        assert_eq!(
            got,
            [
                (
                    "Thông tư số 03/2017/TT-BLĐTBXH ngày 01/3/2017 của Bộ trưởng".to_owned(),
                    Some(2017)
                ),
                ("Quyết định số 1187/QĐ".to_owned(), None),
                ("Chỉ thị số 27/CT".to_owned(), None),
                ("Công văn số 5/UBND-\nTTr".to_owned(), None),
            ]
        );
    }

    /// A Party ký hiệu with a space at its hyphen after a type word or `số` (`Kế hoạch số 119-
    /// KH/TU`) is a citation, read whole with its date; a period of years alone is none.
    #[test]
    fn a_party_code_with_a_space_at_its_hyphen() {
        let text = "I. NỘI DUNG\nThực hiện Kế hoạch số 119- KH/TU ngày 18 tháng 12 năm 2019 của Ban Thường vụ Tỉnh ủy.\n";
        let found = cites(text);
        assert_eq!(found.len(), 1);
        let c = &found[0];
        assert!(c.party && c.date.is_some());
        assert_eq!(c.code.unwrap().of(text), "KH/TU");
        assert!(cites("I. NỘI DUNG\nGiai đoạn 2021 - 2025/2026 tiếp tục thực hiện.\n").is_empty());
    }

    /// A list of documents whose cells a web copy sets one a line: the ký hiệu's cell, then
    /// its date in figures without `ngày` in the next: that is the citation's date. A date
    /// two rows down is another row's.
    #[test]
    fn a_bare_date_in_the_cell_under_a_code_dates_it() {
        let date_of = |rows: &str| {
            let text = format!("QUYẾT ĐỊNH\nVề việc công bố danh mục\n\nĐiều 1. Công bố Danh mục văn bản hết hiệu lực.\n\nSTT\nSố, ký hiệu văn bản\nNgày, tháng, năm ban hành\n1\n{rows}\nBan hành quy định chế độ thu phí\n");
            let parsed = crate::parse(&text);
            let c = parsed
                .document
                .citations
                .iter()
                .find(|c| c.span.of(&text).contains("3443/2004"))
                .expect("the code is cited");
            c.date.as_ref().map(|d| (d.day, d.month, d.year))
        };
        assert_eq!(
            date_of("3443/2004/QĐ-UBND\n25/12/2004"),
            Some((25, 12, 2004))
        );
        assert_eq!(
            date_of("3443/2004/QĐ-UBND\nĐược thay thế bằng văn bản khác\n25/12/2004"),
            None
        );
    }

    #[test]
    fn numbers_and_dates_alone_are_not_citations() {
        assert!(cites(
            "I. NỘI DUNG\nBảo vệ 24/24 giờ; ngày 01/2021 và 2021-2025; QCVN 01:2019/BCT.\n"
        )
        .is_empty());
    }

    #[test]
    fn issuer_names_with_va_and_laws_next_to_other_citations() {
        let text = "I. NỘI DUNG\nTheo Quyết định số 2259/QĐ-BTTTT ngày 07/12/2022 của Bộ Thông tin và Truyền thông về việc ban hành; Luật Địa chất và Khoáng sản năm 2024 và Điều 73 Nghị định số 193/2025/NĐ-CP ngày 02/7/2025 của Chính phủ.\n";
        let c = cites(text);
        assert_eq!(
            c[0].issuer.map(|s| s.of(text)),
            Some("Bộ Thông tin và Truyền thông")
        );
        assert_eq!(c.len(), 2, "{c:#?}");
        assert_eq!(c[1].number.map(|s| s.of(text)), Some("193"));
    }
}
