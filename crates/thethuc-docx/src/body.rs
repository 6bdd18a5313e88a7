//! document.xml → paragraphs in reading order: body paragraphs, table cells row by row (the
//! two-column header and signature tables), text boxes, content controls; field results kept,
//! field codes dropped; deleted text dropped.

use crate::numbering::Numbering;
use crate::styles::{read_ppr, read_rpr, ParaProps, RunProps, Styles, Theme};
use crate::xml::Element;

/// A stretch of a paragraph's text with one effective look. Offsets are bytes in `text`.
#[derive(Debug, Clone, PartialEq)]
pub struct Run {
    pub start: usize,
    pub end: usize,
    pub props: RunProps,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Paragraph {
    /// The visible text: numbering label (and a space) first, tabs as `\t`, breaks as `\n`.
    pub text: String,
    pub props: ParaProps,
    pub runs: Vec<Run>,
    /// Inside a table cell.
    pub in_table: bool,
    /// Inside a text box.
    pub in_text_box: bool,
    /// Index of the section (`Docx::sections`) the paragraph belongs to.
    pub section: usize,
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
        let mut text = String::new();
        if let Some((num_id, level)) = props.num.clone() {
            if let Some(label) = self.numbering.next_label(&num_id, level) {
                if !label.is_empty() {
                    text.push_str(&label);
                    text.push(' ');
                }
            }
        }
        let mut runs = Vec::new();
        let mut boxes = Vec::new();
        let mut fields = Fields::default();
        self.inline(p, &para_run, &mut text, &mut runs, &mut boxes, &mut fields);
        self.paragraphs.push(Paragraph {
            text,
            props,
            runs,
            in_table: self.table_depth > 0,
            in_text_box: self.text_box_depth > 0,
            section: self.section_ends.len(),
        });
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

    fn inline(
        &self,
        parent: &Element,
        para_run: &RunProps,
        text: &mut String,
        runs: &mut Vec<Run>,
        boxes: &mut Vec<Element>,
        fields: &mut Fields,
    ) {
        for e in parent.elements() {
            match e.name.as_str() {
                "r" => self.run(e, para_run, text, runs, boxes, fields),
                "hyperlink" | "ins" | "smartTag" | "customXml" | "fldSimple" | "bdo" | "dir" => {
                    self.inline(e, para_run, text, runs, boxes, fields)
                }
                "sdt" => {
                    if let Some(content) = e.child("sdtContent") {
                        self.inline(content, para_run, text, runs, boxes, fields);
                    }
                }
                "AlternateContent" => {
                    if let Some(choice) = e.child("Choice").or_else(|| e.child("Fallback")) {
                        self.inline(choice, para_run, text, runs, boxes, fields);
                    }
                }
                _ => {}
            }
        }
    }

    fn run(
        &self,
        r: &Element,
        para_run: &RunProps,
        text: &mut String,
        runs: &mut Vec<Run>,
        boxes: &mut Vec<Element>,
        fields: &mut Fields,
    ) {
        let direct = r.child("rPr");
        let char_style = direct
            .and_then(|d| d.child("rStyle"))
            .and_then(|s| s.attr("val"));
        let mut props = para_run.clone();
        props.merge(&self.styles.character(char_style));
        if let Some(d) = direct {
            props.merge(&read_rpr(d, self.theme));
        }
        let start = text.len();
        let in_code = |f: &Fields| f.in_code.last().copied().unwrap_or(false);
        for e in r.elements() {
            match e.name.as_str() {
                "t" if !in_code(fields) => text.push_str(&e.text()),
                "tab" | "ptab" if !in_code(fields) => text.push('\t'),
                "br" | "cr" if !in_code(fields) => text.push('\n'),
                "noBreakHyphen" if !in_code(fields) => text.push('-'),
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
                "drawing" | "pict" | "object" => collect_text_boxes(e, boxes),
                "AlternateContent" => {
                    if let Some(choice) = e.child("Choice").or_else(|| e.child("Fallback")) {
                        collect_text_boxes(choice, boxes);
                    }
                }
                _ => {}
            }
        }
        if text.len() > start {
            runs.push(Run {
                start,
                end: text.len(),
                props,
            });
        }
    }
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
