//! Checking the same document again and again as it is edited (an editor's widget): a
//! [`Session`] keeps what the last check learnt about each line and reuses it when the line
//! comes back unchanged, so that a one-character edit does not pay for the whole document's
//! line grammar again, nor the line rules (`rules::Check::Line`) their findings on it. The
//! cache belongs to the caller (no process-wide state), and a session's report is always the
//! report `check_str` gives for the same text.

use crate::check::{check_with, Report};
use crate::config::{Config, InputFormat};
use crate::diagnostic::Diagnostic;
use crate::input::source::Source;
use crate::layout::Segment;
use crate::model::document::{DateParts, Line, LineKind, SoParts};
use crate::recognize::memo::ReaderCache;
use crate::rules::{Ctx, LineView};
use crate::text::span::Span;
use crate::text::store::Store;

/// Checks successive versions of one text with one configuration, reusing the reading of the
/// lines that did not change since the previous check. Its reports are those of
/// [`check_str`](crate::check_str) with the same configuration.
///
/// ```
/// use thethuc::{Config, Session};
/// let mut session = Session::new(Config::default());
/// let first = session.check("Số: 7/QĐ-UBND\n");
/// assert!(first.diagnostics.iter().any(|d| d.code == "SO003"));
/// // One character added: the line is read again, the report is a fresh check's.
/// let second = session.check("Số: 07/QĐ-UBND\n");
/// assert!(!second.diagnostics.iter().any(|d| d.code == "SO003"));
/// ```
#[derive(Debug, Default)]
pub struct Session {
    config: Config,
    lines: LineCache,
    findings: FindingCache,
    /// What the source layer learnt of each line (`Source::new_remembering`).
    source_lines: Store<crate::input::source::LineFacts>,
}

impl Session {
    /// A session checking with `config`; nothing remembered yet.
    pub fn new(config: Config) -> Session {
        Session {
            config,
            lines: LineCache::default(),
            findings: FindingCache::default(),
            source_lines: Store::default(),
        }
    }

    /// The configuration the session checks with.
    pub fn config(&self) -> &Config {
        &self.config
    }

    /// Checks `text` as plain text: the same report as `check_str(text, self.config())`.
    /// Remembers the reading of this text's lines (and forgets those of the text before).
    pub fn check(&mut self, text: &str) -> Report {
        let source = Source::new_remembering(text, &mut self.source_lines);
        let report = check_with(
            source,
            InputFormat::Text,
            &self.config,
            Some((&mut self.lines, &mut self.findings)),
        );
        self.lines.end_check();
        self.findings.end_check();
        self.source_lines.end_check();
        report
    }
}

/// The line grammar's reading of each line of the previous check, by the line's text.
///
/// A line's kind is a function of its text, its case-folded text and the limits alone
/// (`classify_folded_within` reads nothing else of the document, and the grammar's step budget
/// is counted per line); its spans are offsets in the whole text, so a line found again at
/// another place has them moved by the difference. Row, column, indent, blank and style come
/// from the new segment. Only the lines of the last check are kept.
#[derive(Debug, Default)]
pub(crate) struct LineCache {
    lines: Store<Remembered>,
    /// What the reader learnt of each line (`ReaderCache`), kept with the grammar's.
    pub(crate) reader: ReaderCache,
    /// Lines read by the grammar (not found) in the last check.
    #[cfg(test)]
    read_again: usize,
}

#[derive(Debug, Clone)]
struct Remembered {
    /// The case-folded text the line was read from (folding is per character, but the cache
    /// does not rely on it).
    folded: Box<str>,
    /// Where the line started when it was read.
    start: u32,
    /// The reading: the line's span and kind, in offsets from `start`.
    line: Line,
    unread: bool,
}

impl LineCache {
    /// The line of `seg` (whose text is `original`, folded `folded`) as `read` reads it,
    /// remembered or read now.
    pub(crate) fn classify(
        &mut self,
        original: &str,
        folded: &str,
        seg: &Segment,
        read: impl FnOnce() -> (Line, bool),
    ) -> (Line, bool) {
        let found = self.lines.find(original);
        let at = match found.filter(|&at| &*self.lines.get(at).folded == folded) {
            Some(at) => at,
            None => {
                #[cfg(test)]
                {
                    self.read_again += 1;
                }
                let (line, unread) = read();
                let remembered = Remembered {
                    folded: folded.into(),
                    start: seg.span.start,
                    line,
                    unread,
                };
                match found {
                    Some(at) => {
                        *self.lines.get_mut(at) = remembered;
                        at
                    }
                    None => self.lines.keep(original.into(), remembered),
                }
            }
        };
        let remembered = self.lines.get(at);
        let delta = i64::from(seg.span.start) - i64::from(remembered.start);
        let mut kind = remembered.line.kind.clone();
        shift_kind(&mut kind, delta);
        let line = crate::recognize::parse::line_at(seg, shift(remembered.line.span, delta), kind);
        (line, remembered.unread)
    }

