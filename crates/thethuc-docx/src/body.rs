//! document.xml → paragraphs in reading order: body paragraphs, table cells row by row (the
//! two-column header and signature tables), text boxes, content controls; field results kept,
//! field codes dropped; deleted text dropped.

use crate::numbering::Numbering;
use crate::styles::{read_ppr, read_rpr, ParaProps, RunProps, Styles, Theme};
use crate::xml::Element;

/// A stretch of a paragraph's text with one effective look. Offsets are bytes in `text`.
#[derive(Debug, Clone, PartialEq)]
pub struct Run {
    /// Start of the run in the paragraph's text, in bytes.
    pub start: usize,
    /// End of the run (exclusive), in bytes.
    pub end: usize,
    /// The run's effective properties: direct formatting over its styles.
    pub props: RunProps,
    /// Where its `w:r` starts in document.xml (for the writer).
    pub(crate) xml_start: usize,
}

/// A stretch of a paragraph's text and where it comes from: a `w:t` element (which the writer
/// may rewrite) or something else (numbering label, tab, break).
#[derive(Debug, Clone, PartialEq)]
pub struct Piece {
    pub start: usize,
    pub end: usize,
    /// Where its `w:t` starts in document.xml; `None` when it is not a `w:t`.
    pub text_xml_start: Option<usize>,
}

#[derive(Debug, Clone, PartialEq)]
/// One paragraph as Word shows it: its text, its effective paragraph look and its runs.
pub struct Paragraph {
    /// The visible text: numbering label (and a space) first, tabs as `\t`, breaks as `\n`.
    pub text: String,
    /// The paragraph's effective properties (style chain and direct formatting).
    pub props: ParaProps,
    /// The runs covering `text`, in order.
    pub runs: Vec<Run>,
    /// Inside a table cell.
    pub in_table: bool,
    /// Inside a text box.
    pub in_text_box: bool,
    /// Index of the section (`Docx::sections`) the paragraph belongs to.
    pub section: usize,
    /// Where its `w:p` starts in document.xml.
    pub(crate) xml_start: usize,
    /// The text by origin, in order, covering `text`.
    pub(crate) pieces: Vec<Piece>,
    /// Line shapes (a drawn rule) anchored in the paragraph.
    pub line_shapes: u32,
}

pub(crate) struct BodyReader<'a> {
    pub styles: &'a Styles,
    pub theme: &'a Theme,
    pub numbering: Numbering,
    pub paragraphs: Vec<Paragraph>,
    /// `sectPr` elements in order; paragraphs before the n-th belong to section n.
    pub section_ends: Vec<Element>,
    table_depth: usize,
    text_box_depth: usize,
}

/// Field state inside a paragraph: text between `begin` and `separate` is the field code.
#[derive(Default)]
struct Fields {
    in_code: Vec<bool>,
}

impl<'a> BodyReader<'a> {
    pub fn new(styles: &'a Styles, theme: &'a Theme, numbering: Numbering) -> Self {
        Self {
            styles,
            theme,
            numbering,
            paragraphs: Vec::new(),
            section_ends: Vec::new(),
            table_depth: 0,
            text_box_depth: 0,
        }
    }

    /// Body, cell, text box or content-control content: block-level children.
    pub fn blocks(&mut self, container: &Element) {
        for e in container.elements() {
            match e.name.as_str() {
                "p" => self.paragraph(e),
                "tbl" => {
                    self.table_depth += 1;
                    for row in e.children_named("tr") {
                        for cell in row.children_named("tc") {
                            self.blocks(cell);
                        }
                    }
                    self.table_depth -= 1;
                }
                "sdt" => {
                    if let Some(content) = e.child("sdtContent") {
                        self.blocks(content);
                    }
                }
                "customXml" | "ins" | "smartTag" => self.blocks(e),
                "sectPr" => self.section_ends.push(e.clone()),
                "AlternateContent" => {
                    if let Some(choice) = e.child("Choice").or_else(|| e.child("Fallback")) {
                        self.blocks(choice);
                    }
                }
                _ => {}
            }
        }
    }

    fn paragraph(&mut self, p: &Element) {
        let direct = p.child("pPr");
        let style_id = direct
            .and_then(|d| d.child("pStyle"))
            .and_then(|s| s.attr("val"));
        let (mut props, para_run) = self.styles.paragraph(style_id);
        if let Some(d) = direct {
            props.merge(&read_ppr(d));
        }
        let mut out = Inline::default();
        if let Some((num_id, level)) = props.num.clone() {
            if let Some(label) = self.numbering.next_label(&num_id, level) {
                if !label.is_empty() {
                    out.push(&format!("{label} "), None);
                }
            }
        }
        let mut fields = Fields::default();
        self.inline(p, &para_run, &mut out, &mut fields);
        self.paragraphs.push(Paragraph {
            text: out.text,
            props,
            runs: out.runs,
            in_table: self.table_depth > 0,
            in_text_box: self.text_box_depth > 0,
            section: self.section_ends.len(),
            xml_start: p.span.0,
            pieces: out.pieces,
            line_shapes: out.line_shapes,
        });
        let boxes = out.boxes;
        // Text boxes anchored in the paragraph come after it.
        self.text_box_depth += 1;
        for b in boxes {
            self.blocks(&b);
        }
        self.text_box_depth -= 1;
        if let Some(sect) = direct.and_then(|d| d.child("sectPr")) {
            self.section_ends.push(sect.clone());
        }
    }

