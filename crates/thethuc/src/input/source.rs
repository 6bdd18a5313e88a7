//! The source layer: bytes → original text → NFC text, with a map back to original offsets
//! and a line index that gives people 1-based line/column and JavaScript UTF-16 offsets.

use crate::text::normalization::{canonical_combining_class, is_nfc_quick};

/// Why bytes could not be read as a document.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum DecodeError {
    #[error("tệp không phải UTF-8 hợp lệ: byte lỗi tại vị trí {offset} (invalid UTF-8 at byte {offset})")]
    /// Not UTF-8 (nor a legacy encoding read as such).
    InvalidUtf8 {
        /// The first byte that is not.
        offset: usize,
    },
    #[error("tệp không phải UTF-8 hợp lệ (byte lỗi tại vị trí {offset}); trang khai báo bảng mã {charset}, chưa hỗ trợ: hãy lưu lại dưới dạng UTF-8 (invalid UTF-8 at byte {offset}; the page declares charset {charset}, not supported: save it as UTF-8)")]
    /// A web page, not UTF-8, that declares a charset the reader does not decode (it reads
    /// windows-1252, ISO-8859-1 and windows-1258).
    UnsupportedCharset {
        /// The first byte that is not UTF-8.
        offset: usize,
        /// The charset its `<meta>` names.
        charset: String,
    },
    #[error("tệp là UTF-16, hãy lưu lại dưới dạng UTF-8 (the file is UTF-16; save it as UTF-8)")]
    /// UTF-16 (a byte-order mark says so): save the file as UTF-8.
    Utf16,
    #[error("tệp nhị phân, không phải văn bản: có byte 0 tại vị trí {offset} (binary file: a NUL byte at {offset})")]
    /// Not text: a NUL byte.
    Binary {
        /// Where the NUL byte is.
        offset: usize,
    },
}

/// Characters of Vietnamese text that are NFC whatever surrounds them (quick check Yes,
/// combining class 0): ASCII, Latin-1, the Vietnamese letters and common punctuation.
fn always_nfc(c: char) -> bool {
    matches!(c,
        '\u{0}'..='\u{FF}' | 'ă' | 'Ă' | 'đ' | 'Đ' | 'ĩ' | 'Ĩ' | 'ũ' | 'Ũ' | 'ơ' | 'Ơ' | 'ư' | 'Ư'
        | '\u{1EA0}'..='\u{1EF9}' | '\u{2010}'..='\u{2027}' | '\u{2030}'..='\u{205E}')
}

/// `is_nfc_quick(text) == Yes`, without the table look-ups for the characters every Vietnamese
/// document is made of; any other character sends the whole text to the full check.
fn is_nfc_quickly(text: &str) -> bool {
    all_always_nfc(text) || is_nfc_quick(text)
}

/// `text.chars().all(always_nfc)`, stepping over ASCII bytes without decoding them (most of
/// the bytes of Vietnamese text, and every one of an ASCII line).
fn all_always_nfc(text: &str) -> bool {
    let bytes = text.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] < 0x80 {
            i += 1;
            continue;
        }
        // Latin-1 (C2, C3) and the Vietnamese block (E1 BA A0 – E1 BB B9), undecoded.
        match (bytes[i], bytes.get(i + 1), bytes.get(i + 2)) {
            (0xC2 | 0xC3, _, _) => {
                i += 2;
                continue;
            }
            (0xE1, Some(&0xBA), Some(&b2)) if b2 >= 0xA0 => {
                i += 3;
                continue;
            }
            (0xE1, Some(&0xBB), Some(&b2)) if b2 <= 0xB9 => {
                i += 3;
                continue;
            }
            _ => {}
        }
        match text[i..].chars().next() {
            Some(c) if always_nfc(c) => i += c.len_utf8(),
            _ => return false,
        }
    }
    true
}

/// What `Source::new` learns of one line of the text, a function of the line's text alone (a
/// session remembers it by the text: `Source::new_remembering`).
#[derive(Debug, Default)]
pub(crate) struct LineFacts {
    /// Its words that show a legacy encoding (`legacy::line_evidence`).
    evidence: crate::input::legacy::Evidence,
    /// Every character of it is NFC whatever surrounds it (`all_always_nfc`): a text whose
    /// lines all are is NFC.
    always_nfc: bool,
}

impl LineFacts {
    fn of(line: &str) -> Self {
        LineFacts {
            evidence: crate::input::legacy::line_evidence(line),
            always_nfc: all_always_nfc(line),
        }
    }
}

