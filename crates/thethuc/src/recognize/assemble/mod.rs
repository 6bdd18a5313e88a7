//! Classified lines → the document's components. Real inputs come with the header table read
//! cell by cell or two columns on one line, and with the signature beside the recipients, so
//! components are found by what the lines are, in zones, not by a fixed order.
//!
//! `assemble_folded` walks the document top down, one component family per file, each taking
//! the lines from a cursor and returning where the next family starts: `header.rs` (issuer,
//! number, date, and the attestation block of a consolidated text), `title.rs` (type name and
//! trích yếu), `addressee.rs` (V/v and Kính gửi), `preamble.rs` (căn cứ and the enacting line),
//! `closing.rs` (Nơi nhận, Lưu and signature, found from the end), `appendices.rs`, and
//! `regime.rs` (state, Party or VBQPPL). Each family's unit tests sit beside it.

mod addressee;
mod appendices;
mod closing;
mod header;
mod preamble;
mod regime;
mod title;

use crate::model::doctype;
use crate::model::document::*;
use addressee::{find_kinh_gui, find_vv};
use appendices::{appendix_opening, find_appendices, is_referenced_appendix_start};
use closing::find_closing;
use header::{attestation_header, fill_header, find_header_end};
use preamble::find_preamble;
use regime::detect_regime;
use title::find_title;

// Read by rules and by the anchors, which name them through this module.
pub(crate) use addressee::is_scanned_vv_label;
pub(crate) use closing::scanned_dash_len;
pub(crate) use header::is_enterprise_name;

#[cfg(test)]
pub fn assemble(text: &str, lines: Vec<Line>) -> Document {
    assemble_folded(text, &crate::text::fold::fold_case(text), lines)
}

/// `assemble`, given the case-folded text too (`fold_case(text)`, folded once per check).
pub fn assemble_folded(text: &str, folded: &str, mut lines: Vec<Line>) -> Document {
    crate::recognize::structure::demote_table_rows(text, &mut lines);
    let unaccented =
        crate::recognize::clues::without_vietnamese_marks(lines.iter().map(|l| l.span.of(text)));
    let mut doc = Document {
        lines,
        regime: Regime::Nd30,
        header: Header::default(),
        title: None,
        vv: Vec::new(),
        kinh_gui: None,
        preamble: Vec::new(),
        authority_heading: None,
        enacting: None,
        body: 0..0,
        closing: Closing::default(),
        appendices: Vec::new(),
        paragraphs: Vec::new(),
        sections: Vec::new(),
        asides: Vec::new(),
        citations: Vec::new(),
        styled: None,
        unread_lines: Vec::new(),
        run_together: false,
        unaccented,
        furniture: Vec::new(),
        folded: String::new(),
    };
    let n = doc.lines.len();
    // A file that holds only an appendix: no header above it, its heading among the first
    // lines. Its lines are the appendix's, never a header's or a closing's.
    if let Some(first) = appendix_opening(text, &doc.lines) {
        doc.body = first..first;
        find_appendices(text, &mut doc, first, n);
        doc.paragraphs = crate::recognize::structure::paragraphs(text, &doc);
        doc.citations = collect_citations(text, folded, &doc);
        return doc;
    }
    let header_end = find_header_end(text, &doc.lines);
    fill_header(text, &mut doc, header_end);
    let mut cursor = header_end;
    cursor = find_title(text, &mut doc, cursor);
    cursor = find_vv(text, &mut doc, cursor, header_end);
    cursor = find_kinh_gui(text, &mut doc, cursor);
    cursor = find_preamble(text, &mut doc, cursor);
    let (mut closing_start, mut closing_end) = find_closing(text, &mut doc, cursor);
    if let Some(first) = attestation_header(text, &mut doc, cursor, closing_end) {
        closing_start = closing_start.min(first);
    }
    if closing_start == n {
        // No closing (an extract, a draft without signature): an appendix still ends the body,
        // but only one that carries its `(Kèm theo …)` line, so a body line starting with
        // `Phụ lục …` stays in the body.
        if let Some(i) = (cursor..n).find(|&i| is_referenced_appendix_start(text, &doc.lines, i)) {
            closing_start = i;
            closing_end = i;
        }
    }
    // A header without its date, the date set at the end right over the signature: the
    // document's date all the same, misplaced.
    if doc.header.place_date.is_none()
        && closing_start < n
        && closing_start > cursor
        && !doc.closing.signature.positions.is_empty()
        && matches!(
            kind_at(&doc.lines, closing_start - 1),
            LineKind::PlaceDate(_)
        )
    {
        doc.header.place_date = Some(closing_start - 1);
        closing_start -= 1;
    }
    doc.body = cursor..closing_start.max(cursor);
    find_appendices(text, &mut doc, closing_end, n);
    doc.regime = detect_regime(text, &doc);
    doc.paragraphs = crate::recognize::structure::paragraphs(text, &doc);
    doc.asides = crate::recognize::structure::asides(text, &doc);
    doc.sections = crate::recognize::structure::sections(text, &doc);
    doc.citations = collect_citations(text, folded, &doc);
    doc
}

