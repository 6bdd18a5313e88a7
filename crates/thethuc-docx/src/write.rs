//! Writes fixes into a new package. Only `word/document.xml` changes, by small splices: a
//! rewritten `w:t`, a replaced or inserted property element (`w:sz`, `w:jc`, `w:pgMar` …).
//! Every other part is copied with its compressed bytes untouched.

use crate::xml::Element;
use crate::{Docx, DocxError};
use std::collections::{BTreeMap, HashMap};
use std::io::{Cursor, Write};
use thethuc::{Align, Edit, FormatChange, FormatEdit, FormatTarget};

const DOCUMENT: &str = "word/document.xml";

/// Schema order of `w:rPr` children (CT_RPr): a new child goes before the first later one.
const RPR_ORDER: &[&str] = &[
    "rStyle",
    "rFonts",
    "b",
    "bCs",
    "i",
    "iCs",
    "caps",
    "smallCaps",
    "strike",
    "dstrike",
    "outline",
    "shadow",
    "emboss",
    "imprint",
    "noProof",
    "snapToGrid",
    "vanish",
    "webHidden",
    "color",
    "spacing",
    "w",
    "kern",
    "position",
    "sz",
    "szCs",
    "highlight",
    "u",
    "effect",
    "bdr",
    "shd",
    "fitText",
    "vertAlign",
    "rtl",
    "cs",
    "em",
    "lang",
    "eastAsianLayout",
    "specVanish",
    "oMath",
    "rPrChange",
];

/// Schema order of `w:pPr` children (CT_PPr).
const PPR_ORDER: &[&str] = &[
    "pStyle",
    "keepNext",
    "keepLines",
    "pageBreakBefore",
    "framePr",
    "widowControl",
    "numPr",
    "suppressLineNumbers",
    "pBdr",
    "shd",
    "tabs",
    "suppressAutoHyphens",
    "kinsoku",
    "wordWrap",
    "overflowPunct",
    "topLinePunct",
    "autoSpaceDE",
    "autoSpaceDN",
    "bidi",
    "adjustRightInd",
    "snapToGrid",
    "spacing",
    "ind",
    "contextualSpacing",
    "mirrorIndents",
    "suppressOverlap",
    "jc",
    "textDirection",
    "textAlignment",
    "textboxTightWrap",
    "outlineLvl",
    "divId",
    "cnfStyle",
    "rPr",
    "sectPr",
    "pPrChange",
];

/// Schema order of `w:sectPr` children (CT_SectPr).
const SECTPR_ORDER: &[&str] = &[
    "headerReference",
    "footerReference",
    "footnotePr",
    "endnotePr",
    "type",
    "pgSz",
    "pgMar",
    "paperSrc",
    "pgBorders",
    "lnNumType",
    "pgNumType",
    "cols",
    "formProt",
    "vAlign",
    "noEndnote",
    "titlePg",
    "textDirection",
    "bidi",
    "rtlGutter",
    "docGrid",
    "printerSettings",
    "sectPrChange",
];

/// Text edits in one paragraph's text (byte offsets in `Paragraph::text`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ParagraphEdit {
    /// Index of the paragraph in `Docx::paragraphs`.
    pub paragraph: usize,
    /// Start of the replaced text, in bytes of the paragraph's text.
    pub start: usize,
    /// End of the replaced text (exclusive); equal to `start` for an insertion.
    pub end: usize,
    /// What goes in its place (empty for a deletion).
    pub replacement: String,
}

/// Why an edit cannot be written; the fix that holds it is left out.
#[derive(Debug, PartialEq, Eq)]
pub enum Unwritable {
    /// It spans two paragraphs (joining or splitting paragraphs is not done in a .docx).
    AcrossParagraphs,
    /// It touches text that is not in a `w:t` (a numbering label, a tab, capitals from `w:caps`).
    NotPlainText,
    /// The target run, paragraph or section has no element to change.
    NoTarget,
}