/// A document's text: the original as given, and its NFC form on which everything is checked.
/// Text in a legacy Vietnamese encoding (TCVN3, VNI) read as Unicode is converted first.
///
/// ```
/// use thethuc::Source;
/// // "Hòa" with its tone mark as a combining character (NFD), after a byte-order mark.
/// let source = Source::from_bytes("\u{feff}Ho\u{300}a\n".as_bytes()).unwrap();
/// assert_eq!(source.text(), "Hòa\n"); // what the rules see: NFC
/// assert!(source.had_bom());
/// assert_eq!(source.original(), "Ho\u{300}a\n"); // the input, without the BOM
/// // Offsets in `text()` map back to the input: "a" is byte 3 of the NFC text, byte 4 of the input.
/// assert_eq!(source.to_original(3, false), 4);
/// assert!(matches!(Source::from_bytes(b"\xff\xfeS\0"), Err(thethuc::DecodeError::Utf16)));
/// ```
#[derive(Debug, Clone)]
pub struct Source {
    original: String,
    /// The NFC text, when it differs from the original (legacy encoding, not NFC); most
    /// documents are NFC already and share the original's bytes.
    text: Option<String>,
    /// Chunks where NFC text and its base (the original, or its legacy conversion) differ in
    /// length; empty when the base was NFC. Each entry: (nfc_start, base_start) of a chunk.
    chunks: Vec<(u32, u32)>,
    /// The legacy conversion, when the input had legacy-encoded runs (maps base → original).
    legacy: Option<crate::input::legacy::Transcoded>,
    /// Legacy runs as spans of the NFC text, with their encoding (for MA002).
    legacy_runs: Vec<(crate::text::span::Span, crate::input::legacy::Encoding)>,
    /// The base text (original or converted) was not NFC.
    base_not_nfc: bool,
    had_bom: bool,
    orig_lines: LineIndex,
    /// The reading text, when the reader joined or reordered pieces of the NFC text.
    reading: Option<crate::text::reading::ReadingMap>,
    /// A web page's cleaned text (`html::clean`), under the legacy and NFC layers.
    markup: Option<crate::input::html::Cleaned>,
}

impl Source {
    /// Decodes bytes as UTF-8 (a BOM is accepted and remembered).
    pub fn from_bytes(bytes: &[u8]) -> Result<Self, DecodeError> {
        let (text, had_bom) = Self::utf8(bytes)?;
        let mut src = Self::new(text);
        src.had_bom = had_bom;
        Ok(src)
    }

    /// The UTF-8 text of `bytes` (after a BOM) and whether there was a BOM.
    fn utf8(bytes: &[u8]) -> Result<(&str, bool), DecodeError> {
        let (body, had_bom) = match bytes.strip_prefix(b"\xEF\xBB\xBF") {
            Some(rest) => (rest, true),
            None => (bytes, false),
        };
        if bytes.starts_with(b"\xFF\xFE") || bytes.starts_with(b"\xFE\xFF") {
            return Err(DecodeError::Utf16);
        }
        // No text file holds a NUL byte; a binary file often is valid UTF-8 for a while.
        if let Some(at) = memchr::memchr(0, bytes) {
            // UTF-16 without a byte order mark: a NUL in every other byte of Latin text.
            let head = &bytes[..bytes.len().min(2000)];
            let nul_at = |parity: usize| {
                head.iter()
                    .skip(parity)
                    .step_by(2)
                    .filter(|&&b| b == 0)
                    .count()
            };
            let half = head.len() / 2;
            if half >= 8 && (nul_at(0) * 10 >= half * 4) != (nul_at(1) * 10 >= half * 4) {
                return Err(DecodeError::Utf16);
            }
            return Err(DecodeError::Binary { offset: at });
        }
        // SIMD validation (SSE/AVX on x86, scalar elsewhere): Vietnamese text is mostly
        // multi-byte characters, where the standard library's ASCII shortcut does not help.
        match simdutf8::compat::from_utf8(body) {
            Ok(s) => Ok((s, had_bom)),
            Err(e) => Err(DecodeError::InvalidUtf8 {
                offset: e.valid_up_to() + usize::from(had_bom) * 3,
            }),
        }
    }

    /// Decodes a web page: what a browser shows of it is read (`html::clean`). A page in
    /// UTF-8 is read as such, positions pointing into its own bytes; one that is not and whose
    /// `<meta>` declares windows-1252 (ISO-8859-1) or windows-1258 is decoded from that charset,
    /// positions pointing into the decoded text (lines and columns are the page's).
    pub fn from_html(bytes: &[u8]) -> Result<Self, DecodeError> {
        use crate::input::charset;
        let (page, had_bom) = match Self::utf8(bytes) {
            Ok((text, had_bom)) => (text.to_owned(), had_bom),
            // A BOM says UTF-8 whatever the page declares.
            Err(DecodeError::InvalidUtf8 { offset }) if !bytes.starts_with(b"\xEF\xBB\xBF") => {
                match charset::declared(bytes).map(|l| (l, charset::known(l))) {
                    Some((_, Some(charset::Known::Windows1252))) => {
                        (charset::decode(bytes, false), false)
                    }
                    Some((_, Some(charset::Known::Windows1258))) => {
                        (charset::decode(bytes, true), false)
                    }
                    Some((label, None)) => {
                        return Err(DecodeError::UnsupportedCharset {
                            offset,
                            charset: String::from_utf8_lossy(label).into_owned(),
                        })
                    }
                    _ => return Err(DecodeError::InvalidUtf8 { offset }),
                }
            }
            Err(e) => return Err(e),
        };
        let cleaned = crate::input::html::clean(&page);
        let mut src = Self::build(page, Some(cleaned));
        src.had_bom = had_bom;
        Ok(src)
    }

