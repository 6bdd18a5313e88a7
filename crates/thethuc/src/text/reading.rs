//! The reading text: the document's lines in reading order, each line made of pieces of the NFC
//! text joined again (a header cell's wrapped Quốc hiệu, a `Số:` and its number on the next
//! line, the columns of a table one after another), with the map back to the NFC text.
//!
//! Most documents read in the order they are written, one piece a line: then there is no
//! reading text and the NFC text is read as it is (`Source` keeps no map).

use crate::text::span::Span;

/// How two pieces of one line are joined.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Glue {
    /// One space (a phrase wrapped between words).
    Space,
    /// Nothing (a word wrapped in its middle).
    None,
}

/// One line as the reader assembled it: pieces of the NFC text and the glue between them
/// (`glue.len() + 1 == pieces.len()`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Pieces {
    pub pieces: Vec<Span>,
    pub glue: Vec<Glue>,
}

impl Pieces {
    pub fn one(span: Span) -> Self {
        Self {
            pieces: vec![span],
            glue: Vec::new(),
        }
    }
    pub fn first(&self) -> Span {
        self.pieces.first().copied().unwrap_or_default()
    }
    /// Appends another line's pieces after `glue`.
    pub fn append(&mut self, glue: Glue, other: &Pieces) {
        self.glue.push(glue);
        self.pieces.extend_from_slice(&other.pieces);
        self.glue.extend_from_slice(&other.glue);
    }
    /// The text as the reading text will hold it.
    pub fn text(&self, nfc: &str) -> String {
        let mut out = String::new();
        for (k, p) in self.pieces.iter().enumerate() {
            if k > 0 && self.glue.get(k - 1) == Some(&Glue::Space) {
                out.push(' ');
            }
            out.push_str(p.of(nfc));
        }
        out
    }
}

/// The reading text and where each of its pieces comes from.
#[derive(Debug, Clone)]
pub struct ReadingMap {
    pub text: String,
    /// (reading start, NFC start, length), by reading start; pieces never overlap in either text.
    pieces: Vec<(u32, u32, u32)>,
    /// Indices into `pieces` by NFC start.
    by_nfc: Vec<u32>,
}

impl ReadingMap {
    /// Builds the reading text of `lines` (each followed by a line break). `None` when it would
    /// be the NFC text itself: every line one piece, in the text's order.
    #[cfg(test)]
    pub fn build(nfc: &str, lines: &[Pieces]) -> Option<Self> {
        if Self::reads_as_is(lines) {
            return None;
        }
        Self::build_always(nfc, lines)
    }

