//! Stage 7, check and fix: the public entry points. Parse a text (the stages before), run the
//! enabled rules over its tree, map the findings back to the original, apply the fixes.

use crate::config::{Config, InputFormat, Limits, Profile};
use crate::diagnostic::{Applicability, Diagnostic, Edit};
use crate::input::blocks::{join_blocks, Block, PageSetup, RunStyle, StyledDocument};
use crate::input::source::Source;
use crate::layout::Segment;
use crate::model::document::{Document, Regime};
use crate::model::document::{Styled, StyledBlock};
use crate::recognize::parse::classify_folded_within;
use crate::rules::{Ctx, REGISTRY};
use crate::text::span::Span;

pub(crate) mod session;
pub use session::Session;
use session::{FindingCache, LineCache};

/// A parsed text: the source (with the reading text the tree's spans point into) and the tree.
#[derive(Debug, Clone)]
pub struct Parsed {
    /// The input, with the text the tree's spans point into and the maps back to the input.
    pub source: Source,
    /// The recognised components and lines.
    pub document: Document,
}

impl Parsed {
    /// The text the tree's spans point into (`source.text()`).
    pub fn text(&self) -> &str {
        self.source.text()
    }
}

impl std::ops::Deref for Parsed {
    type Target = Document;
    fn deref(&self) -> &Document {
        &self.document
    }
}

/// Builds the document tree of a text. Never fails: what is not recognised is a paragraph.
/// The tree's spans point into `Parsed::text()`, which is `text` in NFC unless the reader had
/// to join or reorder lines.
///
/// ```
/// let parsed = thethuc::parse("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nSố: 12/QĐ-UBND\n");
/// let so = parsed.header.so.unwrap(); // the line index of `Số:`
/// assert_eq!(parsed.lines[so].span.of(parsed.text()), "Số: 12/QĐ-UBND");
/// ```
pub fn parse(text: &str) -> Parsed {
    parse_within(text, &Limits::default())
}

/// `parse`, with lines over the limits left as plain paragraphs (listed in `unread_lines`).
///
/// ```
/// let limits = thethuc::Limits { max_line_bytes: 10, ..Default::default() };
/// let parsed = thethuc::parse_within("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n", &limits);
/// assert_eq!(parsed.unread_lines, [0]);
/// assert!(parsed.header.quoc_hieu.is_none());
/// ```
pub fn parse_within(text: &str, limits: &Limits) -> Parsed {
    parse_source(Source::new(text), InputFormat::Text, limits)
}

/// Reads and parses a decoded source in the given format, without running the rules.
///
/// ```
/// use thethuc::{InputFormat, Limits, Source};
/// let page = b"<p>C\xe1\xbb\x98NG H\xc3\x92A X\xc3\x83 H\xe1\xbb\x98I CH\xe1\xbb\xa6 NGH\xc4\xa8A VI\xe1\xbb\x86T NAM</p>";
/// let source = Source::from_html(page).unwrap();
/// let parsed = thethuc::parse_source(source, InputFormat::Html, &Limits::default());
/// assert_eq!(parsed.header.quoc_hieu, Some(0));
/// ```
pub fn parse_source(source: Source, format: InputFormat, limits: &Limits) -> Parsed {
    parse_source_with(source, format, limits, None)
}

/// `parse_source`, reusing (and filling) a session's lines when one is given.
fn parse_source_with(
    mut source: Source,
    format: InputFormat,
    limits: &Limits,
    mut cache: Option<&mut LineCache>,
) -> Parsed {
    let _budget = crate::recognize::grammar_budget::Budget::enter(limits.max_grammar_calls);
    let reader = cache.as_deref_mut().map(|c| &mut c.reader);
    let (segments, furniture, folded, run_together) = read_into(&mut source, format, reader);
    let mut document = classify_all(source.text(), segments, limits, folded, cache);
    document.furniture = furniture;
    document.run_together = run_together;
    Parsed { source, document }
}

/// Runs the reader on the source's NFC text, gives the source its reading text, and returns
/// the segments to classify (spans in `source.text()`).
/// What the reader gives the grammar: the segments, the set-aside spans, and the text the
/// rules see case-folded when the reader already folded it (no reading text).
/// And whether the document arrived run together (`Reading::run_together`).
type ReadOut = (
    Vec<Segment>,
    Vec<(Span, crate::layout::furniture::Furniture)>,
    Option<String>,
    bool,
);

