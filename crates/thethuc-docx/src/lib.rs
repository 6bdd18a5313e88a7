//! Reads a .docx into paragraphs with the formatting Word shows (effective run and paragraph
//! properties after styles, theme fonts and numbering) and the page setup of each section, for
//! the `thethuc` checker; writes fixes back as minimal edits to `word/document.xml`.
//! Pure Rust (builds for wasm32); hostile packages get an error naming the part and the reason.
//!
//! Check a .docx from its bytes ([`read`], then [`Docx::styled`] and `thethuc::check_styled`),
//! and write its safe fixes ([`fix::fix`]):
//!
//! ```
//! # fn docx(paragraphs: &[&str]) -> Vec<u8> {
//! #     use std::io::Write;
//! #     let body: String = paragraphs.iter().map(|p| format!("<w:p><w:r><w:t>{p}</w:t></w:r></w:p>")).collect();
//! #     let xml = format!(r#"<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>{body}</w:body></w:document>"#);
//! #     let mut zip = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
//! #     zip.start_file("word/document.xml", zip::write::SimpleFileOptions::default()).unwrap();
//! #     zip.write_all(xml.as_bytes()).unwrap();
//! #     zip.finish().unwrap().into_inner()
//! # }
//! let bytes = docx(&["CỘNG HÕA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"]);
//! let config = thethuc::Config::default();
//!
//! let document = thethuc_docx::read(&bytes, &thethuc_docx::Limits::default()).unwrap();
//! let report = thethuc::check_styled(&document.styled(), &config);
//! assert!(report.diagnostics.iter().any(|d| d.code == "QH002")); // the wording
//! assert!(report.diagnostics.iter().any(|d| d.code == "TB003")); // not bold
//!
//! let fixed = thethuc_docx::fix::fix(&bytes, &config, false, &thethuc_docx::Limits::default()).unwrap();
//! assert!(!fixed.report.diagnostics.iter().any(|d| d.code == "QH002" || d.code == "TB003"));
//! let again = thethuc_docx::read(&fixed.bytes, &thethuc_docx::Limits::default()).unwrap();
//! assert_eq!(again.paragraphs[0].text, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
//! assert_eq!(again.paragraphs[0].runs[0].props.bold, Some(true));
//! ```
//!
//! `examples/eoffice_batch.rs` is what an e-office backend would write: it checks every `.docx`
//! (and `.txt`, `.md`) under a folder and prints the findings as one JSON document.
#![warn(missing_docs)]
#![deny(rustdoc::broken_intra_doc_links)]

mod body;
pub mod fix;
mod numbering;
mod package;
mod styles;
mod write;
mod xml;

pub use body::{Paragraph, Run};
use serde::Serialize;
pub use styles::{ParaProps, RunProps};

/// Why a .docx cannot be read. Messages are Vietnamese, then English in brackets.
#[derive(Debug, thiserror::Error)]
pub enum DocxError {
    /// Not a .docx: not a zip, or a zip without `word/document.xml`.
    #[error("{0}")]
    NotDocx(String),
    /// The package exceeds one of the [`Limits`] (a zip bomb, a deep XML tree).
    #[error("vượt giới hạn an toàn (safety limit): {0}")]
    Limit(String),
    /// A part of the package cannot be read.
    #[error("phần {part}: {reason}")]
    Part {
        /// The part's name in the package (`word/styles.xml`).
        part: String,
        /// What is wrong with it.
        reason: String,
    },
}

/// Bounds on what a package may cost to read. The defaults fit any real document many times over.
///
/// ```
/// # fn docx(paragraphs: &[&str]) -> Vec<u8> {
/// #     use std::io::Write;
/// #     let body: String = paragraphs.iter().map(|p| format!("<w:p><w:r><w:t>{p}</w:t></w:r></w:p>")).collect();
/// #     let xml = format!(r#"<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>{body}</w:body></w:document>"#);
/// #     let mut zip = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
/// #     zip.start_file("word/document.xml", zip::write::SimpleFileOptions::default()).unwrap();
/// #     zip.write_all(xml.as_bytes()).unwrap();
/// #     zip.finish().unwrap().into_inner()
/// # }
/// let tight = thethuc_docx::Limits { max_part_bytes: 64, ..Default::default() };
/// let err = thethuc_docx::read(&docx(&["Số: 12/UBND-VP"]), &tight).unwrap_err();
/// assert!(matches!(err, thethuc_docx::DocxError::Limit(_)));
/// ```
#[derive(Debug, Clone, Copy)]
pub struct Limits {
    /// Entries in the zip directory.
    pub max_entries: usize,
    /// Decompressed bytes of one XML part.
    pub max_part_bytes: u64,
    /// Decompressed bytes of all the parts read.
    pub max_total_bytes: u64,
    /// Decompressed ÷ compressed size, checked on parts over 1 MB.
    pub max_ratio: u64,
    /// Element nesting in any XML part.
    pub max_xml_depth: usize,
}