/// Maps an edit of the checked text (offsets in the joined original text) to a paragraph.
pub fn locate(
    docx: &Docx,
    starts: &[u32],
    blocks: &[thethuc::Block],
    edit: (u32, u32, &Edit),
) -> Result<ParagraphEdit, Unwritable> {
    let (start, end, e) = edit;
    if end < start {
        return Err(Unwritable::NoTarget);
    }
    let i = starts.partition_point(|&s| s <= start).saturating_sub(1);
    let block_start = starts.get(i).copied().unwrap_or(0);
    let paragraph = docx.paragraphs.get(i).ok_or(Unwritable::NoTarget)?;
    let text = blocks.get(i).map(|b| b.text.as_str());
    let len = text.map_or(0, str::len) as u32;
    if end > block_start + len {
        return Err(Unwritable::AcrossParagraphs);
    }
    // The checked text is upper-cased where `w:caps` shows capitals: it is not the file's text.
    if text != Some(paragraph.text.as_str()) {
        return Err(Unwritable::NotPlainText);
    }
    let (a, b) = ((start - block_start) as usize, (end - block_start) as usize);
    let touched: Vec<_> = paragraph
        .pieces
        .iter()
        .filter(|p| {
            if a == b {
                p.start <= a && a <= p.end
            } else {
                p.start < b && a < p.end
            }
        })
        .collect();
    if touched.is_empty() || (a != b && touched.iter().any(|p| p.text_xml_start.is_none())) {
        return Err(Unwritable::NotPlainText);
    }
    if a == b && touched.iter().all(|p| p.text_xml_start.is_none()) {
        return Err(Unwritable::NotPlainText);
    }
    Ok(ParagraphEdit {
        paragraph: i,
        start: a,
        end: b,
        replacement: e.replacement.clone(),
    })
}

/// The element a formatting edit changes, by its start in document.xml.
pub fn target_start(docx: &Docx, target: FormatTarget) -> Option<usize> {
    match target {
        FormatTarget::Run { block, run } => docx
            .paragraphs
            .get(block as usize)?
            .runs
            .get(run as usize)
            .map(|r| r.xml_start),
        FormatTarget::Paragraph { block } => {
            docx.paragraphs.get(block as usize).map(|p| p.xml_start)
        }
        FormatTarget::Section { section } => docx.sections.get(section as usize)?.xml_start,
    }
}

/// A replacement of `start..end` in document.xml; `rank` orders insertions at one point.
struct Splice {
    start: usize,
    end: usize,
    rank: usize,
    text: String,
}

/// Writes the package with the text edits and formatting edits applied.
pub fn write(
    bytes: &[u8],
    docx: &Docx,
    text_edits: &[ParagraphEdit],
    format_edits: &[FormatEdit],
) -> Result<Vec<u8>, DocxError> {
    let xml = docx.document_xml.as_slice();
    let mut by_start: HashMap<usize, &Element> = HashMap::new();
    index(&docx.document, &mut by_start);
    let mut splices = Vec::new();
    text_splices(xml, docx, text_edits, &by_start, &mut splices)?;
    format_splices(xml, docx, format_edits, &by_start, &mut splices)?;
    let document = apply(xml, splices)?;
    repackage(bytes, &document)
}

fn index<'a>(e: &'a Element, out: &mut HashMap<usize, &'a Element>) {
    out.insert(e.span.0, e);
    for c in e.elements() {
        index(c, out);
    }
}

fn internal(reason: String) -> DocxError {
    DocxError::Part {
        part: DOCUMENT.into(),
        reason,
    }
}

/// The qualified name of an element as written (`w:t`), read from its start tag.
fn qname(xml: &[u8], e: &Element) -> String {
    let tag = &xml[e.span.0 + 1..e.span.1];
    let end = tag
        .iter()
        .position(|&c| c.is_ascii_whitespace() || c == b'>' || c == b'/')
        .unwrap_or(tag.len());
    String::from_utf8_lossy(&tag[..end]).into_owned()
}

/// The namespace prefix with its colon (`w:`), or nothing.
fn prefix(xml: &[u8], e: &Element) -> String {
    let q = qname(xml, e);
    q.rfind(':').map_or(String::new(), |i| q[..=i].to_owned())
}

fn escape(s: &str, attribute: bool) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' if attribute => out.push_str("&quot;"),
            _ => out.push(c),
        }
    }
    out
}