fn read_into(
    source: &mut Source,
    format: InputFormat,
    memo: Option<&mut crate::recognize::memo::ReaderCache>,
) -> ReadOut {
    let reading = crate::recognize::read::read_with(source.nfc_text(), format, memo);
    let (map, all) = reading.map(source.nfc_text()).unzip();
    let (segments, furniture) = reading.segments(source.nfc_text(), all.as_deref());
    source.set_reading(map);
    let run_together = reading.run_together;
    let folded = Some(match &all {
        Some(all) => reading.folded_reading_text(all),
        None => reading.folded,
    });
    (segments, furniture, folded, run_together)
}

fn classify_all(
    text: &str,
    segments: Vec<Segment>,
    limits: &Limits,
    folded: Option<String>,
    mut cache: Option<&mut LineCache>,
) -> Document {
    // Folding keeps byte offsets: one folded copy serves every line and paragraph.
    let folded = folded.unwrap_or_else(|| crate::text::fold::fold_case(text));
    debug_assert_eq!(
        folded.len(),
        text.len(),
        "the folded text keeps the text's offsets"
    );
    let mut unread = Vec::new();
    let lines = segments
        .iter()
        .enumerate()
        .map(|(i, seg)| {
            let folded_segment = seg.span.of(&folded);
            let read = || classify_folded_within(text, folded_segment, seg, limits);
            let (line, skipped) = match cache.as_deref_mut() {
                Some(cache) => cache.classify(seg.span.of(text), folded_segment, seg, read),
                None => read(),
            };
            if skipped {
                unread.push(i);
            }
            line
        })
        .collect();
    let mut doc = crate::recognize::assemble::assemble_folded(text, &folded, lines);
    doc.unread_lines = unread;
    doc.folded = folded;
    doc
}

/// The whole input is over `max_input_bytes`: nothing was checked.
fn too_large_finding(length: usize, max: usize) -> Diagnostic {
    let mb = |n: usize| crate::text::decimal::binary_fraction_decimals(n as u64, 20, 1);
    crate::rules::LIMIT_RULE.diag(
        Span::new(0, 0),
        format!(
            "Văn bản dài {} MB, quá giới hạn {} MB (max_input_bytes): không kiểm tra. Tăng giới hạn trong bảng [limits] của thethuc.toml nếu cần.",
            mb(length).replace('.', ","),
            mb(max).replace('.', ",")
        ),
        format!(
            "The input is {} MB, over the {} MB limit (max_input_bytes): not checked. Raise the limit in the [limits] table of thethuc.toml if needed.",
            mb(length),
            mb(max)
        ),
    )
}

/// A rule found more than `max_findings_per_rule`: `dropped` of them are not listed.
fn capped_finding(code: &str, shown: usize, dropped: usize) -> Diagnostic {
    crate::rules::LIMIT_RULE.diag(
        Span::new(0, 0),
        format!("{code}: còn {dropped} phát hiện nữa không liệt kê (chỉ hiện {shown}; giới hạn max_findings_per_rule)."),
        format!("{code}: {dropped} more findings not listed (only {shown} shown; limit max_findings_per_rule)."),
    )
}

/// The report for an input over `max_input_bytes`: not checked, and DOC004 says why.
fn too_large(source: Source, config: &Config) -> Report {
    let length = source.original().len();
    let diagnostics = vec![too_large_finding(length, config.limits.max_input_bytes)];
    Report {
        source,
        document: parse("").document,
        diagnostics,
    }
}

/// Checks paragraphs that come with their look (from an editor). The text is the blocks joined
/// by line breaks ([`join_blocks`]); positions in the report are offsets into that text.
///
/// ```
/// use thethuc::{Block, BlockStyle, Config, RunStyle};
/// // A paragraph in one run, bold or not.
/// let line = |text: &str, bold| Block {
///     text: text.into(),
///     style: BlockStyle { bold: Some(bold), ..Default::default() },
///     runs: vec![RunStyle { start: 0, end: text.len() as u32, bold: Some(bold), italic: Some(false), ..Default::default() }],
///     ..Default::default()
/// };
/// let blocks = [
///     line("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", false), // the Quốc hiệu must be bold
///     line("Độc lập - Tự do - Hạnh phúc", true),
/// ];
/// let report = thethuc::check_blocks(&blocks, &Config::default());
/// let not_bold = report.diagnostics.iter().find(|d| d.code == "TB003").unwrap();
/// assert_eq!(not_bold.span.of(report.source.text()), "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
/// ```
pub fn check_blocks(blocks: &[Block], config: &Config) -> Report {
    check_paragraphs(blocks, &[], config)
}