    /// Builds a source from text already decoded.
    pub fn new(original: &str) -> Self {
        Self::build(original.to_owned(), None)
    }

    /// `new`, with what it learns of each line (`LineFacts`) remembered in `lines` by the
    /// line's text (a session's), and taken from there when the line comes again.
    pub(crate) fn new_remembering(
        original: &str,
        lines: &mut crate::text::store::Store<LineFacts>,
    ) -> Self {
        Self::build_with(original.to_owned(), None, Some(lines))
    }

    fn build(original: String, markup: Option<crate::input::html::Cleaned>) -> Self {
        Self::build_with(original, markup, None)
    }

    fn build_with(
        original: String,
        markup: Option<crate::input::html::Cleaned>,
        lines: Option<&mut crate::text::store::Store<LineFacts>>,
    ) -> Self {
        let orig_lines = LineIndex::new(&original);
        let decoded: &str = markup
            .as_ref()
            .map_or(original.as_str(), |m| m.text.as_str());
        // Whether the lines' evidence lets a legacy encoding be detected, and whether every
        // line is NFC whatever surrounds it.
        let by_lines = lines.map(|store| {
            let mut strong = crate::input::legacy::Evidence::default();
            let mut always_nfc = true;
            for line in decoded.split('\n') {
                let at = store.find_or_make(line, || LineFacts::of(line));
                let facts = store.get(at);
                always_nfc &= facts.always_nfc;
                for (all, of_line) in strong.iter_mut().zip(&facts.evidence) {
                    all.extend(of_line.iter().cloned());
                }
            }
            (crate::input::legacy::enough_evidence(&strong), always_nfc)
        });
        let runs = match by_lines {
            Some((false, _)) => Vec::new(),
            Some((true, _)) => crate::input::legacy::runs(decoded),
            None => crate::input::legacy::detect(decoded),
        };
        let legacy = (!runs.is_empty()).then(|| crate::input::legacy::convert(decoded, &runs));
        let base: &str = legacy.as_ref().map_or(decoded, |t| t.text.as_str());
        // Without a conversion the base is the decoded text, whose lines were looked at.
        let lines_nfc = legacy.is_none() && by_lines.is_some_and(|(_, always_nfc)| always_nfc);
        let (text, chunks, base_not_nfc) = if lines_nfc || is_nfc_quickly(base) {
            let converted = legacy.as_ref().map(|t| t.text.clone());
            (
                converted.or_else(|| markup.as_ref().map(|m| m.text.clone())),
                Vec::new(),
                false,
            )
        } else {
            let (t, c) = normalize_with_map(base);
            let changed = t != base;
            (Some(t), c, changed)
        };
        let mut src = Self {
            original,
            text,
            chunks,
            legacy,
            legacy_runs: Vec::new(),
            base_not_nfc,
            had_bom: false,
            orig_lines,
            reading: None,
            markup,
        };
        let to_page = |o: usize| match &src.markup {
            Some(m) => m.to_page(o as u32, false),
            None => o as u32,
        };
        let runs: Vec<(u32, u32, crate::input::legacy::Encoding)> = runs
            .iter()
            .map(|r| (to_page(r.start), to_page(r.end), r.encoding))
            .collect();
        src.legacy_runs = runs
            .iter()
            .map(|&(rs, re, encoding)| {
                let r = crate::input::legacy::LegacyRun {
                    start: rs as usize,
                    end: re as usize,
                    encoding,
                };
                let start = src.from_original(r.start as u32);
                let end = src.from_original(r.end as u32);
                (
                    crate::text::span::Span::new(start, end.max(start)),
                    r.encoding,
                )
            })
            .collect();
        src
    }

    /// The text every rule sees: the reading text when the reader made one, otherwise the NFC
    /// text.
    pub fn text(&self) -> &str {
        match &self.reading {
            Some(r) => &r.text,
            None => self.nfc_text(),
        }
    }

    /// The original text in NFC (legacy encodings converted), before the reader.
    pub fn nfc_text(&self) -> &str {
        self.text.as_deref().unwrap_or(&self.original)
    }

