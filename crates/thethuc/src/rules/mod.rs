//! The rule registry: every rule's code, name, severity, fix, legal locator, explanations
//! and examples, for listing the rules and explaining a finding. (Inside the crate: one file
//! per rule; each file declares one `pub static RULE: Rule`.)
//!
//! ```
//! use thethuc::rules::{by_code, family_of, FixAvailability, REGISTRY};
//! assert!(REGISTRY.len() > 90);
//! let rule = by_code("SO003").unwrap();
//! assert_eq!(rule.fix, FixAvailability::Safe);
//! assert_eq!(family_of(rule.code).unwrap().en, "Number and symbol");
//! // Each rule's `bad` example gives its finding, and its `good` one does not.
//! let config = thethuc::Config::default();
//! let found = |text| thethuc::check_str(text, &config).diagnostics.iter().any(|d| d.code == "SO003");
//! assert!(found(rule.bad) && !found(rule.good));
//! ```

use crate::config::{Config, InputFormat, Stage};
use crate::diagnostic::{Diagnostic, Fix, Message, Severity};
use crate::model::document::{Document, Line, LineKind, Regime};
use crate::text::span::Span;
use serde::Serialize;

/// Whether a rule offers a fix.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "snake_case")]
pub enum FixAvailability {
    /// No fix.
    None,
    /// A safe fix for every finding.
    Safe,
    /// An unsafe fix (applied only on request) for every finding.
    Unsafe,
    /// Safe for some findings, none for others (NN005).
    SafeSometimes,
    /// Unsafe for some findings, none for others (SO005: no abbreviation to put for a type the
    /// decree does not list).
    UnsafeSometimes,
}

/// What a rule needs to see.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "snake_case")]
pub enum Needs {
    /// The text alone.
    Text,
    /// Fonts, sizes, bold/italic, paragraph layout: a .docx or an editor's styles.
    Formatting,
    /// Bold and italic only: a styled input, or Markdown that marks them (`**`, `*`).
    Emphasis,
    /// Paper, margins, headers: a .docx.
    Page,
}

/// Which documents a rule applies to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Scope {
    /// Administrative documents under ND30 only.
    Nd30,
    /// Every document, even one whose structure was not recognised (text-layer rules).
    Any,
    /// The document-level rules themselves.
    Document,
    /// Party documents only (Hướng dẫn 05-HD/VPTW, 36-HD/VPTW before it).
    Party,
    /// Administrative documents, and legal normative documents (VBQPPL) made under Luật
    /// 64/2025/QH15 and Nghị định 78/2025/NĐ-CP, where the VBQPPL forms (Nghị định 78's Phụ
    /// lục I as Nghị định 187/2025/NĐ-CP replaced it) ask what ND30 asks in the same words: the
    /// Quốc hiệu and Tiêu ngữ, the issuer's name, the Số line, the place and date, the type
    /// name, the signature block, the Nơi nhận. A VBQPPL dated before 01/4/2025 was made under
    /// the forms before them, which these rules do not encode.
    Nd30AndQppl,
    /// Administrative, Party and legal normative documents alike (the last as for
    /// `Nd30AndQppl`), where the Party guides and the VBQPPL forms ask what ND30 asks in the
    /// same words (NG003: a day below 10 and the months 1 and 2 take a zero).
    Nd30PartyAndQppl,
    /// Every recognised document, whatever its regime (administrative, Party, legal normative,
    /// Youth Union): the names of bodies and places the 2025 reform ended (the DB family) are
    /// stale in any header, but only a recognised header, date line or căn cứ is read.
    Structured,
    /// Legal normative documents (VBQPPL) only: Luật 64/2025/QH15, Nghị định 78/2025/NĐ-CP and
    /// the forms of Nghị định 187/2025/NĐ-CP (the QP family).
    Qppl,
}