    /// The check is over: what it read is what the next one may reuse.
    fn end_check(&mut self) {
        self.lines.end_check();
        self.reader.end_check();
    }

    /// Before a check (tests): count the lines it reads again from zero.
    #[cfg(test)]
    fn start_count(&mut self) {
        self.read_again = 0;
        self.reader.computed = 0;
    }
}

/// The line rules' findings on each line of the previous check, by the line's text.
///
/// A line rule sees only the line's text, words and tokens, and its span to place findings
/// (`LineView`): its findings on a line found again are the old ones with every span moved by
/// the difference of the line's start. Kept per rule that ran (the rules that run may change
/// with the document's regime); only the lines of the last check are kept.
#[derive(Debug, Default)]
pub(crate) struct FindingCache {
    lines: Store<LineFindings>,
    /// Where each line of the document being checked has its entry in `lines` (one look-up a
    /// line, made by `context`; the line rules then go by the line's index).
    at_line: Vec<usize>,
    /// Lines a line rule ran on (not found) in the last check.
    #[cfg(test)]
    run_again: usize,
}

#[derive(Debug, Default)]
struct LineFindings {
    /// Where the line started when the findings were made.
    start: u32,
    /// Each line rule's findings on the line, by the rule's code.
    by_rule: Vec<(&'static str, Vec<Diagnostic>)>,
    /// The line's words and tokens (`Ctx::words`, `Ctx::tokens`): offset and length in the line.
    words: Box<[(u32, u32)]>,
    tokens: Box<[(u32, u32)]>,
}

/// Pieces of a line as offsets and lengths, to remember.
fn offsets(pieces: &[(usize, &str)]) -> Box<[(u32, u32)]> {
    pieces
        .iter()
        .map(|&(at, piece)| (at as u32, piece.len() as u32))
        .collect()
}

/// Pieces of `line` remembered as offsets, appended to `out`.
fn pieces_of<'a>(line: &'a str, remembered: &[(u32, u32)], out: &mut Vec<(usize, &'a str)>) {
    out.extend(remembered.iter().map(|&(at, len)| {
        let at = at as usize;
        (at, &line[at..at + len as usize])
    }));
}

impl FindingCache {
    /// The rules' context for `doc`, each line's words and tokens remembered by its text (or
    /// split now, and remembered). Every line gets its entry, for `run`.
    pub(crate) fn context<'a>(
        &mut self,
        source: &'a crate::input::source::Source,
        doc: &'a crate::model::document::Document,
        config: &'a Config,
        format: InputFormat,
    ) -> Ctx<'a> {
        self.at_line.clear();
        Ctx::with_split(source, doc, config, format, |line, start, words, tokens| {
            let at = match self.lines.find(line) {
                Some(at) => {
                    let entry = self.lines.get(at);
                    pieces_of(line, &entry.words, words);
                    pieces_of(line, &entry.tokens, tokens);
                    at
                }
                None => {
                    let (w, t) = (words.len(), tokens.len());
                    crate::text::words::words_into(line, words);
                    crate::text::words::tokens_into(line, tokens);
                    let entry = LineFindings {
                        start,
                        by_rule: Vec::new(),
                        words: offsets(&words[w..]),
                        tokens: offsets(&tokens[t..]),
                    };
                    self.lines.keep(line.into(), entry)
                }
            };
            self.at_line.push(at);
        })
    }

    /// Runs the line rule `code` (`check`) over every line of `ctx`'s document, into `out`:
    /// what `Rule::run` gives, with the findings on a line seen in the last check (or earlier in
    /// this one) taken from the cache. `ctx` is the one `context` made.
    pub(crate) fn run(
        &mut self,
        code: &'static str,
        check: fn(&LineView<'_, '_>, &mut Vec<Diagnostic>),
        ctx: &Ctx<'_>,
        out: &mut Vec<Diagnostic>,
    ) {
        debug_assert_eq!(self.at_line.len(), ctx.doc.lines.len());
        for (i, &at) in self.at_line.iter().enumerate() {
            let start = ctx.line(i).span.start;
            let entry = self.lines.get_mut(at);
            if let Some((_, found)) = entry.by_rule.iter().find(|(c, _)| *c == code) {
                let delta = i64::from(start) - i64::from(entry.start);
                out.extend(found.iter().map(|d| shifted(d, delta)));
                continue;
            }
            #[cfg(test)]
            {
                self.run_again += 1;
            }
            let before = out.len();
            check(&LineView::new(ctx, i), out);
            let delta = i64::from(entry.start) - i64::from(start);
            let kept = out[before..].iter().map(|d| shifted(d, delta)).collect();
            entry.by_rule.push((code, kept));
        }
    }

    /// The check is over: what it made or used is what the next one may reuse.
    fn end_check(&mut self) {
        self.lines.end_check();
        self.at_line.clear();
    }

    /// Before a check (tests): count the lines run again from zero.
    #[cfg(test)]
    fn start_count(&mut self) {
        self.run_again = 0;
    }
}