fn text_splices(
    xml: &[u8],
    docx: &Docx,
    edits: &[ParagraphEdit],
    by_start: &HashMap<usize, &Element>,
    out: &mut Vec<Splice>,
) -> Result<(), DocxError> {
    // Per w:t (by its start in document.xml): its text, and edits local to it.
    type LocalEdits = (String, Vec<(usize, usize, String)>);
    let mut per_text: BTreeMap<usize, LocalEdits> = BTreeMap::new();
    for edit in edits {
        let p = &docx.paragraphs[edit.paragraph];
        let mut replacement = Some(edit.replacement.clone());
        let empty = edit.start == edit.end;
        // An insertion goes into the text piece that ends at the point, else the one holding it.
        let pieces: Vec<_> = if empty {
            let mut holding: Vec<_> = p
                .pieces
                .iter()
                .filter(|x| {
                    x.text_xml_start.is_some() && x.start <= edit.start && edit.start <= x.end
                })
                .collect();
            holding.truncate(1);
            holding
        } else {
            p.pieces
                .iter()
                .filter(|x| x.start < edit.end && edit.start < x.end)
                .collect()
        };
        for piece in pieces {
            let Some(at) = piece.text_xml_start else {
                return Err(internal(
                    "sửa vào chữ không nằm trong w:t (edit outside w:t)".into(),
                ));
            };
            let entry = per_text
                .entry(at)
                .or_insert_with(|| (p.text[piece.start..piece.end].to_owned(), Vec::new()));
            let a = edit.start.max(piece.start) - piece.start;
            let b = edit.end.min(piece.end) - piece.start;
            entry.1.push((a, b, replacement.take().unwrap_or_default()));
        }
    }
    for (at, (text, mut local)) in per_text {
        let e = by_start
            .get(&at)
            .ok_or_else(|| internal(format!("không thấy w:t ở byte {at} (no w:t at {at})")))?;
        local.sort_by_key(|(a, b, _)| (*a, *b));
        let mut new = String::new();
        let mut pos = 0;
        for (a, b, r) in local {
            if a < pos {
                return Err(internal(
                    "hai chỗ sửa chồng nhau (overlapping edits)".into(),
                ));
            }
            new.push_str(&text[pos..a]);
            new.push_str(&r);
            pos = b;
        }
        new.push_str(&text[pos..]);
        let name = qname(xml, e);
        out.push(Splice {
            start: e.span.0,
            end: e.span.1,
            rank: 0,
            text: format!(
                "<{name} xml:space=\"preserve\">{}</{name}>",
                escape(&new, false)
            ),
        });
    }
    Ok(())
}

/// One property element to set: its local name and how to build it from the old one.
struct Property {
    name: &'static str,
    /// Attributes (local name, value) to set; the old element's other attributes are kept,
    /// except those in `drop`.
    set: Vec<(&'static str, String)>,
    drop: &'static [&'static str],
    /// Build afresh, keeping nothing of the old element.
    fresh: bool,
}

fn property(change: &FormatChange) -> Vec<Property> {
    let val = |name: &'static str, v: String| Property {
        name,
        set: vec![("val", v)],
        drop: &[],
        fresh: true,
    };
    match change {
        FormatChange::FontFamily(f) => vec![Property {
            name: "rFonts",
            set: ["ascii", "hAnsi", "eastAsia", "cs"]
                .into_iter()
                .map(|k| (k, f.clone()))
                .collect(),
            drop: &[],
            fresh: true,
        }],
        FormatChange::FontSizeHalfPoints(n) => {
            vec![val("sz", n.to_string()), val("szCs", n.to_string())]
        }
        FormatChange::Bold(b) => vec![toggle("b", *b)],
        FormatChange::Italic(i) => vec![toggle("i", *i)],
        FormatChange::Color(c) => vec![val("color", c.clone())],
        FormatChange::Align(a) => vec![val(
            "jc",
            match a {
                Align::Left => "left",
                Align::Center => "center",
                Align::Right => "right",
                Align::Justify => "both",
            }
            .into(),
        )],
        FormatChange::FirstLineIndentTwips(n) => vec![Property {
            name: "ind",
            set: vec![("firstLine", n.to_string())],
            drop: &["hanging", "firstLineChars", "hangingChars"],
            fresh: false,
        }],
        FormatChange::SpaceBeforeTwips(n) => vec![Property {
            name: "spacing",
            set: vec![("before", n.to_string())],
            drop: &["beforeLines", "beforeAutospacing"],
            fresh: false,
        }],
        FormatChange::LineSpacing240ths(n) => vec![Property {
            name: "spacing",
            set: vec![("line", n.to_string()), ("lineRule", "auto".into())],
            drop: &[],
            fresh: false,
        }],
        FormatChange::LineExactTwips(n) => vec![Property {
            name: "spacing",
            set: vec![("line", n.to_string()), ("lineRule", "exact".into())],
            drop: &[],
            fresh: false,
        }],
        FormatChange::PageSize {
            width,
            height,
            landscape,
        } => {
            let mut set = vec![("w", width.to_string()), ("h", height.to_string())];
            if *landscape {
                set.push(("orient", "landscape".into()));
            }
            vec![Property {
                name: "pgSz",
                set,
                drop: if *landscape {
                    &["code"]
                } else {
                    &["orient", "code"]
                },
                fresh: false,
            }]
        }
        FormatChange::Margins {
            top,
            bottom,
            left,
            right,
        } => vec![Property {
            name: "pgMar",
            set: [
                ("top", top),
                ("bottom", bottom),
                ("left", left),
                ("right", right),
            ]
            .into_iter()
            .filter_map(|(k, v)| v.map(|v| (k, v.to_string())))
            .collect(),
            drop: &[],
            fresh: false,
        }],
    }
}

