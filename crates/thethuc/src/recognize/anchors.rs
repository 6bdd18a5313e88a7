//! Cuts a line where a component starts inside it: the Quốc hiệu after the issuer on one line
//! (`UBND TỈNH LÀO CAI CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM`), the date after the number (`Số:
//! 12/UBND Lào Cai, ngày …`), the signature beside the recipients (`- Như trên; PHÓ GIÁM ĐỐC`),
//! and a whole document that arrives as one line. A cut is made only where the text on both
//! sides reads as the decree's components, so prose is never cut.

use crate::layout::ReadLine;
use crate::recognize::clues::{
    floor_boundary, is_position_words, is_scan_debris, is_scanned_label,
};
use crate::text::fold::fold_case;
use crate::text::phrases;
use crate::text::reading::Pieces;

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
#[derive(Debug, Clone, Copy, Default)]
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
}

/// Cuts the lines of a reading where components start inside them. Returns whether the
/// document arrived run together: most of its text on lines that hold its components of
/// several kinds (`is_run_together`), with no line breaks of its own to read.
pub fn split(lines: &mut Vec<ReadLine>, nfc: &str, folded_nfc: &str) -> bool {
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
    for (i, line) in lines.drain(..).enumerate() {
        zone.number_follows = number_follows.get(i).copied().unwrap_or(false);
        zone.collapsed = line.collapsed;
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
        if line.collapsed || is_run_together(seen, seen_folded) {
            run_together += text.len();
        }
        let cuts = if text.len() > MAX_CUT_LINE {
            Vec::new()
        } else {
            cuts_past_marks(&text, &folded, blanked.as_ref(), zone)
        };
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
/// text, a PDF viewer's copy, a database field with the line breaks stripped).
fn is_run_together(text: &str, folded: &str) -> bool {
    text.len() >= LONG_LINE && families(text, folded) >= 3
}

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
            let first = ws.iter().position(|&(x, y)| !is_speck(&inner[x..y]));
            let mut last = ws.iter().rposition(|&(x, y)| !is_speck(&inner[x..y]));
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

/// A rule drawn with characters (`____`, `-----`, `———`).
fn is_drawn_rule(t: &str) -> bool {
    let t = t.trim();
    t.chars().count() >= 4
        && t.chars()
            .all(|c| matches!(c, '_' | '-' | '=' | '*' | '–' | '—'))
}

/// A scan's speck or a stray mark standing as a word: no letter, no digit, nothing a
/// component opens or closes with (`-`, `+`, `*` and brackets stay).
fn is_speck(w: &str) -> bool {
    w.chars().all(|c| {
        matches!(
            c,
            '_' | '.'
                | ','
                | '`'
                | '\''
                | '„'
                | '‹'
                | '›'
                | '|'
                | '~'
                | '^'
                | '='
                | '¬'
                | '·'
                | '"'
                | '“'
                | '”'
                | '—'
        )
    })
}

/// A `;` or `:` standing alone as a word: a speck in a scan's header, a line's stop elsewhere
/// (`- Như trên ;`), so only a part made of nothing else is dropped.
fn is_stray_stop(w: &str) -> bool {
    !w.is_empty() && w.chars().all(|c| matches!(c, ';' | ':'))
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

/// Words of a text: byte ranges between white space (spaces, tabs, no-break spaces). Byte by
/// byte: no other white space splits the words the anchors look at.
fn words(text: &str) -> Vec<(usize, usize)> {
    let b = text.as_bytes();
    let mut out = Vec::with_capacity(b.len() / 5 + 1);
    let mut start: Option<usize> = None;
    let mut i = 0;
    while i < b.len() {
        let space = match b[i] {
            b' ' | b'\t' | b'\n' | b'\r' | 0x0c => 1,
            0xC2 if b.get(i + 1) == Some(&0xA0) => 2,
            _ => 0,
        };
        if space > 0 {
            if let Some(s) = start.take() {
                out.push((s, i));
            }
            i += space;
        } else {
            if start.is_none() {
                start = Some(i);
            }
            i += 1;
        }
    }
    if let Some(s) = start {
        out.push((s, b.len()));
    }
    out
}

/// A word in capitals (`ỦY`, `UBND`, `SỞ`, `GD&ĐT`): letters, none lower case.
fn is_caps_word(w: &str) -> bool {
    let letters = w
        .chars()
        .filter(|c| crate::text::fold::is_letter(*c))
        .count();
    letters >= 1 && !w.chars().any(crate::text::fold::is_lower)
}

/// A word of letters only, in capitals, of two letters or more (`ỦY`, `BAN`), not an
/// abbreviation list (`UBND,`).
fn is_plain_caps(w: &str) -> bool {
    w.chars().count() >= 2
        && w.chars()
            .all(|c| crate::text::fold::is_letter(c) && !crate::text::fold::is_lower(c))
}

/// The text before `at` ends a sentence or a clause (`.`, `;`, `:`, `./.`, `)`).
fn ends_clause(text: &str, at: usize) -> bool {
    let before = text[..at].trim_end();
    before.is_empty() || before.ends_with(['.', ';', ':', '!', '?', ')', '"', '”', '…'])
}

/// The text before `at` ends in a word in capitals (an authority or issuer line).
fn ends_caps(text: &str, at: usize) -> bool {
    let before = text[..at].trim_end();
    before.split_whitespace().next_back().is_some_and(|w| {
        is_caps_word(w)
            && w.chars()
                .filter(|c| crate::text::fold::is_letter(*c))
                .count()
                >= 2
    })
}

/// Whether a line holds a word that can open a component inside a body line (`Căn cứ`, `Theo`,
/// `Xét`, `QUYẾT`, `Điều`, `Chương`, `Mục`, `Phần`, `Phụ lục`) or the start of a rule drawn
/// with characters: one pass over the bytes.
fn has_opening(text: &str) -> bool {
    let b = text.as_bytes();
    let at = |i: usize, w: &str| b[i..].starts_with(w.as_bytes());
    (0..b.len()).any(|i| match b[i] {
        b'C' => at(i, "Căn") || at(i, "Chương") || at(i, "CHƯƠNG"),
        b'T' => at(i, "Theo"),
        b'X' => at(i, "Xét"),
        b'Q' => at(i, "QUYẾT"),
        0xC4 => at(i, "Điều"),
        b'M' => at(i, "Mục"),
        b'P' => at(i, "Phần") || at(i, "PHẦN") || at(i, "Phụ") || at(i, "PHỤ"),
        b'_' => at(i, "____"),
        b'-' => at(i, "----"),
        b'=' => at(i, "===="),
        b'*' => at(i, "****"),
        _ => false,
    })
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
    let flattened = zone.collapsed && long || is_run_together(text, folded);
    // Prose in the header or closing zone that opens nothing and draws no rule: done. A long
    // list of recipients in one cell after its label (a Markdown table's) is no prose.
    let label_first = {
        let f = folded.trim_start();
        f.starts_with("nơi nhận") || f.starts_with("noi nhận") || f.starts_with("noi nhan")
    };
    let recipients = zone.closing && label_first;
    if long && !flattened && !opening && !recipients {
        return out;
    }
    // The words, split when a step needs them (most lines need none).
    let ws_cell = std::cell::OnceCell::new();
    let ws = || ws_cell.get_or_init(|| words(text)).as_slice();
    // Letters in capitals, counted where folding changed a byte.
    let capitals = text
        .bytes()
        .zip(folded.bytes())
        .filter(|(a, b)| a != b)
        .count();
    // A label and the body it names, kept on one line.
    let mut labelled: Option<(usize, usize)> = None;
    if zone.header && !long || flattened {
        header_phrases(text, folded, &mut out);
        youth_union_heading(text, folded, &mut out);
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
            numbers_and_dates(text, folded, ws(), &mut out);
            typed_numbers(text, folded, ws(), &mut out);
            bare_numbers(text, folded, ws(), &mut out);
        }
        if folded.contains("v/v") || folded.contains("kính") || folded.contains("kinh") {
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
        portal_footer(text, folded, flattened, &mut out);
    }
    if (flattened || zone.closing)
        && memchr::memmem::find(folded.as_bytes(), b"signed by").is_some()
    {
        signature_stamp(folded, &mut out);
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
        if w.chars().count() >= 4
            && w.chars()
                .all(|c| matches!(c, '_' | '-' | '=' | '*' | '–' | '—'))
        {
            out.push((s, Cut::Row));
            out.push((e, Cut::Row));
        }
    }
    out.retain(|&(at, _)| at > 0 && at < text.len() && text.is_char_boundary(at));
    if let Some((a, b)) = labelled {
        out.retain(|&(at, _)| at <= a || at >= b);
    }
    // A cut with only white space or punctuation on one side is none.
    crate::text::sorting::sort(&mut out);
    out.dedup_by_key(|c| c.0);
    let mut kept: Vec<(usize, Cut)> = Vec::new();
    let mut last = 0;
    for (at, how) in out {
        // Each side holds words, or is a rule drawn with characters.
        let has_word = |s: &str| {
            s.chars().any(crate::text::fold::is_letter_or_digit)
                || s.trim().chars().count() >= 4
                    && s.trim()
                        .chars()
                        .all(|c| matches!(c, '_' | '-' | '=' | '*' | '–' | '—'))
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
        if (has_word(&text[last..at]) || speck_lead) && has_word(&text[at..]) {
            kept.push((at, how));
            last = at;
        }
    }
    kept
}

/// A legal portal's footer under a document run together (`… Trần Thanh Mẫn CƠ SỞ DỮ LIỆU
/// QUỐC GIA VỀ PHÁP LUẬT Đơn vị chủ quản: Bộ Tư pháp …`): its name, in capitals as the portal
/// writes it, opens a line of its own, which `region::trim` sets aside with all that follows.
fn portal_footer(text: &str, folded: &str, whole_document: bool, out: &mut Vec<(usize, Cut)>) {
    const NAME: &str = "cơ sở dữ liệu quốc gia về pháp luật";
    const OWNER: &str = "đơn vị chủ quản";
    // In a whole document, past its first half: a body may cite the database by name.
    let half = if whole_document {
        floor_boundary(folded, folded.len() / 2)
    } else {
        0
    };
    // A legal site's source line run on at the very end (`… GIAI ĐOẠN 2025-2030 Nguồn tra
    // cứu: vanban.phaplyvn.com`): a line of its own, which `region::trim` sets aside.
    if whole_document {
        const SOURCE: &str = "nguồn tra cứu:";
        let tail = floor_boundary(folded, folded.len().saturating_sub(200));
        if let Some(at) = memchr::memmem::rfind(&folded.as_bytes()[tail..], SOURCE.as_bytes()) {
            let at = tail + at;
            if text[at + SOURCE.len()..].split_whitespace().count() <= 3 {
                out.push((at, Cut::Row));
            }
        }
    }
    let Some(at) = memchr::memmem::find(&folded.as_bytes()[half..], NAME.as_bytes()) else {
        return;
    };
    let at = half + at;
    if !crate::text::fold::is_upper(&text[at..at + NAME.len()]) {
        return;
    }
    out.push((at, Cut::Row));
    if let Some(o) = memchr::memmem::find(&folded.as_bytes()[at..], OWNER.as_bytes()) {
        out.push((at + o, Cut::Row));
    }
}

// The ministries (those of 2025 and those merged into them), whose names hold words that
// open bodies elsewhere (`BỘ NỘI VỤ`, `BỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG`).
const MINISTRIES: &[&str] = &[
    "BỘ QUỐC PHÒNG",
    "BỘ CÔNG AN",
    "BỘ NGOẠI GIAO",
    "BỘ NỘI VỤ",
    "BỘ TƯ PHÁP",
    "BỘ TÀI CHÍNH",
    "BỘ CÔNG THƯƠNG",
    "BỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG",
    "BỘ XÂY DỰNG",
    "BỘ VĂN HÓA, THỂ THAO VÀ DU LỊCH",
    "BỘ VĂN HOÁ, THỂ THAO VÀ DU LỊCH",
    "BỘ KHOA HỌC VÀ CÔNG NGHỆ",
    "BỘ GIÁO DỤC VÀ ĐÀO TẠO",
    "BỘ Y TẾ",
    "BỘ DÂN TỘC VÀ TÔN GIÁO",
    "BỘ KẾ HOẠCH VÀ ĐẦU TƯ",
    "BỘ GIAO THÔNG VẬN TẢI",
    "BỘ TÀI NGUYÊN VÀ MÔI TRƯỜNG",
    "BỘ THÔNG TIN VÀ TRUYỀN THÔNG",
    "BỘ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN",
    "BỘ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI",
];

/// The parent body and the issuing body on one line (`UBND TỈNH LÂM ĐỒNG HỘI ĐỒNG THẨM ĐỊNH
/// …`, `BỘ TÀI CHÍNH CỤC THUẾ`): the issuing body's name opens a line of its own, as the
/// header sets the two names one above the other.
fn parent_body(text: &str, ws: &[(usize, usize)], out: &mut Vec<(usize, Cut)>) {
    const COUNCIL_LEVELS: &[&str] = &[
        "TỈNH",
        "THÀNH PHỐ",
        "HUYỆN",
        "QUẬN",
        "THỊ XÃ",
        "XÃ",
        "PHƯỜNG",
        "ĐẶC KHU",
    ];
    // What opens a body under a people's committee: names of two words at least, never the
    // words of a place (`XÃ NẬM BAN`, `XÃ VĂN TRƯỜNG`).
    const UNDER_COUNCIL: &[&str] = &[
        "SỞ",
        "HỘI ĐỒNG",
        "VĂN PHÒNG",
        "TRUNG TÂM",
        "BỆNH VIỆN",
        "CHI CỤC",
        "THANH TRA",
        "BỘ CHỈ HUY",
        "BAN QUẢN LÝ",
        "BAN CHỈ ĐẠO",
        "BAN TIẾP",
        "BAN DÂN TỘC",
        "TRƯỜNG ĐẠI HỌC",
        "TRƯỜNG CAO ĐẲNG",
        "TRƯỜNG CHÍNH TRỊ",
        "ĐOÀN KIỂM TRA",
        "ĐOÀN THANH TRA",
        "ĐOÀN ĐẠI BIỂU",
        "QUỸ",
    ];
    const UNDER_MINISTRY: &[&str] = &[
        "CỤC",
        "TỔNG CỤC",
        "VỤ",
        "VIỆN",
        "HỌC VIỆN",
        "TRƯỜNG",
        "VĂN PHÒNG",
        "THANH TRA",
        "BAN",
        "TRUNG TÂM",
        "BỆNH VIỆN",
    ];
    let opens = |rest: &str, heads: &[&str]| {
        heads.iter().any(|h| {
            rest.strip_prefix(*h)
                .is_some_and(|r| r.is_empty() || r.starts_with(' '))
        })
    };
    let run = caps_run(text, ws, 0).min(30);
    if run < 3 {
        return;
    }
    let head = &text[..ws[run - 1].1];
    if let Some(ministry) = MINISTRIES
        .iter()
        .find(|m| head.strip_prefix(**m).is_some_and(|r| r.starts_with(' ')))
    {
        let at = ministry.len() + 1;
        if opens(&head[at..], UNDER_MINISTRY) {
            out.push((at, Cut::Row));
        }
        return;
    }
    let Some(rest) = ["UBND ", "ỦY BAN NHÂN DÂN ", "UỶ BAN NHÂN DÂN "]
        .iter()
        .find_map(|p| head.strip_prefix(p))
    else {
        return;
    };
    let Some(level) = COUNCIL_LEVELS
        .iter()
        .find(|l| rest.strip_prefix(**l).is_some_and(|r| r.starts_with(' ')))
    else {
        return;
    };
    // The committee's words, its level and at least one word of the place.
    let skip = head.len() - rest.len() + level.len();
    for j in 1..run {
        let (a, _) = ws[j];
        if a <= skip || ws[j - 1].0 <= skip {
            continue;
        }
        if opens(&head[a..], UNDER_COUNCIL) {
            out.push((a, Cut::Row));
            return;
        }
    }
}

/// Bodies of the centre whose names a portal's or a signature's label gives (`Cơ quan phát
/// hành: VĂN PHÒNG CHÍNH PHỦ`), besides the ministries.
const CENTRAL_BODIES: &[&str] = &[
    "VĂN PHÒNG CHÍNH PHỦ",
    "VĂN PHÒNG QUỐC HỘI",
    "VĂN PHÒNG CHỦ TỊCH NƯỚC",
    "THỦ TƯỚNG CHÍNH PHỦ",
    "CHÍNH PHỦ",
    "QUỐC HỘI",
];

/// A portal's or a signature's label and the body it names, run on with the document's own
/// issuer (`Cơ quan phát hành: VĂN PHÒNG CHÍNH PHỦ THỦ TƯỚNG CHÍNH PHỦ CỘNG HÒA …`): the
/// label's line ends with the name, known by heart, that the label gives. Returns the label
/// and name's range, which no other cut splits.
fn labelled_body(
    text: &str,
    folded: &str,
    ws: &[(usize, usize)],
    out: &mut Vec<(usize, Cut)>,
) -> Option<(usize, usize)> {
    const LABELS: &[&str] = &["cơ quan phát hành:", "cơ quan ban hành:", "cơ quan:"];
    let head = floor_boundary(folded, folded.len().min(600));
    for label in LABELS {
        let Some(at) = memchr::memmem::find(&folded.as_bytes()[..head], label.as_bytes()) else {
            continue;
        };
        let value = at + label.len();
        let rest = text[value..].trim_start();
        let from = text.len() - rest.len();
        let Some(name) = MINISTRIES
            .iter()
            .chain(CENTRAL_BODIES)
            .filter(|n| rest.strip_prefix(**n).is_some_and(|r| r.starts_with(' ')))
            .max_by_key(|n| n.len())
        else {
            continue;
        };
        let end = from + name.len();
        // Another name in capitals follows: the document's issuer.
        let k = ws.partition_point(|&(a, _)| a < end);
        if k < ws.len() && caps_run(text, ws, k) >= 2 {
            out.push((end, Cut::Row));
            return Some((at, end));
        }
        return None;
    }
    None
}

/// A PDF signature's stamp run on with the closing (`- Lưu: VT. Digitally signed by HIỆP HỘI
/// … Date: 2025.10.20 18:57:55+07'00' PHỤ LỤC 01`): its two lines stand apart, for
/// `region::trim` to set aside, and what follows opens a line.
fn signature_stamp(folded: &str, out: &mut Vec<(usize, Cut)>) {
    let bytes = folded.as_bytes();
    for at in memchr::memmem::find_iter(bytes, b"digitally signed by") {
        out.push((at, Cut::Row));
        let rest = &bytes[at..bytes.len().min(at + 200)];
        let Some(date) = memchr::memmem::find(rest, b"date:") else {
            continue;
        };
        out.push((at + date, Cut::Row));
        // The date ends at its time zone (`+07'00'`, `+07:00`).
        let tail = &rest[date..];
        if let Some(z) = memchr::memmem::find(tail, b"+07") {
            let mut end = at + date + z + 3;
            while end < bytes.len() && matches!(bytes[end], b'\'' | b':' | b'0'..=b'9') {
                end += 1;
            }
            out.push((end, Cut::Row));
        }
    }
}

/// A name in capitals written twice in a row at the head of a document (the Công báo's heading
/// above the issuer's own, `BỘ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN BỘ NÔNG NGHIỆP VÀ …`): two
/// lines, never one name.
fn doubled_names(text: &str, ws: &[(usize, usize)], out: &mut Vec<(usize, Cut)>) {
    // Header names stand among the first words.
    let head = &ws[..ws.len().min(80)];
    let mut k = 0;
    while k < head.len() {
        let run = caps_run_with_dashes(text, head, k);
        // The name twice at the run's start, whatever follows it in capitals (the Quốc hiệu).
        let same = |half: usize| {
            (0..half).all(|j| {
                let (a, b) = head[k + j];
                let (c, d) = head[k + half + j];
                text[a..b] == text[c..d]
            })
        };
        if let Some(half) = (2..=(run / 2).min(12)).rev().find(|&h| same(h)) {
            out.push((head[k + half].0, Cut::Row));
        }
        k += run.max(1);
    }
}

/// The Quốc hiệu, the Tiêu ngữ and the Party heading inside a line.
fn header_phrases(text: &str, f: &str, out: &mut Vec<(usize, Cut)>) {
    // Every one of these phrases ends in `Nam` or `phúc`, whatever the slips around them.
    if !(f.contains("nam") || f.contains("phúc") || f.contains("phuc") || f.contains("phục")) {
        return;
    }
    // Header phrases sit in the first stretch of a long line.
    let scope_end = floor_boundary(text, text.len().min(1500));
    let scope = &text[..scope_end];
    let sk = phrases::Skeleton::of(scope);
    for phrase in [
        phrases::QUOC_HIEU,
        phrases::TIEU_NGU,
        phrases::PARTY_HEADING,
    ] {
        let Some(f) = phrases::find_in(&sk, phrase) else {
            continue;
        };
        let (s, e) = (f.start as usize, f.end as usize);
        let written = &text[s..e];
        // In prose the Quốc hiệu is a noun phrase (`nước Cộng hòa xã hội chủ nghĩa Việt Nam`);
        // in a header it is written in capitals.
        if phrase == phrases::QUOC_HIEU || phrase == phrases::PARTY_HEADING {
            let before = fold_case(text[..s].trim_end());
            // A header typed all in lower case (`bộ tài chính cộng hoà xã hội chủ nghĩa Việt
            // nam`): the phrase follows a short name at the line's start, not a sentence.
            // Prose names the state with a capital (`Chính phủ Cộng hòa xã hội chủ nghĩa…`).
            let lower_header = written.starts_with(crate::text::fold::is_lower)
                && before.len() <= 60
                && !before.contains([',', '.', ';', ':'])
                && !["của", "và", "với", "là", "tại"]
                    .iter()
                    .any(|w| before.ends_with(&format!(" {w}")) || before == *w);
            if before.ends_with("nước")
                || !(crate::recognize::clues::mostly_upper(written) || lower_header)
            {
                continue;
            }
        }
        out.push((s, Cut::Column));
        // The motto keeps what closes it (`Hạnh phúc.`); after it, the next component.
        out.push((e, Cut::Row));
    }
}

/// `Số: 12/QĐ-UBND` and `Lào Cai, ngày 05 tháng 3 năm 2026` inside a header line.
fn numbers_and_dates(text: &str, folded: &str, ws: &[(usize, usize)], out: &mut Vec<(usize, Cut)>) {
    // Where the Số line read on this line ends: a place right after it starts the date.
    let mut so_end: Option<usize> = None;
    for (k, &(s, _)) in ws.iter().enumerate() {
        let f = &folded[s..];
        // The number: `Số` in capitals at a word start, after a header component or capitals;
        // an OCR's `Só`, `Sô` read tolerantly.
        if text[s..].starts_with('S') {
            let so_text = crate::recognize::clues::bounded(&text[s..], 200);
            let len = if f.starts_with("số") {
                crate::recognize::parse::so_len(f)
            } else {
                None
            };
            if let Some(len) = len
                .or_else(|| tolerant_so_len(so_text))
                .filter(|_| !cites_by_type(text, folded, ws, k))
            {
                let len = len + glued_unit_code(&text[s + len..]);
                // Right after the date cut above it (`Lào Cai, ngày 10 tháng 3 năm 2026 Số:
                // 1105/KH-ĐKT`), as a header read row by row gives it.
                let before_ok = k == 0
                    || ends_caps(text, s)
                    || ends_clause(text, s)
                    || ends_motto(folded, s)
                    || cut_before(text, s, out);
                // The number a văn thư's system stamped before `Số:` (`Hạnh phúc 12094 Số:
                // /BNV-CCHC`): a line of its own, which `joins` puts back into the Số line.
                let stamped = k > 0 && {
                    let (a, b) = ws[k - 1];
                    let n = &text[a..b];
                    n.len() <= 6
                        && n.bytes().all(|c| c.is_ascii_digit())
                        && (k == 1
                            || ends_caps(text, a)
                            || ends_clause(text, a)
                            || ends_motto(folded, a))
                };
                if stamped {
                    out.push((ws[k - 1].0, Cut::Column));
                }
                if before_ok || stamped {
                    out.push((s, Cut::Column));
                    out.push((s + len, Cut::Column));
                    so_end = Some(s + len);
                }
            }
        }
        // The date: from its `ngày` (or its digits after a comma), back over the place name.
        let date_start = f.starts_with("ngày")
            || (k > 0
                && text[..s].trim_end().ends_with(',')
                && f.starts_with(|c: char| c.is_ascii_digit()));
        if !date_start {
            continue;
        }
        let Some(len) = crate::recognize::parse::date_len(f)
            .or_else(|| tolerant_date_len(crate::recognize::clues::bounded(f, 160)))
        else {
            continue;
        };
        let Some(place) = place_start(text, ws, k) else {
            continue;
        };
        // A component cut before the date ends the place's words (`Độc lập - Tự do - Hạnh
        // Phúc Lào Cai, ngày …`, the motto's last word with a capital); not the end of a Số
        // line read on into the place (`TTLT-VKSNDTC- Hà Nội, ngày …`), undone below.
        let place = out
            .iter()
            .map(|&(c, _)| c)
            .filter(|&c| c > place && c < s && Some(c) != so_end)
            .max()
            .map_or(place, |c| {
                c + (text[c..].len() - text[c..].trim_start().len())
            });
        let end = s + len;
        let end = end
            + text[end..]
                .find(|c: char| !matches!(c, '.' | ';'))
                .unwrap_or(text.len() - end);
        // A V/v that a one-space column layout ran into the date beside it (`V/v trả lời đề
        // nghị của Hà Nội, ngày …`) ends where the place begins.
        // So does one a document run together ran into the date (`Số: 464/STC-VP V/v góp ý …
        // trên địa bàn tỉnh Lâm Đồng Lâm Đồng, ngày …`), whatever follows the date.
        let after_vv = folded.starts_with("v/v") && end >= text.trim_end().len()
            || vv_before(text, folded, place, out);
        let before_ok = place == 0
            || ends_caps(text, place)
            || ends_clause(text, place)
            || ends_motto(folded, place)
            || ends_ky_hieu(text, place)
            || so_end.is_some_and(|e| e <= place && text[e..place].trim().is_empty())
            || after_vv;
        // After the date, the line ends or the next component starts: a word in capitals
        // (the type name), `V/v`, `Kính gửi`, `Số`.
        let after = text[end..].trim_start();
        // Folding keeps byte offsets: the folded rest is a slice, not a copy of the line.
        let fa = folded[end..].trim_start();
        let after_ok = after.is_empty()
            || after
                .split_whitespace()
                .next()
                .is_some_and(|w| is_caps_word(w) && w.chars().count() >= 2)
            || fa.trim_start_matches(['“', '"']).starts_with("v/v")
            || fa.starts_with("kính gửi")
            || fa.starts_with("về việc")
            || fa.starts_with("số:")
            || fa.starts_with("số ") && crate::recognize::clues::bounded(fa, 40).contains('/');
        if before_ok && after_ok {
            // Nothing cuts inside the date: a ký hiệu ending in a hyphen (`TTLT-VKSNDTC- Hà
            // Nội, ngày …`) was read on into the place.
            out.retain(|&(at, _)| at <= place || at >= end);
            out.push((place, Cut::Column));
            out.push((end, Cut::Row));
        }
    }
}

/// A legal document's number, its type named before it (`… Hạnh phúc Luật số: 140/2025/QH15
/// LUẬT SỬA ĐỔI …`), inside a header line: a line of its own. The colon tells it from a
/// sentence citing one (`Luật số 44/2024/QH15`).
fn typed_numbers(text: &str, folded: &str, ws: &[(usize, usize)], out: &mut Vec<(usize, Cut)>) {
    for (k, &(s, _)) in ws.iter().enumerate() {
        if !text[s..].starts_with(['L', 'B', 'P', 'N']) {
            continue;
        }
        let f = &folded[s..];
        let Some(lead) = crate::recognize::clues::typed_number_lead(f) else {
            continue;
        };
        let number = &f[lead..];
        let Some(len) = crate::recognize::parse::so_len(number) else {
            continue;
        };
        let before_ok =
            k == 0 || ends_caps(text, s) || ends_clause(text, s) || ends_motto(folded, s);
        if before_ok {
            out.push((s, Cut::Column));
            out.push((s + lead + len, Cut::Row));
        }
    }
}

/// A cut in `cuts` just before `at`, with only white space between.
fn cut_before(text: &str, at: usize, cuts: &[(usize, Cut)]) -> bool {
    cuts.iter()
        .any(|&(c, _)| c <= at && text[c..at].trim().is_empty())
}

/// Whether `Số` at word `k` cites a document by its type (`ĐOÀN KIỂM TRA THEO QUYẾT ĐỊNH SỐ
/// 1050/QĐ-SCT`, a body named after the decision that set it up): a type name right before
/// it, and no colon after it, which the header's own `Số:` has.
fn cites_by_type(text: &str, folded: &str, ws: &[(usize, usize)], k: usize) -> bool {
    let (s, e) = ws[k];
    if folded[s..e].contains(':')
        || ws
            .get(k + 1)
            .is_some_and(|&(a, _)| text[a..].starts_with(':'))
    {
        return false;
    }
    (1..=3.min(k)).any(|n| {
        let name = &text[ws[k - n].0..ws[k - 1].1];
        crate::model::doctype::by_name(name).is_some()
    })
}

/// `Số:` and a bare number with the Quốc hiệu cut right after it (`SỞ DÂN TỘC VÀ TÔN GIÁO Số:
/// 427 CỘNG HÒA … /SDTTG-VP Độc lập …`): a signed PDF's text layer sets the ký hiệu apart,
/// and `joins` puts it back. The number opens and ends a line of its own.
fn bare_numbers(text: &str, folded: &str, ws: &[(usize, usize)], out: &mut Vec<(usize, Cut)>) {
    for k in 0..ws.len().saturating_sub(2) {
        let (s, e) = ws[k];
        if !(folded[s..e] == *"số:" && text[s..].starts_with('S')) {
            continue;
        }
        let (a, b) = ws[k + 1];
        let number = &text[a..b];
        if !(1..=6).contains(&number.len()) || !number.bytes().all(|c| c.is_ascii_digit()) {
            continue;
        }
        let next = ws[k + 2].0;
        let phrase_follows = out.iter().any(|&(c, _)| c == next);
        let before_ok =
            k == 0 || ends_caps(text, s) || ends_clause(text, s) || ends_motto(folded, s);
        if phrase_follows && before_ok {
            out.push((s, Cut::Column));
        }
    }
}

/// The Youth Union's heading (`ĐOÀN TNCS HỒ CHÍ MINH`), which its documents set where others
/// set the Quốc hiệu, in capitals inside a header line: a line of its own.
fn youth_union_heading(text: &str, f: &str, out: &mut Vec<(usize, Cut)>) {
    if !(f.contains("minh") && (f.contains("đoàn") || f.contains("doan"))) {
        return;
    }
    let scope_end = floor_boundary(text, text.len().min(1500));
    let sk = phrases::Skeleton::of(&text[..scope_end]);
    for phrase in [
        phrases::YOUTH_UNION_HEADING,
        phrases::YOUTH_UNION_HEADING_FULL,
    ] {
        let Some(found) = phrases::find_in(&sk, phrase) else {
            continue;
        };
        let (s, e) = (found.start as usize, found.end as usize);
        if crate::recognize::clues::mostly_upper(&text[s..e]) {
            out.push((s, Cut::Column));
            out.push((e, Cut::Row));
        }
    }
}

/// Whether a V/v that opens a component (after the ký hiệu or a header in capitals) runs on
/// to `at` with no stop and no component cut between (the Quốc hiệu and the motto beside it
/// come between in a header read row by row): the V/v's words, which a place and date after
/// them end.
fn vv_before(text: &str, folded: &str, at: usize, cuts: &[(usize, Cut)]) -> bool {
    /// A V/v is a few lines of a column at most.
    const VV_SPAN: usize = 400;
    let from = floor_boundary(folded, at.saturating_sub(VV_SPAN));
    let Some(vv) = memchr::memmem::rfind(&folded.as_bytes()[from..at], b"v/v").map(|v| from + v)
    else {
        return false;
    };
    let label_end = vv + "v/v".len();
    let words = folded[label_end..at].trim_start_matches([':', ' ']);
    vv > 0
        && (ends_ky_hieu(text, vv) || ends_caps(text, vv))
        && !words.trim().is_empty()
        && !words.contains(['.', ';', ':', '!', '?'])
        && !cuts.iter().any(|&(c, _)| c > vv && c < at)
}

/// A unit's code in brackets glued to a ký hiệu (`Số: 409 /TTr-CAT(PC04)`, the drafting
/// department of a police body): part of the number, not the next column. Its length, or 0.
fn glued_unit_code(rest: &str) -> usize {
    let Some(inner) = rest.strip_prefix('(') else {
        return 0;
    };
    match inner.find(')') {
        Some(close)
            if close > 0
                && close <= 12
                && inner[..close]
                    .chars()
                    .all(|c| c.is_alphanumeric() || c == '-' || c == '.') =>
        {
            close + 2
        }
        _ => 0,
    }
}

/// The length of a Số line the grammar cannot read (`Số: 2 5Ý/QĐ-ĐHQGHN`, `Số: 157/ QĐ- NĐ-UB`,
/// an OCR's specks and spaces in it) at the start of `text`: `Số:`, at most three words of
/// number, then the ký hiệu from its `/` to the first word that no `/` or `-` ties to it.
/// Where an OCR lost the slash (`Só:2QĐÐ-ĐHQGHN`, `Số: 44ÝTTr-CAT-PC04`), the ký hiệu is the
/// first word with a hyphen and capitals, as `parse::tolerant_so` reads it.
fn tolerant_so_len(text: &str) -> Option<usize> {
    let word_end = text
        .char_indices()
        .find(|&(_, c)| !crate::text::fold::is_letter(c))
        .map(|(i, _)| i)?;
    if crate::text::fold::skeleton(&text[..word_end]) != "so" {
        return None;
    }
    let rest = &text[word_end..];
    let body = rest.trim_start().strip_prefix(':')?;
    let body_start = text.len() - body.len();
    let mut seen_slash = false;
    let mut open = true;
    let mut end = None;
    let mut words_before_slash = 0;
    for (a, b) in words(body) {
        let w = &body[a..b];
        if a > 60 {
            return None;
        }
        if seen_slash && !open && !w.starts_with(['-', '/']) {
            break;
        }
        let slashless_ky_hieu = || {
            w.contains('-')
                && w.chars()
                    .filter(|c| crate::text::fold::is_capital(*c))
                    .count()
                    >= 2
        };
        if w.contains('/') || !seen_slash && slashless_ky_hieu() {
            seen_slash = true;
        } else if !seen_slash {
            words_before_slash += 1;
            if words_before_slash > 3
                || w.chars()
                    .filter(|c| crate::text::fold::is_lower(*c))
                    .count()
                    >= 3
            {
                return None;
            }
        }
        end = Some(body_start + b);
        open = !seen_slash || w.ends_with(['/', '-']);
    }
    end.filter(|_| seen_slash)
}

/// The length of a date whose numbers an OCR garbled (`ngày 05 tháng ê_ năm 2024`): `ngày`,
/// `tháng` and `năm` close together, then a year.
fn tolerant_date_len(folded: &str) -> Option<usize> {
    let rest = folded.strip_prefix("ngày")?;
    let t = rest
        .find("tháng")
        .filter(|&k| rest[..k].chars().count() <= 8)?;
    let after_t = &rest[t + "tháng".len()..];
    let n = after_t
        .find("năm")
        .filter(|&k| after_t[..k].chars().count() <= 8)?;
    let after_n = &after_t[n + "năm".len()..];
    let year = after_n.trim_start();
    let token = year.split_whitespace().next()?;
    let digits = token.bytes().filter(u8::is_ascii_digit).count();
    if digits < 2 || token.chars().count() > 8 {
        return None;
    }
    Some(folded.len() - year.len() + token.len())
}

/// The text before `at` ends with the motto's last word.
fn ends_motto(folded: &str, at: usize) -> bool {
    let before = folded[..at].trim_end();
    before.ends_with("phúc") || before.ends_with("phuc")
}

/// The text before `at` ends with a ký hiệu (`12/QĐ-UBND`, `/SCT-CN`).
fn ends_ky_hieu(text: &str, at: usize) -> bool {
    text[..at]
        .split_whitespace()
        .next_back()
        .is_some_and(|w| w.contains('/') && w.chars().any(crate::text::fold::is_capital))
}

/// Where the place name before the date word `k` starts: capitalised words (`Lào Cai`,
/// `TP. Hồ Chí Minh`, `Bà Rịa - Vũng Tàu`), at most six, then an optional comma.
fn place_start(text: &str, ws: &[(usize, usize)], k: usize) -> Option<usize> {
    let mut start = None;
    let mut count = 0;
    let mut titled = false;
    let mut caps_words = 0;
    let mut j = k;
    // The word right before `ngày` carries the comma (`Cai,`) or stands alone before a comma.
    while j > 0 && count < 6 {
        let (a, b) = ws[j - 1];
        let w = text[a..b].trim_end_matches(',');
        if w.is_empty() {
            j -= 1;
            continue;
        }
        let capital = w.chars().next().is_some_and(crate::text::fold::is_capital);
        let connector = matches!(w, "-" | "–");
        let caps = is_caps_word(w)
            && w.chars()
                .filter(|c| crate::text::fold::is_letter(*c))
                .count()
                >= 2;
        let title = capital && !caps;
        // A ký hiệu, a label's colon (`Só:2QĐ-ĐHQGHN`, its slash lost) or a word in lower
        // case ends the place.
        if w.contains(['/', ':']) || !(capital || connector) {
            break;
        }
        // Capitals after title-case place words belong to the issuer (`SỞ Y TẾ Hà Nội, ngày`).
        if caps && count > 0 && !w.ends_with('.') {
            break;
        }
        start = Some(a);
        count += 1;
        titled |= title;
        caps_words += usize::from(caps);
        j -= 1;
    }
    // The same words twice (`… trên địa bàn tỉnh Lâm Đồng Lâm Đồng, ngày`): the first are the
    // end of what stands before the place (a V/v, an issuer's name), the place is the second.
    let place: Vec<&str> = ws[j..k]
        .iter()
        .map(|&(a, b)| text[a..b].trim_end_matches(','))
        .filter(|w| !w.is_empty())
        .collect();
    let half = place.len() / 2;
    if half > 0 && place.len().is_multiple_of(2) && place[..half] == place[half..] {
        start = ws[j..k]
            .iter()
            .filter(|&&(a, b)| !text[a..b].trim_end_matches(',').is_empty())
            .nth(half)
            .map(|&(a, _)| a);
    }
    // A place in title case (`Lào Cai`), or two words in capitals (`HÀ NỘI`); not a code (`CP`).
    start.filter(|_| titled || caps_words >= 2)
}

/// `V/v` and `Kính gửi` inside a header line.
fn cong_van_and_addressee(
    text: &str,
    folded: &str,
    ws: &[(usize, usize)],
    out: &mut Vec<(usize, Cut)>,
) {
    for &(s, _) in ws {
        let f = &folded[s..];
        if (f.starts_with("v/v ") || f.starts_with("v/v:"))
            && (ends_ky_hieu(text, s) || ends_caps(text, s))
        {
            out.push((s, Cut::Row));
        }
        if text[s..].starts_with('K') {
            let head = &text[s..floor_boundary(text, (s + 12).min(text.len()))];
            if phrases::find(head, phrases::KINH_GUI).is_some_and(|m| m.start == 0)
                && text[s..].contains(':')
            {
                out.push((s, Cut::Row));
            }
        }
    }
}

/// In a document run together, where a Kính gửi's addressee ends and the letter's first
/// sentence begins: after a stop, at a word with a capital (`Kính gửi: Sở Nội vụ. Văn phòng
/// UBND tỉnh nhận được …`), at a date opening a sentence (`… tỉnh Ngày 24/7/2024, Chủ tịch …`),
/// or at the body's name that opens the first sentence (`… tỉnh Lâm Đồng Sở Tư pháp nhận được`),
/// whichever comes first.
fn addressee_end(text: &str, ws: &[(usize, usize)], out: &mut Vec<(usize, Cut)>) {
    for (k, &(s, _)) in ws.iter().enumerate() {
        if !(text[s..].starts_with("Kính gửi") || text[s..].starts_with("Kính Gửi")) {
            continue;
        }
        // An addressee (or a few, with dashes) is a few dozen words at most: it ends at a stop
        // before a capital, or a date.
        let after_stop = (k + 2..ws.len().min(k + 60)).find(|&j| {
            let (a, b) = ws[j];
            let w = &text[a..b];
            let prev = &text[ws[j - 1].0..ws[j - 1].1];
            // `TP. Hồ Chí Minh`, `Q. 1`: an abbreviation's stop ends nothing.
            let abbreviation =
                prev.chars().count() <= 4 && prev.starts_with(crate::text::fold::is_capital);
            let stop = prev.ends_with('.') && !abbreviation && !prev.ends_with("..");
            let date = w == "Ngày"
                && ws
                    .get(j + 1)
                    .is_some_and(|&(x, _)| text[x..].starts_with(|c: char| c.is_ascii_digit()));
            // The addressee's address in brackets under it (`(Địa chỉ: Số 31, phố …)`), or a
            // letter's first sentence opening as letters do (`Phúc đáp văn bản số …`).
            let rest = &text[a..];
            let address = rest.starts_with("(Địa chỉ") || rest.starts_with("(địa chỉ");
            let opener = LETTER_OPENINGS.iter().any(|o| rest.starts_with(o));
            address || opener || date || stop && w.starts_with(crate::text::fold::is_capital)
        });
        // Or the body's first sentence opens with a body's name, no stop before it (`Kính
        // gửi: Ủy ban nhân dân tỉnh Lâm Đồng Sở Tư pháp nhận được Tờ trình …`): the name
        // nearest before `nhận được` opens it.
        let end = ws.len().min(k + 40);
        let received = (k + 3..end).find(|&m| text[ws[m].0..].starts_with("nhận được"));
        let opener = received.and_then(|m| {
            (k + 3..m)
                .rev()
                .take(6)
                .find(|&j| BODY_SENTENCE_HEADS.contains(&&text[ws[j].0..ws[j].1]))
        });
        let cut = match (after_stop, opener) {
            (Some(a), Some(b)) => Some(a.min(b)),
            (a, b) => a.or(b),
        };
        if let Some(j) = cut {
            out.push((ws[j].0, Cut::Row));
        }
    }
}

/// How a letter's first sentence opens, never an addressee's name (`Phúc đáp văn bản số …`).
const LETTER_OPENINGS: &[&str] = &[
    "Phúc đáp ",
    "Trả lời ",
    "Thực hiện ",
    "Trên cơ sở ",
    "Sau khi ",
    "Vừa qua,",
    "Vừa qua ",
    "Để ",
];

/// The first words of a body's name that opens a công văn's first sentence (`Sở Tư pháp nhận
/// được …`, `Ủy ban nhân dân tỉnh nhận được …`).
const BODY_SENTENCE_HEADS: &[&str] = &[
    "Sở",
    "Ủy",
    "Uỷ",
    "UBND",
    "Bộ",
    "Ban",
    "Phòng",
    "Cục",
    "Chi",
    "Trung",
    "Văn",
    "Công",
    "Viện",
    "Trường",
    "Hội",
    "Đoàn",
    "Thanh",
    "Kho",
    "Tòa",
    "Toà",
    "Liên",
    "Tổng",
    "Bệnh",
    "Đảng",
];

/// A type name in capitals inside a line after the number and date (`… năm 2026 QUYẾT ĐỊNH Về
/// việc …`), or opening a line with its trích yếu after it (`BIÊN BẢN HỌP …`).
fn type_names(text: &str, ws: &[(usize, usize)], out: &mut Vec<(usize, Cut)>) {
    let mut k = 0;
    while k < ws.len() {
        let mut matched = 0;
        // A type name is up to five words in capitals, the first a word of letters: only the
        // run of such words from `k` is looked up.
        let word = |j: usize| &text[ws[j].0..ws[j].1];
        let run = if is_caps_word(word(k)) {
            (k..ws.len().min(k + 5))
                .take_while(|&j| !word(j).chars().any(crate::text::fold::is_lower))
                .count()
        } else {
            0
        };
        for len in (1..=run).rev() {
            let cand = &text[ws[k].0..ws[k + len - 1].1];
            if crate::text::fold::is_upper(cand) && crate::model::doctype::by_name(cand).is_some() {
                matched = len;
                break;
            }
        }
        if matched == 0 {
            k += 1;
            continue;
        }
        let (a, _) = ws[k];
        let (_, b) = ws[k + matched - 1];
        let after = text[b..].trim_start();
        // `QUYẾT ĐỊNH:` enacts; that is `structure`'s.
        if after.starts_with(':') {
            k += matched;
            continue;
        }
        // `Phụ lục: DANH SÁCH …`: an appendix's name on its heading's line (PL001's business).
        let appendix_name = k > 0 && fold_case(&text[ws[k - 1].0..ws[k - 1].1]).ends_with("lục:");
        // Right after the header's number, cut there already (`Luật số: 140/2025/QH15 LUẬT
        // SỬA ĐỔI …`): the ký hiệu's capitals end the number, not a name.
        let after_number = ends_ky_hieu(text, a) && cut_before(text, a, out);
        let before_ok = a == 0 || !ends_caps(text, a) && !appendix_name || after_number;
        if before_ok && (a > 0 || !after.is_empty()) {
            out.push((a, Cut::Row));
            if !after.is_empty() {
                out.push((b, Cut::Row));
            }
        }
        k += matched;
    }
}

/// Where an appendix's reference line (`(Kèm theo Quyết định số … ngày … của …)`,
/// `(Ban hành kèm theo …)`) starting at `s` ends, when it names a document by its number or
/// date and the text after it opens no lower-case clause (`f`: the folded text from `s`).
fn appendix_reference_end(text: &str, f: &str, s: usize) -> Option<usize> {
    let lead = ["(kèm theo ", "(ban hành kèm theo "]
        .iter()
        .find(|l| f.starts_with(**l))?;
    let named = text[s + lead.len()..].starts_with(crate::text::fold::is_capital);
    let close = s + memchr::memchr(b')', &text.as_bytes()[s..])?;
    let inside = &f[..close - s];
    if !named || close - s > 400 || !(inside.contains("số") || inside.contains("ngày")) {
        return None;
    }
    let after = text[close + 1..].trim_start();
    let opens = after.is_empty()
        || after.starts_with(|c: char| {
            crate::text::fold::is_capital(c)
                || c.is_ascii_digit()
                || matches!(c, '-' | '|' | '*' | '#')
        });
    opens.then_some(close + 1)
}

/// How many kinds of component a long line shows: the header's phrases, a number or date,
/// căn cứ, the enacting words, articles, the recipients, an authority prefix.
fn families(text: &str, folded: &str) -> usize {
    [
        folded.contains("việt nam") || folded.contains("độc lập") || folded.contains("viet nam"),
        folded.contains("số:") || (folded.contains(", ngày") && folded.contains("năm")),
        text.contains("Căn cứ"),
        text.contains("QUYẾT ĐỊNH:") || text.contains("QUYẾT NGHỊ:"),
        text.contains("Điều 1.") || text.contains("Điều 2."),
        folded.contains("nơi nhận"),
        [" KT. ", " TM. ", " TL. ", " TUQ. "]
            .iter()
            .any(|p| text.contains(p)),
    ]
    .iter()
    .filter(|&&b| b)
    .count()
}

/// An appendix's label in capitals and its name after it, in a document run together (`PHỤ
/// LỤC II ĐỀ CƯƠNG BÁO CÁO …`, `PHỤ LỤC CÁC NHIỆM VỤ TRỌNG TÂM …`): the decree sets the name
/// on the line under the label, and the line breaks that said so are lost, so the name opens
/// a line. `k` is the label's first word.
fn appendix_name_after_label(
    text: &str,
    ws: &[(usize, usize)],
    k: usize,
    out: &mut Vec<(usize, Cut)>,
) {
    // The label's number: Roman or Arabic, if any.
    let mut from = k + 2;
    if ws.get(from).is_some_and(|&(a, b)| {
        let w = &text[a..b];
        w.chars().all(|c| matches!(c, 'I' | 'V' | 'X' | 'L'))
            || w.len() <= 3 && w.bytes().all(|c| c.is_ascii_digit())
    }) {
        from += 1;
    }
    let run = ws[from.min(ws.len())..]
        .iter()
        .take_while(|&&(a, b)| is_plain_caps(&text[a..b]))
        .count();
    if run >= 2 {
        out.push((ws[from].0, Cut::Row));
    }
}

/// An appendix's Roman number after its label (`Phụ lục II KẾT QUẢ …`): the heading's own,
/// not the start of a heading in capitals.
fn is_appendix_number(before: &str, w: &str) -> bool {
    fold_case(before) == "lục" && w.chars().all(|c| matches!(c, 'I' | 'V' | 'X' | 'L'))
}

/// The preamble's and the body's anchors: `Căn cứ`, `Theo đề nghị`, `QUYẾT ĐỊNH:`, `Điều 1.`,
/// `Chương I`, and in run-together prose numbered items and dashes after a clause.
fn structure(
    text: &str,
    folded: &str,
    ws: &[(usize, usize)],
    long: bool,
    out: &mut Vec<(usize, Cut)>,
) {
    // The numbered items and điểm letters cut so far, in order.
    let mut items_cut: Vec<&str> = Vec::new();
    let quoted = if long {
        inline_quotes(text)
    } else {
        Vec::new()
    };
    for (k, &(s, e)) in ws.iter().enumerate() {
        if k == 0 {
            continue;
        }
        let w = &text[s..e];
        // Most words open nothing: only these can, and run-together prose's items.
        let may_open = matches!(
            w,
            "Căn"
                | "Theo"
                | "Xét"
                | "QUYẾT"
                | "Điều"
                | "Chương"
                | "Mục"
                | "Phần"
                | "PHẦN"
                | "CHƯƠNG"
        ) || w.starts_with("Phụ")
            || w.starts_with("PHỤ");
        if !long && !may_open {
            continue;
        }
        let f = &folded[s..];
        let clause = ends_clause(text, s);
        let caps_before = ends_caps(text, s);
        // `Thực hiện Quyết định …`, `Thực hiện chỉ đạo …`: capitalised inside run-together
        // prose, it opens the preamble after a trích yếu or a Kính gửi that has no stop.
        if long && w == "Thực" && f.starts_with("thực hiện ") && {
            let next = f["thực hiện ".len()..].trim_start();
            text[s + "Thực hiện ".len()..]
                .trim_start()
                .starts_with(crate::text::fold::is_capital)
                || [
                    "chỉ đạo",
                    "ý kiến",
                    "văn bản",
                    "công văn",
                    "kế hoạch",
                    "nghị quyết",
                ]
                .iter()
                .any(|o| next.starts_with(o))
        } {
            out.push((s, Cut::Row));
            continue;
        }
        // `Căn cứ`, `Theo đề nghị`, `Xét đề nghị`, capitalised as they open a paragraph.
        // (A web copy's `Căn cứ\u{a0}Luật`: any space.)
        if (w == "Căn"
            && f.strip_prefix("căn cứ")
                .is_some_and(|r| r.starts_with(char::is_whitespace)))
            || ((w == "Theo" || w == "Xét") && f[w.len()..].trim_start().starts_with("đề nghị"))
        {
            if long {
                out.push((s, Cut::Row));
            }
            continue;
        }
        // `QUYẾT ĐỊNH:`, `QUYẾT NGHỊ:`: enacting words in capitals with a colon.
        if w == "QUYẾT" {
            let rest = &text[e..];
            let t = rest.trim_start();
            let second = ["ĐỊNH", "NGHỊ"].iter().find(|w2| t.starts_with(**w2));
            if let Some(w2) = second {
                let after = &t[w2.len()..];
                if after.trim_start().starts_with(':') {
                    let colon =
                        e + (rest.len() - t.len()) + w2.len() + after.find(':').unwrap_or(0) + 1;
                    out.push((s, Cut::Row));
                    out.push((colon, Cut::Row));
                }
            }
            continue;
        }
        // A scan's enacting words, a mark misread (`QUYÉT ĐỊNH:`), in a document run together.
        if long && w.starts_with('Q') {
            if let Some(colon) = scanned_enacting(text, ws, k) {
                out.push((s, Cut::Row));
                out.push((colon, Cut::Row));
                continue;
            }
        }
        // A heading word right after the item number that opens the line is that item's
        // title, not a heading of its own: a report's outline of a draft law (`4.2. Chương
        // II. Bảo vệ tài nguyên …`, `3. Điều 5. Sửa đổi …`).
        // On a line of its own (not run together), a heading word after a `;` is a list of
        // the draft's parts inside an item (`g) Chương VI - Quản lý …; Chương VII - Điều
        // khoản thi hành`), not a heading.
        let inside_an_item = k == 1 && is_item_label(&text[ws[0].0..ws[0].1])
            || !long && text[..s].trim_end().ends_with(';');
        if w == "Điều" && inside_an_item {
            continue;
        }
        // `Điều 5.` opening an article.
        if w == "Điều" && (clause || long && caps_before) {
            let rest = text[e..].trim_start();
            let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
            if digits > 0 && rest[digits..].starts_with(['.', ':']) {
                out.push((s, Cut::Row));
            }
            continue;
        }
        if (w == "Chương" || w == "Mục" || w == "Phần" || w == "PHẦN" || w == "CHƯƠNG")
            && clause
            && !inside_an_item
        {
            let rest = text[e..].trim_start();
            if rest.starts_with(|c: char| c.is_ascii_digit() || matches!(c, 'I' | 'V' | 'X' | 'L'))
            {
                out.push((s, Cut::Row));
            }
            continue;
        }
        // An appendix heading in capitals opens a line wherever it stands (after the signer's
        // name, in a document run together); `Phụ lục` in title case only after a stop.
        let caps_heading = w == "PHỤ" && text[s..].starts_with("PHỤ LỤC") && {
            let after = text[s + "PHỤ LỤC".len()..].trim_start();
            after.is_empty()
                || after.starts_with(|c: char| {
                    crate::text::fold::is_capital(c) || c.is_ascii_digit() || c == ':'
                })
        };
        if (w.starts_with("Phụ") || w.starts_with("PHỤ"))
            && f.starts_with("phụ lục")
            && (clause || caps_heading && long)
        {
            out.push((s, Cut::Row));
            if caps_heading && long {
                appendix_name_after_label(text, ws, k, out);
            }
            continue;
        }
        // An appendix's reference line under its name (`DỰ TOÁN Kinh phí … (kèm theo Kế hoạch
        // số 12/KH-BQL ngày …) TT Dịch vụ …`): a line of its own when what follows it opens
        // no lower-case clause (a sentence citing a plan goes on: `(kèm theo Kế hoạch số …) về
        // Sở`).
        if long && w.starts_with('(') {
            if let Some(end) = appendix_reference_end(text, f, s) {
                out.push((s, Cut::Row));
                out.push((end, Cut::Row));
                continue;
            }
        }
        // An authority heading in capitals after the trích yếu (`… Đoàn kiểm tra CHỦ TỊCH ỦY
        // BAN NHÂN DÂN TỈNH …`).
        // (Not the words after a dash inside a title: `KINH TẾ - KỸ THUẬT`.)
        // (Nor the signer a signature's stamp names: `Digitally signed by HIỆP HỘI …`.)
        let caps_go_on = k >= 2
            && matches!(&text[ws[k - 1].0..ws[k - 1].1], "-" | "–")
            && is_plain_caps(&text[ws[k - 2].0..ws[k - 2].1])
            || &text[ws[k - 1].0..ws[k - 1].1] == "by";
        if long
            && !caps_before
            && !caps_go_on
            && is_plain_caps(w)
            && !fold_case(&text[ws[k - 1].0..ws[k - 1].1]).ends_with("lục:")
        {
            // After an appendix's number, the heading starts past it (`Phụ lục II | KẾT QUẢ`).
            let from = k + usize::from(is_appendix_number(&text[ws[k - 1].0..ws[k - 1].1], w));
            let run = ws[from..]
                .iter()
                .take_while(|&&(a, b)| is_plain_caps(&text[a..b]))
                .count();
            if run >= 3 {
                out.push((ws[from].0, Cut::Row));
                continue;
            }
        }
        // A heading in capitals has no stop: the item after it opens a line all the same
        // (`I. MỤC ĐÍCH, YÊU CẦU 1. Mục đích`).
        // The first point of a list (`2. Yêu cầu a) Xác định …`) opens one after a heading
        // in sentence case too; `điểm a)` cites a point.
        // So does the first khoản or sub-item (`Điều 2. Đối tượng kiểm tra 1. Đối tượng …`,
        // `2. Trong quá trình khai thác 2.1. Thực hiện …`); `khoản 1. ` cites one.
        // A heading that ends with such a word (`1. Về công tác tự đánh giá, chấm điểm a) Hướng
        // dẫn …`) has its first point all the same where `b)` follows and no cited part (`điểm
        // a) Khoản 2`) comes after it.
        let heading_word_before = w == "a)"
            && ws.get(k + 1).is_some_and(|&(a, b)| {
                !ends_citing_word(&fold_case(&text[a..b]))
                    && memchr::memmem::find(
                        &text.as_bytes()[e..floor_boundary(text, (e + 6000).min(text.len()))],
                        b" b) ",
                    )
                    .is_some()
            });
        let first_point = (w == "a)" || is_first_item(w) && has_sibling(text, e, w))
            && (heading_word_before
                || !ends_citing_word(&fold_case(&text[ws[k - 1].0..ws[k - 1].1])))
            && ws
                .get(k + 1)
                .is_some_and(|&(a, _)| text[a..].starts_with(crate::text::fold::is_capital));
        // The item after one cut earlier on the line (`… đầu tư xây dựng 5. Sở Tài chính` after
        // `4. Sở Xây dựng`): the list goes on where the item before it ended with no stop.
        let next_in_list = long
            && !first_point
            && !ends_citing_word(&fold_case(&text[ws[k - 1].0..ws[k - 1].1]))
            && ws
                .get(k + 1)
                .is_some_and(|&(a, _)| text[a..].starts_with(crate::text::fold::is_capital))
            && items_cut
                .iter()
                .rev()
                .find(|p| same_list(p, w))
                .is_some_and(|p| next_item(p).as_deref() == Some(w));
        if !long || !(clause || caps_before || first_point || next_in_list) {
            continue;
        }
        // Points a sentence quotes (`… hồ sơ còn có “d) Dự thảo điều lệ …; đ) Sơ yếu lý lịch
        // …”`) are the sentence's words, not the document's items.
        if quoted.iter().any(|&(a, b)| a < s && s < b) {
            continue;
        }
        // Run-together prose: numbered items, điểm letters, Roman headings and dashes.
        let item = {
            let digits = w.bytes().take_while(u8::is_ascii_digit).count();
            let roman = w.bytes().take_while(|b| b"IVXL".contains(b)).count();
            let letter =
                w.chars().next().is_some_and(crate::text::fold::is_lower) && w.chars().count() == 2;
            (digits > 0 && digits <= 2 && w[digits..].starts_with(['.', ')']))
                || (roman > 0 && w[roman..].starts_with(['.', ')']))
                || (letter && w.ends_with(')'))
                // A dash between words in capitals joins a title (`KINH TẾ - KỸ THUẬT`); after
                // a heading it opens an item (`MỤC ĐÍCH - Nâng cao …`).
                || (w == "-" || w == "–")
                    && (clause
                        || !ws
                            .get(k + 1)
                            .is_some_and(|&(a, b)| is_plain_caps(&text[a..b])))
        };
        if item {
            out.push((s, Cut::Row));
            if next_item(w).is_some() {
                items_cut.push(w);
            }
            // A Roman heading in capitals run on with its first sentence (`III. KINH PHÍ THỰC
            // HIỆN Nguồn kinh phí …`): the sentence opens a line.
            if w.starts_with(['I', 'V', 'X']) && w.ends_with('.') {
                let run = caps_run(text, ws, k + 1);
                if let Some(&(a, b)) = ws.get(k + 1 + run) {
                    let next = &text[a..b];
                    let sentence = next.starts_with(crate::text::fold::is_capital)
                        && next.chars().skip(1).any(crate::text::fold::is_lower);
                    if run >= 1 && sentence {
                        out.push((a, Cut::Row));
                    }
                }
            }
        }
    }
}

/// `QUYẾT ĐỊNH:` or `QUYẾT NGHỊ:` at word `k`, in capitals, its marks lost or misread as a scan
/// reads them (`QUYÉT ĐỊNH:`, `QUYET DINH :`), as the grammar reads such a line on its own: the
/// byte after its colon.
fn scanned_enacting(text: &str, ws: &[(usize, usize)], k: usize) -> Option<usize> {
    let (s, e) = ws[k];
    let &(a, b) = ws.get(k + 1)?;
    let first = &text[s..e];
    let second = text[a..b].trim_end_matches(':');
    let enacting = crate::text::fold::is_upper(first)
        && crate::text::fold::is_upper(second)
        && crate::text::fold::skeleton(first) == "quyet"
        && matches!(
            crate::text::fold::skeleton(second).as_str(),
            "dinh" | "nghi"
        );
    if !enacting {
        return None;
    }
    if text[a..b].ends_with(':') {
        return Some(b);
    }
    let &(c, d) = ws.get(k + 2)?;
    (&text[c..d] == ":").then_some(d)
}

/// The quotations that open inside a sentence (`… còn có “d) Dự thảo …”`), not after a colon or
/// a stop as a quoted text set out on lines of its own does (`… như sau: “1. …`): byte ranges
/// from the opening quote to the closing one, at most a page long.
fn inline_quotes(text: &str) -> Vec<(usize, usize)> {
    const MAX_QUOTE: usize = 3000;
    let mut out = Vec::new();
    let mut from = 0;
    while let Some(open) = memchr::memmem::find(&text.as_bytes()[from..], "“".as_bytes()) {
        let open = from + open;
        let inside = open + "“".len();
        let end = floor_boundary(text, (inside + MAX_QUOTE).min(text.len()));
        // A typist may close it with a straight quote (`“a) Ủy ban … Quốc hội".`).
        let window = &text.as_bytes()[inside..end];
        let curly = memchr::memmem::find(window, "”".as_bytes());
        let straight = memchr::memchr(b'"', window);
        let Some(close) = curly.into_iter().chain(straight).min() else {
            from = inside;
            continue;
        };
        let close = inside + close;
        let before = text[..open].trim_end();
        if before.ends_with(|c: char| crate::text::fold::is_lower(c)) {
            out.push((open, close));
        }
        from = close;
    }
    out
}

/// The điểm letters in order (the Vietnamese alphabet has no f, j, w, z).
const POINT_LETTERS: &[char] = &[
    'a', 'b', 'c', 'd', 'đ', 'e', 'g', 'h', 'i', 'k', 'l', 'm', 'n', 'o', 'p', 'q', 'r', 's', 't',
    'u', 'v', 'x', 'y',
];

/// An item's number as it opens a line: `4.2.`, `3.`, `2)`, `IV.`, `b)` (not a bare number:
/// `2025 Chương` is no item).
fn is_item_label(w: &str) -> bool {
    let Some(body) = w.strip_suffix(['.', ')']) else {
        return false;
    };
    let dotted_number = !body.is_empty()
        && body.starts_with(|c: char| c.is_ascii_digit())
        && body.bytes().all(|b| b.is_ascii_digit() || b == b'.');
    let roman = !body.is_empty() && body.bytes().all(|b| b"IVXL".contains(&b));
    let letter = body.chars().count() == 1 && body.chars().all(crate::text::fold::is_lower);
    dotted_number || roman || letter
}

/// The item after `w` in its list: `5.` after `4.`, `2.3.` after `2.2.`, `c)` after `b)`;
/// `None` for what is no numbered item or điểm letter.
fn next_item(w: &str) -> Option<String> {
    let close = w.chars().next_back().filter(|c| matches!(c, '.' | ')'))?;
    let body = &w[..w.len() - 1];
    let mut letters = body.chars();
    if let (Some(c), None) = (letters.next(), letters.next()) {
        if let Some(i) = POINT_LETTERS.iter().position(|&l| l == c) {
            return POINT_LETTERS.get(i + 1).map(|n| format!("{n}{close}"));
        }
    }
    let (head, last) = body.rsplit_once('.').map_or(("", body), |(h, l)| (h, l));
    let parts_ok = |p: &str| !p.is_empty() && p.len() <= 2 && p.bytes().all(|b| b.is_ascii_digit());
    if !parts_ok(last) || !(head.is_empty() || head.split('.').all(parts_ok)) {
        return None;
    }
    let n: u32 = last.parse().ok()?;
    let dot = if head.is_empty() { "" } else { "." };
    Some(format!("{head}{dot}{}{close}", n + 1))
}

/// Whether two items belong to one list: the same depth, the same closing mark, and for a
/// sub-item the same parent (`2.1.` and `2.2.`, not `3.1.`).
fn same_list(a: &str, b: &str) -> bool {
    let shape = |w: &str| {
        let body = w.strip_suffix(['.', ')']).unwrap_or(w);
        let letter = body.chars().all(char::is_alphabetic);
        let head = body.rsplit_once('.').map_or("", |(h, _)| h);
        (letter, head.to_owned(), w.chars().next_back())
    };
    shape(a) == shape(b)
}

/// The number of a list's first item: `1.`, `1)`, `2.1.`, `I.` (the last number is one).
fn is_first_item(w: &str) -> bool {
    let Some(body) = w.strip_suffix(['.', ')']) else {
        return false;
    };
    let mut parts = body.split('.');
    let last = parts.next_back().unwrap_or("");
    (last == "1" || last == "I" && body == "I")
        && parts.all(|p| !p.is_empty() && p.len() <= 2 && p.bytes().all(|b| b.is_ascii_digit()))
}

/// Whether the item after the first one (`2.` after `1.`, `2.2.` after `2.1.`) follows within a
/// few pages after `at`: a list, not a footnote's number or a figure left in a sentence.
fn has_sibling(text: &str, at: usize, first: &str) -> bool {
    let (body, close) = first.split_at(first.len() - 1);
    let sibling = match body.rsplit_once('.') {
        Some((head, _)) => format!(" {head}.2{close} "),
        None if body == "I" => format!(" II{close} "),
        None => format!(" 2{close} "),
    };
    let end = (at + 6000).min(text.len());
    memchr::memmem::find(&text.as_bytes()[at..end], sibling.as_bytes()).is_some()
}

/// A word that cites a part of a text by its number (`điểm a)`, `khoản 1.`, `Điều 2.1.`).
fn ends_citing_word(folded_word: &str) -> bool {
    [
        "điểm", "khoản", "điều", "mục", "phần", "chương", "số", "tiết", "bảng", "hình", "biểu",
        "mẫu", "lục",
    ]
    .iter()
    .any(|c| folded_word.ends_with(c))
}

/// The closing inside a line: the recipients' label and items, and the signature beside them
/// (`Nơi nhận: KT. GIÁM ĐỐC`, `- Như trên; PHÓ GIÁM ĐỐC`, `- Lưu: VT. Nguyễn Văn An`).
fn closing(text: &str, folded: &str, ws: &[(usize, usize)], out: &mut Vec<(usize, Cut)>) {
    // A line of the closing that opens with a recipient's dash goes on with the list (the
    // label stood on a line before it, or in the column beside it).
    let mut in_recipients = text.starts_with(['-', '–']);
    // The recipients' last item, `- Lưu: …`, was read.
    let mut luu_seen = false;
    let mut k = 0;
    while k < ws.len() {
        let (s, e) = ws[k];
        let w = &text[s..e];
        let f = &folded[s..];
        let clause = ends_clause(text, s);
        // `Nơi nhận:` (tolerantly; a scan may lose or misread its first letter: `ơi nhận:`).
        if k == 0 || w.starts_with('N') || w.starts_with('n') || before_nhan(folded, ws, k) {
            let head = &text[s..floor_boundary(text, (s + 14).min(text.len()))];
            // The word first: the tolerant search is the costly test.
            let label = (f.starts_with("nơi") || f.starts_with("noi"))
                && phrases::find(head, phrases::NOI_NHAN).is_some_and(|m| m.start == 0)
                || k == 0 && is_scanned_label(head);
            // A scan's label run on after the body's last words or its specks (`./. „Í Nơi
            // nhận: - Như trên;`, `0856.xxx.xxx Nơi nhận: TM. BAN …`, `= ơi nhận: “KT. …`):
            // its colon and a recipient's dash or an authority right after it tell it.
            let run_on_label = k > 0
                && !clause
                && (label || is_scanned_label(head))
                && label_opens_closing(text, ws, k);
            // Beside the authority or the position read row by row (`./. KT. GIÁM ĐỐC Nơi
            // nhận: - Như trên; …`), the label in full with its colon.
            let after_title = || {
                (f.starts_with("nơi nhận:") || f.starts_with("nơi nhận :")) && ends_caps(text, s)
            };
            if label && (k == 0 || clause || after_title()) || run_on_label {
                if k > 0 {
                    out.push((s, Cut::Row));
                }
                in_recipients = true;
                let rest = &text[e..];
                let after = rest.find(':').filter(|&c| c < 12).map(|c| e + c + 1);
                if let Some(a) = after {
                    out.push((a, Cut::Row));
                }
                k += 1;
                continue;
            }
        }
        // A recipient item after a clause (`; - Sở Tài chính;`).
        if in_recipients
            && (w == "-" || w == "–" || w.starts_with('-') && w.len() > 1)
            && (clause || specks_after_item(text, s))
            && k > 0
        {
            out.push((s, Cut::Row));
            // The dash may be `–`, three bytes long.
            let dash = w.chars().next().map_or(1, char::len_utf8);
            let item = if w.len() > dash {
                s + dash
            } else {
                ws.get(k + 1).map_or(e, |&(a, _)| a)
            };
            luu_seen |= folded.get(item..).is_some_and(|t| t.starts_with("lưu"));
            k += 1;
            continue;
        }
        // A web copy's `(đã ký)` beside a recipient, read row by row (`- ĐHQGHN (để báo cáo);
        // (đã ký) - Các đơn vị …`): a line of its own.
        if in_recipients && clause && k > 0 && w.starts_with(['(', '[']) {
            let sk = ws
                .get(k + 1)
                .map(|&(_, b)| crate::text::fold::skeleton(&text[s..b]));
            if sk.is_some_and(|sk| matches!(sk.trim(), "(da ky)" | "[da ky]")) {
                out.push((s, Cut::Row));
                k += 2;
                continue;
            }
        }
        // A note in brackets after the Lưu item's stop (`- Lưu: VT. (b/c) TM. ỦY BAN …`), set
        // on the line under it: no part of the Lưu.
        if in_recipients
            && luu_seen
            && w.starts_with('(')
            && text[..s].trim_end().ends_with('.')
            && !text[..s].trim_end().ends_with("./.")
        {
            // A recipient's note (`(b/c)`, `(để biết)`), not the drafter's name the Lưu ends
            // with (`- Lưu: VT, VP. (Giang)`).
            let note = w[1..].starts_with(crate::text::fold::is_lower);
            let close = ws[k..ws.len().min(k + 4)]
                .iter()
                .find(|&&(a, b)| text[a..b].ends_with(')'));
            if note && close.is_some() {
                out.push((s, Cut::Row));
            }
        }
        // The signer's name right after the Lưu item, where no title stands between (`- Lưu:
        // VT, HCBT. Phạm Thị Minh Hiếu`).
        if in_recipients && luu_seen && clause && w.starts_with(crate::text::fold::is_capital) {
            let before = out.len();
            name_after(text, ws, k, out);
            if out.len() > before {
                in_recipients = false;
                k += 1;
                continue;
            }
        }
        // A scan's signer's name that ends the text after the Lưu item, past a unit code or
        // the scan's specks and with no stop before it (`- Lưu; VT, NSTH. 7009, Hồ Quang Huệ`,
        // `- Lưu: CNTT, VT. HC Nguyễn Hữu Việt`): the last line of a document run together.
        if in_recipients && luu_seen && !clause && name_ends_text(text, ws, k) {
            out.push((s, Cut::Row));
            break;
        }
        // An authority prefix in capitals (`KT.`, `TM.`, `TL.`, `TUQ.`, `Q.`).
        // The Party's slashed forms too (`T/M.`, `K/T`), which CK003 reports as a slip.
        // A scan reads the period as a comma (`KT, BỘ TRƯỞNG`) or puts a quote before it.
        let w = w.trim_start_matches(['“', '"', '\'', '‘']);
        let prefix = [
            "KT.", "TM.", "TL.", "TUQ.", "Q.", "T/M.", "K/T.", "T/L.", "KT,", "TM,", "TL,", "KT",
            "TM", "TL", "TUQ", "T/M", "K/T", "T/L",
        ]
        .iter()
        .find(|p| {
            w == **p
                || (w.starts_with(**p)
                    && w[p.len()..]
                        .chars()
                        .next()
                        .is_some_and(crate::text::fold::is_capital)
                    && p.ends_with(['.', ',']))
        });
        if let Some(p) = prefix {
            let next_caps = if w.len() > p.len() {
                true
            } else {
                ws.get(k + 1)
                    .is_some_and(|&(a, b)| is_caps_word(&text[a..b]))
            };
            // `KT,` is a scan's `KT.` only before a position (`KT, BỘ TRƯỞNG`), not in a list
            // of units' codes (`- Lưu: VT, KT, NCKSTTHC.`).
            let next_caps = next_caps
                && (!p.ends_with(',')
                    || w.len() == p.len() && {
                        let run = caps_run(text, ws, k + 1);
                        run > 0 && is_position_words(&text[ws[k + 1].0..ws[k + run].1])
                    });
            let dotted = p.ends_with(['.', ',']);
            // `- Lưu: VT, KT. TM. ỦY BAN …`: a unit's code before the real prefix.
            let prefix_follows = ws
                .get(k + 1)
                .is_some_and(|&(a, b)| w.len() == p.len() && is_authority_prefix(&text[a..b]));
            // A scan's label remnant or specks before the authority, after the body's words.
            let debris_at = (k > 0 && !clause && !in_recipients)
                .then(|| debris_before_authority(text, folded, ws, k))
                .flatten();
            if next_caps
                && !prefix_follows
                && (dotted || w.len() == p.len())
                && k > 0
                && (clause
                    || ends_caps(text, s)
                    || in_recipients
                    || scan_debris_before(ws, text, k)
                    || label_remnant_before(ws, text, k)
                    || debris_at.is_some())
            {
                if let Some(d) = debris_at {
                    // The remnant stands where the label stood: the recipients follow the title.
                    out.push((d, Cut::Row));
                    in_recipients = true;
                }
                out.push((s, Cut::Column));
                // The authority beside the label (`Nơi nhận: KT. GIÁM ĐỐC - Như trên; …`): the
                // recipients go on after its title.
                let run = caps_run(text, ws, k + 1);
                let dash = ws
                    .get(k + 1 + run)
                    .map(|&(a, _)| a)
                    .filter(|&a| text[a..].starts_with(['-', '–']));
                in_recipients &= dash.is_some();
                if let (true, Some(a)) = (in_recipients, dash) {
                    out.push((a, Cut::Row));
                }
                // The authority's title ends where the deputy's title or the position begins.
                position_after_authority(text, ws, k, out);
                k += 1 + run;
                continue;
            }
        }
        // An authority line on its own: its title is not a position beside a recipient.
        if k == 0 && is_authority_prefix(w) {
            // A web copy's cell holds the whole block (`KT. BỘ TRƯỞNG THỨ TRƯỞNG (Đã ký) Cao
            // Anh Tuấn`): the deputy's title and the name go on lines of their own.
            if ws.len() > 3 && 1 + caps_run(text, ws, 1) < ws.len() {
                position_after_authority(text, ws, 0, out);
            }
            k += 1 + caps_run(text, ws, 1);
            continue;
        }
        // A position in capitals at the end of a recipient (`- Như trên; PHÓ GIÁM ĐỐC`).
        if k > 0
            && clause
            && !is_authority_prefix(&text[ws[k - 1].0..ws[k - 1].1])
            && is_caps_word(w)
            && w.chars()
                .filter(|c| crate::text::fold::is_letter(*c))
                .count()
                >= 2
        {
            let run = caps_run(text, ws, k);
            if run >= 2 && is_position_words(&text[s..ws[k + run - 1].1]) {
                out.push((s, Cut::Column));
                name_after(text, ws, k + run, out);
                k += run;
                continue;
            }
        }
        // The signer's name beside the last recipient of its row (`- Bộ Tư pháp: các đơn vị
        // thuộc Bộ; Hân Chí Hiêu`): the rest of the line is a person's name.
        if (in_recipients || text.starts_with(['-', '–']))
            && k > 0
            && text[..s].trim_end().ends_with(';')
            && (2..=6).contains(&(ws.len() - k))
            && ws[k..].iter().all(|&(a, b)| !is_caps_word(&text[a..b]))
            && crate::recognize::clues::is_person_name(&text[s..])
        {
            out.push((s, Cut::Column));
            break;
        }
        k += 1;
    }
    // A name after a position line on the same line (`PHÓ GIÁM ĐỐC Nguyễn Văn An`).
    if ws.first().is_some_and(|&(a, b)| is_caps_word(&text[a..b])) {
        let run = caps_run(text, ws, 0);
        if run >= 2 && run < ws.len() && is_position_words(&text[..ws[run - 1].1]) {
            name_after(text, ws, run, out);
        }
    }
}

/// Only a scan's specks stand between the last recipient's `;` and `at` (`- GĐ, các PGĐ; ⁄⁄ -
/// Lưu: …`).
fn specks_after_item(text: &str, at: usize) -> bool {
    let before = text[..at].trim_end();
    let from = floor_boundary(before, before.len().saturating_sub(16));
    before[from..].rfind(';').is_some_and(|c| {
        let between = &before[from + c + 1..];
        !between.trim().is_empty() && is_scan_debris(between)
    })
}

/// The words from `k` to the end of the text are a person's name (two to five words in title
/// case, a known family name first), not a unit's (`Phòng Tổng Hợp`).
fn name_ends_text(text: &str, ws: &[(usize, usize)], k: usize) -> bool {
    let (s, _) = ws[k];
    (2..=5).contains(&(ws.len() - k))
        && ws[k..].iter().all(|&(a, b)| {
            let w = &text[a..b];
            w.starts_with(crate::text::fold::is_capital) && !is_caps_word(w)
        })
        && crate::recognize::clues::is_person_name(&text[s..])
        && !crate::recognize::clues::looks_like_body_name(&text[s..])
}

/// Word `k + 1` reads `nhận` (a scan's `ơi nhận:`, `Với nhận:` before it may be the label).
fn before_nhan(folded: &str, ws: &[(usize, usize)], k: usize) -> bool {
    ws.get(k + 1).is_some_and(|&(a, b)| {
        let f = &folded[a..b];
        f.starts_with("nhận") || f.starts_with("nhan")
    })
}

/// The recipients' label at word `k` (two words, then its colon) is followed by what opens the
/// closing: a recipient's dash (`- Như trên;`, a scan's `~- Như trên;`) or an authority
/// prefix (`KT. GIÁM ĐỐC`, `“KT. …`, `T/M BAN …`), past a scan's specks.
fn label_opens_closing(text: &str, ws: &[(usize, usize)], k: usize) -> bool {
    let Some(&(_, e)) = ws.get(k + 1) else {
        return false;
    };
    if !text[..e].ends_with(':') {
        return false;
    }
    let Some(&(a, b)) = ws[k + 2..].iter().find(|&&(a, b)| !is_speck(&text[a..b])) else {
        return false;
    };
    let w = text[a..b].trim_start_matches(['“', '"', '\'', '‘', '~', '_']);
    w.starts_with(['-', '–'])
        || is_authority_prefix(w.trim_end_matches(','))
            && ws
                .iter()
                .skip_while(|&&(x, _)| x < a)
                .nth(1)
                .is_some_and(|&(x, y)| is_caps_word(&text[x..y]) || w.len() > 4)
}

/// `KT.`, `TM.`, `TL.`, `TUQ.`, `Q.` (and the forms CK003 reports: `K/T`, `KT`, `KT.GIÁM`).
fn is_authority_prefix(w: &str) -> bool {
    let f = w.trim_end_matches(|c: char| {
        crate::text::fold::is_letter(c) && crate::text::fold::is_capital(c) && !"KTMLUQ".contains(c)
    });
    matches!(
        f.trim_end_matches('.'),
        "KT" | "TM" | "TL" | "TUQ" | "Q" | "K/T" | "T/M" | "T/L"
    ) && w.chars().next().is_some_and(crate::text::fold::is_capital)
}

/// How many words in capitals follow from word `k`.
fn caps_run(text: &str, ws: &[(usize, usize)], k: usize) -> usize {
    ws[k..]
        .iter()
        .take_while(|&&(a, b)| is_caps_word(&text[a..b]))
        .count()
}

/// In a scan run together, what the scan left between the body's last sentence and the
/// authority at word `k`: its specks or a remnant of the recipients' label (`… Trân trọng./. Tà
/// TM. BAN THƯỜNG VỤ - Như trên;`, `… thi hành „/, _—_ KT.CHỦ TỊCH … Nơi nhận:`). A stop
/// before them, or the recipients after the authority's title, tells it from prose.
fn debris_before_authority(
    text: &str,
    folded: &str,
    ws: &[(usize, usize)],
    k: usize,
) -> Option<usize> {
    let run = caps_run(text, ws, k);
    let closing_follows = ws.get(k + run).is_some_and(|&(a, _)| {
        text[a..].starts_with(['-', '–']) || folded[a..].starts_with("nơi nhận")
    });
    let lead = |j: usize| &text[ws[j].0..ws[k].0];
    let from = k.saturating_sub(3).max(1);
    // After a stop, the nearest: `này./: Ko k KT. …` keeps `này./:` with its sentence.
    let after_stop = (from..k)
        .rev()
        .find(|&j| is_scan_debris(lead(j)) && ends_clause(text, ws[j].0));
    // Before the recipients, specks alone (no letter: a word may end the sentence).
    let specks = || {
        (from..k).rev().find(|&j| {
            closing_follows
                && is_scan_debris(lead(j))
                && !lead(j).chars().any(crate::text::fold::is_letter_or_digit)
        })
    };
    after_stop.or_else(specks).map(|j| ws[j].0)
}

/// `caps_run`, a dash between two words in capitals going on with it (`BỘ LAO ĐỘNG - THƯƠNG
/// BINH VÀ XÃ HỘI`).
fn caps_run_with_dashes(text: &str, ws: &[(usize, usize)], k: usize) -> usize {
    let mut n = 0;
    while k + n < ws.len() {
        let (a, b) = ws[k + n];
        let w = &text[a..b];
        let dash = matches!(w, "-" | "–")
            && n > 0
            && ws
                .get(k + n + 1)
                .is_some_and(|&(c, d)| is_caps_word(&text[c..d]));
        if !(is_caps_word(w) || dash) {
            break;
        }
        n += 1;
    }
    n
}

/// Only a scan's specks before word `k` (`—_ KT.CHỦ TỊCH`).
fn scan_debris_before(ws: &[(usize, usize)], text: &str, k: usize) -> bool {
    ws[..k].iter().all(|&(a, b)| is_speck(&text[a..b]))
}

/// What a scan left of the recipients' label beside the authority of the other column (`Tà
/// TM. BAN THƯỜNG VỤ`, `R-.4ê th TL. CHỦ TỊCH`, `Ko k KT. TÔNG GIÁM ĐÓC`): a few letters at
/// the start of the line, no title in capitals.
fn label_remnant_before(ws: &[(usize, usize)], text: &str, k: usize) -> bool {
    let lead = text[..ws[k].0].trim();
    (1..=3).contains(&k)
        && lead.chars().count() <= 10
        && !lead.ends_with([',', ';'])
        && ws[..k].iter().all(|&(a, b)| !is_plain_caps(&text[a..b]))
}

/// After `KT. CHỦ TỊCH`, the deputy title (`PHÓ CHỦ TỊCH`) and the name on the same line.
fn position_after_authority(
    text: &str,
    ws: &[(usize, usize)],
    k: usize,
    out: &mut Vec<(usize, Cut)>,
) {
    let run = caps_run(text, ws, k);
    // A scan glued the prefix to the title's first word (`KT.CHỦ TỊCH 'CHÚ TỊCH …`).
    let glued = text[ws[k].0..ws[k].1]
        .split_once('.')
        .is_some_and(|(_, t)| t.starts_with(crate::text::fold::is_capital));
    // Words of the authority's title after the prefix: cut before a second position head.
    let mut position_at: Option<usize> = None;
    for j in k + 2..k + run {
        let (a, b) = ws[j];
        let prev = &text[ws[j - 1].0..ws[j - 1].1];
        // After the position, the signer's other office (`TM. HỘI ĐỒNG CHỦ TỊCH GIÁM ĐỐC SỞ
        // NỘI VỤ`): a title that opens after a whole one (`… TỊCH`, `… ĐỐC`), not the rest
        // of one (`TỔNG GIÁM ĐỐC`, `PHÓ CHỦ TỊCH`).
        if let Some(p) = position_at {
            let ends_title = ["tịch", "đốc", "trưởng", "thư", "nhiệm", "ban", "đoàn"]
                .contains(&fold_case(prev).as_str());
            if j > p + 1 && ends_title && is_position_words(&text[a..ws[k + run - 1].1]) {
                out.push((a, Cut::Row));
                break;
            }
            continue;
        }
        // `TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH`: the deputy's prefix opens a line of its own,
        // and the title after it is the authority's, not a position.
        if is_authority_prefix(&text[a..b]) {
            out.push((a, Cut::Row));
            continue;
        }
        if is_authority_prefix(prev) {
            continue;
        }
        let rest = &text[a..ws[k + run - 1].1];
        let f = fold_case(rest);
        if f.starts_with("phó ")
            || f.starts_with("thứ trưởng")
            || f.starts_with("chánh văn phòng")
            || (j > k + 1 + usize::from(!glued)
                && is_position_words(rest)
                // `BỘ TRƯỞNG, CHỦ NHIỆM`: one title of two offices.
                && !text[ws[j - 1].0..ws[j - 1].1].ends_with(',')
                && !fold_case(&text[ws[j - 1].0..ws[j - 1].1]).starts_with("phó"))
        {
            out.push((a, Cut::Row));
            position_at = Some(j);
        }
    }
    name_after(text, ws, k + run, out);
}

/// Capitalised words that open the line after a signature (`Số điện thoại liên hệ`, `Nơi
/// nhận:`, `Địa chỉ`, `Email`) and are no part of any Vietnamese name.
const NEVER_IN_A_NAME: &[&str] = &["Số", "Nơi", "Kính", "Điện", "Địa", "Email", "Fax", "Tel"];

/// A person's name starting at word `k` (title case, two to five words): cut before it.
fn name_after(text: &str, ws: &[(usize, usize)], mut k: usize, out: &mut Vec<(usize, Cut)>) {
    // A web copy's `(Đã ký)` (`(đã ký)`, `[Đã ký]`) where the signature was: a line of its own.
    if let (Some(&(a, _)), Some(&(_, b))) = (ws.get(k), ws.get(k + 1)) {
        let sk = crate::text::fold::skeleton(&text[a..b]);
        if matches!(sk.trim(), "(da ky)" | "[da ky]" | "(da ky va dong dau)") {
            out.push((a, Cut::Row));
            k += 2;
        }
    }
    let Some(&(a, _)) = ws.get(k) else { return };
    // Academic titles before the name (`GS. TS. Lê Thanh Sơn`), which CK006 reports.
    let titles = ws[k..ws.len().min(k + 3)]
        .iter()
        .take_while(|&&(x, y)| crate::recognize::clues::HONORIFICS.contains(&&text[x..y]))
        .count();
    let k = k + titles;
    // An officer signs with the rank before the name (`Thượng tướng Vũ Hải Sản`).
    let rank = {
        let first: Vec<&str> = ws[k..ws.len().min(k + 3)]
            .iter()
            .map(|&(x, y)| &text[x..y])
            .collect();
        crate::recognize::clues::rank_words(&first).unwrap_or(0)
    };
    let n = rank
        + ws[k + rank..]
            .iter()
            .enumerate()
            .take_while(|&(j, &(x, y))| {
                let w = &text[x..y];
                // `Nguyễn Văn An Phụ lục …`: the appendix that follows is no part of the name.
                let appendix = w == "Phụ"
                    && ws
                        .get(k + rank + j + 1)
                        .is_some_and(|&(p, q)| text[p..q].starts_with("lục"));
                w.chars().next().is_some_and(crate::text::fold::is_capital)
                    && !is_caps_word(w)
                    && !appendix
                    && !NEVER_IN_A_NAME.contains(&w.trim_end_matches(':'))
            })
            .count();
    if (2..=5).contains(&(n - rank)) && (titles == 0 || rank == 0) {
        let name = &text[a..ws[k + n - 1].1];
        if crate::recognize::clues::is_person_name(name) {
            out.push((a, Cut::Row));
            if let Some(&(b, _)) = ws.get(k + n) {
                out.push((b, Cut::Row));
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::recognize::clues::is_scan_debris;

    /// Recipients whose dash is `–` (three bytes), glued to the item (`–Sở Tài chính;`), in a
    /// document run together on one line: the fuzzer's find, a slice inside the dash.
    #[test]
    fn en_dash_recipients_run_together_are_cut_on_char_boundaries() {
        let lines = crate::test_corpus::decision(&[
            "Điều 1. Thành lập Đoàn kiểm tra.",
            "Nơi nhận:",
            "– Như Điều 1;",
            "–Sở Tài chính;",
            "–Lưu: VT, VP.",
            "KT. CHỦ TỊCH",
            "PHÓ CHỦ TỊCH",
            "Nguyễn Văn An",
        ]);
        let one_line = lines.join(" ") + "\n";
        let report = crate::check_str(&one_line, &crate::Config::default());
        assert!(report.document.run_together);
    }
    /// An appendix's heading in a document run together: its Roman number stays with the
    /// label (`Phụ lục II`), its name in capitals opens the next line.
    #[test]
    fn an_appendix_number_run_together_stays_with_its_label() {
        let mut lines = crate::test_corpus::decision(&[
            "Điều 1. Công bố kết quả tại Phụ lục I và Phụ lục II đính kèm.",
            "Nơi nhận:",
            "- Như Điều 1;",
            "- Lưu: VT, NC.",
            "KT. CHỦ TỊCH",
            "PHÓ CHỦ TỊCH",
            "Nguyễn Ngọc Phúc",
        ]);
        for n in ["I", "II"] {
            lines.extend([
                if n == "I" { "Phụ lục I" } else { "Phụ lục II" },
                "KẾT QUẢ CHỈ SỐ CẢI CÁCH HÀNH CHÍNH NĂM 2025",
                "(Kèm theo Quyết định số 12/QĐ-UBND ngày 05 tháng 3 năm 2026 của Chủ tịch UBND tỉnh)",
                "Đơn vị được đánh giá xếp loại tốt.",
            ]);
        }
        let one_line = lines.join(" ") + "\n";
        let parsed = crate::check::parse(&one_line);
        let text = parsed.text();
        let headings: Vec<&str> = parsed
            .appendices
            .iter()
            .map(|a| parsed.lines[a.heading].span.of(text))
            .collect();
        assert_eq!(headings, ["Phụ lục I", "Phụ lục II"]);
    }

    /// A tờ trình's outline of a draft law numbers its items and names the draft's chapters
    /// and articles in them (`4.2. Chương II. …`, `2. Điều 5. …`): each item stays one line,
    /// the chapter its title, so the items number on (`4.1`, `4.2`) under the outline's heading.
    #[test]
    fn a_heading_word_after_an_item_number_is_the_item_s_title() {
        let text = crate::test_corpus::decision(&[
            "IV. BỐ CỤC VÀ NỘI DUNG CƠ BẢN CỦA DỰ THẢO LUẬT",
            "g) Chương VI - Quản lý nhà nước; Chương VII - Điều khoản thi hành (Từ Điều 28 đến Điều 31)",
            "h) Chương VII - Điều khoản thi hành (Từ Điều 32 đến Điều 33).",
            "4.1. Chương I. Quy định chung, gồm 08 điều (từ Điều 1 đến Điều 8)",
            "- Chương này quy định phạm vi điều chỉnh và đối tượng áp dụng.",
            "4.2. Chương II. Bảo vệ tài nguyên địa chất, khoáng sản chưa khai thác",
            "- Chương này quy định trách nhiệm bảo vệ tài nguyên địa chất.",
            "4.3. Điều 5. Sửa đổi quy định về khu vực cấm hoạt động khoáng sản",
        ])
        .join("\n")
            + "\n";
        let parsed = crate::check::parse(&text);
        let t = parsed.text();
        let items: Vec<&str> = parsed
            .lines
            .iter()
            .map(|l| l.span.of(t))
            .filter(|l| l.starts_with("4."))
            .collect();
        assert_eq!(
            items,
            [
                "4.1. Chương I. Quy định chung, gồm 08 điều (từ Điều 1 đến Điều 8)",
                "4.2. Chương II. Bảo vệ tài nguyên địa chất, khoáng sản chưa khai thác",
                "4.3. Điều 5. Sửa đổi quy định về khu vực cấm hoạt động khoáng sản",
            ]
        );
        assert!(parsed
            .lines
            .iter()
            .all(|l| !l.span.of(t).starts_with("Chương") && !l.span.of(t).starts_with("Điều 5")));
        assert!(parsed.lines.iter().any(|l| l.span.of(t)
            == "g) Chương VI - Quản lý nhà nước; Chương VII - Điều khoản thi hành (Từ Điều 28 đến Điều 31)"));
    }

    #[test]
    fn item_labels_are_told_from_numbers_and_words() {
        for w in ["4.2.", "3.", "2)", "IV.", "b)", "10.1."] {
            assert!(is_item_label(w), "{w}");
        }
        for w in ["2025", "Số", "4.2", "Điều", "(1)", ".", "AB."] {
            assert!(!is_item_label(w), "{w}");
        }
    }

    use super::*;

    fn parts(text: &str, zone: Zone) -> Vec<String> {
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

    const CLOSING: Zone = Zone {
        header: false,
        closing: true,
        after_number: true,
        title_seen: true,
        number_follows: false,
        collapsed: false,
    };

    const HEADER: Zone = Zone {
        header: true,
        closing: false,
        after_number: false,
        title_seen: false,
        number_follows: false,
        collapsed: false,
    };

    const BODY: Zone = Zone {
        header: false,
        closing: false,
        after_number: true,
        title_seen: true,
        number_follows: false,
        collapsed: false,
    };

    /// A regulation run together: `Chương` and `Mục` (as written, in title case) after a
    /// sentence's end open a line of their own.
    #[test]
    fn chapters_and_sections_run_together_start_their_lines() {
        assert_eq!(
            parts(
                "Điều 2. Quy chế này áp dụng đối với các sở. Chương II QUY ĐỊNH CỤ THỂ",
                BODY
            ),
            [
                "Điều 2. Quy chế này áp dụng đối với các sở.",
                "Chương II QUY ĐỊNH CỤ THỂ"
            ]
        );
        assert_eq!(
            parts(
                "Điều 5. Chế độ báo cáo định kỳ hằng quý. Mục 2 CÔNG TÁC CÁN BỘ",
                BODY
            ),
            [
                "Điều 5. Chế độ báo cáo định kỳ hằng quý.",
                "Mục 2 CÔNG TÁC CÁN BỘ"
            ]
        );
    }

    #[test]
    fn a_unit_code_glued_to_the_ky_hieu_stays_in_the_number() {
        assert_eq!(
            parts("Số: 409 /TTr-CAT(PC04)", HEADER),
            ["Số: 409 /TTr-CAT(PC04)"]
        );
        // A note in brackets after a space is the next column's.
        assert_eq!(
            parts("Số: 12/SCT-KT (Dự thảo lần 2)", HEADER),
            ["Số: 12/SCT-KT", "(Dự thảo lần 2)"]
        );
    }

    #[test]
    fn header_rows_written_with_one_space_between_columns() {
        assert_eq!(
            parts(
                "UBND TỈNH LÀO CAI CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                HEADER
            ),
            ["UBND TỈNH LÀO CAI", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"]
        );
        assert_eq!(
            parts("SỞ CÔNG THƯƠNG Độc lập - Tự do - Hạnh phúc", HEADER),
            ["SỞ CÔNG THƯƠNG", "Độc lập - Tự do - Hạnh phúc"]
        );
        assert_eq!(
            parts("Số: 12/SCT-KT Lào Cai, ngày 05 tháng 3 năm 2026", HEADER),
            ["Số: 12/SCT-KT", "Lào Cai, ngày 05 tháng 3 năm 2026"]
        );
        assert_eq!(
            parts(
                "Số: 1894 /TB-SCT Thành phố Hồ Chí Minh, ngày 23 tháng 7 năm 2026",
                HEADER
            ),
            [
                "Số: 1894 /TB-SCT",
                "Thành phố Hồ Chí Minh, ngày 23 tháng 7 năm 2026"
            ]
        );
        // The period that closes a date stays with it; the type name after it is cut off.
        assert_eq!(
            parts("Lào Cai, ngày 05 tháng 3 năm 2026. KẾ HOẠCH", HEADER),
            ["Lào Cai, ngày 05 tháng 3 năm 2026.", "KẾ HOẠCH"]
        );
    }

    /// A document run together on one line: headings in capitals before their first item,
    /// a preamble opening with `Thực hiện` after a trích yếu, a double authority, a unit's
    /// code `KT.` ending the Lưu, the Party's `T/M.`, an appendix after the signer's name.
    #[test]
    fn the_structure_of_a_document_run_together() {
        let filler = " Nội dung được trình bày đầy đủ, rõ ràng, đúng quy định.".repeat(4);
        let head = "ỦY BAN NHÂN DÂN TỈNH LAI CHÂU CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc Số: 05/KH-UBND Lai Châu, ngày 31 tháng 3 năm 2026";
        let text = format!("{head} KẾ HOẠCH Triển khai thi hành Luật Trí tuệ nhân tạo trên địa bàn tỉnh Lai Châu Thực hiện Quyết định số 367/QĐ-TTg ngày 20/3/2026 của Thủ tướng Chính phủ. I. MỤC ĐÍCH, YÊU CẦU 1. Mục đích{filler} 2. Yêu cầu a) Xác định rõ nhiệm vụ; b) Bảo đảm tiến độ.{filler} Nơi nhận: - Các Sở, ban, ngành; - Lưu: VT, KT. TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH PHÓ CHỦ TỊCH Nguyễn Thành Sinh Phụ lục MỘT SỐ NHIỆM VỤ TRỌNG TÂM");
        let got = parts(&text, HEADER);
        let has = |p: &str| got.iter().any(|g| g == p);
        for p in [
            "Triển khai thi hành Luật Trí tuệ nhân tạo trên địa bàn tỉnh Lai Châu",
            "Thực hiện Quyết định số 367/QĐ-TTg ngày 20/3/2026 của Thủ tướng Chính phủ.",
            "I. MỤC ĐÍCH, YÊU CẦU",
            "2. Yêu cầu",
            "a) Xác định rõ nhiệm vụ;",
            "- Lưu: VT, KT.",
            "TM. ỦY BAN NHÂN DÂN",
            "KT. CHỦ TỊCH",
            "PHÓ CHỦ TỊCH",
            "Nguyễn Thành Sinh",
            "Phụ lục",
            "MỘT SỐ NHIỆM VỤ TRỌNG TÂM",
        ] {
            assert!(has(p), "{p:?} not a line of {got:#?}");
        }
        assert!(got.iter().any(|g| g.starts_with("1. Mục đích")), "{got:#?}");
        let party = format!("{head} KẾ HOẠCH Kiểm tra việc chấp hành{filler} Nơi nhận: - Như trên; - Lưu: VT. T/M. ĐOÀN KIỂM TRA TRƯỞNG ĐOÀN Hoàng Văn Thuân PHỤ LỤC I DANH SÁCH");
        let got = parts(&party, HEADER);
        let tail: Vec<&str> = got.iter().rev().take(6).rev().map(String::as_str).collect();
        assert_eq!(
            tail,
            [
                "- Lưu: VT.",
                "T/M. ĐOÀN KIỂM TRA",
                "TRƯỞNG ĐOÀN",
                "Hoàng Văn Thuân",
                "PHỤ LỤC I",
                "DANH SÁCH"
            ]
        );
    }

    /// A closing with no authority prefix (`GIÁM ĐỐC` alone) is found inside the line; the
    /// signer's name right after the Lưu item, with no title (an OCR that lost it), and a Prime
    /// Minister's title are cut too.
    #[test]
    fn a_closing_inside_a_document_run_together() {
        let head = "UBND TỈNH LÀO CAI SỞ CÔNG THƯƠNG Số: 1050 /QĐ-SCT CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc Lào Cai, ngày 06 tháng 3 năm 2026 QUYẾT ĐỊNH Kiểm tra việc chấp hành pháp luật Căn cứ Luật số 42/2024/QH15 ngày 29/6/2024 về Quản lý, sử dụng vũ khí, vật liệu nổ và công cụ hỗ trợ;";
        let text = format!("{head} 2. Chánh Văn phòng Sở chịu trách nhiệm thi hành Quyết định này. Quyết định này có hiệu lực kể từ ngày ký./. Nơi nhận: - UBND tỉnh (để báo cáo); - Như Điều 5; - Lưu: VT, CN(M.Cường). GIÁM ĐỐC Hoàng Chí Hiền Phụ lục: DANH SÁCH CÁC ĐƠN VỊ KIỂM TRA");
        let got = parts(&text, HEADER);
        let tail: Vec<&str> = got.iter().rev().take(7).rev().map(String::as_str).collect();
        assert_eq!(
            tail,
            [
                "Nơi nhận:",
                "- UBND tỉnh (để báo cáo);",
                "- Như Điều 5;",
                "- Lưu: VT, CN(M.Cường).",
                "GIÁM ĐỐC",
                "Hoàng Chí Hiền",
                "Phụ lục: DANH SÁCH CÁC ĐƠN VỊ KIỂM TRA"
            ],
            "{got:#?}"
        );
        let text = format!("{head} Nơi nhận: - Như trên; - Lưu: VT, HCBT. Phạm Thị Minh Hiếu");
        let got = parts(&text, HEADER);
        assert_eq!(
            got[got.len() - 2..],
            ["- Lưu: VT, HCBT.", "Phạm Thị Minh Hiếu"]
        );
        let text = format!(
            "{head} Nơi nhận: - Như Điều 3; - Lưu: VT, KSTT (2). THỦ TƯỚNG Phạm Minh Chính"
        );
        let got = parts(&text, HEADER);
        assert_eq!(
            got[got.len() - 3..],
            ["- Lưu: VT, KSTT (2).", "THỦ TƯỚNG", "Phạm Minh Chính"]
        );
    }

    /// The text of line `i` of a parsed document.
    fn line_of(parsed: &crate::check::Parsed, i: Option<usize>) -> Option<&str> {
        i.map(|i| parsed.lines[i].span.of(parsed.text()))
    }

    /// A body and closing that make a header run together a whole document on one line.
    const RUN_TOGETHER_TAIL: &str = "Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025; Theo đề nghị của Chánh Văn phòng. Điều 1. Giao các cơ quan, đơn vị triển khai thực hiện nhiệm vụ được giao. Điều 2. Văn bản này có hiệu lực kể từ ngày ký./. Nơi nhận: - Như Điều 2; - Lưu: VT, VP. KT. GIÁM ĐỐC PHÓ GIÁM ĐỐC Nguyễn Hoàng Đạo";

    /// Headers run together whose number and date do not stand where a header read row by
    /// row puts them: a law's number named by its type, a bare number whose ký hiệu a signed
    /// PDF set apart, the Youth Union's heading and a V/v in quotes, the date before the
    /// number under an issuer named after a decision, a portal's label naming a body before
    /// the issuer, an issuer's name printed twice with a dash inside it.
    #[test]
    fn header_numbers_and_headings_in_a_document_run_together() {
        let parse = |head: &str| crate::check::parse(&format!("{head} {RUN_TOGETHER_TAIL}\n"));
        let law = parse("QUỐC HỘI CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc Luật số: 140/2025/QH15 LUẬT SỬA ĐỔI, BỔ SUNG MỘT SỐ ĐIỀU CỦA LUẬT GIÁ");
        assert_eq!(line_of(&law, law.header.so), Some("Luật số: 140/2025/QH15"));
        let title = law.title.as_ref().expect("a title");
        assert_eq!(line_of(&law, Some(title.type_line)), Some("LUẬT"));
        assert_eq!(
            line_of(&law, title.trich_yeu.first().copied()),
            Some("SỬA ĐỔI, BỔ SUNG MỘT SỐ ĐIỀU CỦA LUẬT GIÁ")
        );

        let split_number = parse("UBND TỈNH LÂM ĐỒNG SỞ DÂN TỘC VÀ TÔN GIÁO Số: 427 CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM /SDTTG-VP Độc lập - Tự do - Hạnh phúc Lâm Đồng, ngày 04 tháng 9 năm 2025 V/v cử lãnh đạo Sở tham gia Ban Vì sự tiến bộ của phụ nữ Kính gửi: Sở Nội vụ tỉnh Lâm Đồng.");
        assert_eq!(
            line_of(&split_number, split_number.header.so),
            Some("Số: 427 /SDTTG-VP")
        );

        let youth = parse("BCH ĐOÀN TỈNH LÂM ĐỒNG *** Số: 156 -CV/TĐTN-BCTĐ&TTN ĐOÀN TNCS HỒ CHÍ MINH Lâm Đồng, ngày 04 tháng 9 năm 2025 “V/v giới thiệu Lãnh đạo tham gia Ban Vì sự tiến bộ của phụ nữ” Kính gửi: Sở Nội vụ tỉnh Lâm Đồng.");
        assert_eq!(
            line_of(&youth, youth.header.party_heading),
            Some("ĐOÀN TNCS HỒ CHÍ MINH")
        );
        assert_eq!(
            line_of(&youth, youth.header.place_date),
            Some("Lâm Đồng, ngày 04 tháng 9 năm 2025")
        );

        let date_first = parse("SỞ CÔNG THƯƠNG ĐOÀN KIỂM TRA THEO QUYẾT ĐỊNH SỐ 1050/QĐ-SCT CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh Phúc Lào Cai, ngày 10 tháng 3 năm 2026 Số: 1105/KH-ĐKT KẾ HOẠCH Kiểm tra việc chấp hành quy định pháp luật về vật liệu nổ công nghiệp");
        assert_eq!(
            line_of(&date_first, date_first.header.so),
            Some("Số: 1105/KH-ĐKT")
        );
        assert_eq!(
            line_of(&date_first, date_first.header.place_date),
            Some("Lào Cai, ngày 10 tháng 3 năm 2026")
        );

        let issuers = |p: &crate::check::Parsed| -> Vec<String> {
            p.header
                .issuer
                .iter()
                .map(|&i| p.lines[i].span.of(p.text()).to_owned())
                .collect()
        };
        let labelled = parse("Cơ quan phát hành: VĂN PHÒNG CHÍNH PHỦ THỦ TƯỚNG CHÍNH PHỦ CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc Số: 2319/QĐ-TTg Hà Nội, ngày 20 tháng 10 năm 2025 QUYẾT ĐỊNH Thành lập Ban Chỉ đạo quốc gia về dữ liệu");
        assert_eq!(issuers(&labelled), ["THỦ TƯỚNG CHÍNH PHỦ"]);

        let twice = parse("BỘ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI BỘ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI Số: 169/QĐ-BLĐTBXH CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc Hà Nội, ngày 24 tháng 01 năm 2025 QUYẾT ĐỊNH Về việc công bố Danh mục văn bản hết hiệu lực");
        assert_eq!(
            issuers(&twice).last().map(String::as_str),
            Some("BỘ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI")
        );
    }

    /// Closings run together in the order a two-column closing is read row by row: the
    /// recipients' label after the authority or the position beside it, a web copy's `(đã
    /// ký)` beside a recipient, a signer with academic titles right after the Lưu, a note in
    /// brackets under the Lưu, a stop written apart at the Lưu's end.
    #[test]
    fn closings_read_row_by_row_in_a_document_run_together() {
        let head = "UBND TỈNH LÂM ĐỒNG SỞ XÂY DỰNG Số: 2873/SXD-QLN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc Lâm Đồng, ngày 05 tháng 3 năm 2026 V/v góp ý thành lập Ban vận động Kính gửi: Sở Nội vụ tỉnh Lâm Đồng. Căn cứ Nghị định số 126/2024/NĐ-CP ngày 08/10/2024 của Chính phủ; Trên đây là ý kiến của Sở Xây dựng./.";
        let tail = |text: &str, n: usize| -> Vec<String> {
            let got = parts(text, HEADER);
            got[got.len() - n..].to_vec()
        };
        let text = format!("{head} KT. GIÁM ĐỐC Nơi nhận: - Như trên; - GĐ Sở (b/cáo); - Lưu: VT, QLN. PHÓ GIÁM ĐỐC Hồ Ngọc Phong Hải");
        assert_eq!(
            tail(&text, 7),
            [
                "KT. GIÁM ĐỐC",
                "Nơi nhận:",
                "- Như trên;",
                "- GĐ Sở (b/cáo);",
                "- Lưu: VT, QLN.",
                "PHÓ GIÁM ĐỐC",
                "Hồ Ngọc Phong Hải"
            ]
        );
        let text = format!("{head} KT. HIỆU TRƯỞNG PHÓ HIỆU TRƯỞNG Nơi nhận: - ĐHQGHN (để báo cáo); (đã ký) - Các đơn vị (để thực hiện); - Lưu: VT, ĐT. GS. TS. Lê Thanh Sơn");
        assert_eq!(
            tail(&text, 8),
            [
                "KT. HIỆU TRƯỞNG",
                "PHÓ HIỆU TRƯỞNG",
                "Nơi nhận:",
                "- ĐHQGHN (để báo cáo);",
                "(đã ký)",
                "- Các đơn vị (để thực hiện);",
                "- Lưu: VT, ĐT.",
                "GS. TS. Lê Thanh Sơn"
            ]
        );
        let text = format!("{head} Nơi nhận: - Các PCT UBND xã; - Lưu: VT. (b/c) TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH PHÓ CHỦ TỊCH Lê Thị Thu Hằng");
        assert_eq!(
            tail(&text, 6)[..3],
            ["- Lưu: VT.", "(b/c)", "TM. ỦY BAN NHÂN DÂN"]
        );
        // The drafter's name in brackets stays in the Lưu.
        let text = format!("{head} Nơi nhận: - Như trên; - Lưu: VT, VP. (Giang) KT. GIÁM ĐỐC PHÓ GIÁM ĐỐC Nguyễn Văn An");
        assert_eq!(tail(&text, 4)[0], "- Lưu: VT, VP. (Giang)");
        // Parsed whole: the stop the Lưu's writer set apart stays on its line.
        let text = format!("{head} Nơi nhận: - Như trên; - Lưu: VT, NNTN, KGVX. PTDL . TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH PHÓ CHỦ TỊCH Nguyễn Hữu Tháp\n");
        let parsed = crate::check::parse(&text);
        let luu = parsed.closing.noi_nhan.as_ref().and_then(|n| n.luu);
        assert_eq!(line_of(&parsed, luu), Some("- Lưu: VT, NNTN, KGVX. PTDL ."));
    }

    /// An appendix's label in capitals and its name, and a legal site's source line at the
    /// end, in a document run together.
    #[test]
    fn an_appendix_name_and_a_source_line_at_the_end_of_a_document_run_together() {
        let head = "ỦY BAN NHÂN DÂN TỈNH KON TUM CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc Số: 3584/KH-UBND Kon Tum, ngày 07 tháng 10 năm 2024 KẾ HOẠCH Ứng dụng trí tuệ nhân tạo trên địa bàn tỉnh Căn cứ Quyết định số 127/QĐ-TTg ngày 26/01/2021 của Thủ tướng Chính phủ; Nơi nhận: - Như trên; - Lưu: VT. TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH PHÓ CHỦ TỊCH Nguyễn Hữu Tháp";
        let text = format!("{head} PHỤ LỤC CÁC NHIỆM VỤ TRỌNG TÂM GIAI ĐOẠN 2025-2030 (Ban hành kèm theo Kế hoạch số 3584/KH-UBND ngày 07 tháng 10 năm 2024 của Ủy ban nhân dân tỉnh) TT Nhiệm vụ Nguồn tra cứu: vanban.phaplyvn.com");
        let got = parts(&text, HEADER);
        for p in [
            "PHỤ LỤC",
            "CÁC NHIỆM VỤ TRỌNG TÂM GIAI ĐOẠN 2025-2030",
            "Nguồn tra cứu: vanban.phaplyvn.com",
        ] {
            assert!(got.iter().any(|g| g == p), "{p:?} not a line of {got:#?}");
        }
        let text = format!("{head} PHỤ LỤC II ĐỀ CƯƠNG BÁO CÁO PHỤC VỤ CÔNG TÁC KIỂM TRA");
        let got = parts(&text, HEADER);
        assert_eq!(
            got[got.len() - 2..],
            ["PHỤ LỤC II", "ĐỀ CƯƠNG BÁO CÁO PHỤC VỤ CÔNG TÁC KIỂM TRA"]
        );
    }

    /// A Markdown table's cell holds the label and every recipient, longer than a line of
    /// prose: it is cut all the same.
    #[test]
    fn a_long_cell_of_recipients_after_its_label() {
        let items: Vec<String> = (1..=12)
            .map(|k| format!("- Ủy ban nhân dân các tỉnh, thành phố số {k};"))
            .collect();
        let text = format!(
            "Nơi nhận: {}  - Lưu: VT, Cục DNNN (…..b).",
            items.join("  ")
        );
        assert!(text.len() > LONG_LINE);
        let got = parts(&text, CLOSING);
        assert_eq!(got.len(), 14, "{got:#?}");
        assert_eq!(got[0], "Nơi nhận:");
        assert_eq!(got[13], "- Lưu: VT, Cục DNNN (…..b).");
    }

    /// A chatbot's answer run together keeps its Markdown marks glued to the anchors
    /// (`**Nơi nhận:**`, `**KT. GIÁM ĐỐC PHÓ GIÁM ĐỐC**`): the cuts fall as without them.
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

    /// The first item of a list opens a line after a heading that has no stop (`Điều 2. Đối
    /// tượng … 1. Đối tượng kiểm tra`, `2. Trong quá trình khai thác 2.1. Thực hiện`) when the
    /// next item follows; a cited part (`khoản 1.`, `Bảng 1.`) or a number with no sibling
    /// (a footnote's `1.` in a sentence) does not.
    #[test]
    fn the_first_item_after_a_heading_without_a_stop() {
        let head = "ỦY BAN NHÂN DÂN TỈNH LÀO CAI CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc Số: 12/QĐ-UBND Lào Cai, ngày 05 tháng 3 năm 2026 QUYẾT ĐỊNH Về việc kiểm tra Căn cứ Luật Tổ chức chính quyền địa phương; QUYẾT ĐỊNH:";
        let text = format!("{head} Điều 2. Đối tượng, phạm vi, nội dung kiểm tra 1. Đối tượng kiểm tra: Gồm 03 đơn vị. 2. Phạm vi kiểm tra: toàn tỉnh. 3. Trong quá trình khai thác 3.1. Thực hiện nghiêm túc các nghĩa vụ. 3.2. Quản lý sản lượng theo Bảng 1. Việc điều tra xã hội học có 07/09 sở thống nhất 1. Trong đó, nhiều ý kiến.");
        let got = parts(&text, HEADER);
        let has = |p: &str| got.iter().any(|g| g == p);
        for p in [
            "Điều 2. Đối tượng, phạm vi, nội dung kiểm tra",
            "1. Đối tượng kiểm tra: Gồm 03 đơn vị.",
            "3. Trong quá trình khai thác",
            "3.1. Thực hiện nghiêm túc các nghĩa vụ.",
        ] {
            assert!(has(p), "{p:?} not a line of {got:#?}");
        }
        assert!(
            got.last().is_some_and(
                |l| l.starts_with("3.2. Quản lý sản lượng theo Bảng 1. Việc")
                    && l.ends_with("thống nhất 1. Trong đó, nhiều ý kiến.")
            ),
            "{got:#?}"
        );
    }

    /// The next item of a list cut earlier on the line opens a line even where the item before
    /// it ended with no stop (`… xây dựng 5. Sở Tài chính`); a number that is not the next
    /// one, or that a word cites, does not.
    #[test]
    fn the_next_item_of_a_list_after_an_item_without_a_stop() {
        let head = "ỦY BAN NHÂN DÂN TỈNH LÀO CAI CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc Số: 12/KH-UBND Lào Cai, ngày 05 tháng 3 năm 2026 KẾ HOẠCH Triển khai Chỉ thị số 11-CT/TU Căn cứ Luật Tổ chức chính quyền địa phương;";
        let text = format!("{head} IV. TỔ CHỨC THỰC HIỆN 1. Sở Xây dựng: - Công bố giá vật liệu xây dựng. 2. Sở Tài chính: a) Thẩm định vốn chủ sở hữu b) Kiểm tra hồ sơ d) Tham mưu bảng giá tính thuế 3. Sở Nội vụ: tuyên truyền pháp luật lao động 5. Sở Y tế theo dõi theo khoản 4. Điều 2 Luật này 2.1. Cơ sở");
        let got = parts(&text, HEADER);
        let starts = |p: &str| got.iter().any(|g| g.starts_with(p));
        for p in ["2. Sở Tài chính:", "b) Kiểm tra hồ sơ", "3. Sở Nội vụ:"] {
            assert!(starts(p), "{p:?} opens no line of {got:#?}");
        }
        for p in ["d)", "5.", "4.", "2.1."] {
            assert!(!starts(p), "{p:?} opens a line of {got:#?}");
        }
    }

    /// Points a sentence quotes are its words; a quoted text after a colon keeps its items.
    #[test]
    fn points_quoted_inside_a_sentence_are_not_cut() {
        let head = "UBND TỈNH LÂM ĐỒNG SỞ TƯ PHÁP CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc Số: 141/TTr-STP Lâm Đồng, ngày 09 tháng 12 năm 2025 TỜ TRÌNH Về việc hợp nhất Kính gửi: Chủ tịch Ủy ban nhân dân tỉnh. Sở Tư pháp trình như sau:";
        let text = format!("{head} 1. Cơ sở pháp lý: quy định thành phần hồ sơ còn có “d) Dự thảo điều lệ hội (bản chính); đ) Sơ yếu lý lịch cá nhân; e) Văn bản chứng minh trụ sở”. 2. Điều 3 được sửa đổi như sau: “a) Hồ sơ gồm đơn; b) Điều lệ.” 3. Thẩm quyền theo thủ tục rút gọn “a) Ủy ban Thường vụ Quốc hội quyết định\". 4. Nội dung xin ý kiến: a) Tại Trung ương; b) Tại địa phương. Nơi nhận: - Như trên; - Lưu: VT. KT. GIÁM ĐỐC PHÓ GIÁM ĐỐC Nguyễn Văn An");
        let got = parts(&text, HEADER);
        let starts = |p: &str| got.iter().any(|g| g.starts_with(p));
        assert!(!starts("đ)") && !starts("e)"), "{got:#?}");
        assert!(starts("b) Điều lệ"), "{got:#?}");
        // A quotation closed with a straight quote ends there.
        assert!(
            starts("4. Nội dung") && starts("b) Tại địa phương"),
            "{got:#?}"
        );
    }

    /// A heading that ends with a word that cites points (`chấm điểm`) has its first point
    /// after it; `điểm a) Khoản 2` cites one.
    #[test]
    fn the_first_point_after_a_heading_ending_with_a_citing_word() {
        let head = "BỘ NỘI VỤ CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc Số: 12094/BNV-CCHC Hà Nội, ngày 15 tháng 12 năm 2025 V/v hướng dẫn Kính gửi: Ủy ban nhân dân các tỉnh. Bộ Nội vụ hướng dẫn như sau:";
        let text = format!("{head} 1. Về công tác tự đánh giá, chấm điểm a) Hướng dẫn tự đánh giá: các tỉnh tự chấm. b) Thời hạn: trước ngày 15. 2. Về điều tra theo điểm a) Khoản 2 Điều 3 Quyết định này. b) Mẫu phiếu. Nơi nhận: - Như trên; - Lưu: VT. KT. BỘ TRƯỞNG THỨ TRƯỞNG Nguyễn Văn An");
        let got = parts(&text, HEADER);
        let starts = |p: &str| got.iter().any(|g| g.starts_with(p));
        assert!(starts("a) Hướng dẫn"), "{got:#?}");
        assert!(!starts("a) Khoản"), "{got:#?}");
    }

    /// A Kính gửi run together with the letter's first sentence ends at a stop before a capital,
    /// or at a date opening a sentence; an abbreviation's stop (`TP.`) ends nothing.
    #[test]
    fn where_a_run_together_addressee_ends() {
        let head = "BỘ NỘI VỤ CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc Số: 12/BNV-CCHC Hà Nội, ngày 15 tháng 12 năm 2025 V/v hướng dẫn triển khai Đề án";
        let tail = "Căn cứ Quyết định số 1187/QĐ-BNV ngày 15/10/2025 của Bộ trưởng Bộ Nội vụ; Nơi nhận: - Như trên; - Lưu: VT. KT. BỘ TRƯỞNG THỨ TRƯỞNG Nguyễn Văn An";
        let text = format!("{head} Kính gửi: Sở Nội vụ. Văn phòng UBND tỉnh nhận được Công văn số 215/SNV-CCHC. {tail}");
        assert!(parts(&text, HEADER)
            .iter()
            .any(|p| p == "Kính gửi: Sở Nội vụ."));
        let text = format!("{head} Kính gửi: Chủ tịch Ủy ban nhân dân tỉnh Ngày 24/7/2024, Chủ tịch Ủy ban nhân dân tỉnh có Công văn. {tail}");
        assert!(parts(&text, HEADER)
            .iter()
            .any(|p| p == "Kính gửi: Chủ tịch Ủy ban nhân dân tỉnh"));
        let text = format!("{head} Kính gửi: Ủy ban nhân dân TP. Hồ Chí Minh Ngày 24/7/2024, Bộ có Công văn. {tail}");
        assert!(parts(&text, HEADER)
            .iter()
            .any(|p| p == "Kính gửi: Ủy ban nhân dân TP. Hồ Chí Minh"));
        // No stop: the first sentence opens with the name of the body that writes.
        let text = format!("{head} Kính gửi: Ủy ban nhân dân tỉnh Lâm Đồng Sở Tư pháp nhận được Tờ trình số 34/TTr-ĐLS ngày 24/3/2026. {tail}");
        let got = parts(&text, HEADER);
        assert!(
            got.iter()
                .any(|p| p == "Kính gửi: Ủy ban nhân dân tỉnh Lâm Đồng"),
            "{got:#?}"
        );
    }

    #[test]
    fn a_header_typed_in_lower_case_and_the_state_named_in_prose() {
        assert_eq!(
            parts("bộ tài chính cộng hoà xã hội chủ  nghĩa Việt nam", HEADER),
            ["bộ tài chính", "cộng hoà xã hội chủ  nghĩa Việt nam"]
        );
        let prose = "Hiệp định giữa Chính phủ Cộng hòa xã hội chủ nghĩa Việt Nam và Chính phủ Lào";
        assert_eq!(parts(prose, HEADER), [prose]);
        let prose = "Quốc hội nước cộng hòa xã hội chủ nghĩa Việt Nam";
        assert_eq!(parts(prose, HEADER), [prose]);
    }

    #[test]
    fn a_date_beside_a_vv_or_a_hyphenated_ky_hieu() {
        assert_eq!(
            parts(
                "V/v trả lời đề nghị của Hà Nội, ngày 06 tháng 10 năm 2025",
                HEADER
            ),
            [
                "V/v trả lời đề nghị của",
                "Hà Nội, ngày 06 tháng 10 năm 2025"
            ]
        );
        assert_eq!(
            parts(
                "Số: 01/2022/TTLT-VKSNDTC- Hà Nội, ngày 18 tháng 02 năm 2022",
                HEADER
            ),
            [
                "Số: 01/2022/TTLT-VKSNDTC-",
                "Hà Nội, ngày 18 tháng 02 năm 2022"
            ]
        );
    }

    /// In a document run together the V/v runs into the date whatever follows the date; a
    /// V/v that ends with a stop, or cites a date in its words, keeps them.
    #[test]
    fn a_date_a_run_together_vv_ran_into() {
        let head = "UBND TỈNH LÂM ĐỒNG CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM SỞ TÀI CHÍNH Độc lập - Tự do - Hạnh phúc Số: 464 /STC-VP";
        let tail = "Kính gửi: Sở Nội vụ tỉnh Lâm Đồng Theo đề nghị của Sở Nội vụ tại Công văn số 215/SNV-CCHC ngày 14/01/2026. Nơi nhận: - Như trên; - Lưu: VT. KT. GIÁM ĐỐC PHÓ GIÁM ĐỐC Nguyễn Văn An";
        let text = format!("{head} V/v góp ý dự thảo Kế hoạch năm 2026 trên địa bàn tỉnh Lâm Đồng Lâm Đồng, ngày 15 tháng 01 năm 2026 {tail}");
        let got = parts(&text, HEADER);
        assert!(
            got.iter()
                .any(|p| p == "V/v góp ý dự thảo Kế hoạch năm 2026 trên địa bàn tỉnh Lâm Đồng")
                && got
                    .iter()
                    .any(|p| p == "Lâm Đồng, ngày 15 tháng 01 năm 2026"),
            "{got:#?}"
        );
        // The Quốc hiệu and the motto between the V/v and the date: the V/v ends before them.
        let text = format!("UBND TỈNH LÀO CAI SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG Số: 6987 /SNNMT-KS V/v yêu cầu thực hiện các quy định CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh Phúc Lào Cai, ngày 23 tháng 7 năm 2026 {tail}");
        let got = parts(&text, HEADER);
        assert!(
            got.iter().any(|p| p == "Độc lập - Tự do - Hạnh Phúc")
                && got.iter().any(|p| p == "Lào Cai, ngày 23 tháng 7 năm 2026"),
            "{got:#?}"
        );
        // A date the V/v cites, lower-case words after it: the V/v's own.
        let text = format!(
            "{head} V/v góp ý Kế hoạch của UBND Lâm Đồng, ngày 15 tháng 01 năm 2026 của Sở {tail}"
        );
        let got = parts(&text, HEADER);
        assert!(
            !got.iter().any(|p| p.starts_with("Lâm Đồng, ngày")),
            "{got:#?}"
        );
    }

    #[test]
    fn a_scanned_number_and_date_on_one_line() {
        assert_eq!(
            parts(
                "Số: 2 5Ý/QĐ-ĐHQGHN Hà Nội, ngày 05 tháng ê_ năm 2024",
                HEADER
            ),
            ["Số: 2 5Ý/QĐ-ĐHQGHN", "Hà Nội, ngày 05 tháng ê_ năm 2024"]
        );
        assert_eq!(
            parts(
                "Số: 157/ QĐ- NĐ-UB Cao Bằng, ngày 22 tháng 2 năm 1999.",
                HEADER
            ),
            ["Số: 157/ QĐ- NĐ-UB", "Cao Bằng, ngày 22 tháng 2 năm 1999."]
        );
        // Words before the slash are no number.
        assert_eq!(
            parts("Số: các văn bản đã ban hành/năm Hà Nội", HEADER).len(),
            1
        );
        // The slash lost, the `Số` misread: the ký hiệu is the word with a hyphen and capitals.
        assert_eq!(
            parts("Só:2QĐÐ-ĐHQGHN Hà Nội, ngày O5 tháng 6 năm 2024", HEADER),
            ["Só:2QĐÐ-ĐHQGHN", "Hà Nội, ngày O5 tháng 6 năm 2024"]
        );
        assert_eq!(
            parts(
                "Số: 44ÝTTr-CAT-PC04 Lâm Đông, ngày .1P tháng 12 năm 2025",
                HEADER
            ),
            [
                "Số: 44ÝTTr-CAT-PC04",
                "Lâm Đông, ngày .1P tháng 12 năm 2025"
            ]
        );
        // A word with a hyphen but no capitals after `Sơ:` is no ký hiệu.
        assert_eq!(
            parts(
                "Sơ: kết quả thực-hiện Hà Nội, ngày 05 tháng 6 năm 2024",
                HEADER
            )
            .len(),
            1
        );
    }

    #[test]
    fn a_stray_stop_before_a_scanned_date_is_no_line() {
        let text = "TỈNH ỦY LÂM ĐỒNG\n; Lâm Đồng, ngày 0⁄; tháng 9 năm 2025\n\
                    - Như trên ; KT. GIÁM ĐỐC\n";
        let r = crate::recognize::read::read(text, crate::config::InputFormat::Text);
        let lines: Vec<String> = r.lines.iter().map(|l| l.pieces.text(text)).collect();
        assert_eq!(
            lines[..2],
            ["TỈNH ỦY LÂM ĐỒNG", "Lâm Đồng, ngày 0⁄; tháng 9 năm 2025"]
        );
        // Elsewhere a stop standing alone is the line's own (NN004 judges it).
        assert!(
            lines.iter().any(|l| l.starts_with("- Như trên ;")),
            "{lines:?}"
        );
    }

    #[test]
    fn a_closing_far_from_the_end_is_cut_under_its_label() {
        let mut text = String::from(
            "Điều 3. Thông tư này có hiệu lực.\nNơi nhận: _. KT, BỘ TRƯỞNG\n- Như Điều 3;\n\
             - Bộ Tư pháp: Bộ trưởng, các Thứ trưởng; Hân Chí Hiêu\n- Lưu: VT, PC.\n",
        );
        for k in 0..60 {
            text.push_str(&format!("Dòng {k} của phụ lục kèm theo Thông tư.\n"));
        }
        let r = crate::recognize::read::read(&text, crate::config::InputFormat::Text);
        let lines: Vec<String> = r.lines.iter().map(|l| l.pieces.text(&text)).collect();
        assert_eq!(
            lines[1..6],
            [
                "Nơi nhận:",
                "KT, BỘ TRƯỞNG",
                "- Như Điều 3;",
                "- Bộ Tư pháp: Bộ trưởng, các Thứ trưởng;",
                "Hân Chí Hiêu"
            ]
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
            };
            assert_eq!(parts(line, z), [line], "{line}");
        }
    }

    #[test]
    fn a_closing_written_on_one_line() {
        let z = Zone {
            header: false,
            closing: true,
            after_number: true,
            title_seen: true,
            number_follows: false,
            collapsed: false,
        };
        assert_eq!(
            parts("Nơi nhận: KT. GIÁM ĐỐC", z),
            ["Nơi nhận:", "KT. GIÁM ĐỐC"]
        );
        assert_eq!(
            parts("- Như trên; PHÓ GIÁM ĐỐC", z),
            ["- Như trên;", "PHÓ GIÁM ĐỐC"]
        );
        assert_eq!(
            parts(
                "Nơi nhận: - Như trên; - Lưu: VT. KT. CHỦ TỊCH PHÓ CHỦ TỊCH Nguyễn Văn An",
                z
            ),
            [
                "Nơi nhận:",
                "- Như trên;",
                "- Lưu: VT.",
                "KT. CHỦ TỊCH",
                "PHÓ CHỦ TỊCH",
                "Nguyễn Văn An"
            ]
        );
        // The authority beside the label, the recipients after its title, the signer's name
        // after the Lưu item.
        assert_eq!(
            parts(
                "Nơi nhận: T/M BAN THƯỜNG VỤ - Như kính gửi; - Lưu VT. Trương Văn Tùng",
                z
            ),
            [
                "Nơi nhận:",
                "T/M BAN THƯỜNG VỤ",
                "- Như kính gửi;",
                "- Lưu VT.",
                "Trương Văn Tùng"
            ]
        );
    }

    #[test]
    fn a_scanned_closing_beside_its_recipients() {
        for (line, want) in [
            // A comma read for the period; specks at the cut (a part of its own here, which
            // the reading drops).
            (
                "Nơi nhận: _. KT, BỘ TRƯỞNG",
                vec!["Nơi nhận:", "_.", "KT, BỘ TRƯỞNG"],
            ),
            // The label's first letter lost; a quote before the prefix.
            ("ơi nhận: “KT. GIÁM ĐÓC", vec!["ơi nhận:", "“KT. GIÁM ĐÓC"]),
            // A position whose marks the scan lost, one whose first letter it lost.
            (
                "- Như trên; PHO GIAM ĐỌC",
                vec!["- Như trên;", "PHO GIAM ĐỌC"],
            ),
            (
                "- Bộ Tư pháp (đê b/c); HU TỊCH",
                vec!["- Bộ Tư pháp (đê b/c);", "HU TỊCH"],
            ),
            // The signer's name beside the last recipient of its row.
            (
                "-Phòng VH-TT các huyện, Thành phố; Trân Văn Thanh",
                vec!["-Phòng VH-TT các huyện, Thành phố;", "Trân Văn Thanh"],
            ),
            // Specks that open a signature line are cut off.
            ("—_ KT.CHỦ TỊCH", vec!["—_", "KT.CHỦ TỊCH"]),
            ("=——. GIÁM ĐÓC", vec!["=——.", "GIÁM ĐÓC"]),
            // What the scan left of the `Nơi nhận:` label beside the authority.
            ("Tà TM. BAN THƯỜNG VỤ", vec!["Tà", "TM. BAN THƯỜNG VỤ"]),
            ("R-.4ê th TL. CHỦ TỊCH", vec!["R-.4ê th", "TL. CHỦ TỊCH"]),
            ("Ko k KT. TÔNG GIÁM ĐÓC", vec!["Ko k", "KT. TÔNG GIÁM ĐÓC"]),
        ] {
            assert_eq!(parts(line, CLOSING), want, "{line}");
        }
    }

    /// A scan run together on one line: the recipients' label comes after the body's last
    /// words with no stop, or after the scan's specks, and before a recipient or an authority.
    #[test]
    fn a_scanned_label_run_on_after_the_body() {
        let head = "HỘI LHPN TỈNH LÂM ĐỒNG CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc Số: 15/CV-BTV Lâm Đồng, ngày 14 tháng 9 năm 2025";
        let filler = " Nội dung được trình bày đầy đủ, rõ ràng, đúng quy định.".repeat(6);
        for (tail, label, next) in [
            // After a telephone number in a table's last row.
            (
                "02 | Nguyễn Thị Bích Ngọc Hội LHPN tỉnh 0856.xxx.xxx Nơi nhận: TM. BAN THƯỜNG VỤ - Như kính gửi; PHÓ CHỦ TỊCH - Lưu: VP, VT.",
                "Nơi nhận:",
                "TM. BAN THƯỜNG VỤ",
            ),
            // After the scan's specks under the last sentence.
            (
                "chịu trách nhiệm thi hành Quyết định này./. 4 Nơi nhận: - Như Điều 3; - Lưu: VT, TCCB-HC.",
                "Nơi nhận:",
                "- Như Điều 3;",
            ),
            // Its first letter lost, a quote before the authority.
            (
                "thi hành Quyết định này./. = ơi nhận: “KT. GIÁM ĐÓC - Như Điều 3; - Lưu: VT, ĐT.",
                "ơi nhận:",
                "“KT. GIÁM ĐÓC",
            ),
        ] {
            let text = format!("{head} Căn cứ Luật Tổ chức chính quyền địa phương;{filler} {tail}");
            let got = parts(&text, CLOSING);
            let at = got.iter().position(|g| g == label);
            assert!(at.is_some(), "{label:?} not a line of {got:#?}");
            assert_eq!(got[at.unwrap() + 1], next, "{got:#?}");
        }
        // The words in prose, with no recipient or authority after them, are not cut.
        let prose = format!("{head} Căn cứ Luật Tổ chức chính quyền địa phương;{filler} Đề nghị ghi rõ nơi nhận: Sở Tài chính tỉnh Lâm Đồng. Nơi nhận: - Như trên; - Lưu: VT.");
        assert!(
            parts(&prose, CLOSING)
                .iter()
                .all(|g| !g.starts_with("nơi nhận")),
            "{prose}"
        );
    }

    /// A scan's `QUYẾT ĐỊNH:` with a mark misread (`QUYÉT`) inside a decision run together opens
    /// a line of its own, as it does on a line of its own.
    #[test]
    fn scanned_enacting_words_inside_a_document_run_together() {
        let filler = " Nội dung được trình bày đầy đủ, rõ ràng, đúng quy định.".repeat(6);
        let text = format!("QUYẾT ĐỊNH Về việc khen thưởng Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;{filler} Xét đề nghị của Giám đốc Sở Nội vụ, QUYÉT ĐỊNH: Điều 1. Tặng Danh hiệu Chiến sĩ thi đua cấp tỉnh.{filler} Nơi nhận: - Như Điều 3; - Lưu: VT.");
        let got = parts(&text, HEADER);
        assert!(got.iter().any(|g| g == "QUYÉT ĐỊNH:"), "{got:#?}");
        assert!(
            got.iter()
                .any(|g| g == "Xét đề nghị của Giám đốc Sở Nội vụ,"),
            "{got:#?}"
        );
        // Only in capitals and before a colon: a sentence's words are no line.
        let prose = format!(
            "Căn cứ Luật Thi đua;{filler} Ủy ban nhân dân tỉnh quyét định: giao Sở Nội vụ.{filler}"
        );
        assert!(parts(&prose, HEADER)
            .iter()
            .all(|g| !g.starts_with("quyét")));
    }

    /// A scan's closing run together on one line: what the scan left of the label between the
    /// body's stop and the authority, specks after a recipient, the signer's name run on after
    /// the Lưu item, and a prefix glued to its title.
    #[test]
    fn a_scanned_closing_run_together() {
        let head = "LIÊN ĐOÀN LUẬT SƯ VIỆT NAM CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc Số: 562/LĐLSVN Hà Nội, ngày 10 tháng 9 năm 2025";
        let filler = " Nội dung được trình bày đầy đủ, rõ ràng, đúng quy định.".repeat(6);
        for (tail, want) in [
            (
                "để chỉ đạo và quyết định theo thẩm quyền. Trân trọng./. Tà TM. BAN THƯỜNG VỤ - Như trên; - Lưu VPLĐLSVN.",
                vec!["Tà", "TM. BAN THƯỜNG VỤ", "- Như trên;", "- Lưu VPLĐLSVN."],
            ),
            (
                "chịu trách nhiệm thi hành Quyết định này./: Ko k KT. TÔNG GIÁM ĐÓC - Như Điêu 3; - Lưu VT, CNTT.",
                vec!["Ko k", "KT. TÔNG GIÁM ĐÓC", "- Như Điêu 3;", "- Lưu VT, CNTT."],
            ),
            (
                "các ông, bà có tên tại Điều 1 căn cứ Quyết định thi hành „/, _—_ KT.CHỦ TỊCH 'CHÚ TỊCH THƯỜNG TRỤC Nơi nhận: - Như điều 3; - Lưu: VT, N.chính (1 6B). Lê Hồng Văn",
                vec![
                    "KT.CHỦ TỊCH",
                    "'CHÚ TỊCH THƯỜNG TRỤC",
                    "Nơi nhận:",
                    "- Như điều 3;",
                    "- Lưu: VT, N.chính (1 6B).",
                    "Lê Hồng Văn",
                ],
            ),
            (
                "gửi các đơn vị biết và tham gia. KT. GIÁM ĐÓC PHÓ GIÁM ĐÓC Noi nhận: - Như trên; - GĐ, các PGĐ; ⁄⁄ - Lưu: CNTT, VT. HC Nguyễn Hữu Việt",
                vec!["- GĐ, các PGĐ; ⁄⁄", "- Lưu: CNTT, VT. HC", "Nguyễn Hữu Việt"],
            ),
            (
                "Trân trọng! Nơi nhận: ~- Như trên; - Lưu; VT, NSTH. 7009, Hồ Quang Huệ",
                vec!["- Lưu; VT, NSTH. 7009,", "Hồ Quang Huệ"],
            ),
        ] {
            let text = format!("{head} Kính gửi: Sở Tư pháp tỉnh Lâm Đồng{filler} {tail}");
            let got = parts(&text, CLOSING);
            let at = got.iter().position(|g| *g == want[0]);
            assert!(at.is_some(), "{:?} not a line of {got:#?}", want[0]);
            let at = at.unwrap();
            assert_eq!(&got[at..at + want.len()], want.as_slice(), "{got:#?}");
        }
        // A word in title case ending the list is no signer's name (no family name first);
        // prose before an authority's words is not cut.
        for tail in [
            "Trân trọng./. Nơi nhận: - Như trên; - Lưu: VT, Phòng Tổng Hợp",
            "đề nghị các đơn vị báo cáo kết quả về KT. GIÁM ĐỐC để tổng hợp.",
        ] {
            let text = format!("{head} Kính gửi: Sở Tư pháp tỉnh Lâm Đồng{filler} {tail}");
            let got = parts(&text, CLOSING);
            assert!(
                !got.iter()
                    .any(|g| g == "Phòng Tổng Hợp" || g.starts_with("KT. GIÁM ĐỐC")),
                "{got:#?}"
            );
        }
    }

    #[test]
    fn units_codes_and_prose_in_the_closing_are_not_cut() {
        for line in [
            "- Lưu: VT, KT, NCKSTTHC.",
            "- Phòng KT, HT&ĐT các phường;",
            "- Như trên; Sở Tài chính",
            "- Các sở, ngành; PHÒNG KINH TẾ",
            // Words of prose before the prefix are no label's remnant.
            "Đề nghị các đơn vị TM. BAN",
        ] {
            assert_eq!(parts(line, CLOSING), [line], "{line}");
        }
    }

    #[test]
    fn a_scans_debris() {
        for t in [
            "D 4",
            "⁄⁄",
            "ý ]—",
            ": _. A2",
            "4z.",
            "__ 5mm xí",
            "C /“AỪ xá”",
            "(",
            "_NG",
        ] {
            assert!(is_scan_debris(t), "{t}");
        }
        for t in [
            "VT",
            "GĐ; PGĐ 3;",
            "(b/c)",
            "Sở Tài chính",
            "442 1 2 3 4",
            "",
        ] {
            assert!(!is_scan_debris(t), "{t}");
        }
    }

    #[test]
    fn a_signature_block_in_one_table_cell() {
        assert_eq!(
            parts("KT. BỘ TRƯỞNG THỨ TRƯỞNG (Đã ký) Cao Anh Tuấn", CLOSING),
            ["KT. BỘ TRƯỞNG", "THỨ TRƯỞNG", "(Đã ký)", "Cao Anh Tuấn"]
        );
        assert_eq!(
            parts("CHỦ TỊCH QUỐC HỘI (Đã ký) Trần Thanh Mẫn", CLOSING),
            ["CHỦ TỊCH QUỐC HỘI", "(Đã ký)", "Trần Thanh Mẫn"]
        );
    }

    #[test]
    fn a_name_written_twice_at_the_head_is_two_lines() {
        assert_eq!(
            parts(
                "BỘ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN BỘ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN",
                HEADER
            ),
            [
                "BỘ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN",
                "BỘ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN"
            ]
        );
        assert_eq!(
            parts("ỦY BAN NHÂN DÂN XÃ NGHĨA ĐÀN", HEADER),
            ["ỦY BAN NHÂN DÂN XÃ NGHĨA ĐÀN"]
        );
        // The Quốc hiệu after the two.
        assert_eq!(
            parts(
                "BỘ KẾ HOẠCH VÀ ĐẦU TƯ BỘ KẾ HOẠCH VÀ ĐẦU TƯ CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                HEADER
            ),
            [
                "BỘ KẾ HOẠCH VÀ ĐẦU TƯ",
                "BỘ KẾ HOẠCH VÀ ĐẦU TƯ",
                "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
            ]
        );
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

    #[test]
    fn an_appendix_reference_inside_a_long_line_is_a_line_of_its_own() {
        let filler = " Kinh phí thực hiện được bố trí từ nguồn ngân sách nhà nước.".repeat(5);
        let line = format!(
            "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Căn cứ Quyết định số 1385/QĐ-BQL.{filler} Nơi nhận: - Lưu: VT. TRƯỞNG BAN Nguyễn Đức Dũng DỰ TOÁN Kinh phí triển khai năm 2026 (kèm theo Kế hoạch số /KH-BQL ngày /5/2026 của Ban Quản lý các KCN) TT Dịch vụ Số tháng"
        );
        let got = parts(&line, CLOSING);
        assert!(
            got.contains(
                &"(kèm theo Kế hoạch số /KH-BQL ngày /5/2026 của Ban Quản lý các KCN)".to_owned()
            ),
            "{got:?}"
        );
        // A sentence citing a plan goes on after the bracket.
        let line = format!(
            "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Căn cứ Quyết định số 1385/QĐ-BQL.{filler} Nơi nhận: - Lưu: VT. Các đơn vị gửi báo cáo (kèm theo Kế hoạch số 12/KH-UBND) về Sở Nội vụ."
        );
        let got = parts(&line, CLOSING);
        assert!(
            got.iter()
                .any(|p| p.contains("(kèm theo Kế hoạch số 12/KH-UBND) về Sở")),
            "{got:?}"
        );
    }

    #[test]
    fn the_signers_other_office_after_the_position_is_a_line_of_its_own() {
        assert_eq!(
            parts(
                "TM. HỘI ĐỒNG CHỦ TỊCH GIÁM ĐỐC SỞ NỘI VỤ Đỗ Văn Chung",
                CLOSING
            ),
            [
                "TM. HỘI ĐỒNG",
                "CHỦ TỊCH",
                "GIÁM ĐỐC SỞ NỘI VỤ",
                "Đỗ Văn Chung"
            ]
        );
        assert_eq!(
            parts("TM. HỘI ĐỒNG QUẢN TRỊ TỔNG GIÁM ĐỐC Nguyễn Văn An", CLOSING),
            ["TM. HỘI ĐỒNG QUẢN TRỊ", "TỔNG GIÁM ĐỐC", "Nguyễn Văn An"]
        );
        assert_eq!(
            parts("KT. CHỦ TỊCH PHÓ CHỦ TỊCH Nguyễn Văn An", CLOSING),
            ["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Nguyễn Văn An"]
        );
    }

    #[test]
    fn a_parent_body_and_the_issuing_body_on_one_line_are_two_lines() {
        for (line, want) in [
            (
                "UBND TỈNH LÂM ĐỒNG HỘI ĐỒNG THẨM ĐỊNH, ĐÁNH GIÁ CHỈ SỐ CẢI CÁCH HÀNH CHÍNH TỈNH",
                vec![
                    "UBND TỈNH LÂM ĐỒNG",
                    "HỘI ĐỒNG THẨM ĐỊNH, ĐÁNH GIÁ CHỈ SỐ CẢI CÁCH HÀNH CHÍNH TỈNH",
                ],
            ),
            ("BỘ TÀI CHÍNH CỤC THUẾ", vec!["BỘ TÀI CHÍNH", "CỤC THUẾ"]),
            (
                "ỦY BAN NHÂN DÂN THÀNH PHỐ HẢI PHÒNG SỞ NỘI VỤ",
                vec!["ỦY BAN NHÂN DÂN THÀNH PHỐ HẢI PHÒNG", "SỞ NỘI VỤ"],
            ),
            // One body: nothing to cut.
            (
                "ỦY BAN NHÂN DÂN XÃ BAN CÔNG",
                vec!["ỦY BAN NHÂN DÂN XÃ BAN CÔNG"],
            ),
            (
                "ỦY BAN NHÂN DÂN XÃ NẬM BAN",
                vec!["ỦY BAN NHÂN DÂN XÃ NẬM BAN"],
            ),
            ("BỘ QUỐC PHÒNG", vec!["BỘ QUỐC PHÒNG"]),
            ("BỘ NỘI VỤ", vec!["BỘ NỘI VỤ"]),
            (
                "BỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG",
                vec!["BỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG"],
            ),
            (
                "BỘ NỘI VỤ CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                vec!["BỘ NỘI VỤ", "CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM"],
            ),
            (
                "BỘ NỘI VỤ VỤ TỔ CHỨC CÁN BỘ",
                vec!["BỘ NỘI VỤ", "VỤ TỔ CHỨC CÁN BỘ"],
            ),
            (
                "BỘ VĂN HÓA, THỂ THAO VÀ DU LỊCH",
                vec!["BỘ VĂN HÓA, THỂ THAO VÀ DU LỊCH"],
            ),
        ] {
            assert_eq!(parts(line, HEADER), want, "{line}");
        }
    }

    #[test]
    fn an_officers_rank_opens_the_signers_line() {
        assert_eq!(
            parts(
                "KT. BỘ TRƯỞNG THỨ TRƯỞNG (Đã ký) Thượng tướng Vũ Hải Sản CƠ SỞ DỮ LIỆU",
                CLOSING
            ),
            [
                "KT. BỘ TRƯỞNG",
                "THỨ TRƯỞNG",
                "(Đã ký)",
                "Thượng tướng Vũ Hải Sản",
                "CƠ SỞ DỮ LIỆU"
            ]
        );
    }

    #[test]
    fn recipients_run_on_after_the_label_s_line() {
        assert_eq!(
            parts(
                "- Cổng thông tin điện tử Bộ Công an; - Lưu: VT, V03, H01.",
                CLOSING
            ),
            [
                "- Cổng thông tin điện tử Bộ Công an;",
                "- Lưu: VT, V03, H01."
            ]
        );
    }

    #[test]
    fn a_can_cu_after_a_no_break_space_opens_a_line() {
        let line = format!(
            "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Số: 49/2025/QĐ-TTg QUYẾT ĐỊNH Giải thể Quỹ Bảo hộ công dân ở nước ngoài Căn cứ\u{a0}Luật Tổ chức Chính phủ số 63/2025/QH15; Căn cứ Nghị định số 78/2025/NĐ-CP; Theo đề nghị của Bộ trưởng Bộ Ngoại giao; QUYẾT ĐỊNH: Điều 1. Giải thể Quỹ.{}",
            " Điều 2. Quyết định này có hiệu lực từ ngày ký.".repeat(4)
        );
        let got = parts(&line, HEADER);
        assert!(
            got.iter()
                .any(|p| p.starts_with("Căn cứ\u{a0}Luật Tổ chức")),
            "{got:?}"
        );
    }

    #[test]
    fn a_dash_inside_a_title_in_capitals_cuts_nothing() {
        let line = format!(
            "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Số: /2025/TT-BNNMT THÔNG TƯ BAN HÀNH ĐỊNH MỨC KINH TẾ - KỸ THUẬT CÔNG TÁC ĐIỀU TRA KHOÁNG SẢN Căn cứ Luật Địa chất và Khoáng sản ngày 29 tháng 11 năm 2024; Điều 1. Ban hành định mức.{}",
            " Điều 2. Thông tư này có hiệu lực từ ngày ký.".repeat(4)
        );
        let got = parts(&line, HEADER);
        assert!(
            got.iter()
                .any(|p| p.ends_with("KINH TẾ - KỸ THUẬT CÔNG TÁC ĐIỀU TRA KHOÁNG SẢN")),
            "{got:?}"
        );
    }

    #[test]
    fn a_letters_addressee_ends_at_its_address_or_its_first_sentence() {
        let head = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Số: 6987/SNNMT-CCTL V/v góp ý dự thảo";
        let tail = " Nơi nhận: - Như trên; - Lưu: VT. KT. GIÁM ĐỐC PHÓ GIÁM ĐỐC Nguyễn Văn An";
        for (body, want) in [
            (
                "Kính gửi: Công ty Cổ phần Công nghiệp Khánh An (Địa chỉ: Số 31, phố Tân Xuân 3, phường Đông Ngạc, thành phố Hà Nội) Ngày 05/3/2026, Sở nhận được văn bản số 12.",
                "Kính gửi: Công ty Cổ phần Công nghiệp Khánh An",
            ),
            (
                "Kính gửi: Sở Nội vụ tỉnh Lâm Đồng Phúc đáp văn bản số 1189/SNV-LĐVL&TN ngày 29/8/2025 của Sở Nội vụ tỉnh Lâm Đồng, Sở Y tế có ý kiến như sau.",
                "Kính gửi: Sở Nội vụ tỉnh Lâm Đồng",
            ),
        ] {
            let line = format!("{head} {body}{tail}");
            let got = parts(&line, HEADER);
            assert!(got.iter().any(|p| p == want), "{got:?}");
        }
    }

    #[test]
    fn a_roman_heading_run_on_with_its_sentence_is_two_lines() {
        let line = format!(
            "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Số: 11/KH-UBND KẾ HOẠCH Thực hiện Chỉ thị số 11 Căn cứ Chỉ thị số 11/CT-TTg. II. NHIỆM VỤ Các sở triển khai.{} III. KINH PHÍ THỰC HIỆN Nguồn kinh phí thực hiện Kế hoạch được bố trí từ ngân sách nhà nước. Nơi nhận: - Lưu: VT.",
            " Các sở, ngành thực hiện nhiệm vụ được giao.".repeat(4)
        );
        let got = parts(&line, HEADER);
        assert!(
            got.contains(&"III. KINH PHÍ THỰC HIỆN".to_owned()),
            "{got:?}"
        );
        assert!(got.contains(&"II. NHIỆM VỤ".to_owned()), "{got:?}");
    }

    #[test]
    fn a_signature_stamp_run_on_with_the_closing_stands_apart() {
        assert_eq!(
            parts(
                "- Lưu: VT. Digitally signed by HIỆP HỘI CÔNG CHỨNG VIÊN VIỆT NAM Date: 2025.10.20 18:57:55+07'00' PHỤ LỤC 01",
                CLOSING
            ),
            [
                "- Lưu: VT.",
                "Digitally signed by HIỆP HỘI CÔNG CHỨNG VIÊN VIỆT NAM",
                "Date: 2025.10.20 18:57:55+07'00'",
                "PHỤ LỤC 01"
            ]
        );
    }

    #[test]
    fn a_number_stamped_before_so_is_a_line_of_its_own() {
        assert_eq!(
            parts(
                "Độc lập - Tự do - Hạnh phúc 12094 Số: /BNV-CCHC Hà Nội, ngày 15 tháng 12 năm 2025",
                HEADER
            ),
            [
                "Độc lập - Tự do - Hạnh phúc",
                "12094",
                "Số: /BNV-CCHC",
                "Hà Nội, ngày 15 tháng 12 năm 2025"
            ]
        );
    }

    #[test]
    fn a_contact_line_after_the_signer_is_no_part_of_the_name() {
        assert_eq!(
            parts(
                "KT. BỘ TRƯỞNG, CHỦ NHIỆM PHÓ CHỦ NHIỆM Phạm Mạnh Cường Số điện thoại liên hệ: 0974xxxxxx",
                CLOSING
            ),
            [
                "KT. BỘ TRƯỞNG, CHỦ NHIỆM",
                "PHÓ CHỦ NHIỆM",
                "Phạm Mạnh Cường",
                "Số điện thoại liên hệ: 0974xxxxxx"
            ]
        );
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
        };
        assert_eq!(parts(&line, z), lines);
    }

    #[test]
    fn a_portal_footer_under_a_document_on_one_line_is_set_aside() {
        let mut lines = crate::test_corpus::decision(&[
            "Điều 1. Thành lập Đoàn kiểm tra.",
            "Điều 2. Quyết định này có hiệu lực kể từ ngày ký./.",
            "Nơi nhận:",
            "- Như Điều 2;",
            "- Lưu: VT.",
            "KT. CHỦ TỊCH",
            "PHÓ CHỦ TỊCH",
            "Nguyễn Văn An",
        ]);
        lines.extend([
            "CƠ SỞ DỮ LIỆU QUỐC GIA VỀ PHÁP LUẬT Đơn vị chủ quản: Bộ Tư pháp Điện thoại:024.6273.9468 | Fax:024.6273.9359 Địa chỉ: Số 60 Trần Phú - Ba Đình - Thành phố Hà Nội Mục lục Điều 1. Điều 2.",
        ]);
        let one_line = lines.join(" ") + "\n";
        let report = crate::check_str(&one_line, &crate::Config::default());
        assert!(report.document.run_together);
        let text = report.source.text();
        let set_aside: String = report
            .document
            .furniture
            .iter()
            .map(|(span, _)| span.of(text))
            .collect::<Vec<_>>()
            .join(" ");
        assert!(
            set_aside.starts_with("CƠ SỞ DỮ LIỆU QUỐC GIA"),
            "{set_aside}"
        );
        assert!(set_aside.contains("Mục lục"), "{set_aside}");
        let doc = &report.document;
        let signer = doc
            .closing
            .signature
            .name
            .map(|i| doc.line(i).span.of(text));
        assert_eq!(signer, Some("Nguyễn Văn An"));
        // A sentence that names the database is no footer.
        let sentence = format!(
            "{} Văn bản được đăng trên Cơ sở dữ liệu quốc gia về pháp luật đơn vị chủ quản là Bộ Tư pháp.",
            "Các cơ quan, đơn vị có liên quan chịu trách nhiệm thi hành Quyết định này.".repeat(4)
        );
        assert_eq!(parts(&sentence, CLOSING), [sentence.as_str()]);
    }
}