/// Citations in the trích yếu, the công văn's V/v, and every paragraph.
fn collect_citations(
    text: &str,
    folded: &str,
    doc: &Document,
) -> Vec<crate::model::body::Citation> {
    use crate::model::joined::Joined;
    use crate::recognize::citations::citations_in_folded;
    let mut groups: Vec<&[usize]> = Vec::new();
    if let Some(t) = &doc.title {
        groups.push(&t.trich_yeu);
    }
    groups.push(&doc.vv);
    for p in &doc.paragraphs {
        groups.push(&p.lines);
    }
    let mut out = Vec::new();
    for g in groups.into_iter().filter(|g| !g.is_empty()) {
        let joined = Joined::new(text, &doc.lines, g);
        let folded_joined = joined.text_over(folded);
        out.extend(citations_in_folded(text, &joined, &folded_joined));
    }
    // A table laid out as text: the date may stand in the same column, on the cell's next line.
    for c in out
        .iter_mut()
        .filter(|c| c.date.is_none() && c.number.is_some())
    {
        c.date = crate::recognize::citations::date_in_column_below(text, &doc.lines, c.span.end);
    }
    crate::text::sorting::sort_by_key(&mut out, |c| c.span.start);
    out
}

pub(super) fn kind_at(lines: &[Line], i: usize) -> &LineKind {
    &lines[i].kind
}

pub(super) fn is_type_name(text: &str, line: &Line) -> bool {
    type_named(line.span.of(text)).is_some()
}

/// The type a line names, past a scan's specks before it (`: ,OUYẾT ĐỊNH`) and with its `Q`
/// read as `O` (no Vietnamese word opens with `OUY`): the type and where its name starts.
pub(super) fn type_named(t: &str) -> Option<(DocType, usize)> {
    let t = t.trim_end_matches([':', '.']).trim_end();
    let name =
        t.trim_start_matches(|c: char| c.is_whitespace() || c.is_ascii_punctuation() && c != '-');
    let at = t.len() - name.len();
    match name.strip_prefix("OUY") {
        Some(rest) => doctype::by_name(&format!("QUY{rest}")),
        None => doctype::by_name(name),
    }
    .map(|d| (d, at))
}

#[cfg(test)]
pub(super) mod test_support {
    use super::*;

    pub fn doc(text: &str) -> Document {
        crate::parse(text).document
    }

    /// The text of the lines at `indices` of a document read from `text`.
    pub fn lines_at<'t>(d: &Document, text: &'t str, indices: &[usize]) -> Vec<&'t str> {
        indices.iter().map(|&i| d.lines[i].span.of(text)).collect()
    }
}
