//! Cuts a line where a component starts inside it: the Quốc hiệu after the issuer on one line
//! (`UBND TỈNH LÀO CAI CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM`), the date after the number (`Số:
//! 12/UBND Lào Cai, ngày …`), the signature beside the recipients (`- Như trên; PHÓ GIÁM ĐỐC`),
//! and a whole document that arrives as one line. A cut is made only where the text on both
//! sides reads as the decree's components, so prose is never cut.

mod addressee;
mod body;
mod closing;
mod header;
mod numbers;
mod words;

use crate::layout::ReadLine;
use crate::text::fold::fold_case;
use crate::text::reading::Pieces;
use addressee::{addressee_end, cong_van_and_addressee, type_names};
use body::{opens_with_appendix, structure};
use closing::{attestation, closing, portal_footer, signature_stamp, signer_stamp};
use header::{
    doubled_names, header_phrases, labelled_body, marks_before_issuer, parent_body, portal_buttons,
    portal_stamp, signing_time_end, youth_union_heading,
};
use memchr::memmem::Finder;
use numbers::{bare_numbers, numbers_and_dates, typed_numbers};
use words::{has_opening, is_caps_word, is_drawn_rule, is_speck, is_stray_stop, words};
pub(crate) use words::{opens_a_first_sentence, opens_with_its_date};

/// How the two sides of a cut stand to each other.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Cut {
    /// Side by side, as two columns of one row.
    Column,
    /// One under the other.
    Row,
}

/// Lines in the header zone (by reading order), where header phrases are looked for inside lines.
const HEADER_LINES: usize = 30;
/// Lines at the end where the closing is looked for inside lines.
const CLOSING_LINES: usize = 40;
/// Lines from a `Nơi nhận` label on where the closing is looked for inside lines, wherever
/// the label stands.
const LABEL_CLOSING_LINES: usize = 30;
/// A line at least this long is prose run together (a document on one line, a web copy):
/// the body's own anchors cut it too.
const LONG_LINE: usize = 300;
/// Longer lines are left whole: a 100-page document run together is about 0.5 MB.
const MAX_CUT_LINE: usize = 2 << 20;

/// Where a line's text is looked at.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Zone {
    pub header: bool,
    pub closing: bool,
    /// A place-date or a Số line was already read (a type name may follow on the same line).
    pub after_number: bool,
    /// The type name was already read.
    pub title_seen: bool,
    /// The header's Số line comes within the next two lines of the same column: this line is
    /// still the issuer's name (`BAN SOẠN THẢO` / `LUẬT CHUYỂN ĐỔI GIỚI TÍNH` / `Số: 16/TTr-BST`),
    /// whatever type name it opens with.
    pub number_follows: bool,
    /// The line comes from a physical line run together with its tables (`ReadLine::collapsed`).
    pub collapsed: bool,
    /// The line is a piece of a physical line that holds a document run together
    /// (`run_together_rows`).
    pub in_run_row: bool,
}

/// Cuts the lines of a reading where components start inside them. Returns whether the
/// document arrived run together: most of its text on lines that hold its components of
/// several kinds (`is_run_together`), with no line breaks of its own to read.
/// A memory of `split`'s verdicts and cuts by a line's text (an editor's session keeps one):
/// where a line's facts are, whether it holds a document run together, its cuts in a zone.
pub(crate) trait AnchorMemo {
    fn anchors_of(&mut self, line: &str) -> usize;
    fn run_together(&mut self, at: usize, verdict: &mut dyn FnMut() -> bool) -> bool;
    fn cuts(
        &mut self,
        at: usize,
        zone: Zone,
        cut: &mut dyn FnMut() -> Vec<(usize, Cut)>,
    ) -> Vec<(usize, Cut)>;
}

/// A session's `memo` gives each line's verdict and cuts as they were when it read the same
/// text before (in the same zone).
pub(crate) fn split(
    lines: &mut Vec<ReadLine>,
    nfc: &str,
    folded_nfc: &str,
    mut memo: Option<&mut dyn AnchorMemo>,
) -> bool {
    let n = lines.len();
    let (mut total, mut run_together) = (0usize, 0usize);
    let mut out: Vec<ReadLine> = Vec::with_capacity(n + 8);
    let mut zone = Zone::default();
    // Lines before this index follow a `Nơi nhận` label closely.
    let mut closing_from_label = 0usize;
    let is_number = |l: &ReadLine| {
        l.pieces.pieces.first().is_some_and(|p| {
            let f = p.of(folded_nfc).trim_start();
            f.starts_with("số") && f.len() < 80 && f.contains('/')
        })
    };
    let number_follows: Vec<bool> = (0..n.min(HEADER_LINES))
        .map(|i| {
            lines[i + 1..n.min(i + 3)]
                .iter()
                .any(|l| l.column == lines[i].column && is_number(l))
        })
        .collect();
    let run_rows = run_together_rows(lines, nfc);
    for (i, line) in lines.drain(..).enumerate() {
        zone.number_follows = number_follows.get(i).copied().unwrap_or(false);
        zone.collapsed = line.collapsed;
        zone.in_run_row = run_rows.binary_search(&line.row).is_ok();
        // A line of one piece is a slice of the text, and of its folded copy (folding keeps
        // byte offsets); a line of several is joined.
        let (text, folded): (std::borrow::Cow<'_, str>, std::borrow::Cow<'_, str>) =
            if line.pieces.pieces.len() == 1 {
                let p = line.pieces.pieces[0];
                (p.of(nfc).into(), p.of(folded_nfc).into())
            } else {
                let t = line.pieces.text(nfc);
                let f = fold_case(&t);
                (t.into(), f.into())
            };
        zone.header = i < HEADER_LINES;
        // The recipients' label opens the closing wherever it stands: a document with long
        // appendices signs far from its end.
        if folded.trim_start().starts_with("nơi nhận") {
            closing_from_label = i + LABEL_CLOSING_LINES;
        }
        zone.closing = i + CLOSING_LINES >= n || i < closing_from_label;
        total += text.len();
        // Markdown's emphasis and heading marks glued to the anchors (`**Nơi nhận:**`, `###
        // **1.`) are blanked where the anchors are looked for and the pieces trimmed; the cuts
        // fall at the same offsets of the text itself.
        let blanked = unmarked(&text, &folded);
        let (seen, seen_folded) = blanked
            .as_ref()
            .map_or((&*text, &*folded), |(t, f)| (t.as_str(), f.as_str()));
        let mut verdict = || is_run_together(seen, seen_folded);
        let mut cut = || {
            if text.len() > MAX_CUT_LINE {
                Vec::new()
            } else {
                cuts_past_marks(&text, &folded, blanked.as_ref(), zone)
            }
        };
        let (line_run_together, cuts) = match memo.as_deref_mut() {
            Some(memo) => {
                let at = memo.anchors_of(&text);
                let run = line.collapsed || memo.run_together(at, &mut verdict);
                (run, memo.cuts(at, zone, &mut cut))
            }
            None => (line.collapsed || verdict(), cut()),
        };
        if line_run_together {
            run_together += text.len();
        }
        if cuts.is_empty() {
            if zone.header {
                zone.after(seen, seen_folded);
            }
            out.push(line);
            continue;
        }
        let parts = cut_pieces(&line.pieces, seen, &cuts);
        let mut column = line.column;
        let mut sub = line.sub;
        for (k, (pieces, how)) in parts.into_iter().enumerate() {
            if k > 0 {
                match how {
                    Cut::Column => column = column.saturating_add(1),
                    Cut::Row => {
                        sub += 1;
                        column = line.column;
                    }
                }
            }
            if zone.header {
                let t = pieces.text(nfc);
                zone.after(&t, &fold_case(&t));
            }
            out.push(ReadLine {
                pieces,
                row: line.row,
                column,
                indent: line.indent,
                blank_before: line.blank_before && k == 0,
                page_break_before: line.page_break_before && k == 0,
                style: line.style,
                sub,
                in_table: line.in_table,
                collapsed: line.collapsed,
            });
        }
    }
    *lines = out;
    run_together * 2 > total
}

