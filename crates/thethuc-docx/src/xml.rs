//! A small element tree for one XML part: local names only (`w:p` → `p`), text kept, depth bounded.
//! Parts of a .docx are small enough to hold whole; a tree keeps the readers short.

use crate::DocxError;
use compact_str::CompactString;
use quick_xml::events::Event;
use quick_xml::Reader;

#[derive(Debug, Clone, Default)]
pub struct Element {
    pub name: CompactString,
    pub attrs: Vec<(CompactString, CompactString)>,
    pub children: Vec<Node>,
    /// Byte range of the whole element in the part (start tag to end tag), for the writer.
    pub span: (usize, usize),
    /// Byte range of the content between the tags; empty at the end of a self-closing tag.
    pub inner: (usize, usize),
}

#[derive(Debug, Clone)]
pub enum Node {
    Element(Element),
    Text(String),
}

impl Element {
    /// The value of an attribute by local name (`w:val` → `val`).
    pub fn attr(&self, name: &str) -> Option<&str> {
        self.attrs
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.as_str())
    }
    pub fn elements(&self) -> impl Iterator<Item = &Element> {
        self.children.iter().filter_map(|n| match n {
            Node::Element(e) => Some(e),
            Node::Text(_) => None,
        })
    }
    pub fn child(&self, name: &str) -> Option<&Element> {
        self.elements().find(|e| e.name == name)
    }
    pub fn children_named<'a>(&'a self, name: &'a str) -> impl Iterator<Item = &'a Element> + 'a {
        self.elements().filter(move |e| e.name == name)
    }
    /// `<w:b/>`, `<w:b w:val="1"/>` → true; `<w:b w:val="0"/>` (or `false`, `off`) → false.
    pub fn toggle(&self) -> bool {
        !matches!(self.attr("val"), Some("0" | "false" | "off" | "none"))
    }
    /// The concatenated text directly and deeply inside (for `w:t` and friends).
    pub fn text(&self) -> String {
        let mut out = String::new();
        for n in &self.children {
            match n {
                Node::Text(t) => out.push_str(t),
                Node::Element(e) => out.push_str(&e.text()),
            }
        }
        out
    }
}

fn local(name: &str) -> CompactString {
    let start = name.bytes().rposition(|b| b == b':').map_or(0, |i| i + 1);
    CompactString::from(&name[start..])
}

fn named_entity(name: &str) -> Option<char> {
    Some(match name {
        "amp" => '&',
        "lt" => '<',
        "gt" => '>',
        "quot" => '"',
        "apos" => '\'',
        _ => return None,
    })
}

/// Parses a part. `part` names it in errors; deeper nesting than `max_depth` is refused.
pub fn parse(bytes: &[u8], part: &str, max_depth: usize) -> Result<Element, DocxError> {
    let bad = |reason: String| DocxError::Part {
        part: part.to_owned(),
        reason,
    };
    let text =
        std::str::from_utf8(bytes).map_err(|_| bad("không phải UTF-8 (not UTF-8)".into()))?;
    let mut reader = Reader::from_str(text);
    let mut stack: Vec<Element> = vec![Element::default()];
    loop {
        let before = reader.buffer_position() as usize;
        let event = reader
            .read_event()
            .map_err(|e| bad(format!("XML hỏng (malformed XML): {e}")))?;
        let after = reader.buffer_position() as usize;
        match event {
            Event::Start(e) | Event::Empty(e) if stack.len() > max_depth => {
                let _ = e;
                return Err(bad(format!(
                    "XML lồng quá sâu, hơn {max_depth} tầng (nested deeper than {max_depth})"
                )));
            }
            Event::Start(e) => {
                let mut element = open(&e, &bad)?;
                element.span.0 = before;
                element.inner.0 = after;
                stack.push(element);
            }
            Event::Empty(e) => {
                let mut element = open(&e, &bad)?;
                element.span = (before, after);
                element.inner = (after, after);
                if let Some(parent) = stack.last_mut() {
                    parent.children.push(Node::Element(element));
                }
            }
            Event::End(_) => {
                if stack.len() < 2 {
                    return Err(bad("thẻ đóng thừa (unbalanced end tag)".into()));
                }
                if let Some(mut done) = stack.pop() {
                    done.inner.1 = before;
                    done.span.1 = after;
                    if let Some(parent) = stack.last_mut() {
                        parent.children.push(Node::Element(done));
                    }
                }
            }
            Event::Text(t) => {
                if let Some(parent) = stack.last_mut() {
                    push_text(parent, &t.xml10_content());
                }
            }
            Event::CData(t) => {
                if let Some(parent) = stack.last_mut() {
                    push_text(parent, &t);
                }
            }
            Event::GeneralRef(r) => {
                let resolved = match r.resolve_char_ref() {
                    Ok(Some(c)) => Some(c),
                    _ => named_entity(&r.xml10_content()),
                };
                // Entities a DTD would define are never expanded (no external entities).
                if let (Some(c), Some(parent)) = (resolved, stack.last_mut()) {
                    push_text(parent, c.encode_utf8(&mut [0; 4]));
                }
            }
            Event::Eof => break,
            _ => {}
        }
    }
    if stack.len() != 1 {
        return Err(bad("tệp XML bị cắt cụt (truncated XML)".into()));
    }
    let root = stack.pop().unwrap_or_default();
    root.children
        .into_iter()
        .find_map(|n| match n {
            Node::Element(e) => Some(e),
            Node::Text(_) => None,
        })
        .ok_or_else(|| bad("không có phần tử gốc (no root element)".into()))
}

fn push_text(parent: &mut Element, text: &str) {
    if let Some(Node::Text(last)) = parent.children.last_mut() {
        last.push_str(text);
    } else {
        parent.children.push(Node::Text(text.to_owned()));
    }
}

fn open(
    e: &quick_xml::events::BytesStart<'_>,
    bad: &dyn Fn(String) -> DocxError,
) -> Result<Element, DocxError> {
    // One allocation: there are at most as many attributes as `=` signs in the tag.
    let mut attrs = Vec::with_capacity(e.attributes_raw().bytes().filter(|&b| b == b'=').count());
    for a in e.attributes() {
        let a = a.map_err(|err| bad(format!("thuộc tính hỏng (bad attribute): {err}")))?;
        // Most values (`w:val="24"`) have nothing to unescape or normalise: take them as written.
        let value = if a.value.contains(['&', '\t', '\n', '\r']) {
            CompactString::from(
                a.normalized_value(quick_xml::XmlVersion::Implicit1_0)
                    .map_err(|err| bad(format!("thuộc tính hỏng (bad attribute): {err}")))?
                    .as_ref(),
            )
        } else {
            CompactString::from(a.value.as_ref())
        };
        attrs.push((local(a.key.as_ref()), value));
    }
    Ok(Element {
        name: local(e.name().as_ref()),
        attrs,
        children: Vec::new(),
        span: (0, 0),
        inner: (0, 0),
    })
}