impl Default for Limits {
    fn default() -> Self {
        Self {
            max_entries: 10_000,
            max_part_bytes: 32 << 20,
            max_total_bytes: 64 << 20,
            max_ratio: 200,
            max_xml_depth: 256,
        }
    }
}

/// Page setup of one section, in twips (1/1440 inch; 56.7 twips = 1 mm).
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Section {
    /// Page width (`w:pgSz w:w`); A4 is 11906.
    pub page_width: Option<u32>,
    /// Page height (`w:pgSz w:h`); A4 is 16838.
    pub page_height: Option<u32>,
    /// Landscape orientation (`w:orient="landscape"`).
    pub landscape: bool,
    /// Top margin (`w:pgMar w:top`).
    pub margin_top: Option<i32>,
    /// Bottom margin.
    pub margin_bottom: Option<i32>,
    /// Left margin (`w:pgMar w:left`).
    pub margin_left: Option<i32>,
    /// Right margin (`w:pgMar w:right`).
    pub margin_right: Option<i32>,
    /// First page has its own header (`titlePg`).
    pub title_page: bool,
    /// Header parts by type (`default`, `first`, `even`) and whether each holds a PAGE field.
    pub headers: Vec<(String, bool)>,
    /// Footer parts by type, and whether each holds a PAGE field.
    pub footers: Vec<(String, bool)>,
    /// Where its `w:sectPr` starts in document.xml; `None` for a document without one.
    pub(crate) xml_start: Option<usize>,
}

/// A read document.
///
/// ```
/// # fn docx(paragraphs: &[&str]) -> Vec<u8> {
/// #     use std::io::Write;
/// #     let body: String = paragraphs.iter().map(|p| format!("<w:p><w:r><w:t>{p}</w:t></w:r></w:p>")).collect();
/// #     let xml = format!(r#"<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>{body}</w:body></w:document>"#);
/// #     let mut zip = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
/// #     zip.start_file("word/document.xml", zip::write::SimpleFileOptions::default()).unwrap();
/// #     zip.write_all(xml.as_bytes()).unwrap();
/// #     zip.finish().unwrap().into_inner()
/// # }
/// let document = thethuc_docx::read(&docx(&["QUYẾT ĐỊNH", "Về việc thành lập Tổ công tác"]), &Default::default()).unwrap();
/// let styled = document.styled();
/// assert_eq!(styled.blocks.len(), 2);
/// assert_eq!(styled.blocks[0].text, "QUYẾT ĐỊNH");
/// let report = thethuc::check_styled(&styled, &thethuc::Config::default());
/// // Positions are in the paragraphs joined by line breaks: the second starts at byte 16.
/// assert_eq!(thethuc::block_starts(&styled.blocks), [0, 16]);
/// assert!(report.source.text().starts_with("QUYẾT ĐỊNH\nVề việc"));
/// ```
#[derive(Debug, Clone)]
pub struct Docx {
    /// The paragraphs in reading order: body, table cells row by row, text boxes.
    pub paragraphs: Vec<Paragraph>,
    /// The sections, in order; `Paragraph::section` indexes them.
    pub sections: Vec<Section>,
    /// word/document.xml as read, and its element tree with byte spans: the writer edits
    /// these instead of opening and parsing the package again.
    pub(crate) document_xml: Vec<u8>,
    pub(crate) document: xml::Element,
}