    /// Sets the reading text (`None`: the NFC text is read as it is). Legacy runs follow.
    pub(crate) fn set_reading(&mut self, reading: Option<crate::text::reading::ReadingMap>) {
        // Back to NFC spans first, should a reading text be replaced.
        let runs: Vec<_> = self
            .legacy_runs
            .iter()
            .map(|&(s, enc)| (self.to_nfc_span(s), enc))
            .collect();
        self.reading = reading;
        self.legacy_runs = runs
            .into_iter()
            .map(|(s, enc)| {
                let a = self.nfc_to_reading(s.start, false);
                let b = self.nfc_to_reading(s.end, true).max(a);
                // A run the reading text leaves out (inside a web page's tag), or whose ends
                // land in pieces the reader put in another order, has no span of its own
                // there: an empty one (no finding), never one whose ends map back reversed.
                let (na, nb) = (self.reading_to_nfc(a, false), self.reading_to_nfc(b, true));
                let b = if na >= s.end || nb <= s.start || na > nb {
                    a
                } else {
                    b
                };
                (crate::text::span::Span::new(a, b), enc)
            })
            .collect();
    }

    /// True when the reader joined or reordered pieces of the text.
    pub(crate) fn has_reading_text(&self) -> bool {
        self.reading.is_some()
    }

    fn reading_to_nfc(&self, offset: u32, is_end: bool) -> u32 {
        match &self.reading {
            Some(r) => r.to_nfc(offset, is_end),
            None => offset,
        }
    }

    fn to_nfc_span(&self, s: crate::text::span::Span) -> crate::text::span::Span {
        crate::text::span::Span::new(
            self.reading_to_nfc(s.start, false),
            self.reading_to_nfc(s.end, true),
        )
    }

    /// `span` narrowed, where needed, so that its start maps to the original before its end
    /// (see `ReadingMap::ordered`).
    pub(crate) fn ordered_span(&self, span: crate::text::span::Span) -> crate::text::span::Span {
        match &self.reading {
            Some(r) => {
                let (a, b) = r.ordered(span.start, span.end);
                crate::text::span::Span::new(a, b)
            }
            None => span,
        }
    }

    /// An offset of the NFC text (before the reader) in the text rules see.
    pub(crate) fn nfc_to_reading(&self, offset: u32, is_end: bool) -> u32 {
        match &self.reading {
            Some(r) => r.nfc_to_reading(offset, is_end),
            None => offset,
        }
    }

    /// An edit of `span` (in the text rules see) as edits the original can take, each within
    /// one piece of a line the reader joined (so `to_original` maps it exactly). `None` when it
    /// cannot be written without moving text between lines of the original.
    pub(crate) fn writable_edits(
        &self,
        span: crate::text::span::Span,
        replacement: &str,
    ) -> Option<Vec<(crate::text::span::Span, String)>> {
        match &self.reading {
            Some(r) => r.split_edit(span.start, span.end, replacement).map(|v| {
                v.into_iter()
                    .map(|(s, e, rep)| (crate::text::span::Span::new(s, e), rep))
                    .collect()
            }),
            None => Some(vec![(span, replacement.to_owned())]),
        }
    }

    /// The text exactly as it was given.
    pub fn original(&self) -> &str {
        &self.original
    }

    /// The bytes began with a UTF-8 byte-order mark (not part of `original()`).
    pub fn had_bom(&self) -> bool {
        self.had_bom
    }

    /// True when the text (after any legacy conversion) was not in NFC (MA001's question).
    pub(crate) fn was_normalized(&self) -> bool {
        self.base_not_nfc
    }

    /// True when normalisation to NFC changed the text under `span` (of the text rules see):
    /// the base text there (the original, or its legacy conversion) was not in NFC. MA001 asks
    /// this rather than comparing with the original, which the reader's own rewriting (a
    /// Markdown escape `1\\.`, emphasis marks `**` set aside) makes differ too.
    pub(crate) fn changed_by_nfc(&self, span: crate::text::span::Span) -> bool {
        if !self.base_not_nfc {
            return false;
        }
        let a = self.reading_to_nfc(span.start, false);
        let b = self.reading_to_nfc(span.end, true);
        if a >= b {
            return false;
        }
        let base_text = match (&self.legacy, &self.markup) {
            (Some(t), _) => t.text.as_str(),
            (None, Some(m)) => m.text.as_str(),
            (None, None) => self.original.as_str(),
        };
        let nfc = self.nfc_text().get(a as usize..b as usize);
        let base = base_text.get(self.to_base(a, false) as usize..self.to_base(b, true) as usize);
        nfc != base
    }

    /// Legacy-encoded runs (TCVN3, VNI) found and converted, as spans of the text rules see.
    pub fn legacy_runs(&self) -> &[(crate::text::span::Span, crate::input::legacy::Encoding)] {
        &self.legacy_runs
    }