/// The physical rows that the layout cut into pieces (a web page's runs of no-break spaces
/// read as gaps between columns) and that together hold a document run together
/// (`is_run_together`): each long piece of them is prose run together too, whatever kinds of
/// component it shows by itself. Sorted.
fn run_together_rows(lines: &[ReadLine], nfc: &str) -> Vec<u32> {
    // The lines by row (a sorted list, not a map: one less generic container in the .wasm).
    let mut by_row: Vec<(u32, usize)> = lines.iter().enumerate().map(|(i, l)| (l.row, i)).collect();
    crate::text::sorting::sort(&mut by_row);
    let mut rows = Vec::new();
    for group in by_row.chunk_by(|a, b| a.0 == b.0) {
        let len: usize = group
            .iter()
            .flat_map(|&(_, i)| lines[i].pieces.pieces.iter())
            .map(|p| p.len() as usize)
            .sum();
        if group.len() < 2 || len < LONG_LINE {
            continue;
        }
        let joined = group
            .iter()
            .map(|&(_, i)| lines[i].pieces.text(nfc))
            .collect::<Vec<_>>()
            .join(" ");
        if three_families(&joined, &fold_case(&joined)) {
            rows.push(group[0].0);
        }
    }
    rows
}

/// A long line with Markdown's marks (`**`, `*`, `###`), the marks blanked out in it and in its
/// folded copy (same byte offsets); `None` for any other line. Runs of four stars or more are
/// rules drawn with characters and stay.
fn unmarked(text: &str, folded: &str) -> Option<(String, String)> {
    if text.len() < LONG_LINE || memchr::memchr2(b'*', b'#', text.as_bytes()).is_none() {
        return None;
    }
    let mut bytes = text.as_bytes().to_vec();
    let mut folded_bytes = folded.as_bytes().to_vec();
    let mut k = 0;
    while k < bytes.len() {
        let b = bytes[k];
        if b != b'*' && b != b'#' {
            k += 1;
            continue;
        }
        let run = bytes[k..].iter().take_while(|&&c| c == b).count();
        if b == b'#' || run <= 3 {
            bytes[k..k + run].fill(b' ');
            folded_bytes[k..k + run].fill(b' ');
        }
        k += run;
    }
    // Only ASCII bytes were replaced by ASCII: both stay UTF-8.
    Some((
        String::from_utf8(bytes).ok()?,
        String::from_utf8(folded_bytes).ok()?,
    ))
}

/// A long line that holds components of several kinds: a document run together (a web page's
/// text, a PDF viewer's copy, a database field with the line breaks stripped). An appendix
/// printed as a file of its own holds none of them: it opens with its heading.
fn is_run_together(text: &str, folded: &str) -> bool {
    text.len() >= LONG_LINE
        && (three_families(text, folded)
            || opens_with_header(text, folded)
            || text.len() >= APPENDIX_RUN_LINE && opens_with_appendix(text).is_some())
}

/// Whether a line opens with the header's number: `Số:` (or `Số` and a space) and figures
/// with a slash (`Số: 435/QĐ-UBND`).
fn opens_with_the_number(folded: &str) -> bool {
    let Some(rest) = folded.trim_start().strip_prefix("số") else {
        return false;
    };
    let number = rest.trim_start_matches([':', ' ']);
    number.starts_with(|c: char| c.is_ascii_digit())
        && number.split(' ').next().is_some_and(|w| w.contains('/'))
}

/// An appendix's label, name and reference run onto one line (an OCR's) come to a few hundred
/// bytes and stay one line; a line this long that opens with them holds the appendix's table
/// too.
const APPENDIX_RUN_LINE: usize = 1500;

/// A long line that opens with a header: the Quốc hiệu in capitals or the motto within its
/// first few hundred bytes. A report, a letter or a submission run together holds no căn cứ,
/// articles or recipients for `three_families` to count; prose never opens with the Quốc hiệu.
fn opens_with_header(text: &str, folded: &str) -> bool {
    let end = crate::recognize::clues::floor_boundary(text, text.len().min(HEAD));
    let head = &folded[..end];
    let [viet_nam, doc_lap, ..] = phrase_finders();
    if viet_nam.find(head.as_bytes()).is_none() && doc_lap.find(head.as_bytes()).is_none() {
        return false;
    }
    let mut found = Vec::new();
    header_phrases(&text[..end], head, &mut found);
    !found.is_empty()
}

/// How far into a long line `opens_with_header` looks.
const HEAD: usize = 600;

impl Zone {
    /// What a line read tells about the lines after it.
    fn after(&mut self, text: &str, f: &str) {
        let head_end = f.char_indices().nth(10).map_or(f.len(), |(i, _)| i);
        let sk = crate::text::fold::skeleton(&f[..head_end]);
        // A number or a date line (short), or the Quốc hiệu and the motto; not a sentence
        // that cites a date.
        if f.starts_with("số") && f.contains('/') && f.len() < 80
            || f.contains("ngày") && f.contains("năm") && f.len() < 90
            || sk.starts_with("doc lap")
            || sk.starts_with("cong hoa")
        {
            self.after_number = true;
        }
        if self.after_number
            && text
                .split_whitespace()
                .next()
                .is_some_and(|w| is_caps_word(w) && w.chars().count() >= 2)
            && crate::text::fold::is_upper(text)
        {
            let first_two: String = text
                .split_whitespace()
                .take(3)
                .collect::<Vec<_>>()
                .join(" ");
            // The first one, two and three words: prefixes of `first_two` up to a space.
            let ends = first_two
                .match_indices(' ')
                .map(|(k, _)| k)
                .chain([first_two.len()]);
            if ends
                .take(3)
                .any(|k| crate::model::doctype::by_name(&first_two[..k]).is_some())
            {
                self.title_seen = true;
            }
        }
    }
}