    /// Whether `lines` are the NFC text itself: every line one piece, in the text's order.
    pub fn reads_as_is<'p>(lines: impl IntoIterator<Item = &'p Pieces>) -> bool {
        let mut last_end = 0u32;
        lines.into_iter().all(|l| {
            let ok = l.pieces.len() == 1 && l.pieces[0].start >= last_end;
            last_end = l.pieces.first().map_or(last_end, |p| p.end);
            ok
        })
    }

    /// `build` whatever the order of the lines.
    pub fn build_always(nfc: &str, lines: &[Pieces]) -> Option<Self> {
        let mut text = String::with_capacity(nfc.len());
        let mut pieces = Vec::with_capacity(lines.len() + 8);
        for line in lines {
            for (k, p) in line.pieces.iter().enumerate() {
                if k > 0 && line.glue.get(k - 1) == Some(&Glue::Space) {
                    text.push(' ');
                }
                if !p.is_empty() {
                    pieces.push((text.len() as u32, p.start, p.len()));
                }
                text.push_str(p.of(nfc));
            }
            text.push('\n');
        }
        let mut by_nfc: Vec<u32> = (0..pieces.len() as u32).collect();
        crate::text::sorting::sort_by_key(&mut by_nfc, |&i| pieces[i as usize].1);
        Some(Self {
            text,
            pieces,
            by_nfc,
        })
    }

    /// Where each line of `lines` (as given to `build`) sits in the reading text.
    pub fn line_spans(lines: &[Pieces], nfc: &str) -> Vec<Span> {
        let mut at = 0u32;
        lines
            .iter()
            .map(|l| {
                let len = l.text(nfc).len() as u32;
                let span = Span::new(at, at + len);
                at += len + 1;
                span
            })
            .collect()
    }

    /// The piece holding a reading offset (for an end offset, the piece it ends), or the gap.
    /// The piece holding a reading offset, or the index of the piece after the gap it is in.
    /// The offset right after a piece's last character belongs to that piece, start or end:
    /// it is the same place in the NFC text.
    fn piece_at(&self, offset: u32, _is_end: bool) -> Result<usize, usize> {
        let k = self.pieces.partition_point(|p| p.0 <= offset);
        if let Some(i) = k.checked_sub(1) {
            let (r, _, len) = self.pieces[i];
            if offset <= r + len {
                return Ok(i);
            }
        }
        Err(k)
    }

    /// Reading offset → NFC offset. An offset between pieces (a glue space, a line break) maps
    /// to the start of the next piece, or, for an end, to the end of the piece before.
    pub fn to_nfc(&self, offset: u32, is_end: bool) -> u32 {
        match self.piece_at(offset, is_end) {
            Ok(i) => {
                let (r, n, _) = self.pieces[i];
                n + (offset - r)
            }
            Err(k) => {
                if is_end {
                    if let Some(&(_, n, len)) = k.checked_sub(1).and_then(|i| self.pieces.get(i)) {
                        return n + len;
                    }
                }
                match self.pieces.get(k) {
                    Some(&(_, n, _)) => n,
                    None => self.pieces.last().map_or(0, |&(_, n, len)| n + len),
                }
            }
        }
    }

    /// NFC offset → reading offset. An offset outside every piece (markup, furniture, the
    /// space between columns) maps to the piece that follows it in the NFC text, or, for an
    /// end, to the end of the piece before it.
    pub fn nfc_to_reading(&self, offset: u32, is_end: bool) -> u32 {
        let k = self
            .by_nfc
            .partition_point(|&i| self.pieces[i as usize].1 <= offset);
        if let Some(j) = k.checked_sub(1) {
            let (r, n, len) = self.pieces[self.by_nfc[j] as usize];
            if offset < n + len || offset == n + len && (is_end || len == 0) {
                return r + (offset - n);
            }
            if is_end {
                return r + len;
            }
        }
        match self.by_nfc.get(k) {
            Some(&i) => self.pieces[i as usize].0,
            None => self.text.len() as u32,
        }
    }

    /// `start..end` narrowed so that it maps back to the NFC text in order. A span across
    /// pieces the reader put in another order (a finding over two columns read one after the
    /// other) keeps the part in the piece where it starts (or, from a gap between pieces, in the
    /// piece after it: a gap's two sides may lie far apart in the NFC text).
    pub fn ordered(&self, start: u32, end: u32) -> (u32, u32) {
        if self.to_nfc(start, false) <= self.to_nfc(end, true) {
            return (start, end);
        }
        let start = match self.piece_at(start, false) {
            Ok(_) => start,
            Err(k) => match self.pieces.get(k) {
                Some(&(r, _, _)) => r,
                None => self.pieces.last().map_or(start, |&(r, _, len)| r + len),
            },
        };
        match self.piece_at(start, false) {
            Ok(i) => {
                let (r, _, len) = self.pieces[i];
                (start, end.min(r + len).max(start))
            }
            Err(_) => (start, start),
        }
    }

    /// An edit of `start..end` in the reading text as edits the original can take: narrowed to
    /// what really changes, then split at piece boundaries, each within one piece (reading
    /// offsets). `None` when it cannot be written without moving text between lines of the
    /// original: a replacement that spans two pieces.
    pub fn split_edit(
        &self,
        start: u32,
        end: u32,
        replacement: &str,
    ) -> Option<Vec<(u32, u32, String)>> {
        // Within one piece, the edit maps as it is (a rewrite of the original's bytes, such as
        // MA001's NFC, changes nothing in the reading text and must not be narrowed away).
        if let (Ok(a), Ok(b)) = (self.piece_at(start, false), self.piece_at(end, true)) {
            if a == b && start < end {
                return Some(vec![(start, end, replacement.to_owned())]);
            }
        }
        let old = self.text.get(start as usize..end as usize)?;
        let (s, e, rep) = narrow(old, replacement);
        let (s, e) = (start + s as u32, start + e as u32);
        if s == e {
            // An insertion in a gap between pieces goes at the end of the piece before it, so
            // that its start and its end map to one place.
            let at = match self.piece_at(s, false) {
                Ok(_) => s,
                Err(k) => k
                    .checked_sub(1)
                    .map_or(s, |i| self.pieces[i].0 + self.pieces[i].2),
            };
            return Some(vec![(at, at, rep.to_owned())]);
        }
        if let (Ok(a), Ok(b)) = (self.piece_at(s, false), self.piece_at(e, true)) {
            if a == b {
                return Some(vec![(s, e, rep.to_owned())]);
            }
        }
        if !rep.is_empty() {
            return None;
        }
        // A deletion over several pieces: each piece's part; the glue between them is not in
        // the original.
        let out: Vec<(u32, u32, String)> = self
            .pieces
            .iter()
            .filter_map(|&(r, _, len)| {
                let (a, b) = (s.max(r), e.min(r + len));
                (a < b).then(|| (a, b, String::new()))
            })
            .collect();
        Some(out)
    }
}