fn toggle(name: &'static str, on: bool) -> Property {
    Property {
        name,
        set: if on {
            Vec::new()
        } else {
            vec![("val", "0".into())]
        },
        drop: &[],
        fresh: true,
    }
}

/// The container of a target's properties and their schema order.
fn container(target: FormatTarget) -> (&'static str, &'static [&'static str]) {
    match target {
        FormatTarget::Run { .. } => ("rPr", RPR_ORDER),
        FormatTarget::Paragraph { .. } => ("pPr", PPR_ORDER),
        FormatTarget::Section { .. } => ("sectPr", SECTPR_ORDER),
    }
}

fn format_splices(
    xml: &[u8],
    docx: &Docx,
    edits: &[FormatEdit],
    by_start: &HashMap<usize, &Element>,
    out: &mut Vec<Splice>,
) -> Result<(), DocxError> {
    // Per target element: the properties to set, merged by name (later edits win).
    let mut per_target: BTreeMap<usize, (FormatTarget, Vec<Property>)> = BTreeMap::new();
    for edit in edits {
        let Some(at) = target_start(docx, edit.target) else {
            continue;
        };
        let entry = per_target
            .entry(at)
            .or_insert_with(|| (edit.target, Vec::new()));
        for p in property(&edit.change) {
            match entry.1.iter_mut().find(|q| q.name == p.name) {
                Some(q) => merge(q, p),
                None => entry.1.push(p),
            }
        }
    }
    for (at, (target, properties)) in per_target {
        let owner = by_start.get(&at).ok_or_else(|| {
            internal(format!(
                "không thấy phần tử ở byte {at} (no element at {at})"
            ))
        })?;
        let (holder_name, order) = container(target);
        let pre = prefix(xml, owner);
        let self_closing = |e: &Element| e.inner.0 == e.span.1;
        // Sections hold their properties directly; runs and paragraphs in rPr / pPr.
        let holder = match target {
            FormatTarget::Section { .. } => Some(*owner),
            _ => owner.child(holder_name),
        };
        let rank = |name: &str| order.iter().position(|n| *n == name).unwrap_or(order.len());
        match holder {
            Some(h) if !self_closing(h) => {
                for p in properties {
                    let old = h.child(p.name);
                    let text = build(xml, &pre, &p, old);
                    match old {
                        Some(o) => out.push(Splice {
                            start: o.span.0,
                            end: o.span.1,
                            rank: 0,
                            text,
                        }),
                        None => {
                            let r = rank(p.name);
                            let at = h
                                .elements()
                                .find(|c| rank(&c.name) > r)
                                .map_or(h.inner.1, |c| c.span.0);
                            out.push(Splice {
                                start: at,
                                end: at,
                                rank: r,
                                text,
                            });
                        }
                    }
                }
            }
            // No container, or an empty self-closing one: write it whole.
            _ => {
                if holder.is_none() && self_closing(owner) {
                    // A self-closing run or paragraph holds no text to fix.
                    continue;
                }
                let mut properties = properties;
                properties.sort_by_key(|p| rank(p.name));
                let children: String = properties
                    .iter()
                    .map(|p| build(xml, &pre, p, None))
                    .collect();
                let (start, end) = match holder {
                    Some(h) => h.span,
                    None => (owner.inner.0, owner.inner.0),
                };
                let attributes = match holder {
                    // Keep the attributes of a self-closing sectPr (rsid and such).
                    Some(h) => {
                        let tag = String::from_utf8_lossy(&xml[h.span.0..h.span.1]).into_owned();
                        tag.trim_start_matches('<')
                            .trim_end_matches('>')
                            .trim_end_matches('/')
                            .split_once(char::is_whitespace)
                            .map_or(String::new(), |(_, rest)| format!(" {}", rest.trim()))
                    }
                    None => String::new(),
                };
                out.push(Splice {
                    start,
                    end,
                    rank: 0,
                    text: format!(
                        "<{pre}{holder_name}{attributes}>{children}</{pre}{holder_name}>"
                    ),
                });
            }
        }
    }
    Ok(())
}

fn merge(into: &mut Property, from: Property) {
    if from.fresh {
        *into = from;
        return;
    }
    for (k, v) in from.set {
        match into.set.iter_mut().find(|(key, _)| *key == k) {
            Some(slot) => slot.1 = v,
            None => into.set.push((k, v)),
        }
    }
    if into.drop.is_empty() {
        into.drop = from.drop;
    }
}

/// `<w:name a="…"/>` from the old element's attributes (raw, as written) and the new values.
fn build(xml: &[u8], pre: &str, p: &Property, old: Option<&Element>) -> String {
    let mut attrs: Vec<(String, String)> = Vec::new();
    if let (Some(o), false) = (old, p.fresh) {
        for (key, raw) in raw_attributes(&xml[o.span.0..o.span.1]) {
            let local = key.rsplit(':').next().unwrap_or(&key).to_owned();
            let replaced = p.set.iter().any(|(k, _)| *k == local);
            if !replaced && !p.drop.contains(&local.as_str()) {
                attrs.push((key, raw));
            }
        }
    }
    for (k, v) in &p.set {
        attrs.push((format!("{pre}{k}"), escape(v, true)));
    }
    let list: String = attrs.iter().map(|(k, v)| format!(" {k}=\"{v}\"")).collect();
    format!("<{pre}{}{list}/>", p.name)
}

/// The attributes of the first tag of a fragment, key and value as written.
fn raw_attributes(fragment: &[u8]) -> Vec<(String, String)> {
    let mut reader = quick_xml::Reader::from_reader(fragment);
    let mut buf = Vec::new();
    match reader.read_event_into(&mut buf) {
        Ok(quick_xml::events::Event::Start(e) | quick_xml::events::Event::Empty(e)) => e
            .attributes()
            .filter_map(Result::ok)
            .map(|a| (a.key.as_ref().to_owned(), a.value.to_string()))
            .collect(),
        _ => Vec::new(),
    }
}

fn apply(xml: &[u8], mut splices: Vec<Splice>) -> Result<Vec<u8>, DocxError> {
    splices.sort_by_key(|s| (s.start, s.end, s.rank));
    let mut out = Vec::with_capacity(xml.len() + 1024);
    let mut pos = 0;
    for s in splices {
        if s.start < pos {
            return Err(internal(
                "hai chỗ sửa chồng nhau (overlapping edits)".into(),
            ));
        }
        out.extend_from_slice(&xml[pos..s.start]);
        out.extend_from_slice(s.text.as_bytes());
        pos = s.end;
    }
    out.extend_from_slice(&xml[pos..]);
    Ok(out)
}

/// A new zip: document.xml replaced, every other entry copied raw (same compressed bytes).
fn repackage(bytes: &[u8], document: &[u8]) -> Result<Vec<u8>, DocxError> {
    let broken = |e: zip::result::ZipError| {
        DocxError::NotDocx(format!("không ghi được gói (cannot write package): {e}"))
    };
    let mut archive = zip::ZipArchive::new(Cursor::new(bytes)).map_err(broken)?;
    let mut writer = zip::ZipWriter::new(Cursor::new(Vec::with_capacity(bytes.len() + 4096)));
    for i in 0..archive.len() {
        let file = archive.by_index_raw(i).map_err(broken)?;
        let name = file.name().map_err(broken)?.into_owned();
        if name == DOCUMENT {
            let mut options = zip::write::SimpleFileOptions::default()
                .compression_method(zip::CompressionMethod::Deflated);
            if let Some(t) = file.last_modified() {
                options = options.last_modified_time(t);
            }
            drop(file);
            writer.start_file(name, options).map_err(broken)?;
            writer
                .write_all(document)
                .map_err(|e| broken(zip::result::ZipError::Io(e)))?;
        } else {
            writer.raw_copy_file(file).map_err(broken)?;
        }
    }
    let out = writer.finish().map_err(broken)?;
    Ok(out.into_inner())
}