/// Splits pieces at text offsets (`cuts`, sorted), trimming white space at each side.
fn cut_pieces(pieces: &Pieces, text: &str, cuts: &[(usize, Cut)]) -> Vec<(Pieces, Cut)> {
    // Text offset → NFC offset, piece by piece.
    let mut bounds: Vec<(usize, usize, u32)> = Vec::new(); // (text start, text end, nfc start)
    let mut at = 0usize;
    for (k, p) in pieces.pieces.iter().enumerate() {
        if k > 0 && pieces.glue.get(k - 1) == Some(&crate::text::reading::Glue::Space) {
            at += 1;
        }
        bounds.push((at, at + p.len() as usize, p.start));
        at += p.len() as usize;
    }
    let mut parts = Vec::new();
    let mut start = 0usize;
    let mut how = Cut::Row;
    let ends: Vec<(usize, Cut)> = cuts
        .iter()
        .copied()
        .chain(std::iter::once((text.len(), Cut::Row)))
        .collect();
    let was_cut = ends.len() > 1;
    for (end, next_how) in ends {
        if end <= start {
            continue;
        }
        let seg = &text[start..end];
        // Two cuts with only white space between (a cut before a Markdown mark and one after
        // the words before it) make no line.
        if seg.trim().is_empty() {
            start = end;
            how = next_how;
            continue;
        }
        let mut a = start + (seg.len() - seg.trim_start().len());
        let mut b = end - (seg.len() - seg.trim_end().len());
        // Where a line was cut, a scan's specks at the cut (`UBND __ CỘNG HÒA`, `. TỈNH`) go
        // with the gap; a part of specks alone is dropped, a rule drawn with characters kept.
        if was_cut {
            let inner = &text[a..b];
            let ws = words(inner);
            // A stray stop cut off a line (`;` before a scanned date) is no line either.
            if !ws.is_empty() && ws.iter().all(|&(x, y)| is_stray_stop(&inner[x..y])) {
                start = end;
                how = next_how;
                continue;
            }
            // A draft's blank after a date word (`năm .......`) is left to fill, not a speck.
            let blank_to_fill = |k: usize| {
                let w = &inner[ws[k].0..ws[k].1];
                k > 0
                    && w.chars().count() >= 3
                    && w.chars().all(|c| matches!(c, '.' | '…' | '_'))
                    && matches!(
                        crate::text::case::lower_str(&inner[ws[k - 1].0..ws[k - 1].1]).as_str(),
                        "ngày" | "tháng" | "năm"
                    )
            };
            // A quotation's closing mark apart from its last word (`… công chứng viên ”.`)
            // ends it, where the line opened that quotation: no speck.
            let closes_quote = |k: usize| {
                let (x, y) = ws[k];
                let before = &inner[..x];
                match inner[x..y].chars().next() {
                    Some('”') => before.matches('“').count() > before.matches('”').count(),
                    Some('"') => before.matches('"').count() % 2 == 1,
                    _ => false,
                }
            };
            let first = ws.iter().position(|&(x, y)| !is_speck(&inner[x..y]));
            let mut last = (0..ws.len()).rposition(|k| {
                !is_speck(&inner[ws[k].0..ws[k].1]) || blank_to_fill(k) || closes_quote(k)
            });
            // A stop written apart from the last word (`- Lưu: VT, KGVX. PTDL .`) ends the
            // line, which MA004 reports; only that one `.`.
            if let Some(l) = last.filter(|&l| l + 2 == ws.len() && l > 0) {
                let (x, y) = ws[l + 1];
                if &inner[x..y] == "."
                    && inner[ws[l].0..ws[l].1].ends_with(crate::text::fold::is_letter_or_digit)
                {
                    last = Some(l + 1);
                }
            }
            if let (Some(f), Some(l)) = (first, last) {
                let (na, nb) = (a + ws[f].0, a + ws[l].1);
                a = na;
                b = nb;
            } else if !is_drawn_rule(inner) {
                // Specks alone (cut off a signature line) are no line.
                start = end;
                how = next_how;
                continue;
            }
        }
        if a < b {
            parts.push((sub_pieces(pieces, &bounds, a, b), how));
        }
        start = end;
        how = next_how;
    }
    parts
}

/// The pieces covering text offsets `a..b`.
fn sub_pieces(pieces: &Pieces, bounds: &[(usize, usize, u32)], a: usize, b: usize) -> Pieces {
    let mut spans = Vec::new();
    let mut glue = Vec::new();
    // The pieces are in text order: start at the first that ends past `a`, stop at `b` (a
    // line cut into thousands of parts is not scanned whole for each).
    let first = bounds.partition_point(|&(_, e, _)| e <= a);
    for (k, &(s, e, n)) in bounds.iter().enumerate().skip(first) {
        if s >= b {
            break;
        }
        let (x, y) = (a.max(s), b.min(e));
        if x < y {
            if !spans.is_empty() {
                glue.push(pieces.glue[k - 1]);
            }
            spans.push(crate::text::span::Span::new(
                n + (x - s) as u32,
                n + (y - s) as u32,
            ));
        }
    }
    Pieces {
        pieces: spans,
        glue,
    }
}

/// Where to cut one line's text.
#[cfg(test)]
pub fn cuts(text: &str, zone: Zone) -> Vec<(usize, Cut)> {
    let folded = fold_case(text);
    cuts_past_marks(text, &folded, unmarked(text, &folded).as_ref(), zone)
}

/// `cuts_folded` on the line as `unmarked` blanked it, when it did, each cut then moved past
/// the marks of its piece (`over_marks`).
fn cuts_past_marks(
    text: &str,
    folded: &str,
    blanked: Option<&(String, String)>,
    zone: Zone,
) -> Vec<(usize, Cut)> {
    match blanked {
        Some((blanked, blanked_folded)) => {
            let mut cuts = cuts_folded(blanked, blanked_folded, zone);
            over_marks(text, &mut cuts);
            let before = cuts.len();
            heading_marks(text, &mut cuts);
            if cuts.len() > before {
                crate::text::sorting::sort(&mut cuts);
                cuts.dedup_by_key(|c| c.0);
            }
            cuts
        }
        None => cuts_folded(text, folded, zone),
    }
}

/// A Markdown heading's marks inside a long line (`… Nguyễn Đức Dũng** ## DỰ TOÁN ### Kinh
/// phí …`): Markdown opens a heading only at a line's start, so the line breaks were lost
/// there. Each opens a line.
fn heading_marks(text: &str, cuts: &mut Vec<(usize, Cut)>) {
    let bytes = text.as_bytes();
    for at in memchr::memchr_iter(b'#', bytes) {
        let run = bytes[at..].iter().take_while(|&&b| b == b'#').count();
        let after = &text[at + run..];
        let opens = at > 0
            && bytes[at - 1].is_ascii_whitespace()
            && run <= 6
            && after.starts_with(' ')
            && after
                .trim_start()
                .starts_with(|c: char| crate::text::fold::is_letter_or_digit(c) || c == '*');
        if opens && !text[..at].trim().is_empty() {
            cuts.push((at, Cut::Row));
        }
    }
}