    /// Maps a byte offset in the text rules see to a byte offset in the original.
    /// An offset inside a recomposed cluster maps to the cluster's start (or end, for `end` offsets).
    pub fn to_original(&self, offset: u32, is_end: bool) -> u32 {
        self.nfc_to_original(self.reading_to_nfc(offset, is_end), is_end)
    }

    fn nfc_to_original(&self, nfc_offset: u32, is_end: bool) -> u32 {
        let base = self.to_base(nfc_offset, is_end);
        let decoded = match &self.legacy {
            Some(t) => t.to_input(base, is_end),
            None => base,
        };
        match &self.markup {
            Some(m) => m.to_page(decoded, is_end),
            None => decoded,
        }
    }

    /// The offset in the text rules see of an original offset (through the NFC text: the
    /// first NFC offset that maps at or after it).
    pub fn from_original(&self, original_offset: u32) -> u32 {
        self.nfc_to_reading(self.nfc_from_original(original_offset), false)
    }

    fn nfc_from_original(&self, original_offset: u32) -> u32 {
        let nfc = self.nfc_text();
        let (mut lo, mut hi) = (0u32, nfc.len() as u32);
        while lo < hi {
            let mid = lo + (hi - lo) / 2;
            if self.nfc_to_original(mid, false) < original_offset {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        let mut o = lo as usize;
        while o < nfc.len() && !nfc.is_char_boundary(o) {
            o += 1;
        }
        o as u32
    }

    /// NFC offset → offset in the base text (the original, or its legacy conversion).
    fn to_base(&self, nfc_offset: u32, is_end: bool) -> u32 {
        if self.chunks.is_empty() {
            return nfc_offset;
        }
        let idx = self.chunks.partition_point(|&(n, _)| n <= nfc_offset);
        if idx == 0 {
            return nfc_offset;
        }
        let (n_start, o_start) = self.chunks[idx - 1];
        if nfc_offset == n_start {
            return o_start;
        }
        // Inside a chunk: the end of a range goes to the chunk's end, a start to its start.
        let decoded_len = self
            .markup
            .as_ref()
            .map_or(self.original.len(), |m| m.text.len());
        let base_len = self.legacy.as_ref().map_or(decoded_len, |t| t.text.len()) as u32;
        let (_, o_end) = self
            .chunks
            .get(idx)
            .copied()
            .unwrap_or((self.nfc_text().len() as u32, base_len));
        if is_end {
            o_end
        } else {
            o_start
        }
    }

    /// The original byte range of an NFC span: the start maps to its first byte, the end past the last.
    pub fn original_range(&self, span: crate::text::span::Span) -> (u32, u32) {
        (
            self.to_original(span.start, false),
            self.to_original(span.end, true),
        )
    }

    /// Where an NFC span lies in the original: byte offsets, and 1-based lines and columns.
    pub fn place(&self, span: crate::text::span::Span) -> Place {
        let (start, end) = self.original_range(span);
        let (line, column) = self.line_col(start);
        let (end_line, end_column) = self.line_col(end);
        Place {
            start,
            end,
            line,
            column,
            end_line,
            end_column,
        }
    }

    /// 1-based line and column (in characters) of an original byte offset.
    pub fn line_col(&self, original_offset: u32) -> (u32, u32) {
        self.orig_lines.line_col(&self.original, original_offset)
    }

    /// UTF-16 code-unit offset of an original byte offset (what JavaScript strings index by).
    pub fn utf16_offset(&self, original_offset: u32) -> u32 {
        self.orig_lines.utf16(&self.original, original_offset)
    }

    /// The original line (without its terminator) holding `original_offset`, and the line's start.
    pub fn original_line_at(&self, original_offset: u32) -> (&str, u32) {
        let (start, end) = self.orig_lines.line_bounds(&self.original, original_offset);
        (&self.original[start as usize..end as usize], start)
    }
}

/// The stretch of `text` within `reach` bytes each side of byte `at`, widened to character
/// boundaries, and where it starts in `text`: what stands near a place in a line of any length.
pub fn window_around(text: &str, at: usize, reach: usize) -> (&str, usize) {
    let mut from = at.saturating_sub(reach);
    while !text.is_char_boundary(from) {
        from -= 1;
    }
    let mut to = at.saturating_add(reach).min(text.len());
    while !text.is_char_boundary(to) {
        to += 1;
    }
    (&text[from..to], from)
}

/// Normalises chunk by chunk: a chunk starts at a character that is a starter and cannot combine
/// with what precedes it, so each chunk's NFC form is independent of its neighbours.
fn normalize_with_map(original: &str) -> (String, Vec<(u32, u32)>) {
    let mut text = String::with_capacity(original.len());
    let mut chunks = Vec::new();
    let mut chunk_start = 0usize;
    let flush = |text: &mut String, chunks: &mut Vec<(u32, u32)>, from: usize, to: usize| {
        if from < to {
            chunks.push((text.len() as u32, from as u32));
            let chunk = &original[from..to];
            // One character that is NFC in any company is its own NFC (most chunks).
            let mut chars = chunk.chars();
            match (chars.next(), chars.next()) {
                (Some(c), None) if always_nfc(c) => text.push_str(chunk),
                _ => crate::text::normalization::push_nfc(text, chunk),
            }
        }
    };
    for (i, c) in original.char_indices() {
        let independent = always_nfc(c)
            || (canonical_combining_class(c) == 0 && is_nfc_quick(c.encode_utf8(&mut [0; 4])));
        if independent && i > chunk_start {
            flush(&mut text, &mut chunks, chunk_start, i);
            chunk_start = i;
        }
    }
    flush(&mut text, &mut chunks, chunk_start, original.len());
    (text, chunks)
}

/// A span's position for people and programs: byte offsets in the original text, and 1-based
/// lines and columns (columns count characters).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Place {
    /// Byte offset of the start in the original text.
    pub start: u32,
    /// Byte offset of the end (exclusive) in the original text.
    pub end: u32,
    /// Line of the start, from 1.
    pub line: u32,
    /// Column of the start, from 1, in characters.
    pub column: u32,
    /// Line of the end.
    pub end_line: u32,
    /// Column of the end (the character after the span), from 1.
    pub end_column: u32,
}

/// Line starts of a text, for line/column and UTF-16 conversions.
#[derive(Debug, Clone)]
pub struct LineIndex {
    starts: Vec<u32>,
}

impl LineIndex {
    pub fn new(text: &str) -> Self {
        let bytes = text.as_bytes();
        let mut starts = vec![0];
        // After `\n`, and after a `\r` alone (an old Mac file's line end), as the reader cuts.
        starts.extend(
            memchr::memchr2_iter(b'\n', b'\r', bytes)
                .filter(|&i| bytes[i] == b'\n' || bytes.get(i + 1) != Some(&b'\n'))
                .map(|i| i as u32 + 1),
        );
        Self { starts }
    }