/// Reads a .docx from its bytes, within `limits`.
///
/// ```
/// # fn docx(paragraphs: &[&str]) -> Vec<u8> {
/// #     use std::io::Write;
/// #     let body: String = paragraphs.iter().map(|p| format!("<w:p><w:r><w:t>{p}</w:t></w:r></w:p>")).collect();
/// #     let xml = format!(r#"<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>{body}</w:body></w:document>"#);
/// #     let mut zip = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
/// #     zip.start_file("word/document.xml", zip::write::SimpleFileOptions::default()).unwrap();
/// #     zip.write_all(xml.as_bytes()).unwrap();
/// #     zip.finish().unwrap().into_inner()
/// # }
/// let document = thethuc_docx::read(&docx(&["Số: 12/UBND-VP", "V/v họp"]), &thethuc_docx::Limits::default()).unwrap();
/// assert_eq!(document.paragraphs[1].text, "V/v họp");
/// let err = thethuc_docx::read(b"plain text", &thethuc_docx::Limits::default()).unwrap_err();
/// assert!(matches!(err, thethuc_docx::DocxError::NotDocx(_)));
/// ```
pub fn read(bytes: &[u8], limits: &Limits) -> Result<Docx, DocxError> {
    let package = package::Package::open(bytes, limits)?;
    let parse = |name: &str| -> Result<Option<xml::Element>, DocxError> {
        package
            .part(name)
            .map(|b| xml::parse(b, name, limits.max_xml_depth))
            .transpose()
    };
    let document = parse("word/document.xml")?.ok_or_else(|| {
        DocxError::NotDocx("gói không có word/document.xml (no main document part)".into())
    })?;
    let theme = styles::Theme::read(parse("word/theme/theme1.xml")?.as_ref());
    let styles = styles::Styles::read(parse("word/styles.xml")?.as_ref(), &theme);
    let numbering = numbering::Numbering::read(parse("word/numbering.xml")?.as_ref());
    let rels = parse("word/_rels/document.xml.rels")?;
    let body = document.child("body").ok_or_else(|| DocxError::Part {
        part: "word/document.xml".into(),
        reason: "không có w:body (no body)".into(),
    })?;
    let mut reader = body::BodyReader::new(&styles, &theme, numbering);
    reader.blocks(body);
    let mut sections = Vec::new();
    for s in &reader.section_ends {
        sections.push(section(s, rels.as_ref(), &|name| parse(name))?);
    }
    if sections.is_empty() {
        sections.push(Section::default());
    }
    let last = sections.len() - 1;
    let mut paragraphs = reader.paragraphs;
    for p in &mut paragraphs {
        p.section = p.section.min(last);
    }
    Ok(Docx {
        paragraphs,
        sections,
        document_xml: package
            .part("word/document.xml")
            .unwrap_or_default()
            .to_vec(),
        document,
    })
}

type PartParser<'a> = dyn Fn(&str) -> Result<Option<xml::Element>, DocxError> + 'a;

fn section(
    s: &xml::Element,
    rels: Option<&xml::Element>,
    parse: &PartParser<'_>,
) -> Result<Section, DocxError> {
    let num = |e: Option<&xml::Element>, a: &str| {
        e.and_then(|e| e.attr(a))
            .and_then(|v| v.parse::<f64>().ok())
    };
    let size = s.child("pgSz");
    let margins = s.child("pgMar");
    let target = |id: &str| {
        rels?
            .children_named("Relationship")
            .find(|r| r.attr("Id") == Some(id))
            .and_then(|r| r.attr("Target"))
            .map(|t| {
                format!(
                    "word/{}",
                    t.trim_start_matches("/word/").trim_start_matches('/')
                )
            })
    };
    let parts = |kind: &str| -> Result<Vec<(String, bool)>, DocxError> {
        let mut out = Vec::new();
        for reference in s.children_named(kind) {
            let which = reference.attr("type").unwrap_or("default").to_owned();
            let has_page = match reference.attr("id").and_then(target) {
                Some(name) => parse(&name)?.is_some_and(|part| has_page_field(&part)),
                None => false,
            };
            out.push((which, has_page));
        }
        Ok(out)
    };
    Ok(Section {
        page_width: num(size, "w").map(|v| v as u32),
        page_height: num(size, "h").map(|v| v as u32),
        landscape: size.and_then(|e| e.attr("orient")) == Some("landscape"),
        margin_top: num(margins, "top").map(|v| v as i32),
        margin_bottom: num(margins, "bottom").map(|v| v as i32),
        margin_left: num(margins, "left").map(|v| v as i32),
        margin_right: num(margins, "right").map(|v| v as i32),
        title_page: s.child("titlePg").is_some_and(|t| t.toggle()),
        xml_start: Some(s.span.0),
        headers: parts("headerReference")?,
        footers: parts("footerReference")?,
    })
}

/// A `PAGE` field, simple (`w:fldSimple w:instr="PAGE"`) or complex (`w:instrText`).
fn has_page_field(e: &xml::Element) -> bool {
    let is_page = |instr: &str| instr.split_whitespace().next() == Some("PAGE");
    (e.name == "fldSimple" && e.attr("instr").is_some_and(is_page))
        || (e.name == "instrText" && is_page(&e.text()))
        || e.elements().any(has_page_field)
}

impl Docx {
    /// The paragraphs as the engine's blocks: text, runs and the look the reader sees (for
    /// `thethuc::check_blocks`, or an editor).
    pub fn blocks(&self) -> Vec<thethuc::Block> {
        self.paragraphs.iter().map(block).collect()
    }

    /// Paragraphs and page setup, for `thethuc::check_styled`.
    pub fn styled(&self) -> thethuc::StyledDocument {
        thethuc::StyledDocument {
            blocks: self.blocks(),
            sections: self.sections.iter().map(page_setup).collect(),
        }
    }
}