    fn inline(&self, parent: &Element, para_run: &RunProps, out: &mut Inline, fields: &mut Fields) {
        for e in parent.elements() {
            match e.name.as_str() {
                "r" => self.run(e, para_run, out, fields),
                "hyperlink" | "ins" | "smartTag" | "customXml" | "fldSimple" | "bdo" | "dir" => {
                    self.inline(e, para_run, out, fields)
                }
                "sdt" => {
                    if let Some(content) = e.child("sdtContent") {
                        self.inline(content, para_run, out, fields);
                    }
                }
                "AlternateContent" => {
                    if let Some(choice) = e.child("Choice").or_else(|| e.child("Fallback")) {
                        self.inline(choice, para_run, out, fields);
                    }
                }
                _ => {}
            }
        }
    }

    fn run(&self, r: &Element, para_run: &RunProps, out: &mut Inline, fields: &mut Fields) {
        let direct = r.child("rPr");
        let char_style = direct
            .and_then(|d| d.child("rStyle"))
            .and_then(|s| s.attr("val"));
        let mut props = para_run.clone();
        props.merge(&self.styles.character(char_style));
        if let Some(d) = direct {
            props.merge(&read_rpr(d, self.theme));
        }
        let start = out.text.len();
        let in_code = |f: &Fields| f.in_code.last().copied().unwrap_or(false);
        for e in r.elements() {
            match e.name.as_str() {
                "t" if !in_code(fields) => out.push(&e.text(), Some(e.span.0)),
                "tab" | "ptab" if !in_code(fields) => out.push("\t", None),
                "br" | "cr" if !in_code(fields) => out.push("\n", None),
                "noBreakHyphen" if !in_code(fields) => out.push("-", None),
                "fldChar" => match e.attr("fldCharType") {
                    Some("begin") => fields.in_code.push(true),
                    Some("separate") => {
                        if let Some(last) = fields.in_code.last_mut() {
                            *last = false;
                        }
                    }
                    Some("end") => {
                        fields.in_code.pop();
                    }
                    _ => {}
                },
                "drawing" | "pict" | "object" => out.anchored(e),
                "AlternateContent" => {
                    if let Some(choice) = e.child("Choice").or_else(|| e.child("Fallback")) {
                        out.anchored(choice);
                    }
                }
                _ => {}
            }
        }
        if out.text.len() > start {
            out.runs.push(Run {
                start,
                end: out.text.len(),
                props,
                xml_start: r.span.0,
            });
        }
    }
}

/// What the inline content of one paragraph gives.
#[derive(Default)]
struct Inline {
    text: String,
    runs: Vec<Run>,
    pieces: Vec<Piece>,
    /// Text boxes anchored in the paragraph, read after it.
    boxes: Vec<Element>,
    line_shapes: u32,
}

impl Inline {
    fn push(&mut self, s: &str, text_xml_start: Option<usize>) {
        let start = self.text.len();
        self.text.push_str(s);
        self.pieces.push(Piece {
            start,
            end: self.text.len(),
            text_xml_start,
        });
    }
    /// A drawing or picture in a run: its text boxes, and whether it draws a straight line.
    fn anchored(&mut self, e: &Element) {
        collect_text_boxes(e, &mut self.boxes);
        if is_line_shape(e) {
            self.line_shapes += 1;
        }
    }
}

/// A straight line: DrawingML `prstGeom` line or connector, or VML `v:line` / connector shape.
fn is_line_shape(e: &Element) -> bool {
    let here = match e.name.as_str() {
        "prstGeom" => matches!(
            e.attr("prst"),
            Some("line" | "straightConnector1" | "bentConnector2")
        ),
        "line" => true,
        "shape" => e.attr("type").is_some_and(|t| t.ends_with("_x0000_t32")),
        _ => false,
    };
    here || e.elements().any(is_line_shape)
}

fn collect_text_boxes(e: &Element, boxes: &mut Vec<Element>) {
    for child in e.elements() {
        if child.name == "txbxContent" {
            boxes.push(child.clone());
        } else if child.name == "AlternateContent" {
            if let Some(choice) = child.child("Choice").or_else(|| child.child("Fallback")) {
                collect_text_boxes(choice, boxes);
            }
        } else {
            collect_text_boxes(child, boxes);
        }
    }
}
