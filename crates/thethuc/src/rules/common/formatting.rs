//! What each component of a document should look like (Phụ lục I, mục V; `spec/ND30.md` §1.1),
//! and which lines of a read document are which component. The TB rules share this table.

use crate::model::document::Document;
use crate::text::span::Span;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Component {
    QuocHieu,
    TieuNgu,
    ParentBody,
    Issuer,
    So,
    PlaceDate,
    TypeName,
    TrichYeu,
    Vv,
    CanCu,
    Body,
    Authority,
    Position,
    SignerName,
    KinhGui,
    NoiNhanLabel,
    Recipient,
    AppendixHeading,
}

/// The decree's look for a component: size range in pt, and bold/italic when it says.
#[derive(Debug, Clone, Copy)]
pub struct Expected {
    pub vi: &'static str,
    pub en: &'static str,
    pub min_pt: f32,
    pub max_pt: f32,
    pub bold: Option<bool>,
    pub italic: Option<bool>,
}

impl Component {
    pub fn expected(self) -> Expected {
        use Component::*;
        let e = |vi, en, min_pt, max_pt, bold, italic| Expected {
            vi,
            en,
            min_pt,
            max_pt,
            bold,
            italic,
        };
        match self {
            QuocHieu => e(
                "Quốc hiệu",
                "national title",
                12.0,
                13.0,
                Some(true),
                Some(false),
            ),
            TieuNgu => e("Tiêu ngữ", "motto", 13.0, 14.0, Some(true), Some(false)),
            ParentBody => e(
                "tên cơ quan chủ quản",
                "parent body",
                12.0,
                13.0,
                Some(false),
                Some(false),
            ),
            Issuer => e(
                "tên cơ quan ban hành",
                "issuing body",
                12.0,
                13.0,
                Some(true),
                Some(false),
            ),
            So => e(
                "số, ký hiệu",
                "number and symbol",
                13.0,
                13.0,
                None,
                Some(false),
            ),
            PlaceDate => e(
                "địa danh, ngày tháng",
                "place and date",
                13.0,
                14.0,
                None,
                Some(true),
            ),
            TypeName => e(
                "tên loại văn bản",
                "document type",
                13.0,
                14.0,
                Some(true),
                Some(false),
            ),
            TrichYeu => e("trích yếu", "summary", 13.0, 14.0, Some(true), Some(false)),
            Vv => e(
                "trích yếu công văn (V/v)",
                "letter summary (V/v)",
                12.0,
                13.0,
                Some(false),
                Some(false),
            ),
            CanCu => e(
                "căn cứ ban hành",
                "legal basis",
                13.0,
                14.0,
                None,
                Some(true),
            ),
            Body => e("nội dung", "body text", 13.0, 14.0, None, None),
            Authority => e(
                "quyền hạn người ký",
                "signing authority",
                13.0,
                14.0,
                Some(true),
                Some(false),
            ),
            Position => e(
                "chức vụ người ký",
                "signer's position",
                13.0,
                14.0,
                Some(true),
                Some(false),
            ),
            SignerName => e(
                "họ tên người ký",
                "signer's name",
                13.0,
                14.0,
                Some(true),
                Some(false),
            ),
            KinhGui => e(
                "Kính gửi",
                "addressees",
                13.0,
                14.0,
                Some(false),
                Some(false),
            ),
            NoiNhanLabel => e(
                "chữ \"Nơi nhận\"",
                "the word \"Nơi nhận\"",
                12.0,
                12.0,
                Some(true),
                Some(true),
            ),
            Recipient => e(
                "danh sách nơi nhận",
                "list of recipients",
                11.0,
                11.0,
                None,
                Some(false),
            ),
            AppendixHeading => e(
                "chữ \"Phụ lục\" và số",
                "the word \"Phụ lục\" and its number",
                14.0,
                14.0,
                Some(true),
                Some(false),
            ),
        }
    }
}