/// Checks a document from a word processor: paragraphs with their look and the page setup.
/// The formatting rules (TB) run on it. `thethuc_docx::Docx::styled` makes one from a .docx.
///
/// ```
/// use thethuc::{Block, Config, PageSetup, StyledDocument};
/// let document = StyledDocument {
///     blocks: vec![Block { text: "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM".into(), ..Default::default() }],
///     // Letter paper, not A4.
///     sections: vec![PageSetup { width_mm: Some(215.9), height_mm: Some(279.4), ..Default::default() }],
/// };
/// let report = thethuc::check_styled(&document, &Config::default());
/// assert!(report.diagnostics.iter().any(|d| d.code == "TB004")); // A4 paper
/// ```
pub fn check_styled(input: &StyledDocument, config: &Config) -> Report {
    check_paragraphs(&input.blocks, &input.sections, config)
}

fn check_paragraphs(blocks: &[Block], sections: &[PageSetup], config: &Config) -> Report {
    let _budget = crate::recognize::grammar_budget::Budget::enter(config.limits.max_grammar_calls);
    let (joined, starts) = join_blocks(blocks);
    let mut source = Source::new(&joined);
    if joined.len() > config.limits.max_input_bytes {
        return too_large(source, config);
    }
    let (segments, furniture, folded, run_together) =
        read_into(&mut source, InputFormat::Styled, None);
    let text = source.text();
    // Block starts in the text the rules see, to find the block of each segment.
    let text_starts: Vec<u32> = starts.iter().map(|&s| source.from_original(s)).collect();
    let segments = segments
        .into_iter()
        .map(|mut seg| {
            let i = text_starts
                .partition_point(|&s| s <= seg.span.start)
                .saturating_sub(1);
            if let Some(block) = blocks.get(i) {
                seg.style.bold |= block.style.bold.unwrap_or(false);
                seg.style.italic |= block.style.italic.unwrap_or(false);
            }
            seg
        })
        .collect();
    let mut document = classify_all(text, segments, &config.limits, folded, None);
    document.furniture = furniture;
    document.run_together = run_together;
    let nfc = |original: u32| source.from_original(original);
    document.styled = Some(Styled {
        blocks: blocks
            .iter()
            .zip(&starts)
            .map(|(b, &start)| {
                let len = b.text.len() as u32;
                let run_span = |r: &RunStyle| {
                    let (s, e) = (r.start.min(len), r.end.min(len).max(r.start.min(len)));
                    Span::new(nfc(start + s), nfc(start + e))
                };
                StyledBlock {
                    span: Span::new(nfc(start), nfc(start + len)),
                    style: b.style.clone(),
                    runs: b.runs.iter().map(|r| (run_span(r), r.clone())).collect(),
                    section: b.section,
                    in_table: b.in_table,
                }
            })
            .collect(),
        sections: sections.to_vec(),
    });
    apply_profile(&mut document, config.profile);
    let diagnostics = run_rules(&source, &document, InputFormat::Styled, config, None);
    Report {
        source,
        document,
        diagnostics,
    }
}

/// The result of a check: the source (for positions), the tree, and the findings sorted by place.
///
/// ```
/// let report = thethuc::check_str("Số: 7/QĐ-UBND\n", &thethuc::Config::default());
/// let finding = report.diagnostics.iter().find(|d| d.code == "SO003").unwrap();
/// // Line and column (1-based, in characters) of the finding in the input as given.
/// let place = report.source.place(finding.span);
/// assert_eq!((place.line, place.column), (1, 5));
/// assert_eq!(finding.span.of(report.source.text()), "7");
/// assert!(finding.message.en.contains("07"));
/// ```
#[derive(Debug)]
pub struct Report {
    /// The input, for positions: `source.place(diagnostic.span)` gives line and column.
    pub source: Source,
    /// The document as recognised: its components and lines.
    pub document: Document,
    /// The findings.
    pub diagnostics: Vec<Diagnostic>,
}

/// Checks a decoded text in the given format.
///
/// ```
/// use thethuc::{Config, InputFormat, Source};
/// // Bytes as read from a file: UTF-8 (with or without a BOM), UTF-16, or a legacy encoding.
/// let bytes = "CỘNG HÕA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n".as_bytes();
/// let source = Source::from_bytes(bytes).unwrap();
/// let report = thethuc::check(source, InputFormat::Text, &Config::default());
/// assert!(report.diagnostics.iter().any(|d| d.code == "QH002"));
/// ```
pub fn check(source: Source, format: InputFormat, config: &Config) -> Report {
    check_with(source, format, config, None)
}

