//! The body's structure: paragraphs (lines a PDF wrapped, joined again), the hierarchy of
//! phần / chương / mục / điều / khoản / điểm, and the citations of other documents.

use crate::document::{Document, Line, LineKind, Span};
use crate::fold::fold_case;
use pest::iterators::Pair;
use serde::Serialize;

/// Lines that read as one paragraph: the first line and the lines a converter wrapped off it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Paragraph {
    /// Its lines (indices into `Document::lines`), in order.
    pub lines: Vec<usize>,
}

/// A paragraph's lines joined with single spaces, and where each line's text sits in it.
#[derive(Debug, Clone)]
pub struct Joined {
    pub text: String,
    /// (offset in `text`, the line's span in the NFC text), one per line.
    pub pieces: Vec<(u32, Span)>,
}

impl Joined {
    pub fn new(source: &str, lines: &[Line], indices: &[usize]) -> Self {
        let mut text = String::new();
        let mut pieces = Vec::with_capacity(indices.len());
        for (k, &i) in indices.iter().enumerate() {
            // A code or a range broken after its hyphen (`NĐ-` / `CP`, `2025-` / `2030`) joins
            // without a space; Vietnamese words are never hyphenated at a line end.
            if k > 0 && !ends_with_broken_code(&text) {
                text.push(' ');
            }
            let span = lines[i].span;
            pieces.push((text.len() as u32, span));
            text.push_str(span.of(source));
        }
        Self { text, pieces }
    }

    /// The same lines joined the same way from another text of the same layout (the folded
    /// copy of the source, whose byte offsets are the source's).
    pub fn text_over(&self, other: &str) -> String {
        let mut text = String::with_capacity(self.text.len());
        for &(offset, span) in &self.pieces {
            if text.len() < offset as usize {
                text.push(' ');
            }
            text.push_str(span.of(other));
        }
        text
    }

    /// Maps an offset in the joined text back to the NFC text. An offset on a joining space maps
    /// to the end of the line before it (for ends) or the start of the next (for starts).
    pub fn to_source(&self, offset: u32, is_end: bool) -> u32 {
        let k = self
            .pieces
            .partition_point(|(o, _)| *o <= offset)
            .saturating_sub(1);
        let (o, span) = self.pieces[k];
        let inside = offset - o;
        if inside <= span.len() {
            return span.start + inside;
        }
        match (is_end, self.pieces.get(k + 1)) {
            (false, Some((_, next))) => next.start,
            _ => span.end,
        }
    }

    pub fn span_to_source(&self, s: u32, e: u32) -> Span {
        Span::new(self.to_source(s, false), self.to_source(e, true))
    }
}

/// The levels of the body, largest first.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum SectionKind {
    /// `Phần thứ nhất`, `Phần I`.
    Phan,
    /// `Chương I`.
    Chuong,
    /// `Mục 1` in an Điều-structured document.
    Muc,
    /// `Tiểu mục 1`.
    TieuMuc,
    /// `I.`, `II.` in a report or plan.
    RomanMuc,
    /// `Điều 1.`
    Dieu,
    /// `1.`, `2.` (and `1.1.` under a Roman mục).
    Khoan,
    /// `a)`, `b)`.
    Diem,
}

/// One node of the body's hierarchy.
#[derive(Debug, Clone, Serialize)]
pub struct Section {
    /// Its level.
    pub kind: SectionKind,
    /// The line it opens (index into `Document::lines`).
    pub line: usize,
    /// The number as written (`II`, `3`, `2.1`, `đ`).
    pub number: Span,
    /// The title on the same line, or on the next line for Phần/Chương/Mục.
    pub title: Option<Span>,
    /// The nodes nested under it, in order.
    pub children: Vec<Section>,
}

