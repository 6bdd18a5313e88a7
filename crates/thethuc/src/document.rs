//! The typed document tree: classified lines, and the components of the decree found among them.
//! Components refer to lines by index; every line carries byte spans into the NFC text.

use serde::Serialize;

pub use crate::doctype::{DocType, Family as DocTypeFamily};
pub use crate::reader::layout::Furniture;
pub use crate::structure::{Citation, CitedDate, Paragraph, Section, SectionKind};

/// A byte range in the NFC text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Default)]
pub struct Span {
    pub start: u32,
    pub end: u32,
}

impl Span {
    pub fn new(start: u32, end: u32) -> Self {
        Self { start, end }
    }
    pub fn len(&self) -> u32 {
        self.end - self.start
    }
    pub fn is_empty(&self) -> bool {
        self.start == self.end
    }
    pub fn of<'t>(&self, text: &'t str) -> &'t str {
        text.get(self.start as usize..self.end as usize)
            .unwrap_or("")
    }
    pub fn cover(a: Span, b: Span) -> Span {
        Span::new(a.start.min(b.start), a.end.max(b.end))
    }
}

/// Style known for a line: from Markdown markers now, from Word or the editor later.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize)]
pub struct StyleHints {
    pub bold: bool,
    pub italic: bool,
    /// Markdown heading level (1–6), 0 when none.
    pub heading: u8,
}

/// One line of the input, or one column segment of a line laid out in columns.
#[derive(Debug, Clone, Serialize)]
pub struct Line {
    /// The content, without surrounding white space or Markdown markers.
    pub span: Span,
    /// 0-based physical line number.
    pub row: u32,
    /// 0 for the first segment of a physical line, 1 for the next column, …
    pub column: u8,
    /// Character column where the segment starts (tabs count as 8).
    pub indent: u32,
    /// A blank line (or page furniture) stands between this line and the previous content.
    pub blank_before: bool,
    pub style: StyleHints,
    pub kind: LineKind,
}

/// What the grammar recognised in a line. Sub-spans point at the parts rules need.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum LineKind {
    QuocHieu,
    TieuNgu {
        separators: Vec<Span>,
    },
    PartyHeading,
    So(SoParts),
    PlaceDate(DateParts),
    Vv {
        label: Span,
        colon: Option<Span>,
        text: Span,
    },
    VeViec {
        text: Span,
    },
    KinhGui {
        label: Span,
        colon: Option<Span>,
        rest: Span,
    },
    NoiNhan {
        label: Span,
        colon: Option<Span>,
        rest: Span,
    },
    Luu {
        dash: Option<Span>,
        word: Span,
        colon: Option<Span>,
        rest: Span,
    },
    Enacting,
    CanCu,
    ThucHien,
    TheoDeNghi,
    PhanChuong {
        label: Span,
        number: Span,
        rest: Span,
    },
    Dieu {
        number: Span,
        separator: Option<Span>,
        rest: Span,
    },
    PhuLuc {
        number: Option<Span>,
        rest: Span,
    },
    KemTheo,
    Authority {
        prefix: Span,
        separator: Option<Span>,
        title: Span,
    },
    RomanMuc {
        number: Span,
        rest: Span,
    },
    Khoan {
        number: Span,
        rest: Span,
    },
    Diem {
        letter: Span,
        separator: Span,
        rest: Span,
    },
    Dash {
        dash: Span,
        rest: Span,
    },
    Paragraph,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct SoParts {
    pub word: Span,
    pub colon: Option<Span>,
    pub number: Option<Span>,
    /// Dots or underscores standing for the number in a draft.
    pub blank: Option<Span>,
    pub slash: Option<Span>,
    /// The whole ký hiệu (`QĐ-UBND`, `2025/QĐ-UBND`).
    pub ky_hieu: Option<Span>,
    /// The groups of the ký hiệu, and the separators between them.
    pub parts: Vec<Span>,
    pub separators: Vec<Span>,
    /// Party form `Số 12-KH/TU`.
    pub party: bool,
}

