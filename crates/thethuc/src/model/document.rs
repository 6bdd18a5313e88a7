//! The typed document tree: classified lines, and the components of the decree found among them.
//! Components refer to lines by index; every line carries byte spans into the text the rules
//! see (`Source::text`, the NFC text unless the reader joined or reordered lines).
//!
//! ```
//! let report = thethuc::check_str(
//!     "ỦY BAN NHÂN DÂN TỈNH LÀO CAI\nSố: 12/UBND-VP\nV/v tổ chức hội nghị\nKính gửi: Sở Nội vụ.\n",
//!     &thethuc::Config::default(),
//! );
//! let (doc, text) = (&report.document, report.source.text());
//! let line = |i: usize| doc.lines[i].span.of(text);
//! assert_eq!(line(doc.header.so.unwrap()), "Số: 12/UBND-VP");
//! assert_eq!(line(doc.vv[0]), "V/v tổ chức hội nghị");
//! assert!(matches!(doc.lines[doc.header.so.unwrap()].kind, thethuc::document::LineKind::So(_)));
//! ```

use serde::Serialize;

pub use crate::layout::furniture::Furniture;
pub use crate::layout::StyleHints;
pub use crate::model::body::{
    Aside, AsideKind, Citation, CitedDate, Paragraph, Section, SectionKind,
};
pub use crate::model::doctype::{DocType, Family as DocTypeFamily};
pub use crate::text::span::Span;

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
    /// A page ends between this line and the previous content (a form feed of a PDF's text
    /// layer).
    pub page_break_before: bool,
    /// Emphasis the input marks on the line.
    pub style: StyleHints,
    /// What the line was recognised as.
    pub kind: LineKind,
}

/// What the grammar recognised in a line. Sub-spans point at the parts rules need.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum LineKind {
    /// `CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM`.
    QuocHieu,
    /// `Độc lập - Tự do - Hạnh phúc`.
    TieuNgu {
        /// What stands between its three parts.
        separators: Vec<Span>,
    },
    /// `ĐẢNG CỘNG SẢN VIỆT NAM` (a Party document's heading).
    PartyHeading,
    /// `Số: 12/QĐ-UBND`.
    So(SoParts),
    /// `Lào Cai, ngày 05 tháng 3 năm 2026`.
    PlaceDate(DateParts),
    /// A công văn's trích yếu: `V/v tổ chức hội nghị`.
    Vv {
        /// `V/v`.
        label: Span,
        /// A colon after the label, if any.
        colon: Option<Span>,
        /// What follows.
        text: Span,
    },
    /// `Về việc …` under a title.
    VeViec {
        /// What follows `Về việc`.
        text: Span,
    },
    /// `Kính gửi: …`.
    KinhGui {
        /// `Kính gửi`.
        label: Span,
        /// The colon, if any.
        colon: Option<Span>,
        /// What follows.
        rest: Span,
    },
    /// `Nơi nhận:`.
    NoiNhan {
        /// `Nơi nhận`.
        label: Span,
        /// The colon, if any.
        colon: Option<Span>,
        /// What follows on the line.
        rest: Span,
    },
    /// `- Lưu: VT, VP.`.
    Luu {
        /// The leading dash, if any.
        dash: Option<Span>,
        /// `Lưu`.
        word: Span,
        /// The colon, if any.
        colon: Option<Span>,
        /// What follows.
        rest: Span,
    },
    /// The enacting line of a decision (`QUYẾT ĐỊNH:`).
    Enacting,
    /// `Căn cứ …`.
    CanCu,
    /// `Thực hiện …`.
    ThucHien,
    /// `Theo đề nghị của …`.
    TheoDeNghi,
    /// `Phần I`, `Chương II`, `Mục 1`, `Tiểu mục 1`.
    PhanChuong {
        /// The level's word (`Chương`).
        label: Span,
        /// Its number (`II`, `thứ nhất`).
        number: Span,
        /// What follows.
        rest: Span,
    },
    /// `Điều 1. …`.
    Dieu {
        /// The article's number.
        number: Span,
        /// The `.` after it, if any.
        separator: Option<Span>,
        /// What follows.
        rest: Span,
    },
    /// `Phụ lục I`.
    PhuLuc {
        /// Its number, if any.
        number: Option<Span>,
        /// What follows.
        rest: Span,
    },
    /// `(Kèm theo …)`, `(Ban hành kèm theo …)`: what an appendix or regulation goes with.
    KemTheo,
    /// `KT. CHỦ TỊCH`, `TM. ỦY BAN NHÂN DÂN`: the signer's authority.
    Authority {
        /// `KT`, `TM`, `TL`, `TUQ`.
        prefix: Span,
        /// The `.` after it, if any.
        separator: Option<Span>,
        /// The position or body that follows.
        title: Span,
    },
    /// `I. …`, `II. …` in a report or plan.
    RomanMuc {
        /// The roman number.
        number: Span,
        /// What follows.
        rest: Span,
    },
    /// `1. …`, `2.1. …`: a khoản.
    Khoan {
        /// The number.
        number: Span,
        /// What follows.
        rest: Span,
    },
    /// `a) …`: a điểm.
    Diem {
        /// The letter.
        letter: Span,
        /// The `)` (or what stands for it).
        separator: Span,
        /// What follows.
        rest: Span,
    },
    /// `- …`: a dashed item.
    Dash {
        /// The dash.
        dash: Span,
        /// What follows.
        rest: Span,
    },
    /// Anything else: prose.
    Paragraph,
}