/// Moves each cut past the marks that belong with the piece it opens or closes: opening marks
/// glued to the next word (`./. |**Nơi` → `./. **Nơi`), closing marks glued to the last one
/// (`nhận:|** -` → `nhận:**| -`).
fn over_marks(text: &str, cuts: &mut [(usize, Cut)]) {
    let is_mark = |b: u8| b == b'*' || b == b'#';
    let bytes = text.as_bytes();
    for (at, _) in cuts.iter_mut() {
        let before = bytes[..*at]
            .iter()
            .rev()
            .take_while(|&&b| is_mark(b))
            .count();
        let after = bytes[*at..].iter().take_while(|&&b| is_mark(b)).count();
        if before > 0 && after == 0 {
            *at -= before;
        } else if after > 0 && before == 0 && *at > 0 && !bytes[*at - 1].is_ascii_whitespace() {
            *at += after;
        }
    }
}

/// `cuts`, given the line case-folded.
fn cuts_folded(text: &str, folded: &str, zone: Zone) -> Vec<(usize, Cut)> {
    let mut out: Vec<(usize, Cut)> = Vec::new();
    let long = text.len() >= LONG_LINE;
    // A body line that holds none of the openings is done at once (most lines, long or not:
    // a document run together holds some).
    let opening = has_opening(text);
    if !zone.header && !zone.closing && !opening {
        return out;
    }
    // A long line that holds components of several kinds is a document run together: the
    // preamble's and the body's own anchors cut it too. A long line of căn cứ alone is a
    // paragraph (ND002's business), not cut.
    let whole = zone.collapsed && long || is_run_together(text, folded);
    // A long piece of a physical line that holds a document run together is one too.
    let flattened = whole || zone.in_run_row && long;
    // Prose in the header or closing zone that opens nothing and draws no rule: done. A long
    // list of recipients in one cell after its label (a Markdown table's) is no prose.
    let label_first = {
        let f = folded.trim_start();
        f.starts_with("nơi nhận") || f.starts_with("noi nhận") || f.starts_with("noi nhan")
    };
    let recipients = zone.closing && label_first;
    // The words, split when a step needs them (most lines need none).
    let ws_cell = std::cell::OnceCell::new();
    let ws = || ws_cell.get_or_init(|| words(text)).as_slice();
    // A portal's buttons before the issuer's name, wherever the header's line starts.
    if zone.header || flattened {
        portal_buttons(text, ws(), &mut out);
    }
    if long && !flattened && !opening && !recipients && out.is_empty() {
        return out;
    }
    // Letters in capitals, counted where folding changed a byte.
    let capitals = text
        .bytes()
        .zip(folded.bytes())
        .filter(|(a, b)| a != b)
        .count();
    // A label and the body it names, kept on one line.
    let mut labelled: Option<(usize, usize)> = None;
    // The header's numbers read on this line, kept whole.
    let mut numbers: Vec<(usize, usize)> = Vec::new();
    // The portal's receipt stamps read on this line, kept whole.
    let mut stamps: Vec<(usize, usize)> = Vec::new();
    // Where the issuer's name opens after a scan's marks at the line's start.
    let mut issuer_after_marks: Option<usize> = None;
    // A header row a crawler joined into one line, its number first and the trích yếu in
    // capitals after the type name (`Số: 435/QĐ-UBND Kon Tum, ngày 04 tháng 5 năm 2020 QUYẾT
    // ĐỊNH V/V BAN HÀNH …`), is long and still the header's.
    let header_row = zone.header && (!long || opens_with_the_number(folded));
    if header_row || flattened {
        header_phrases(text, folded, &mut out);
        if flattened {
            issuer_after_marks = marks_before_issuer(text, ws());
            out.extend(issuer_after_marks.map(|at| (at, Cut::Row)));
        }
        youth_union_heading(text, folded, &mut out);
        signing_time_end(text, folded, ws(), &mut out);
        if capitals >= 8 && memchr::memmem::find(text.as_bytes(), "THÔNG".as_bytes()).is_some() {
            stamps = portal_stamp(text, ws(), &mut out);
        }
        if capitals >= 8 {
            doubled_names(text, ws(), &mut out);
            labelled = labelled_body(text, folded, ws(), &mut out);
            parent_body(text, ws(), &mut out);
        }
        // Under the type name, a number or a date is cited by the trích yếu (`BÃI BỎ THÔNG TƯ
        // SỐ 31/2015/TT-BYT NGÀY 14 THÁNG 10 NĂM 2015 …`), not the header's own.
        if !zone.title_seen
            && (folded.contains("số") || folded.contains("ngày") || folded.contains("so"))
        {
            numbers = numbers_and_dates(text, folded, ws(), &mut out);
            typed_numbers(text, folded, ws(), &mut out);
            bare_numbers(text, folded, ws(), &mut out);
        }
        if folded.contains("v/v")
            || folded.contains("kính")
            || folded.contains("kinh")
            || folded.contains("về việc")
        {
            cong_van_and_addressee(text, folded, ws(), &mut out);
            if flattened {
                addressee_end(text, ws(), &mut out);
            }
        }
        if (zone.after_number && !zone.title_seen && !zone.number_follows && capitals >= 2)
            || flattened
        {
            type_names(text, ws(), &mut out);
        }
    }
    if flattened || opening {
        structure(text, folded, ws(), flattened, &mut out);
    }
    // A closing written on one line opens with the recipients' label or a recipient's dash,
    // or holds an authority prefix.
    // (Asked of the closing's lines only: the searches cost more than the tests before them.)
    let closing_words = || {
        folded.starts_with("nơi")
            || folded.starts_with("noi")
            || text.starts_with(['-', '–', '+', '•'])
            // A web copy's signature block in one cell: `BỘ TRƯỞNG (Đã ký) Nguyễn Mạnh Hùng`.
            || memchr::memchr(b'(', folded.as_bytes()).is_some() && folded.contains("(đã ký)")
            // A scan's specks before a position (`=——. GIÁM ĐÓC`).
            || capitals >= 2 && text.split_whitespace().next().is_some_and(is_speck)
            || capitals >= 2
                && memchr::memchr3(b'K', b'T', b'Q', text.as_bytes()).is_some()
                && ["KT", "TM", "TL", "TUQ", "Q.", "T/M", "K/T", "T/L"]
                    .iter()
                    .any(|p| text.contains(p))
    };
    // A document run together holds its closing somewhere inside the line: the label, the
    // recipients and the signature are looked for wherever they stand.
    if flattened || zone.closing && closing_words() {
        closing(text, folded, ws(), &mut out);
    }
    if flattened || zone.closing && long {
        portal_footer(text, folded, whole, &mut out);
    }
    if (flattened || zone.closing)
        && memchr::memmem::find(folded.as_bytes(), b"signed by").is_some()
    {
        signature_stamp(folded, &mut out);
    }
    if flattened && ["ký bởi", "người ký:"].iter().any(|o| folded.contains(o)) {
        signer_stamp(text, folded, &mut out);
    }
    if flattened
        && memchr::memmem::find(folded.as_bytes(), "xác thực văn bản hợp nhất".as_bytes()).is_some()
    {
        attestation(text, ws(), &mut out);
    }
    // A rule drawn with characters beside words (`QUỐC HỘI -------`, `… về dữ liệu ______`):
    // a line of its own.
    let drawn = ["____", "----", "====", "****", "–––", "———"];
    // Most lines hold none of the characters a rule is drawn with: one vectorised search.
    let may_draw = memchr::memchr3(b'_', b'-', b'=', text.as_bytes()).is_some()
        || memchr::memchr2(b'*', 0xE2, text.as_bytes()).is_some();
    let drawn_in = |d: &&str| memchr::memmem::find(text.as_bytes(), d.as_bytes()).is_some();
    for &(s, e) in if may_draw && drawn.iter().any(drawn_in) {
        ws()
    } else {
        &[]
    } {
        let w = &text[s..e];
        let is_rule_char = |c: char| matches!(c, '_' | '-' | '=' | '*' | '–' | '—');
        if is_drawn_rule(w) {
            out.push((s, Cut::Row));
            out.push((e, Cut::Row));
            continue;
        }
        // The rule glued to the capital that opens the next line (`… Huy hiệu Đảng ----Căn cứ
        // Điều lệ …`, a text layer that lost the break after it).
        let rule = w.len() - w.trim_start_matches(is_rule_char).len();
        if w[..rule].chars().count() >= 4 && w[rule..].starts_with(crate::text::fold::is_capital) {
            out.push((s, Cut::Row));
            out.push((s + rule, Cut::Row));
        }
    }
    out.retain(|&(at, _)| at > 0 && at < text.len() && text.is_char_boundary(at));
    if let Some((a, b)) = labelled {
        out.retain(|&(at, _)| at <= a || at >= b);
    }
    out.retain(|&(at, _)| {
        !numbers
            .iter()
            .chain(stamps.iter())
            .any(|&(a, b)| a < at && at < b)
    });
    // A digital signature's stamp on one line (`Số: 666/TTr-SNV; 22/12/2025; 18:56:39;
    // +07:00`) run on with the document: a line of its own, whole, for `region::trim` to set
    // aside as the layout sets it aside on a line of its own.
    if flattened {
        for (a, _) in text.match_indices("Số: ") {
            if let Some(len) = crate::layout::furniture::stamp_at_start(&text[a..]) {
                out.retain(|&(at, _)| at <= a || at >= a + len);
                out.push((a, Cut::Row));
                out.push((a + len, Cut::Row));
            }
        }
    }
    // A cut with only white space or punctuation on one side is none.
    crate::text::sorting::sort(&mut out);
    out.dedup_by_key(|c| c.0);
    let mut kept: Vec<(usize, Cut)> = Vec::new();
    let mut last = 0;
    for (at, how) in out {
        // Each side holds words, or is a rule drawn with characters.
        // (Or a draft's item left to fill: `- ……………`.)
        let has_word = |s: &str| {
            s.chars().any(crate::text::fold::is_letter_or_digit)
                || is_drawn_rule(s)
                || s.chars().filter(|&c| c == '.' || c == '…').count() >= 3
                    && s.trim()
                        .chars()
                        .all(|c| matches!(c, '.' | '…' | '-' | '–' | ' '))
        };
        // A scan's specks before a cut in the closing (`—_ KT.CHỦ TỊCH`, `Nơi nhận: _. KT, BỘ
        // TRƯỞNG`) go with the gap.
        let gap = &text[last..at];
        let gap_words = words(gap);
        // In the header, a stray `;` before a date (`; Lâm Đồng, ngày …`) too.
        let speck_lead = (zone.closing || zone.header)
            && !gap_words.is_empty()
            && gap_words.iter().all(|&(a, b)| {
                let w = &gap[a..b];
                zone.closing && is_speck(w) || zone.header && is_stray_stop(w)
            });
        let after_marks = last == 0 && issuer_after_marks == Some(at);
        if (has_word(&text[last..at]) || speck_lead || after_marks) && has_word(&text[at..]) {
            kept.push((at, how));
            last = at;
        }
    }
    if flattened {
        sentence_cuts(text, &mut kept);
    }
    kept
}