impl SoParts {
    /// A state-form Số line whose slash a scan lost (`Só:2QĐÐ-ĐHQGHN`, `Số: 44ÝTTr-CAT-PC04`):
    /// where its number ends and its ký hiệu starts is a guess, so neither is judged.
    pub fn slash_lost(&self) -> bool {
        !self.party && self.slash.is_none()
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct DateParts {
    pub place: Span,
    pub comma: Option<Span>,
    pub day: Option<Span>,
    pub month: Option<Span>,
    pub year: Option<Span>,
    /// `15/3/2026` instead of words.
    pub numeric: bool,
    /// A trailing `.` or `;`.
    pub end: Option<Span>,
}

/// Which body of rules governs the document.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Regime {
    /// Văn bản hành chính under Nghị định 30/2020/NĐ-CP.
    Nd30,
    /// Party document (Hướng dẫn 36-HD/VPTW).
    Party,
    /// Legal normative document (VBQPPL).
    Qppl,
}

#[derive(Debug, Clone, Default, Serialize)]
pub struct Header {
    pub quoc_hieu: Option<usize>,
    pub tieu_ngu: Option<usize>,
    pub party_heading: Option<usize>,
    /// Issuer lines, parent body first.
    pub issuer: Vec<usize>,
    /// The issuer lines grouped into bodies, parent first: each body the spans of its words
    /// (a name wrapped over lines is one body; two bodies on one line are two).
    pub issuer_bodies: Vec<Vec<Span>>,
    pub so: Option<usize>,
    pub place_date: Option<usize>,
}

#[derive(Debug, Clone, Serialize)]
pub struct Title {
    pub type_line: usize,
    pub doc_type: Option<crate::doctype::DocType>,
    pub trich_yeu: Vec<usize>,
    /// The `(Ban hành kèm theo Quyết định số …)` line under the title of a regulation issued
    /// with another document: its number, date and recipients are that document's.
    pub issued_with: Option<usize>,
}

#[derive(Debug, Clone, Default, Serialize)]
pub struct KinhGui {
    pub label: usize,
    pub items: Vec<usize>,
}

#[derive(Debug, Clone, Default, Serialize)]
pub struct NoiNhan {
    pub label: usize,
    /// The label line is what a scan left of the label (`Tà`, `R-.4ê th`), read as the label
    /// from the recipients under it and the signature beside it.
    pub label_from_remnant: bool,
    /// Recipient lines in order, the Lưu line included; continuation lines are folded into items.
    pub items: Vec<RecipientItem>,
    pub luu: Option<usize>,
}

#[derive(Debug, Clone, Default, Serialize)]
pub struct RecipientItem {
    /// First line of the item, then its continuation lines.
    pub lines: Vec<usize>,
}

#[derive(Debug, Clone, Default, Serialize)]
pub struct Signature {
    pub authority: Vec<usize>,
    pub positions: Vec<usize>,
    pub name: Option<usize>,
}

#[derive(Debug, Clone, Default, Serialize)]
pub struct Closing {
    pub noi_nhan: Option<NoiNhan>,
    pub signature: Signature,
    /// Lines in the closing that are neither recipient, position nor name.
    pub stray: Vec<usize>,
}

#[derive(Debug, Clone, Serialize)]
pub struct Appendix {
    pub heading: usize,
    pub reference: Option<usize>,
    pub lines: std::ops::Range<usize>,
}

/// The whole document.
#[derive(Debug, Clone, Serialize)]
pub struct Document {
    pub lines: Vec<Line>,
    pub regime: Regime,
    pub header: Header,
    pub title: Option<Title>,
    /// The công văn trích yếu: the `V/v` line and its continuation lines.
    pub vv: Vec<usize>,
    pub kinh_gui: Option<KinhGui>,
    /// Căn cứ / Thực hiện / Theo đề nghị lines (first lines of each paragraph).
    pub preamble: Vec<usize>,
    /// The line naming the issuing authority above the căn cứ of a Quyết định.
    pub authority_heading: Option<usize>,
    pub enacting: Option<usize>,
    /// Lines of the body (between preamble and closing).
    pub body: std::ops::Range<usize>,
    pub closing: Closing,
    pub appendices: Vec<Appendix>,
    /// Preamble, body and appendix lines grouped into paragraphs (wrapped lines joined).
    pub paragraphs: Vec<crate::structure::Paragraph>,
    /// The body's phần / chương / mục / điều / khoản / điểm tree.
    pub sections: Vec<crate::structure::Section>,
    /// Every reference to another document, in the trích yếu, the preamble, the body and appendices.
    pub citations: Vec<crate::structure::Citation>,
    /// Paragraph looks and page setup, when the input came from an editor or a word processor.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub styled: Option<Styled>,
    /// Text the reader set aside as not the document's own (front matter, file paths,
    /// portal buttons and footers): never read as a component; DOC005 reports it.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub furniture: Vec<(Span, crate::reader::layout::Furniture)>,
    /// Lines the grammar did not read (too long, or too many steps): plain paragraphs (DOC004).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub unread_lines: Vec<usize>,
    /// The document arrived run together on one line (a web page's text, a database field with
    /// the line breaks stripped): its lines are where the reader cut it, not the author's line
    /// breaks, so the rules that judge where a line breaks stay silent.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub run_together: bool,
    /// The text case-folded (`fold::fold_case`, same byte offsets), as the parse made it: the
    /// rules read their lines from it instead of folding the text a second time.
    #[serde(skip)]
    pub(crate) folded: String,
}

/// The formatting side of a styled input, with spans in the NFC text.
#[derive(Debug, Clone, Default, Serialize)]
pub struct Styled {
    pub blocks: Vec<StyledBlock>,
    pub sections: Vec<crate::blocks::PageSetup>,
}

#[derive(Debug, Clone, Serialize)]
pub struct StyledBlock {
    /// The block's text in the NFC text.
    pub span: Span,
    pub style: crate::blocks::BlockStyle,
    /// Runs with their spans in the NFC text.
    pub runs: Vec<(Span, crate::blocks::RunStyle)>,
    pub section: u32,
    pub in_table: bool,
}

impl Styled {
    /// The block holding an NFC offset.
    pub fn block_at(&self, offset: u32) -> Option<&StyledBlock> {
        self.block_index_at(offset).and_then(|i| self.blocks.get(i))
    }
    /// The index of the block holding an NFC offset.
    pub fn block_index_at(&self, offset: u32) -> Option<usize> {
        self.blocks
            .partition_point(|b| b.span.start <= offset)
            .checked_sub(1)
    }
    /// The runs of block `index`, each with its target for a formatting fix.
    pub fn runs_of(
        &self,
        index: usize,
    ) -> impl Iterator<
        Item = (
            crate::diagnostic::FormatTarget,
            Span,
            &crate::blocks::RunStyle,
        ),
    > {
        self.blocks.get(index).into_iter().flat_map(move |b| {
            b.runs.iter().enumerate().map(move |(k, (s, r))| {
                let target = crate::diagnostic::FormatTarget::Run {
                    block: index as u32,
                    run: k as u32,
                };
                (target, *s, r)
            })
        })
    }
    /// Runs that carry a letter or digit and overlap `span`, with their block and run indices
    /// (the targets of a formatting fix).
    pub fn word_runs<'a>(
        &'a self,
        text: &'a str,
        span: Span,
    ) -> impl Iterator<
        Item = (
            crate::diagnostic::FormatTarget,
            Span,
            &'a crate::blocks::RunStyle,
        ),
    > + 'a {
        self.block_index_at(span.start)
            .into_iter()
            .flat_map(|i| self.runs_of(i))
            .filter(move |(_, s, _)| {
                s.start < span.end && span.start < s.end && crate::formatting::has_word(s.of(text))
            })
    }
}