/// Which Nghị định 30 rules run on a legal normative document, and why the others do not: the
/// VBQPPL section of the rule reference (docs/rules.md), in Vietnamese. The rules that run are
/// those of scope `Nd30AndQppl` and `Nd30PartyAndQppl`, listed from the registry beside it.
pub const QPPL_CHOICE_VI: &str = "Văn bản quy phạm pháp luật theo Luật 64/2025/QH15 và Nghị định 78/2025/NĐ-CP được \
kiểm tra bằng họ QP. Các quy tắc của Nghị định 30 nêu một yêu cầu mà mẫu văn bản quy phạm pháp luật (Phụ lục I \
Nghị định 78/2025/NĐ-CP, được thay thế bởi phụ lục của Nghị định 187/2025/NĐ-CP) nhắc lại đúng lời thì cũng chạy: \
Quốc hiệu và Tiêu ngữ, tên cơ quan ban hành, dòng số (ngoài nhóm năm), địa danh và ngày tháng với cách đệm số 0, tên \
loại và trích yếu, khối chữ ký, nơi nhận và dòng Lưu. Chúng chỉ chạy khi mẫu của Nghị định 78 điều chỉnh văn bản: \
không chạy trên luật, nghị quyết của Quốc hội và của Ủy ban Thường vụ Quốc hội (mẫu riêng: luật không có dòng \
`Số:`, dòng địa danh ngày tháng hay nơi nhận), văn bản hợp nhất (`VBHN`), và văn bản ghi ngày trước 01/4/2025 \
(không ghi ngày thì năm trong số quyết định; số năm 2025 không biết trước hay sau 01/4 nên không chạy).\n\n\
Không chạy, và lý do: SO005, SO006, TL002 (29 loại văn bản hành chính và chữ viết tắt của Phụ lục III; loại và \
ký hiệu văn bản quy phạm pháp luật do Luật 64 và Nghị định 78 quy định); SO007 (chữ viết tắt cơ quan trong ký hiệu: \
`TT-BCT`, `QĐ-TTg`, `NQ-HĐND`, ký hiệu liên tịch theo danh mục riêng); TL005 (tên luật, nghị quyết viết in hoa theo \
mẫu của nó); TL006, NN007 (văn bản quy phạm pháp luật không có `V/v` hay `Kính gửi`); NG006 (đọc các viện dẫn trong \
nội dung; quy định ban hành kèm dẫn chính quyết định của nó: báo sai trên Quyết định 07/2025/QĐ-UBND tỉnh Thái \
Nguyên); NG007 (cách viết hoa của Nghị định 78/187 khác Phụ lục II Nghị định 30); ND001–ND003 (căn cứ: dòng cuối \
đứng trước câu ban hành, viết `;`, `,` hoặc `.` trên văn bản thật, các dòng khác kết thúc bằng `;`: xem QP007; luật dẫn theo số); ND004–ND009, ND015–ND017 (bố cục, đánh số, tên phần, \
chương, điều, dấu kết thúc: Luật 64 Điều 7 và Nghị định 78 Điều 63, xem QP002, QP003; dòng `QUYẾT ĐỊNH:` được thay \
bằng câu ban hành, xem QP005); ND010–ND012 (viện dẫn theo Nghị định 78 Điều 68); ND013, ND014 (nội dung, không \
phải thể thức mà mẫu nhắc lại); NN009 (phần kết của nghị quyết Hội đồng nhân dân có dòng thông qua in nghiêng; \
báo sai dòng mã tệp của người đánh máy trên Quyết định 07/2025/QĐ-UBND tỉnh Thái Nguyên); PL001–PL003 (mẫu phụ \
lục của Nghị định 187 chưa đọc được); TB001–TB012 (cỡ chữ, lề trang khác: lề trên, dưới 15–20 mm; phụ lục của \
Nghị định 187 chưa đọc được).\n\n\
Phần mở đầu (Nghị định 78 Điều 62, mẫu của Nghị định 187): QP005 đọc câu ban hành, QP006 văn bản được dẫn làm căn \
cứ, QP007 dấu cuối các dòng căn cứ (mức lưu ý: mẫu chỉ có nguồn thứ cấp). Không đọc, và lý do: dòng cuối trước câu \
ban hành (văn bản thật ghi `;`, `,` hoặc `.`); câu ban hành của nghị quyết Hội đồng nhân dân và quyết định Ủy ban \
nhân dân khi có dòng `QUYẾT NGHỊ:`, `QUYẾT ĐỊNH:` (chỉ có nguồn thứ cấp, xem QP005); thứ tự các căn cứ (Điều 62 \
không quy định); căn cứ đã hết hiệu lực hoặc chưa có hiệu lực (cần dữ liệu hiệu lực của từng văn bản); căn cứ không \
ghi số (`Căn cứ biên bản thẩm định …`).";

/// The same in English.
pub const QPPL_CHOICE_EN: &str = "Legal normative documents under Law 64/2025/QH15 and Decree 78/2025/NĐ-CP are \
checked by the QP family. The ND30 rules that state a requirement the legal normative forms (Phụ lục I of Decree \
78/2025/NĐ-CP, as replaced by the annex of Decree 187/2025/NĐ-CP) repeat in the same words run as well: the \
national title and motto, the issuer's name, the number line (its year group aside), the place and date with \
their zero padding, the type name and summary, the signature block, the recipients and the Lưu line. They run only \
where the forms of Decree 78 govern the document: not on the laws and resolutions of the Quốc hội and its Standing \
Committee (forms of their own: a law has no `Số:` line, no place-and-date line, no recipients), consolidated texts \
(`VBHN`), or documents dated before 01/4/2025 (with no date the year in the number decides; a number of 2025 may be \
before or after 1 April, so they do not run).\n\n\
Left out, and why: SO005, SO006, TL002 (the 29 administrative types and the abbreviations of Phụ lục III; the \
legal normative types and codes are set by Law 64 and Decree 78); SO007 (the body's abbreviation in the code: \
`TT-BCT`, `QĐ-TTg`, `NQ-HĐND`, joint codes follow a list of their own); TL005 (a law's or resolution's name is in \
capitals in its form); TL006, NN007 (a legal normative document has no `V/v` and no `Kính gửi`); NG006 (reads the \
body's citations; an attached regulation cites its own decision: a false alarm on Decision 07/2025/QĐ-UBND of Thái \
Nguyên); NG007 (Decree 78/187's capitalisation differs from ND30's Phụ lục II); ND001–ND003 (the căn cứ: the last \
leads into the enacting sentence, written `;`, `,` or `.` on real texts, the others end with `;`: see QP007; laws are cited by number); ND004–ND009, ND015–ND017 (layout, \
numbering, headings, end mark: Law 64 Article 7 and Decree 78 Article 63, see QP002, QP003; the `QUYẾT ĐỊNH:` line \
gives way to the enacting sentence, see QP005); ND010–ND012 (citations follow Decree 78 Article 68); ND013, ND014 \
(content, not a form the templates repeat); NN009 (a HĐND resolution's closing has an italic adoption line; a \
false alarm on a typist's file code in Decision 07/2025/QĐ-UBND of Thái Nguyên); PL001–PL003 (the appendix forms of \
Decree 187 were not read); TB001–TB012 (sizes and margins differ: top and bottom 15–20 mm; the annex of Decree 187 \
was not read).\n\n\
The preamble (Decree 78 Article 62, the forms of Decree 187): QP005 reads the enacting sentence, QP006 the \
document cited as a basis, QP007 the final marks of the basis lines (a note: the form rests on secondary \
sources). Not read, and why: the last line before the enacting sentence (real texts write `;`, `,` or `.`); the \
enacting sentence of a People's Council resolution or a People's Committee decision that has a `QUYẾT NGHỊ:` or \
`QUYẾT ĐỊNH:` line (secondary sources only, see QP005); the order of the bases (Article 62 sets none); a basis no \
longer or not yet in force (needs each document's effect data); a basis without a number (`Căn cứ biên bản thẩm \
định …`).";