/// `check`, reusing (and filling) a session's lines and line rules' findings when given.
fn check_with(
    source: Source,
    format: InputFormat,
    config: &Config,
    cache: Option<(&mut LineCache, &mut FindingCache)>,
) -> Report {
    let (lines, findings) = cache.unzip();
    if source.original().len() > config.limits.max_input_bytes {
        return too_large(source, config);
    }
    // The rules run within the check's grammar budget too.
    let _budget = crate::recognize::grammar_budget::Budget::enter(config.limits.max_grammar_calls);
    let Parsed {
        source,
        mut document,
    } = parse_source_with(source, format, &config.limits, lines);
    apply_profile(&mut document, config.profile);
    let diagnostics = run_rules(&source, &document, format, config, findings);
    Report {
        source,
        document,
        diagnostics,
    }
}

/// Convenience: checks a string as plain text.
///
/// ```
/// let report = thethuc::check_str("Số: 7/QĐ-UBND\n", &thethuc::Config::default());
/// assert!(report.diagnostics.iter().any(|d| d.code == "SO003"));
/// ```
pub fn check_str(text: &str, config: &Config) -> Report {
    check(Source::new(text), InputFormat::Text, config)
}

/// A profile chosen in the configuration overrides the regime read from the document.
fn apply_profile(document: &mut Document, profile: Profile) {
    document.regime = match profile {
        Profile::Auto => document.regime,
        Profile::Nd30 => Regime::Nd30,
        Profile::Party => Regime::Party,
        Profile::Qppl => Regime::Qppl,
    };
}

fn run_rules(
    source: &Source,
    doc: &Document,
    format: InputFormat,
    config: &Config,
    mut findings: Option<&mut FindingCache>,
) -> Vec<Diagnostic> {
    let ctx = match findings.as_deref_mut() {
        Some(findings) => findings.context(source, doc, config, format),
        None => Ctx::new(source, doc, config, format),
    };
    let mut out = Vec::new();
    let mut capped = Vec::new();
    for rule in REGISTRY {
        if !config.enabled(rule.code, rule.name, rule.default_on) {
            continue;
        }
        if !crate::rules::coverage::runs(rule, &ctx) {
            continue;
        }
        let before = out.len();
        match (rule.check, findings.as_deref_mut()) {
            (crate::rules::Check::Line(check), Some(findings)) => {
                findings.run(rule.code, check, &ctx, &mut out);
            }
            _ => rule.run(&ctx, &mut out),
        }
        // A rule firing on every line of a hostile input would bury the rest: keep the first ones.
        let found = out.len() - before + ctx.take_unbuilt();
        let cap = config.limits.max_findings_per_rule;
        if found > cap {
            out.truncate(before + cap);
            capped.push((rule.code, cap, found - cap));
        }
        if let Some(sev) = config.severity_for(rule.code, rule.name) {
            for d in &mut out[before..] {
                d.severity = sev;
            }
        }
    }
    let limit = crate::rules::LIMIT_RULE;
    if config.enabled(limit.code, limit.name, limit.default_on) {
        out.extend(
            capped
                .into_iter()
                .map(|(code, shown, dropped)| capped_finding(code, shown, dropped)),
        );
    }
    if source.has_reading_text() {
        for d in &mut out {
            d.span = source.ordered_span(d.span);
            for r in &mut d.related {
                *r = source.ordered_span(*r);
            }
            writable_fixes(source, d);
        }
    }
    crate::text::sorting::sort_by(&mut out, |a, b| {
        (a.span.start, a.span.end, a.code).cmp(&(b.span.start, b.span.end, b.code))
    });
    // Coverage (DOC003) speaks of the whole check; it comes first whatever its span.
    crate::text::sorting::sort_by_key(&mut out, |d| d.code != "DOC003");
    out
}

/// Rewrites a finding's fixes for a reading text: each edit within one piece of a joined line,
/// so that it maps to the original exactly. A fix the original cannot take (a replacement
/// across a joined line) is dropped; the finding stays.
fn writable_fixes(source: &Source, d: &mut Diagnostic) {
    d.fixes.retain_mut(|fix| {
        let mut edits = Vec::with_capacity(fix.edits.len());
        for e in &fix.edits {
            match source.writable_edits(e.span, &e.replacement) {
                Some(parts) => edits.extend(parts.into_iter().map(|(span, rep)| Edit {
                    span,
                    replacement: rep,
                })),
                None => return false,
            }
        }
        fix.edits = edits;
        true
    });
}

/// The result of fixing: the new original text, how many fixes went in, and the check of the new
/// text (what remains), so callers need not check it again.
#[derive(Debug)]
pub struct FixOutcome {
    /// The fixed text (the input's text when nothing was fixed).
    pub text: String,
    /// How many fixes went in, all rounds together.
    pub applied: usize,
    /// How many check-and-fix rounds ran.
    pub rounds: usize,
    /// The check of `text`: what remains.
    pub report: Report,
}