/// A finding moved by `delta` bytes: its span, related spans and its fixes' edits.
fn shifted(d: &Diagnostic, delta: i64) -> Diagnostic {
    let mut d = d.clone();
    if delta != 0 {
        d.span = shift(d.span, delta);
        shift_all(&mut d.related, delta);
        for fix in &mut d.fixes {
            for edit in &mut fix.edits {
                edit.span = shift(edit.span, delta);
            }
        }
    }
    d
}

fn shift(span: Span, delta: i64) -> Span {
    // Both ends stay in the new text: the line's parts lie inside its segment.
    let moved = |at: u32| (i64::from(at) + delta) as u32;
    Span::new(moved(span.start), moved(span.end))
}

fn shift_all(spans: &mut [Span], delta: i64) {
    for s in spans {
        *s = shift(*s, delta);
    }
}

fn shift_opt(span: &mut Option<Span>, delta: i64) {
    if let Some(s) = span {
        *s = shift(*s, delta);
    }
}

/// Moves every span of a line's kind by `delta` bytes. Every variant and field is named, so
/// that a new one does not compile until it is moved too.
fn shift_kind(kind: &mut LineKind, delta: i64) {
    let one = |s: &mut Span| *s = shift(*s, delta);
    match kind {
        LineKind::QuocHieu
        | LineKind::PartyHeading
        | LineKind::Enacting
        | LineKind::CanCu
        | LineKind::ThucHien
        | LineKind::TheoDeNghi
        | LineKind::KemTheo
        | LineKind::Paragraph => {}
        LineKind::TieuNgu { separators } => shift_all(separators, delta),
        LineKind::So(SoParts {
            word,
            colon,
            number,
            blank,
            slash,
            ky_hieu,
            parts,
            separators,
            party: _,
        }) => {
            one(word);
            for s in [colon, number, blank, slash, ky_hieu] {
                shift_opt(s, delta);
            }
            shift_all(parts, delta);
            shift_all(separators, delta);
        }
        LineKind::PlaceDate(DateParts {
            place,
            comma,
            day,
            month,
            year,
            numeric: _,
            end,
        }) => {
            one(place);
            for s in [comma, day, month, year, end] {
                shift_opt(s, delta);
            }
        }
        LineKind::Vv { label, colon, text } => {
            one(label);
            shift_opt(colon, delta);
            one(text);
        }
        LineKind::VeViec { text } => one(text),
        LineKind::KinhGui { label, colon, rest } | LineKind::NoiNhan { label, colon, rest } => {
            one(label);
            shift_opt(colon, delta);
            one(rest);
        }
        LineKind::Luu {
            dash,
            word,
            colon,
            rest,
        } => {
            shift_opt(dash, delta);
            one(word);
            shift_opt(colon, delta);
            one(rest);
        }
        LineKind::PhanChuong {
            label,
            number,
            rest,
        } => {
            one(label);
            one(number);
            one(rest);
        }
        LineKind::Dieu {
            number,
            separator,
            rest,
        } => {
            one(number);
            shift_opt(separator, delta);
            one(rest);
        }
        LineKind::PhuLuc { number, rest } => {
            shift_opt(number, delta);
            one(rest);
        }
        LineKind::Authority {
            prefix,
            separator,
            title,
        } => {
            one(prefix);
            shift_opt(separator, delta);
            one(title);
        }
        LineKind::RomanMuc { number, rest } | LineKind::Khoan { number, rest } => {
            one(number);
            one(rest);
        }
        LineKind::Diem {
            letter,
            separator,
            rest,
        } => {
            one(letter);
            one(separator);
            one(rest);
        }
        LineKind::Dash { dash, rest } => {
            one(dash);
            one(rest);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::check::check_str;
    use crate::test_corpus::signed_decision;

    /// Everything a report holds (source, tree, findings), as text to compare.
    fn described(report: &Report) -> String {
        format!("{report:?}")
    }

    fn checked(session: &mut Session, text: &str) -> usize {
        session.lines.start_count();
        let again = described(&session.check(text));
        assert_eq!(
            again,
            described(&check_str(text, session.config())),
            "the session's report is a fresh check's"
        );
        session.lines.read_again
    }

    #[test]
    fn an_edit_reads_only_its_line_again_and_moves_the_others() {
        let mut session = Session::new(Config::default());
        let lines = signed_decision(&[]);
        let text = lines.join("\n") + "\n";
        assert_eq!(checked(&mut session, &text), lines.len());
        // A letter typed into the title: every line after it moves one byte, its Số, date,
        // articles and closing keep their parts at the new places.
        let typed = text.replacen("thành lập Đoàn", "thành lập các Đoàn", 1);
        assert_eq!(checked(&mut session, &typed), 1);
        // Undone: the line as it was is no longer remembered (only the last check's lines).
        assert_eq!(checked(&mut session, &text), 1);
        // The same text again reads nothing.
        assert_eq!(checked(&mut session, &text), 0);
    }

    #[test]
    fn a_line_pasted_twice_and_lines_moved_read_as_fresh_checks() {
        let mut session = Session::new(Config::default());
        let lines = signed_decision(&[]);
        let text = lines.join("\n") + "\n";
        checked(&mut session, &text);
        // The Số line copied to the top: the same line at two places, each with its spans.
        let pasted = format!("{}\n{text}", lines[3]);
        assert_eq!(checked(&mut session, &pasted), 0);
        // The header's two columns moved to lines of their own order.
        let swapped = text.replacen(
            "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nSố: 12/QĐ-UBND",
            "Số: 12/QĐ-UBND\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc",
            1,
        );
        assert_eq!(checked(&mut session, &swapped), 0);
    }

    /// Checks `text` in the session (the report a fresh check's) and gives how many lines the
    /// line rules ran on again (each rule's lines counted).
    fn rules_ran_again(session: &mut Session, text: &str) -> usize {
        session.findings.start_count();
        checked(session, text);
        session.findings.run_again
    }

    fn codes_at(report: &Report, code: &str) -> Vec<String> {
        let text = report.source.text();
        report
            .diagnostics
            .iter()
            .filter(|d| d.code == code)
            .map(|d| format!("{}@{}", d.span.of(text), d.span.start))
            .collect()
    }

    #[test]
    fn line_rules_run_again_only_on_the_edited_line_and_their_findings_move() {
        let mut session = Session::new(Config::default());
        // A misplaced tone mark (MA012) and a telex leftover (MA010) in the body.
        let lines = signed_decision(&[]);
        let body = "Quy định cuả Ủy ban về việc hoàn thanhf hồ sơ.\n";
        let article = "Điều 1. Thành lập Đoàn kiểm tra.\n";
        let text = (lines.join("\n") + "\n").replacen(article, &format!("{article}{body}"), 1);
        // Every line rule that ran, on every line.
        let first = rules_ran_again(&mut session, &text);
        assert!(first > 2 * lines.len(), "{first}");
        // A word typed into the title, above the findings: one line for each line rule.
        let typed = text.replacen("thành lập Đoàn", "thành lập các Đoàn", 1);
        assert_eq!(rules_ran_again(&mut session, &typed), 2);
        let report = session.check(&typed);
        let fresh = check_str(&typed, session.config());
        assert_eq!(codes_at(&report, "MA012"), codes_at(&fresh, "MA012"));
        assert_eq!(codes_at(&fresh, "MA012").len(), 1);
        assert_eq!(codes_at(&fresh, "MA010").len(), 1);
        // The line with the findings moved to the Nơi nhận: its text is the same, nothing runs.
        let moved =
            typed
                .replacen(body, "", 1)
                .replacen("Nơi nhận:\n", &format!("Nơi nhận:\n{body}"), 1);
        assert_ne!(moved, typed);
        assert_eq!(rules_ran_again(&mut session, &moved), 0);
    }

    /// Checks `text` in the session (the report a fresh check's) and gives how many of the
    /// reader's verdicts on lines (furniture, run together, cuts) it worked out again.
    fn reader_worked_out(session: &mut Session, text: &str) -> usize {
        checked(session, text);
        session.lines.reader.computed
    }

    #[test]
    fn the_reader_looks_again_only_at_the_edited_line() {
        let mut session = Session::new(Config::default());
        let lines = signed_decision(&[]);
        let text = lines.join("\n") + "\n";
        // Every line: its furniture, whether it is run together, its cuts.
        assert!(reader_worked_out(&mut session, &text) >= 3 * lines.len());
        // A letter typed into the title: that line's three verdicts.
        let typed = text.replacen("thành lập Đoàn", "thành lập các Đoàn", 1);
        assert_eq!(reader_worked_out(&mut session, &typed), 3);
        // The Số line copied to the top: the same text in another zone (the header's first
        // line, followed by its own Số two lines down) is cut there anew, and read as a fresh
        // check reads it.
        let pasted = format!("{}\n{typed}", lines[3]);
        assert!(reader_worked_out(&mut session, &pasted) >= 1);
        // The whole decision run together on one line, then a letter typed at its end: the
        // long line is looked at again, as a whole (its text changed).
        let one_line = typed.replace('\n', " ");
        reader_worked_out(&mut session, &one_line);
        assert_eq!(reader_worked_out(&mut session, &format!("{one_line}x")), 3);
    }

    /// Checks `text` in the session (the report a fresh check's): how many lines the source
    /// layer looked at again, and whether it found text in a legacy encoding.
    fn source_looked_at(session: &mut Session, text: &str) -> (usize, bool) {
        session.source_lines.made = 0;
        checked(session, text);
        let legacy = !session.check(text).source.legacy_runs().is_empty();
        (session.source_lines.made, legacy)
    }

    #[test]
    fn the_source_looks_again_only_at_the_edited_line() {
        let mut session = Session::new(Config::default());
        let text = signed_decision(&[]).join("\n") + "\n";
        let lines = text.lines().count() + 1;
        assert_eq!(source_looked_at(&mut session, &text), (lines, false));
        let typed = text.replacen("thành lập Đoàn", "thành lập các Đoàn", 1);
        assert_eq!(source_looked_at(&mut session, &typed), (1, false));
        // A tone mark typed as a combining character: that line is not NFC.
        let nfd = typed.replacen("các Đoàn", "các Đoa\u{300}n", 1);
        assert_eq!(source_looked_at(&mut session, &nfd), (1, false));
        // Lines in TCVN3 pasted under the title (a Word document's old font): the evidence of
        // the two lines together converts them, as a fresh check does.
        let tcvn3 = "vÒ viÖc söa ®æi møc thuÕ suÊt\nBiÓu thuÕ thuÕ nhËp khÈu \u{AD}u ®·i\n";
        let title = "QUYẾT ĐỊNH\n";
        let pasted = nfd.replacen(title, &format!("{title}{tcvn3}"), 1);
        assert_eq!(source_looked_at(&mut session, &pasted), (2, true));
        // Undone: nothing left to convert, nothing looked at again.
        assert_eq!(source_looked_at(&mut session, &nfd), (0, false));
    }

    #[test]
    fn lines_over_the_limits_stay_unread() {
        let config = Config {
            limits: crate::config::Limits {
                max_line_bytes: 40,
                ..Default::default()
            },
            ..Config::default()
        };
        let mut session = Session::new(config);
        let text = signed_decision(&[]).join("\n") + "\n";
        checked(&mut session, &text);
        session.lines.start_count();
        let typed = text.replacen("thành lập Đoàn", "thành lập các Đoàn", 1);
        let report = session.check(&typed);
        assert!(!report.document.unread_lines.is_empty());
        assert_eq!(session.lines.read_again, 1);
    }
}