impl Document {
    pub fn line(&self, i: usize) -> &Line {
        &self.lines[i]
    }

    /// True when the input marks bold or italic itself (Markdown `**`, `*`): then a line without
    /// a mark is upright and regular, and TB003 can judge it.
    pub fn marks_emphasis(&self) -> bool {
        self.lines.iter().any(|l| l.style.bold || l.style.italic)
    }

    /// True when nothing of an administrative document was recognised.
    pub fn is_unstructured(&self) -> bool {
        self.has_no_frame() && self.appendices.is_empty()
    }

    /// A document with no number, recipients or signature block of its own to report missing:
    /// issued with another (`is_issued_with_another`), an office's routing form, or a list
    /// that goes with another (`is_list_sent_with_another`). SO001, NN001 and CK001 stay quiet.
    pub fn frame_is_elsewhere(&self) -> bool {
        self.is_issued_with_another() || self.is_routing_form() || self.is_list_sent_with_another()
    }

    /// An office's internal routing form (phiếu trình giải quyết công việc): no place-and-date
    /// line and no Nơi nhận by design.
    pub fn is_routing_form(&self) -> bool {
        self.title
            .as_ref()
            .and_then(|t| t.doc_type)
            .is_some_and(|t| t.routing_form)
    }

    /// A list (`DANH SÁCH`) with neither a number nor any closing: the list that goes with
    /// another document (a plan's handout, a decision's attachment), numbered, sent and signed
    /// in that document.
    pub fn is_list_sent_with_another(&self) -> bool {
        let closing = &self.closing;
        self.title
            .as_ref()
            .and_then(|t| t.doc_type)
            .is_some_and(|t| t.name == "DANH SÁCH")
            && self.header.so.is_none()
            && closing.noi_nhan.is_none()
            && closing.signature.authority.is_empty()
            && closing.signature.positions.is_empty()
            && closing.signature.name.is_none()
    }

    /// A regulation, rules or statutes issued with another document (`(Ban hành kèm theo
    /// Quyết định số …)` under its title): number, date and recipients are that document's.
    pub fn is_issued_with_another(&self) -> bool {
        self.title.as_ref().is_some_and(|t| t.issued_with.is_some())
    }

    /// A file that holds only an appendix of another document (a `Phụ lục`, a list `(Kèm theo
    /// …)`): no header, title or closing of its own, an appendix from its first lines.
    pub fn is_appendix_only(&self) -> bool {
        self.has_no_frame()
            && self
                .appendices
                .first()
                .is_some_and(|a| a.heading == self.body.end)
    }

    /// No header, title or closing component at all.
    fn has_no_frame(&self) -> bool {
        let h = &self.header;
        h.quoc_hieu.is_none()
            && h.tieu_ngu.is_none()
            && h.so.is_none()
            && h.place_date.is_none()
            && h.issuer.is_empty()
            && self.title.is_none()
            && self.vv.is_empty()
            && self.closing.noi_nhan.is_none()
            && self.closing.signature.authority.is_empty()
            && self.closing.signature.name.is_none()
    }

    /// A công văn has no type name; it is recognised by its `V/v` line or its ký hiệu.
    pub fn is_cong_van(&self) -> bool {
        self.title.is_none() && !self.vv.is_empty()
    }
}