/// One rule: its metadata, docs, examples and check function, in one declaration.
#[derive(Serialize)]
pub struct Rule {
    /// The rule's code (`SO003`): its family's prefix and a number.
    pub code: &'static str,
    /// The rule's name in kebab case (`so-not-zero-padded`); configurations accept it too.
    pub name: &'static str,
    /// Severity of its findings by default (a configuration or the stage may change it).
    pub severity: Severity,
    /// Whether its findings come with a fix, and of what kind.
    pub fix: FixAvailability,
    /// What the input must carry for the rule to run.
    pub needs: Needs,
    /// Which documents it applies to.
    pub scope: Scope,
    /// Legal locator (`PL-I II.1`, `Đ15`, `—`).
    pub locator: &'static str,
    /// Runs when no `select` names it.
    pub default_on: bool,
    /// What it checks, in one line of Vietnamese.
    pub summary_vi: &'static str,
    /// What it checks, in one line of English.
    pub summary_en: &'static str,
    /// Why the rule exists and what it accepts, in Vietnamese (`""` without the `docs`
    /// feature).
    pub docs_vi: &'static str,
    /// The same in English.
    pub docs_en: &'static str,
    /// A document fragment that gives exactly this rule's finding (`""` without the `docs`
    /// feature).
    pub bad: &'static str,
    /// A fragment that gives none (`""` without the `docs` feature).
    pub good: &'static str,
    /// Hidden, not API: the check itself, which tests/examples/rule_costs.rs times alone
    /// (`Rule::run`).
    #[doc(hidden)]
    #[serde(skip)]
    pub check: Check,
}

/// How a rule reads the document. Hidden, not API.
#[doc(hidden)]
#[derive(Clone, Copy)]
pub enum Check {
    /// Anything of the document: its tree, neighbouring lines, other rules' helpers.
    Document(fn(&Ctx<'_>, &mut Vec<Diagnostic>)),
    /// One line at a time, seeing only what [`LineView`] shows of it (its text, words and
    /// tokens, its place): its findings on a line are a function of the line's text, moved
    /// with the line. A [`Session`](crate::Session) remembers them by the line's text and
    /// does not run the rule again on a line it has seen. Declared so only when the rule's
    /// code reads nothing else: the view gives it nothing else to read.
    Line(fn(&LineView<'_, '_>, &mut Vec<Diagnostic>)),
}

/// What a line rule (`Check::Line`) sees of one line.
mod line_view;
pub use line_view::LineView;

impl Rule {
    /// Runs the rule over the whole document (a line rule on every line, in order).
    pub fn run(&self, ctx: &Ctx<'_>, out: &mut Vec<Diagnostic>) {
        match self.check {
            Check::Document(check) => check(ctx, out),
            Check::Line(check) => {
                for i in 0..ctx.doc.lines.len() {
                    check(&LineView::new(ctx, i), out);
                }
            }
        }
    }
}

impl std::fmt::Debug for Rule {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Rule").field("code", &self.code).finish()
    }
}

/// What a rule sees. Hidden, not API: public only for `Rule::check`, which
/// tests/examples/rule_costs.rs times rule by rule.
#[doc(hidden)]
pub struct Ctx<'a> {
    /// The NFC text (equal to `source.text()`).
    pub text: &'a str,
    /// The input as given, with the maps back to it (MA001 asks whether it was NFC).
    pub source: &'a crate::input::source::Source,
    pub doc: &'a Document,
    pub config: &'a Config,
    pub format: InputFormat,
    /// Each line's words and tokens, split once for all the rules that walk them.
    words: std::cell::OnceCell<PerLine<'a>>,
    tokens: std::cell::OnceCell<PerLine<'a>>,
    /// The text case-folded (`fold::fold_case`, same byte offsets), made once when asked.
    folded: std::cell::OnceCell<String>,
    /// Whether each line is OCR debris (`text::debris`): 0 not yet asked, 1 no, 2 yes. Three
    /// rules ask about the same lines.
    debris: std::cell::OnceCell<Vec<std::cell::Cell<u8>>>,
    /// Whether the text bears a scan's marks (`common::text::bears_scan_marks`), made once when
    /// asked: CK001, CK002 and CK009 ask it.
    scan_marked: std::cell::OnceCell<bool>,
    /// Findings a rule counted but did not build, being past the cap (`over_cap`).
    unbuilt: std::cell::Cell<usize>,
}