/// Applies fixes (safe ones, and unsafe ones when asked) until nothing changes, at most 10 rounds.
/// Edits are made on the original text, so what no fix touches keeps its bytes (NFD stays NFD).
///
/// ```
/// use thethuc::{Config, InputFormat};
/// let out = thethuc::fix("CỘNG HÕA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSố: 7/QĐ-UBND\n", InputFormat::Text, &Config::default(), false);
/// assert_eq!(out.text, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSố: 07/QĐ-UBND\n");
/// assert_eq!(out.applied, 2);
/// assert!(!out.report.diagnostics.iter().any(|d| d.code == "QH002" || d.code == "SO003"));
/// ```
pub fn fix(
    original: &str,
    format: InputFormat,
    config: &Config,
    include_unsafe: bool,
) -> FixOutcome {
    let mut current = original.to_owned();
    let mut applied = 0;
    let mut rounds = 0;
    loop {
        let report = check(Source::new(&current), format, config);
        if rounds == 10 {
            return FixOutcome {
                text: current,
                applied,
                rounds,
                report,
            };
        }
        let (next, n) = apply_fixes(&report, include_unsafe);
        rounds += 1;
        if n == 0 || next == current {
            return FixOutcome {
                text: current,
                applied,
                rounds,
                report,
            };
        }
        applied += n;
        current = next;
    }
}

/// Applies, in one pass, the first fix of each finding that does not overlap an earlier one.
/// Returns the new original text and the number of fixes applied. Fixes that change the look
/// (`Fix::format`) need a writer of the styled format and are left out.
///
/// ```
/// let report = thethuc::check_str("Số: 7/QĐ-UBND\n", &thethuc::Config::default());
/// let (text, applied) = thethuc::apply_fixes(&report, false);
/// assert_eq!((text.as_str(), applied), ("Số: 07/QĐ-UBND\n", 1));
/// ```
pub fn apply_fixes(report: &Report, include_unsafe: bool) -> (String, usize) {
    let wanted = |a: Applicability| a == Applicability::Safe || include_unsafe;
    let fixes = report.diagnostics.iter().filter_map(|d| {
        d.fixes
            .iter()
            .find(|f| wanted(f.applicability) && f.format.is_empty())
    });
    apply_edit_sets(&report.source, fixes.map(|f| f.edits.as_slice()))
}

/// True when two edits, as (start, end) offsets in one text, cannot both be applied: their
/// ranges overlap, or both insert at the same point (the order of the insertions is unknown).
/// A writer of its own format (a .docx, an editor) uses it to pick the fixes of one round.
///
/// ```
/// assert!(thethuc::edits_collide((0, 5), (4, 8)));
/// assert!(!thethuc::edits_collide((0, 4), (4, 8))); // they touch, but do not overlap
/// assert!(thethuc::edits_collide((3, 3), (3, 3))); // two insertions at one point
/// ```
pub fn edits_collide(a: (u32, u32), b: (u32, u32)) -> bool {
    let overlap = a.0 < b.1 && b.0 < a.1;
    let same_point = a.0 == a.1 && b.0 == b.1 && a.0 == b.0;
    overlap || same_point
}

/// Applies edit sets (each all-or-nothing) that do not overlap one another.
pub fn apply_edit_sets<'e>(
    source: &crate::input::source::Source,
    sets: impl Iterator<Item = &'e [Edit]>,
) -> (String, usize) {
    let mut taken: Vec<(u32, u32, String)> = Vec::new();
    let mut count = 0;
    'sets: for edits in sets {
        let mapped: Vec<(u32, u32, String)> = edits
            .iter()
            .map(|e| {
                (
                    source.to_original(e.span.start, false),
                    source.to_original(e.span.end, true),
                    e.replacement.clone(),
                )
            })
            .collect();
        if mapped.iter().any(|(s, e, _)| e < s) {
            continue 'sets;
        }
        for (s, e, _) in &mapped {
            if taken
                .iter()
                .any(|(ts, te, _)| edits_collide((*s, *e), (*ts, *te)))
            {
                continue 'sets;
            }
        }
        taken.extend(mapped);
        count += 1;
    }
    crate::text::sorting::sort_by_key(&mut taken, |(s, e, _)| (*s, *e));
    let original = source.original();
    let mut out = String::with_capacity(original.len());
    let mut pos = 0usize;
    for (s, e, replacement) in taken {
        out.push_str(&original[pos..s as usize]);
        out.push_str(&replacement);
        pos = e as usize;
    }
    out.push_str(&original[pos..]);
    (out, count)
}

