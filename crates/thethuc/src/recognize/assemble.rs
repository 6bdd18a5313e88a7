//! Classified lines → the document's components. Real inputs come with the header table read
//! cell by cell or two columns on one line, and with the signature beside the recipients, so
//! components are found by what the lines are, in zones, not by a fixed order.

use crate::model::doctype;
use crate::model::document::*;
use crate::recognize::clues::mostly_upper;
use crate::recognize::clues::{is_person_name, looks_like_body_name, POSITION_PHRASES};
use crate::text::fold::{fold_case, is_upper, skeleton};

/// How far down the header may reach (in lines) when nothing closes it earlier.
const HEADER_MAX_LINES: usize = 16;
/// How far past its last component the header may go on (a wrapped ký hiệu, a V/v).
const HEADER_REACH: usize = 6;
/// The most lines a header holds, however its components are spread.
const HEADER_REACH_CAP: usize = 40;

#[cfg(test)]
pub fn assemble(text: &str, lines: Vec<Line>) -> Document {
    assemble_folded(text, &crate::text::fold::fold_case(text), lines)
}

/// `assemble`, given the case-folded text too (`fold_case(text)`, folded once per check).
pub fn assemble_folded(text: &str, folded: &str, lines: Vec<Line>) -> Document {
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

fn kind_at(lines: &[Line], i: usize) -> &LineKind {
    &lines[i].kind
}

fn is_type_name(text: &str, line: &Line) -> bool {
    type_named(line.span.of(text)).is_some()
}

/// The type a line names, past a scan's specks before it (`: ,OUYẾT ĐỊNH`) and with its `Q`
/// read as `O` (no Vietnamese word opens with `OUY`): the type and where its name starts.
fn type_named(t: &str) -> Option<(DocType, usize)> {
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

/// The header ends before the first line that belongs to the title or the body.
fn find_header_end(text: &str, lines: &[Line]) -> usize {
    let is_header_component = |l: &Line| {
        matches!(
            l.kind,
            LineKind::QuocHieu
                | LineKind::TieuNgu { .. }
                | LineKind::So(_)
                | LineKind::PlaceDate(_)
                | LineKind::PartyHeading
        )
    };
    // The header reaches a few lines past its last component: a name wrapped over many lines
    // in a narrow column, or a gazette's list of issuers above the header, make it longer.
    let mut limit = lines.len().min(HEADER_MAX_LINES);
    let mut seen = false;
    let mut i = 0;
    while i < limit {
        let line = &lines[i];
        let name_goes_on = seen && line.kind == LineKind::Paragraph && {
            let t = line.span.of(text);
            t.len() < 60 && mostly_upper(t)
        };
        if is_header_component(line) || name_goes_on {
            seen = true;
            let reach = (i + 1 + HEADER_REACH)
                .min(lines.len())
                .min(HEADER_REACH_CAP);
            limit = limit.max(reach);
        }
        i += 1;
    }
    for (i, line) in lines.iter().enumerate().take(limit) {
        let starts_body = match &line.kind {
            LineKind::CanCu
            | LineKind::ThucHien
            | LineKind::TheoDeNghi
            | LineKind::KinhGui { .. }
            | LineKind::Enacting
            | LineKind::RomanMuc { .. }
            | LineKind::Dieu { .. }
            | LineKind::NoiNhan { .. } => true,
            LineKind::Paragraph | LineKind::Khoan { .. } | LineKind::Dash { .. } => {
                let t = line.span.of(text);
                // A long line is prose; a drawn rule (`––––`) of any length is not.
                let prose = t.len() > 160
                    && t.chars().count() > 160
                    && t.chars().any(crate::text::fold::is_letter_or_digit);
                (is_type_name(text, line) && !header_goes_on(lines, i)) || prose
            }
            _ => false,
        };
        if starts_body {
            return i;
        }
    }
    // No title found: the header is what holds header components, at most the first lines.
    lines
        .iter()
        .take(limit)
        .rposition(is_header_component)
        .map_or(0, |i| i + 1)
}

/// Whether the header's own number or date follows line `i` at once: a type name there is a
/// word of an issuer's name wrapped in a narrow column (`ĐOÀN KIỂM TRA THEO` / `QUYẾT ĐỊNH` /
/// `SỐ 1050/QĐ-SCT`), not the title, which comes after the whole header.
fn header_goes_on(lines: &[Line], i: usize) -> bool {
    lines
        .iter()
        .skip(i + 1)
        .take(2)
        .any(|l| matches!(l.kind, LineKind::So(_) | LineKind::PlaceDate(_)))
}

fn fill_header(text: &str, doc: &mut Document, end: usize) {
    let mut so_candidates = Vec::new();
    for i in 0..end {
        let line = &doc.lines[i];
        match &line.kind {
            LineKind::QuocHieu if doc.header.quoc_hieu.is_none() => doc.header.quoc_hieu = Some(i),
            LineKind::TieuNgu { .. } if doc.header.tieu_ngu.is_none() => {
                doc.header.tieu_ngu = Some(i)
            }
            LineKind::PartyHeading => doc.header.party_heading = Some(i),
            LineKind::So(p) => so_candidates.push((i, p.colon.is_some())),
            LineKind::PlaceDate(_) if doc.header.place_date.is_none() => {
                doc.header.place_date = Some(i)
            }
            LineKind::Paragraph | LineKind::Authority { .. } if is_issuer_line(text, line) => {
                doc.header.issuer.push(i);
            }
            // A type name wrapped inside an issuer's name, in its column.
            LineKind::Paragraph
                if is_type_name(text, line)
                    && header_goes_on(&doc.lines, i)
                    && doc.header.issuer.last().is_some_and(|&k| {
                        doc.lines[k].column == line.column && doc.lines[k].row + 2 >= line.row
                    }) =>
            {
                doc.header.issuer.push(i);
            }
            _ => {}
        }
    }
    // `SỐ 1050/QĐ-SCT` inside an issuer name has no colon; the document's own Số line has one.
    let chosen = so_candidates
        .iter()
        .find(|(_, colon)| *colon)
        .or(so_candidates.first())
        .map(|(i, _)| *i);
    for (i, _) in &so_candidates {
        if Some(*i) != chosen && is_upper(doc.lines[*i].span.of(text)) {
            doc.header.issuer.push(*i);
        }
    }
    crate::text::sorting::sort(&mut doc.header.issuer);
    // The issuer stands above its number (in reading order, whatever the layout): what reads
    // like a name under the Số line is the rest of its column (a ký hiệu wrapped, a V/v).
    if let Some(so) = chosen {
        let so_row = doc.lines[so].row;
        doc.header
            .issuer
            .retain(|&i| i < so || doc.lines[i].row < so_row);
    }
    doc.header.so = chosen;
    for &i in &doc.header.issuer {
        doc.lines[i].span = without_scan_debris(text, doc.lines[i].span);
    }
    drop_repeated_issuer(text, doc);
    doc.header.issuer_bodies = issuer_bodies(text, doc);
}

/// An issuer line in capitals without the specks a scan left at its ends (`: _ UBND TỈNH PHÚ
/// THỌ š`): words with no letter or digit, and words in lower case that are no Vietnamese
/// syllable. A word in lower case that is one (`Sở`) is the line's own, for CQ002 to judge.
fn without_scan_debris(text: &str, span: Span) -> Span {
    let t = span.of(text);
    let words: Vec<(usize, &str)> = t
        .split_whitespace()
        .map(|w| (w.as_ptr() as usize - t.as_ptr() as usize, w))
        .collect();
    let speck = |w: &str| {
        let letters: String = w
            .chars()
            .filter(|&c| crate::text::fold::is_letter_or_digit(c))
            .collect();
        // A dash or a bracket may open or close a name (`- THƯƠNG BINH VÀ XÃ HỘI`, `(CŨ)`).
        (letters.is_empty() && !w.starts_with(['-', '–', '(', ')', '&']))
            || (!letters.is_empty()
                && letters.chars().any(crate::text::fold::is_lower)
                && !crate::text::syllable::is_valid_syllable(&letters))
    };
    let first = words.iter().position(|(_, w)| !speck(w));
    let last = words.iter().rposition(|(_, w)| !speck(w));
    let (Some(first), Some(last)) = (first, last) else {
        return span;
    };
    if first == 0 && last + 1 == words.len() {
        return span;
    }
    let (a, _) = words[first];
    let (b, w) = words[last];
    let kept = &t[a..b + w.len()];
    let dropped = format!("{} {}", &t[..a], &t[b + w.len()..]);
    if !is_upper(kept) || !crate::recognize::clues::is_scan_debris(&dropped) {
        return span;
    }
    Span::new(span.start + a as u32, span.start + (b + w.len()) as u32)
}

/// A consolidated text (văn bản hợp nhất) of the Công báo heads with the Quốc hiệu and the
/// law's own title only: the consolidating body, its number and its date come at the end,
/// around `XÁC THỰC VĂN BẢN HỢP NHẤT`, above the signature (`VĂN PHÒNG QUỐC HỘI` / `XÁC THỰC
/// VĂN BẢN HỢP NHẤT` / `Số: 111/VBHN-VPQH` / `Hà Nội, ngày 20 tháng 5 năm 2026` / `CHỦ
/// NHIỆM`). Those are the header's components when the top lacks them. Returns the first line
/// of the block, which ends the body.
fn attestation_header(text: &str, doc: &mut Document, from: usize, to: usize) -> Option<usize> {
    let header = &doc.header;
    if header.so.is_some() && header.place_date.is_some() && !header.issuer.is_empty() {
        return None;
    }
    let at = (from..to).rev().take(60).find(|&i| {
        let t = doc.lines[i].span.of(text);
        t.len() < 60 && skeleton(t).trim() == "xac thuc van ban hop nhat"
    })?;
    let near = |d: usize, want: fn(&LineKind) -> bool| {
        (at + 1..to.min(at + 1 + d)).find(|&i| want(&doc.lines[i].kind))
    };
    let so = near(3, |k| matches!(k, LineKind::So(_)));
    let date = near(4, |k| matches!(k, LineKind::PlaceDate(_)));
    // The body's name in capitals right above, over at most three lines, opening with a
    // body's head (`VĂN PHÒNG`, `BỘ`).
    let mut first = at;
    while first > from
        && at - first < 3
        && doc.lines[first - 1].kind == LineKind::Paragraph
        && is_upper(doc.lines[first - 1].span.of(text))
    {
        first -= 1;
    }
    while first < at && !looks_like_body_name(doc.lines[first].span.of(text)) {
        first += 1;
    }
    if so.is_none() && date.is_none() {
        return None;
    }
    if doc.header.so.is_none() {
        doc.header.so = so;
    }
    if doc.header.place_date.is_none() {
        doc.header.place_date = date;
    }
    if doc.header.issuer.is_empty() && first < at {
        doc.header.issuer = (first..at).collect();
        doc.header.issuer_bodies = issuer_bodies(text, doc);
    }
    Some(first)
}

/// Words that continue a body's name on the next line: its place (`TỈNH LÀO CAI`), a
/// conjunction (`VÀ PHÁT TRIỂN NÔNG THÔN`), a number, a bracket.
const NAME_GOES_ON: &[&str] = &[
    "tỉnh ",
    "thành phố ",
    "tp ",
    "tp.",
    "huyện ",
    "quận ",
    "thị xã ",
    "thị trấn ",
    "xã ",
    "phường ",
    "theo ",
    "số ",
    "(",
    "và ",
    "- ",
    "– ",
    "&",
];

/// Words no name ends with: the line under goes on with the same name (`ĐOÀN KIỂM TRA THEO` /
/// `QUYẾT ĐỊNH SỐ 1050/QĐ-SCT`).
const NAME_ENDS_OPEN: &[&str] = &["theo", "và", "của", "về", "thuộc", "số", "trực"];

/// A place's level, as its skeleton (`TỈNH`, and OCR's `TĨNH`, `TÌNH`): a line opening with one
/// names the place of the body above; a line ending with one waits for the place's name
/// (`ỦY BAN NHÂN DÂN TỈNH` / `LÂM ĐỒNG`).
const PLACE_LEVELS: &[&str] = &["tinh", "huyen", "thanh pho", "thi xa", "thi tran", "phuong"];
/// The place levels a line may end with, the name on the next line; `QUẬN` is told from `QUÂN`
/// by its mark.
const PLACE_LEVELS_OPEN: &[&str] = &["tinh", "huyen", "pho", "xa", "tran", "phuong"];

/// How an enterprise's registered name opens (Luật Doanh nghiệp): its legal form, then its own
/// name, brand words in Latin letters and all (`CÔNG TY CỔ PHẦN BCG ENERGY`).
const ENTERPRISE_OPENINGS: &[&str] = &[
    "công ty",
    "tổng công ty",
    "tập đoàn",
    "ngân hàng tmcp",
    "ngân hàng thương mại cổ phần",
    "ngân hàng tnhh",
    "doanh nghiệp tư nhân",
    "hợp tác xã",
];

/// Legal forms that, alone on a line, wait for the enterprise's name on the next.
const ENTERPRISE_FORMS: &[&str] = &[
    "công ty",
    "tổng công ty",
    "công ty cổ phần",
    "công ty cp",
    "công ty tnhh",
    "công ty tnhh mtv",
    "công ty tnhh một thành viên",
    "công ty trách nhiệm hữu hạn",
    "công ty trách nhiệm hữu hạn một thành viên",
    "ngân hàng tmcp",
    "ngân hàng thương mại cổ phần",
    "doanh nghiệp tư nhân",
];

/// Whether a body's name is an enterprise's registered name.
pub(crate) fn is_enterprise_name(t: &str) -> bool {
    let f = format!("{} ", fold_case(t.trim()));
    ENTERPRISE_OPENINGS
        .iter()
        .any(|o| f.starts_with(o) && f[o.len()..].starts_with(' '))
}

/// Whether a line opens a body's name: a head (`SỞ`, `BAN`…) or a unit of one (`TỔ`, `CƠ QUAN
/// THƯỜNG TRỰC`).
fn opens_a_body(t: &str) -> bool {
    let f = fold_case(t);
    looks_like_body_name(t)
        || ["tổ ", "tiểu ban", "cơ quan", "đội ", "nhóm "]
            .iter()
            .any(|h| f.starts_with(h))
}

/// Whether a line opens with a place level (`TỈNH LÀO CAI`, OCR's `TĨNH QUẢNG NGÃI`).
fn opens_with_place_level(t: &str) -> bool {
    let sk = format!("{} ", skeleton(t).trim_start());
    PLACE_LEVELS
        .iter()
        .any(|p| sk.starts_with(p) && sk[p.len()..].starts_with(' '))
}

/// Whether a line ends with a place level whose name is on the next line.
fn ends_with_place_level(t: &str) -> bool {
    let last = t.split_whitespace().next_back().unwrap_or("");
    fold_case(last) == "quận" || PLACE_LEVELS_OPEN.contains(&skeleton(last).trim())
}

/// Bodies named for their task, whose line alone is never a whole name: the task follows on
/// the next line (`BAN SOẠN THẢO` / `LUẬT CHUYỂN ĐỔI GIỚI TÍNH`, `BAN CHỈ ĐẠO` / `CHUYỂN ĐỔI SỐ
/// TỈNH`).
const TASK_BODIES: &[&str] = &[
    "ban soạn thảo",
    "ban chỉ đạo",
    "ban quản lý",
    "ban tổ chức",
    "ban biên tập",
    "ban vận động",
    "ban điều hành",
    "ban công tác",
    "hội đồng",
    "tổ soạn thảo",
    "tổ biên tập",
    "tổ công tác",
    "đoàn kiểm tra",
    "đoàn công tác",
    "đoàn thanh tra",
];

/// Openings of a body's name that start a second body inside a line in capitals (`UBND TỈNH
/// LÀO CAI SỞ CÔNG THƯƠNG`), with the words before them that make them part of a name instead
/// (`VĂN PHÒNG`, `TỔNG CỤC`, `MÔI TRƯỜNG`, `ỦY BAN`).
const INNER_HEADS: &[(&str, &[&str])] = &[
    ("sở", &[]),
    ("phòng", &["văn"]),
    ("văn phòng", &[]),
    ("cục", &["tổng", "chi"]),
    ("chi cục", &[]),
    ("trung tâm", &[]),
    ("trường", &["môi", "thị", "hiện", "chiến", "quảng"]),
    ("ban", &["ủy", "uỷ"]),
    ("bệnh viện", &[]),
    ("viện", &["bệnh", "học", "thư", "nghị"]),
    ("công an", &[]),
    ("thanh tra", &[]),
    ("chi nhánh", &[]),
];

/// The issuer lines grouped into bodies, parent first: a line goes on the body above when it
/// opens with its place or a conjunction, is one word, or the line above ends with a hyphen;
/// a line in capitals holding a second body's opening after a whole name is cut there.
fn issuer_bodies(text: &str, doc: &Document) -> Vec<Vec<Span>> {
    let mut bodies: Vec<Vec<Span>> = Vec::new();
    let mut last_text = String::new();
    // The first line of the body being read.
    let mut body_opening = String::new();
    for &i in &doc.header.issuer {
        let span = doc.lines[i].span;
        let t = span.of(text);
        let trimmed = t.trim();
        if trimmed.is_empty() {
            continue;
        }
        let lead = t.len() - t.trim_start().len();
        let span = Span::new(
            span.start + lead as u32,
            span.start + (lead + trimmed.len()) as u32,
        );
        let f = format!("{} ", fold_case(trimmed));
        let last_word = last_text
            .split_whitespace()
            .next_back()
            .map(fold_case)
            .unwrap_or_default();
        // A body named for its task (`HỘI ĐỒNG THẨM ĐỊNH, ĐÁNH GIÁ CHỈ SỐ CẢI CÁCH` / `HÀNH
        // CHÍNH TỈNH`) wraps over as many lines as its task takes, and a level waits for its
        // place's name: a line that opens no body of its own goes on with them.
        let opening = fold_case(&body_opening);
        let task_goes_on = TASK_BODIES.iter().any(|b| opening.starts_with(b))
            && !opening.starts_with("hội đồng nhân dân")
            && !opens_a_body(trimmed);
        let place_goes_on = ends_with_place_level(&last_text) && !opens_a_body(trimmed);
        let form_goes_on = ENTERPRISE_FORMS.contains(&fold_case(last_text.trim()).as_str())
            && !opens_a_body(trimmed);
        let goes_on = !bodies.is_empty()
            && (NAME_GOES_ON.iter().any(|c| f.starts_with(c))
                || opens_with_place_level(trimmed)
                || trimmed.split_whitespace().count() == 1
                || last_text.trim_end().ends_with(['-', '–', ','])
                || NAME_ENDS_OPEN.contains(&last_word.as_str())
                || TASK_BODIES.contains(&fold_case(last_text.trim()).as_str())
                || task_goes_on
                || place_goes_on
                || form_goes_on);
        for (k, part) in split_inner_bodies(text, span).into_iter().enumerate() {
            match bodies.last_mut() {
                Some(last) if k == 0 && goes_on => last.push(part),
                _ => {
                    body_opening = part.of(text).to_owned();
                    bodies.push(vec![part]);
                }
            }
        }
        last_text = trimmed.to_owned();
    }
    bodies
}

/// A line in capitals holding two bodies (`UBND TỈNH LÀO CAI SỞ CÔNG THƯƠNG`), cut before the
/// second's opening; any other line whole.
fn split_inner_bodies(text: &str, span: Span) -> Vec<Span> {
    let t = span.of(text);
    if !is_upper(t) {
        return vec![span];
    }
    let words: Vec<(usize, &str)> = t
        .split_whitespace()
        .map(|w| (w.as_ptr() as usize - t.as_ptr() as usize, w))
        .collect();
    let mut cuts = Vec::new();
    for k in 3..words.len() {
        let rest = fold_case(&t[words[k].0..]);
        let prev = fold_case(words[k - 1].1);
        let head = INNER_HEADS.iter().any(|(h, not_after)| {
            rest.starts_with(h)
                && (rest.len() == h.len() || rest[h.len()..].starts_with(' '))
                && !not_after.contains(&prev.as_str())
        });
        // What came before is a whole name: it opens with a body's head (`UBND`, `BỘ`).
        let before = &t[words[cuts.last().copied().unwrap_or(0)].0..words[k].0];
        if head && looks_like_body_name(before.trim_end()) && !prev.ends_with(['-', ',']) {
            cuts.push(k);
        }
    }
    if cuts.is_empty() {
        return vec![span];
    }
    let mut out = Vec::new();
    let mut from = 0usize;
    for k in cuts.into_iter().chain(std::iter::once(words.len())) {
        let a = words[from].0;
        let (last_at, last_w) = words[k - 1];
        out.push(Span::new(
            span.start + a as u32,
            span.start + (last_at + last_w.len()) as u32,
        ));
        from = k;
    }
    out
}

/// The Official Gazette's copy heads each document with its issuer's name, then prints the
/// document's own header: the same words twice, wrapped differently. The second is the issuer.
fn drop_repeated_issuer(text: &str, doc: &mut Document) {
    let issuer = &doc.header.issuer;
    if issuer.len() < 2 {
        return;
    }
    let words: Vec<Vec<String>> = issuer
        .iter()
        .map(|&i| {
            doc.lines[i]
                .span
                .of(text)
                .split_whitespace()
                .map(fold_case)
                .collect()
        })
        .collect();
    let all: Vec<&String> = words.iter().flatten().collect();
    let mut count = 0;
    for (k, w) in words.iter().enumerate().take(words.len() - 1) {
        count += w.len();
        if count * 2 == all.len() && all[..count] == all[count..] {
            doc.header.issuer.drain(..=k);
            return;
        }
    }
}

/// An issuer line is short and in capitals, or at least written like a body's name.
fn is_issuer_line(text: &str, line: &Line) -> bool {
    let t = line.span.of(text);
    let letters = t
        .chars()
        .filter(|c| crate::text::fold::is_letter(*c))
        .count();
    let visible = t.chars().filter(|c| !c.is_whitespace()).count();
    if letters < 2 || t.chars().count() > 90 || is_type_name(text, line) || is_draft_mark(t) {
        return false;
    }
    // A name is words: not a ký hiệu (`/BC-SNV`), not a scan's specks (`IS]`, `_ š`).
    let longest_word = t
        .split_whitespace()
        .map(|w| {
            w.chars()
                .filter(|c| crate::text::fold::is_letter(*c))
                .count()
        })
        .max()
        .unwrap_or(0);
    if letters * 10 < visible * 7 || longest_word < 2 || t.starts_with('/') {
        return false;
    }
    // Separators drawn with characters (`-0-`, `-----`, `*`) are not names.
    mostly_upper(t) || looks_like_body_name(t)
}

/// The boxed `DỰ THẢO` (`Dự thảo lần 2`, `(DỰ THẢO)`) stamped on a draft's header: not a name.
fn is_draft_mark(t: &str) -> bool {
    let f = fold_case(t.trim().trim_matches(['(', ')', '[', ']']).trim());
    let rest = f
        .strip_prefix("bản ")
        .unwrap_or(&f)
        .strip_prefix("dự thảo")
        .or_else(|| f.strip_prefix("du thao"));
    rest.is_some_and(|r| {
        let r = r.trim();
        r.is_empty()
            || r.strip_prefix("lần")
                .is_some_and(|n| n.trim().chars().all(|c| c.is_ascii_digit()))
    })
}

fn find_title(text: &str, doc: &mut Document, from: usize) -> usize {
    let n = doc.lines.len();
    // The type name is the first line at or after the header that names a type, or an unknown
    // short line in capitals right where the type belongs (TL002).
    let mut i = from;
    while i < n && i < from + 3 {
        let line = &doc.lines[i];
        let t = line.span.of(text).trim();
        let known = is_type_name(text, line) && !matches!(line.kind, LineKind::Enacting);
        let unknown_caps = matches!(line.kind, LineKind::Paragraph)
            && is_upper(t)
            && t.split_whitespace().count() <= 4
            && !t.ends_with(':')
            && i + 1 < n
            && matches!(
                doc.lines[i + 1].kind,
                LineKind::Paragraph | LineKind::VeViec { .. }
            )
            && !is_upper(doc.lines[i + 1].span.of(text));
        if known || unknown_caps {
            let named = type_named(t);
            let doc_type = named.map(|(d, _)| d);
            // The name without the specks before it.
            if let Some((_, at)) = named.filter(|&(_, at)| at > 0) {
                let start = t.as_ptr() as usize - text.as_ptr() as usize + at;
                doc.lines[i].span.start = start as u32;
            }
            let mut trich_yeu: Vec<usize> = Vec::new();
            let mut j = i + 1;
            // `CỦA BỘ TRƯỞNG BỘ TÀI CHÍNH` under the type name (an older legal document's
            // title) names the issuer; the trích yếu follows it.
            if j < n
                && fold_case(doc.lines[j].span.of(text)).starts_with("của ")
                && is_upper(doc.lines[j].span.of(text))
            {
                j += 1;
            }
            while j < n {
                let next = &doc.lines[j];
                let first = trich_yeu.is_empty();
                let next_text = next.span.of(text);
                // A trích yếu wrapped onto the next line goes on in lower case (or with the
                // rest of a date or a number), even after an empty line (a Markdown or HTML
                // paragraph each).
                let goes_on = trich_yeu.last().is_some_and(|&p| {
                    let prev = doc.lines[p].span.of(text).trim_end();
                    // In capitals, a line that opens with a word no title starts with goes on
                    // (`… NGÀY 14 THÁNG 10 NĂM 2015` / `CỦA BỘ TRƯỞNG BỘ Y TẾ QUY ĐỊNH …`).
                    // So does one that names no authority, under a line cut mid-phrase or
                    // mid-word (`… CHẾ ĐỘ BỒI` / `DƯỠNG, THỜI GIAN …`).
                    let caps_goes_on = is_upper(prev)
                        && is_upper(next_text)
                        && (CONTINUES_A_TITLE
                            .iter()
                            .any(|w| fold_case(next_text.trim_start()).starts_with(w))
                            || prev.ends_with(crate::text::fold::is_letter)
                                && !names_an_authority(next_text)
                                && !is_type_name(text, next)
                                && next_text
                                    .trim_start()
                                    .starts_with(crate::text::fold::is_letter)
                                && next_text.len() < 200);
                    // In sentence case, a phrase left open (`… của Bộ Ngoại giao và` /
                    // `Tổng cục Bưu điện …`) goes on before a capitalised name. Whether the
                    // next line is left open says nothing: so is a wrapped first paragraph.
                    let phrase_goes_on = !is_upper(prev)
                        && !is_upper(next_text)
                        && (prev.ends_with(',')
                            || crate::model::joined::ends_with_joining_word(prev));
                    // Under a title in capitals, the event it was given at (`THAM LUẬN` /
                    // `Tại Hội nghị triển khai …`) goes on as a subtitle: a sentence would end.
                    let event_goes_on = is_upper(prev)
                        && fold_case(next_text.trim_start()).starts_with("tại ")
                        && !next_text.trim_end().ends_with(['.', ';', ':', ','])
                        && next_text.len() < 200;
                    matches!(next.kind, LineKind::Paragraph | LineKind::ThucHien)
                        && !prev.ends_with(['.', ';', ':'])
                        && (next_text.starts_with(|c: char| {
                            crate::text::fold::is_lower(c) || c.is_ascii_digit()
                        }) || caps_goes_on
                            || phrase_goes_on
                            || event_goes_on)
                        && next_text.len() < 300
                });
                if !first && next.blank_before && !goes_on {
                    break;
                }
                // A sentence that opens with its date (`Ngày 22/01/2026, đồng chí … chủ trì
                // Hội nghị …`) is the body's first, under a thông báo's trích yếu.
                if !first && crate::recognize::anchors::opens_with_its_date(next_text) {
                    break;
                }
                // So does one that opens as only a sentence does (`Nhân dịp Đại hội …`), a
                // document run together cut there with no empty line before it.
                if !first && crate::recognize::anchors::opens_a_first_sentence(next_text) {
                    break;
                }
                // A long trích yếu wraps over more than four lines of a PDF's text layer, each
                // going on from the last.
                if trich_yeu.len() >= 8 || trich_yeu.len() >= 4 && !goes_on {
                    break;
                }
                let fits = match &next.kind {
                    LineKind::Paragraph | LineKind::VeViec { .. } => true,
                    // A number the trích yếu wraps onto (`… năm` / `2025 …`), never the body's
                    // first numbered item (`1. Chủ trì: …` under a giấy mời's opening sentence).
                    LineKind::Khoan { .. } => goes_on,
                    // A typed decision may open its trích yếu with a công văn's `V/v` right
                    // under the type name; there it is the trích yếu, not a V/v.
                    LineKind::Vv { .. } => first,
                    // `Thực hiện dự án …` can be the trích yếu itself: when styled as a heading,
                    // when it cites nothing, or when it sits right under the type name as a short
                    // phrase; a preamble sentence ends with punctuation.
                    // In lower case under a line that does not end, it is the trích yếu
                    // wrapped (`… cá nhân chủ trì` / `thực hiện nhiệm vụ …`).
                    // Under a type that takes no trích yếu (giấy mời, giấy giới thiệu), a
                    // `Thực hiện …` sentence is the body's opening unless set as a heading.
                    LineKind::ThucHien => {
                        (first
                            && if doc_type.is_some_and(|d| d.no_trich_yeu) {
                                next.style.heading > 0 || next.style.bold || mostly_upper(next_text)
                            } else {
                                thuc_hien_is_trich_yeu(text, next)
                            })
                            || (goes_on && next_text.starts_with(crate::text::fold::is_lower))
                    }
                    _ => false,
                };
                // The line that names the issuing authority of a Quyết định is not the trích yếu,
                // whether a trích yếu came first or is missing (capitals, then the căn cứ).
                // A trích yếu in capitals (a legal document's) goes on in capitals; the
                // authority's line opens with its position.
                let caps_trich_yeu = trich_yeu
                    .first()
                    .is_some_and(|&f| mostly_upper(doc.lines[f].span.of(text)));
                // A legal document's trích yếu in capitals (`BÃI BỎ MỘT SỐ NGHỊ ĐỊNH …`) sits
                // right above the căn cứ too: the authority's line names a position or a body.
                let authority_heading = is_upper(next_text)
                    && if first {
                        upper_run_then_preamble(text, &doc.lines, j)
                            && names_an_authority(next_text)
                    } else if !caps_trich_yeu {
                        true
                    } else {
                        opens_with_position(next_text) || ends_paragraph(&doc.lines[j - 1], text)
                    };
                // A trích yếu in capitals does not go on in lower case (`THUẾ TIÊU THỤ ĐẶC
                // BIỆT` / `Luật Thuế tiêu thụ đặc biệt số 66/2025/QH15 …`), nor past the rule
                // drawn under it.
                // A subtitle in sentence case under it stays (`TÓM TẮT` / `Báo cáo thẩm tra …`).
                // The subject of a meeting's minutes goes on in a `Về việc …` line under the
                // name in capitals fused with the type name (`BIÊN BẢN HỌP HỘI ĐỒNG KHOA HỌC`).
                // (A long line is not parsed: it reads as a paragraph.)
                let fused_subject = trich_yeu.len() == 1
                    && doc.lines[i].span.end <= doc.lines[trich_yeu[0]].span.start
                    && !text[doc.lines[i].span.end as usize
                        ..doc.lines[trich_yeu[0]].span.start as usize]
                        .contains('\n')
                    && (matches!(next.kind, LineKind::VeViec { .. })
                        || fold_case(next_text.trim_start()).starts_with("về việc "));
                let leaves_capitals = caps_trich_yeu
                    && !fused_subject
                    && !mostly_upper(next_text)
                    && next_text
                        .trim_start()
                        .starts_with(crate::text::fold::is_capital)
                    && (cites_a_document(next_text) || next_text.chars().count() > 120);
                if !fits
                    || authority_heading
                    || leaves_capitals
                    || is_drawn_rule(next_text)
                    || (first && doc_type.is_some_and(|d| d.no_trich_yeu) && next.span.len() > 200)
                {
                    break;
                }
                trich_yeu.push(j);
                j += 1;
            }
            // The rule drawn under the trích yếu closes the title.
            if j < n
                && trich_yeu.last() == Some(&(j - 1))
                && is_drawn_rule(doc.lines[j].span.of(text))
            {
                j += 1;
            }
            // `(Ban hành kèm theo Quyết định số … của …)` under the title: a regulation issued
            // with a decision, whose number, date and recipients are the decision's.
            let mut issued_with = None;
            if j < n && is_issued_with(doc.lines[j].span.of(text)) {
                issued_with = Some(j);
                j += 1;
            }
            doc.title = Some(Title {
                type_line: i,
                doc_type,
                trich_yeu,
                issued_with,
            });
            return j;
        }
        i += 1;
    }
    from
}

/// Words a line of a title in capitals can go on with but never opens a heading or an
/// authority's line with.
const CONTINUES_A_TITLE: &[&str] = &[
    "của ",
    "và ",
    "về ",
    "đối với ",
    "trong ",
    "tại ",
    "theo ",
    "cho ",
    "từ ",
    "đến ",
    "với ",
];

/// `(Ban hành kèm theo Quyết định số 09/2010/QĐ-UBND ngày … của …)`, `(Kèm theo Nghị quyết
/// số …)`: the line that names the document this one was issued with.
fn is_issued_with(t: &str) -> bool {
    let f = fold_case(
        t.trim()
            .trim_start_matches(['(', '*', '_', '['])
            .trim_start(),
    );
    (f.starts_with("ban hành kèm theo ") || f.starts_with("kèm theo "))
        && f.contains(" số ")
        && t.len() < 400
}

/// A rule drawn with characters (`_________`, `-----`, `***`).
fn is_drawn_rule(t: &str) -> bool {
    let t = t.trim();
    t.chars().count() >= 3
        && t.chars()
            .all(|c| matches!(c, '_' | '-' | '=' | '*' | '–' | '—' | '.' | ' '))
}

/// The issuing authority's line of a Quyết định or a Nghị quyết: a position (`CHỦ TỊCH ỦY BAN
/// NHÂN DÂN TỈNH`) or a body (`HỘI ĐỒNG NHÂN DÂN TỈNH`, `ỦY BAN THƯỜNG VỤ QUỐC HỘI`).
fn names_an_authority(t: &str) -> bool {
    let f = fold_case(t.trim_start());
    opens_with_position(t)
        || looks_like_body_name(t) && !f.starts_with("ban hành")
        || [
            "thống đốc",
            "chánh án",
            "tổng kiểm toán",
            "kiểm toán",
            "ban chấp hành",
            "ban thường vụ",
            "ban bí thư",
            "bộ chính trị",
        ]
        .iter()
        .any(|p| f.starts_with(p))
}

/// A line opening with a position title (`CHỦ TỊCH ỦY BAN…`, `BỘ TRƯỞNG BỘ…`).
fn opens_with_position(t: &str) -> bool {
    let f = fold_case(t.trim_start());
    POSITION_PHRASES.iter().any(|p| f.starts_with(p)) || f.starts_with("thủ tướng")
}

fn cites_a_document(t: &str) -> bool {
    let f = fold_case(t);
    f.contains(" số ") && f.contains('/')
}

fn thuc_hien_is_trich_yeu(text: &str, line: &Line) -> bool {
    let t = line.span.of(text).trim_end();
    // In capitals it is a title (`THỰC HIỆN MỘT SỐ ĐIỀU TRONG QUY ĐỊNH SỐ 07-QĐi/TW …`), never a
    // preamble sentence. A blank line above says nothing: web and Markdown copies put one
    // between every two lines.
    line.style.heading > 0
        || line.style.bold
        || !cites_a_document(t)
        || mostly_upper(t)
        || (t.chars().count() < 160 && !t.ends_with(['.', ';', ',', ':']))
}

/// Lines in capitals from `i` on, then a căn cứ: the issuing authority of a Quyết định.
fn upper_run_then_preamble(text: &str, lines: &[Line], i: usize) -> bool {
    let mut j = i;
    while j < lines.len() && j < i + 3 && is_upper(lines[j].span.of(text)) {
        j += 1;
    }
    j < lines.len() && matches!(lines[j].kind, LineKind::CanCu | LineKind::TheoDeNghi)
}

/// The công văn trích yếu: a `V/v` (or spelled-out `Về việc`) line near the header and its
/// continuation lines in the same column.
fn find_vv(text: &str, doc: &mut Document, cursor: usize, header_end: usize) -> usize {
    if doc.title.is_some() {
        return cursor;
    }
    let n = doc.lines.len();
    let search_end = n.min(header_end.max(cursor) + 4);
    let start = (0..search_end).find(|&i| match &doc.lines[i].kind {
        LineKind::Vv { .. } => true,
        LineKind::VeViec { .. } => doc.header.so.is_some_and(|s| i > s),
        _ => false,
    });
    let Some(start) = start.or_else(|| scanned_vv(text, doc, search_end)) else {
        return cursor;
    };
    let column = doc.lines[start].column;
    doc.vv.push(start);
    let mut j = start + 1;
    let indent = doc.lines[start].indent;
    while j < n {
        let l = &doc.lines[j];
        // Pieces of the right-hand column on the same row are not the V/v, nor the date of
        // that column on a row between two of its lines.
        let date = matches!(l.kind, LineKind::PlaceDate(_));
        let v_v_goes_on = doc.lines.get(j + 1).is_some_and(|next| {
            matches!(next.kind, LineKind::Paragraph)
                && !next.blank_before
                && next
                    .span
                    .of(text)
                    .trim_start()
                    .starts_with(crate::text::fold::is_lower)
        });
        let beside = l.column != column && l.row == doc.lines[j - 1].row
            || date && (l.indent > indent + 10 || v_v_goes_on);
        if beside && !l.blank_before {
            j += 1;
            continue;
        }
        if l.blank_before
            || !matches!(l.kind, LineKind::Paragraph)
            || is_upper(l.span.of(text))
            || doc.vv.len() >= 6
        {
            break;
        }
        doc.vv.push(j);
        j += 1;
    }
    // Lines of the header's right column that sat beside the V/v lines were skipped over.
    j.max(cursor)
}

/// A V/v whose label a scan garbled (`ƒ/w cử lãnh đạo…`, `W⁄%w cử…`): the first line of prose
/// under the Số line (past the date beside it), opening with a short word of a letter or
/// three and a slash-like mark, then a word in lower case.
fn scanned_vv(text: &str, doc: &Document, search_end: usize) -> Option<usize> {
    let so = doc.header.so?;
    let i = (so + 1..search_end.min(so + 4))
        .find(|&i| !matches!(doc.lines[i].kind, LineKind::PlaceDate(_)))?;
    if !matches!(doc.lines[i].kind, LineKind::Paragraph) {
        return None;
    }
    is_scanned_vv_label(doc.lines[i].span.of(text)).then_some(i)
}

pub(crate) fn is_scanned_vv_label(t: &str) -> bool {
    let mut words = t.split_whitespace();
    let (Some(label), Some(next)) = (words.next(), words.next()) else {
        return false;
    };
    let letters = label
        .chars()
        .filter(|&c| crate::text::fold::is_letter(c))
        .count();
    (2..=4).contains(&label.chars().count())
        && label.contains(['/', '⁄', '∕', '%'])
        && (1..=3).contains(&letters)
        && !label.chars().any(|c| c.is_ascii_digit())
        && next.starts_with(crate::text::fold::is_lower)
}

fn find_kinh_gui(text: &str, doc: &mut Document, cursor: usize) -> usize {
    let n = doc.lines.len();
    let Some(i) = (cursor..n.min(cursor + 4))
        .find(|&i| matches!(doc.lines[i].kind, LineKind::KinhGui { .. }))
    else {
        return cursor;
    };
    let mut kg = KinhGui {
        label: i,
        items: Vec::new(),
    };
    let mut j = i + 1;
    while j < n {
        let l = &doc.lines[j];
        // A copy's own addressees (`Đồng kính gửi:`, `Đồng gửi:`) end the Kính gửi's: their
        // label and its items are set aside, neither addressees nor the body.
        if is_copy_label(l.span.of(text)) {
            j = copy_block_end(doc, j);
            break;
        }
        match l.kind {
            LineKind::Dash { .. } => kg.items.push(j),
            // A wrapped addressee (`trên địa bàn tỉnh.`) or an address in brackets under it.
            LineKind::Paragraph if !l.blank_before || l.span.len() < 80 => {
                if kg.items.is_empty() && j > i + 1 {
                    break;
                }
                // A wrapped addressee goes on in lower case (`trên địa bàn tỉnh.`) or opens a
                // bracket; a capital starts the body (`Để bảo đảm …` under a one-line label).
                let first = l.span.of(text).trim_start().chars().next();
                let wraps = first.is_some_and(|c| crate::text::fold::is_lower(c) || c == '(');
                let continuation =
                    kg.items.last().is_some() || (l.row == doc.lines[i].row + 1 && wraps);
                if !continuation {
                    break;
                }
            }
            _ => break,
        }
        j += 1;
        if j < n && doc.lines[j].blank_before && !matches!(doc.lines[j].kind, LineKind::Dash { .. })
        {
            break;
        }
    }
    doc.kinh_gui = Some(kg);
    j
}

/// Whether a line opens with the label of the copies sent for information (`Đồng kính gửi:`,
/// `Đồng gửi:`, any case), its colon included.
fn is_copy_label(line: &str) -> bool {
    let t = line.trim_start();
    let head = &t[..crate::recognize::clues::floor_boundary(t, 32.min(t.len()))];
    let Some((label, _)) = head.split_once(':') else {
        return false;
    };
    matches!(
        skeleton(label.trim_end()).as_str(),
        "dong kinh gui" | "dong gui"
    )
}

/// Past the copy label at `at` and its dash items (its own line holds the only one when the
/// addressee follows the colon).
fn copy_block_end(doc: &Document, at: usize) -> usize {
    let mut j = at + 1;
    while j < doc.lines.len() && matches!(doc.lines[j].kind, LineKind::Dash { .. }) {
        j += 1;
    }
    j
}

fn find_preamble(text: &str, doc: &mut Document, cursor: usize) -> usize {
    let n = doc.lines.len();
    let mut i = cursor;
    // The issuing authority line of a Quyết định (`GIÁM ĐỐC SỞ CÔNG THƯƠNG`) sits above the căn cứ.
    // It may wrap over up to three lines (`CHỦ TỊCH ỦY BAN NHÂN DÂN` / `TỈNH LÀO CAI`).
    if i < n
        && matches!(doc.lines[i].kind, LineKind::Paragraph)
        && upper_run_then_preamble(text, &doc.lines, i)
    {
        doc.authority_heading = Some(i);
        while i < n && is_upper(doc.lines[i].span.of(text)) {
            i += 1;
        }
    }
    let mut last_was_preamble = false;
    while i < n {
        let l = &doc.lines[i];
        match l.kind {
            ref kind if is_preamble_kind(kind) => {
                doc.preamble.push(i);
                last_was_preamble = true;
            }
            LineKind::Enacting => {
                doc.enacting = Some(i);
                return i + 1;
            }
            // A căn cứ wrapped over several lines by a PDF text layer; a wrapped line may read
            // as a Số, date or trích yếu line (`structure::wrapped_citation_line`). A blank line
            // a scan left inside the sentence (`… của Bộ Giáo dục` / blank / `và Đào tạo về …`)
            // does not end it when the next line goes on in lower case.
            LineKind::Paragraph
            | LineKind::So(_)
            | LineKind::PlaceDate(_)
            | LineKind::VeViec { .. }
                if last_was_preamble
                    && (!l.blank_before
                        || l.span
                            .of(text)
                            .trim_start()
                            .starts_with(crate::text::fold::is_lower))
                    && !ends_paragraph(&doc.lines[i - 1], text)
                    && (matches!(l.kind, LineKind::Paragraph)
                        || crate::recognize::structure::wrapped_citation_line(
                            &l.kind,
                            l.span.of(text),
                            true,
                        )) => {}
            _ => break,
        }
        i += 1;
    }
    // The enacting line can follow a `Theo đề nghị` paragraph after a blank line, or a căn cứ
    // whose wrapped lines read as paragraphs of their own: it is the one before the articles.
    if !doc.preamble.is_empty() {
        // Counted from the last căn cứ seen: a long preamble whose wrapped lines broke the
        // run above goes on with more căn cứ.
        let mut reach_end = n.min(i + ENACTING_REACH);
        let mut k = i;
        while k < reach_end {
            if is_preamble_kind(&doc.lines[k].kind) {
                reach_end = n.min(k + 1 + ENACTING_REACH);
            }
            match doc.lines[k].kind {
                LineKind::Enacting => {
                    doc.preamble
                        .extend((i..k).filter(|&m| is_preamble_kind(&doc.lines[m].kind)));
                    doc.enacting = Some(k);
                    return k + 1;
                }
                // The body's own lines end the search; a căn cứ's wrapped line may read as
                // anything else (`số 56/2024/QH15;` as a Số line).
                LineKind::Dieu { .. }
                | LineKind::Khoan { .. }
                | LineKind::RomanMuc { .. }
                | LineKind::NoiNhan { .. }
                | LineKind::KinhGui { .. }
                | LineKind::PhanChuong { .. } => break,
                _ => {}
            }
            k += 1;
        }
    }
    i
}

/// How many lines past the last căn cứ read the enacting line may stand.
const ENACTING_REACH: usize = 12;

fn is_preamble_kind(kind: &LineKind) -> bool {
    matches!(
        kind,
        LineKind::CanCu | LineKind::ThucHien | LineKind::TheoDeNghi
    )
}

fn ends_paragraph(line: &Line, text: &str) -> bool {
    line.span.of(text).trim_end().ends_with(['.', ';', ':'])
}

/// Finds the closing (Nơi nhận and signature). Returns where it starts and where it ends.
fn find_closing(text: &str, doc: &mut Document, body_start: usize) -> (usize, usize) {
    let n = doc.lines.len();
    // The closing sits before the first appendix heading that follows the last Nơi nhận or
    // authority line; search from the end for the anchors.
    let is_label = |i: usize| matches!(kind_at(&doc.lines, i), LineKind::NoiNhan { .. });
    // A form among the appendices has a closing of its own (`- Lưu: ......`, `THỦ TRƯỞNG CƠ
    // QUAN`): the document's is the last before the first appendix that follows a label.
    let first_label = (body_start..n).find(|&i| is_label(i));
    let first_appendix =
        first_label.and_then(|f| (f + 1..n).find(|&i| is_appendix_start(text, &doc.lines, i)));
    let noi_nhan = (body_start..first_appendix.unwrap_or(n))
        .rev()
        .find(|&i| is_label(i));
    let remnant = match noi_nhan {
        Some(_) => None,
        None => lost_label(text, doc, body_start),
    };
    if let Some(i) = remnant {
        doc.lines[i].kind = label_read_from(text, doc.lines[i].span);
    }
    let noi_nhan = noi_nhan.or(remnant);
    let anchor = match noi_nhan {
        Some(i) => {
            // A signature block can precede the Nơi nhận in reading order (table cells read right first).
            let back = i.saturating_sub(6).max(body_start);
            (back..i)
                .find(|&j| matches!(kind_at(&doc.lines, j), LineKind::Authority { .. }))
                // A known position right above the label (`GIÁM ĐỐC` / `Nơi nhận:`), no
                // authority line: the signature was read first.
                .or_else(|| {
                    (i > body_start
                        && is_position_line(text, &doc.lines[i - 1])
                        && crate::recognize::clues::is_position_words(
                            doc.lines[i - 1].span.of(text).trim(),
                        ))
                    .then(|| i - 1)
                })
                .unwrap_or(i)
        }
        None => match last_authority(text, doc, body_start) {
            // `TM. CHÍNH PHỦ` above `KT. THỦ TƯỚNG`: the block opens at the first of them.
            Some(mut i) => {
                while i > body_start
                    && matches!(kind_at(&doc.lines, i - 1), LineKind::Authority { .. })
                {
                    i -= 1;
                }
                i
            }
            None => match signature_under_the_date(text, doc, body_start)
                .or_else(|| bare_signature(text, doc, body_start))
                .or_else(|| signed_in_the_issuers_name(text, doc, body_start))
            {
                Some(i) => i,
                None => return (n, n),
            },
        },
    };
    let mut end = n;
    // The closing ends at the first appendix heading after the anchor, or where a document
    // issued with this one opens with a header of its own (a Kế hoạch after its Quyết định):
    // at the first line of the Quốc hiệu's row, its issuer set beside it.
    for i in anchor + 1..n {
        if is_appendix_start(text, &doc.lines, i) {
            end = i;
            break;
        }
        if matches!(doc.lines[i].kind, LineKind::QuocHieu) {
            let row = doc.lines[i].row;
            end = (anchor + 1..=i)
                .find(|&j| doc.lines[j].row == row)
                .unwrap_or(i);
            break;
        }
    }
    let mut closing = Closing::default();
    let mut nn: Option<NoiNhan> = None;
    let mut name_seen = false;
    // The column of the signer's name: a Nơi nhận set left of the signature goes on beside
    // and below the name.
    let mut name_column = u8::MAX;
    let mut prev_item_open = false;
    let mut dashed_name: Option<(usize, Span)> = None;
    for i in anchor..end {
        let line = &doc.lines[i];
        let t = line.span.of(text);
        // Word's empty paragraph in a saved page (`<p>&nbsp;</p>`): a blank line, not text.
        if t.trim().is_empty() {
            continue;
        }
        let recipients_go_on = !name_seen || line.column < name_column;
        match &line.kind {
            LineKind::NoiNhan { .. } if nn.is_none() => {
                nn = Some(NoiNhan {
                    label: i,
                    label_from_remnant: remnant == Some(i),
                    items: Vec::new(),
                    luu: None,
                });
                prev_item_open = false;
            }
            LineKind::Authority { .. } => closing.signature.authority.push(i),
            LineKind::Luu { .. } if nn.is_some() => {
                if let Some(nn) = nn.as_mut() {
                    nn.items.push(RecipientItem { lines: vec![i] });
                    nn.luu = Some(i);
                }
                prev_item_open = !t.trim_end().ends_with(['.', ';']);
            }
            // Under the Lưu line, a name behind a dash is the signer's, the dash a scan's speck
            // (`-Lương Thế Điền`): a recipient named after a person ends with its `;` or `.`.
            LineKind::Dash { rest, .. }
                if !name_seen
                    && nn.as_ref().is_some_and(|n| n.luu.is_some())
                    && !rest.of(text).trim_end().ends_with([';', '.', ','])
                    && is_person_name(rest.of(text).trim()) =>
            {
                closing.signature.name = Some(i);
                name_seen = true;
                name_column = line.column;
                dashed_name = Some((i, *rest));
            }
            // A scan's specks behind a dash (`— (`) are no recipient; a short one that ends
            // with its mark is (`- Sở Nội vụ;`).
            LineKind::Dash { rest, .. }
                if nn.is_some()
                    && recipients_go_on
                    && (rest.of(text).trim_end().ends_with([';', '.'])
                        || !crate::recognize::clues::is_scan_debris(rest.of(text))) =>
            {
                if let Some(nn) = nn.as_mut() {
                    nn.items.push(RecipientItem { lines: vec![i] });
                }
                prev_item_open = !t.trim_end().ends_with([';', '.']);
            }
            // The mark a copy puts where the signature was (`(Đã ký)`) goes on with no
            // recipient, however open the one above is.
            _ if crate::recognize::clues::is_signed_mark(t) => {
                closing.stray.push(i);
                prev_item_open = false;
            }
            // The units of a Lưu line that goes on under it (`- Lưu: VP (HC, TH)` /
            // `TCT (HC, NV3)`): codes in capitals with their brackets and commas, no position.
            _ if prev_item_open
                && line.column == 0
                && nn.as_ref().is_some_and(|n| {
                    n.luu.is_some()
                        && n.items
                            .last()
                            .is_some_and(|it| it.lines[0] == n.luu.unwrap_or(usize::MAX))
                })
                && t.contains(['(', ','])
                && !t.contains(':')
                && t.len() < 60 =>
            {
                if let Some(item) = nn.as_mut().and_then(|n| n.items.last_mut()) {
                    item.lines.push(i);
                }
                prev_item_open = !t.trim_end().ends_with(['.', ';']);
            }
            // The rest of a post wrapped after its `VÀ` (`GIÁM ĐỐC SỞ GIÁO DỤC VÀ` / `ĐÀO TẠO`)
            // is no name, whatever family name its first word looks like: it goes with the
            // line above.
            _ if !name_seen
                && i > 0
                && line.column == doc.lines[i - 1].column
                && ends_open(doc.lines[i - 1].span.of(text))
                && {
                    let above = i - 1;
                    closing.signature.held_post.last() == Some(&above)
                        || closing.signature.positions.last() == Some(&above)
                } =>
            {
                if closing.signature.held_post.last() == Some(&(i - 1)) {
                    closing.signature.held_post.push(i)
                } else {
                    closing.signature.positions.push(i)
                }
            }
            // A name in capitals counts only once a position was seen above it.
            _ if !name_seen
                && is_person_name(t)
                && (!is_upper(t)
                    || !closing.signature.positions.is_empty()
                    || !closing.signature.authority.is_empty()) =>
            {
                closing.signature.name = Some(i);
                name_seen = true;
                name_column = line.column;
            }
            // Under the name, a position line is the signer's post in the body (`PHÓ GIÁM ĐỐC
            // SỞ CÔNG THƯƠNG` under a Trưởng đoàn), not the position signed as.
            // Under a position and right above the name, a post that names its body (`CHỦ
            // TỊCH` / `GIÁM ĐỐC SỞ NỘI VỤ` / the name): the office the signer holds ex officio,
            // not the position signed as.
            _ if is_position_line(text, line)
                && !name_seen
                && closing.signature.positions.last().is_some_and(|&p| {
                    crate::recognize::clues::is_position_words(doc.lines[p].span.of(text).trim())
                })
                && is_signer_post(t)
                && {
                    // The post may wrap after its `VÀ` onto one more line.
                    let next = if ends_open(t) { i + 2 } else { i + 1 };
                    doc.lines
                        .get(next)
                        .is_some_and(|next| is_person_name(next.span.of(text)))
                } =>
            {
                closing.signature.held_post.push(i)
            }
            // The text layer of a signature picture repeating the position, cut short (`PHÓ
            // GIÁM ĐỐC` / `PHÓ GIÁ`): not a second position.
            _ if !name_seen
                && closing.signature.positions.last().is_some_and(|&p| {
                    let above = doc.lines[p].span.of(text).trim();
                    let t = t.trim();
                    !t.is_empty()
                        && above
                            .strip_prefix(t)
                            .is_some_and(|r| r.starts_with(crate::text::fold::is_letter))
                }) =>
            {
                closing.stray.push(i)
            }
            _ if (is_position_line(text, line)
                || is_sentence_case_position(text, &doc.lines, i))
                && !name_seen =>
            {
                closing.signature.positions.push(i)
            }
            // The agency's contact details or a contact note under the block (`Số điện thoại
            // liên hệ: 0902…`, `Email: …`): the optional component of Điều 8.3(d), neither a
            // recipient nor a stray line.
            _ if nn.as_ref().is_some_and(|n| n.luu.is_some()) && is_contact_note(t) => {
                prev_item_open = false;
            }
            // A recipient wrapped onto the next line. A line with a label and its colon is a
            // note of its own, never the units of a Lưu line that lacks its period; a scan's
            // specks under that line (`cz`), or a line after a blank one (the signer's name a
            // scan set below, `"Thị Thanh Trà`), are none of it.
            _ if prev_item_open
                && !(nn.as_ref().is_some_and(|n| n.luu.is_some())
                    && (crate::recognize::clues::is_scan_debris(t)
                        || line.blank_before
                        || holds_a_header(t)))
                && nn.as_ref().is_some_and(|n| {
                    n.items
                        .last()
                        .is_some_and(|it| n.luu != Some(it.lines[0]) || !t.contains(':'))
                })
                && line.column == 0 =>
            {
                if let Some(item) = nn.as_mut().and_then(|n| n.items.last_mut()) {
                    item.lines.push(i);
                }
                prev_item_open = !t.trim_end().ends_with([';', '.']);
            }
            // A group of recipients under one heading goes on without a dash (`- VPCP: BTCN,
            // các PCN;` / `Trợ lý, Thư ký TTg;` / `Cổng TTĐT;`), and a line in lower case
            // (`các Vụ, Cục: KSTT, KTTH;`) opens no recipient: both go on with the item above.
            LineKind::Paragraph
                if recipients_go_on
                    && line.column == 0
                    && nn.as_ref().is_some_and(|n| {
                        n.luu.is_none()
                            && n.items.last().is_some_and(|it| {
                                let last = it.lines[it.lines.len() - 1];
                                let adjacent = (last + 1..i).all(|k| doc.lines[k].column > 0);
                                adjacent
                                    && (opens_a_group(text, &doc.lines[it.lines[0]])
                                        || t.starts_with(crate::text::fold::is_lower))
                            })
                    })
                    && !crate::recognize::clues::is_scan_debris(t) =>
            {
                if let Some(item) = nn.as_mut().and_then(|n| n.items.last_mut()) {
                    item.lines.push(i);
                }
                prev_item_open = !t.trim_end().ends_with([';', '.']);
            }
            // Recipient items without a dash (NN003) when the block is still open.
            LineKind::Paragraph | LineKind::Khoan { .. }
                if nn.as_ref().is_some_and(|n| n.luu.is_none())
                    && recipients_go_on
                    && line.column == 0
                    && looks_like_recipient(t) =>
            {
                if let Some(nn) = nn.as_mut() {
                    nn.items.push(RecipientItem { lines: vec![i] });
                }
                prev_item_open = false;
            }
            _ => {
                closing.stray.push(i);
                // A stray line in the recipients' column ends the item above: what comes
                // under it (a seal's debris, then `NHƯ hưởng`) does not go on with it.
                if line.column == 0 {
                    prev_item_open = false;
                }
            }
        }
    }
    // The name is the line without the scan's dash.
    if let Some((i, rest)) = dashed_name {
        let name = rest.of(text);
        let lead = (name.len() - name.trim_start().len()) as u32;
        let line = &mut doc.lines[i];
        line.span = Span::new(
            rest.start + lead,
            rest.start + lead + name.trim().len() as u32,
        );
        line.kind = LineKind::Paragraph;
    }
    closing.noi_nhan = nn;
    doc.closing = closing;
    (anchor, end)
}

/// Where a scan lost the `Nơi nhận:` label, or misread it past recognition (`Tà`, `R-.4ê th`,
/// `¡ VI RSỆN:`): a few characters at the head of the left column, on the row of the
/// authority or position of the right column, over a run of recipients' dashes that ends with
/// the `- Lưu` line. Nothing else stands there, so that remnant is the label (NN002 reports it).
fn lost_label(text: &str, doc: &Document, body_start: usize) -> Option<usize> {
    let lines = &doc.lines;
    let luu = (body_start..lines.len())
        .rev()
        .find(|&i| matches!(lines[i].kind, LineKind::Luu { .. }) && lines[i].column == 0)?;
    // Up the left column through the recipients; the other column's lines are passed over.
    let mut above = luu;
    let mut first_item = None;
    while above > body_start {
        above -= 1;
        let line = &lines[above];
        if line.column > 0 {
            continue;
        }
        if !matches!(line.kind, LineKind::Dash { .. }) {
            break;
        }
        first_item = Some(above);
    }
    let first_item = first_item?;
    let line = &lines[above];
    let t = line.span.of(text).trim();
    let remnant = line.column == 0
        && matches!(line.kind, LineKind::Paragraph)
        && t.chars().count() <= 12
        && t.split_whitespace().count() <= 3
        && !t.ends_with(['.', ';', ',', '!', '?']);
    if !remnant {
        return None;
    }
    let signature_beside = lines[above + 1..first_item].iter().any(|l| {
        l.row == line.row
            && l.column > 0
            && (matches!(l.kind, LineKind::Authority { .. }) || is_position_line(text, l))
    });
    signature_beside.then_some(above)
}

/// The recipients' label as a scan left it: the whole line, its colon if it kept one.
fn label_read_from(text: &str, span: Span) -> LineKind {
    let t = span.of(text);
    let head = t.strip_suffix(':');
    let colon = head.map(|_| Span::new(span.end - 1, span.end));
    let label_end = span.start + head.unwrap_or(t).trim_end().len() as u32;
    LineKind::NoiNhan {
        label: Span::new(span.start, label_end),
        colon,
        rest: Span::new(span.end, span.end),
    }
}

/// A recipient line that heads a group: a body, a colon, then its units (`- VPCP: BTCN, các
/// PCN, Trợ lý TTg;`, `- Các sở, ngành: Tài chính, Xây dựng,`).
fn opens_a_group(text: &str, line: &Line) -> bool {
    let LineKind::Dash { rest, .. } = &line.kind else {
        return false;
    };
    let rest = rest.of(text).trim_end();
    rest.find(':')
        .is_some_and(|k| k > 0 && k + 1 < rest.len() && rest[..k].split_whitespace().count() <= 6)
}

/// A contact note or the agency's contact details: a phone, e-mail, fax, address or website
/// label and its colon (`Số điện thoại liên hệ đăng ký dự họp: 0902…`, `Email: vp@…`).
fn is_contact_note(t: &str) -> bool {
    let Some((label, _)) = t.split_once(':') else {
        return false;
    };
    let label = skeleton(label.trim());
    label.split_whitespace().count() <= 12
        && [
            "so dien thoai",
            "dien thoai",
            "dt",
            "email",
            "e-mail",
            "fax",
            "website",
            "dia chi",
            "lien he",
        ]
        .iter()
        .any(|o| label == *o || label.starts_with(&format!("{o} ")))
}

fn looks_like_recipient(t: &str) -> bool {
    // A scan's speck glued before the dash (`~- Như trên;`) leaves the line no dash item.
    let t = scanned_dash_len(t).map_or(t, |n| &t[n..]);
    t.chars().next().is_some_and(crate::text::fold::is_capital)
        && t.trim_end().ends_with([';', '.'])
}

/// The length of a recipient's dash that a scan's speck stands glued before (`~- `, `_- `),
/// with the spaces after it.
pub(crate) fn scanned_dash_len(t: &str) -> Option<usize> {
    let rest = t.trim_start_matches(['~', '`', '_', '\'', '.', '¬']);
    let specks = t.len() - rest.len();
    if specks == 0 || specks > 2 {
        return None;
    }
    let after = rest.strip_prefix(['-', '–'])?;
    let body = after.trim_start();
    (body.len() < after.len()).then_some(t.len() - body.len())
}

/// The last authority line before the first appendix that follows an authority line: the
/// forms an appendix holds have signature blocks of their own (`TM. BAN CÔNG TÁC MẶT TRẬN`).
fn last_authority(text: &str, doc: &Document, from: usize) -> Option<usize> {
    let n = doc.lines.len();
    let is_authority = |i: usize| matches!(kind_at(&doc.lines, i), LineKind::Authority { .. });
    let first = (from..n).find(|&i| is_authority(i))?;
    let limit = (first + 1..n)
        .find(|&i| is_appendix_start(text, &doc.lines, i))
        .unwrap_or(n);
    (first..limit).rev().find(|&i| is_authority(i))
}

/// A position line in capitals followed by a name, near the end: a signature with no Nơi nhận.
fn bare_signature(text: &str, doc: &Document, from: usize) -> Option<usize> {
    let n = doc.lines.len();
    let mut i = (from..n).rev().find(|&i| {
        (is_position_line(text, &doc.lines[i]) || is_sentence_case_position(text, &doc.lines, i))
            && (i + 1..n.min(i + 4)).any(|j| is_person_name(doc.lines[j].span.of(text)))
    })?;
    // A position wrapped in its column (`CHỦ TỊCH` / `NƯỚC CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM`)
    // starts on the line right above, which opens with a position; the line found goes on
    // with the body it is held in.
    let lines = &doc.lines;
    if i > from
        && !lines[i].blank_before
        && lines[i - 1].column == lines[i].column
        && lines[i - 1].row + 1 == lines[i].row
        && is_position_line(text, &lines[i - 1])
        && opens_with_position(lines[i - 1].span.of(text))
        && !opens_with_position(lines[i].span.of(text))
    {
        i -= 1;
    }
    Some(i)
}

/// A place-and-date line set at the end, over signature blocks side by side (a record's
/// parties, read one after the other): the block right under the date is the issuer's, as the
/// date and the signature share the right-hand column.
fn signature_under_the_date(text: &str, doc: &Document, from: usize) -> Option<usize> {
    let n = doc.lines.len();
    let date = (from..n)
        .rev()
        .find(|&i| matches!(kind_at(&doc.lines, i), LineKind::PlaceDate(_)))?;
    let i = date + 1;
    (i < n
        && is_position_line(text, &doc.lines[i])
        && (i + 1..n.min(i + 4)).any(|j| is_person_name(doc.lines[j].span.of(text))))
    .then_some(i)
}

/// The last line in capitals, under the body's last sentence, naming the issuer (`CÔNG TY CỔ
/// PHẦN BCG ENERGY`, `THƯỜNG TRỰC ỦY BAN VĂN HÓA VÀ XÃ HỘI` of a committee headed `ỦY BAN VĂN
/// HÓA VÀ XÃ HỘI`): a body signing as a whole, with no name under it.
fn signed_in_the_issuers_name(text: &str, doc: &Document, from: usize) -> Option<usize> {
    let last = doc.lines.len().checked_sub(1)?;
    // The issuer's last body, whatever lines it was wrapped over.
    let words = |t: &str| {
        fold_case(t)
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ")
    };
    let body = doc.header.issuer_bodies.last()?;
    let issuer = words(
        &body
            .iter()
            .map(|s| s.of(text))
            .collect::<Vec<_>>()
            .join(" "),
    );
    let t = doc.lines[last].span.of(text).trim();
    let sentence_above = last > from && doc.lines[last - 1].span.of(text).trim_end().ends_with('.');
    // Or the body the last sentence names as the one reporting (`…, Ban Chấp hành Đảng bộ tỉnh
    // trân trọng báo cáo Đại hội.` over `BAN CHẤP HÀNH ĐẢNG BỘ TỈNH`).
    let named_above = || {
        let signed = words(t);
        let sentence = (last.saturating_sub(2).max(from)..last)
            .map(|i| doc.lines[i].span.of(text))
            .collect::<Vec<_>>()
            .join(" ");
        signed.split_whitespace().count() >= 3 && words(&sentence).contains(&signed)
    };
    (sentence_above
        && is_position_line(text, &doc.lines[last])
        && (issuer.split_whitespace().count() >= 2 && words(t).ends_with(issuer.as_str())
            || named_above()))
    .then_some(last)
}

/// A position in sentence case (`Chủ tịch Quốc hội`): a web copy's, over the `(Đã ký)` the page
/// puts where the signature was, or a draft's, over the name. The mark or the name is the next
/// line of the position's own column (the recipients beside it are read in between).
fn is_sentence_case_position(text: &str, lines: &[Line], i: usize) -> bool {
    let t = lines[i].span.of(text).trim();
    let column = lines[i].column;
    // The mark, or the signer's name beside the recipients or in capitals (`Tổng cục trưởng` /
    // `NGUYỄN NGỌC ANH`, a draft of the Tổng cục THADS); a line of prose in column 0 over a
    // name in sentence case is no block.
    let signs = |next: &str| {
        fold_case(next).starts_with("(đã ký")
            || ((column > 0 || is_upper(next)) && is_person_name(next))
    };
    let alone = |k: usize| {
        let row = lines[k].row;
        lines.get(k + 1).is_none_or(|l| l.row != row) && lines[k - 1].row != row
    };
    let signed_under = || {
        for (k, l) in lines.iter().enumerate().skip(i + 1).take(12) {
            let next = l.span.of(text).trim();
            if next.is_empty() {
                continue;
            }
            // The next line of the position's own column decides.
            if l.column == column {
                return signs(next);
            }
            // Under a position in the right column, a line alone on its row and no
            // recipient's may be that column's once the recipients beside it have ended.
            if column > 0
                && l.column == 0
                && !matches!(l.kind, LineKind::Dash { .. })
                && alone(k)
                && signs(next)
            {
                return true;
            }
        }
        false
    };
    matches!(lines[i].kind, LineKind::Paragraph)
        && t.split_whitespace().count() <= 10
        && !t.ends_with([';', ',', ':', '.'])
        && crate::recognize::clues::is_position_words(t)
        && signed_under()
}

/// Position and authority lines: short, in capitals (`PHÓ GIÁM ĐỐC`, `CHỦ TỊCH`).
fn is_position_line(text: &str, line: &Line) -> bool {
    let t = line.span.of(text).trim();
    matches!(line.kind, LineKind::Paragraph)
        && (is_upper(t) || crate::recognize::clues::is_garbled_title(t))
        && t.chars()
            .filter(|c| crate::text::fold::is_letter(*c))
            .count()
            >= 3
        && t.split_whitespace().count() <= 10
        && !t.ends_with([';', ':'])
}

/// A line that stops where its phrase cannot end (`… GIÁO DỤC VÀ`, `… CỦA`, a trailing comma or
/// hyphen): the next line goes on with it.
fn ends_open(t: &str) -> bool {
    let t = t.trim_end();
    t.ends_with([',', '-', '–', '&'])
        || t.rsplit(' ').next().is_some_and(|w| {
            matches!(
                crate::text::case::lower_str(w).as_str(),
                "và" | "của" | "thuộc" | "về" | "các" | "với"
            )
        })
}

/// A post with the body it is held in (`GIÁM ĐỐC SỞ NỘI VỤ`, `CHÁNH VĂN PHÒNG UBND TỈNH`): a
/// position's words, then a body's name.
fn is_signer_post(t: &str) -> bool {
    let t = t.trim();
    crate::recognize::clues::is_position_words(t)
        && t.match_indices(' ')
            .any(|(k, _)| looks_like_body_name(&t[k + 1..]))
}

fn is_appendix_start(text: &str, lines: &[Line], i: usize) -> bool {
    match &lines[i].kind {
        // `Phụ lục thống kê tin, bài …` in a table cell is prose: a heading has a number, or
        // nothing, or a title opening in capitals after it.
        LineKind::PhuLuc { rest, number } => {
            let after = rest.of(text).trim_start_matches([':', '.', '-', '–', ' ']);
            // A list of appendices in a table's cell (`Phụ lục V, Phụ lục VI,`) names them.
            let a_list = rest.of(text).trim_start().starts_with([',', ';'])
                || fold_case(after).starts_with("và ")
                || fold_case(after).contains("phụ lục");
            // A numbered heading may carry its title in capitals and its `(Ban hành kèm theo
            // …)` on the same line (an OCR or a converter that ran them together).
            let title_on_line = number.is_some() && rest.len() < 800 && {
                let head: String = after.chars().take(40).collect();
                head.chars().any(crate::text::fold::is_letter) && is_upper(&head)
            };
            !a_list
                && (rest.len() < 200 || title_on_line)
                && (number.is_some()
                    || after.is_empty()
                    || after.starts_with(|c: char| !crate::text::fold::is_lower(c)))
        }
        // An attachment without the word Phụ lục (`DỰ TOÁN` then `(Kèm theo Kế hoạch …)`),
        // but not a line beside a `PHỤ LỤC I` heading (its title, or a signature line above it).
        LineKind::Paragraph => {
            let is_phu_luc = |j: usize| matches!(lines[j].kind, LineKind::PhuLuc { .. });
            let reference = (i + 1..lines.len().min(i + 4))
                .find(|&j| matches!(lines[j].kind, LineKind::KemTheo));
            // Under a `PHỤ LỤC` heading, its title in capitals goes on over several lines.
            let under_heading = (i.saturating_sub(3)..i)
                .any(|j| is_phu_luc(j) && (j + 1..i).all(|k| is_upper(lines[k].span.of(text))));
            is_upper(lines[i].span.of(text))
                && !under_heading
                && reference.is_some_and(|r| !(i + 1..r).any(is_phu_luc))
        }
        _ => false,
    }
}

/// Where a file that holds only an appendix opens it: an appendix heading among its first
/// lines, with nothing of a header above it (a Quốc hiệu, a Tiêu ngữ, a number, a date).
fn appendix_opening(text: &str, lines: &[Line]) -> Option<usize> {
    let first = (0..lines.len().min(4)).find(|&i| is_appendix_start(text, lines, i))?;
    let framed = lines[..first].iter().any(|l| {
        matches!(
            l.kind,
            LineKind::QuocHieu
                | LineKind::TieuNgu { .. }
                | LineKind::PartyHeading
                | LineKind::So(_)
                | LineKind::PlaceDate(_)
        )
    });
    // A header after it (an appendix heading in a document's own first lines) is a document.
    let header_below = lines.iter().skip(first).take(12).any(|l| {
        matches!(
            l.kind,
            LineKind::QuocHieu | LineKind::TieuNgu { .. } | LineKind::PartyHeading
        )
    });
    (!framed && !header_below).then_some(first)
}

fn is_referenced_appendix_start(text: &str, lines: &[Line], i: usize) -> bool {
    is_appendix_start(text, lines, i)
        && (i + 1..lines.len().min(i + 5)).any(|j| matches!(lines[j].kind, LineKind::KemTheo))
}

fn find_appendices(text: &str, doc: &mut Document, from: usize, n: usize) {
    // Title lines in capitals one under the other over one `(Kèm theo …)` (a regulation's
    // code, then its name: `QCVN 16-1:2025/BYT` / `QUY CHUẨN KỸ THUẬT QUỐC GIA …`) open one
    // appendix, headed by the line nearest the reference: (first line, heading) pairs.
    let is_title = |i: usize| matches!(doc.lines[i].kind, LineKind::Paragraph);
    let mut heads: Vec<(usize, usize)> = Vec::new();
    // A `PHỤ LỤC 1` heading's title in capitals over several lines: its last line, over the
    // reference, is no heading of its own.
    const TITLE_LINES: usize = 8;
    let title_line = |j: usize| {
        is_title(j)
            && !doc.lines[j].blank_before
            && crate::recognize::clues::mostly_upper(doc.lines[j].span.of(text))
    };
    for s in (from..n).filter(|&i| is_appendix_start(text, &doc.lines, i)) {
        match heads.last_mut() {
            Some((_, heading)) if *heading + 1 == s && is_title(*heading) && is_title(s) => {
                *heading = s;
            }
            Some((_, heading))
                if !is_title(*heading)
                    && s > *heading
                    && s - *heading <= TITLE_LINES
                    && (*heading + 1..=s).all(title_line) => {}
            _ => heads.push((s, s)),
        }
    }
    for (k, &(opens, heading)) in heads.iter().enumerate() {
        let end = heads.get(k + 1).map_or(n, |&(next, _)| next);
        // A heading run together with its title and its `(Ban hành kèm theo …)` by an OCR or
        // a converter holds its own reference.
        let own_line = {
            let f = fold_case(doc.lines[heading].span.of(text));
            (f.contains("(ban hành kèm theo ") || f.contains("(kèm theo ")).then_some(heading)
        };
        // Under the heading and its title lines.
        let title_end = (heading + 1..end.min(heading + 1 + TITLE_LINES))
            .find(|&j| !title_line(j))
            .unwrap_or(heading + 1);
        let reference = own_line
            .or_else(|| {
                (heading + 1..end.min(title_end.max(heading + 4) + 1))
                    .find(|&j| matches!(doc.lines[j].kind, LineKind::KemTheo))
            })
            // An OCR that reorders a page may set the reference just above the heading, below
            // the previous appendix's content.
            .or_else(|| {
                let taken = doc.appendices.last().and_then(|a| a.reference);
                (heading.saturating_sub(3)..heading).rev().find(|&j| {
                    matches!(doc.lines[j].kind, LineKind::KemTheo)
                        && Some(j) != taken
                        && doc.appendices.last().is_some_and(|a| a.heading < j)
                })
            });
        doc.appendices.push(Appendix {
            heading,
            reference,
            lines: opens..end,
        });
    }
}

/// Party documents (`ĐẢNG CỘNG SẢN VIỆT NAM`, `Số 12-KH/TU`) and VBQPPL (`Số:
/// 28/2025/QĐ-UBND`, a Thông tư, a Luật).
fn detect_regime(text: &str, doc: &Document) -> Regime {
    if let Some(i) = doc.header.party_heading {
        // The Youth Union's heading stands where the Party's does; its format is its own.
        let heading = crate::text::fold::skeleton(doc.lines[i].span.of(text));
        if heading.trim_start().starts_with("doan") {
            return Regime::YouthUnion;
        }
        return Regime::Party;
    }
    // A Kết luận or a Thông tri alone does not make a Party document: a state body that heads
    // one so is told (TL002).
    if doc
        .title
        .as_ref()
        .and_then(|t| t.doc_type)
        .map(|t| t.family)
        == Some(crate::model::doctype::Family::Legal)
    {
        return Regime::Qppl;
    }
    if let Some(i) = doc.header.so {
        if let LineKind::So(p) = &doc.lines[i].kind {
            if p.party {
                return Regime::Party;
            }
            let year_part = p
                .parts
                .first()
                .is_some_and(|s| s.len() == 4 && s.of(text).bytes().all(|b| b.is_ascii_digit()));
            // `28/2025/QĐ-UBND`, and a law's or a Quốc hội resolution's `248/2025/QH15`.
            let assembly = p.parts.get(1).is_some_and(|s| {
                let k = s.of(text);
                k.starts_with("QH") || k.starts_with("UBTVQH")
            });
            let parts: Vec<&str> = p.parts.iter().map(|s| s.of(text)).collect();
            if year_part
                && (assembly || (p.parts.len() >= 3 && vbqppl_code(&parts)))
                // A chỉ thị (a VBQPPL of the UBND until 2016) directs without articles.
                && (doc.body.is_empty() || parts.get(1) == Some(&"CT") || enacts(doc))
            {
                return Regime::Qppl;
            }
        }
    }
    Regime::Nd30
}

/// Whether a ký hiệu after its year (`QĐ`, `UBND` of `28/2025/QĐ-UBND`) names a type of legal
/// normative document and a body that may issue one (Luật 64/2025/QH15 Đ4; `CT`, the chỉ thị,
/// was one until 2016): a contract's `01/2025/HĐ-DV`, a company's `12/2025/QĐ-HĐQT` or a sở's
/// `05/2025/QĐ-SYT` carry a year but are no VBQPPL.
fn vbqppl_code(parts: &[&str]) -> bool {
    const TYPES: &str = "QĐ|NQ|TT|TTLT|NĐ|NQLT|PL|L|CT|LCTN";
    const BODIES: &str = "UBND|HĐND|TTg|CP|CTN|TANDTC|VKSNDTC|KTNN|NHNN|TTCP|HĐTP|UBDT";
    let Some(kind) = parts.get(1) else {
        return false;
    };
    TYPES.split('|').any(|t| t == *kind)
        && parts[2..].iter().any(|b| {
            BODIES.split('|').any(|k| k == *b)
                // A ministry: `BCT`, `BTC`, `BGDĐT`, `BNNMT`.
                || (b.len() >= 3
                    && b.starts_with('B')
                    && b.chars().all(|c| c.is_ascii_uppercase() || c == 'Đ'))
        })
}

/// Whether the document has an enacting form: căn cứ, an enacting line (`QUYẾT ĐỊNH:`) or
/// articles. A body of prose alone under a year-numbered ký hiệu is not enough to call the
/// document a VBQPPL.
fn enacts(doc: &Document) -> bool {
    doc.lines.iter().any(|l| {
        matches!(
            l.kind,
            LineKind::CanCu | LineKind::Enacting | LineKind::Dieu { .. }
        )
    })
}

/// A line that holds a header of its own (`ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
/// …`): the plan or regulation a decision sends out, run on after the Lưu; never the Lưu's
/// units.
fn holds_a_header(t: &str) -> bool {
    crate::text::phrases::find(t, crate::text::phrases::QUOC_HIEU).is_some_and(|m| {
        crate::recognize::clues::mostly_upper(&t[m.start as usize..m.end as usize])
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::recognize::clues::is_person_name;

    fn doc(text: &str) -> Document {
        crate::parse(text).document
    }

    /// Word's empty paragraphs in a saved page's closing (`<p>&nbsp;</p>`) are blank lines: no
    /// stray text (NN009 said "Dòng \" \"" eight times on a commune's decision).
    #[test]
    fn empty_paragraphs_of_a_saved_page_are_no_stray_lines() {
        let page = "<p>Nơi nhận:</p><p>- Như trên;</p><p>&nbsp;</p><p>- Lưu: VT.</p><p>&nbsp;&nbsp;</p><p>GIÁM ĐỐC</p><p>&nbsp;</p><p>Nguyễn Văn An</p>";
        let source = crate::Source::from_html(page.as_bytes()).unwrap();
        let parsed =
            crate::parse_source(source, crate::InputFormat::Html, &crate::Limits::default());
        let d = &parsed.document;
        assert!(d.closing.stray.is_empty(), "{:?}", d.closing.stray);
        assert!(d.closing.signature.name.is_some());
        assert_eq!(d.closing.noi_nhan.as_ref().map(|n| n.items.len()), Some(2));
    }

    #[test]
    fn signer_names_in_capitals_and_positions_in_title_case() {
        let d = doc("Nơi nhận:\n- Như trên;\n- Lưu: VT.\nGIÁM ĐỐC\nNGUYỄN VĂN AN\n");
        assert_eq!(d.closing.signature.positions, vec![3]);
        assert_eq!(d.closing.signature.name, Some(4));
        let d =
            doc("Nơi nhận:\n- Như trên;\n- Lưu: VT.\nKT. GIÁM ĐỐC\nPhó Giám Đốc\nNguyễn Văn An\n");
        assert_eq!(d.closing.signature.name, Some(5));
        let d = doc("Nơi nhận:\n- Như trên;\n- Lưu: VT.\nGIÁM ĐỐC\nPGS. TS. Nguyễn Văn An\n");
        assert_eq!(d.closing.signature.name, Some(4));
        // `Tổng` is a family name as well as the start of `Tổng Giám đốc`.
        let d = doc("Nơi nhận:\n- Như trên;\n- Lưu: VT.\nPHÓ CHỦ TỊCH\nTổng Thanh Hải\n");
        assert_eq!(d.closing.signature.name, Some(4));
    }

    /// A VBQPPL is told by a year in its number, a type and a body that may issue one, and an
    /// enacting form (căn cứ, `QUYẾT ĐỊNH:`, articles); the heads are those of real documents
    /// (QĐ 07/2025/QĐ-UBND of Thái Nguyên, NĐ 285/2025/NĐ-CP, TT 51/2025/TT-BYT, the dev set).
    #[test]
    fn a_vbqppl_is_told_by_its_number_its_issuer_and_its_enacting_form() {
        let regime = |text: &str| doc(text).regime;
        let body = "Căn cứ Luật Tổ chức chính quyền địa phương số 72/2025/QH15;\nQUYẾT ĐỊNH:\nĐiều 1. Phạm vi điều chỉnh\n";
        for head in [
            "ỦY BAN NHÂN DÂN\nTỈNH THÁI NGUYÊN\nSố: 07/2025/QĐ-UBND\nThái Nguyên, ngày 10 tháng 9 năm 2025\nQUYẾT ĐỊNH\nBan hành Quy định quản lý nhà nước về giá\n",
            "CHÍNH PHỦ\nSố: 285/2025/NĐ-CP\nHà Nội, ngày 03 tháng 11 năm 2025\nNGHỊ ĐỊNH\nQuy định chi tiết\n",
            "BỘ Y TẾ\nSố: 51/2025/TT-BYT\nHà Nội, ngày 31 tháng 12 năm 2025\nTHÔNG TƯ\nBan hành Quy chuẩn kỹ thuật\n",
            "HỘI ĐỒNG NHÂN DÂN\nTỈNH LÀO CAI\nSố: 12/2025/NQ-HĐND\nLào Cai, ngày 10 tháng 12 năm 2025\nNGHỊ QUYẾT\nQuy định mức chi\n",
            "BỘ GIÁO DỤC VÀ ĐÀO TẠO\nSố: 22/2025/TT-BGDĐT\nHà Nội, ngày 30 tháng 9 năm 2025\nTHÔNG TƯ\nQuy định về thi\n",
        ] {
            assert_eq!(regime(&format!("{head}{body}")), Regime::Qppl, "{head}");
        }
        // A chỉ thị of the UBND, a VBQPPL until 2016 (CT 09/2009/CT-UBND of Bình Dương), directs
        // without căn cứ or articles.
        let chi_thi = "ỦY BAN NHÂN DÂN\nTỈNH BÌNH DƯƠNG\nSố: 09/2009/CT-UBND\nThủ Dầu Một, ngày 15 tháng 4 năm 2009\nCHỈ THỊ\nVề việc đẩy mạnh hoạt động khoa học và công nghệ cấp cơ sở\n\nTrong những năm qua, hoạt động khoa học và công nghệ đã có bước phát triển.\nỦy ban nhân dân tỉnh chỉ thị các sở, ngành thực hiện tốt các nội dung sau.\n";
        assert_eq!(regime(chi_thi), Regime::Qppl);
        // A year in the number alone is not enough: a contract, a company's or a sở's decision,
        // a plan, and a decision of the UBND with a year but no enacting form.
        for (head, rest) in [
            ("CÔNG TY TNHH AN PHÁT\nSố: 01/2025/HĐ-DV\nHà Nội, ngày 10 tháng 9 năm 2025\nHỢP ĐỒNG DỊCH VỤ\n", body),
            ("CÔNG TY CỔ PHẦN AN PHÁT\nSố: 12/2025/QĐ-HĐQT\nHà Nội, ngày 10 tháng 9 năm 2025\nQUYẾT ĐỊNH\nVề việc bổ nhiệm\n", body),
            ("SỞ Y TẾ TỈNH LÀO CAI\nSố: 05/2025/QĐ-SYT\nLào Cai, ngày 10 tháng 9 năm 2025\nQUYẾT ĐỊNH\nVề việc thành lập tổ công tác\n", body),
            ("UBND TỈNH LÀO CAI\nSố: 15/2025/KH-UBND\nLào Cai, ngày 10 tháng 9 năm 2025\nKẾ HOẠCH\nTổ chức hội nghị\n", body),
            ("UBND TỈNH LÀO CAI\nSố: 15/2025/QĐ-UBND\nLào Cai, ngày 10 tháng 9 năm 2025\nQUYẾT ĐỊNH\nVề việc khen thưởng\n", "\nKhen thưởng các tập thể có thành tích xuất sắc trong năm 2025.\nGiao Sở Nội vụ thực hiện.\n"),
        ] {
            assert_eq!(regime(&format!("{head}{rest}")), Regime::Nd30, "{head}{rest}");
        }
    }

    /// A web copy's signature block keeps the site's sentence case for the position, over the
    /// `(Đã ký)` the page puts for the signature; a sentence-case line with no such mark is prose.
    #[test]
    fn a_web_copy_s_position_over_its_signed_mark() {
        let head = "QUỐC HỘI\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nHà Nội, ngày 28 tháng 11 năm 2013\n\nHIẾN PHÁP\n\nĐiều 1\nNước Cộng hòa xã hội chủ nghĩa Việt Nam là một nước độc lập.\nHiến pháp này đã được Quốc hội thông qua ngày 28 tháng 11 năm 2013.\n";
        let text = format!("{head}Chủ tịch Quốc hội\n(Đã ký)\n\nNguyễn Sinh Hùng\n");
        let d = doc(&text);
        let at = |i: usize| d.lines[i].span.of(&text);
        let sig = &d.closing.signature;
        assert_eq!(
            sig.positions.iter().map(|&i| at(i)).collect::<Vec<_>>(),
            ["Chủ tịch Quốc hội"]
        );
        assert_eq!(sig.name.map(at), Some("Nguyễn Sinh Hùng"));
        let text = format!("{head}Chủ tịch Quốc hội\nNguyễn Sinh Hùng\n");
        assert!(doc(&text).closing.signature.positions.is_empty());
        // Beside the recipients, the mark is the next line of the position's column.
        let text = format!("{head}Nơi nhận:\tKT/ bộ trưởng bộ tài chính\n- Văn phòng TW Đảng\tThứ trưởng\n- VP Quốc hội\n- Công báo.\t(Đã ký)\n- Lưu: VP.\tTrương Chí Trung\n");
        let d = doc(&text);
        let at = |i: usize| d.lines[i].span.of(&text);
        let sig = &d.closing.signature;
        assert_eq!(
            sig.positions.iter().map(|&i| at(i)).collect::<Vec<_>>(),
            ["Thứ trưởng"]
        );
    }

    /// A scan of a block under a seal (Trường ĐH Công Thương, 753/KH-DCT): the Lưu line that
    /// lacks its period ends where a stray line of specks stands under it; the garbled position
    /// after the specks is none of the Lưu's units.
    #[test]
    fn the_luu_item_ends_at_a_stray_line_under_it() {
        let text = "Nơi nhận:\n- BGH (Đ/c);\n- Lưu: VT, QLUCL\n” xÓi\n`N\nNHƯ hưởng\n";
        let d = doc(text);
        let nn = d.closing.noi_nhan.as_ref().unwrap();
        assert_eq!(nn.items.last().map(|it| it.lines.clone()), Some(vec![2]));
        let report = crate::check_str(text, &crate::Config::default());
        let nn005: Vec<_> = report
            .diagnostics
            .iter()
            .filter(|d| d.code == "NN005")
            .map(|d| d.span.of(text))
            .collect();
        assert_eq!(nn005, ["- Lưu: VT, QLUCL"]);
        // Right under it, a line goes on with it (`- Lưu: VP (HC, TH)` / `TCT (HC, NV3).`).
        let d = doc("Nơi nhận:\n- Như trên;\n- Lưu: VP (HC, TH)\nTCT (HC, NV3).\n");
        let nn = d.closing.noi_nhan.as_ref().unwrap();
        assert_eq!(nn.items.last().map(|it| it.lines.clone()), Some(vec![2, 3]));
    }

    /// A draft's position in sentence case beside the recipients, the name in capitals alone
    /// on its row below (Tổng cục THADS, 2020): the position and the signer.
    #[test]
    fn a_sentence_case_position_beside_the_recipients_over_the_name() {
        let text = "Điều 4. Các ông, bà có tên tại Điều 1 chịu trách nhiệm thi hành Quyết định này./.\n\nNơi nhận:\n- Như Điều 4;                                         Tổng cục trưởng\n- ...............................\n\n\n\n                                                NGUYỄN NGỌC ANH\n";
        let d = doc(text);
        let at = |i: usize| d.lines[i].span.of(text);
        let sig = &d.closing.signature;
        assert_eq!(
            sig.positions.iter().map(|&i| at(i)).collect::<Vec<_>>(),
            ["Tổng cục trưởng"]
        );
        assert_eq!(sig.name.map(at), Some("NGUYỄN NGỌC ANH"));
        let report = crate::check_str(text, &crate::Config::default());
        let codes: Vec<_> = report.diagnostics.iter().map(|d| d.code).collect();
        // The position not in capitals is reported, and nothing is "missing".
        assert!(codes.contains(&"CK008"), "{codes:?}");
        assert!(
            !codes
                .iter()
                .any(|c| matches!(*c, "CK001" | "CK002" | "NN009")),
            "{codes:?}"
        );
        // A recipient in sentence case (its `;`) over a name is none.
        let text = text.replace("Tổng cục trưởng", "Tổng cục trưởng;");
        let d = doc(&text);
        assert!(!d
            .closing
            .signature
            .positions
            .iter()
            .any(|&i| d.lines[i].span.of(&text).starts_with("Tổng")));
    }

    /// A form among the appendices (a report to fill in) has its own Nơi nhận and signature
    /// placeholders; the document's closing is the one before the first appendix.
    #[test]
    fn a_form_s_closing_in_an_appendix_is_not_the_document_s() {
        let lines = crate::test_corpus::signed_decision(&[
            "PHỤ LỤC",
            "(Kèm theo Quyết định số 12/QĐ-UBND ngày 05 tháng 3 năm 2026 của Ủy ban nhân dân tỉnh Lào Cai)",
            "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
            "Độc lập - Tự do - Hạnh phúc",
            "BÁO CÁO",
            "về tình hình chất lượng công trình năm ..... (1).....",
            "I. Số lượng công trình",
            "Nơi nhận:",
            "- Như trên;",
            "- Lưu: ......",
            "THỦ TRƯỞNG CƠ QUAN",
            "(Chữ ký, ghi rõ họ tên và đóng dấu)",
        ]);
        let text = lines.join("\n");
        let d = doc(&text);
        let at = |i: usize| d.lines[i].span.of(&text);
        let nn = d.closing.noi_nhan.as_ref().unwrap();
        assert_eq!(at(nn.luu.unwrap()), "- Lưu: VT, VP.");
        assert_eq!(at(d.closing.signature.name.unwrap()), "Nguyễn Văn An");
        assert_eq!(d.appendices.len(), 1);
        assert_eq!(at(d.appendices[0].heading), "PHỤ LỤC");
    }

    /// A table's cell that lists the appendices a text amends (pdftotext -layout of a
    /// comparison table) opens none; a heading after the signature still does.
    #[test]
    fn a_list_of_appendices_in_a_cell_is_no_heading() {
        let text = "BỘ LAO ĐỘNG\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\tĐộc lập - Tự do - Hạnh phúc\nSố: 169/QĐ-BLĐTBXH\tHà Nội, ngày 05 tháng 02 năm 2025\n\nQUYẾT ĐỊNH\nVề việc công bố\n\nĐiều 1. Công bố.\n\nNơi nhận:\n- Như trên;\n- Lưu: VT.\nKT. BỘ TRƯỞNG\nTHỨ TRƯỞNG\nLê Văn Thanh\n\nPHỤ LỤC\n(Kèm theo Quyết định số 169/QĐ-BLĐTBXH ngày 05 tháng 02 năm 2025)\n\n     ngoài theo hợp đồng             Phụ lục V, Phụ lục VI,    trưởng Bộ Lao động\n                                     Phụ lục VII, Phụ lục      hội quy định chi tiết\n                                     lục X và Phụ lục XI       nước ngoài\n";
        let d = doc(text);
        assert_eq!(d.appendices.len(), 1);
        assert_eq!(d.lines[d.appendices[0].heading].span.of(text), "PHỤ LỤC");
    }

    /// A regulation issued with a Thông tư: its code and its name in capitals over one
    /// `(Kèm theo …)` line are one appendix, as is each appendix after it.
    #[test]
    fn a_code_line_over_an_appendix_title_opens_the_same_appendix() {
        let text = "BỘ Y TẾ\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\tĐộc lập - Tự do - Hạnh phúc\nSố: 51/2025/TT-BYT\tHà Nội, ngày 31 tháng 12 năm 2025\n\nTHÔNG TƯ\nBan hành Quy chuẩn kỹ thuật\n\nĐiều 1. Ban hành kèm theo Thông tư này Quy chuẩn.\n\nNơi nhận:\n- Như trên;\n- Lưu: VT.\nKT. BỘ TRƯỞNG\nTHỨ TRƯỞNG\nĐỗ Xuân Tuyên\n\nQCVN 16-1:2025/BYT\n\nQUY CHUẨN KỸ THUẬT QUỐC GIA ĐỐI VỚI THUỐC LÁ ĐIẾU\n\n(Kèm theo Thông tư số 51/2025/TT-BYT ngày 31 tháng 12 năm 2025 của Bộ Y tế)\n\nI. QUY ĐỊNH CHUNG\n\nDANH MỤC MẪU\n(Kèm theo Thông tư số 51/2025/TT-BYT ngày 31 tháng 12 năm 2025 của Bộ Y tế)\n\nMẫu số 01.\n";
        let d = doc(text);
        let at = |i: usize| d.lines[i].span.of(text);
        let read: Vec<(&str, &str)> = d
            .appendices
            .iter()
            .map(|a| (at(a.lines.start), at(a.heading)))
            .collect();
        assert_eq!(
            read,
            [
                (
                    "QCVN 16-1:2025/BYT",
                    "QUY CHUẨN KỸ THUẬT QUỐC GIA ĐỐI VỚI THUỐC LÁ ĐIẾU"
                ),
                ("DANH MỤC MẪU", "DANH MỤC MẪU"),
            ]
        );
        assert!(d.appendices.iter().all(|a| a.reference.is_some()));
    }

    fn trich_yeu_of(text: &str) -> Vec<String> {
        let d = doc(text);
        let t = d.title.expect("a title");
        t.trich_yeu
            .iter()
            .map(|&i| d.lines[i].span.of(text).to_owned())
            .collect()
    }

    #[test]
    fn a_trich_yeu_in_capitals_above_the_can_cu_is_no_authority() {
        let head = "CHÍNH PHỦ\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\tĐộc lập - Tự do - Hạnh phúc\nSố: 285/2025/NĐ-CP\tHà Nội, ngày 03 tháng 11 năm 2025\n\n";
        let text = format!("{head}NGHỊ ĐỊNH\nBÃI BỎ MỘT SỐ NGHỊ ĐỊNH CỦA CHÍNH PHỦ\nCăn cứ Luật Tổ chức Chính phủ;\n");
        assert_eq!(
            trich_yeu_of(&text),
            ["BÃI BỎ MỘT SỐ NGHỊ ĐỊNH CỦA CHÍNH PHỦ"]
        );
        // The authority's line of a Quyết định names a position.
        let text = format!("{head}QUYẾT ĐỊNH\nVề việc thành lập Ban\nCHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH\nCăn cứ Luật;\n");
        assert_eq!(trich_yeu_of(&text), ["Về việc thành lập Ban"]);
    }

    /// A thông báo's trích yếu wrapped over lines with no blank line under it, then the body's
    /// first sentence opening with the meeting's date: the sentence is not the title's.
    #[test]
    fn a_sentence_opening_with_its_date_ends_the_trich_yeu() {
        let head = "ỦY BAN NHÂN DÂN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nTỈNH LÂM ĐỒNG\tĐộc lập - Tự do - Hạnh phúc\nSố: 23/TB-UBND\tLâm Đồng, ngày 26 tháng 01 năm 2026\n\nTHÔNG BÁO\nKết luận của Phó Chủ tịch UBND tỉnh tại cuộc họp\nnghe báo cáo tiến độ giảm nghèo bền vững\n";
        for sentence in [
            "Ngày 12/11/2024, tại trụ sở UBND tỉnh, Phó Chủ tịch UBND tỉnh chủ trì cuộc họp",
            "Ngày 05 tháng 3 năm 2025, Phó Chủ tịch UBND tỉnh chủ trì cuộc họp",
        ] {
            let text = format!("{head}{sentence}\n");
            assert_eq!(
                trich_yeu_of(&text),
                [
                    "Kết luận của Phó Chủ tịch UBND tỉnh tại cuộc họp",
                    "nghe báo cáo tiến độ giảm nghèo bền vững"
                ]
            );
        }
    }

    /// A thông báo's trích yếu with the body's first sentence right under it, no blank line
    /// between: a sentence opening as only a sentence does is not the title's.
    #[test]
    fn a_sentence_opening_as_a_body_does_ends_the_trich_yeu() {
        let head = "ỦY BAN NHÂN DÂN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nTHÀNH PHỐ HÀ NỘI\tĐộc lập - Tự do - Hạnh phúc\nSố: 453/TB-UBND\tHà Nội, ngày 29 tháng 4 năm 2026\n\nTHÔNG BÁO\nVề việc treo cờ Tổ quốc\n";
        let text = format!("{head}Nhân dịp Đại hội đại biểu toàn quốc Mặt trận Tổ quốc Việt Nam lần thứ XI, các cơ quan treo cờ Tổ quốc.\n");
        assert_eq!(trich_yeu_of(&text), ["Về việc treo cờ Tổ quốc"]);
    }

    /// A legal document's title in capitals, one paragraph a line (a web page's), cut
    /// mid-phrase and mid-word: it goes on to the căn cứ; an authority's line ends it.
    #[test]
    fn a_trich_yeu_in_capitals_cut_into_paragraphs() {
        let head = "BỘ Y TẾ\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\tĐộc lập - Tự do - Hạnh phúc\nSố: 45/2025/TT-BYT\tHà Nội, ngày 10 tháng 11 năm 2025\n\n";
        let text = format!("{head}THÔNG TƯ\n\nBÃI BỎ THÔNG TƯ SỐ 31/2015/TT-BYT NGÀY 14 THÁNG 10 NĂM 2015\n\nCỦA BỘ TRƯỞNG BỘ Y TẾ QUY ĐỊNH VIỆC ÁP DỤNG CHẾ ĐỘ BỒI\n\nDƯỠNG, THỜI GIAN GIÁM ĐỊNH ĐỐI VỚI T\n\nỪNG LOẠI VIỆC GIÁM ĐỊNH\n\nCăn cứ Luật Ban hành văn bản quy phạm pháp luật;\n");
        assert_eq!(trich_yeu_of(&text).len(), 4, "{:?}", trich_yeu_of(&text));
        let text = format!("{head}NGHỊ QUYẾT\n\nVỀ VIỆC BAN HÀNH QUY ĐỊNH\n\nHỘI ĐỒNG NHÂN DÂN TỈNH LÀO CAI\n\nCăn cứ Luật Tổ chức chính quyền địa phương;\n");
        assert_eq!(trich_yeu_of(&text), ["VỀ VIỆC BAN HÀNH QUY ĐỊNH"]);
    }

    /// A trích yếu in sentence case, one paragraph a line (a web page's, a legal database's
    /// Markdown), cut before a capitalised name: the open phrase goes on; the body's first
    /// paragraph does not.
    #[test]
    fn a_trich_yeu_in_sentence_case_cut_before_names() {
        let head = "BỘ NGOẠI GIAO\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\tĐộc lập - Tự do - Hạnh phúc\nSố: 12/2025/TT-BNG\tHà Nội, ngày 10 tháng 12 năm 2025\n\n";
        let text = format!("{head}THÔNG TƯ\n\nBãi bỏ Thông tư liên tịch của Bộ Ngoại giao và\n\nTổng cục Bưu điện về phát hình của phóng viên nước ngoài tại\n\nViệt Nam qua mạng viễn thông\n\nCăn cứ Luật Ban hành văn bản quy phạm pháp luật;\n");
        assert_eq!(trich_yeu_of(&text).len(), 3, "{:?}", trich_yeu_of(&text));
        let text = format!("{head}THÔNG BÁO\n\nKết quả kiểm tra năm 2025\n\nHội đồng đã họp và thống nhất như sau:\n");
        assert_eq!(trich_yeu_of(&text), ["Kết quả kiểm tra năm 2025"]);
        // A first paragraph wrapped after the trích yếu is the body's, open as it is.
        let text = format!("{head}THÔNG BÁO\n\nKết quả kiểm tra\n\nĐề nghị các đơn vị thực hiện nghiêm túc nội dung trên\n");
        assert_eq!(trich_yeu_of(&text), ["Kết quả kiểm tra"]);
        let text = format!("{head}KẾ HOẠCH\n\nChuyển đổi số năm 2026\n\nTổng kinh phí thực hiện Kế hoạch là 2.350.000.000 đồng (Hai tỷ ba trăm năm\nmươi lăm triệu đồng chẵn).\n");
        assert_eq!(trich_yeu_of(&text), ["Chuyển đổi số năm 2026"]);
    }

    #[test]
    fn a_trich_yeu_ends_at_its_rule_and_where_capitals_give_way_to_a_citation() {
        let head = "THỦ TƯỚNG CHÍNH PHỦ\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\tĐộc lập - Tự do - Hạnh phúc\nSố: 2319/QĐ-TTg\tHà Nội, ngày 20 tháng 10 năm 2025\n\n";
        let text = format!("{head}QUYẾT ĐỊNH\nThành lập Ban Chỉ đạo quốc gia về dữ liệu\n____________\nTHỦ TƯỚNG CHÍNH PHỦ\nCăn cứ Luật;\nQUYẾT ĐỊNH:\nĐiều 1. Thành lập.\n");
        assert_eq!(
            trich_yeu_of(&text),
            ["Thành lập Ban Chỉ đạo quốc gia về dữ liệu"]
        );
        assert!(doc(&text).enacting.is_some());
        let text = format!("{head}LUẬT\nTHUẾ TIÊU THỤ ĐẶC BIỆT\nLuật Thuế tiêu thụ đặc biệt số 66/2025/QH15 ngày 14 tháng 6 năm 2025 của Quốc hội\n");
        assert_eq!(trich_yeu_of(&text), ["THUẾ TIÊU THỤ ĐẶC BIỆT"]);
        // A subtitle in sentence case stays.
        let text = format!("{head}BÁO CÁO\nTÓM TẮT\nBáo cáo thẩm tra sơ bộ dự án Luật Giáo dục đại học\n\nNội dung.\n");
        assert_eq!(trich_yeu_of(&text).len(), 2);
    }

    /// A rule drawn under the trích yếu closes the title; the line under it says the statutes
    /// are issued with a decision, and belongs to the title, not to the body.
    #[test]
    fn a_drawn_rule_between_the_title_and_the_decision_it_is_issued_with() {
        let text = "UBND TỈNH LÂM ĐỒNG\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\nĐIỀU LỆ\nHỘI GOLF TỈNH LÂM ĐỒNG\n--------\n(Kèm theo Quyết định số 12/QĐ-UBND ngày 05/3/2025 của Chủ tịch UBND tỉnh)\n\nChương I\nNHỮNG QUY ĐỊNH CHUNG\nĐiều 1. Tên gọi\n";
        let d = doc(text);
        let lines: Vec<&str> = d.lines.iter().map(|l| l.span.of(text)).collect();
        let title = d.title.as_ref().expect("a title");
        assert_eq!(
            title
                .trich_yeu
                .iter()
                .map(|&i| lines[i])
                .collect::<Vec<_>>(),
            ["HỘI GOLF TỈNH LÂM ĐỒNG"]
        );
        let issued_with = title.issued_with.expect("the decision it is issued with");
        assert_eq!(
            lines[issued_with],
            "(Kèm theo Quyết định số 12/QĐ-UBND ngày 05/3/2025 của Chủ tịch UBND tỉnh)"
        );
        // That line is the title's, not the body's: the body opens with the chapter.
        assert_eq!(lines[d.body.start], "Chương I");
    }

    #[test]
    fn a_long_drawn_rule_under_the_tieu_ngu_is_no_body() {
        let rule = "–".repeat(58);
        let text = format!("TÒA ÁN NHÂN DÂN TỐI CAO        CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n                               Độc lập - Tự do - Hạnh phúc\n                               {rule}\nSố:    /TTr-TANDTC             Hà Nội, ngày    tháng    năm 2025\n\n              TỜ TRÌNH\n        Dự án Luật Phá sản (sửa đổi)\n\n          Kính gửi: Quốc hội\n");
        let d = doc(&text);
        assert!(d.header.so.is_some() && d.header.place_date.is_some());
        assert!(d.title.is_some() && d.kinh_gui.is_some());
    }

    /// The signer's name stands beside the middle of a long Nơi nhận: the recipients below it
    /// are still recipients, not stray lines.
    #[test]
    fn names_as_a_scan_reads_them() {
        // The family name's first letters lost; a rank with a misread mark.
        assert!(is_person_name("guyên Quốc Việt"));
        assert!(is_person_name("rịnh Việt Hùng"));
        assert!(is_person_name("Thiểu tướng Trương Minh Đương"));
        // A speck read as a quotation mark before the name.
        assert!(is_person_name("“Thái Văn Tài"));
        assert!(is_person_name("\"Thị Thanh Trà"));
        assert!(!is_person_name("“Quy chế làm việc"));
        // Academic titles garbled before the name.
        assert!(is_person_name("PÈS.T§KH/ Vũ Hoàng Linh"));
        assert!(!is_person_name("VT. Hoàng Linh"));
        assert!(!is_person_name("TCCB-HC, X30. Vũ Hoàng"));
        // A word of prose before names is no family name.
        assert!(!is_person_name("ông Nguyễn Văn An"));
        assert!(!is_person_name("và Phát Triển"));
        assert!(!is_person_name("của Sở Nội Vụ"));
    }

    /// A name in capitals opens with a family name, but `VĂN PHÒNG` (Văn is one) is a body: a
    /// routing form's `CHUYÊN MÔN THUỘC` / `VĂN PHÒNG` is no signature block.
    #[test]
    fn a_body_in_capitals_is_no_name() {
        assert!(is_person_name("NGUYỄN VĂN AN"));
        assert!(is_person_name("VĂN ĐỨC HẢI"));
        assert!(!is_person_name("VĂN PHÒNG"));
        assert!(!is_person_name("VĂN PHÒNG UBND TỈNH"));
    }

    #[test]
    fn a_scanned_signature_above_a_label_that_lost_its_first_letter() {
        let text = "CÔNG AN TỈNH LÂM ĐỒNG\nSố: 44/TTr-CAT\nTỜ TRÌNH\nVề việc báo cáo tổng kết\nKính gửi: Văn phòng Ủy ban nhân dân tỉnh\nKính đề nghị Văn phòng thẩm định.\n=——. GIÁM ĐÓC\nơi nhận:\n- Như trên:\n- Lưu V'T, PC04.\nThiểu tướng Trương Minh Đương\n";
        let d = doc(text);
        let line = |i: usize| d.lines[i].span.of(text);
        let nn = d.closing.noi_nhan.as_ref().expect("a Nơi nhận");
        assert_eq!(line(nn.label), "ơi nhận:");
        assert_eq!(nn.luu.map(line), Some("- Lưu V'T, PC04."));
        let sig = &d.closing.signature;
        let positions: Vec<&str> = sig.positions.iter().map(|&i| line(i)).collect();
        assert_eq!(positions, ["GIÁM ĐÓC"]);
        assert_eq!(sig.name.map(line), Some("Thiểu tướng Trương Minh Đương"));
    }

    fn codes(text: &str) -> Vec<&'static str> {
        crate::check_str(text, &crate::Config::default())
            .diagnostics
            .iter()
            .map(|d| d.code)
            .collect()
    }

    /// A scan that lost the `Nơi nhận:` label left a remnant beside the authority; the
    /// recipients under it, the Lưu line, the position and the name are read all the same.
    #[test]
    fn a_closing_whose_label_the_scan_lost() {
        let head = "ỦY BAN NHÂN DÂN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nTỈNH QUẢNG NGÃI\tĐộc lập - Tự do - Hạnh phúc\nSố: 899/UBND-TTHC\tQuảng Ngãi, ngày 15 tháng 01 năm 2025\nV/v công bố Danh mục TTHC\nKính gửi: Sở Tư pháp.\nĐề nghị Sở Tư pháp thực hiện.\n\n";
        let text = format!("{head}R-.4ê th TL. CHỦ TỊCH\n\n- Như trên; H x `\n\n- PCT UBND tỉnh; CHÁNH VĂN PHÒNG\n- VPUB: CVP, PCVP;\n\n- Lưu: VT, TTHC(Tm). ị\n\ncz\n\nguyên Quốc Việt\n");
        let d = doc(&text);
        let line = |i: usize| d.lines[i].span.of(&text);
        let nn = d.closing.noi_nhan.as_ref().expect("a Nơi nhận");
        assert_eq!(line(nn.label), "R-.4ê th");
        assert!(nn.label_from_remnant);
        assert_eq!(nn.items.len(), 4);
        assert_eq!(nn.luu.map(line), Some("- Lưu: VT, TTHC(Tm). ị"));
        let sig = &d.closing.signature;
        let authority: Vec<&str> = sig.authority.iter().map(|&i| line(i)).collect();
        assert_eq!(authority, ["TL. CHỦ TỊCH"]);
        let positions: Vec<&str> = sig.positions.iter().map(|&i| line(i)).collect();
        assert_eq!(positions, ["CHÁNH VĂN PHÒNG"]);
        assert_eq!(sig.name.map(line), Some("guyên Quốc Việt"));
        // The lost label is reported once, as a label; nothing is said to be missing.
        let found = codes(&text);
        assert_eq!(
            found.iter().filter(|&&c| c == "NN002").count(),
            1,
            "{found:?}"
        );
        for missing in ["NN001", "CK001", "CK002"] {
            assert!(!found.contains(&missing), "{missing}: {found:?}");
        }

        // The label's remnant kept its colon; the signer's name behind a scan's dash.
        let text = format!(
            "{head}¡ VI RSỆN: TM. BAN THƯỜNG VỤ\n- Như trên;\n- Lưu: VT, VP.\n\n-Lương Thế Điền\n"
        );
        let d = doc(&text);
        let line = |i: usize| d.lines[i].span.of(&text);
        let nn = d.closing.noi_nhan.as_ref().expect("a Nơi nhận");
        assert_eq!(line(nn.label), "¡ VI RSỆN:");
        assert_eq!(nn.items.len(), 2);
        assert_eq!(d.closing.signature.name.map(line), Some("Lương Thế Điền"));
        let found = codes(&text);
        for missing in ["NN001", "CK002", "NN003", "NN005"] {
            assert!(!found.contains(&missing), "{missing}: {found:?}");
        }
    }

    /// A Cục Thuế letter's header, body and closing sentence, before the closings the scan
    /// tests vary.
    const TAX_OFFICE_LETTER_HEAD: &str = "BỘ TÀI CHÍNH\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nCỤC THUẾ\tĐộc lập - Tự do - Hạnh phúc\nSố: 21/CT-CS\tHà Nội, ngày 08 tháng 4 năm 2026\nV/v chính sách thuế\nKính gửi: Thuế tỉnh Ninh Bình.\nCục Thuế trả lời để Thuế tỉnh được biết./.\n\n";

    /// A seal over the signature garbles its titles and a scan reads them into the recipients'
    /// rows (`Nơi nhận: ai RỦ TƯỚNG`, `- TTgCP (để báo cáo); WU TƯỜNG`, `… (đê b/c}; PT ƯỞNG
    /// BAN`), or under the Lưu line (`NHƯ hưởng`): they are the signature's, not recipients nor
    /// stray text, and no block is said to be missing.
    #[test]
    fn titles_a_seal_garbled_beside_and_under_the_recipients() {
        let head = TAX_OFFICE_LETTER_HEAD;
        for (closing, titles) in [
            (
                "Nơi nhận: ai RỦ TƯỚNG\n- Như trên; x * É\n- TTgCP (để báo cáo); WU TƯỜNG\n- Lưu: VT, CĐS.\n\nLê Thị Thanh Trà\n",
                vec!["ai RỦ TƯỚNG", "WU TƯỜNG"],
            ),
            (
                "Nơi nhận:\n- Như trên;\n- Vụ Pháp chế (đê b/c}; PT ƯỞNG BAN\n- Lưu: VT, CS.\n\nMạnh Thị Mai\n",
                vec!["PT ƯỞNG BAN"],
            ),
            (
                "Nơi nhận:\n- Như trên;\n- Sở Tài chính; PHÓ CỤC TRUỞNG\n- Lưu: VT, CS.\nLê Văn Hùng\n",
                vec!["PHÓ CỤC TRUỞNG"],
            ),
            (
                "Nơi nhận:\n- BGH (Đ/c);\n- Lưu: VT, QLCL\n” xÓi\n\n`N\nNHƯ hưởng\n",
                vec!["NHƯ hưởng"],
            ),
        ] {
            let text = format!("{head}{closing}");
            let d = doc(&text);
            let line = |i: usize| d.lines[i].span.of(&text);
            let sig = &d.closing.signature;
            let positions: Vec<&str> = sig.positions.iter().map(|&i| line(i)).collect();
            assert_eq!(positions, titles, "{closing}");
            let found = codes(&text);
            for wrong in ["CK001", "NN004", "NN009"] {
                assert!(!found.contains(&wrong), "{wrong}: {found:?} {closing}");
            }
        }
        // A recipient that names a body in capitals after its `;` keeps it.
        let text = format!(
            "{head}Nơi nhận:\n- Như trên; TRƯỜNG CAO ĐẲNG Y;\n- Lưu: VT.\nGIÁM ĐỐC\nLê Văn Hùng\n"
        );
        let d = doc(&text);
        let positions: Vec<&str> = d
            .closing
            .signature
            .positions
            .iter()
            .map(|&i| d.lines[i].span.of(&text))
            .collect();
        assert_eq!(positions, ["GIÁM ĐỐC"]);
    }

    /// Both authorities of a block signed for a deputy head on behalf of the head (`TL. CỤC
    /// TRƯỞNG` / `KT. TRƯỞNG BAN …`), the second read into a recipient's row after a scan's dash.
    #[test]
    fn a_second_authority_after_a_scan_s_dash_in_the_recipients() {
        let head = TAX_OFFICE_LETTER_HEAD;
        for (second, title) in [
            (
                "- Như trên; - KT. TRƯỞNG BAN BAN CHÍNH SÁCH, THUÊ QUỐC TE:",
                "KT. TRƯỞNG BAN BAN CHÍNH SÁCH, THUÊ QUỐC TE:",
            ),
            ("- Như trên; – KT. VỤ TRƯỞNG", "KT. VỤ TRƯỞNG"),
        ] {
            let text = format!("{head}Nơi nhận: TL. CỤC TRƯỞNG\n{second}\n- Ban PC;\n- Lưu: VT, CS.\nPHÓ TRƯỞNG BAN\nMạnh Thị Mai\n");
            let d = doc(&text);
            let line = |i: usize| d.lines[i].span.of(&text);
            let authority: Vec<&str> = d
                .closing
                .signature
                .authority
                .iter()
                .map(|&i| line(i))
                .collect();
            assert_eq!(authority, ["TL. CỤC TRƯỞNG", title]);
            let items = d.closing.noi_nhan.as_ref().map_or(0, |n| n.items.len());
            assert_eq!(items, 3, "{second}");
        }
        // A recipient in a district (`Q.` for quận) is a recipient still.
        let text = format!(
            "{head}Nơi nhận:\n- Như trên; - Q. Ba Đình;\n- Lưu: VT.\nGIÁM ĐỐC\nLê Văn Hùng\n"
        );
        let d = doc(&text);
        assert_eq!(d.closing.noi_nhan.as_ref().map_or(0, |n| n.items.len()), 3);
    }

    /// A scan's specks before the type name and its `Q` read as `O` (`: ,OUYẾT ĐỊNH`); the
    /// authority after the label behind a speck (`Nơi nhận: „KT. THỦ TƯỚNG`).
    #[test]
    fn a_type_name_and_an_authority_behind_a_scan_s_specks() {
        for (type_line, name) in [
            (": ,OUYẾT ĐỊNH", "OUYẾT ĐỊNH"),
            ("„ QUYẾT ĐỊNH", "QUYẾT ĐỊNH"),
            ("OUY ĐỊNH", "OUY ĐỊNH"),
        ] {
            let text = format!("THỦ TƯỚNG CHÍNH PHỦ\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\tĐộc lập - Tự do - Hạnh phúc\nSố: 01/2025/QĐ-TTg\tHà Nội, ngày 03 tháng 01 năm 2025\n\n{type_line}\nBãi bỏ toàn bộ Quyết định số 78/2010/QĐ-TTg\n\nCăn cứ Luật Tổ chức Chính phủ ngày 19 tháng 6 năm 2025;\n\nĐiều 1. Bãi bỏ Quyết định số 78/2010/QĐ-TTg.\n\nNơi nhận: „KT. THỦ TƯỚNG\n- Ban Bí thư;\n- Lưu: VT, KTTH.\n\nPHÓ THỦ TƯỚNG\n\nHồ Đức Phớc\n");
            let d = doc(&text);
            let line = |i: usize| d.lines[i].span.of(&text);
            let title = d.title.as_ref().expect("a title");
            assert_eq!(line(title.type_line), name);
            assert!(
                title.doc_type.is_some_and(|t| t.name.ends_with("ĐỊNH")),
                "{type_line}"
            );
            let authority: Vec<&str> = d
                .closing
                .signature
                .authority
                .iter()
                .map(|&i| line(i))
                .collect();
            assert_eq!(authority, ["KT. THỦ TƯỚNG"]);
        }
    }

    /// Without a signature beside it, a short line over dashes is no label: a document that
    /// lacks the label still lacks it.
    #[test]
    fn a_short_line_over_dashes_is_no_lost_label() {
        let text = "ỦY BAN NHÂN DÂN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nTỈNH QUẢNG NGÃI\tĐộc lập - Tự do - Hạnh phúc\nSố: 899/UBND-TTHC\tQuảng Ngãi, ngày 15 tháng 01 năm 2025\nV/v công bố Danh mục TTHC\nKính gửi: Sở Tư pháp.\nĐề nghị Sở Tư pháp thực hiện.\n\nTrân trọng\n- Như trên;\n- Lưu: VT.\nCHỦ TỊCH\nNguyễn Văn An\n";
        assert!(doc(text).closing.noi_nhan.is_none());
        assert!(codes(text).contains(&"NN001"));
    }

    #[test]
    fn recipients_go_on_beside_and_below_the_signers_name() {
        let text = "Nơi nhận:                               TL. CHỦ TỊCH\n- Thường trực Tỉnh ủy;                  PHÓ CHÁNH VĂN PHÒNG\n- Các sở, ngành: Tài chính,\n  Nội vụ, Y tế,                         Phùng Tô Long\n  Thông tin và Truyền thông,\n- Hội LHPN tỉnh;\n- Lưu: VT, KGVX.\n";
        let d = doc(text);
        let nn = d.closing.noi_nhan.as_ref().expect("a Nơi nhận");
        let items: Vec<Vec<&str>> = nn
            .items
            .iter()
            .map(|it| {
                it.lines
                    .iter()
                    .map(|&i| d.lines[i].span.of(text).trim())
                    .collect()
            })
            .collect();
        assert_eq!(
            items,
            [
                vec!["- Thường trực Tỉnh ủy;"],
                vec![
                    "- Các sở, ngành: Tài chính,",
                    "Nội vụ, Y tế,",
                    "Thông tin và Truyền thông,"
                ],
                vec!["- Hội LHPN tỉnh;"],
                vec!["- Lưu: VT, KGVX."],
            ]
        );
        assert!(d.closing.stray.is_empty());
        assert_eq!(
            d.lines[d.closing.signature.name.unwrap()].span.of(text),
            "Phùng Tô Long"
        );
    }

    /// A Lưu line left without its period does not take the signer's name a scan set after a
    /// blank line (with a speck read as a quotation mark before it); the line right under it
    /// still goes on with it.
    #[test]
    fn a_luu_line_does_not_go_on_past_a_blank_line() {
        let text = "CÔNG VĂN\nV/v triển khai\n\nKính gửi: Các bộ.\n\nNội dung.\n\n\
Nơi nhận:\n- Như trên;\n- Lưu: VT, CĐS (2)\n\n\"Thị Thanh Trà\n";
        let d = doc(text);
        let items = items_of(&d, text);
        assert_eq!(
            items.last().unwrap(),
            &vec!["- Lưu: VT, CĐS (2)".to_owned()]
        );
        assert_eq!(
            d.lines[d.closing.signature.name.expect("the name")]
                .span
                .of(text),
            "\"Thị Thanh Trà"
        );
        let text = "CÔNG VĂN\nV/v triển khai\n\nKính gửi: Các bộ.\n\nNội dung.\n\n\
Nơi nhận:\n- Như trên;\n- Lưu: VP (HC, TH)\nTCT (HC, NV3).\n";
        let d = doc(text);
        assert_eq!(
            items_of(&d, text).last().unwrap(),
            &vec!["- Lưu: VP (HC, TH)".to_owned(), "TCT (HC, NV3).".to_owned()]
        );
    }

    fn items_of(d: &Document, text: &str) -> Vec<Vec<String>> {
        let nn = d.closing.noi_nhan.as_ref().expect("a Nơi nhận");
        nn.items
            .iter()
            .map(|it| {
                it.lines
                    .iter()
                    .map(|&i| d.lines[i].span.of(text).trim().to_owned())
                    .collect()
            })
            .collect()
    }

    /// The Government Office's own item wraps without dashes (Công điện 63/CĐ-VPCP, laid out
    /// in columns, and 2003/CĐ-VPCP, read without the layout): its lines go on with it, and the
    /// contact numbers under the signature are no part of the Lưu line.
    #[test]
    fn a_group_of_recipients_wraps_without_dashes() {
        let text = "Nơi nhận:                                          KT. BỘ TRƯỞNG, CHỦ NHIỆM\n- Như trên;                                              PHÓ CHỦ NHIỆM\n- TTg CP Phạm Minh Chính (để b/c);\n- VPCP: BTCN, PCN Phạm Mạnh Cường;\n Trợ lý, Thư ký TTg, các PTTg: Nguyễn Hòa Bình,\n  Nguyễn Chí Dũng, Phạm Thị Thanh Trà;\n cácVụ,Cục:KSTT,KTTH,PL,CN,NN,KGVX,TCCV,QTTV;\n Cổng TTĐT;\n- Lưu: VT, TH (2) Thạch                                    Phạm Mạnh Cường\n                       Số điện thoại liên hệ nội dung họp: 0974xxxxxx\n                      Số điện thoại liên hệ đăng ký dự họp: 0902xxxxxx\n";
        let d = doc(text);
        assert_eq!(
            items_of(&d, text),
            [
                vec!["- Như trên;"],
                vec!["- TTg CP Phạm Minh Chính (để b/c);"],
                vec![
                    "- VPCP: BTCN, PCN Phạm Mạnh Cường;",
                    "Trợ lý, Thư ký TTg, các PTTg: Nguyễn Hòa Bình,",
                    "Nguyễn Chí Dũng, Phạm Thị Thanh Trà;",
                    "cácVụ,Cục:KSTT,KTTH,PL,CN,NN,KGVX,TCCV,QTTV;",
                    "Cổng TTĐT;",
                ],
                vec!["- Lưu: VT, TH (2) Thạch"],
            ]
        );
        assert!(d.closing.stray.is_empty());
        let text = "Nơi nhận:\n- Như trên;\n- Bộ Công an (để phối hợp);\n- VPCP: BTCN, PCN Đỗ Ngọc Huỳnh;\nTrợ lý, Thư ký của: TTg, PTTg Lê Thành Long;\ncác Vụ, Cục: KGVX, KTTH, NC, QTTV; Cổng TTĐT;\n- Văn phòng UBND các tỉnh, thành phố trực thuộc\nTrung ương (để phối hợp);\n- Lưu: VT, TH(2). H\n\nKT. BỘ TRƯỞNG, CHỦ NHIỆM\nPHÓ CHỦ NHIỆM\n\nĐỗ Ngọc Huỳnh\n\nSố điện thoại liên hệ tài liệu, nội dung Hội nghị: 0902xxxxxx; 0915xxxxxx;\nSố điện thoại liên hệ đăng ký thành phần dự Hội nghị: 0913xxxxxx.\n";
        let d = doc(text);
        assert_eq!(
            items_of(&d, text),
            [
                vec!["- Như trên;"],
                vec!["- Bộ Công an (để phối hợp);"],
                vec![
                    "- VPCP: BTCN, PCN Đỗ Ngọc Huỳnh;",
                    "Trợ lý, Thư ký của: TTg, PTTg Lê Thành Long;",
                    "các Vụ, Cục: KGVX, KTTH, NC, QTTV; Cổng TTĐT;",
                ],
                vec![
                    "- Văn phòng UBND các tỉnh, thành phố trực thuộc",
                    "Trung ương (để phối hợp);"
                ],
                vec!["- Lưu: VT, TH(2). H"],
            ]
        );
        assert!(d.closing.stray.is_empty());
    }

    /// Outside a group, a capitalised line with no dash after a finished item is a recipient
    /// that lost its dash (NN003), not a wrapped line.
    #[test]
    fn a_recipient_without_a_dash_after_a_finished_item() {
        let text = "Nơi nhận:\n- Như trên;\n- Sở Tài chính;\nSở Nội vụ;\n- Lưu: VT, VP.\n\nKT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\n\nNguyễn Văn An\n";
        let d = doc(text);
        assert_eq!(
            items_of(&d, text),
            [
                vec!["- Như trên;"],
                vec!["- Sở Tài chính;"],
                vec!["Sở Nội vụ;"],
                vec!["- Lưu: VT, VP."],
            ]
        );
    }

    /// Statutes issued with a decision: the `(Kèm theo Quyết định số …)` line under the title
    /// is kept with it, and no number, date or Nơi nhận of their own is asked of them.
    #[test]
    fn a_regulation_issued_with_a_decision() {
        let text = "UBND TỈNH LÂM ĐỒNG\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nHỘI GOLF TỈNH LÂM ĐỒNG\tĐộc lập - Tự do - Hạnh phúc\n\nĐIỀU LỆ\n\nHỘI GOLF TỈNH LÂM ĐỒNG\n\n(Kèm theo Quyết định số 12/QĐ-UBND ngày 05/3/2025\n\ncủa Chủ tịch UBND tỉnh)\n\nChương I\nNHỮNG QUY ĐỊNH CHUNG\nĐiều 1. Tên gọi\n";
        // A trích yếu wrapped before `thực hiện` in lower case, then the line.
        let cantho = "ỦY BAN NHÂN DÂN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nTHÀNH PHỐ CẦN THƠ\tĐộc lập - Tự do - Hạnh phúc\n\nQUY ĐỊNH\nViệc tuyển chọn tổ chức, cá nhân chủ trì\nthực hiện nhiệm vụ khoa học và công nghệ cấp thành phố\n(Ban hành kèm theo Quyết định số 09/2010/QĐ-UBND ngày 21 tháng 01 năm 2010 của Ủy ban nhân dân thành phố Cần Thơ)\nChương I\nNHỮNG QUY ĐỊNH CHUNG\n";
        let d = doc(cantho);
        assert_eq!(d.title.as_ref().map(|t| t.trich_yeu.len()), Some(2));
        assert!(d.is_issued_with_another());
        let d = doc(text);
        let title = d.title.as_ref().expect("a title");
        let with = title.issued_with.expect("the line it was issued with");
        assert!(d.lines[with]
            .span
            .of(text)
            .starts_with("(Kèm theo Quyết định số 12/QĐ-UBND"));
        assert!(d.is_issued_with_another());
        let report = crate::check_str(text, &crate::Config::default());
        let codes: Vec<&str> = report.diagnostics.iter().map(|d| d.code).collect();
        for code in ["SO001", "NG001", "NN001"] {
            assert!(!codes.contains(&code), "{code} in {codes:?}");
        }
    }

    /// A căn cứ list with a line that is no căn cứ of its own (a law listed after a `;`): the
    /// `QUYẾT ĐỊNH:` before the articles is still the enacting line.
    #[test]
    fn the_enacting_line_after_a_preamble_line_of_no_known_kind() {
        let text = "QUYẾT ĐỊNH\nVề việc bãi bỏ\n\nCăn cứ Luật Tổ chức Chính phủ;\nLuật sửa đổi, bổ sung một số điều của Luật Ban hành văn bản;\nCăn cứ Luật Chứng khoán được sửa đổi, bổ sung bởi Luật\nsố 56/2024/QH15;\nTheo đề nghị của Vụ trưởng Vụ Pháp chế.\n\nQUYẾT ĐỊNH:\nĐiều 1. Bãi bỏ.\nĐiều 2. Hiệu lực.\n";
        let d = doc(text);
        let e = d.enacting.expect("the enacting line");
        assert_eq!(d.lines[e].span.of(text), "QUYẾT ĐỊNH:");
        assert_eq!(d.preamble.len(), 3);
    }

    /// A blank line a scan left inside a wrapped căn cứ (`… của Bộ Giáo dục` / blank / `và Đào
    /// tạo về việc …;`) does not end the preamble when the next line goes on in lower case; the
    /// căn cứ after it still belong to it. A capitalised sentence after a blank line ends it.
    #[test]
    fn a_blank_line_inside_a_wrapped_can_cu_keeps_the_preamble_going() {
        for gap in ["\n\n", "\n\n\n", "\n \n"] {
            let text = format!(
                "KẾ HOẠCH\nKhảo sát sự hài lòng\n\n\
Căn cứ Quyết định số 3871/QĐ-BGDĐT ngày 05 tháng 12 năm 2024 của Bộ trưởng;\n\n\
Căn cứ Công văn số 2637/BGDĐT-VP ngày 15 tháng 3 năm 2026 của Bộ Giáo dục{gap}\
và Đào tạo về việc hướng dẫn khảo sát;\n\n\
Căn cứ Quy định về công tác lấy ý kiến ban hành kèm theo Quyết định số 214/QĐ-DCT;\n\n\
Trường Đại học ban hành Kế hoạch khảo sát như sau:\n\n\
1. Mục đích\n"
            );
            let d = doc(&text);
            let lines: Vec<&str> = d
                .preamble
                .iter()
                .map(|&i| d.lines[i].span.of(&text))
                .collect();
            assert_eq!(lines.len(), 3, "{gap:?}: {lines:?}");
            assert!(lines[2].starts_with("Căn cứ Quy định"), "{lines:?}");
        }
        let ended = "KẾ HOẠCH\nKhảo sát sự hài lòng\n\n\
Căn cứ Công văn số 2637/BGDĐT-VP ngày 15 tháng 3 năm 2026 của Bộ Giáo dục\n\n\
Trường Đại học ban hành Kế hoạch khảo sát như sau:\n\n\
1. Mục đích\n";
        assert_eq!(doc(ended).preamble.len(), 1);
    }

    /// A căn cứ wrapped before a capitalised name that ends on the cited law's date (`… Quốc
    /// hội Nước` / `CHXHCN Việt Nam thông qua ngày 21/6/1994.`) reads as a date line: the
    /// preamble goes on past it to the căn cứ after.
    #[test]
    fn a_wrapped_can_cu_line_that_reads_as_a_date_line_keeps_the_preamble_going() {
        let text = "QUYẾT ĐỊNH\nVề việc giao đất\n\nUỶ BAN NHÂN DÂN TỈNH CAO BẰNG\n\n\
- Căn cứ Luật Tổ chức HĐND và UBND các cấp đã được Quốc hội Nước\n\
CHXHCN Việt Nam thông qua ngày 21/6/1994.\n\n\
- Căn cứ Quyết định số 350/UB-QĐ-NĐ ngày 18 tháng 9 năm 1986 của UBND tỉnh.\n\n\
QUYẾT ĐỊNH:\nĐiều 1. Giao đất.\nĐiều 2. Hiệu lực.\n";
        let d = doc(text);
        let lines: Vec<&str> = d
            .preamble
            .iter()
            .map(|&i| d.lines[i].span.of(text))
            .collect();
        assert_eq!(lines.len(), 2, "{lines:?}");
        assert!(lines[1].contains("350/UB-QĐ-NĐ"), "{lines:?}");
        // A date line with its place's comma is a document's own, not a wrapped line.
        let own = "QUYẾT ĐỊNH\nVề việc giao đất\n\nCăn cứ Luật Tổ chức chính quyền địa phương\n\
Cao Bằng, ngày 21 tháng 6 năm 1994\nCăn cứ Quyết định số 350/UB-QĐ-NĐ.\n\nQUYẾT ĐỊNH:\nĐiều 1. Giao đất.\n";
        let d = doc(own);
        let date = d
            .lines
            .iter()
            .find(|l| l.span.of(own).starts_with("Cao Bằng"))
            .expect("the date line");
        assert!(matches!(date.kind, LineKind::PlaceDate(_)));
        assert!(!crate::recognize::structure::wrapped_citation_line(
            &date.kind,
            date.span.of(own),
            true
        ));
        let wrapped = "CHXHCN Việt Nam thông qua ngày 21/6/1994.";
        assert!(crate::recognize::structure::wrapped_citation_line(
            &date.kind, wrapped, true
        ));
        assert!(!crate::recognize::structure::wrapped_citation_line(
            &date.kind, wrapped, false
        ));
    }

    /// A căn cứ whose wrapped lines break the run (a wrapped line after a `;`), then more căn
    /// cứ wrapped over several lines: the reach for `QUYẾT ĐỊNH:` runs from the last căn cứ.
    #[test]
    fn the_enacting_line_after_a_long_broken_preamble() {
        let mut text = String::from("QUYẾT ĐỊNH\nVề việc ban hành\n\nCăn cứ Luật A ngày 01/01/2015;\nCăn cứ Công văn số 1/VPCP-KGVX ngày 29/10/2015 của\nVăn phòng Chính phủ;\nchỉ đạo của Phó Thủ tướng tại Thông báo số 102/TB-VPCP ngày\n27/03/2015 về việc tin học hoá;\n");
        for _ in 0..3 {
            text.push_str("Căn cứ ý kiến chỉ đạo của Thủ tướng Chính phủ tại Công văn số\n1018/TTg-KGVX ngày 10/06/2016 về việc tăng cường\nphát triển, mở rộng đối tượng tham gia\nbảo hiểm y tế;\n");
        }
        text.push_str("\nQUYÉT ĐỊNH:\nĐiều 1. Ban hành.\nĐiều 2. Hiệu lực.\n");
        let d = doc(&text);
        let e = d.enacting.expect("the enacting line");
        assert_eq!(d.lines[e].span.of(&text), "QUYÉT ĐỊNH:");
    }

    /// A header table so narrow that names wrap a word a line: a type name inside the
    /// issuer's name stays in it, and the date far down is still the header's.
    #[test]
    fn a_header_wrapped_word_by_word() {
        let text = "      SỞ CÔNG                            CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n       THƯƠNG\n      ĐOÀN KIỂM                           Độc lập - Tự do - Hạnh phúc\n         TRA\n       THEO\n    QUYẾT ĐỊNH\n         SỐ 1050/QĐ-SCT                 Lào Cai, ngày 10 tháng 3 năm 2026\n\n     Số: 1105/KH-ĐKT\n\n                               KẾ HOẠCH\nKiểm tra việc chấp hành\n";
        let d = doc(text);
        assert_eq!(
            issuer_of(text),
            [
                "SỞ CÔNG",
                "THƯƠNG",
                "ĐOÀN KIỂM",
                "TRA",
                "THEO",
                "QUYẾT ĐỊNH",
                "SỐ 1050/QĐ-SCT"
            ]
        );
        let bodies: Vec<Vec<&str>> = d
            .header
            .issuer_bodies
            .iter()
            .map(|b| b.iter().map(|s| s.of(text)).collect())
            .collect();
        assert_eq!(
            bodies,
            [
                vec!["SỞ CÔNG", "THƯƠNG"],
                vec!["ĐOÀN KIỂM", "TRA", "THEO", "QUYẾT ĐỊNH", "SỐ 1050/QĐ-SCT"]
            ]
        );
        let title = d.title.as_ref().expect("a title");
        assert_eq!(d.lines[title.type_line].span.of(text), "KẾ HOẠCH");
        assert!(d.header.place_date.is_some() && d.header.so.is_some());
        // Twenty lines above the date: a gazette lists the issuers once more, then the
        // header's own names wrap in their column beside the Quốc hiệu.
        let names = "VIỆN KIỂM SÁT NHÂN DÂN TỐI CAO -\nBỘ CÔNG AN - BỘ QUỐC PHÒNG\n\n";
        let column = "VIỆN KIỂM\nSÁT NHÂN\nDÂN TỐI\nCAO -\n".repeat(3);
        let text = format!("{names}VIỆN KIỂM SÁT     CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nNHÂN DÂN          Độc lập - Tự do - Hạnh phúc\n{column}BỘ CÔNG AN\n\nSố: 01/2022/TTLT-VKSNDTC     Hà Nội, ngày 18 tháng 02 năm 2022\n\nTHÔNG TƯ LIÊN TỊCH\nQuy định về phối hợp\n");
        let d = doc(&text);
        assert!(d.header.place_date.is_some());
    }

    #[test]
    fn a_vv_label_a_scan_garbled() {
        for (text, want) in [
            (
                "TỈNH ỦY LÂM ĐỒNG\nBAN TUYÊN GIÁO\nLâm Đồng, ngày 05 tháng 9 năm 2025\nSố 310-CV/BTGDVTU\n\nƒ/w cử lãnh đạo Ban tham gia\nBan Vì sự tiến bộ của phụ nữ\n\nKính gửi: Sở Nội vụ.\n",
                vec!["ƒ/w cử lãnh đạo Ban tham gia", "Ban Vì sự tiến bộ của phụ nữ"],
            ),
            (
                "HỘI NÔNG DÂN TỈNH\nSố: 52/CV-HNDT\nW⁄%w cử đại diện lãnh đạo tham gia\n\nKính gửi: Sở Nội vụ\n",
                vec!["W⁄%w cử đại diện lãnh đạo tham gia"],
            ),
            // Under the Số line, a sentence is no V/v.
            (
                "HỘI NÔNG DÂN TỈNH\nSố: 52/CV-HNDT\nHội Nông dân tỉnh đề nghị.\n",
                vec![],
            ),
        ] {
            let d = doc(text);
            let vv: Vec<&str> = d.vv.iter().map(|&i| d.lines[i].span.of(text)).collect();
            assert_eq!(vv, want, "{text}");
        }
        assert!(!is_scanned_vv_label("1/2 số lượng"));
        assert!(!is_scanned_vv_label("TP/HCM Hà Nội"));
    }

    #[test]
    fn a_vv_wrapped_around_the_date_of_the_other_column() {
        let text = "BỘ NỘI VỤ      CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM\n               Độc lập - Tự do - Hạnh phúc\nSố: 8977/BNV-TCPCP\nV/v góp ý đề nghị công nhận Ban\n                                        Hà Nội, ngày 06 tháng 10 năm 2025\nvận động thành lập Hiệp hội\nSở Nội vụ tỉnh Lâm Đồng, đoàn Luật sư\ntỉnh Bình Thuận, đoàn Luật sư tỉnh\nĐắk Nông (cũ)\n\nKính gửi: Sở Nội vụ tỉnh Lâm Đồng\n";
        let d = doc(text);
        let vv: Vec<&str> = d.vv.iter().map(|&i| d.lines[i].span.of(text)).collect();
        assert_eq!(
            vv,
            [
                "V/v góp ý đề nghị công nhận Ban",
                "vận động thành lập Hiệp hội",
                "Sở Nội vụ tỉnh Lâm Đồng, đoàn Luật sư",
                "tỉnh Bình Thuận, đoàn Luật sư tỉnh",
                "Đắk Nông (cũ)"
            ]
        );
        assert!(d.header.place_date.is_some());
    }

    fn issuer_of(text: &str) -> Vec<String> {
        let d = doc(text);
        d.header
            .issuer
            .iter()
            .map(|&i| d.lines[i].span.of(text).to_owned())
            .collect()
    }

    /// The position lines of the signature, as read.
    fn positions_of(text: &str) -> Vec<String> {
        let d = doc(text);
        d.closing
            .signature
            .positions
            .iter()
            .map(|&i| d.lines[i].span.of(text).to_owned())
            .collect()
    }

    fn bodies(text: &str) -> Vec<String> {
        let d = doc(text);
        d.header
            .issuer_bodies
            .iter()
            .map(|b| b.iter().map(|s| s.of(text)).collect::<Vec<_>>().join(" "))
            .collect()
    }

    #[test]
    fn issuer_lines_are_grouped_into_bodies() {
        let qh = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM";
        // A name wrapped mid-place is one body; the next body opens with its head.
        let text = format!("UBND TỈNH LÂM\t{qh}\nĐỒNG\nVĂN PHÒNG\tĐộc lập - Tự do - Hạnh phúc\nSố: 216/VP-HCQT\tLâm Đồng, ngày 16 tháng 01 năm 2026\n");
        assert_eq!(bodies(&text), ["UBND TỈNH LÂM ĐỒNG", "VĂN PHÒNG"]);
        let text = format!("BỘ NÔNG NGHIỆP\t{qh}\nVÀ PHÁT TRIỂN NÔNG THÔN\tĐộc lập - Tự do - Hạnh phúc\nSố: 18/2021/TT-BNNPTNT\tHà Nội, ngày 27 tháng 12 năm 2021\n");
        assert_eq!(bodies(&text), ["BỘ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN"]);
        // Two bodies on one line, as a copy run together gives them.
        let text = format!("UBND TỈNH LÀO CAI SỞ CÔNG THƯƠNG\t{qh}\nSố: 12/SCT-KT\tLào Cai, ngày 05 tháng 3 năm 2026\n");
        assert_eq!(bodies(&text), ["UBND TỈNH LÀO CAI", "SỞ CÔNG THƯƠNG"]);
        // Words that hold a head inside a name stay whole.
        let text = format!("BỘ TÀI NGUYÊN VÀ MÔI TRƯỜNG\t{qh}\nSố: 12/QĐ-BTNMT\tHà Nội, ngày 05 tháng 3 năm 2026\n");
        assert_eq!(bodies(&text), ["BỘ TÀI NGUYÊN VÀ MÔI TRƯỜNG"]);
        let text = format!("ỦY BAN NHÂN DÂN TỈNH LÀO CAI VĂN PHÒNG\t{qh}\nSố: 12/VP-TH\tLào Cai, ngày 05 tháng 3 năm 2026\n");
        assert_eq!(bodies(&text), ["ỦY BAN NHÂN DÂN TỈNH LÀO CAI", "VĂN PHÒNG"]);
        // A body named for its task: the task on the next line is its name's end.
        let text = format!("BAN SOẠN THẢO\t{qh}\nLUẬT CHUYỂN ĐỔI GIỚI TÍNH\tĐộc lập - Tự do - Hạnh phúc\nSố: 16/TTr-BST\tHà Nội, ngày 24 tháng 11 năm 2023\n");
        assert_eq!(bodies(&text), ["BAN SOẠN THẢO LUẬT CHUYỂN ĐỔI GIỚI TÍNH"]);
        let text = format!("UBND TỈNH LÀO CAI\t{qh}\nBAN CHỈ ĐẠO\tĐộc lập - Tự do - Hạnh phúc\nCHUYỂN ĐỔI SỐ\nSố: 16/BCĐ\tLào Cai, ngày 24 tháng 11 năm 2025\n");
        assert_eq!(
            bodies(&text),
            ["UBND TỈNH LÀO CAI", "BAN CHỈ ĐẠO CHUYỂN ĐỔI SỐ"]
        );
    }

    #[test]
    fn a_name_wrapped_after_its_place_level_or_over_its_task_is_one_body() {
        let qh = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM";
        let tn = "Độc lập - Tự do - Hạnh phúc";
        // A header table's cell wraps after the level (pandoc/qd-ubnd-lamdong-de-an-doan-luat-su-2026).
        let text = format!(
            "ỦY BAN NHÂN DÂN TỈNH	{qh}
LÂM ĐỒNG	{tn}
Số: /QĐ-UBND	Lâm Đồng, ngày tháng 4 năm 2026
"
        );
        assert_eq!(bodies(&text), ["ỦY BAN NHÂN DÂN TỈNH LÂM ĐỒNG"]);
        // OCR's `TĨNH` for `TỈNH` (ocr/cv-899-ubnd-quangngai-2025).
        let text = format!(
            "ỦY BAN NHÂN DÂN	{qh}
TĨNH QUANG NGAI	{tn}
Số: 899 /UBND-TTHC	Quảng Ngãi, ngày 15 tháng 01 năm 2025
"
        );
        assert_eq!(bodies(&text), ["ỦY BAN NHÂN DÂN TĨNH QUANG NGAI"]);
        // A council's task over three lines, read in sequence (pdf-raw/qd-10797-hdtd-lamdong-2025).
        let text = format!(
            "UBND TỈNH LÂM ĐỒNG
HỘI ĐỒNG THẨM ĐỊNH,
ĐÁNH GIÁ CHỈ SỐ CẢI CÁCH
HÀNH CHÍNH TỈNH

{qh}

Số: 10797/QĐ-HĐTĐ

Lâm Đồng, ngày 28 tháng 10 năm 2025

{tn}

QUYẾT ĐỊNH
Về việc thành lập Tổ giúp việc
"
        );
        assert_eq!(
            bodies(&text),
            [
                "UBND TỈNH LÂM ĐỒNG",
                "HỘI ĐỒNG THẨM ĐỊNH, ĐÁNH GIÁ CHỈ SỐ CẢI CÁCH HÀNH CHÍNH TỈNH"
            ]
        );
        // A level at the end of a whole name does not swallow the next body.
        let text = format!(
            "CÔNG AN TỈNH	{qh}
PHÒNG CẢNH SÁT GIAO THÔNG	{tn}
Số: 12/PC08	Lào Cai, ngày 05 tháng 3 năm 2026
"
        );
        assert_eq!(bodies(&text), ["CÔNG AN TỈNH", "PHÒNG CẢNH SÁT GIAO THÔNG"]);
        let text = format!(
            "BAN CHỈ ĐẠO 389 TỈNH	{qh}
CƠ QUAN THƯỜNG TRỰC	{tn}
Số: 12/BCĐ389	Lào Cai, ngày 05 tháng 3 năm 2026
"
        );
        assert_eq!(
            bodies(&text),
            ["BAN CHỈ ĐẠO 389 TỈNH", "CƠ QUAN THƯỜNG TRỰC"]
        );
        // A company's legal form, its name under it (pdf-layout/x-thamluan-cty-bcg-energy-2024-luat-dien-luc).
        let text = format!("   CÔNG TY CỔ PHẦN                   {qh}\n     BCG ENERGY                               {tn}\n");
        assert_eq!(bodies(&text), ["CÔNG TY CỔ PHẦN BCG ENERGY"]);
        let text = format!("TỔNG CÔNG TY\t{qh}\nCÔNG TY ĐIỆN LỰC LÀO CAI\t{tn}\nSố: 12/PCLC-KD\tLào Cai, ngày 05 tháng 3 năm 2026\n");
        assert_eq!(bodies(&text), ["TỔNG CÔNG TY", "CÔNG TY ĐIỆN LỰC LÀO CAI"]);
    }

    #[test]
    fn an_issuer_line_loses_the_specks_of_a_scan_at_its_ends() {
        fn trim(t: &str) -> &str {
            without_scan_debris(t, Span::new(0, t.len() as u32)).of(t)
        }
        // ocr/cv-275-stttt-phutho-2011.
        assert_eq!(trim(": _ UBND TỈNH PHỦ THỌ š"), "UBND TỈNH PHỦ THỌ");
        for whole in [
            "UBND TỈNH LÀO CAI",
            "- THƯƠNG BINH VÀ XÃ HỘI",
            "UBND QUẬN 1",
            "UBND TỈNH LÀO CAI (CŨ)",
            // A word of the name in the wrong case is CQ002's to report.
            "UBND TỈNH LÀO CAI xã",
            "Sở Công Thương",
        ] {
            assert_eq!(trim(whole), whole);
        }
        // Through the reader: the issuer's line and CQ002.
        let text = ": _ UBND TỈNH PHỦ THỌ š        CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSỞ THÔNG TIN VÀ TRUYỀN THÔNG   Độc lập - Tự do - Hạnh phúc\n\nSố: 275/STTTT-CNTT             Phú Thọ, ngày 05 tháng 12 năm 2011\n";
        assert_eq!(
            issuer_of(text),
            ["UBND TỈNH PHỦ THỌ", "SỞ THÔNG TIN VÀ TRUYỀN THÔNG"]
        );
    }

    #[test]
    fn enterprises_are_told_by_their_legal_form() {
        for name in [
            "CÔNG TY CỔ PHẦN BCG ENERGY",
            "TỔNG CÔNG TY ĐIỆN LỰC MIỀN BẮC",
            "NGÂN HÀNG TMCP NGOẠI THƯƠNG VIỆT NAM",
            "Công ty TNHH MTV Xổ số kiến thiết",
        ] {
            assert!(is_enterprise_name(name), "{name}");
        }
        for name in [
            "NGÂN HÀNG NHÀ NƯỚC VIỆT NAM",
            "UBND TỈNH LÀO CAI",
            "SỞ CÔNG THƯƠNG",
            "CÔNG AN TỈNH",
        ] {
            assert!(!is_enterprise_name(name), "{name}");
        }
    }

    #[test]
    fn the_gazette_heading_repeating_the_issuer_is_not_the_issuer() {
        let text = "BỘ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN\n\nBỘ NÔNG NGHIỆP\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nVÀ PHÁT TRIỂN NÔNG THÔN\tĐộc lập - Tự do - Hạnh phúc\n\nSố: 18/2021/TT-BNNPTNT\tHà Nội, ngày 27 tháng 12 năm 2021\n\nTHÔNG TƯ\nBãi bỏ một số văn bản\n";
        assert_eq!(
            issuer_of(text),
            ["BỘ NÔNG NGHIỆP", "VÀ PHÁT TRIỂN NÔNG THÔN"]
        );
    }

    /// A council's chairman signs with his own post above his name (Hội đồng thi đua, Lâm
    /// Đồng 10797/QĐ-HĐTĐ): the position signed as is `CHỦ TỊCH` alone.
    #[test]
    fn the_signers_own_post_above_the_name_is_not_the_position() {
        let text = "Nơi nhận:\n- Như Điều 1;\n- Lưu: VT.\n\nTM. HỘI ĐỒNG\nCHỦ TỊCH\n\nGIÁM ĐỐC SỞ NỘI VỤ\nĐỗ Văn Chung\n";
        assert_eq!(positions_of(text), ["CHỦ TỊCH"]);
        let report = crate::check_str(text, &crate::Config::default());
        assert!(!report.diagnostics.iter().any(|d| d.code == "NN009"));
        // Without the blank (a converter drops empty paragraphs) too.
        let d = doc("Nơi nhận:\n- Như trên;\n- Lưu: VT.\nTM. BAN CHỈ ĐẠO\nPHÓ TRƯỞNG BAN\nPHÓ CHỦ TỊCH UBND TỈNH\nNguyễn Ngọc Phúc\n");
        assert_eq!(d.closing.signature.positions.len(), 1);
        // A position wrapped over two lines is one position.
        let text = "Nơi nhận:\n- Như Điều 1;\n- Lưu: VT.\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nTHƯỜNG TRỰC\nĐỗ Văn Chung\n";
        let d = doc(text);
        assert_eq!(d.closing.signature.positions.len(), 2);
    }

    /// A consolidated text in the Công báo (Văn phòng Quốc hội, 111/VBHN-VPQH): the body,
    /// number and date of the consolidation are in the attestation block at the end.
    #[test]
    fn a_consolidated_text_takes_its_header_from_the_attestation_block() {
        let text = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nLUẬT\nTHUẾ TIÊU THỤ ĐẶC BIỆT\nCăn cứ Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam;\nChương I\nNHỮNG QUY ĐỊNH CHUNG\nĐiều 1. Phạm vi điều chỉnh\nLuật này quy định về thuế tiêu thụ đặc biệt.\nVĂN PHÒNG QUỐC HỘI\nXÁC THỰC VĂN BẢN HỢP NHẤT\nSố: 111/VBHN-VPQH\nHà Nội, ngày 20 tháng 5 năm 2026\nCHỦ NHIỆM\nLê Quang Mạnh\n";
        let d = doc(text);
        let line = |i: Option<usize>| i.map(|i| d.lines[i].span.of(text));
        assert_eq!(line(d.header.so), Some("Số: 111/VBHN-VPQH"));
        assert_eq!(
            line(d.header.place_date),
            Some("Hà Nội, ngày 20 tháng 5 năm 2026")
        );
        assert_eq!(
            line(d.header.issuer.first().copied()),
            Some("VĂN PHÒNG QUỐC HỘI")
        );
        assert!(d.body.end <= 9, "{:?}", d.body);
        // A document whose header has them keeps its own.
        let text = format!(
            "BỘ TÀI CHÍNH\nSố: 12/VBHN-BTC\nHà Nội, ngày 02 tháng 3 năm 2026\n{}",
            &text[text.find("LUẬT").unwrap()..]
        );
        let d = doc(&text);
        assert_eq!(d.header.so, Some(1));
        assert_eq!(d.header.issuer, vec![0]);
    }

    #[test]
    fn a_draft_stamp_in_the_header_is_not_the_issuer() {
        let text = "ỦY BAN NHÂN DÂN\nTỈNH LÀO CAI\nDỰ THẢO\nSố:    /QĐ-UBND\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n";
        assert_eq!(doc(text).header.issuer, vec![0, 1]);
        assert!(is_draft_mark("(Dự thảo lần 2)"));
        assert!(!is_draft_mark("BAN DỰ THẢO LUẬT"));
    }

    #[test]
    fn the_paragraph_under_a_one_line_kinh_gui_is_body_text() {
        let text = "Kính gửi: Các phòng thuộc Sở Công Thương.\nĐể bảo đảm văn bản đúng thể thức, Sở đề nghị các phòng rà soát văn bản.\nĐề nghị các phòng thực hiện./.\n";
        let d = doc(text);
        assert_eq!(d.kinh_gui.as_ref().map(|k| k.items.len()), Some(0));
        assert_eq!(d.body, 1..3);
        // A wrapped addressee goes on in lower case and stays with the label.
        let text = "Kính gửi: Sở Tài nguyên và Môi trường các tỉnh, thành phố\ntrên địa bàn tỉnh.\nĐể bảo đảm văn bản đúng thể thức, Sở đề nghị rà soát.\n";
        let d = doc(text);
        assert_eq!(d.body.start, 2);
    }

    /// Minutes whose type line goes on with the meeting in capitals take the `Về việc …` line
    /// under it into the trích yếu, however long it is.
    #[test]
    fn a_ve_viec_line_goes_on_under_a_type_line_fused_with_its_meeting() {
        let long = "Về việc xây dựng thống nhất các nội dung về danh mục, số lượng, tiêu chí kỹ thuật hạng mục Mua sắm băng ghim và dụng cụ cắt khâu nối dùng trong phẫu thuật";
        for (title, subject) in [
            ("BIÊN BẢN HỌP HỘI ĐỒNG KHOA HỌC", long),
            ("BIÊN BẢN HỌP HỘI ĐỒNG THI ĐUA, KHEN THƯỞNG", "Về việc xét tặng danh hiệu thi đua năm 2025 cho các tập thể và cá nhân có thành tích xuất sắc trong công tác chuyên môn của Bệnh viện đa khoa tỉnh Phú Thọ"),
            ("BIÊN BẢN HỌP HỘI ĐỒNG KHOA HỌC", "Về việc: xây dựng danh mục, số lượng, tiêu chí kỹ thuật hạng mục: Mua sắm vật tư y tế tiêu hao dùng trong phẫu thuật của Bệnh viện đa khoa tỉnh"),
        ] {
            let text = format!("Việt Trì, ngày 24 tháng 03 năm 2026\n{title}\n{subject}\n\nI. THỜI GIAN, ĐỊA ĐIỂM\n- Thời gian: 08h00 ngày 24/3/2026.\n");
            let d = doc(&text);
            let t = d.title.as_ref().expect(title);
            assert_eq!(t.trich_yeu.len(), 2, "{subject}");
            assert_eq!(d.lines[t.trich_yeu[1]].span.of(&text), subject);
        }
        // A law in sentence case under a trích yếu in capitals still ends it.
        let text = "Hà Nội, ngày 24 tháng 03 năm 2026\nNGHỊ ĐỊNH\nQUY ĐỊNH CHI TIẾT THUẾ TIÊU THỤ ĐẶC BIỆT\nLuật Thuế tiêu thụ đặc biệt số 66/2025/QH15 ngày 14 tháng 6 năm 2025 của Quốc hội quy định thuế suất đối với các mặt hàng.\n";
        assert_eq!(doc(text).title.map(|t| t.trich_yeu.len()), Some(1));
    }

    /// `Đồng kính gửi:` and its items are the copies' addressees, not the Kính gửi's.
    #[test]
    fn a_dong_kinh_gui_block_ends_the_addressees() {
        let body = "Thủ tướng Chính phủ có ý kiến chỉ đạo như sau.\n";
        for copies in [
            "Đồng kính gửi:\n- Ban Tuyên giáo Trung ương.\n",
            "Đồng kính gửi: Ban Tuyên giáo Trung ương.\n",
            "ĐỒNG KÍNH GỬI:\n- Ban Tuyên giáo Trung ương;\n- Văn phòng Trung ương Đảng.\n",
            "Đồng gửi:\n- Ban Tuyên giáo Trung ương.\n",
        ] {
            let text = format!(
                "Kính gửi:\n- Bộ Công an;\n- Bộ Thông tin và Truyền thông.\n{copies}{body}"
            );
            let d = doc(&text);
            assert_eq!(
                d.kinh_gui.as_ref().map(|k| k.items.clone()),
                Some(vec![1, 2]),
                "{copies}"
            );
            let last = d.lines.len() - 1;
            assert_eq!(d.body, last..last + 1, "{copies}");
        }
        assert!(!is_copy_label("Đồng chí Nguyễn Văn A: Trưởng phòng."));
    }

    #[test]
    fn a_can_cu_ending_in_a_date_stays_a_can_cu() {
        let text = "QUYẾT ĐỊNH\nVề việc thành lập Đoàn kiểm tra\nCăn cứ Luật Đất đai ngày 18 tháng 01 năm 2024;\nCăn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;\nQUYẾT ĐỊNH:\n";
        let d = doc(text);
        assert_eq!(d.preamble.len(), 2);
        assert!(d.header.place_date.is_none());
        assert!(d.enacting.is_some());
    }

    #[test]
    fn a_short_thuc_hien_phrase_under_the_type_name_is_the_trich_yeu() {
        let text = "KẾ HOẠCH\nThực hiện Chỉ thị số 11-CT/TU ngày 04/01/2026 của Ban Thường vụ Tỉnh ủy\n\nI. MỤC ĐÍCH\n";
        let d = doc(text);
        assert_eq!(d.title.map(|t| t.trich_yeu.len()), Some(1));
        // The same in a web copy (a blank line between every two lines), and in capitals.
        for text in [
            "KẾ HOẠCH\n\nThực hiện Chỉ thị số 11-CT/TU ngày 04/01/2026 của Ban Thường vụ Tỉnh ủy\n\nI. MỤC ĐÍCH\n",
            "HƯỚNG DẪN\n\nTHỰC HIỆN MỘT SỐ ĐIỀU TRONG QUY ĐỊNH SỐ 07-QĐI/TW, NGÀY 28/8/2018 CỦA BỘ CHÍNH TRỊ VỀ XỬ LÝ KỶ LUẬT TỔ CHỨC ĐẢNG VI PHẠM\n\n- Căn cứ Quy chế làm việc của Ủy ban Kiểm tra Trung ương khóa XII;\n",
        ] {
            let d = doc(text);
            assert_eq!(d.title.map(|t| t.trich_yeu.len()), Some(1), "{text}");
        }
        // A preamble sentence stays one, with or without the blank line above.
        let text = "KẾ HOẠCH\n\nThực hiện Quyết định số 367/QĐ-TTg ngày 28/02/2026 của Thủ tướng Chính phủ, Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:\n";
        let d = doc(text);
        assert_eq!(d.title.map(|t| t.trich_yeu.len()), Some(0));
        assert_eq!(d.preamble.len(), 1);
        let text = "KẾ HOẠCH\nTriển khai công tác năm 2026\n\nThực hiện Quyết định số 367/QĐ-TTg ngày 28/02/2026 của Thủ tướng Chính phủ, Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:\n";
        let d = doc(text);
        assert_eq!(d.title.map(|t| t.trich_yeu.len()), Some(1));
        assert_eq!(d.preamble.len(), 1);
    }

    /// An appendix heading an OCR ran onto one line with its long title and its reference
    /// is an appendix, whose reference is that line.
    #[test]
    fn an_appendix_heading_run_together_with_title_and_reference() {
        let text = "QUYẾT ĐỊNH\nVề việc công bố thủ tục hành chính\n\nĐiều 1. Công bố thủ tục.\nĐiều 2. Quyết định này có hiệu lực kể từ ngày ký./.\nNơi nhận:\n- Như Điều 2;\n- Lưu: VT.\nCHỦ TỊCH\n\nNguyễn Văn An\n\nPhụ lục I DANH MỤC THỦ TỤC HÀNH CHÍNH MỚI BAN HÀNH TRONG LĨNH VỰC HỖ TRỢ ĐẦU TƯ THUỘC PHẠM VI CHỨC NĂNG QUẢN LÝ CỦA SỞ TÀI CHÍNH TỈNH LAI CHÂU (Ban hành kèm theo Quyết định số 12/QĐ-UBND ngày 05 tháng 9 năm 2025 của Chủ tịch UBND tỉnh Lai Châu)\nTên thủ tục\n";
        let d = doc(text);
        assert_eq!(d.appendices.len(), 1);
        assert_eq!(d.appendices[0].reference, Some(d.appendices[0].heading));
        // Prose that speaks of an appendix in lower case is none.
        let text = "QUYẾT ĐỊNH\nVề việc công bố\n\nĐiều 1. Công bố.\nPhụ lục I kèm theo quyết định này gồm danh mục thủ tục hành chính mới ban hành trong lĩnh vực hỗ trợ đầu tư thuộc phạm vi chức năng quản lý của Sở Tài chính tỉnh Lai Châu, được công khai trên cổng dịch vụ công.\n";
        assert!(doc(text).appendices.is_empty());
    }

    /// A resolution with no Nơi nhận whose appendix holds model forms, each with a signature
    /// block of its own: the document's closing is the block before the appendix.
    #[test]
    fn forms_in_an_appendix_do_not_take_the_signature() {
        let text = "NGHỊ QUYẾT\nQuy định chi tiết việc tổ chức hội nghị cử tri\n\nQUYẾT NGHỊ:\nĐiều 1. Phạm vi điều chỉnh\nNghị quyết này quy định chi tiết.\nĐiều 2. Hiệu lực thi hành\nNghị quyết này có hiệu lực từ ngày 01 tháng 11 năm 2025.\n\nTM. ỦY BAN THƯỜNG VỤ QUỐC HỘI\nCHỦ TỊCH\n\nTrần Thanh Mẫn\n\nPHỤ LỤC\nban hành kèm theo Nghị quyết số 101/2025/UBTVQH15 của Ủy ban Thường vụ Quốc hội\nMẫu số 01/HNCT\nBIÊN BẢN HỘI NGHỊ CỬ TRI\nHội nghị đã giới thiệu người ứng cử.\nTM. BAN CÔNG TÁC MẶT TRẬN\nTRƯỞNG BAN\n(Ký, ghi rõ họ và tên)\n";
        let d = doc(text);
        let line = |i: usize| d.lines[i].span.of(text);
        let auth: Vec<&str> = d
            .closing
            .signature
            .authority
            .iter()
            .map(|&i| line(i))
            .collect();
        assert_eq!(auth, ["TM. ỦY BAN THƯỜNG VỤ QUỐC HỘI"]);
        assert_eq!(d.closing.signature.name.map(line), Some("Trần Thanh Mẫn"));
        assert_eq!(d.appendices.len(), 1);
    }

    /// A plan issued with its decision follows it with a header of its own: the decision's
    /// Lưu line does not go on into that header (pdftotext -layout of a Hà Nội decision).
    #[test]
    fn the_closing_ends_where_an_attached_document_opens_its_header() {
        let text = "QUYẾT ĐỊNH\nBan hành Kế hoạch\n\nĐiều 1. Ban hành Kế hoạch.\nĐiều 2. Quyết định này có hiệu lực từ ngày ký./.\nNơi nhận:                                   TM. ỦY BAN NHÂN DÂN\n- Như Điều 2;                                      CHỦ TỊCH\n- Lưu: VT, ĐTDG\n                                           Trần Sỹ Thanh\n\u{c}ỦY BAN NHÂN DÂN                    CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nTHÀNH PHỐ HÀ NỘI                            Độc lập - Tự do - Hạnh phúc\n\n                  KẾ HOẠCH\n   Bảo đảm thoát nước mùa mưa năm 2026\n";
        let d = doc(text);
        let nn = d.closing.noi_nhan.as_ref().expect("Nơi nhận");
        let luu = nn.luu.expect("Lưu");
        assert_eq!(d.lines[luu].span.of(text), "- Lưu: VT, ĐTDG");
        let last = nn.items.last().and_then(|it| it.lines.last()).copied();
        assert_eq!(
            last,
            Some(luu),
            "the Lưu item takes no line of the next header"
        );
        // Nor when the document arrives run together on one line, the header's line kept
        // whole after the Lưu by the reader's cuts.
        let one_line = text.split_whitespace().collect::<Vec<_>>().join(" ") + "\n";
        let d = doc(&one_line);
        let nn = d.closing.noi_nhan.as_ref().expect("Nơi nhận");
        let luu = nn.luu.expect("Lưu");
        assert_eq!(d.lines[luu].span.of(&one_line), "- Lưu: VT, ĐTDG");
        let last = nn.items.last().and_then(|it| it.lines.last()).copied();
        assert_eq!(last, Some(luu), "{:?}", nn.items);
    }

    /// A signature picture's text layer repeats the position cut short under it (pdftotext
    /// -layout of a signed report): one position, not two.
    #[test]
    fn a_position_repeated_cut_short_is_the_signature_picture() {
        let text = "BÁO CÁO\nKết quả thẩm định\n\nI. NỘI DUNG\nNội dung báo cáo.\nNơi nhận:                                            KT. GIÁM ĐỐC\n- Sở Nội vụ;\n- Ban Giám đốc (để biết);                           PHÓ GIÁM ĐỐC\n- Lưu: VT, XD&KTVBQPPL.                               PHÓ GIÁ\n\n\n                                                   Triệu Quốc Trung\n";
        let d = doc(text);
        let positions: Vec<&str> = d
            .closing
            .signature
            .positions
            .iter()
            .map(|&i| d.lines[i].span.of(text).trim())
            .collect();
        assert_eq!(positions, ["PHÓ GIÁM ĐỐC"]);
        assert!(d.closing.signature.name.is_some());
    }

    /// A giấy mời takes no trích yếu: its opening `Thực hiện …` sentence and the numbered
    /// items under it are the body, in any layout (indented, flush, a blank line between).
    #[test]
    fn a_giay_moi_opens_its_body_with_thuc_hien_and_numbered_items() {
        let head = "ỦY BAN NHÂN DÂN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nTỈNH LÂM ĐỒNG\tĐộc lập - Tự do - Hạnh phúc\nSố: 85/GM-UBND\tLâm Đồng, ngày 19 tháng 01 năm 2026\n\nGIẤY MỜI\n";
        for body in [
            "    Thực hiện Chương trình công tác của Ủy ban nhân dân tỉnh tháng 01/2026,\nỦy ban nhân dân tỉnh tổ chức Họp đánh giá công tác cải cách hành chính.\n   1. Chủ trì: Đồng chí Nguyễn Văn A.\n    2. Thành phần mời:\n",
            "Thực hiện Chương trình công tác của Ủy ban nhân dân tỉnh tháng 01/2026, Ủy ban nhân dân tỉnh tổ chức Họp.\n\n1. Chủ trì: Đồng chí Nguyễn Văn A.\n\n2. Thành phần mời:\n",
        ] {
            let text = format!("{head}{body}");
            assert_eq!(trich_yeu_of(&text), Vec::<String>::new(), "{text}");
        }
        // A giấy mời with its meeting named under the type keeps it as the trích yếu; its
        // numbered items still are not.
        let text = format!("{head}Họp đánh giá công tác cải cách hành chính năm 2025\n1. Chủ trì: Đồng chí Nguyễn Văn A.\n");
        assert_eq!(
            trich_yeu_of(&text),
            ["Họp đánh giá công tác cải cách hành chính năm 2025"]
        );
        // A year the trích yếu wraps onto still goes on.
        let text = "KẾ HOẠCH\nTriển khai công tác cải cách hành chính năm\n2026 của tỉnh Lâm Đồng\n\nI. MỤC ĐÍCH\n";
        assert_eq!(trich_yeu_of(text).len(), 2);
    }

    #[test]
    fn the_issuing_authority_of_a_quyet_dinh_is_not_its_trich_yeu() {
        let text = "QUYẾT ĐỊNH\nCHỦ TỊCH ỦY BAN NHÂN DÂN\nTỈNH LÀO CAI\nCăn cứ Luật Tổ chức chính quyền địa phương;\n";
        let d = doc(text);
        assert_eq!(d.title.map(|t| t.trich_yeu.len()), Some(0));
        assert_eq!(d.authority_heading, Some(1));
        assert_eq!(d.preamble, vec![3]);
    }

    #[test]
    fn a_v_v_line_under_the_type_name_is_the_trich_yeu() {
        let text = "QUYẾT ĐỊNH\nV/v Nâng bậc lương thường xuyên đối với VC, NLĐ\n\nGIÁM ĐỐC BỆNH VIỆN ĐA KHOA ĐỒNG NAI\nCăn cứ Luật Viên chức;\nQUYẾT ĐỊNH:\n";
        assert_eq!(
            trich_yeu_of(text),
            vec!["V/v Nâng bậc lương thường xuyên đối với VC, NLĐ"]
        );
        assert!(doc(text).vv.is_empty());
    }

    #[test]
    fn a_list_with_no_number_and_no_closing_goes_with_another_document() {
        let head = "BAN TỔ CHỨC\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\tĐộc lập - Tự do - Hạnh phúc\n\tHà Nội, ngày 09 tháng 10 năm 2025\n\n";
        let list = format!("{head}DANH SÁCH\nTHAM LUẬN TẠI HỘI NGHỊ\n\nSTT\tĐơn vị\n1\tBộ Y tế\n2\tBộ Quốc phòng\n");
        let found = codes(&list);
        for code in ["SO001", "NN001", "CK001"] {
            assert!(!found.contains(&code), "{code} in {found:?}");
        }
        // A plan with neither is still missing them.
        let plan = list.replace("DANH SÁCH\n", "KẾ HOẠCH\n");
        let found = codes(&plan);
        for code in ["SO001", "NN001", "CK001"] {
            assert!(found.contains(&code), "{code} not in {found:?}");
        }
    }

    #[test]
    fn the_event_a_paper_was_given_at_goes_on_under_its_title() {
        let text = "DANH SÁCH\nTHAM LUẬN\n\nTại Hội nghị triển khai Chương trình mục tiêu quốc gia\n\nphòng, chống ma tuý đến năm 2030\n\nSTT\n1\n";
        assert_eq!(
            trich_yeu_of(text),
            vec![
                "THAM LUẬN",
                "Tại Hội nghị triển khai Chương trình mục tiêu quốc gia",
                "phòng, chống ma tuý đến năm 2030"
            ]
        );
        // A first paragraph that opens with `Tại` and ends as a sentence is the body.
        let text = "BÁO CÁO\nKẾT QUẢ CÔNG TÁC NĂM 2025\n\nTại kỳ họp thứ 10, Hội đồng nhân dân tỉnh đã thông qua.\n";
        assert_eq!(trich_yeu_of(text), vec!["KẾT QUẢ CÔNG TÁC NĂM 2025"]);
    }

    #[test]
    fn a_body_signing_in_its_own_name_under_the_last_sentence() {
        let head = "QUỐC HỘI KHÓA XV\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nỦY BAN VĂN HÓA VÀ XÃ HỘI\tĐộc lập - Tự do - Hạnh phúc\n\tHà Nội, ngày 12 tháng 8 năm 2025\n\nBÁO CÁO\nThẩm tra sơ bộ dự án Luật\n\n";
        let text = format!(
            "{head}Thường trực Ủy ban trân trọng báo cáo.\nTHƯỜNG TRỰC ỦY BAN VĂN HÓA VÀ XÃ HỘI\n"
        );
        assert_eq!(
            positions_of(&text),
            vec!["THƯỜNG TRỰC ỦY BAN VĂN HÓA VÀ XÃ HỘI"]
        );
        assert!(!codes(&text).contains(&"CK001"));
        // A heading in capitals that names another body is no signature.
        let text =
            format!("{head}Thường trực Ủy ban trân trọng báo cáo.\nỦY BAN THƯỜNG VỤ QUỐC HỘI\n");
        assert!(doc(&text).closing.signature.positions.is_empty());
    }

    /// A Party committee's report signed by the body its last sentence names as reporting
    /// (`TỈNH ỦY THÁI NGUYÊN` in the header, `Ban Chấp hành Đảng bộ tỉnh` signing).
    #[test]
    fn a_body_named_by_the_last_sentence_signs_as_a_whole() {
        let head = "ĐẢNG CỘNG SẢN VIỆT NAM\nTỈNH ỦY THÁI NGUYÊN\nThái Nguyên, ngày 10 tháng 9 năm 2025\n\nBÁO CÁO\ntổng hợp ý kiến góp ý vào các dự thảo văn kiện\n\nI. TÌNH HÌNH\nCác cấp ủy đã tổ chức góp ý.\n";
        let last = "Trên đây là Báo cáo tổng hợp góp ý vào các dự thảo văn kiện Đại hội XIV\ncủa Đảng, Ban Chấp hành Đảng bộ tỉnh trân trọng báo cáo Đại hội.\n";
        let text = format!("{head}{last}BAN CHẤP HÀNH ĐẢNG BỘ TỈNH\n");
        assert_eq!(positions_of(&text), vec!["BAN CHẤP HÀNH ĐẢNG BỘ TỈNH"]);
        // A heading the sentence does not name is none.
        let text = format!("{head}{last}BAN THƯỜNG VỤ TỈNH ỦY\n");
        assert!(doc(&text).closing.signature.positions.is_empty());
    }

    #[test]
    fn a_date_at_the_end_over_two_parties_blocks() {
        let text = "BỆNH VIỆN ĐK ĐỒNG NAI\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nP. CÔNG NGHỆ THÔNG TIN\tĐộc lập - Tự do - Hạnh phúc\n\nBIÊN BẢN\nNGHIỆM THU CHƯƠNG TRÌNH CẤP SỐ\n\nChúng tôi gồm hai bên.\nBiên Hòa, ngày 20 tháng 02 năm 2025\nPHÒNG CNTT\n\n\nHồ Huy Bình\nKHOA KHÁM BỆNH\n\n\nPhạm Thúy An\n";
        let d = doc(text);
        let line = |i: usize| d.lines[i].span.of(text);
        assert_eq!(
            d.header.place_date.map(line),
            Some("Biên Hòa, ngày 20 tháng 02 năm 2025")
        );
        let sig = &d.closing.signature;
        assert_eq!(
            sig.positions.iter().map(|&i| line(i)).collect::<Vec<_>>(),
            ["PHÒNG CNTT"]
        );
        assert_eq!(sig.name.map(line), Some("Hồ Huy Bình"));
        assert!(!codes(text).contains(&"NG001"));
    }

    #[test]
    fn a_position_wrapped_over_two_lines_without_recipients() {
        let text = "QUYẾT ĐỊNH\nVề đặc xá năm 2024\n\nĐiều 1. Quyết định này có hiệu lực kể từ ngày ký.\nCHỦ TỊCH\nNƯỚC CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n(đã ký)\nTô Lâm\n";
        let d = doc(text);
        let sig = &d.closing.signature;
        let line = |i: usize| d.lines[i].span.of(text);
        assert_eq!(
            sig.positions.iter().map(|&i| line(i)).collect::<Vec<_>>(),
            ["CHỦ TỊCH", "NƯỚC CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"]
        );
        assert_eq!(sig.name.map(line), Some("Tô Lâm"));
        // A box's label in capitals above the position is not the position's first line.
        let text = "PHIẾU TRÌNH\nVề việc bố trí kinh phí\n\nNội dung trình đã rõ.\nPHÒNG XỬ LÝ CHÍNH\nLÃNH ĐẠO VĂN PHÒNG\nNguyễn Văn An\n";
        assert_eq!(positions_of(text), ["LÃNH ĐẠO VĂN PHÒNG"]);
    }
}