/// The part of an edit that changes: `old` and `new` without their common prefix and suffix
/// (at character boundaries). Returns the changed range of `old` and its replacement.
fn narrow<'n>(old: &str, new: &'n str) -> (usize, usize, &'n str) {
    let prefix: usize = old
        .chars()
        .zip(new.chars())
        .take_while(|(a, b)| a == b)
        .map(|(a, _)| a.len_utf8())
        .sum();
    let (old_rest, new_rest) = (&old[prefix..], &new[prefix..]);
    let suffix: usize = old_rest
        .chars()
        .rev()
        .zip(new_rest.chars().rev())
        .take_while(|(a, b)| a == b)
        .map(|(a, _)| a.len_utf8())
        .sum();
    (prefix, old.len() - suffix, &new[prefix..new.len() - suffix])
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pieces(spans: &[(u32, u32)], glue: &[Glue]) -> Pieces {
        Pieces {
            pieces: spans.iter().map(|&(s, e)| Span::new(s, e)).collect(),
            glue: glue.to_vec(),
        }
    }

    #[test]
    fn lines_in_order_one_piece_each_need_no_reading_text() {
        let nfc = "Số: 12\nHà Nội";
        let lines = [pieces(&[(0, 6)], &[]), pieces(&[(7, 13)], &[])];
        assert!(ReadingMap::build(nfc, &lines).is_none());
    }

    #[test]
    fn a_wrapped_phrase_is_joined_and_maps_back_piece_by_piece() {
        // Two columns; the right one wraps its Quốc hiệu over two rows.
        let nfc = "UBND TỈNH   CỘNG HÒA XÃ HỘI\nSỞ Y TẾ     CHỦ NGHĨA VIỆT NAM\n";
        let qh1 = nfc.find("CỘNG").unwrap() as u32;
        let qh1_end = nfc.find('\n').unwrap() as u32;
        let qh2 = nfc.find("CHỦ").unwrap() as u32;
        let qh2_end = nfc.rfind('\n').unwrap() as u32;
        let left1 = "UBND TỈNH".len() as u32;
        let so = nfc.find("SỞ").unwrap() as u32;
        let lines = [
            pieces(&[(0, left1)], &[]),
            pieces(&[(qh1, qh1_end), (qh2, qh2_end)], &[Glue::Space]),
            pieces(&[(so, so + "SỞ Y TẾ".len() as u32)], &[]),
        ];
        let map = ReadingMap::build(nfc, &lines).unwrap();
        assert_eq!(
            map.text,
            "UBND TỈNH\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSỞ Y TẾ\n"
        );
        let spans = ReadingMap::line_spans(&lines, nfc);
        assert_eq!(spans[1].of(&map.text), "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
        // "CHỦ" in the reading text is "CHỦ" in the NFC text.
        let r = map.text.find("CHỦ").unwrap() as u32;
        assert_eq!(map.to_nfc(r, false), qh2);
        assert_eq!(map.nfc_to_reading(qh2, false), r);
        // Right after a piece (where the glue space starts) is the piece's end, as a start or
        // as an end; an insertion there lands at one place.
        assert_eq!(map.to_nfc(r - 1, false), qh1_end);
        assert_eq!(map.to_nfc(r - 1, true), qh1_end);
        assert_eq!(
            map.split_edit(r - 1, r - 1, "x").unwrap(),
            vec![(r - 1, r - 1, "x".to_owned())]
        );
        // A one-letter fix inside a piece stays inside it; a replacement of the whole line is
        // narrowed to what changes.
        let hoa = map.text.find("HÒA").unwrap() as u32;
        let edits = map
            .split_edit(
                spans[1].start,
                spans[1].end,
                "CỘNG HÕA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
            )
            .unwrap();
        assert_eq!(edits, vec![(hoa + 1, hoa + 3, "Õ".to_owned())]);
        assert_eq!(map.to_nfc(hoa + 1, false), qh1 + (hoa + 1 - spans[1].start));
        // A replacement across the two pieces cannot be written; a deletion can, piece by piece.
        assert!(map.split_edit(spans[1].start, spans[1].end, "X").is_none());
        let del = map.split_edit(spans[1].start, spans[1].end, "").unwrap();
        let nfc_del: Vec<(u32, u32)> = del
            .iter()
            .map(|(a, b, _)| (map.to_nfc(*a, false), map.to_nfc(*b, true)))
            .collect();
        assert_eq!(nfc_del, vec![(qh1, qh1_end), (qh2, qh2_end)]);
    }

    #[test]
    fn a_span_across_reordered_pieces_is_narrowed_to_map_back_in_order() {
        // The right column is read first: "BBB" (NFC 4..7) then "AAA" (NFC 0..3).
        let nfc = "AAA BBB\n";
        let lines = [pieces(&[(4, 7)], &[]), pieces(&[(0, 3)], &[])];
        let map = ReadingMap::build(nfc, &lines).unwrap();
        assert_eq!(map.text, "BBB\nAAA\n");
        // In order already: unchanged.
        assert_eq!(map.ordered(0, 3), (0, 3));
        assert_eq!(map.ordered(4, 7), (4, 7));
        // From "BBB" into "AAA": the NFC end (3) would come before the start (4).
        assert_eq!(map.ordered(1, 6), (1, 3));
        // From the line break after "BBB" (its end, as a start): nothing of "AAA".
        assert_eq!(map.ordered(3, 6), (3, 3));
        for start in 0..=8 {
            for end in start..=8 {
                let (a, b) = map.ordered(start, end);
                assert!(a <= b, "{start}..{end} gave {a}..{b}");
                assert!(
                    map.to_nfc(a, false) <= map.to_nfc(b, true),
                    "{start}..{end} gave {a}..{b}, reversed in the NFC text"
                );
            }
        }
    }

    #[test]
    fn narrowing_keeps_character_boundaries() {
        assert_eq!(narrow("Hạnh Phúc", "Hạnh phúc"), (7, 8, "p"));
        assert_eq!(narrow("ab", "ab"), (2, 2, ""));
        assert_eq!(narrow("HÒA", "HOÀ"), (1, 4, "OÀ"));
    }
}