/// A piece of a document run together this long holds prose the anchors found nothing in: it
/// is cut at its sentences' ends, so that no piece is too long for the grammar to read
/// (`Limits::max_line_bytes`, DOC004) and an item that opens one of its sentences is read.
const LONG_PIECE: usize = 6 << 10;
/// The length the sentences of a long piece are gathered up to.
const SENTENCES_PIECE: usize = 2 << 10;

/// Cuts each piece between `cuts` (sorted) longer than `LONG_PIECE` at the ends of its
/// sentences (a stop, a space, a capital), a part at most about `SENTENCES_PIECE` long.
fn sentence_cuts(text: &str, cuts: &mut Vec<(usize, Cut)>) {
    let bounds: Vec<usize> = std::iter::once(0)
        .chain(cuts.iter().map(|&(at, _)| at))
        .chain(std::iter::once(text.len()))
        .collect();
    let mut added = Vec::new();
    for w in bounds.windows(2) {
        let (from, to) = (w[0], w[1]);
        if to - from <= LONG_PIECE {
            continue;
        }
        let mut last = from;
        for (k, _) in text[from..to].match_indices(". ") {
            let at = from + k + 2;
            if at - last < SENTENCES_PIECE || to - at < SENTENCES_PIECE / 2 {
                continue;
            }
            if text[at..].starts_with(crate::text::fold::is_capital) {
                added.push((at, Cut::Row));
                last = at;
            }
        }
    }
    if !added.is_empty() {
        cuts.extend(added);
        crate::text::sorting::sort(cuts);
    }
}

/// Whether a long line shows three kinds of component or more: the header's phrases, a number
/// or date, căn cứ, the enacting words, articles, the recipients, an authority prefix. The
/// kinds are looked for one at a time, the cheapest first, until three are found or too few
/// are left to make three (most long lines are prose that shows none).
fn three_families(text: &str, folded: &str) -> bool {
    let [viet_nam, doc_lap, viet_nam_plain, so, ngay, nam, can_cu, quyet_dinh, quyet_nghi, dieu_1, dieu_2, noi_nhan, kt, tm, tl, tuq] =
        phrase_finders();
    let (t, f) = (text.as_bytes(), folded.as_bytes());
    let has = |finder: &Finder<'static>, hay: &[u8]| finder.find(hay).is_some();
    const KINDS: usize = 7;
    let mut found = 0;
    for k in 0..KINDS {
        let shows = match k {
            0 => has(can_cu, t),
            1 => has(noi_nhan, f),
            2 => has(dieu_1, t) || has(dieu_2, t),
            3 => has(quyet_dinh, t) || has(quyet_nghi, t),
            4 => has(so, f) || (has(ngay, f) && has(nam, f)),
            5 => has(viet_nam, f) || has(doc_lap, f) || has(viet_nam_plain, f),
            _ => [kt, tm, tl, tuq].iter().any(|p| has(p, t)),
        };
        if shows {
            found += 1;
        } else if found + (KINDS - k - 1) < 3 {
            return false;
        }
        if found == 3 {
            return true;
        }
    }
    false
}