    fn line_of(&self, offset: u32) -> usize {
        self.starts
            .partition_point(|&s| s <= offset)
            .saturating_sub(1)
    }

    pub fn line_col(&self, text: &str, offset: u32) -> (u32, u32) {
        let offset = clamp_to_boundary(text, offset);
        let line = self.line_of(offset);
        let start = self.starts[line] as usize;
        let col = text[start..offset as usize].chars().count() as u32 + 1;
        (line as u32 + 1, col)
    }

    pub fn utf16(&self, text: &str, offset: u32) -> u32 {
        let offset = clamp_to_boundary(text, offset) as usize;
        text[..offset].chars().map(|c| c.len_utf16() as u32).sum()
    }

    fn line_bounds(&self, text: &str, offset: u32) -> (u32, u32) {
        let line = self.line_of(clamp_to_boundary(text, offset));
        let start = self.starts[line];
        let mut end = self
            .starts
            .get(line + 1)
            .map_or(text.len() as u32, |&s| s - 1);
        if end > start && text.as_bytes()[end as usize - 1] == b'\r' {
            end -= 1;
        }
        (start, end)
    }
}

fn clamp_to_boundary(text: &str, offset: u32) -> u32 {
    let mut o = (offset as usize).min(text.len());
    while !text.is_char_boundary(o) {
        o -= 1;
    }
    o as u32
}

#[cfg(test)]
mod nfc_tests {
    use super::*;

    #[test]
    fn the_always_nfc_characters_are_nfc_in_any_company() {
        let all: Vec<char> = ('\u{0}'..='\u{ffff}').filter(|&c| always_nfc(c)).collect();
        assert!(all.len() > 400);
        for &c in &all {
            assert_eq!(
                unicode_normalization::is_nfc_quick(std::iter::once(c)),
                unicode_normalization::IsNormalized::Yes,
                "U+{:04X}",
                c as u32
            );
            assert_eq!(
                unicode_normalization::char::canonical_combining_class(c),
                0,
                "U+{:04X}",
                c as u32
            );
        }
        assert!(is_nfc_quickly("Cộng hòa xã hội – “Độc lập” …"));
        assert!(!is_nfc_quickly("Co\u{302}\u{323}ng"));
    }