/// Every line the tree assigns to a component, in line order. Body lines inside tables are left
/// out: tables have their own sizes.
pub fn components(doc: &Document) -> Vec<(usize, Component)> {
    use Component::*;
    let mut out = Vec::new();
    let h = &doc.header;
    let one = |line: Option<usize>, c: Component, out: &mut Vec<(usize, Component)>| {
        if let Some(l) = line {
            out.push((l, c));
        }
    };
    one(h.quoc_hieu, QuocHieu, &mut out);
    one(h.tieu_ngu, TieuNgu, &mut out);
    // The parent body's lines, as the tree groups the issuer (`ỦY BAN NHÂN DÂN` / `TỈNH LÀO
    // CAI` is one issuer).
    let parent_lines: Vec<usize> = match h.issuer_bodies.as_slice() {
        [parent, _, ..] => h
            .issuer
            .iter()
            .copied()
            .filter(|&l| {
                let line = doc.lines[l].span;
                parent
                    .iter()
                    .any(|s| s.start >= line.start && s.end <= line.end)
            })
            .collect(),
        _ => Vec::new(),
    };
    for &l in &h.issuer {
        let parent = parent_lines.contains(&l);
        out.push((l, if parent { ParentBody } else { Issuer }));
    }
    one(h.so, So, &mut out);
    one(h.place_date, PlaceDate, &mut out);
    if let Some(t) = &doc.title {
        out.push((t.type_line, TypeName));
        out.extend(t.trich_yeu.iter().map(|&l| (l, TrichYeu)));
    }
    out.extend(doc.vv.iter().map(|&l| (l, Vv)));
    if let Some(k) = &doc.kinh_gui {
        out.push((k.label, KinhGui));
        out.extend(k.items.iter().map(|&l| (l, KinhGui)));
    }
    // Căn cứ paragraphs (not the `Thực hiện …` or `Theo đề nghị …` that may open a letter).
    let preamble: Vec<usize> = doc
        .paragraphs
        .iter()
        .filter(|p| {
            p.lines.first().is_some_and(|&l| {
                doc.preamble.contains(&l)
                    && doc.lines[l].kind == crate::model::document::LineKind::CanCu
            })
        })
        .flat_map(|p| p.lines.iter().copied())
        .collect();
    out.extend(preamble.iter().map(|&l| (l, CanCu)));
    let in_table = |l: usize| {
        let line = &doc.lines[l];
        doc.styled
            .as_ref()
            .and_then(|s| s.block_at(line.span.start))
            .is_some_and(|b| b.in_table)
    };
    out.extend(
        doc.preamble
            .iter()
            .copied()
            .chain(doc.body.clone())
            .filter(|l| !preamble.contains(l) && !in_table(*l))
            .map(|l| (l, Body)),
    );
    let s = &doc.closing.signature;
    out.extend(s.authority.iter().map(|&l| (l, Authority)));
    out.extend(s.positions.iter().map(|&l| (l, Position)));
    one(s.name, SignerName, &mut out);
    if let Some(n) = &doc.closing.noi_nhan {
        out.push((n.label, NoiNhanLabel));
        out.extend(
            n.items
                .iter()
                .flat_map(|i| i.lines.iter().map(|&l| (l, Recipient))),
        );
    }
    out.extend(doc.appendices.iter().map(|a| (a.heading, AppendixHeading)));
    crate::text::sorting::sort_by_key(&mut out, |(l, _)| *l);
    out.dedup_by_key(|(l, _)| *l);
    out
}

/// `13` or `13,5` for messages.
pub fn pt(v: f32) -> String {
    if v.fract() == 0.0 {
        crate::text::decimal::decimals(v, 0)
    } else {
        crate::text::decimal::decimals(v, 1).replace('.', ",")
    }
}

/// `v.clamp(min, max)` (NaN stays NaN) without the assertion of `f32::clamp`, whose message
/// formats the bounds with `{:?}` and so links float formatting into the WASM build.
pub fn clamp(v: f32, min: f32, max: f32) -> f32 {
    if v < min {
        min
    } else if v > max {
        max
    } else {
        v
    }
}

/// `12–13 pt` or `13 pt`.
pub fn range_pt(min: f32, max: f32) -> String {
    if min == max {
        format!("{} pt", pt(min))
    } else {
        format!("{}–{} pt", pt(min), pt(max))
    }
}

/// `span` without the white space at its ends (a run often carries the spaces that lay out a line).
pub fn trimmed(text: &str, span: Span) -> Span {
    let s = span.of(text);
    let start = span.start + (s.len() - s.trim_start().len()) as u32;
    let end = span.end - (s.len() - s.trim_end().len()) as u32;
    Span::new(start, end.max(start))
}

/// Where to point a page finding: the section's first paragraph.
pub fn section_anchor(ctx: &crate::rules::Ctx<'_>, section: usize) -> Span {
    ctx.doc
        .styled
        .as_ref()
        .and_then(|s| s.blocks.iter().find(|b| b.section as usize == section))
        .map_or_else(
            || ctx.missing_anchor(),
            |b| Span::new(b.span.start, b.span.start),
        )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sizes_read_with_a_decimal_comma_and_no_zero_tenths() {
        assert_eq!(pt(13.0), "13");
        assert_eq!(pt(13.5), "13,5");
        assert_eq!(pt(-0.5), "-0,5");
        // Rounded to tenths after the test for a fraction: a near-whole size keeps its `,0`.
        assert_eq!(pt(12.96), "13,0");
        assert_eq!(pt(10.25), "10,2");
        assert_eq!(range_pt(12.0, 13.5), "12–13,5 pt");
        assert_eq!(range_pt(14.0, 14.0), "14 pt");
    }

    #[test]
    fn clamp_keeps_what_is_in_range_and_nan() {
        assert_eq!(clamp(11.0, 12.0, 13.0), 12.0);
        assert_eq!(clamp(12.5, 12.0, 13.0), 12.5);
        assert_eq!(clamp(14.0, 12.0, 13.0), 13.0);
        assert!(clamp(f32::NAN, 12.0, 13.0).is_nan());
    }
}
