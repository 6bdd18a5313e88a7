//! The header: where it ends, the issuer's bodies, the number, date and other columns' lines,
//! and the attestation block a consolidated text carries at its end instead.

use super::is_type_name;
use crate::model::document::*;
use crate::recognize::clues::looks_like_body_name;
use crate::recognize::clues::mostly_upper;
use crate::text::fold::{fold_case, is_upper, skeleton};

/// How far down the header may reach (in lines) when nothing closes it earlier.
const HEADER_MAX_LINES: usize = 16;
/// How far past its last component the header may go on (a wrapped ký hiệu, a V/v).
const HEADER_REACH: usize = 6;
/// The most lines a header holds, however its components are spread.
const HEADER_REACH_CAP: usize = 40;

/// The header ends before the first line that belongs to the title or the body.
pub(super) fn find_header_end(text: &str, lines: &[Line]) -> usize {
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
                // A letter's name in the type's place (`THƯ MỜI`) is the title's line too.
                let type_line =
                    is_type_name(text, line) || crate::text::phrases::is_letter_type_name(t);
                (type_line && !header_goes_on(lines, i)) || prose
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

pub(super) fn fill_header(text: &str, doc: &mut Document, end: usize) {
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
pub(super) fn attestation_header(
    text: &str,
    doc: &mut Document,
    from: usize,
    to: usize,
) -> Option<usize> {
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

/// A field's name wrapped onto a line of its own under its body's opening line (`PHÒNG KHẢO
/// THÍ - ĐẢM BẢO CHẤT LƯỢNG` / `GIÁO DỤC`): two words that open no body, no place and no unit
/// of one. (Under a name that went on with its place, `UBND TỈNH` / `BÌNH THUẬN`, such a line
/// opens the next body: `HIỆP HỘI` / `DOANH NGHIỆP`.)
/// (A unit the list of heads leaves out, `KHOA DƯỢC` under its school, is a body of its own.)
fn field_goes_on(t: &str) -> bool {
    const UNITS: &[&str] = &[
        "khoa ",
        "chi bộ",
        "đảng bộ",
        "công đoàn",
        "phân hiệu",
        "chi nhánh",
    ];
    let f = fold_case(t);
    t.split_whitespace().count() == 2
        && !opens_a_body(t)
        && !opens_with_place_level(t)
        && !UNITS.iter().any(|u| f.starts_with(u))
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
pub(super) fn issuer_bodies(text: &str, doc: &Document) -> Vec<Vec<Span>> {
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
                || bodies.last().is_some_and(|b| b.len() == 1) && field_goes_on(trimmed)
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::recognize::assemble::test_support::*;

    #[test]
    fn a_long_drawn_rule_under_the_tieu_ngu_is_no_body() {
        let rule = "–".repeat(58);
        let text = format!("TÒA ÁN NHÂN DÂN TỐI CAO        CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n                               Độc lập - Tự do - Hạnh phúc\n                               {rule}\nSố:    /TTr-TANDTC             Hà Nội, ngày    tháng    năm 2025\n\n              TỜ TRÌNH\n        Dự án Luật Phá sản (sửa đổi)\n\n          Kính gửi: Quốc hội\n");
        let d = doc(&text);
        assert!(d.header.so.is_some() && d.header.place_date.is_some());
        assert!(d.title.is_some() && d.kinh_gui.is_some());
    }

    /// A letter's name in the type's place (`THƯ MỜI`, a scan's `THƯ MƠI`) ends the header
    /// and heads the title, its trích yếu wrapped in lower case under it (`thực hiện …`): the
    /// type TL002 reports, not a công văn without its V/v.
    #[test]
    fn a_letters_name_ends_the_header() {
        for name in ["THƯ MƠI", "THƯ MỜI"] {
            let text = format!("UBND TỈNH KIÊN GIANG CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\nSỞ Y TẾ Độc lập - Tự do - Hạnh phúc\nSố: 155/TM-SYT Kiên Giang, ngày 10 tháng 11 năm 2017\nHỎA TỐC\n{name}\n\nHội nghị lấy ý kiến góp ý xây dựng Chương trình hành động của Tỉnh ủy\nthực hiện Nghị quyết số 20-NQ/TW, ngày 25 tháng 10 năm 2017\ncủa Ban Chấp hành Trung ương (khóa XII)\n\nThực hiện chỉ đạo của Thường trực Tỉnh ủy, Sở Y tế tổ chức Hội nghị.\n");
            let d = doc(&text);
            let title = d.title.as_ref().expect(name);
            assert_eq!(d.lines[title.type_line].span.of(&text), name);
            assert_eq!(title.doc_type, None);
            assert_eq!(title.trich_yeu.len(), 3, "{name}");
        }
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

    fn issuer_of(text: &str) -> Vec<String> {
        let d = doc(text);
        d.header
            .issuer
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
    fn a_field_wrapped_under_its_body_is_one_body() {
        let qh = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM";
        let tn = "Độc lập - Tự do - Hạnh phúc";
        // pdf-layout/tb-17-ktdbcl-vku-2023: the office's field wraps onto a line of its own.
        let text = format!(
            "TRƯỜNG ĐẠI HỌC CÔNG NGHỆ THÔNG TIN VÀ\t{qh}\nTRUYỀN THÔNG VIỆT- HÀN\t{tn}\nPHÒNG KHẢO THÍ - ĐẢM BẢO CHẤT LƯỢNG\nGIÁO DỤC\nSố: 17/TB-KT&ĐBCL\tĐà Nẵng, ngày 29 tháng 05 năm 2023\n"
        );
        assert_eq!(
            bodies(&text),
            [
                "TRƯỜNG ĐẠI HỌC CÔNG NGHỆ THÔNG TIN VÀ TRUYỀN THÔNG VIỆT- HÀN",
                "PHÒNG KHẢO THÍ - ĐẢM BẢO CHẤT LƯỢNG GIÁO DỤC"
            ]
        );
        // A faculty under its school is a body of its own.
        let text = format!(
            "TRƯỜNG ĐẠI HỌC Y HÀ NỘI\t{qh}\nKHOA DƯỢC\t{tn}\nSố: 17/TB-KD\tHà Nội, ngày 29 tháng 05 năm 2023\n"
        );
        assert_eq!(bodies(&text), ["TRƯỜNG ĐẠI HỌC Y HÀ NỘI", "KHOA DƯỢC"]);
        // Under a name that went on with its place, a body of two words wrapped in a narrow
        // cell (pdf-layout/bc-duthao-hhdn-binhthuan-2025 in a narrow header).
        let text = format!(
            "UBND TỈNH\t{qh}\nBÌNH THUẬN\t{tn}\nHIỆP HỘI\nDOANH NGHIỆP\nSố: 12/BC-K4\tBình Thuận, ngày 05 tháng 6 năm 2025\n"
        );
        assert_eq!(
            bodies(&text),
            ["UBND TỈNH BÌNH THUẬN", "HIỆP HỘI DOANH NGHIỆP"]
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
}

/// Tests written for the mutants the mutation sample left alive (docs/mutation-testing.md).
#[cfg(test)]
mod mutation_tests {
    use crate::recognize::assemble::test_support::*;

    /// A công văn with no Kính gửi whose body a plain-text copy wrapped into short lines: the
    /// header ends with its components, the letter's lines are the body, not the header's
    /// reach running on down to the Nơi nhận.
    #[test]
    fn a_letter_without_kinh_gui_wrapped_in_short_lines_keeps_its_body() {
        let body = "Sở Tài chính nhận được Công văn số 120/SNV-CCHC ngày 01/3/2026\ncủa Sở Nội vụ đề nghị góp ý dự thảo Kế hoạch cải cách hành chính\nnăm 2026 của tỉnh. Sau khi nghiên cứu, Sở Tài chính có ý kiến\nnhư sau:\n".repeat(4);
        let text = format!("UBND TỈNH LÀO CAI          CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSỞ TÀI CHÍNH                  Độc lập - Tự do - Hạnh phúc\nSố: 215/STC-VP              Lào Cai, ngày 05 tháng 3 năm 2026\nV/v góp ý dự thảo kế hoạch\n\n{body}Sở Tài chính đề nghị Sở Nội vụ tổng hợp./.\n\nNơi nhận:\n- Sở Nội vụ;\n- Lưu: VT.\n                                   GIÁM ĐỐC\n\n                                   Nguyễn Văn An\n");
        let d = doc(&text);
        let first = d.lines[d.body.start].span.of(&text);
        assert!(first.starts_with("Sở Tài chính nhận được"), "{first}");
    }
}
