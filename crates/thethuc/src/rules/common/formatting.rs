//! What each component of a document should look like (Phụ lục I, mục V; `spec/ND30.md` §1.1),
//! and which lines of a read document are which component. The TB rules share this table.

use crate::diagnostic::{Diagnostic, Fix, FormatChange, FormatEdit, Message};
use crate::model::document::Document;
use crate::rules::{Ctx, DiagnosticExt, Rule};
use crate::text::span::Span;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Component {
    /// A Party document's heading, `ĐẢNG CỘNG SẢN VIỆT NAM`.
    PartyHeading,
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
    /// The `Kính gửi:` (`Kính trình:`) word of a Party document, which HD 05 sets apart from
    /// the recipients after it; an administrative document's is `KinhGui`.
    KinhGuiLabel,
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
            PartyHeading => e(
                "tiêu đề \"Đảng Cộng sản Việt Nam\"",
                "Party heading",
                15.0,
                15.0,
                Some(true),
                Some(false),
            ),
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
            KinhGui | KinhGuiLabel => e(
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

impl Component {
    /// The Party guide's look for a component (HD 05-HD/VPTW Phụ lục 2; HD 36-HD/VPTW's
    /// Phụ lục 3 gives the same table but for the recipients after `Kính gửi`, 14 where HD 05
    /// allows 14–15). `None`: the guide's table sets no look for it. The names are the
    /// decree table's. Where the table writes only "đứng" for a line whose neighbour is
    /// "đứng, đậm" (the direct superior beside the issuer, the position beside the authority,
    /// "Nơi nhận" beside the state form's bold italic), not bold is required; elsewhere bold is
    /// not judged.
    pub(crate) fn party_expected(
        self,
        guide: crate::rules::common::party::Guide,
    ) -> Option<Expected> {
        use Component::*;
        // (min, max, bold, italic)
        let (min_pt, max_pt, bold, italic) = match self {
            PartyHeading => (15.0, 15.0, Some(true), Some(false)),
            ParentBody => (14.0, 14.0, Some(false), Some(false)),
            Issuer => (14.0, 14.0, Some(true), Some(false)),
            So => (14.0, 14.0, None, Some(false)),
            PlaceDate => (14.0, 14.0, None, Some(true)),
            TypeName => (15.0, 16.0, Some(true), Some(false)),
            TrichYeu => (14.0, 15.0, Some(true), Some(false)),
            Vv => (12.0, 12.0, None, Some(true)),
            CanCu | Body => (14.0, 15.0, None, None),
            Authority | SignerName => (14.0, 14.0, Some(true), Some(false)),
            Position => (14.0, 14.0, Some(false), Some(false)),
            KinhGuiLabel => (14.0, 14.0, None, Some(true)),
            KinhGui if guide == crate::rules::common::party::Guide::Hd36 => {
                (14.0, 14.0, None, Some(false))
            }
            KinhGui => (14.0, 15.0, None, Some(false)),
            NoiNhanLabel => (14.0, 14.0, Some(false), Some(false)),
            Recipient => (12.0, 12.0, None, Some(false)),
            QuocHieu | TieuNgu | AppendixHeading => return None,
        };
        Some(Expected {
            min_pt,
            max_pt,
            bold,
            italic,
            ..self.expected()
        })
    }
}

/// Each component line with the look Nghị định 30's table gives it (TB002 sizes, TB003 styles).
pub(crate) fn decree_expectations(doc: &Document) -> Vec<(usize, Expected)> {
    components(doc)
        .into_iter()
        .map(|(l, c)| (l, c.expected()))
        .collect()
}

/// Each component line of a Party document with the look the guide of its date gives it
/// (DG101 sizes, DG102 styles); none for a document dated before HD 36 (HD 11-HD/VPTW's
/// table, which thethuc does not hold).
pub(crate) fn party_expectations(ctx: &Ctx<'_>) -> Vec<(usize, Expected)> {
    if crate::rules::common::party::before_hd36(ctx) {
        return Vec::new();
    }
    let guide = crate::rules::common::party::guide(ctx).0;
    party_components(ctx)
        .into_iter()
        .filter_map(|(l, c)| Some((l, c.party_expected(guide)?)))
        .collect()
}

/// A Party document's lines and their components: the heading `ĐẢNG CỘNG SẢN VIỆT NAM`, and
/// a `Kính gửi:` line that holds the word alone apart from the recipients after it (one that
/// holds a recipient too stays `KinhGui`, whose slant is the recipients'); the rest as
/// `components` reads them.
fn party_components(ctx: &crate::rules::Ctx<'_>) -> Vec<(usize, Component)> {
    let doc = ctx.doc;
    let mut out = components(doc);
    let label = doc.kinh_gui.as_ref().map(|k| k.label).filter(|&l| {
        let words = ctx
            .line_text(l)
            .trim()
            .trim_end_matches(':')
            .split_whitespace()
            .count();
        words == 2
    });
    for (l, c) in &mut out {
        if Some(*l) == label {
            *c = Component::KinhGuiLabel;
        }
    }
    if let Some(h) = doc.header.party_heading {
        if !out.iter().any(|(l, _)| *l == h) {
            out.push((h, Component::PartyHeading));
            crate::text::sorting::sort_by_key(&mut out, |(l, _)| *l);
        }
    }
    out
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

/// How a size rule reports the lines it finds wrong.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum SizeFindings {
    /// One finding per line (TB002).
    PerLine,
    /// One finding per run of neighbouring checked lines of the same component set in the same
    /// wrong size, with the count (DG101): a document set in 13 pt throughout would otherwise
    /// give one finding per paragraph, hundreds on a long resolution.
    Grouped,
}

/// A line's first run in a wrong size: its span, its size, the line's expected look and the
/// edits that put every wrong run of the line right.
type WrongSize = (Span, f32, Expected, Vec<FormatEdit>);

/// A size outside its range on each given line (TB002 with the decree's table, DG101 with the
/// Party guide's): the first wrong run of the line, and a fix to the nearest size in range
/// for every wrong run; `findings` says whether neighbouring lines with the same wrong size
/// share one finding.
pub(crate) fn check_sizes(
    ctx: &Ctx<'_>,
    out: &mut Vec<Diagnostic>,
    rule: &'static Rule,
    lines: &[(usize, Expected)],
    findings: SizeFindings,
) {
    let Some(styled) = &ctx.doc.styled else {
        return;
    };
    // Per checked line, in order: its first wrong run's span and size, and the edits of the
    // line; `None` for a line in range, which ends a run.
    let mut found: Vec<Option<WrongSize>> = Vec::new();
    for &(line, e) in lines {
        let span = ctx.line(line).span;
        let outside = |size: f32| size < e.min_pt - 0.01 || size > e.max_pt + 0.01;
        let wrong: Vec<_> = styled
            .word_runs(ctx.text, span)
            .filter(|(_, _, r)| r.font_size_pt.is_some_and(outside))
            .collect();
        let Some((_, run_span, run)) = wrong.first() else {
            found.push(None);
            continue;
        };
        let edits = wrong
            .iter()
            .map(|(target, _, r)| {
                let size = clamp(r.font_size_pt.unwrap_or_default(), e.min_pt, e.max_pt);
                FormatEdit {
                    target: *target,
                    change: FormatChange::FontSizeHalfPoints((size * 2.0).round() as u32),
                }
            })
            .collect();
        found.push(Some((
            trimmed(ctx.text, *run_span),
            run.font_size_pt.unwrap_or_default(),
            e,
            edits,
        )));
    }
    let same = |a: &WrongSize, b: &WrongSize| {
        (a.1 - b.1).abs() < 0.01
            && a.2.vi == b.2.vi
            && a.2.min_pt == b.2.min_pt
            && a.2.max_pt == b.2.max_pt
    };
    let mut k = 0;
    while k < found.len() {
        let Some(first) = &found[k] else {
            k += 1;
            continue;
        };
        let mut end = k + 1;
        if findings == SizeFindings::Grouped {
            while let Some(Some(next)) = found.get(end) {
                if !same(first, next) {
                    break;
                }
                end += 1;
            }
        }
        let (span, size_pt, e, _) = first;
        let edits: Vec<FormatEdit> = found[k..end]
            .iter()
            .flatten()
            .flat_map(|f| f.3.clone())
            .collect();
        let size = pt(*size_pt);
        let target = pt(clamp(*size_pt, e.min_pt, e.max_pt));
        let want = range_pt(e.min_pt, e.max_pt);
        let more = end - k - 1;
        let (more_vi, more_en) = if more > 0 {
            (
                format!(" ({more} dòng tiếp theo cũng vậy)"),
                format!(" (so are the {more} lines after it)"),
            )
        } else {
            (String::new(), String::new())
        };
        out.push(
            rule.diag(
                *span,
                format!(
                    "Cỡ chữ {size} pt của {} ngoài khoảng {want}{more_vi}.",
                    e.vi
                ),
                format!(
                    "The {} is set in {size} pt; it must be {want}{more_en}.",
                    e.en
                ),
            )
            .with_fix(Fix::safe_format(
                Message::new(
                    format!("Đặt cỡ chữ {target} pt"),
                    format!("Set the size to {target} pt"),
                ),
                edits,
            )),
        );
        k = end;
    }
}

/// Bold or italic wrong on each given line (TB003 with the decree's table, DG102 with the
/// Party guide's): once per line, with a fix for every wrong run.
pub(crate) fn check_styles(
    ctx: &Ctx<'_>,
    out: &mut Vec<Diagnostic>,
    rule: &'static Rule,
    lines: &[(usize, Expected)],
) {
    let Some(styled) = &ctx.doc.styled else {
        return;
    };
    for &(line, e) in lines {
        let span = ctx.line(line).span;
        // Every wrong property of every run, for the fix.
        let mut edits = Vec::new();
        for (target, _, r) in styled.word_runs(ctx.text, span) {
            let bold = r.bold.unwrap_or(false);
            let italic = r.italic.unwrap_or(false);
            if let Some(want) = e.bold.filter(|&want| want != bold) {
                edits.push(FormatEdit {
                    target,
                    change: FormatChange::Bold(want),
                });
            }
            if let Some(want) = e.italic.filter(|&want| want != italic) {
                edits.push(FormatEdit {
                    target,
                    change: FormatChange::Italic(want),
                });
            }
        }
        // (what is wrong, Vietnamese and English)
        let mut problem: Option<(crate::text::span::Span, &str, &str)> = None;
        for (_, s, r) in styled.word_runs(ctx.text, span) {
            let bold = r.bold.unwrap_or(false);
            let italic = r.italic.unwrap_or(false);
            let found = wrong_style(e, bold, italic);
            if let Some((vi, en)) = found {
                problem = Some((s, vi, en));
                break;
            }
        }
        if let Some((s, vi, en)) = problem {
            let excerpt: String = ctx.s(span).trim().chars().take(40).collect();
            out.push(
                rule.diag(
                    trimmed(ctx.text, s),
                    format!("Dòng \"{excerpt}\" ({}) {vi}.", e.vi),
                    format!("\"{excerpt}\" ({}) {en}.", e.en),
                )
                .with_fix(Fix::safe_format(
                    Message::new("Đặt kiểu chữ đúng", "Set the right style"),
                    edits,
                )),
            );
        }
    }
}

/// What a wrong style is, in Vietnamese and English.
pub(crate) fn wrong_style(
    e: Expected,
    bold: bool,
    italic: bool,
) -> Option<(&'static str, &'static str)> {
    match (e.bold, e.italic) {
        (Some(true), _) if !bold => Some(("phải in đậm", "must be bold")),
        (Some(false), _) if bold => Some(("không được in đậm", "must not be bold")),
        (_, Some(true)) if !italic => Some(("phải in nghiêng", "must be italic")),
        (_, Some(false)) if italic => Some(("phải in đứng, không nghiêng", "must be upright")),
        _ => None,
    }
}

/// Margins, each (least mm, most mm): top, bottom, left, right.
pub(crate) type Ranges = [(f32, f32); 4];

/// The margins' names, in the order of `Ranges` (Vietnamese, English).
const SIDES: [(&str, &str); 4] = [
    ("trên", "top"),
    ("dưới", "bottom"),
    ("trái", "left"),
    ("phải", "right"),
];

const TWIPS_PER_MM: f32 = 1440.0 / 25.4;

/// What is outside `ranges`: messages, and the nearest value in range in twips.
type Misses = (Vec<(String, String)>, [Option<u32>; 4]);

fn margin_misses(ranges: &Ranges, values: [Option<f32>; 4]) -> Misses {
    let mut wrong = Vec::new();
    let mut fixed: [Option<u32>; 4] = [None; 4];
    for (k, (((min, max), (vi, en)), value)) in ranges.iter().zip(SIDES).zip(values).enumerate() {
        let Some(v) = value else { continue };
        if v < min - 0.5 || v > max + 0.5 {
            fixed[k] = Some((clamp(v, *min, *max) * TWIPS_PER_MM).round() as u32);
            let v = crate::text::decimal::decimals(v, 1);
            let want = range_pt(*min, *max).replace("pt", "mm");
            wrong.push((
                format!("lề {vi} {v} mm (cần {want})").replace('.', ","),
                format!("{en} {v} mm (must be {want})"),
            ));
        }
    }
    (wrong, fixed)
}

/// Margins of each section against the accepted sets of ranges (TB005 with the decree's, DG104
/// with the Party guide's): for a portrait page and for a landscape one, the sets any of which
/// the page may meet, and the set a miss is told against.
pub(crate) fn check_margins(
    ctx: &Ctx<'_>,
    out: &mut Vec<Diagnostic>,
    rule: &'static Rule,
    portrait: (&[&Ranges], &Ranges),
    landscape: (&[&Ranges], &Ranges),
) {
    use crate::diagnostic::FormatTarget;
    let Some(styled) = &ctx.doc.styled else {
        return;
    };
    for (i, page) in styled.sections.iter().enumerate() {
        let values = [
            page.margin_top_mm,
            page.margin_bottom_mm,
            page.margin_left_mm,
            page.margin_right_mm,
        ];
        let turned = page.landscape
            || matches!((page.width_mm, page.height_mm), (Some(w), Some(h)) if w > h);
        let (accepted, told) = if turned { landscape } else { portrait };
        if accepted
            .iter()
            .any(|r| margin_misses(r, values).0.is_empty())
        {
            continue;
        }
        let (wrong, fixed) = margin_misses(told, values);
        if wrong.is_empty() {
            continue;
        }
        let number = i + 1;
        let vi: Vec<_> = wrong.iter().map(|w| w.0.as_str()).collect();
        let en: Vec<_> = wrong.iter().map(|w| w.1.as_str()).collect();
        out.push(
            rule.diag(
                section_anchor(ctx, i),
                format!("Lề trang của phần {number} sai: {}.", vi.join("; ")),
                format!("Margins of section {number}: {}.", en.join("; ")),
            )
            .with_fix(Fix::safe_format(
                Message::new("Đưa lề về khoảng quy định", "Move the margins into range"),
                vec![FormatEdit {
                    target: FormatTarget::Section { section: i as u32 },
                    change: FormatChange::Margins {
                        top: fixed[0],
                        bottom: fixed[1],
                        left: fixed[2],
                        right: fixed[3],
                    },
                }],
            )),
        );
    }
}

/// Body and căn cứ paragraphs (block indices) outside tables, in order, each once: the
/// paragraphs whose spacing TB006 and DG104 judge.
pub(crate) fn body_paragraphs(ctx: &Ctx<'_>) -> Vec<usize> {
    let Some(styled) = &ctx.doc.styled else {
        return Vec::new();
    };
    let mut body: Vec<usize> = Vec::new();
    for (line, component) in components(ctx.doc) {
        if !matches!(component, Component::Body | Component::CanCu) {
            continue;
        }
        let span = ctx.line(line).span;
        if let Some(index) = styled.block_index_at(span.start) {
            let block = &styled.blocks[index];
            if !block.in_table && span.start == block.span.start && body.last() != Some(&index) {
                body.push(index);
            }
        }
    }
    body
}

/// What is wrong with a paragraph's line spacing (Vietnamese, English) and its fix, or `None`.
pub(crate) type LineCheck<'a> =
    dyn Fn(&crate::input::blocks::BlockStyle) -> Option<(String, String, FormatChange)> + 'a;

/// Less than 6 pt between body paragraphs, or a line spacing `line` finds wrong (TB006 with
/// the decree's, DG104 with the Party guide's): neighbouring paragraphs with the same problem
/// make one finding, with a fix for each.
pub(crate) fn check_spacing(
    ctx: &Ctx<'_>,
    out: &mut Vec<Diagnostic>,
    rule: &'static Rule,
    line: &LineCheck<'_>,
) {
    use crate::diagnostic::FormatTarget;
    let Some(styled) = &ctx.doc.styled else {
        return;
    };
    let body = body_paragraphs(ctx);
    // Per paragraph: (block index, gap problem, line problem, edits).
    type Found = (
        usize,
        Option<f32>,
        Option<(String, String)>,
        Vec<FormatEdit>,
    );
    let mut found: Vec<Found> = Vec::new();
    for (k, &index) in body.iter().enumerate() {
        let block = &styled.blocks[index];
        let target = FormatTarget::Paragraph {
            block: index as u32,
        };
        let mut edits = Vec::new();
        // The gap to the paragraph just above, when that one is body text too.
        let above = k
            .checked_sub(1)
            .map(|j| body[j])
            .filter(|&j| j + 1 == index);
        let gap = above.and_then(|j| {
            let after = styled.blocks[j].style.space_after_pt?;
            let gap = after + block.style.space_before_pt?;
            (gap < 6.0 - 0.01).then_some(gap)
        });
        if gap.is_some() {
            edits.push(FormatEdit {
                target,
                change: FormatChange::SpaceBeforeTwips(120),
            });
        }
        let line = line(&block.style).map(|(vi, en, change)| {
            edits.push(FormatEdit { target, change });
            (vi, en)
        });
        if !edits.is_empty() {
            found.push((index, gap, line, edits));
        }
    }
    // Neighbouring paragraphs with the same problem make one finding: a document set with no
    // space between paragraphs would otherwise give one per paragraph.
    let mut k = 0;
    while k < found.len() {
        let (index, gap, line, _) = &found[k];
        let mut end = k + 1;
        while end < found.len()
            && found[end].0 == found[end - 1].0 + 1
            && found[end].1.is_some() == gap.is_some()
            && found[end].2 == *line
        {
            end += 1;
        }
        let mut vi = Vec::new();
        let mut en = Vec::new();
        if let Some(gap) = gap {
            vi.push(format!(
                "cách đoạn trên {} pt, cần tối thiểu 6 pt",
                pt(*gap)
            ));
            en.push(format!(
                "{} pt from the paragraph above, at least 6 pt needed",
                pt(*gap)
            ));
        }
        if let Some((v, e)) = line {
            vi.push(v.clone());
            en.push(e.clone());
        }
        let more = end - k - 1;
        let (more_vi, more_en) = if more > 0 {
            (
                format!(" ({more} đoạn tiếp theo cũng vậy)"),
                format!(" (so do the {more} paragraphs after it)"),
            )
        } else {
            (String::new(), String::new())
        };
        let start = styled.blocks[*index].span.start;
        let edits: Vec<FormatEdit> = found[k..end].iter().flat_map(|f| f.3.clone()).collect();
        out.push(
            rule.diag(
                crate::text::span::Span::new(start, start),
                format!("Đoạn văn {}{more_vi}.", vi.join("; ")),
                format!("The paragraph has {}{more_en}.", en.join("; ")),
            )
            .with_fix(Fix::safe_format(
                Message::new(
                    "Đặt khoảng cách đoạn và cách dòng",
                    "Set paragraph and line spacing",
                ),
                edits,
            )),
        );
        k = end;
    }
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
