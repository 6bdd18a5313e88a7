//! The body's nodes as the tree holds them: paragraphs, the hierarchy of phần / chương / mục /
//! điều / khoản / điểm, and the citations of other documents. `recognize::structure` and
//! `recognize::citations` find them.

use crate::text::span::Span;
use serde::Serialize;

/// Lines that read as one paragraph: the first line and the lines a converter wrapped off it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Paragraph {
    /// Its lines (indices into `Document::lines`), in order.
    pub lines: Vec<usize>,
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
    pub(crate) fn rank(self, depth: u32) -> u32 {
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

/// Body lines that are not the document's own text at its own level: what another document
/// says, quoted (`… như sau:` / `“1. …` … `… ký.”`), or a note in brackets (`(Xin gửi kèm
/// theo:` / `1. Dự thảo Luật;` … `2. Báo cáo …).`), or a PDF page's footnotes. Their numbered
/// lines belong to the quoted text or the note, not to the body's hierarchy.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Aside {
    /// Its lines (indices into `Document::lines`).
    pub lines: std::ops::Range<usize>,
    /// What it is.
    pub kind: AsideKind,
}

/// What an [`Aside`] holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum AsideKind {
    /// A passage in quotation marks over several lines.
    Quotation,
    /// A note in brackets over several lines.
    Bracketed,
    /// The footnotes at the foot of a PDF page.
    Footnote,
}

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
            .map(|s| crate::model::doctype::comparison_key(s.of(text)))
    }
    /// Laws and ordinances need no number, date or issuer when cited (Phụ lục I).
    pub(crate) fn is_law(&self, text: &str) -> bool {
        self.type_key(text)
            .is_some_and(|k| matches!(k.as_str(), "luật" | "bộ luật" | "pháp lệnh" | "hiến pháp"))
    }
}