/// Pieces of every line (offset in the line, text), flat, with where each line's pieces start.
struct PerLine<'a> {
    pieces: Vec<(usize, &'a str)>,
    starts: Vec<usize>,
}

impl<'a> PerLine<'a> {
    fn split(
        text: &'a str,
        doc: &Document,
        split: fn(&'a str, &mut Vec<(usize, &'a str)>),
    ) -> Self {
        let mut per_line = Self::with_room(text, doc);
        for line in &doc.lines {
            per_line.starts.push(per_line.pieces.len());
            split(line.span.of(text), &mut per_line.pieces);
        }
        per_line.starts.push(per_line.pieces.len());
        per_line
    }

    /// Nothing yet, with room for the pieces of `doc`'s lines.
    fn with_room(text: &str, doc: &Document) -> Self {
        // About one word or token in six bytes of Vietnamese text: room for them all at once,
        // instead of a dozen copies of a growing buffer.
        Self {
            pieces: Vec::with_capacity(text.len() / 6),
            starts: Vec::with_capacity(doc.lines.len() + 1),
        }
    }

    fn of(&self, line: usize) -> &[(usize, &'a str)] {
        match (self.starts.get(line), self.starts.get(line + 1)) {
            (Some(&a), Some(&b)) => &self.pieces[a..b],
            _ => &[],
        }
    }
}

impl<'a> Ctx<'a> {
    pub fn new(
        source: &'a crate::input::source::Source,
        doc: &'a Document,
        config: &'a Config,
        format: InputFormat,
    ) -> Self {
        Self {
            text: source.text(),
            source,
            doc,
            config,
            format,
            words: std::cell::OnceCell::new(),
            tokens: std::cell::OnceCell::new(),
            folded: std::cell::OnceCell::new(),
            debris: std::cell::OnceCell::new(),
            scan_marked: std::cell::OnceCell::new(),
            unbuilt: std::cell::Cell::new(0),
        }
    }
    /// `Ctx::new`, with every line's words and tokens given at once by `split_line(text,
    /// start, words, tokens)`, which appends those of the line `text` that starts at `start`
    /// (a session remembers them by the line's text).
    pub(crate) fn with_split(
        source: &'a crate::input::source::Source,
        doc: &'a Document,
        config: &'a Config,
        format: InputFormat,
        mut split_line: impl FnMut(&'a str, u32, &mut Vec<(usize, &'a str)>, &mut Vec<(usize, &'a str)>),
    ) -> Self {
        let ctx = Self::new(source, doc, config, format);
        let text = ctx.text;
        let mut words = PerLine::with_room(text, doc);
        let mut tokens = PerLine::with_room(text, doc);
        for line in &doc.lines {
            words.starts.push(words.pieces.len());
            tokens.starts.push(tokens.pieces.len());
            split_line(
                line.span.of(text),
                line.span.start,
                &mut words.pieces,
                &mut tokens.pieces,
            );
        }
        words.starts.push(words.pieces.len());
        tokens.starts.push(tokens.pieces.len());
        let _ = ctx.words.set(words);
        let _ = ctx.tokens.set(tokens);
        ctx
    }
    /// Whether a rule that has put `found` findings in `out` is past the cap of findings per
    /// rule: then it should count the next one (`count_unbuilt`) instead of building it. A
    /// rule that fires on every line of a hostile input (MA006 on a 10 MB run of double
    /// spaces) would otherwise build millions of messages only for the check to drop them.
    pub fn over_cap(&self, found: usize) -> bool {
        found > self.config.limits.max_findings_per_rule
    }
    /// Counts a finding past the cap, for DOC004's count of what was left out.
    pub fn count_unbuilt(&self) {
        self.unbuilt.set(self.unbuilt.get() + 1);
    }
    /// The findings past the cap counted since the last call (the engine asks after each rule).
    pub(crate) fn take_unbuilt(&self) -> usize {
        self.unbuilt.replace(0)
    }
    /// Whether line `i` is OCR debris rather than text (`text::debris`), decided once.
    pub fn is_debris(&self, i: usize) -> bool {
        let cells = self
            .debris
            .get_or_init(|| vec![std::cell::Cell::new(0); self.doc.lines.len()]);
        let Some(cell) = cells.get(i) else {
            return false;
        };
        if cell.get() == 0 {
            cell.set(if crate::text::debris::debris(self.tokens(i)) {
                2
            } else {
                1
            });
        }
        cell.get() == 2
    }
    /// The whole text case-folded (`fold_case`, same byte offsets): each line's `folded_line`
    /// is a slice of it.
    pub fn folded_text(&self) -> &str {
        // The parse's fold serves when the tree is of this text (`check` always builds it so).
        if self.doc.folded.len() == self.text.len() {
            self.doc.folded.as_str()
        } else {
            self.folded
                .get_or_init(|| crate::text::fold::fold_case(self.text))
        }
    }
    /// Line `i` case-folded: `fold_case(ctx.line_text(i))`, from one fold of the whole text.
    pub fn folded_line(&self, i: usize) -> &str {
        self.doc.lines[i].span.of(self.folded_text())
    }
    /// The words of line `i` (`words::words_into`: runs of letters), with their offsets in the line.
    pub fn words(&self, i: usize) -> &[(usize, &'a str)] {
        self.words
            .get_or_init(|| PerLine::split(self.text, self.doc, crate::text::words::words_into))
            .of(i)
    }
    /// The tokens of line `i` (`words::tokens_into`: runs of non-space), with their offsets.
    pub fn tokens(&self, i: usize) -> &[(usize, &'a str)] {
        self.tokens
            .get_or_init(|| PerLine::split(self.text, self.doc, crate::text::words::tokens_into))
            .of(i)
    }
    pub fn s(&self, span: Span) -> &'a str {
        span.of(self.text)
    }
    pub fn line(&self, i: usize) -> &'a Line {
        &self.doc.lines[i]
    }
    pub fn line_text(&self, i: usize) -> &'a str {
        self.doc.lines[i].span.of(self.text)
    }
    /// The severity of a blank-in-draft finding: info in a draft, error when final.
    pub fn stage_severity(&self) -> Severity {
        match self.config.stage {
            Stage::Draft => Severity::Info,
            Stage::Final => Severity::Error,
        }
    }
    /// Where to point a finding about something missing: the header region's first line, or 0.
    pub fn missing_anchor(&self) -> Span {
        let at = self.doc.lines.first().map_or(0, |l| l.span.start);
        Span::new(at, at)
    }
    pub fn kind(&self, i: usize) -> &'a LineKind {
        &self.doc.lines[i].kind
    }
}