    /// The byte walk says what the character walk says, with every character among ASCII.
    #[test]
    fn the_byte_walk_agrees_with_the_character_walk() {
        for c in ('\u{0}'..='\u{ffff}').chain(['\u{1f600}', '\u{10ffff}']) {
            let t = format!("ab{c}Độ c");
            assert_eq!(
                all_always_nfc(&t),
                t.chars().all(always_nfc),
                "U+{:04X}",
                c as u32
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A Western Word page: Vietnamese letters as references, Latin-1 and 0x80–0x9F as bytes.
    #[test]
    fn a_windows_1252_page_is_decoded_from_its_declared_charset() {
        let page = b"<html>\r\n<head>\r\n<meta http-equiv=Content-Type content=\"text/html; charset=windows-1252\">\r\n</head><body>\r\n<p>C&#7896;NG H\xd2A X&#195; H&#7896;I</p>\r\n<p>&#272;&#7897;c l&#7853;p \x96 T&#7921; do \x96 H&#7841;nh ph\xfac</p></body></html>";
        let source = Source::from_html(page).unwrap();
        assert!(
            source.text().contains("CỘNG HÒA XÃ HỘI"),
            "{:?}",
            source.text()
        );
        assert!(source.text().contains("Độc lập – Tự do – Hạnh phúc"));
        assert!(source.original().contains("H\u{d2}A"));
        // Lines and columns are the page's: "phúc" on line 6, after 55 characters.
        let at = source.text().find("phúc").unwrap() as u32;
        let place = source.place(crate::text::span::Span::new(at, at + 5));
        assert_eq!((place.line, place.column), (6, 56));
        let original = source.to_original(at, false) as usize;
        assert_eq!(&source.original()[original..original + 5], "ph\u{fa}c");
        assert_eq!(source.line_col(original as u32), (6, 56));
        // ISO-8859-1, in any case and quoting, means windows-1252 (as browsers read it).
        for meta in [
            &b"<META CHARSET='ISO-8859-1'>"[..],
            b"<meta charset=Latin1 />",
        ] {
            let page = [meta, b"<p>\x93H\xf2a\x94 \x80</p>"].concat();
            assert!(Source::from_html(&page)
                .unwrap()
                .text()
                .contains("\u{201c}Hòa\u{201d} €"));
        }
    }

    /// A Vietnamese Word page: Ă Đ Ơ Ư as bytes, tone marks as combining bytes, composed.
    #[test]
    fn a_windows_1258_page_is_decoded_and_composed() {
        let page = b"<html><head><meta charset=\"windows-1258\"></head><body><p>C\xd4\xf2NG HO\xccA XA\xde H\xd4\xf2I CHU\xd2 NGHI\xdeA VI\xca\xf2T NAM</p><p>\xd0\xf4\xf2c l\xe2\xf2p - T\xfd\xf2 do - Ha\xf2nh ph\xfac</p><p>S\xf4\xec: 12/Q\xd0-UBND \xfe \xf0\xf5n v\xe3n</p></body></html>";
        let source = Source::from_html(page).unwrap();
        let text = source.text();
        assert!(
            text.contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
            "{text:?}"
        );
        assert!(text.contains("Độc lập - Tự do - Hạnh phúc"), "{text:?}");
        assert!(text.contains("Số: 12/QĐ-UBND ₫ đơn văn"), "{text:?}");
        assert!(source.original().contains("Ha\u{323}nh"));
        assert!(is_nfc_quick(text));
        // The same in cp1258 as a Content-Type meta.
        let page = b"<meta http-equiv=\"content-type\" content=\"text/html;charset=CP1258\"><p>Ha\xf2nh ph\xfac</p>";
        assert!(Source::from_html(page)
            .unwrap()
            .text()
            .contains("Hạnh phúc"));
    }

    #[test]
    fn a_page_not_utf8_keeps_its_error_unless_its_charset_is_read() {
        // Declares nothing, declares UTF-8, or has a UTF-8 BOM: the byte that is not UTF-8.
        for page in [
            &b"<html><p>H\xf2a</p>"[..],
            b"<meta charset=utf-8><p>H\xf2a</p>",
            b"\xEF\xBB\xBF<meta charset=windows-1252><p>H\xf2a</p>",
        ] {
            let at = page.iter().position(|&b| b == 0xF2).unwrap();
            assert_eq!(
                Source::from_html(page).unwrap_err(),
                DecodeError::InvalidUtf8 { offset: at }
            );
        }
        // A charset not read here is named.
        let page = b"<meta http-equiv=Content-Type content=\"text/html; charset=shift_jis\"><p>\x93\xfa</p>";
        let err = Source::from_html(page).unwrap_err();
        assert_eq!(
            err,
            DecodeError::UnsupportedCharset {
                offset: page.iter().position(|&b| b == 0x93).unwrap(),
                charset: "shift_jis".into()
            }
        );
        assert!(
            err.to_string().contains("bảng mã shift_jis, chưa hỗ trợ"),
            "{err}"
        );
        // A text file is UTF-8 whatever it says.
        assert!(Source::from_bytes(b"<meta charset=windows-1252>H\xf2a").is_err());
    }

    #[test]
    fn invalid_utf8_names_the_byte_offset() {
        let err = Source::from_bytes(b"Ok \xff bad").unwrap_err();
        assert_eq!(err, DecodeError::InvalidUtf8 { offset: 3 });
    }

    /// The SIMD validator reports the offset the standard library does, deep in long
    /// Vietnamese text too (where it works in blocks), with and without a byte order mark.
    #[test]
    fn invalid_utf8_offsets_agree_with_the_standard_library() {
        let text =
            "Căn cứ Nghị định số 30/2020/NĐ-CP ngày 05 tháng 3 năm 2020 của Chính phủ; ".repeat(40);
        for cut in [0, 1, 63, 64, 65, 200, 1000, text.len() - 1] {
            for bad in [&b"\xff"[..], b"\xe1\xbb", b"\xc3", b"\xed\xa0\x80"] {
                for bom in [false, true] {
                    let mut bytes = if bom {
                        b"\xEF\xBB\xBF".to_vec()
                    } else {
                        Vec::new()
                    };
                    let body_start = bytes.len();
                    bytes.extend_from_slice(&text.as_bytes()[..cut]);
                    bytes.extend_from_slice(bad);
                    bytes.extend_from_slice(text.as_bytes());
                    let want = std::str::from_utf8(&bytes[body_start..])
                        .unwrap_err()
                        .valid_up_to()
                        + body_start;
                    assert_eq!(
                        Source::from_bytes(&bytes).unwrap_err(),
                        DecodeError::InvalidUtf8 { offset: want },
                        "cut {cut}, bad {bad:?}, bom {bom}"
                    );
                }
            }
        }
    }

    #[test]
    fn bom_is_accepted_and_offsets_count_from_after_it() {
        let src = Source::from_bytes("\u{feff}Số: 05".as_bytes()).unwrap();
        assert!(src.had_bom());
        assert_eq!(src.text(), "Số: 05");
    }

    #[test]
    fn nfd_input_maps_back_to_original_offsets() {
        // "Hòa" in NFD: H o U+0300 a  (o + grave is two chars, 3 bytes).
        let nfd = "Ho\u{300}a Bình";
        let src = Source::new(nfd);
        assert_eq!(src.text(), "Hòa Bình");
        // "Bình" starts at NFC byte 5 (H=1, ò=2, a=1, space=1) and at original byte 6.
        assert_eq!(src.to_original(5, false), 6);
        // The end of "Hòa" (NFC byte 4) is original byte 5.
        assert_eq!(src.to_original(4, true), 5);
        assert_eq!(src.line_col(6), (1, 6));
    }

    #[test]
    fn legacy_text_is_converted_and_maps_back_to_the_original_bytes() {
        // VNI read as Windows-1252: "COÄNG HOAØ XAÕ HOÄI CHUÛ NGHÓA VIEÄT NAM" and one Unicode line.
        let vni = "COÄNG HOAØ XAÕ HOÄI CHUÛ NGHÓA VIEÄT NAM\nÑoäc laäp - Töï do - Haïnh phuùc\nTrương Tấn Thiệu\n";
        let src = Source::new(vni);
        assert!(src
            .text()
            .starts_with("CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"));
        assert!(src.text().ends_with("Trương Tấn Thiệu\n"));
        assert!(!src.legacy_runs().is_empty());
        // "Độc" in the NFC text maps back to "Ñoäc" in the original.
        let nfc = src.text().find("Độc").unwrap() as u32;
        let orig = src.to_original(nfc, false) as usize;
        assert!(vni[orig..].starts_with("Ñoäc"));
        let end = src.to_original(nfc + "Độc".len() as u32, true) as usize;
        assert_eq!(&vni[orig..end], "Ñoäc");
        assert_eq!(src.from_original(orig as u32), nfc);
    }

    #[test]
    fn utf16_offsets_count_surrogate_pairs() {
        let src = Source::new("😀 Số");
        // The emoji is 4 bytes and 2 UTF-16 units; "S" is at byte 5, UTF-16 offset 3.
        assert_eq!(src.utf16_offset(5), 3);
        assert_eq!(src.line_col(5), (1, 3));
    }

    #[test]
    fn line_and_column_are_one_based_in_characters() {
        let src = Source::new("a\nđây là\r\ncuối");
        assert_eq!(src.line_col(0), (1, 1));
        // "là" starts after "đây " = 4 chars on line 2.
        let off = src.original().find("là").unwrap() as u32;
        assert_eq!(src.line_col(off), (2, 5));
        assert_eq!(src.original_line_at(off).0, "đây là");
        // A lone CR ends a line too (an old Mac file); CR LF is one line end.
        let src = Source::new("a\rđây là\r\ncuối\rhết");
        let off = src.original().find("cuối").unwrap() as u32;
        assert_eq!(src.line_col(off), (3, 1));
        assert_eq!(src.original_line_at(off).0, "cuối");
        let off = src.original().find("là").unwrap() as u32;
        assert_eq!(src.original_line_at(off).0, "đây là");
    }
}