impl SectionKind {
    /// Rank for nesting: a node nests under the nearest open node of lower rank.
    fn rank(self, depth: u32) -> u32 {
        match self {
            SectionKind::Phan => 10,
            SectionKind::Chuong => 20,
            SectionKind::Muc => 30,
            SectionKind::TieuMuc => 40,
            SectionKind::RomanMuc | SectionKind::Dieu => 50,
            SectionKind::Khoan => 60 + depth.min(9),
            SectionKind::Diem => 70,
        }
    }
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
    if cur.blank_before && can_cu_across_blank(text, first, prev, cur) {
        return true;
    }
    if cur.blank_before || cur.column != prev.column || cur.row != prev.row + 1 {
        return false;
    }
    let prev_text = prev.span.of(text).trim_end();
    let cur_text = cur.span.of(text);
    // A wrapped citation whose line opens with the number it cites (`số 56/2024/QH15;`) reads
    // as a Số line, one that ends on a date (`phạm pháp luật ngày 18 tháng 6 năm 2020;`) as a
    // date line; in lower case they are no document's own number or date.
    let wrapped_number = matches!(cur.kind, LineKind::So(_) | LineKind::PlaceDate(_))
        && cur_text.starts_with(crate::fold::is_lower);
    if !(matches!(cur.kind, LineKind::Paragraph) || wrapped_number) || cur.style.heading > 0 {
        return false;
    }
    let starts_lower = cur_text
        .chars()
        .next()
        .is_some_and(|c| crate::fold::is_lower(c) || c.is_ascii_digit());
    // A PDF paragraph: first line indented, wrapped lines flush left.
    let hanging = first.indent > 0 && cur.indent < first.indent;
    let open = !prev_text.ends_with(['.', ';', ':', '!', '?']);
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

/// A scan's blank line inside a căn cứ (`… của Thủ tướng` / blank / `Chính phủ ban hành …;`):
/// a căn cứ ends with a stop, so one left with none goes on after a single blank line with a
/// plain line of the same column.
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
            .is_some_and(crate::fold::is_letter_or_digit)
}

/// Whether a text ends with a code or a range broken after its hyphen (`NĐ-`, `131/CĐ-`,
/// `2025-`): the rest follows on the next line without a space.
pub(crate) fn ends_with_broken_code(text: &str) -> bool {
    text.strip_suffix('-').is_some_and(|t| {
        t.chars()
            .next_back()
            .is_some_and(crate::fold::is_letter_or_digit)
    })
}

/// Whether a line ends with a word after which a Vietnamese sentence cannot stop (`của`, `và`,
/// `về`, `tại`, …): the sentence goes on on the next line.
pub(crate) fn ends_with_joining_word(line: &str) -> bool {
    // Not `trên`, `năm`, `được`, `như`, `theo`: `nội dung trên`, `hằng năm`, `không được`,
    // `như sau` end sentences.
    const JOINING: &[&str] = &[
        "của", "và", "về", "các", "những", "tại", "với", "đến", "từ", "số", "ngày", "tháng", "là",
        "để", "thuộc", "hoặc", "nhằm", "đối", "giữa",
    ];
    // Lower case only: `Năm` or `SỐ` in capitals end a heading, not a sentence.
    line.rsplit(char::is_whitespace)
        .next()
        .is_some_and(|last| JOINING.contains(&last))
}

/// Builds the hierarchy from the body lines.
pub fn sections(text: &str, doc: &Document) -> Vec<Section> {
    let mut roots: Vec<Section> = Vec::new();
    // Stack of (rank, path of child indices from the roots).
    let mut stack: Vec<(u32, Vec<usize>)> = Vec::new();
    for i in doc.body.clone() {
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

#[derive(pest_derive::Parser)]
#[grammar = "grammar/citation.pest"]
struct CitationGrammar;

/// A date named in a citation.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct CitedDate {
    /// The date as written.
    pub span: Span,
    /// Day of the month.
    pub day: u8,
    /// Month, 1 to 12.
    pub month: u8,
    /// Year.
    pub year: u16,
}

/// A reference to another document.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Citation {
    /// The whole citation as written.
    pub span: Span,
    /// The type word as written (`Quyết định`, `Luật`).
    pub doc_type: Option<Span>,
    /// For a law cited by name: its name (`Tổ chức Chính phủ`).
    pub law_title: Option<Span>,
    /// The number (`30/2020/NĐ-CP`, `57-NQ/TW`).
    pub number: Option<Span>,
    /// The year inside a VBQPPL number (`30/2020/NĐ-CP`).
    pub year: Option<Span>,
    /// The code after the number (`QĐ-TTg`, `NĐ-CP`, `NQ/TW`).
    pub code: Option<Span>,
    /// The parts of the code (`NĐ`, `CP`).
    pub code_parts: Vec<Span>,
    /// What separates them (`-`, `/`).
    pub code_separators: Vec<Span>,
    /// Party form `57-NQ/TW`.
    pub party: bool,
    /// The date it names (`ngày 08 tháng 3 năm 2020`).
    pub date: Option<CitedDate>,
    /// The body that issued it, as written (`Thủ tướng Chính phủ`).
    pub issuer: Option<Span>,
}