impl Rule {
    /// Starts a finding of this rule.
    pub fn diag(
        &'static self,
        span: Span,
        vi: impl Into<String>,
        en: impl Into<String>,
    ) -> Diagnostic {
        Diagnostic {
            code: self.code,
            name: self.name,
            severity: self.severity,
            message: Message::new(vi, en),
            span,
            related: Vec::new(),
            fixes: Vec::new(),
            locator: self.locator,
        }
    }

    pub(crate) fn applies_to(&self, regime: Regime, unstructured: bool) -> bool {
        match self.scope {
            Scope::Document | Scope::Any => true,
            Scope::Nd30 => regime == Regime::Nd30 && !unstructured,
            Scope::Party => regime == Regime::Party && !unstructured,
            Scope::Qppl => regime == Regime::Qppl && !unstructured,
            Scope::Nd30AndQppl => matches!(regime, Regime::Nd30 | Regime::Qppl) && !unstructured,
            Scope::Nd30PartyAndQppl => {
                matches!(regime, Regime::Nd30 | Regime::Party | Regime::Qppl) && !unstructured
            }
            Scope::Structured => !unstructured,
        }
    }
}

/// Whether the check ran `rule` on the document of `report`: whether its regime, its type and
/// its date let the rule apply (the configuration's `select` and `ignore` aside). The dev-set
/// evaluation scores an annotated defect only when its rule ran.
///
/// ```
/// use thethuc::{rules::{by_code, ran_on}, Config};
/// let config = Config::default();
/// let qppl = thethuc::check_str("BỘ CÔNG THƯƠNG\nSố: 21/2026/TT-BCT\nHà Nội, ngày 28 tháng 4 năm 2026\nTHÔNG TƯ\nQuy định về xuất khẩu\n", &config);
/// // The Quốc hiệu is asked of a thông tư as of a công văn; a Quyết định's `QUYẾT ĐỊNH:` is not.
/// assert!(ran_on(by_code("QH001").unwrap(), &qppl, &config));
/// assert!(!ran_on(by_code("ND016").unwrap(), &qppl, &config));
/// ```
pub fn ran_on(rule: &Rule, report: &crate::Report, config: &Config) -> bool {
    // The input's format plays no part in whether a rule applies.
    let ctx = Ctx::new(&report.source, &report.document, config, InputFormat::Text);
    coverage::runs(rule, &ctx)
}

/// Builder helpers on a finding.
pub(crate) trait DiagnosticExt {
    fn with_fix(self, fix: Fix) -> Self;
    fn with_severity(self, severity: Severity) -> Self;
    fn with_related(self, span: Span) -> Self;
}

impl DiagnosticExt for Diagnostic {
    fn with_fix(mut self, fix: Fix) -> Self {
        self.fixes.push(fix);
        self
    }
    fn with_severity(mut self, severity: Severity) -> Self {
        self.severity = severity;
        self
    }
    fn with_related(mut self, span: Span) -> Self {
        self.related.push(span);
        self
    }
}

/// A rule's long explanation or example, or `""` in a build without the `docs` feature (the WASM
/// engine, whose widget loads them from a JSON file when they are shown).
#[cfg(feature = "docs")]
macro_rules! docs {
    ($text:expr) => {
        $text
    };
}
#[cfg(not(feature = "docs"))]
macro_rules! docs {
    ($text:expr) => {
        ""
    };
}

/// Word lists the MA rules share (not a rule).
pub(crate) mod lexicon;