#[cfg(test)]
mod block_tests {
    use super::*;
    use crate::input::blocks::BlockStyle;

    fn block(text: &str, bold: bool) -> Block {
        Block {
            text: text.into(),
            style: BlockStyle {
                bold: Some(bold),
                ..BlockStyle::default()
            },
            ..Block::default()
        }
    }

    #[test]
    fn blocks_are_checked_like_their_joined_text_and_keep_their_look() {
        let blocks = [
            block("CỘNG HÕA XÃ HỘI CHỦ NGHĨA VIỆT NAM", true),
            block("Độc lập - Tự do - Hạnh phúc", true),
            block("", false),
            block("Các đơn vị ban hành hành văn bản.", false),
        ];
        let report = check_blocks(&blocks, &Config::default());
        let (joined, starts) = join_blocks(&blocks);
        let second = blocks[0].text.len() as u32 + 1;
        let third = second + blocks[1].text.len() as u32 + 1;
        assert_eq!(starts, vec![0, second, third, third + 1]);
        let plain = check_str(&joined, &Config::default());
        let spans = |r: &Report| {
            r.diagnostics
                .iter()
                .map(|d| (d.code, d.span))
                .collect::<Vec<_>>()
        };
        assert_eq!(spans(&report), spans(&plain));
        let lines = &report.document.lines;
        let styled = report.document.styled.as_ref().unwrap();
        let block_of = |line: usize| {
            let at = styled.block_at(lines[line].span.start).unwrap();
            styled.blocks.iter().position(|b| std::ptr::eq(b, at))
        };
        assert_eq!(block_of(0), Some(0));
        assert!(lines[0].style.bold && !lines[2].style.bold);
        assert_eq!(block_of(2), Some(3));
        assert_eq!(styled.blocks.len(), 4);
        assert!(plain.document.styled.is_none());
    }
}

#[cfg(test)]
mod appendix_only_tests {
    use super::*;

    const APPENDIX: &str = "Số: 2775/SNV-CCHC; 10/11/2025; 11:00:27; +07:00\n\nPhụ lục II\nHƯỚNG DẪN TỰ ĐÁNH GIÁ CHỈ SỐ CẢI CÁCH HÀNH CHÍNH\n(Kèm theo Công văn số 2775/SNV-CCHC ngày 10 tháng 11 năm 2025 của Sở Nội vụ)\n\n1. Tiêu chí thứ nhất.\n2. Tiêu chí thứ hai.\n";

    #[test]
    fn a_file_of_one_appendix_is_read_as_one() {
        let report = check_str(APPENDIX, &Config::default());
        let doc = &report.document;
        assert!(doc.is_appendix_only());
        assert!(!doc.is_unstructured());
        assert_eq!(doc.appendices.len(), 1);
        assert!(doc.header.so.is_none(), "the stamp's number is no Số line");
        let codes: Vec<&str> = report.diagnostics.iter().map(|d| d.code).collect();
        for code in [
            "DOC001", "QH001", "SO001", "NG001", "TL001", "NN001", "CK001", "PL002",
        ] {
            assert!(!codes.contains(&code), "{code} in {codes:?}");
        }
        let doc003 = report
            .diagnostics
            .iter()
            .find(|d| d.code == "DOC003")
            .unwrap();
        assert!(
            doc003.message.vi.contains("chỉ gồm phụ lục"),
            "{}",
            doc003.message.vi
        );
    }

    #[test]
    fn a_finding_across_columns_read_apart_maps_back_in_order() {
        // Found by the `documents` fuzz target: the right column's "1050/QĐ-SCT" citation runs
        // on, in reading order, into the next row's left cell, which lies before it in the input.
        let text = "   UBND TỈNH LÀO CAI              CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\
            Việc Triển khai trợ lý ảo hỗ trợ công chức, viên chức phải đảm bảo hiệu quả, tiết \
            kiệm và phù hợp với điều kiện thực tiễn của địa phương.                 Thực hiện \
            Quyết định số 1050/QĐ-SCT ngày 06/3/2026 của Giám đốc Sở\n\
            Số: /KH-BQL          \n3";
        let report = crate::check_str(text, &Config::default());
        assert!(!report.diagnostics.is_empty());
        for d in &report.diagnostics {
            let (start, end) = report.source.original_range(d.span);
            assert!(start <= end, "{} maps to {start}..{end}", d.code);
        }
    }

    #[test]
    fn a_document_with_its_header_is_no_appendix_file() {
        let text = "Phụ lục I\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n";
        assert!(!crate::parse(text).document.is_appendix_only());
    }
}