/// The parts of a `Số:` line.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct SoParts {
    /// `Số`.
    pub word: Span,
    /// The colon, if any.
    pub colon: Option<Span>,
    /// The number (`12`), if written.
    pub number: Option<Span>,
    /// Dots or underscores standing for the number in a draft.
    pub blank: Option<Span>,
    /// The `/` between number and ký hiệu.
    pub slash: Option<Span>,
    /// The whole ký hiệu (`QĐ-UBND`, `2025/QĐ-UBND`).
    pub ky_hieu: Option<Span>,
    /// The groups of the ký hiệu, and the separators between them.
    pub parts: Vec<Span>,
    /// What separates the groups (`-`, `/`).
    pub separators: Vec<Span>,
    /// Party form `Số 12-KH/TU`.
    pub party: bool,
}

/// Whether a group of a ký hiệu names the Quốc hội or its Standing Committee: `QH15`,
/// `UBTVQH15`, the legislature's number after the name (or none), not a unit's code that starts
/// the same way (`QHQT`, quan hệ quốc tế). The recogniser (the regime) and the rules (the
/// Assembly's own forms, a citation of its acts) ask the same question.
pub(crate) fn names_the_assembly(group: &str) -> bool {
    ["UBTVQH", "QH"].iter().any(|name| {
        group
            .strip_prefix(name)
            .is_some_and(|legislature| legislature.bytes().all(|b| b.is_ascii_digit()))
    })
}

impl SoParts {
    /// Whether the ký hiệu names the Quốc hội or its Standing Committee in one of its groups:
    /// a law's `248/2025/QH15`, a resolution's `80/2025/UBTVQH15` or `1673/NQ-UBTVQH15`, a
    /// joint resolution's `403/2017/NQLT-UBTVQH14-CP-ĐCTUBTWMTTQVN`.
    pub(crate) fn names_the_assembly(&self, text: &str) -> bool {
        !self.party && self.parts.iter().any(|p| names_the_assembly(p.of(text)))
    }

    /// A state-form Số line whose slash a scan lost (`Só:2QĐÐ-ĐHQGHN`, `Số: 44ÝTTr-CAT-PC04`):
    /// where its number ends and its ký hiệu starts is a guess, so neither is judged.
    pub(crate) fn slash_lost(&self) -> bool {
        !self.party && self.slash.is_none()
    }
}

/// The parts of a place-and-date line.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct DateParts {
    /// The place name (`Lào Cai`).
    pub place: Span,
    /// The comma after it, if any.
    pub comma: Option<Span>,
    /// The day's number, if written.
    pub day: Option<Span>,
    /// The month's number, if written.
    pub month: Option<Span>,
    /// The year, if written.
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
    /// Party document (Hướng dẫn 05-HD/VPTW, 36-HD/VPTW before it).
    Party,
    /// A document of the Ho Chi Minh Communist Youth Union (`ĐOÀN TNCS HỒ CHÍ MINH`): the
    /// Union's own format, modelled on the Party's; no rule pack yet.
    YouthUnion,
    /// Legal normative document (VBQPPL).
    Qppl,
}