impl Citation {
    /// Type word, folded (`quyết định`), when present.
    pub(crate) fn type_key(&self, text: &str) -> Option<String> {
        self.doc_type
            .map(|s| crate::doctype::tone_insensitive(&fold_case(s.of(text))))
    }
    /// Laws and ordinances need no number, date or issuer when cited (Phụ lục I).
    pub(crate) fn is_law(&self, text: &str) -> bool {
        self.type_key(text)
            .is_some_and(|k| matches!(k.as_str(), "luật" | "bộ luật" | "pháp lệnh" | "hiến pháp"))
    }
}

/// Finds the citations in a paragraph's joined text.
#[cfg(test)]
pub fn citations_in(source: &str, joined: &Joined) -> Vec<Citation> {
    citations_in_folded(source, joined, &fold_case(&joined.text))
}

/// `citations_in`, given the joined text case-folded (`fold_case(&joined.text)`).
pub fn citations_in_folded(source: &str, joined: &Joined, folded: &str) -> Vec<Citation> {
    let original = &joined.text;
    let mut out = Vec::new();
    // A citation always holds a digit (its number or its date) and never runs across a `;`, so
    // only the clauses with a digit are scanned: most of a body has none.
    let mut base = 0;
    for clause in folded.split_inclusive(';') {
        if let Some(last_digit) = clause.bytes().rposition(|b| b.is_ascii_digit()) {
            for (at, pair) in scan_citations(clause, last_digit) {
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

fn scan_citations(clause: &str, last_digit: usize) -> Vec<(usize, Pair<'_, Rule>)> {
    let mut found = Vec::new();
    let mut at = 0;
    while at <= last_digit {
        let rest = &clause[at..];
        if may_start_citation(rest) {
            // A citation spans a few hundred bytes at most (`Nghị định số … của Chính phủ quy
            // định …`); the grammar is not handed the rest of a long clause.
            let window = crate::parse::bounded(rest, CITATION_WINDOW);
            if let Ok(mut pairs) =
                crate::grammar_budget::parse::<CitationGrammar, _>(Rule::citation, window)
            {
                if let Some(pair) = pairs.next() {
                    let len = pair.as_span().end();
                    if len > 0 {
                        found.push((at, pair));
                        at += len;
                        continue;
                    }
                }
            }
        }
        at += skip_len(rest);
    }
    found
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
    let folded = fold_case(&joined.text);
    let mut out = Vec::new();
    let mut base = 0;
    for clause in folded.split_inclusive(';') {
        if clause.bytes().any(|b| b.is_ascii_digit()) {
            if let Ok(pairs) =
                crate::grammar_budget::parse::<CitationGrammar, _>(Rule::scan, clause)
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
                            if !name.chars().next().is_some_and(crate::fold::is_capital)
                                || name.chars().count() > 160
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
                lower_code(p, &mut c, &map);
                // A ký hiệu has capitals (`QĐ-TTg`); `24/24` and `01/2021` are not citations.
                let code_text = p_code_text(&c, _source);
                if !code_text.chars().any(crate::fold::is_capital) {
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
            .any(crate::fold::is_capital)
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

fn lower_code(p: Pair<'_, Rule>, c: &mut Citation, map: &dyn Fn(&Pair<'_, Rule>) -> Span) {
    for q in p.into_inner() {
        c.party = q.as_rule() == Rule::party_code;
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

    /// The literals `citation` can open with, read from the grammar file.
    fn citation_openers() -> Vec<String> {
        let grammar = include_str!("../grammar/citation.pest");
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
                assert_eq!(citations_in_folded(text, &joined, &folded), old);
                assert_eq!(citations_in(text, &joined), old, "{}", joined.text);
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

    /// A scan's text leaves blank lines inside a căn cứ: one left without a stop goes on; one
    /// that ends with its stop does not swallow the paragraph after the blank line.
    #[test]
    fn a_can_cu_goes_on_across_a_scans_blank_line() {
        let text = "QUYẾT ĐỊNH\nVề việc phê duyệt danh sách thành viên\n\nTHỦ TƯỚNG CHÍNH PHỦ\n\
Căn cứ Quyết định số 26/2014/QĐ-TTg ngày 26 tháng 3 năm 2014 của Thủ tướng\n\n\
Chính phủ ban hành Quy chế tổ chức và hoạt động của Đại học quốc gia;\n\n\
Căn cứ Luật Tổ chức Chính phủ ngày 18 tháng 02 năm 2025;\n\n\
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
    }
}