/// What several rules read the same way (no rule file imports another).
pub(crate) mod common;

/// Which rules run on a document (what the check skips, what DOC003 reports).
pub(crate) mod coverage;

/// DOC004, whose findings the check itself makes when it reaches a limit (input too large,
/// too many findings of one rule): the check names it through the registry, not its file.
pub(crate) static LIMIT_RULE: &Rule = &doc004::RULE;

// One module per rule, declared here by hand rather than inside `registry!` so that tools
// which follow written `mod` items (rustfmt; cargo-mutants, docs/mutation-testing.md) find the
// rule files. A rule named in `registry!` but not declared does not compile; one declared but
// left out of the registry gives a warning (its `RULE` is never read).
pub(crate) mod ck001;
pub(crate) mod ck002;
pub(crate) mod ck003;
pub(crate) mod ck004;
pub(crate) mod ck005;
pub(crate) mod ck006;
pub(crate) mod ck007;
pub(crate) mod ck008;
pub(crate) mod ck009;
pub(crate) mod cq001;
pub(crate) mod cq002;
pub(crate) mod cq003;
pub(crate) mod db001;
pub(crate) mod db002;
pub(crate) mod db003;
pub(crate) mod db004;
pub(crate) mod dg001;
pub(crate) mod dg002;
pub(crate) mod dg003;
pub(crate) mod dg004;
pub(crate) mod dg005;
pub(crate) mod dg006;
pub(crate) mod dg007;
pub(crate) mod dg008;
pub(crate) mod dg009;
pub(crate) mod dg010;
pub(crate) mod dg011;
pub(crate) mod dg012;
pub(crate) mod dg013;
pub(crate) mod dg014;
pub(crate) mod dg015;
pub(crate) mod dg101;
pub(crate) mod dg102;
pub(crate) mod dg103;
pub(crate) mod dg104;
pub(crate) mod doc001;
pub(crate) mod doc002;
pub(crate) mod doc003;
pub(crate) mod doc004;
pub(crate) mod doc005;
pub(crate) mod ma001;
pub(crate) mod ma002;
pub(crate) mod ma003;
pub(crate) mod ma004;
pub(crate) mod ma005;
pub(crate) mod ma006;
pub(crate) mod ma007;
pub(crate) mod ma008;
pub(crate) mod ma009;
pub(crate) mod ma010;
pub(crate) mod ma011;
pub(crate) mod ma012;
pub(crate) mod ma013;
pub(crate) mod nd001;
pub(crate) mod nd002;
pub(crate) mod nd003;
pub(crate) mod nd004;
pub(crate) mod nd005;
pub(crate) mod nd006;
pub(crate) mod nd007;
pub(crate) mod nd008;
pub(crate) mod nd009;
pub(crate) mod nd010;
pub(crate) mod nd011;
pub(crate) mod nd012;
pub(crate) mod nd013;
pub(crate) mod nd014;
pub(crate) mod nd015;
pub(crate) mod nd016;
pub(crate) mod nd017;
pub(crate) mod ng001;
pub(crate) mod ng002;
pub(crate) mod ng003;
pub(crate) mod ng004;
pub(crate) mod ng005;
pub(crate) mod ng006;
pub(crate) mod ng007;
pub(crate) mod nn001;
pub(crate) mod nn002;
pub(crate) mod nn003;
pub(crate) mod nn004;
pub(crate) mod nn005;
pub(crate) mod nn006;
pub(crate) mod nn007;
pub(crate) mod nn008;
pub(crate) mod nn009;
pub(crate) mod pl001;
pub(crate) mod pl002;
pub(crate) mod pl003;
pub(crate) mod qh001;
pub(crate) mod qh002;
pub(crate) mod qh003;
pub(crate) mod qh004;
pub(crate) mod qh005;
pub(crate) mod qp001;
pub(crate) mod qp002;
pub(crate) mod qp003;
pub(crate) mod qp004;
pub(crate) mod qp005;
pub(crate) mod qp006;
pub(crate) mod qp007;
pub(crate) mod so001;
pub(crate) mod so002;
pub(crate) mod so003;
pub(crate) mod so004;
pub(crate) mod so005;
pub(crate) mod so006;
pub(crate) mod so007;
pub(crate) mod tb001;
pub(crate) mod tb002;
pub(crate) mod tb003;
pub(crate) mod tb004;
pub(crate) mod tb005;
pub(crate) mod tb006;
pub(crate) mod tb007;
pub(crate) mod tb008;
pub(crate) mod tb009;
pub(crate) mod tb010;
pub(crate) mod tb011;
pub(crate) mod tb012;
pub(crate) mod tl001;
pub(crate) mod tl002;
pub(crate) mod tl003;
pub(crate) mod tl004;
pub(crate) mod tl005;
pub(crate) mod tl006;

macro_rules! registry {
    ($($module:ident),* $(,)?) => {
        /// Every implemented rule, in catalogue order.
        ///
        /// ```
        /// for rule in thethuc::rules::REGISTRY {
        ///     // Every rule belongs to a family, and says what it checks in both languages.
        ///     assert!(thethuc::rules::family_of(rule.code).is_some(), "{}", rule.code);
        ///     assert!(!rule.summary_vi.is_empty() && !rule.summary_en.is_empty());
        /// }
        /// ```
        pub static REGISTRY: &[&Rule] = &[$(&$module::RULE),*];
    };
}