/// The phrases `three_families` and `opens_with_header` look for in every long line, each a
/// `memchr` finder built once: `str::contains` has no vectorised path on wasm32, where core's
/// two-way searcher was the engine's largest single cost.
fn phrase_finders() -> &'static [Finder<'static>; 16] {
    static FINDERS: std::sync::OnceLock<[Finder<'static>; 16]> = std::sync::OnceLock::new();
    FINDERS.get_or_init(|| {
        [
            "việt nam",
            "độc lập",
            "viet nam",
            "số:",
            ", ngày",
            "năm",
            "Căn cứ",
            "QUYẾT ĐỊNH:",
            "QUYẾT NGHỊ:",
            "Điều 1.",
            "Điều 2.",
            "nơi nhận",
            " KT. ",
            " TM. ",
            " TL. ",
            " TUQ. ",
        ]
        .map(Finder::new)
    })
}

/// What the anchors' tests share: a line's parts after its cuts, the zones, a parsed line.
#[cfg(test)]
mod test_support {
    use super::*;

    pub(super) fn parts(text: &str, zone: Zone) -> Vec<String> {
        let mut out = Vec::new();
        let mut last = 0;
        for (at, _) in cuts(text, zone)
            .into_iter()
            .chain(std::iter::once((text.len(), Cut::Row)))
        {
            out.push(text[last..at].trim().to_owned());
            last = at;
        }
        out
    }

    pub(super) const CLOSING: Zone = Zone {
        header: false,
        closing: true,
        after_number: true,
        title_seen: true,
        number_follows: false,
        collapsed: false,
        in_run_row: false,
    };

    pub(super) const HEADER: Zone = Zone {
        header: true,
        closing: false,
        after_number: false,
        title_seen: false,
        number_follows: false,
        collapsed: false,
        in_run_row: false,
    };

    pub(super) const BODY: Zone = Zone {
        header: false,
        closing: false,
        after_number: true,
        title_seen: true,
        number_follows: false,
        collapsed: false,
        in_run_row: false,
    };

    /// The issuer's lines of a parsed document.
    pub(super) fn issuer_lines(parsed: &crate::check::Parsed) -> Vec<&str> {
        parsed
            .header
            .issuer
            .iter()
            .map(|&i| parsed.lines[i].span.of(parsed.text()))
            .collect()
    }

    /// The text of line `i` of a parsed document.
    pub(super) fn line_of(parsed: &crate::check::Parsed, i: Option<usize>) -> Option<&str> {
        i.map(|i| parsed.lines[i].span.of(parsed.text()))
    }

    /// A body and closing that make a header run together a whole document on one line.
    pub(super) const RUN_TOGETHER_TAIL: &str = "Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025; Theo đề nghị của Chánh Văn phòng. Điều 1. Giao các cơ quan, đơn vị triển khai thực hiện nhiệm vụ được giao. Điều 2. Văn bản này có hiệu lực kể từ ngày ký./. Nơi nhận: - Như Điều 2; - Lưu: VT, VP. KT. GIÁM ĐỐC PHÓ GIÁM ĐỐC Nguyễn Hoàng Đạo";
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::recognize::anchors::test_support::*;

    /// A chatbot's answer run together keeps its Markdown marks glued to the anchors
    /// (`**Nơi nhận:**`, `**KT. GIÁM ĐỐC PHÓ GIÁM ĐỐC**`): the cuts fall as without them.
    /// A draft's date beside its Số on one line, one space between (a column layout that
    /// lost its gaps): the year's blank `.......` stays with the date, no speck at the cut.
    #[test]
    fn a_drafts_blank_year_stays_with_the_date_where_the_line_is_cut() {
        for so in ["Số:01/06/2020", "Số:      /QĐ-TCTHADS"] {
            let text = format!("BỘ TƯ PHÁP CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nTỔNG CỤC THI HÀNH ÁN DÂN SỰ Độc lập - Tự do - Hạnh phúc\n\n{so} Hà Nội, ngày ..... tháng ..... năm .......\n\nQUYẾT ĐỊNH\nVề việc chuyển ngạch đối với công chức\n");
            let d = crate::parse(&text).document;
            let date = d.header.place_date.map(|i| d.lines[i].span.of(&text));
            assert_eq!(date, Some("Hà Nội, ngày ..... tháng ..... năm ......."));
        }
    }

    /// A crawler joined the header table's second row into one long line: the number, the
    /// date, the type name and the trích yếu in capitals (a thuvienphapluat.vn copy). It is
    /// cut as a header row; long prose in the header zone that opens otherwise is not.
    #[test]
    fn a_long_header_row_opening_with_the_number() {
        let row = "Số: 435/QĐ-UBND Kon Tum, ngày 04 tháng 5 năm 2020 QUYẾT ĐỊNH V/V BAN HÀNH CHƯƠNG TRÌNH HÀNH ĐỘNG TRIỂN KHAI KẾ HOẠCH SỐ 119-KH/TU NGÀY 18 THÁNG 12 NĂM 2019 CỦA BAN THƯỜNG VỤ TỈNH ỦY VỀ THỰC HIỆN CHỈ THỊ SỐ 37-CT/TW NGÀY 03 THÁNG 9 NĂM 2019 CỦA BAN BÍ THƯ TRUNG ƯƠNG ĐẢNG";
        assert!(row.len() >= LONG_LINE);
        let got = parts(row, HEADER);
        assert_eq!(
            got[..2],
            ["Số: 435/QĐ-UBND", "Kon Tum, ngày 04 tháng 5 năm 2020"]
        );
        assert!(got[2].starts_with("QUYẾT ĐỊNH"), "{got:#?}");
        let prose = format!("Sở Lao động báo cáo kết quả thực hiện Kế hoạch số 119-KH/TU ngày 18 tháng 12 năm 2019 của Ban Thường vụ Tỉnh ủy Kon Tum, ngày 04 tháng 5 năm 2020 {}", "về quan hệ lao động hài hòa, ổn định và tiến bộ ".repeat(5));
        assert_eq!(parts(&prose, HEADER).len(), 1);
    }

    /// A document run together whose body holds pages of prose no anchor cuts: the prose is
    /// cut at its sentences' ends, no piece too long for the grammar, and the khoản that opens
    /// one of its sentences after a heading is read. Short prose stays whole.
    #[test]
    fn long_prose_run_together_is_cut_at_its_sentences() {
        let head = "BỘ CÔNG THƯƠNG CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc Số: 12/BC-BCT Hà Nội, ngày 05 tháng 3 năm 2025 BÁO CÁO Đánh giá thủ tục hành chính I. TỔ CHỨC THỰC HIỆN ĐÁNH GIÁ 1. Bối cảnh xây dựng dự án";
        let prose = " Trong bối cảnh thương mại điện tử phát triển nhanh, việc quản lý cần được hoàn thiện.".repeat(120);
        let text = format!("{head}{prose} 2. Mục đích, yêu cầu đánh giá Nội dung đánh giá. Nơi nhận: - Như trên; - Lưu: VT. KT. BỘ TRƯỞNG THỨ TRƯỞNG Nguyễn Văn An");
        let got = parts(&text, HEADER);
        assert!(
            got.iter().all(|p| p.len() <= LONG_PIECE),
            "{:?}",
            got.iter().map(String::len).collect::<Vec<_>>()
        );
        assert!(got.iter().any(|p| p.starts_with("1. Bối cảnh")), "{got:#?}");
        assert!(got.iter().any(|p| p.starts_with("2. Mục đích")), "{got:#?}");
        let short = format!("{head}{} 2. Mục đích", &prose[..prose.len() / 4]);
        let got = parts(&short, HEADER);
        assert!(
            got.iter()
                .any(|p| p.starts_with("1. Bối cảnh") && p.len() > 2000),
            "{got:#?}"
        );
    }

    #[test]
    fn markdown_marks_in_a_document_run_together() {
        let head = "UBND TỈNH BẮC NINH SỞ KHOA HỌC VÀ CÔNG NGHỆ CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc Số: 120/KH-SKHCN Bắc Ninh, ngày 05 tháng 9 năm 2025 ## **KẾ HOẠCH** ### **Thực hiện dự án trợ lý ảo** Căn cứ Luật số 42/2024/QH15 ngày 29/6/2024 về chuyển đổi số;";
        let text = format!("{head} Các phòng, đơn vị thực hiện./. **Nơi nhận:** - Lãnh đạo sở; - Lưu: VT, CDS. **KT. GIÁM ĐỐC PHÓ GIÁM ĐỐC** **Nguyễn Gia Phong**");
        let got = parts(&text, HEADER);
        let tail: Vec<&str> = got.iter().rev().take(6).rev().map(String::as_str).collect();
        assert_eq!(
            tail,
            [
                "**Nơi nhận:**",
                "- Lãnh đạo sở;",
                "- Lưu: VT, CDS.",
                "**KT. GIÁM ĐỐC",
                "PHÓ GIÁM ĐỐC**",
                "**Nguyễn Gia Phong**"
            ],
            "{got:#?}"
        );
    }

    #[test]
    fn specks_at_a_cut_go_with_the_gap() {
        let text = "UỶ BAN NHÂN DÂN __ CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\
                    .  TĨNH CAO BẰNG Độc lập - Tự do - Hạnh phúc\n";
        let r = crate::recognize::read::read(text, crate::config::InputFormat::Text);
        let lines: Vec<String> = r.lines.iter().map(|l| l.pieces.text(text)).collect();
        assert_eq!(
            lines,
            [
                "UỶ BAN NHÂN DÂN",
                "CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                "TĨNH CAO BẰNG",
                "Độc lập - Tự do - Hạnh phúc"
            ]
        );
    }

    /// A quotation's closing mark written apart from its last word stays with the line that
    /// opened the quotation (MA004 reports the space), not dropped as a speck at the cut.
    #[test]
    fn a_closing_quote_apart_from_its_word_is_kept() {
        let text = "HIỆP HỘI CÔNG CHỨNG VIÊN VIỆT NAM BAN THƯỜNG VỤ Số: 545 /HD-BTV Hướng dẫn một số nội dung CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc Hà Nội, ngày 29 tháng 7 năm 2025 Kính gửi: Hội công chứng viên các tỉnh, thành phố Thực hiện Công văn số 3944/BTP-BTTP của Bộ Tư pháp, Ban Thường vụ hướng dẫn như sau: 1. Hình thức Đại hội 1.1. Khoản 2 Điều 18 Điều lệ có quy định: “Đại hội được triệu tập theo hình thức Đại hội toàn thể công chứng viên; trường hợp có từ 200 công chứng viên trở lên thì có thể tổ chức Đại hội đại biểu công chứng viên ”. Căn cứ quy định trên, chỉ có Hội công chứng viên từ 200 công chứng viên mới có thể tổ chức Đại hội đại biểu. 1.2. Đại hội sáp nhập được tổ chức trực tiếp. 2. Tên của Đại hội Theo thông tin được biết. 3. Thời gian Đại hội Nếu các Hội đã nhận được chỉ đạo. Nơi nhận: - Như kính gửi; - Lưu: VT. TM. BAN THƯỜNG VỤ CHỦ TỊCH Nguyễn Văn An\n";
        let r = crate::recognize::read::read(text, crate::config::InputFormat::Text);
        let lines: Vec<String> = r.lines.iter().map(|l| l.pieces.text(text)).collect();
        assert!(
            lines
                .iter()
                .any(|l| l.starts_with("1.1. Khoản 2") && l.ends_with("công chứng viên ”.")),
            "{lines:#?}"
        );
    }

    #[test]
    fn prose_is_not_cut() {
        for line in [
            "Căn cứ Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam;",
            "CHỦ TỊCH NƯỚC CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
            "Thực hiện Quyết định số 12/QĐ-UBND ngày 05 tháng 3 năm 2026 của Ủy ban nhân dân tỉnh;",
            "Kế hoạch này được triển khai tại Hà Nội, ngày 05 tháng 3 năm 2026 và các tỉnh.",
            "Ủy ban nhân dân tỉnh giao Sở Tài chính chủ trì, phối hợp với các sở, ngành liên quan.",
        ] {
            let z = Zone {
                header: true,
                closing: true,
                after_number: true,
                title_seen: false,
                number_follows: false,
                collapsed: false,
                in_run_row: false,
            };
            assert_eq!(parts(line, z), [line], "{line}");
        }
    }

    #[test]
    fn markdown_heading_marks_inside_a_long_line_open_lines() {
        let filler = " Kinh phí thực hiện được bố trí từ nguồn ngân sách nhà nước.".repeat(5);
        let line = format!(
            "- Lưu: VT, VP.{filler} **TRƯỞNG BAN** **Nguyễn Đức Dũng** ## DỰ TOÁN ### Kinh phí triển khai năm 2026 (kèm theo Kế hoạch số 12/KH-BQL)"
        );
        let got = parts(&line, CLOSING);
        assert!(got.contains(&"## DỰ TOÁN".to_owned()), "{got:?}");
        assert!(got.iter().any(|p| p.starts_with("### Kinh phí")), "{got:?}");
        // A hash inside a word or glued to one opens nothing.
        let line = format!("Thực hiện nhiệm vụ số #12 bằng C# và F# #chuyendoiso.{filler}");
        assert_eq!(parts(&line, CLOSING).len(), 1);
    }

    /// A web page's text on one line keeps the page's runs of no-break spaces, which the
    /// layout reads as gaps between columns: each long piece of the line is still a document
    /// run together, its header cut as on a line of one piece, wherever the gaps fall (after
    /// the issuer, after the motto, after the date, after the trích yếu).
    #[test]
    fn pieces_of_a_line_cut_at_runs_of_no_break_spaces() {
        let gap = "\u{a0}\u{a0} \u{a0} \u{a0} \u{a0} \u{a0}";
        let crumbs = "Trang chủ > Văn bản quy phạm pháp luật Trung ương > Thông tư số 06/2026/TT-BTC sửa đổi, bổ sung một số điều của Thông tư số 13/2015/TT-BTC ngày 30 tháng 01 năm 2015 của Bộ trưởng Bộ Tài chính quy định về kiểm tra, giám sát, tạm dừng làm thủ tục hải quan Còn hiệu lực Ngày có hiệu lực:01/03/2026 Nội dung Thuộc tính Lược đồ Văn bản gốc Tải về";
        let trich_yeu = "Sửa đổi, bổ sung một số điều của Thông tư số 13/2015/TT-BTC ngày 30 tháng 01 năm 2015 của Bộ trưởng Bộ Tài chính quy định về kiểm tra, giám sát, tạm dừng làm thủ tục hải quan đối với hàng hóa xuất khẩu, nhập khẩu có yêu cầu bảo vệ quyền sở hữu trí tuệ";
        let header = "BỘ TÀI CHÍNH CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc Số: 06/2026/TT-BTC Hà Nội, ngày 26 tháng 01 năm 2026 THÔNG TƯ";
        let full = format!("{header} {trich_yeu}");
        for after in ["BỘ TÀI CHÍNH", "Hạnh phúc", "năm 2026", "THÔNG TƯ"] {
            // The gap takes the place of the space after `after`.
            let at = full.find(after).unwrap() + after.len();
            let (a, b) = (&full[..at], &full[at + 1..]);
            let text = format!("{crumbs} {a}{gap}{b}{gap}{RUN_TOGETHER_TAIL}\n");
            let parsed = crate::check::parse(&text);
            let issuer = issuer_lines(&parsed);
            assert_eq!(issuer, ["BỘ TÀI CHÍNH"], "gap after {after}");
            assert_eq!(
                line_of(&parsed, parsed.header.so),
                Some("Số: 06/2026/TT-BTC"),
                "gap after {after}"
            );
            assert_eq!(
                line_of(&parsed, parsed.header.place_date),
                Some("Hà Nội, ngày 26 tháng 01 năm 2026"),
                "gap after {after}"
            );
            let title = parsed.title.as_ref().expect("a title");
            assert_eq!(line_of(&parsed, Some(title.type_line)), Some("THÔNG TƯ"));
            assert_eq!(
                line_of(&parsed, title.trich_yeu.first().copied()),
                Some(trich_yeu),
                "gap after {after}"
            );
        }
    }

    /// A report, a submission or a contribution run together holds no căn cứ, no articles,
    /// no recipients: it opens with its header, which is cut all the same. A long sentence
    /// naming the state in title case is not.
    #[test]
    fn a_document_run_together_that_opens_with_its_header() {
        let body = " Năm 2025, Hiệp hội đã tổ chức nhiều hoạt động hỗ trợ doanh nghiệp, kết nối giao thương, tham gia góp ý các dự thảo văn bản quy phạm pháp luật và phối hợp với các cơ quan nhà nước trong việc tháo gỡ khó khăn cho doanh nghiệp trên địa bàn.".repeat(3);
        for (head, type_name) in [
            ("UBND TỈNH BÌNH THUẬN HIỆP HỘI DOANH NGHIỆP Số: 12/BC-HHDN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc Bình Thuận, ngày 10 tháng 6 năm 2025 BÁO CÁO Tổng kết hoạt động nhiệm kỳ IV", "BÁO CÁO"),
            ("BỘ CÔNG THƯƠNG ________ CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc ________ Hà Nội, ngày 12 tháng 6 năm 2025 BẢN ĐÁNH GIÁ THỦ TỤC HÀNH CHÍNH TRONG DỰ ÁN LUẬT", "BẢN ĐÁNH GIÁ"),
            ("CÔNG TY CỔ PHẦN BCG ENERGY CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc Hà Nội, ngày 05 tháng 3 năm 2024 THAM LUẬN GÓP Ý DỰ THẢO LUẬT ĐIỆN LỰC", "THAM LUẬN"),
        ] {
            let parsed = crate::check::parse(&format!("{head}{body}\n"));
            assert_eq!(
                line_of(&parsed, parsed.header.quoc_hieu),
                Some("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
                "{head}"
            );
            assert_eq!(
                line_of(&parsed, parsed.header.tieu_ngu),
                Some("Độc lập - Tự do - Hạnh phúc"),
                "{head}"
            );
            let title = parsed.title.as_ref().expect("a title");
            assert_eq!(line_of(&parsed, Some(title.type_line)), Some(type_name));
        }
        let prose = format!("Hiệp định giữa Chính phủ nước Cộng hòa xã hội chủ nghĩa Việt Nam và Chính phủ Cộng hòa dân chủ nhân dân Lào về hợp tác kinh tế được ký ngày 05 tháng 3 năm 2024.{body}");
        assert!(!is_run_together(&prose, &fold_case(&prose)));
    }

    /// Three kinds of component make a document run together, whichever three and in whatever
    /// order they stand; two kinds, or the same kind many times, do not.
    #[test]
    fn three_kinds_of_component_in_any_order() {
        let kinds = [
            "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;",
            "Nơi nhận: - Như Điều 3; - Lưu: VT.",
            "Điều 1. Ban hành kèm theo Quyết định này Quy chế làm việc.",
            "QUYẾT ĐỊNH:",
            "Số: 12/QĐ-UBND",
            "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc",
            "Nguyễn Văn An KT. CHỦ TỊCH PHÓ CHỦ TỊCH",
        ];
        let prose = "các cơ quan, đơn vị tổ chức thực hiện nghiêm túc và báo cáo kết quả thực hiện";
        let line = |parts: &[&str]| {
            let text = format!("{} {}", parts.join(" "), prose);
            let folded = fold_case(&text);
            three_families(&text, &folded)
        };
        for a in 0..kinds.len() {
            assert!(!line(&[kinds[a], kinds[a], kinds[a]]), "{}", kinds[a]);
            for b in 0..kinds.len() {
                if a == b {
                    continue;
                }
                assert!(!line(&[kinds[a], kinds[b]]), "{} {}", kinds[a], kinds[b]);
                for c in (0..kinds.len()).filter(|&c| c != a && c != b) {
                    assert!(line(&[kinds[a], kinds[b], kinds[c]]));
                }
            }
        }
    }

    #[test]
    fn a_document_on_one_line() {
        let lines = crate::test_corpus::decision(&[
            "Điều 1. Thành lập Đoàn kiểm tra.",
            "Điều 2. Quyết định này có hiệu lực kể từ ngày ký./.",
            "Nơi nhận:",
            "- Như Điều 2;",
            "- Lưu: VT.",
            "KT. CHỦ TỊCH",
            "PHÓ CHỦ TỊCH",
            "Nguyễn Văn An",
        ]);
        let line = lines.join(" ");
        let z = Zone {
            header: true,
            closing: true,
            after_number: false,
            title_seen: false,
            number_follows: false,
            collapsed: false,
            in_run_row: false,
        };
        assert_eq!(parts(&line, z), lines);
    }
}