const TWIPS_PER_MM: f32 = 1440.0 / 25.4;

fn mm(twips: Option<i32>) -> Option<f32> {
    twips.map(|t| t as f32 / TWIPS_PER_MM)
}

fn page_setup(s: &Section) -> thethuc::PageSetup {
    let has =
        |parts: &[(String, bool)], kind: &str| parts.iter().any(|(k, page)| k == kind && *page);
    thethuc::PageSetup {
        width_mm: mm(s.page_width.map(|v| v as i32)),
        height_mm: mm(s.page_height.map(|v| v as i32)),
        landscape: s.landscape,
        margin_top_mm: mm(s.margin_top),
        margin_bottom_mm: mm(s.margin_bottom),
        margin_left_mm: mm(s.margin_left),
        margin_right_mm: mm(s.margin_right),
        first_page_different: s.title_page,
        // Page 1 shows the first-page header when titlePg is set, else the default one.
        page_number_on_first_page: if s.title_page {
            has(&s.headers, "first") || has(&s.footers, "first")
        } else {
            has(&s.headers, "default") || has(&s.footers, "default")
        },
        page_number_on_later_pages: has(&s.headers, "default") || has(&s.footers, "default"),
    }
}

fn run_style(r: &Run) -> thethuc::RunStyle {
    thethuc::RunStyle {
        start: r.start as u32,
        end: r.end as u32,
        bold: Some(r.props.bold == Some(true)),
        italic: Some(r.props.italic == Some(true)),
        font_family: r.props.font.clone(),
        // A subscript's size is not what the page shows: leave it unjudged.
        font_size_pt: r
            .props
            .size_half_points
            .filter(|_| r.props.raised_or_lowered != Some(true))
            .map(|h| h as f32 / 2.0),
        color: r.props.color.clone(),
    }
}

fn block(p: &Paragraph) -> thethuc::Block {
    // The look of a paragraph is the look of its visible text (runs of spaces say nothing).
    let visible: Vec<&Run> = p
        .runs
        .iter()
        .filter(|r| !p.text[r.start..r.end].trim().is_empty())
        .collect();
    let all =
        |f: &dyn Fn(&RunProps) -> bool| !visible.is_empty() && visible.iter().all(|r| f(&r.props));
    let first = visible.first().map(|r| &r.props);
    // Capitals set by `w:caps` are what the reader sees: the grammar must see them too.
    let text = if all(&|r| r.caps == Some(true)) {
        p.text.to_uppercase()
    } else {
        p.text.clone()
    };
    // What no style says is Word's default: no space, single spacing, left aligned.
    let pt = |twips: Option<u32>| Some(twips.unwrap_or(0) as f32 / 20.0);
    let (line_spacing, line_height_pt) = match &p.props.line {
        Some((v, rule)) if rule == "auto" => (Some(*v as f32 / 240.0), None),
        Some((v, _)) => (None, Some(*v as f32 / 20.0)),
        None => (Some(1.0), None),
    };
    let underlined = all(&|r| r.underline == Some(true));
    let rule_lines =
        p.line_shapes + u32::from(p.props.border_bottom == Some(true)) + u32::from(underlined);
    thethuc::Block {
        // Upper-casing may change byte lengths: runs keep their offsets only when it does not.
        runs: if text.len() == p.text.len() {
            p.runs.iter().map(run_style).collect()
        } else {
            Vec::new()
        },
        text,
        style: thethuc::BlockStyle {
            bold: Some(all(&|r| r.bold == Some(true))),
            italic: Some(all(&|r| r.italic == Some(true))),
            font_family: first.and_then(|r| r.font.clone()),
            font_size_pt: first
                .and_then(|r| r.size_half_points)
                .map(|h| h as f32 / 2.0),
            align: p
                .props
                .align
                .as_deref()
                .and_then(|a| match a {
                    "both" | "distribute" => Some(thethuc::Align::Justify),
                    "center" => Some(thethuc::Align::Center),
                    "right" | "end" => Some(thethuc::Align::Right),
                    "left" | "start" => Some(thethuc::Align::Left),
                    _ => None,
                })
                .or(Some(thethuc::Align::Left)),
            // No w:ind anywhere in the chain means no indent at all.
            first_line_indent_mm: mm(Some(p.props.first_line.unwrap_or(0))),
            space_before_pt: pt(p.props.before),
            space_after_pt: pt(p.props.after),
            line_spacing,
            line_height_pt,
            rule_lines: Some(rule_lines),
        },
        section: p.section as u32,
        in_table: p.in_table,
    }
}