registry! {
    doc001, doc002, doc003, doc004, doc005,
    qh001, qh002, qh003, qh004, qh005,
    cq001, cq002, cq003,
    so001, so002, so003, so004, so005, so006, so007,
    ng001, ng002, ng003, ng004, ng005, ng006, ng007,
    tl001, tl002, tl003, tl004, tl005, tl006,
    ck001, ck002, ck003, ck004, ck005, ck006, ck007, ck008, ck009,
    nn001, nn002, nn003, nn004, nn005, nn006, nn007, nn008, nn009,
    nd001, nd002, nd003, nd004, nd005, nd006, nd007, nd008, nd009, nd010, nd011, nd012, nd013, nd014,
    nd015, nd016, nd017,
    pl001, pl002, pl003,
    tb001, tb002, tb003, tb004, tb005, tb006, tb007, tb008, tb009, tb010, tb011, tb012,
    ma001, ma002, ma003, ma004, ma005, ma006, ma007, ma008, ma009, ma010, ma011, ma012, ma013,
    dg001, dg002, dg003, dg004, dg005, dg006, dg007, dg008, dg009, dg010, dg011, dg012, dg013,
    dg014, dg015, dg101, dg102, dg103, dg104,
    db001, db002, db003, db004,
    qp001, qp002, qp003, qp004, qp005, qp006, qp007,
}

/// The rule with this code or name, whatever its case.
///
/// ```
/// let rule = thethuc::rules::by_code("qh002").unwrap();
/// assert_eq!(rule.code, "QH002");
/// assert_eq!(thethuc::rules::by_code(rule.name).unwrap().code, "QH002");
/// assert!(thethuc::rules::by_code("XX999").is_none());
/// ```
pub fn by_code(code: &str) -> Option<&'static Rule> {
    REGISTRY
        .iter()
        .copied()
        .find(|r| r.code.eq_ignore_ascii_case(code) || r.name.eq_ignore_ascii_case(code))
}

/// What the rules' own tests share.
#[cfg(test)]
pub(crate) mod test_support {
    /// The text each finding of the rule `code` covers, the text checked with that rule alone
    /// selected (default profile).
    pub(crate) fn covered(code: &str, text: &str) -> Vec<String> {
        let config = crate::config::Config {
            select: vec![code.to_owned()],
            ..crate::config::Config::default()
        };
        let report = crate::check_str(text, &config);
        report
            .diagnostics
            .iter()
            .filter(|d| d.code == code)
            .map(|d| d.span.of(report.source.text()).to_owned())
            .collect()
    }

    /// The codes of the findings whose code starts with `family` (`"CK"`), in report order,
    /// the text checked with every rule (default profile).
    pub(crate) fn family_codes(family: &str, text: &str) -> Vec<&'static str> {
        crate::check_str(text, &crate::config::Config::default())
            .diagnostics
            .iter()
            .map(|d| d.code)
            .filter(|c| c.starts_with(family))
            .collect()
    }
}

#[cfg(test)]
mod registry_tests {
    use super::*;
    use crate::config::Config;

    fn codes_for(rule: &Rule, text: &str) -> Vec<&'static str> {
        let config = Config {
            select: vec![rule.code.to_owned()],
            ..Config::default()
        };
        crate::check_str(text, &config)
            .diagnostics
            .iter()
            .map(|d| d.code)
            .collect()
    }

    /// A rule prints as its code alone, not its pages of docs and examples.
    #[test]
    fn a_rule_prints_as_its_code() {
        let rule = by_code("SO003").map(|r| format!("{r:?}"));
        assert_eq!(rule.as_deref(), Some("Rule { code: \"SO003\" }"));
    }

    #[test]
    fn every_rule_is_documented_in_both_languages() {
        for r in REGISTRY {
            for (what, s) in [
                ("summary_vi", r.summary_vi),
                ("summary_en", r.summary_en),
                #[cfg(feature = "docs")]
                ("docs_vi", r.docs_vi),
                #[cfg(feature = "docs")]
                ("docs_en", r.docs_en),
            ] {
                assert!(
                    s.len() > 10 && !s.contains("TODO"),
                    "{} lacks {what}",
                    r.code
                );
            }
            assert!(!r.locator.is_empty(), "{} lacks a locator", r.code);
        }
    }

    #[test]
    fn codes_and_names_are_unique() {
        let mut seen = std::collections::HashSet::new();
        for r in REGISTRY {
            assert!(seen.insert(r.code), "duplicate code {}", r.code);
            assert!(seen.insert(r.name), "duplicate name {}", r.name);
        }
    }

    #[test]
    fn bad_example_gives_exactly_its_rule_and_good_example_gives_none() {
        // Formatting rules cannot be shown in plain text: their cases are built .docx files
        // (crates/thethuc-docx/tests/formatting.rs). DOC003 and DOC004 speak of the check itself
        // (DOC004 is tried in tests/tests/limits.rs).
        for r in REGISTRY
            .iter()
            .filter(|r| !matches!(r.code, "DOC003" | "DOC004") && r.needs == Needs::Text)
        {
            let bad = codes_for(r, r.bad);
            let own: Vec<_> = bad.iter().filter(|c| **c == r.code).collect();
            assert!(
                !own.is_empty(),
                "{}: bad example gives no finding:\n{}",
                r.code,
                r.bad
            );
            assert!(
                bad.iter().all(|c| *c == r.code || *c == "DOC003"),
                "{}: bad example gives other codes {bad:?}",
                r.code
            );
            let good = codes_for(r, r.good);
            assert!(
                !good.contains(&r.code),
                "{}: good example gives a finding:\n{}",
                r.code,
                r.good
            );
        }
    }

    #[test]
    fn fixes_are_sorted_and_non_overlapping_on_bad_examples() {
        for r in REGISTRY {
            let report = crate::check_str(r.bad, &Config::default());
            for d in &report.diagnostics {
                for f in &d.fixes {
                    assert!(f.is_well_formed(), "{}: malformed fix {f:?}", d.code);
                }
            }
        }
    }
}