/// The header's components, as line indices into `Document::lines`.
#[derive(Debug, Clone, Default, Serialize)]
pub struct Header {
    /// The Quốc hiệu line.
    pub quoc_hieu: Option<usize>,
    /// The Tiêu ngữ line.
    pub tieu_ngu: Option<usize>,
    /// A Party document's heading.
    pub party_heading: Option<usize>,
    /// Issuer lines, parent body first.
    pub issuer: Vec<usize>,
    /// The issuer lines grouped into bodies, parent first: each body the spans of its words
    /// (a name wrapped over lines is one body; two bodies on one line are two).
    pub issuer_bodies: Vec<Vec<Span>>,
    /// The `Số:` line.
    pub so: Option<usize>,
    /// The place-and-date line.
    pub place_date: Option<usize>,
}

/// The title: the type name and the trích yếu under it.
#[derive(Debug, Clone, Serialize)]
pub struct Title {
    /// The type name's line (`QUYẾT ĐỊNH`).
    pub type_line: usize,
    /// The type, when the name is one the decree lists.
    pub doc_type: Option<crate::model::doctype::DocType>,
    /// The trích yếu's lines.
    pub trich_yeu: Vec<usize>,
    /// The `(Ban hành kèm theo Quyết định số …)` line under the title of a regulation issued
    /// with another document: its number, date and recipients are that document's.
    pub issued_with: Option<usize>,
}

/// The `Kính gửi` block.
#[derive(Debug, Clone, Default, Serialize)]
pub struct KinhGui {
    /// The `Kính gửi:` line.
    pub label: usize,
    /// The line under it that goes on with the label's own addressee (`Kính gửi: Đoàn Luật
    /// sư tỉnh Lâm Đồng, tỉnh` / `Bình Thuận, tỉnh Đắk Nông (cũ).`), when one does.
    pub wrapped: Vec<usize>,
    /// The recipients' lines under it.
    pub items: Vec<usize>,
}

/// The `Nơi nhận` block.
#[derive(Debug, Clone, Default, Serialize)]
pub struct NoiNhan {
    /// The `Nơi nhận:` line.
    pub label: usize,
    /// The label line is what a scan left of the label (`Tà`, `R-.4ê th`), read as the label
    /// from the recipients under it and the signature beside it.
    pub label_from_remnant: bool,
    /// Recipient lines in order, the Lưu line included; continuation lines are folded into items.
    pub items: Vec<RecipientItem>,
    /// The `Lưu:` line.
    pub luu: Option<usize>,
}

/// One recipient of the `Nơi nhận` list.
#[derive(Debug, Clone, Default, Serialize)]
pub struct RecipientItem {
    /// First line of the item, then its continuation lines.
    pub lines: Vec<usize>,
}

/// The signature block.
#[derive(Debug, Clone, Default, Serialize)]
pub struct Signature {
    /// Authority lines (`KT. CHỦ TỊCH`, `TM. ỦY BAN NHÂN DÂN`).
    pub authority: Vec<usize>,
    /// The signer's position lines (`PHÓ CHỦ TỊCH`).
    pub positions: Vec<usize>,
    /// The signer's name.
    pub name: Option<usize>,
    /// The office the signer holds ex officio, written above the name (`GIÁM ĐỐC SỞ NỘI VỤ` under
    /// `TM. HỘI ĐỒNG` / `CHỦ TỊCH`): not the position signed as, and no stray line either.
    pub held_post: Vec<usize>,
    /// The names of the signers of the blocks set beside the first (a biên bản's chair beside
    /// its secretary): signed, so neither stray lines nor the signer's name.
    pub beside: Vec<usize>,
}

/// What closes the document: recipients and signature.
#[derive(Debug, Clone, Default, Serialize)]
pub struct Closing {
    /// The `Nơi nhận` block.
    pub noi_nhan: Option<NoiNhan>,
    /// The signature block.
    pub signature: Signature,
    /// Lines in the closing that are neither recipient, position nor name.
    pub stray: Vec<usize>,
}

/// An appendix (`Phụ lục`) after the main document.
#[derive(Debug, Clone, Serialize)]
pub struct Appendix {
    /// Its heading line.
    pub heading: usize,
    /// The `(Kèm theo …)` line that ties it to the document (the heading itself when an OCR or
    /// a converter ran heading, title and reference together).
    pub reference: Option<usize>,
    /// All its lines.
    pub lines: std::ops::Range<usize>,
}