#[cfg(test)]
mod profile_tests {
    use super::*;

    const PARTY_NOTICE: &str = "TỈNH ỦY LÂM ĐỒNG              ĐẢNG CỘNG SẢN VIỆT NAM\n        *\nSố 05-TB/TU                   Đà Lạt, ngày 15 tháng 6 năm 2026\n\nTHÔNG BÁO\nkết luận của Ban Thường vụ Tỉnh ủy\n-----\nĐề nghị các cấp ủy thực hiện nghiêm túc.\n";
    const YOUTH_NOTICE: &str = "BAN CHẤP HÀNH TỈNH LÀO CAI    ĐOÀN THANH NIÊN CỘNG SẢN HỒ CHÍ MINH\nSố: 12-TB/TĐTN                Lào Cai, ngày 05 tháng 6 năm 2026\n\nTHÔNG BÁO\nkết quả đại hội\n";

    fn regime_and_codes(text: &str, profile: Profile) -> (Regime, Vec<&'static str>) {
        let config = Config {
            profile,
            ..Config::default()
        };
        let report = check_str(text, &config);
        let codes = report.diagnostics.iter().map(|d| d.code).collect();
        (report.document.regime, codes)
    }

    #[test]
    fn a_chosen_profile_overrides_the_regime_read_from_the_document() {
        let (regime, codes) = regime_and_codes(PARTY_NOTICE, Profile::Auto);
        assert_eq!(regime, Regime::Party);
        assert!(!codes.contains(&"QH001"), "{codes:?}");
        let (regime, codes) = regime_and_codes(PARTY_NOTICE, Profile::Nd30);
        assert_eq!(regime, Regime::Nd30);
        assert!(codes.contains(&"QH001"), "{codes:?}");
        let (regime, _) = regime_and_codes(PARTY_NOTICE, Profile::Qppl);
        assert_eq!(regime, Regime::Qppl);
        let plain = "Số: 12/KH-UBND\nKẾ HOẠCH\nTổ chức hội nghị\n";
        assert_eq!(regime_and_codes(plain, Profile::Party).0, Regime::Party);
    }

    /// A right Party resolution after HD 05 with what Party documents do and the Party pack
    /// must not report (LEGAL-2026 §6, R22 and R23): `hằng năm` and `hàng năm`, low numbers in
    /// 2026 (the XIV term restarts them), `I-`/`1-` headings, a congress `lần thứ I`, one tone
    /// style throughout (the new one, `uỷ`, as HD 05 writes), a last căn cứ ending with `,`
    /// before the enacting sentence, HD 05's recipients.
    const PARTY_RESOLUTION: &str = "ĐẢNG BỘ TỈNH THÁI NGUYÊN      ĐẢNG CỘNG SẢN VIỆT NAM\n\
ĐẢNG UỶ XÃ PHÚ BÌNH\n        *\n\
Số 02-NQ/ĐU                   Phú Bình, ngày 03 tháng 12 năm 2026\n\n\
NGHỊ QUYẾT\n\
về phát triển kinh tế xã nhiệm kỳ 2025 - 2030\n-----\n\
- Căn cứ Điều lệ Đảng;\n\
- Căn cứ Nghị quyết Đại hội đại biểu Đảng bộ xã lần thứ I, nhiệm kỳ 2025 - 2030;\n\
- Xét đề nghị của Ban Xây dựng Đảng,\n\
Ban Chấp hành Đảng bộ xã quyết nghị như sau.\n\
I- MỤC TIÊU\n\
1- Hằng năm, thu nhập bình quân tăng 8%; hàng năm tổ chức sơ kết.\n\
2- Thực hiện Kết luận số 14-KL/TW, ngày 20/3/2026 của Bộ Chính trị.\n\
II- TỔ CHỨC THỰC HIỆN\n\
Các chi bộ, các đồng chí cấp uỷ viên thực hiện Nghị quyết này.\n\n\
Nơi nhận:                               T/M ĐẢNG UỶ\n\
- Ban Thường vụ Tỉnh uỷ;                       BÍ THƯ\n\
- Các chi bộ trực thuộc;\n\
- Lưu Văn phòng Đảng uỷ.\n\
                                        Nguyễn Văn An\n";

    #[test]
    fn a_right_party_document_gets_no_finding_of_what_party_documents_do() {
        let (regime, codes) = regime_and_codes(PARTY_RESOLUTION, Profile::Auto);
        assert_eq!(regime, Regime::Party);
        assert_eq!(codes, ["DOC003"]);
    }