/// A family of rules: the component of the document they speak of (the code's letters).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Family {
    /// The letters its codes start with (`SO`).
    pub prefix: &'static str,
    /// Its name in Vietnamese (`Số, ký hiệu`).
    pub vi: &'static str,
    /// Its name in English (`Number and symbol`).
    pub en: &'static str,
}

/// Families in the order a document is laid out (RULES.md sections).
pub static FAMILIES: &[Family] = &[
    Family {
        prefix: "DOC",
        vi: "Toàn văn bản",
        en: "Whole document",
    },
    Family {
        prefix: "QH",
        vi: "Quốc hiệu và Tiêu ngữ",
        en: "National title and motto",
    },
    Family {
        prefix: "CQ",
        vi: "Cơ quan ban hành",
        en: "Issuing authority",
    },
    Family {
        prefix: "SO",
        vi: "Số, ký hiệu",
        en: "Number and symbol",
    },
    Family {
        prefix: "NG",
        vi: "Địa danh, ngày tháng",
        en: "Place and date",
    },
    Family {
        prefix: "TL",
        vi: "Tên loại, trích yếu",
        en: "Type and summary",
    },
    Family {
        prefix: "ND",
        vi: "Nội dung",
        en: "Body",
    },
    Family {
        prefix: "CK",
        vi: "Chức vụ, chữ ký",
        en: "Signature",
    },
    Family {
        prefix: "NN",
        vi: "Nơi nhận, Kính gửi",
        en: "Recipients",
    },
    Family {
        prefix: "PL",
        vi: "Phụ lục",
        en: "Appendices",
    },
    Family {
        prefix: "TB",
        vi: "Kỹ thuật trình bày",
        en: "Layout and formatting",
    },
    Family {
        prefix: "MA",
        vi: "Chính tả, dấu câu",
        en: "Spelling and punctuation",
    },
    Family {
        prefix: "DG",
        vi: "Văn bản của Đảng",
        en: "Party documents",
    },
    Family {
        prefix: "DB",
        vi: "Địa bàn, cơ quan sau sắp xếp",
        en: "Places and bodies after the 2025 reform",
    },
    Family {
        prefix: "QP",
        vi: "Văn bản quy phạm pháp luật",
        en: "Legal normative documents",
    },
];

/// The family of a rule code (`SO004` → Số, ký hiệu).
///
/// ```
/// assert_eq!(thethuc::rules::family_of("SO004").unwrap().vi, "Số, ký hiệu");
/// ```
pub fn family_of(code: &str) -> Option<&'static Family> {
    let letters = code.trim_end_matches(|c: char| c.is_ascii_digit());
    FAMILIES.iter().find(|f| f.prefix == letters)
}

#[cfg(test)]
mod family_tests {
    use super::*;

    #[test]
    fn every_rule_has_a_family() {
        for rule in REGISTRY {
            assert!(
                family_of(rule.code).is_some(),
                "{} has no family",
                rule.code
            );
        }
        assert_eq!(family_of("SO004").map(|f| f.vi), Some("Số, ký hiệu"));
        assert_eq!(family_of("XX001"), None);
    }
}

#[cfg(test)]
mod ctx_tests {
    use super::*;
    use crate::text::fold::fold_case;

    /// A folded line is the line folded, whether the parse's fold serves (`check`) or the
    /// context folds the text itself (a tree assembled without one, or of another text).
    #[test]
    fn folded_line_is_the_line_folded() {
        let text = "ỦY BAN NHÂN DÂN\nSố: 12/QĐ-UBND\nQUYẾT ĐỊNH\nVề việc Ấn Định\nĐiều 1. ĐỐI TƯỢNG Áp dụng";
        let source = crate::input::source::Source::new(text);
        let config = Config::default();
        let parsed = crate::check::parse(source.text());
        assert_eq!(parsed.folded, fold_case(source.text()));
        let lines = parsed.lines.clone();
        let assembled = crate::recognize::assemble::assemble(source.text(), lines);
        assert!(assembled.folded.is_empty());
        for doc in [&parsed, &assembled] {
            let ctx = Ctx::new(&source, doc, &config, InputFormat::Text);
            for i in 0..doc.lines.len() {
                assert_eq!(ctx.folded_line(i), fold_case(ctx.line_text(i)), "line {i}");
            }
        }
    }
}