/// The whole document.
#[derive(Debug, Clone, Serialize)]
pub struct Document {
    /// Every line (or column segment), classified; the components below index it.
    pub lines: Vec<Line>,
    /// Which body of rules governs the document.
    pub regime: Regime,
    /// The header's components.
    pub header: Header,
    /// The type name and trích yếu.
    pub title: Option<Title>,
    /// The công văn trích yếu: the `V/v` line and its continuation lines.
    pub vv: Vec<usize>,
    /// The `Kính gửi` block.
    pub kinh_gui: Option<KinhGui>,
    /// Căn cứ / Thực hiện / Theo đề nghị lines (first lines of each paragraph).
    pub preamble: Vec<usize>,
    /// The line naming the issuing authority above the căn cứ of a Quyết định.
    pub authority_heading: Option<usize>,
    /// The enacting line of a decision (`QUYẾT ĐỊNH:`).
    pub enacting: Option<usize>,
    /// Lines of the body (between preamble and closing).
    pub body: std::ops::Range<usize>,
    /// Recipients and signature.
    pub closing: Closing,
    /// The appendices, in order.
    pub appendices: Vec<Appendix>,
    /// Preamble, body and appendix lines grouped into paragraphs (wrapped lines joined).
    pub paragraphs: Vec<crate::model::body::Paragraph>,
    /// The body's phần / chương / mục / điều / khoản / điểm tree.
    pub sections: Vec<crate::model::body::Section>,
    /// Body lines quoted from another document or set in brackets over several lines: their
    /// numbered lines are not the body's own hierarchy (`sections`).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub asides: Vec<crate::model::body::Aside>,
    /// Every reference to another document, in the trích yếu, the preamble, the body and appendices.
    pub citations: Vec<crate::model::body::Citation>,
    /// Paragraph looks and page setup, when the input came from an editor or a word processor.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub styled: Option<Styled>,
    /// Text the reader set aside as not the document's own (front matter, file paths,
    /// portal buttons and footers): never read as a component; DOC005 reports it.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub furniture: Vec<(Span, crate::layout::furniture::Furniture)>,
    /// Lines the grammar did not read (too long, or too many steps): plain paragraphs (DOC004).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub unread_lines: Vec<usize>,
    /// The document arrived run together on one line (a web page's text, a database field with
    /// the line breaks stripped): its lines are where the reader cut it, not the author's line
    /// breaks, so the rules that judge where a line breaks stay silent.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub run_together: bool,
    /// Vietnamese text without its marks: a scanner's text layer made by an OCR that does not
    /// read Vietnamese (`CQNG BOA XA HQI CHU NGHiA VI~T NAM`), or a text typed without them. Its
    /// structure cannot be read: the document is reported once (DOC001), as one with none.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub unaccented: bool,
    /// The text case-folded (`fold::fold_case`, same byte offsets), as the parse made it: the
    /// rules read their lines from it instead of folding the text a second time.
    #[serde(skip)]
    pub(crate) folded: String,
}

/// The formatting side of a styled input, with spans in the NFC text.
#[derive(Debug, Clone, Default, Serialize)]
pub struct Styled {
    /// The paragraphs, in order.
    pub blocks: Vec<StyledBlock>,
    /// Page setup of each section.
    pub sections: Vec<crate::input::blocks::PageSetup>,
}

/// One paragraph of a styled input, placed in the NFC text.
#[derive(Debug, Clone, Serialize)]
pub struct StyledBlock {
    /// The block's text in the NFC text.
    pub span: Span,
    /// The paragraph's look.
    pub style: crate::input::blocks::BlockStyle,
    /// Runs with their spans in the NFC text.
    pub runs: Vec<(Span, crate::input::blocks::RunStyle)>,
    /// Its section's index in `Styled::sections`.
    pub section: u32,
    /// It sits in a table cell.
    pub in_table: bool,
}