    /// Each of the R23 features alone keeps the document clean; the pack is not silent on it:
    /// one defect put in gives its finding (the date zero NG003 checks for both profiles, a
    /// tone style mixed within the document).
    #[test]
    fn the_party_pack_still_reports_a_defect_beside_them() {
        let zero = PARTY_RESOLUTION.replace("ngày 03 tháng 12", "ngày 3 tháng 12");
        assert_eq!(
            regime_and_codes(&zero, Profile::Auto).1,
            ["DOC003", "NG003"]
        );
        let mixed = PARTY_RESOLUTION.replace("cấp uỷ viên", "cấp ủy viên");
        assert_eq!(
            regime_and_codes(&mixed, Profile::Auto).1,
            ["DOC003", "MA003"]
        );
    }

    /// DOC003 names the formatting rules a .docx would let run: on a Party text the Party
    /// pack's (DG101–DG104), not ND30's TB rules, which do not apply to it whatever the input;
    /// on an administrative text the TB rules.
    #[test]
    fn coverage_names_only_the_formatting_rules_that_apply() {
        let doc003 = |text: &str| {
            let report = check_str(text, &Config::default());
            let d = report
                .diagnostics
                .iter()
                .find(|d| d.code == "DOC003")
                .unwrap();
            d.message.vi.clone()
        };
        let party = doc003(PARTY_NOTICE);
        assert!(party.contains("(DG101, DG102, DG103, DG104)"), "{party}");
        assert!(!party.contains("TB0"), "{party}");
        let state = doc003(
            "UBND TỈNH LÀO CAI       CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSỞ CÔNG THƯƠNG          Độc lập - Tự do - Hạnh phúc\nSố: 12/KH-SCT           Lào Cai, ngày 05 tháng 6 năm 2026\n\nKẾ HOẠCH\nTổ chức hội nghị\n",
        );
        assert!(state.contains("TB001"), "{state}");
        assert!(!state.contains("DG101"), "{state}");
    }

    /// A Party resolution reprinted by a website without its header (the lead names it by its
    /// Party number, as tranmyhanh.com gave Nghị quyết 10-NQ/TU of Tỉnh ủy Phú Yên): read as a
    /// Party document, it gets neither the ND30 header findings (no Quốc hiệu, issuer, number
    /// or date asked of it) nor the Party pack's (a reprint may drop the `-----` under the
    /// trích yếu, as this one does, and its marks are the site's); DOC003 says why, and a slip in the text layer is still told.
    #[test]
    fn a_party_text_reprinted_without_its_header_gets_no_format_finding() {
        let reprint = "Ban biên tập giới thiệu toàn văn Nghị quyết số 10-NQ/TU, ngày 18/8/2021 của Ban Thường vụ Tỉnh ủy về lãnh đạo xây dựng, phát triển thị xã Sông Cầu.\n\n\
NGHỊ QUYẾT\nCỦA BAN THƯỜNG VỤ TỈNH ỦY\nvề lãnh đạo xây dựng, phát triển thị xã Sông Cầu\nlên thành phố trực thuộc tỉnh vào năm 2025\n\n\
Thực hiện Nghị quyết Đại hội đại biểu Đảng bộ tỉnh lần thứ XVII, nhiệm kỳ 2020 - 2025, Ban Thường vụ Tỉnh ủy ban hành Nghị quyết như sau:\n";
        let report = check_str(reprint, &Config::default());
        assert_eq!(report.document.regime, Regime::Party);
        let codes: Vec<_> = report.diagnostics.iter().map(|d| d.code).collect();
        assert_eq!(codes, ["DOC003"], "{codes:?}");
        let doc003 = &report.diagnostics[0].message.vi;
        assert!(doc003.contains("không có phần đầu"), "{doc003}");
        let slip = reprint.replace("ban hành Nghị quyết", "ban hành  Nghị quyết ,");
        let codes: Vec<_> = check_str(&slip, &Config::default())
            .diagnostics
            .iter()
            .map(|d| d.code)
            .collect();
        assert!(codes.iter().any(|c| c.starts_with("MA")), "{codes:?}");
    }

    /// The Youth Union's documents follow the Union's own format: DOC002 says so, and neither
    /// the ND30 rules nor the Party pack run on them.
    #[test]
    fn a_youth_union_document_gets_no_party_rule() {
        let (regime, codes) = regime_and_codes(YOUTH_NOTICE, Profile::Auto);
        assert_eq!(regime, Regime::YouthUnion);
        assert!(codes.contains(&"DOC002"), "{codes:?}");
        assert!(
            !codes.iter().any(|c| c.starts_with("DG") || *c == "QH001"),
            "{codes:?}"
        );
    }
}