impl Styled {
    /// The block holding an NFC offset.
    pub(crate) fn block_at(&self, offset: u32) -> Option<&StyledBlock> {
        self.block_index_at(offset).and_then(|i| self.blocks.get(i))
    }
    /// The index of the block holding an NFC offset.
    pub fn block_index_at(&self, offset: u32) -> Option<usize> {
        self.blocks
            .partition_point(|b| b.span.start <= offset)
            .checked_sub(1)
    }
    /// The runs of block `index`, each with its target for a formatting fix.
    pub(crate) fn runs_of(
        &self,
        index: usize,
    ) -> impl Iterator<
        Item = (
            crate::diagnostic::FormatTarget,
            Span,
            &crate::input::blocks::RunStyle,
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
    pub(crate) fn word_runs<'a>(
        &'a self,
        text: &'a str,
        span: Span,
    ) -> impl Iterator<
        Item = (
            crate::diagnostic::FormatTarget,
            Span,
            &'a crate::input::blocks::RunStyle,
        ),
    > + 'a {
        self.block_index_at(span.start)
            .into_iter()
            .flat_map(|i| self.runs_of(i))
            .filter(move |(_, s, _)| {
                s.start < span.end && span.start < s.end && crate::text::words::has_word(s.of(text))
            })
    }
}

impl Document {
    /// Whether line `i` lies in a quoted passage or a bracketed note of the body (`asides`).
    pub fn in_aside(&self, i: usize) -> bool {
        self.asides.iter().any(|a| a.lines.contains(&i))
    }

    /// Line `i`; panics when there is none.
    pub fn line(&self, i: usize) -> &Line {
        &self.lines[i]
    }

    /// True when the input marks bold or italic itself (Markdown `**`, `*`): then a line without
    /// a mark is upright and regular, and TB003 can judge it.
    pub(crate) fn marks_emphasis(&self) -> bool {
        self.lines.iter().any(|l| l.style.bold || l.style.italic)
    }

    /// True when the text is a copy of a web page: the reader set aside the page's own words
    /// (its title, buttons and footers, a legal database's editorial notes).
    pub(crate) fn is_web_page_copy(&self) -> bool {
        use crate::layout::furniture::Furniture;
        self.furniture
            .iter()
            .any(|(_, k)| matches!(k, Furniture::Portal | Furniture::SiteNote))
    }

    /// A Party text reprinted without its header (the reader found no heading, issuer, number
    /// or date, and the regime was told from the page's lead citing the document's Party
    /// number, or chosen): neither the Party pack nor the ND30 rules have a header to judge,
    /// and the body's marks are the reprint's, so only the text-layer rules run on it.
    pub(crate) fn is_party_without_header(&self) -> bool {
        let h = &self.header;
        self.regime == Regime::Party
            && h.party_heading.is_none()
            && h.quoc_hieu.is_none()
            && h.tieu_ngu.is_none()
            && h.issuer.is_empty()
            && h.so.is_none()
            && h.place_date.is_none()
    }

    /// True when nothing of an administrative document was recognised.
    pub(crate) fn is_unstructured(&self) -> bool {
        self.unaccented || self.has_no_frame() && self.appendices.is_empty()
    }

    /// A document with no number, recipients or signature block of its own to report missing:
    /// issued with another (`is_issued_with_another`), an office's routing form, or a list
    /// that goes with another (`is_list_sent_with_another`). SO001, NN001 and CK001 stay quiet.
    pub(crate) fn frame_is_elsewhere(&self) -> bool {
        self.is_issued_with_another() || self.is_routing_form() || self.is_list_sent_with_another()
    }

    /// An office's internal routing form (phiếu trình giải quyết công việc): no place-and-date
    /// line and no Nơi nhận by design.
    pub(crate) fn is_routing_form(&self) -> bool {
        self.title
            .as_ref()
            .and_then(|t| t.doc_type)
            .is_some_and(|t| t.routing_form)
    }

    /// A list (`DANH SÁCH`) with neither a number nor any closing: the list that goes with
    /// another document (a plan's handout, a decision's attachment), numbered, sent and signed
    /// in that document.
    pub(crate) fn is_list_sent_with_another(&self) -> bool {
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
    pub(crate) fn is_issued_with_another(&self) -> bool {
        self.title.as_ref().is_some_and(|t| t.issued_with.is_some())
    }

    /// A file that holds only an appendix of another document (a `Phụ lục`, a list `(Kèm theo
    /// …)`): no header, title or closing of its own, an appendix from its first lines.
    pub(crate) fn is_appendix_only(&self) -> bool {
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
    pub(crate) fn is_cong_van(&self) -> bool {
        self.title.is_none() && !self.vv.is_empty()
    }
}
