//! The line grammar (`grammar/line.pest` in this crate) and the lowering of its pairs into typed
//! line kinds.

use crate::layout::Segment;
use crate::model::document::{DateParts, Line, LineKind, SoParts};
use crate::recognize::clues::{bounded, mostly_upper};
use crate::text::fold::{fold_case, is_upper};
use crate::text::span::Span;
use pest::iterators::Pair;

#[derive(pest_derive::Parser)]
#[grammar = "grammar/line.pest"]
struct LineGrammar;

/// Classifies one segment of `text`.
pub fn classify(text: &str, seg: &Segment) -> Line {
    classify_within(text, seg, &crate::config::Limits::default()).0
}

/// Classifies a line, unless it is longer than the limits allow or the grammar runs out of steps
/// on it: then it is a plain paragraph, and the second value says so.
pub fn classify_within(text: &str, seg: &Segment, limits: &crate::config::Limits) -> (Line, bool) {
    let original = seg.span.of(text);
    classify_folded_within(text, &fold_case(original), seg, limits)
}

/// `classify_within`, given the segment case-folded (a slice of the folded text: folding keeps
/// byte offsets).
pub fn classify_folded_within(
    text: &str,
    folded: &str,
    seg: &Segment,
    limits: &crate::config::Limits,
) -> (Line, bool) {
    let original = seg.span.of(text);
    let mut unread = original.len() > limits.max_line_bytes;
    let kind = if unread {
        LineKind::Paragraph
    } else {
        let exact = match classify_folded(folded) {
            Ok(Some(pair)) => {
                let was_date = pair.as_rule() == Rule::place_date;
                let kind = lower(pair, seg.span.start, original);
                // A sentence the date grammar took and let go (`1. Nghị định này có hiệu lực
                // từ ngày 31 tháng 12 năm 2025.`): what the later alternatives make of it.
                if was_date && kind == LineKind::Paragraph {
                    classify_folded_after(folded, Rule::line_place_date)
                        .ok()
                        .flatten()
                        .map_or(LineKind::Paragraph, |p| lower(p, seg.span.start, original))
                } else {
                    kind
                }
            }
            Ok(None) => LineKind::Paragraph,
            Err(limit) => {
                unread = limit;
                LineKind::Paragraph
            }
        };
        if exact == LineKind::Paragraph && !unread {
            tolerant_kind(original, folded, seg.span.start).unwrap_or(exact)
        } else if matches!(exact, LineKind::Dash { .. }) {
            // The underline below the issuer read as a list dash before the Tiêu ngữ.
            tolerant_kind(original, folded, seg.span.start)
                .filter(|k| matches!(k, LineKind::QuocHieu | LineKind::TieuNgu { .. }))
                .unwrap_or(exact)
        } else {
            exact
        }
    };
    // The debris before a header phrase read with it is no part of the component.
    let span = match kind {
        LineKind::QuocHieu | LineKind::TieuNgu { .. } => Span::new(
            seg.span.start + header_debris(original) as u32,
            seg.span.end,
        ),
        _ => seg.span,
    };
    (line_at(seg, span, kind), unread)
}

/// The line of `seg` read as `kind` over `span`: its place on the page comes from the segment.
pub(crate) fn line_at(seg: &Segment, span: Span, kind: LineKind) -> Line {
    Line {
        span,
        row: seg.row,
        column: seg.column,
        indent: seg.indent,
        blank_before: seg.blank_before,
        page_break_before: seg.page_break_before,
        style: seg.style,
        kind,
    }
}

/// How many bytes of what a scan or the underline below the issuer leaves stand before the
/// Quốc hiệu or the Tiêu ngữ (`—- Độc lập - Tự đo - Hạnh phúc`, `ˆ Độc lập - Tự do - Hạnh
/// phú`): the phrase starts after them, and the line is read from there. Zero when none, or
/// when more than a few characters stand there.
fn header_debris(original: &str) -> usize {
    let debris = |c: char| {
        c.is_whitespace()
            || matches!(
                c,
                '—' | '–' | '-' | '~' | 'ˆ' | '^' | '_' | '.' | '*' | '•' | '`' | '\'' | '"' | '|'
            )
    };
    let lead = original.len() - original.trim_start_matches(debris).len();
    if lead <= 8 {
        lead
    } else {
        0
    }
}

/// What a line the grammar reads as a paragraph is, when one of the decree's fixed phrases is
/// written with a slip (OCR, typing: `CONG HOA XA HOI…`, `Noi nhận:`, `Độc lập ~ Tự do ~ Hạnh
/// phúc`, `Số: 409 /TTr-CAT(PC04)`): the component, so that its rule reports the wording
/// instead of the component going missing.
fn tolerant_kind(original: &str, folded: &str, base: u32) -> Option<LineKind> {
    use crate::text::phrases::{self, Skeleton};
    let lead = header_debris(original);
    if lead > 0 {
        let after = tolerant_kind(&original[lead..], &folded[lead..], base + lead as u32);
        if matches!(after, Some(LineKind::QuocHieu | LineKind::TieuNgu { .. })) {
            return after;
        }
    }
    let len = original.len();
    let first = folded.chars().next()?;
    let abs = |a: usize, b: usize| Span::new(base + a as u32, base + b as u32);
    if (25..=110).contains(&len)
        && folded.contains("nam")
        && phrases::is_whole(original, phrases::QUOC_HIEU)
    {
        return Some(LineKind::QuocHieu);
    }
    if (15..=70).contains(&len)
        // `Ð` (Latin eth), which converted PDFs put for `Đ`: QH004 reports the letter.
        && matches!(first, 'đ' | 'd' | 'Đ' | 'D' | 'Ð' | 'ð')
        && (folded.contains("nam")
            || folded.contains("do")
            || folded.contains("minh")
            || folded.contains("hạnh"))
    {
        if phrases::is_party_style_heading(original) {
            return Some(LineKind::PartyHeading);
        }
        let sk = Skeleton::of(original);
        if let Some(f) = phrases::find_in(&sk, phrases::TIEU_NGU).filter(|f| f.start == 0) {
            // The separators: between the second and third words, and the fourth and fifth.
            let mut word_ends: Vec<(u32, u32)> = Vec::new();
            let mut k = 0;
            while k < sk.chars.len() {
                let start = k;
                while k < sk.chars.len() && sk.chars[k] != ' ' {
                    k += 1;
                }
                word_ends.push((sk.ranges[start].0, sk.ranges[k - 1].1));
                k += 1;
            }
            let separators = if word_ends.len() >= 6 {
                vec![
                    abs(word_ends[1].1 as usize, word_ends[2].0 as usize),
                    abs(word_ends[3].1 as usize, word_ends[4].0 as usize),
                ]
            } else {
                Vec::new()
            };
            let _ = f;
            return Some(LineKind::TieuNgu { separators });
        }
    }
    // A label (`Nơi nhận`, `Kính gửi`) with a slip, then its colon and the rest of the line.
    let label = |phrase: phrases::Phrase| -> Option<(Span, Option<Span>, Span)> {
        let head_end = original
            .char_indices()
            .nth(12)
            .map_or(original.len(), |(i, _)| i);
        let f = phrases::find(&original[..head_end], phrase).filter(|f| f.start == 0)?;
        let end = f.end as usize;
        let after = &original[end..];
        let t = after.trim_start_matches([' ', '\t', '\u{a0}']);
        let colon = t.starts_with(':').then(|| end + (after.len() - t.len()));
        let rest_start = colon.map_or(end, |c| c + 1);
        let rest = &original[rest_start..];
        let lead = rest.len() - rest.trim_start().len();
        Some((
            abs(0, end),
            colon.map(|c| abs(c, c + 1)),
            abs(rest_start + lead, len),
        ))
    };
    if matches!(first, 'n') && len >= 7 {
        if let Some((label, colon, rest)) = label(phrases::NOI_NHAN) {
            if colon.is_some() || rest.is_empty() {
                return Some(LineKind::NoiNhan { label, colon, rest });
            }
        }
    }
    // Its first letter lost or misread by a scan (`ơi nhận:`, `Với nhận:`): with its colon.
    let head_end = crate::recognize::clues::floor_boundary(original, 14.min(len));
    let has_nhan = folded[..head_end].contains("nhận") || folded[..head_end].contains("nhan");
    if len >= 7 && has_nhan && crate::recognize::clues::is_scanned_label(&original[..head_end]) {
        if let Some((label, colon @ Some(_), rest)) = label(phrases::NOI_NHAN) {
            return Some(LineKind::NoiNhan { label, colon, rest });
        }
    }
    // The space between its words lost (`Noinhận:`): NN002 reports the label.
    if matches!(first, 'n') {
        if let Some(end) = crate::recognize::clues::glued_label_end(original) {
            let rest = &original[end + 1..];
            let rest_start = end + 1 + (rest.len() - rest.trim_start().len());
            return Some(LineKind::NoiNhan {
                label: abs(0, end),
                colon: Some(abs(end, end + 1)),
                rest: abs(rest_start, len),
            });
        }
    }
    if len < 80 {
        if let Some(authority) = tolerant_authority(original, base) {
            return Some(authority);
        }
    }
    if matches!(first, 'k') && len >= 7 {
        if let Some((label, colon, rest)) = label(phrases::KINH_GUI) {
            if colon.is_some() {
                return Some(LineKind::KinhGui { label, colon, rest });
            }
        }
    }
    // A công điện's sender (`THỦ TƯỚNG CHÍNH PHỦ điện:`): its addressees follow, as after a
    // Kính gửi.
    if folded.trim_end().ends_with("điện:") && len < 120 {
        let t = original.trim_end();
        let label_end = t.len() - 1;
        let head = &original[..label_end];
        let before = head.trim_end().strip_suffix("điện").unwrap_or(head);
        if crate::text::fold::is_upper(before) {
            return Some(LineKind::KinhGui {
                label: abs(0, label_end),
                colon: Some(abs(label_end, label_end + 1)),
                rest: abs(label_end + 1, label_end + 1),
            });
        }
    }
    if matches!(first, 'q') && folded.trim_end().ends_with(':') && len < 30 {
        let sk = crate::text::fold::skeleton(folded.trim_end().trim_end_matches(':'));
        if matches!(sk.trim(), "quyet dinh" | "quyet nghi") {
            return Some(LineKind::Enacting);
        }
    }
    if matches!(first, 's' | 'l' | 'n' | 'p' | 't' | 'b' | 'q') && len < 120 {
        if let Some(so) = tolerant_so(original, folded, base) {
            return Some(so);
        }
    }
    if (12..=80).contains(&len) && (folded.contains("ngày") || folded.contains("ngay")) {
        if let Some(date) = tolerant_date(original, folded, base) {
            return Some(date);
        }
    }
    None
}

/// The first whole word at or after `from` whose letters without marks are `skeleton`
/// (`thảng` for `tháng`): where it starts, and its length.
fn word_with_skeleton(folded: &str, from: usize, skeleton: &str) -> Option<(usize, usize)> {
    let rest = &folded[from..];
    rest.split_whitespace()
        .find(|w| crate::text::fold::skeleton(w) == skeleton)
        .map(|w| {
            (
                from + (w.as_ptr() as usize - rest.as_ptr() as usize),
                w.len(),
            )
        })
}

/// An authority line with a scan's slip the grammar does not take: a stray mark before the
/// prefix (`“KT. GIÁM ĐÓC`) or a comma read for its period (`KT, BỘ TRƯỞNG`). The prefix in
/// capitals, the title in capitals opening with a known position (tolerantly).
fn tolerant_authority(original: &str, base: u32) -> Option<LineKind> {
    let abs = |a: usize, b: usize| Span::new(base + a as u32, base + b as u32);
    let t = original.trim_start_matches(['“', '"', '\'', '‘', '`']);
    let lead = original.len() - t.len();
    let prefix = ["TUQ", "KT", "TM", "TL"]
        .into_iter()
        .find(|p| t.starts_with(p))?;
    let sep = t[prefix.len()..].chars().next()?;
    if !matches!(sep, '.' | ',') || lead == 0 && sep == '.' {
        return None;
    }
    let after = &t[prefix.len() + 1..];
    let title = after.trim_start();
    let title_at = lead + prefix.len() + 1 + (after.len() - title.len());
    let title = title.trim_end();
    if !is_upper(title) || !crate::recognize::clues::is_position_words(title) {
        return None;
    }
    Some(LineKind::Authority {
        prefix: abs(lead, lead + prefix.len()),
        separator: Some(abs(lead + prefix.len(), lead + prefix.len() + 1)),
        title: abs(title_at, title_at + title.len()),
    })
}

/// A place-date line the grammar cannot read: an OCR's specks in its numbers (`Quảng Ngãi, ngày
/// @3 tháng 0I năm 2025`, `ngày-14`, `tháng I1]`), or a date without its place (`Ngày 8 tháng 12
/// năm 2025`). A place of capitalised words, then `ngày`, `tháng`, `năm` in order with at most a
/// few characters between them. Only the numbers that read as numbers are taken.
fn tolerant_date(original: &str, folded: &str, base: u32) -> Option<LineKind> {
    let abs = |a: usize, b: usize| Span::new(base + a as u32, base + b as u32);
    let ngay = folded.find("ngày").or_else(|| folded.find("ngay"))?;
    let place_text = original[..ngay].trim_end().trim_end_matches(',').trim_end();
    let words: Vec<&str> = place_text.split_whitespace().collect();
    // Capitalised words, but for the second word of `Thành phố`, `Thị xã`, `Thị trấn` (a scan's
    // `Thành phó Hô Chí Minh` too).
    let place_ok = words.is_empty()
        || (words.len() <= 6
            && words.iter().enumerate().all(|(k, w)| {
                w.starts_with(crate::text::fold::is_capital)
                    || matches!(*w, "-" | "–")
                    || (k > 0 && matches!(words[k - 1], "Thành" | "Thị"))
            }));
    if !place_ok || (words.is_empty() && ngay > 0) {
        return None;
    }
    let after_ngay = ngay
        + if folded[ngay..].starts_with("ngày") {
            "ngày".len()
        } else {
            4
        };
    // A scan's slip on the month word's mark (`thảng`) is still the month word.
    let (thang, thang_len) = match folded[after_ngay..]
        .find("tháng")
        .or_else(|| folded[after_ngay..].find("thang"))
    {
        Some(at) if folded[after_ngay + at..].starts_with("tháng") => {
            (after_ngay + at, "tháng".len())
        }
        Some(at) => (after_ngay + at, 5),
        None => word_with_skeleton(folded, after_ngay, "thang")?,
    };
    let nam = thang
        + thang_len
        + folded[thang + thang_len..]
            .find("năm")
            .or_else(|| folded[thang + thang_len..].find("nam"))?;
    let nam_len = if folded[nam..].starts_with("năm") {
        "năm".len()
    } else {
        3
    };
    let gap = |a: usize, b: usize| original[a..b].chars().count();
    // The ngày–tháng and tháng–năm gaps hold a number and its specks; after năm, a year.
    if gap(after_ngay, thang) > 9
        || gap(thang + thang_len, nam) > 9
        || gap(nam + nam_len, original.len()) > 9
    {
        return None;
    }
    let number = |a: usize, b: usize, max: usize| -> Option<Span> {
        let t = original.get(a..b)?;
        if t.trim().is_empty() {
            return None;
        }
        let s = a + (t.len() - t.trim_start().len());
        let e = a + t.trim_end().len();
        let n = &original[s..e];
        (!n.is_empty() && n.len() <= max && n.bytes().all(|c| c.is_ascii_digit()))
            .then(|| abs(s, e))
    };
    let comma = original[..ngay]
        .rfind(',')
        .filter(|&c| original[c + 1..ngay].trim().is_empty());
    let place_end = place_text.len();
    Some(LineKind::PlaceDate(DateParts {
        place: abs(0, place_end),
        comma: comma.map(|c| abs(c, c + 1)),
        day: number(after_ngay, thang, 2),
        month: number(thang + thang_len, nam, 2),
        year: number(
            nam + nam_len,
            original.trim_end().trim_end_matches(['.', ';']).len(),
            4,
        ),
        numeric: false,
        end: None,
    }))
}

/// A Số line the grammar cannot read (`Số: 113 -11/PT-NC`, `Số 52 - CV/HNDT`, OCR slips in its
/// number): `Số`, a colon or a space, then a number and a ký hiệu around its first `/`.
fn tolerant_so(original: &str, folded: &str, base: u32) -> Option<LineKind> {
    if original.chars().count() > 70 {
        return None;
    }
    // A legal document names its type before its number (`Luật số: 140/2025/QH15`).
    let lead = crate::recognize::clues::typed_number_lead(folded).unwrap_or(0);
    let abs = |a: usize, b: usize| Span::new(base + a as u32, base + b as u32);
    // `Số`, whatever its marks (`Só`, `Sô` of an OCR), as a word.
    let word_end = lead
        + original[lead..]
            .char_indices()
            .find(|&(_, c)| !crate::text::fold::is_letter(c))
            .map_or(original.len() - lead, |(i, _)| i);
    if crate::text::fold::skeleton(&original[lead..word_end]) != "so" {
        return None;
    }
    let after = &original[word_end..];
    // A scan may lose the colon and the space both (`Số1§4ØBGDĐT-GDPT`): a figure right after.
    if !after.starts_with([':', ' ', '.', '\u{a0}'])
        && !after.starts_with(|c: char| c.is_ascii_digit())
    {
        return None;
    }
    let t = after.trim_start();
    let colon = t
        .starts_with([':', '.'])
        .then(|| word_end + (after.len() - t.len()));
    let body_start = colon.map_or(word_end, |c| c + 1);
    let body = &original[body_start..];
    // The ký hiệu opens after the first `/`, or, where an OCR lost the slash, at the capitals of
    // the first word with a hyphen (`4‡#7MTTQ-BTT`).
    let (number_end, kh_from) = match body.find('/') {
        Some(k) => (body_start + k, body_start + k + 1),
        None => {
            let (w_start, w) = body
                .split_whitespace()
                .map(|w| (w.as_ptr() as usize - body.as_ptr() as usize, w))
                .find(|(_, w)| {
                    w.contains('-')
                        && w.chars()
                            .filter(|c| crate::text::fold::is_capital(*c))
                            .count()
                            >= 2
                })?;
            let caps = w
                .char_indices()
                .find(|(_, c)| crate::text::fold::is_capital(*c))?
                .0;
            (body_start + w_start + caps, body_start + w_start + caps)
        }
    };
    let slash = body.find('/').map(|k| body_start + k);
    // Before it: a short number or an OCR's specks, never words.
    let number_text = original[body_start..number_end].trim();
    let kh = original[kh_from..].trim();
    let wordy = number_text.split_whitespace().any(|w| {
        w.chars()
            .filter(|c| crate::text::fold::is_lower(*c))
            .count()
            >= 3
    });
    if number_text.chars().count() > 12
        || wordy
        || !kh.chars().any(crate::text::fold::is_capital)
        || kh.split_whitespace().count() > 3
    {
        return None;
    }
    let number = {
        let lead = original[body_start..number_end].len()
            - original[body_start..number_end].trim_start().len();
        let s = body_start + lead;
        let digits = original[s..].bytes().take_while(u8::is_ascii_digit).count();
        (digits > 0).then(|| abs(s, s + digits))
    };
    let kh_start = kh_from + (original[kh_from..].len() - original[kh_from..].trim_start().len());
    let kh_end = original.trim_end().len();
    let ky_hieu = (kh_start < kh_end).then(|| abs(kh_start, kh_end));
    let mut parts = Vec::new();
    let mut separators = Vec::new();
    let mut at = kh_start;
    for (i, c) in original[kh_start..kh_end].char_indices() {
        if matches!(c, '-' | '/' | '–') {
            parts.push(abs(at, kh_start + i));
            separators.push(abs(kh_start + i, kh_start + i + c.len_utf8()));
            at = kh_start + i + c.len_utf8();
        }
    }
    if at < kh_end {
        parts.push(abs(at, kh_end));
    }
    Some(LineKind::So(SoParts {
        word: abs(lead, word_end),
        colon: colon.map(|c| abs(c, c + 1)),
        number,
        blank: None,
        slash: slash.map(|k| abs(k, k + 1)),
        ky_hieu,
        parts,
        separators,
        party: false,
    }))
}

/// A test on a folded line: false when an alternative cannot match it.
type MayMatch = fn(&str) -> bool;

/// The alternatives of `line` in the grammar's order, each with its entry rule and a test that
/// holds of every folded line the alternative can match a prefix of. The tests only rule out
/// (each follows the first steps of its rule); the grammar decides. A failed parse costs pest
/// an error value, so the tests are as tight as they can be kept simple. `paragraph`, the last
/// alternative, matches anything.
const ALTERNATIVES: &[(Rule, MayMatch)] = &[
    // The first form opens with `cộng`, the second has `xã` open one of its first three
    // words (`qh_lead{0, 2}`); both hold `việt` ~ sp+ ~ `nam`. The opening is tested first: it
    // rules out almost every line without a search through it.
    (Rule::line_quoc_hieu, |l| {
        (l.starts_with("cộng")
            || l.split(SP)
                .filter(|w| !w.is_empty())
                .take(3)
                .any(|w| w.starts_with("xã")))
            && l.match_indices("việt")
                .any(|(i, w)| spaced(&l[i + w.len()..]).is_some_and(|r| r.starts_with("nam")))
    }),
    (Rule::line_tieu_ngu, |l| l.starts_with("độc")),
    (Rule::line_party_heading, |l| {
        l.starts_with("đảng") || l.starts_with("đoàn")
    }),
    // Both forms of the number hold a `/`.
    (Rule::line_so_line, |l| {
        l.starts_with("số") && l.contains('/')
    }),
    (Rule::line_can_cu, |l| after_dash(l).starts_with("căn cứ")),
    (Rule::line_thuc_hien, |l| l.starts_with("thực hiện")),
    (Rule::line_theo_de_nghi, |l| {
        ["theo", "xét"].iter().any(|w| {
            after_dash(l)
                .strip_prefix(w)
                .and_then(spaced)
                .is_some_and(|r| ["đề", "đê", "dề"].iter().any(|d| r.starts_with(d)))
        })
    }),
    (Rule::line_place_date, may_hold_place_date),
    (Rule::line_vv_line, |l| {
        l.starts_with("v/v") || l.starts_with("v.v")
    }),
    (Rule::line_ve_viec_line, |l| l.starts_with("về việc")),
    (Rule::line_kinh_gui, |l| {
        l.starts_with("kính gửi") || l.starts_with("kính trình")
    }),
    (Rule::line_noi_nhan, |l| {
        ["nơi nhận", "nơi gửi", "nơi nhân"]
            .iter()
            .any(|w| l.starts_with(w))
    }),
    (Rule::line_luu_item, |l| after_dash(l).starts_with("lưu")),
    (Rule::line_enacting, |l| {
        ["quyết định", "quyết nghị"].iter().any(|w| {
            l.strip_prefix(w)
                .is_some_and(|r| r.trim_start_matches(SP).starts_with(':'))
        })
    }),
    // A label, spaces, then a Roman numeral, digits or `thứ`.
    (Rule::line_phan_chuong, |l| {
        ["phần", "chương", "tiểu mục", "mục"].iter().any(|w| {
            l.strip_prefix(w).and_then(spaced).is_some_and(|r| {
                r.starts_with(|c: char| c.is_ascii_digit() || matches!(c, 'i' | 'v' | 'x' | 'l'))
                    || r.starts_with("thứ")
            })
        })
    }),
    (Rule::line_dieu, |l| {
        l.strip_prefix("điều")
            .and_then(spaced)
            .is_some_and(|r| r.starts_with(|c: char| c.is_ascii_digit()))
    }),
    (Rule::line_phu_luc, |l| l.starts_with("phụ lục")),
    (Rule::line_kem_theo, |l| {
        l.starts_with('(') && l.contains("kèm")
    }),
    // A prefix, then `.`, `/` or a space.
    (Rule::line_authority, |l| {
        ["tuq", "tm", "kt", "tl", "q", "t/m", "k/t", "t/l"]
            .iter()
            .any(|p| {
                l.strip_prefix(p)
                    .is_some_and(|r| r.starts_with(['.', '/', ' ', '\t', '\u{a0}']))
            })
    }),
    // Roman numeral letters, then `.`, `)` or `-`.
    (Rule::line_roman_muc, |l| {
        let numeral = l.bytes().take_while(|b| b"ivxl".contains(b)).count();
        numeral > 0 && matches!(l.as_bytes().get(numeral), Some(b'.' | b')' | b'-'))
    }),
    // Digits, then `)` or `.` after the number (`khoan_number`), or a dotted number: the run of
    // digits and dots that opens the line holds a `.` or is followed by `)`. A table's row
    // number (`1`) or period (`2025-2030`) is not tried.
    (Rule::line_khoan, |l| {
        let run = l
            .bytes()
            .take_while(|b| b.is_ascii_digit() || *b == b'.')
            .count();
        l.starts_with(|c: char| c.is_ascii_digit())
            && (l[..run].contains('.') || l[run..].starts_with(')'))
    }),
    // A letter, `)` or `.`, then a space.
    (Rule::line_diem, |l| {
        let mut chars = l.chars();
        chars
            .next()
            .is_some_and(|c| c.is_ascii_lowercase() || c == 'đ')
            && matches!(chars.next(), Some(')' | '.'))
            && chars.next().is_some_and(|c| SP.contains(&c))
    }),
    (Rule::line_dash_item, |l| l.starts_with(DASHES)),
];

/// The grammar's `sp` and `dash_char`.
const SP: [char; 3] = [' ', '\t', '\u{a0}'];
pub(crate) const DASHES: [char; 5] = ['-', '–', '—', '‐', '−'];

/// `sp+` then the rest: `None` when `s` does not start with a space.
fn spaced(s: &str) -> Option<&str> {
    let rest = s.trim_start_matches(SP);
    (rest.len() < s.len()).then_some(rest)
}

/// `(dash_char ~ sp*)?`: the line after a leading dash and its spaces.
fn after_dash(l: &str) -> &str {
    l.strip_prefix(DASHES)
        .map_or(l, |r| r.trim_start_matches(SP))
}

/// Whether `place_date` can match: where `place` stops (as its `place_char` says), after an
/// optional comma and spaces, a date must start as `pd_words` or `pd_numeric` starts.
fn may_hold_place_date(line: &str) -> bool {
    let Some(end) = place_end(line) else {
        return false;
    };
    let rest = &line[end..];
    let rest = rest
        .strip_prefix(',')
        .unwrap_or(rest)
        .trim_start_matches(SP);
    may_start_date(rest)
}

/// The first steps of `pd_words` (`ngày` sp* day? sp* `tháng`) or `pd_numeric` ((`ngày`
/// sp*)? day sep month sep), where a day or month is 1–2 digits or a run of blanks.
fn may_start_date(s: &str) -> bool {
    // `ASCII_DIGIT{1, 2} | pd_dots`, greedy as pest is; `None` when neither matches.
    let number = |t: &str| -> Option<usize> {
        let digits = t.bytes().take(2).take_while(u8::is_ascii_digit).count();
        if digits > 0 {
            return Some(digits);
        }
        let dots = t.len() - t.trim_start_matches(['.', '…', '_']).len();
        (dots > 0).then_some(dots)
    };
    let after_ngay = s.strip_prefix("ngày").map(|r| r.trim_start_matches(SP));
    if let Some(r) = after_ngay {
        let r = number(r).map_or(r, |n| &r[n..]).trim_start_matches(SP);
        if r.starts_with("tháng") {
            return true;
        }
    }
    let numeric = |t: &str| {
        let Some(day) = number(t) else { return false };
        let Some(t) = t[day..].strip_prefix(['/', '-', '.']) else {
            return false;
        };
        let Some(month) = number(t) else { return false };
        t[month..].starts_with(['/', '-', '.'])
    };
    numeric(s) || after_ngay.is_some_and(numeric)
}

/// Where `place = place_char+` ends on a line, `None` when it cannot take a first character.
fn place_end(line: &str) -> Option<usize> {
    // Only the bytes a stop opens with are looked at: each is ASCII or a lead byte (C2), so a
    // character boundary, and the rest of the line is stepped over undecoded.
    for (i, &b) in line.as_bytes().iter().enumerate() {
        if may_open_stop(b) && place_stops_at(&line[i..]) {
            return (i > 0).then_some(i);
        }
    }
    (!line.is_empty()).then_some(line.len())
}

/// `place_char`'s lookahead: `pd_comma | sp* ~ "ngày" ~ (sp | ASCII_DIGIT | "." | "…" | EOI)
/// | sp+ ~ ASCII_DIGIT | "(" | ")" | ";" | ":"`.
/// Every stop of `place_stops_at` opens with one of these bytes (C2 for a no-break space).
fn may_open_stop(b: u8) -> bool {
    matches!(
        b,
        b',' | b'(' | b')' | b';' | b':' | b' ' | b'\t' | b'n' | 0xC2
    )
}

fn place_stops_at(s: &str) -> bool {
    if !s.as_bytes().first().is_some_and(|&b| may_open_stop(b)) {
        return false;
    }
    if s.starts_with([',', '(', ')', ';', ':']) {
        return true;
    }
    let after_sp = s.trim_start_matches(SP);
    if let Some(r) = after_sp.strip_prefix("ngày") {
        if r.is_empty()
            || r.starts_with(|c: char| {
                c.is_ascii_digit() || matches!(c, ' ' | '\t' | '\u{a0}' | '.' | '…')
            })
        {
            return true;
        }
    }
    after_sp.len() < s.len() && after_sp.starts_with(|c: char| c.is_ascii_digit())
}

/// The pair of the alternative a folded line is, `None` for a plain paragraph (as `line` would
/// say, including when the first alternative that matches stops before the line's end), or
/// `Err(true)` when the grammar ran out of steps.
fn classify_folded(folded: &str) -> Result<Option<Pair<'_, Rule>>, bool> {
    classify_folded_from(folded, ALTERNATIVES)
}

/// `classify_folded` with the alternatives after `entry`.
fn classify_folded_after(folded: &str, entry: Rule) -> Result<Option<Pair<'_, Rule>>, bool> {
    let k = ALTERNATIVES
        .iter()
        .position(|(e, _)| *e == entry)
        .map_or(ALTERNATIVES.len(), |k| k + 1);
    classify_folded_from(folded, &ALTERNATIVES[k..])
}

fn classify_folded_from<'f>(
    folded: &'f str,
    alternatives: &[(Rule, MayMatch)],
) -> Result<Option<Pair<'f, Rule>>, bool> {
    for &(entry, may_match) in alternatives {
        if !may_match(folded) {
            continue;
        }
        match crate::recognize::grammar_budget::parse::<LineGrammar, _>(entry, folded) {
            Ok(mut pairs) => {
                let pair = pairs.next().filter(|p| p.as_span().end() == folded.len());
                return Ok(pair);
            }
            Err(e) if matches!(e.variant, pest::error::ErrorVariant::CustomError { .. }) => {
                return Err(true)
            }
            Err(_) => {}
        }
    }
    Ok(None)
}

/// What the grammar, then the tolerant phrase matcher, makes of a text taken as one line.
#[allow(dead_code)]
pub(crate) fn kind_of(text: &str) -> LineKind {
    let seg = Segment {
        span: Span::new(0, text.len() as u32),
        row: 0,
        column: 0,
        indent: 0,
        blank_before: false,
        page_break_before: false,
        style: crate::layout::StyleHints::default(),
    };
    classify(text, &seg).kind
}

fn span_of(p: &Pair<'_, Rule>, base: u32) -> Span {
    let s = p.as_span();
    Span::new(base + s.start() as u32, base + s.end() as u32)
}

fn child(p: &Pair<'_, Rule>, rule: Rule, base: u32) -> Option<Span> {
    p.clone()
        .into_inner()
        .find(|c| c.as_rule() == rule)
        .map(|c| span_of(&c, base))
}

fn rest_of(p: &Pair<'_, Rule>, base: u32) -> Span {
    child(p, Rule::rest, base).unwrap_or_else(|| {
        let s = span_of(p, base);
        Span::new(s.end, s.end)
    })
}

/// Whether what follows `Điều N` (with no stop after the number) goes on a sentence that cites
/// an article rather than naming one: a sentence wrapped before it (`… quy định tại Điều 11,` /
/// `Điều 12 Nghị định số 126/2024/NĐ-CP …`), another text's article (`Điều 20 Điều lệ Hiệp hội
/// quy định: …`, `Điều 5 của Luật …`). An article's own title opens with a capital and names no
/// other text; one that names its own (`Điều 3 Quyết định này có hiệu lực …`) is an article.
fn cites_an_article(rest: &str) -> bool {
    let rest = rest.trim_start();
    let Some(first) = rest.chars().next() else {
        return false;
    };
    if crate::text::fold::is_lower(first) || ",;&".contains(first) {
        return true;
    }
    let folded = fold_case(rest);
    let words: Vec<&str> = folded.split_whitespace().take(3).collect();
    const TEXTS: &str =
        "luật|bộ luật|hiến pháp|pháp lệnh|nghị định|nghị quyết|thông tư|quyết định|chỉ thị|điều lệ";
    TEXTS.split('|').any(|t| {
        let n = t.split(' ').count();
        words.len() > n
            && words[..n].join(" ") == t
            && words[n].trim_end_matches([',', '.', ':', ';']) != "này"
    })
}

fn lower(p: Pair<'_, Rule>, base: u32, original: &str) -> LineKind {
    let local = |s: Span| &original[(s.start - base) as usize..(s.end - base) as usize];
    match p.as_rule() {
        Rule::quoc_hieu => LineKind::QuocHieu,
        Rule::tieu_ngu => LineKind::TieuNgu {
            separators: p
                .clone()
                .into_inner()
                .filter(|c| c.as_rule() == Rule::tn_sep)
                .map(|c| span_of(&c, base))
                .collect(),
        },
        Rule::party_heading => LineKind::PartyHeading,
        Rule::so_line => lower_so(&p, base),
        Rule::place_date => lower_date(&p, base, &local),
        Rule::vv_line => LineKind::Vv {
            label: child(&p, Rule::vv_label, base).unwrap_or_default(),
            colon: child(&p, Rule::colon, base),
            text: rest_of(&p, base),
        },
        Rule::ve_viec_line => LineKind::VeViec {
            text: rest_of(&p, base),
        },
        Rule::kinh_gui => LineKind::KinhGui {
            label: child(&p, Rule::kg_label, base).unwrap_or_default(),
            colon: child(&p, Rule::colon, base),
            rest: rest_of(&p, base),
        },
        Rule::noi_nhan => LineKind::NoiNhan {
            label: child(&p, Rule::nn_label, base).unwrap_or_default(),
            colon: child(&p, Rule::colon, base),
            rest: rest_of(&p, base),
        },
        Rule::luu_item => LineKind::Luu {
            dash: child(&p, Rule::dash_char, base),
            word: child(&p, Rule::luu_word, base).unwrap_or_default(),
            colon: child(&p, Rule::colon, base),
            rest: rest_of(&p, base),
        },
        Rule::enacting => LineKind::Enacting,
        Rule::can_cu => LineKind::CanCu,
        Rule::thuc_hien => LineKind::ThucHien,
        Rule::theo_de_nghi => LineKind::TheoDeNghi,
        Rule::phan_chuong => LineKind::PhanChuong {
            label: child(&p, Rule::pc_label, base).unwrap_or_default(),
            number: child(&p, Rule::pc_number, base).unwrap_or_default(),
            rest: rest_of(&p, base),
        },
        Rule::dieu => {
            let separator = child(&p, Rule::dieu_sep, base);
            let rest = rest_of(&p, base);
            if separator.is_none() && cites_an_article(local(rest)) {
                LineKind::Paragraph
            } else {
                LineKind::Dieu {
                    number: child(&p, Rule::dieu_number, base).unwrap_or_default(),
                    separator,
                    rest,
                }
            }
        }
        Rule::phu_luc => LineKind::PhuLuc {
            number: child(&p, Rule::pl_number, base),
            rest: rest_of(&p, base),
        },
        Rule::kem_theo => LineKind::KemTheo,
        Rule::authority => {
            let title = child(&p, Rule::au_title, base).unwrap_or_default();
            // `Tl. nội dung` or `Q. trình` are prose; an authority line is written in capitals.
            if mostly_upper(local(title)) {
                LineKind::Authority {
                    prefix: child(&p, Rule::au_prefix, base).unwrap_or_default(),
                    separator: child(&p, Rule::au_dot, base),
                    title,
                }
            } else {
                LineKind::Paragraph
            }
        }
        // `… (tháng 3, tháng 6, tháng 9 và tháng` / `12), các cơ quan …`: a number and the
        // bracket closing on a comma go on a sentence a page broke; a khoản's number is followed
        // by its text.
        Rule::khoan if local(rest_of(&p, base)).starts_with([',', ';']) => LineKind::Paragraph,
        Rule::roman_muc => {
            let number = child(&p, Rule::roman, base).unwrap_or_default();
            let rest = rest_of(&p, base);
            let n = local(number);
            // A lower-case `i.`/`v.`/`x.`/`l.` is a điểm letter, not a Roman numeral.
            if n.len() == 1 && n.chars().all(crate::text::fold::is_lower) {
                let sep = Span::new(number.end, number.end + 1);
                LineKind::Diem {
                    letter: number,
                    separator: sep,
                    rest,
                }
            } else {
                LineKind::RomanMuc { number, rest }
            }
        }
        Rule::khoan => LineKind::Khoan {
            number: child(&p, Rule::khoan_number, base)
                .or_else(|| child(&p, Rule::khoan_dotted, base))
                .unwrap_or_default(),
            rest: rest_of(&p, base),
        },
        Rule::diem => {
            let letter = child(&p, Rule::diem_letter, base).unwrap_or_default();
            // `A. …` in capitals is not a điểm.
            if local(letter).chars().all(crate::text::fold::is_lower) {
                LineKind::Diem {
                    letter,
                    separator: child(&p, Rule::diem_sep, base).unwrap_or_default(),
                    rest: rest_of(&p, base),
                }
            } else {
                LineKind::Paragraph
            }
        }
        Rule::dash_item => LineKind::Dash {
            dash: child(&p, Rule::dash_char, base).unwrap_or_default(),
            rest: rest_of(&p, base),
        },
        _ => LineKind::Paragraph,
    }
}

fn lower_so(p: &Pair<'_, Rule>, base: u32) -> LineKind {
    let mut parts = SoParts {
        word: child(p, Rule::so_word, base).unwrap_or_default(),
        colon: child(p, Rule::so_colon, base),
        number: None,
        blank: None,
        slash: None,
        ky_hieu: None,
        parts: Vec::new(),
        separators: Vec::new(),
        party: false,
    };
    for c in p.clone().into_inner() {
        match c.as_rule() {
            Rule::so_party => {
                parts.party = true;
                parts.number = child(&c, Rule::so_number, base);
                let ks: Vec<Span> = c
                    .clone()
                    .into_inner()
                    .filter(|x| x.as_rule() == Rule::kh_part)
                    .map(|x| span_of(&x, base))
                    .collect();
                if let (Some(first), Some(last)) = (ks.first(), ks.last()) {
                    parts.ky_hieu = Some(Span::cover(*first, *last));
                }
                parts.parts = ks;
            }
            Rule::so_state => {
                parts.number = child(&c, Rule::so_number, base);
                parts.blank = child(&c, Rule::so_blank, base);
                parts.slash = child(&c, Rule::so_slash, base);
                if let Some(k) = c
                    .clone()
                    .into_inner()
                    .find(|x| x.as_rule() == Rule::ky_hieu)
                {
                    parts.ky_hieu = Some(span_of(&k, base));
                    for x in k.into_inner() {
                        match x.as_rule() {
                            Rule::kh_part => parts.parts.push(span_of(&x, base)),
                            Rule::kh_sep => parts.separators.push(span_of(&x, base)),
                            _ => {}
                        }
                    }
                }
            }
            _ => {}
        }
    }
    LineKind::So(parts)
}

/// Words in lower case that no place name holds but a wrapped citation does (`số điều của Luật
/// Luật sư ngày 20 tháng 11 năm 2012;`).
const NEVER_IN_A_PLACE: &[&str] = &["của", "về", "theo", "điều", "tại", "với"];

fn lower_date<'o>(p: &Pair<'_, Rule>, base: u32, local: &dyn Fn(Span) -> &'o str) -> LineKind {
    let place = child(p, Rule::place, base).unwrap_or_default();
    // A place name starts with a capital (NG007 reports `hà Nội`) and has no sentence in it.
    let place_text = local(place);
    let words = place_text.split_whitespace().count();
    if words == 0
        || words > 7
        || place_text.chars().count() > 60
        || place_text.contains(['(', ')', ';', ':'])
        || place_text
            .split_whitespace()
            .any(|w| NEVER_IN_A_PLACE.contains(&w))
    {
        return LineKind::Paragraph;
    }
    let (words_pair, numeric) = match p
        .clone()
        .into_inner()
        .find(|c| matches!(c.as_rule(), Rule::pd_words | Rule::pd_numeric))
    {
        Some(c) => {
            let numeric = c.as_rule() == Rule::pd_numeric;
            (c, numeric)
        }
        None => return LineKind::Paragraph,
    };
    LineKind::PlaceDate(DateParts {
        place,
        comma: child(p, Rule::pd_comma, base),
        day: child(&words_pair, Rule::pd_day, base),
        month: child(&words_pair, Rule::pd_month, base),
        year: child(&words_pair, Rule::pd_year, base),
        numeric,
        end: child(p, Rule::pd_end, base),
    })
}

/// The length of the date (`ngày 05 tháng 3 năm 2026`, `05/3/2026`) that opens a folded text,
/// as the line grammar reads one.
pub(crate) fn date_len(folded: &str) -> Option<usize> {
    let folded = bounded(folded, 160);
    if !may_start_date(folded) {
        return None;
    }
    crate::recognize::grammar_budget::parse::<LineGrammar, _>(Rule::pd_date_at, folded)
        .ok()
        .and_then(|mut p| p.next())
        .map(|p| p.as_span().end())
}

/// The length of the Số line (`Số: 12/QĐ-UBND`, `Số 12-KH/TU`) that opens a folded text.
pub(crate) fn so_len(folded: &str) -> Option<usize> {
    let folded = bounded(folded, 200);
    if !(folded.starts_with("số") && folded.contains('/')) {
        return None;
    }
    crate::recognize::grammar_budget::parse::<LineGrammar, _>(Rule::line_so_line, folded)
        .ok()
        .and_then(|mut p| p.next())
        .map(|p| p.as_span().end())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::layout::segments::segments;

    fn kinds(text: &str) -> Vec<LineKind> {
        segments(text)
            .iter()
            .map(|s| classify(text, s).kind)
            .collect()
    }

    fn name(k: &LineKind) -> String {
        let json = serde_json::to_value(k).unwrap();
        json["kind"].as_str().unwrap_or("?").to_owned()
    }

    /// What the grammar's own `line` rule makes of a segment, every alternative tried in turn.
    fn kind_by_line_rule(text: &str, seg: &Segment) -> LineKind {
        let original = seg.span.of(text);
        let folded = fold_case(original);
        match crate::recognize::grammar_budget::parse::<LineGrammar, _>(Rule::line, &folded) {
            Ok(mut pairs) => pairs
                .next()
                .map(|p| lower(p, seg.span.start, original))
                .unwrap_or(LineKind::Paragraph),
            Err(_) => LineKind::Paragraph,
        }
    }

    /// What the dispatch over `ALTERNATIVES` makes of a segment, before the tolerant fallback.
    fn exact_kind(text: &str, seg: &Segment) -> LineKind {
        let original = seg.span.of(text);
        match classify_folded(&fold_case(original)) {
            Ok(Some(pair)) => lower(pair, seg.span.start, original),
            _ => LineKind::Paragraph,
        }
    }

    /// A number and a closing bracket then a comma go on a sentence a page broke before them:
    /// no khoản, which is followed by its text.
    #[test]
    fn a_number_closing_a_bracket_on_a_comma_is_no_khoan() {
        let t = "12), các cơ quan, đơn vị thực hiện báo cáo giá cả thị trường tương ứng 3 tháng,";
        assert_eq!(kinds(t), vec![LineKind::Paragraph]);
        let k = "2) Các cơ quan, đơn vị thực hiện báo cáo định kỳ hằng quý;";
        assert_eq!(kinds(k).iter().map(name).collect::<Vec<_>>(), ["khoan"]);
    }

    /// `Theo đề nghị` as a scan reads it is still the proposal line.
    #[test]
    fn theo_de_nghi_read_by_a_scan() {
        for t in [
            "Theo đề nghị của Bộ trưởng Bộ Công an.",
            "Theo đê nghị của Bộ trưởng Bộ Công an.",
            "Xét đề nghi của Giám đốc Sở Nội vụ.",
        ] {
            assert!(matches!(kind_of(t), LineKind::TheoDeNghi), "{t}");
        }
        assert!(!matches!(
            kind_of("Theo đến nghìn năm"),
            LineKind::TheoDeNghi
        ));
    }

    /// The dispatch over `ALTERNATIVES` gives what `line` gives: on every corpus line, on every
    /// rule fixture, and on lines spliced from pieces of them at random.
    #[test]
    fn dispatch_equals_the_line_rule() {
        let mut texts = crate::test_corpus::texts();
        let rules = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../fixtures/rules");
        for entry in std::fs::read_dir(rules).unwrap() {
            texts.push(std::fs::read_to_string(entry.unwrap().path()).unwrap());
        }
        let mut lines: Vec<String> = texts
            .iter()
            .flat_map(|t| t.lines().map(str::to_owned).collect::<Vec<_>>())
            .collect();
        // Edge cases of the tests' own steps (spaces of each kind, blanks, stops).
        for line in [
            "Hà Nội, ngày\u{a0}5 tháng 3 năm 2026",
            "Hà Nội ngày\t05/3/2026",
            "Hà Nội ngày\t… tháng … năm 2026",
            "Hà Nội ngày\u{a0}.. tháng .. năm 2026",
            "Hà Nội ngày… tháng … năm 2026",
            "Hà Nội ngày\t… tháng … năm …",
            "Hà Nội ngày\u{a0}… tháng … năm …",
            "Hà Nội\u{a0}05/3/2026.",
            "Lào Cai, ngày…tháng…năm 2026",
            "Lào Cai ngày. tháng . năm",
            "Hà Nội, …/…/2026",
            "Hà Nội, ngày 05/3/2026",
            "Hà Nội, ngày05-3-2026",
            "Hà Nội ngày 5.3.2026",
            "Hà Nội, ngày 123/4/2026",
            "Hà Nội, ngày ... tháng ... năm ...",
            "Hà Nội, ngày tháng năm 2026",
            "Hà Nội, 5/ 3/2026",
            "Hà Nội,_/_/2026",
            "ngày 5 tháng 3 năm 2026",
            ", ngày 5/3/2026",
            "Phần\tthứ hai",
            "Chương\u{a0}IV",
            "Điều\u{a0}5. Hiệu lực",
            "T/M UỶ BAN NHÂN DÂN",
            "TUQ.CHỦ TỊCH",
            "K/T\tGIÁM ĐỐC",
            "Q. GIÁM ĐỐC",
            "iv) Nội dung",
            "l- mục",
            "đ)\u{a0}Điểm đ",
            "—\u{a0}Căn cứ Luật",
            "–Lưu: VT",
            "QUYẾT ĐỊNH\t:",
            "Xét\u{a0}đề nghị của",
            "Số\t: 12/QĐ-UBND",
            "CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT\u{a0}NAM",
            "CONG HOA\tXÃ HỘI CHỦ NGHĨA VIỆT NAM",
            "HOA\u{a0}\u{a0}XÃ HỘI CHỦ NGHĨA VIỆT NAM",
            "XÃ HỘI CHỦ NGHĨA VIỆT NAM",
            " CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
            "A B C XÃ HỘI CHỦ NGHĨA VIỆT NAM",
            "1) Nội dung",
            "1.2) Nội dung",
            "1.2.3 Nội dung",
            "1234) Nội dung",
            "12",
            "2025-2030",
            "1.000 đồng",
            "3.",
        ] {
            lines.push(line.to_owned());
        }
        // Splices: the start of one line with the end of another, cut at char boundaries.
        let mut seed: u64 = 0x9E37_79B9_7F4A_7C15;
        let mut next = |n: usize| {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            (seed % n.max(1) as u64) as usize
        };
        let pieces = lines.clone();
        for _ in 0..20_000 {
            let (a, b) = (&pieces[next(pieces.len())], &pieces[next(pieces.len())]);
            let cut = |s: &str, at: usize| {
                let mut at = at.min(s.len());
                while !s.is_char_boundary(at) {
                    at -= 1;
                }
                at
            };
            let (i, j) = (cut(a, next(a.len() + 1)), cut(b, next(b.len() + 1)));
            lines.push(format!("{}{}", &a[..i], &b[j..]));
        }
        let mut recognised = 0;
        for line in &lines {
            for seg in segments(line) {
                let want = kind_by_line_rule(line, &seg);
                recognised += usize::from(want != LineKind::Paragraph);
                assert_eq!(exact_kind(line, &seg), want, "{:?}", seg.span.of(line));
            }
        }
        assert!(recognised > 2_000, "only {recognised} lines recognised");
    }

    #[test]
    fn header_lines_are_recognised_in_any_case() {
        let text = "CỘNG HÕA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập – Tự do – Hạnh Phúc\nSố: 1894 /TB-SCT\nLào Cai, ngày 09 tháng 4 năm 2026\nNƠI NHẬN\nKT.GIÁM ĐỐC\nV/V triển khai";
        let got: Vec<String> = kinds(text).iter().map(name).collect();
        assert_eq!(
            got,
            [
                "quoc_hieu",
                "tieu_ngu",
                "so",
                "place_date",
                "noi_nhan",
                "authority",
                "vv"
            ]
        );
    }

    /// A scan that lost both the colon and the space after `Số` still gives the number line;
    /// a word that only starts like it does not.
    #[test]
    fn a_number_line_without_its_colon_and_space() {
        let kinds_of = |t: &str| kinds(t).iter().map(name).collect::<Vec<_>>();
        assert_eq!(
            kinds_of("Số1§4ØBGDĐT-GDPT\nSố12/UBND-VP\nSố liệu thống kê năm 2025\n"),
            ["so", "so", "paragraph"]
        );
    }

    /// Converted PDFs write the Latin eth `Ð` (U+00D0) for `Đ`: the motto is still the motto.
    #[test]
    fn a_motto_opening_with_the_latin_eth_is_the_motto() {
        let text = "Ðộc lập - Tự do - Hạnh phúc\nðộc lập - Tự do - Hạnh phúc";
        let got: Vec<String> = kinds(text).iter().map(name).collect();
        assert_eq!(got, ["tieu_ngu", "tieu_ngu"]);
    }

    #[test]
    fn so_line_parts() {
        let text = "Số: 1894 /TB-SCT";
        let LineKind::So(p) = &kinds(text)[0] else {
            panic!("not a Số line")
        };
        assert_eq!(p.number.unwrap().of(text), "1894");
        assert_eq!(p.ky_hieu.unwrap().of(text), "TB-SCT");
        let text = "Số:           /KH-UBND";
        let LineKind::So(p) = &kinds(text)[0] else {
            panic!("not a Số line")
        };
        assert!(p.number.is_none());
        let text = "Số 12-KH/TU";
        let LineKind::So(p) = &kinds(text)[0] else {
            panic!("not a Số line")
        };
        assert!(p.party);
    }

    #[test]
    fn body_structure_and_prose() {
        let text = "I. MỤC ĐÍCH\n1. Mục đích\n6.2 Đối với\na) Phòng\ni) điểm i\nĐiều 1. Phạm vi\n- Như trên;\nQuyết định này có hiệu lực\nQUYẾT ĐỊNH:\n1.000 đồng là số tiền";
        let got: Vec<String> = kinds(text).iter().map(name).collect();
        assert_eq!(
            got,
            [
                "roman_muc",
                "khoan",
                "khoan",
                "diem",
                "diem",
                "dieu",
                "dash",
                "paragraph",
                "enacting",
                "paragraph"
            ]
        );
    }

    /// A scan's specks or the issuer's underline before the Tiêu ngữ or the Quốc hiệu: the
    /// phrase is still found after them, slips and all; prose after a dash stays prose.
    #[test]
    fn debris_before_the_headers_fixed_phrases() {
        let kinds_of = |t: &str| kinds(t).iter().map(name).collect::<Vec<_>>();
        assert_eq!(
            kinds_of("—- Độc lập - Tự đo - Hạnh phúc\nˆ Độc lập - Tự do - Hạnh phú\n"),
            ["tieu_ngu", "tieu_ngu"]
        );
        assert_eq!(
            kinds_of("~ CONG HOA XA HOI CHU NGHIA VIET NAM\n"),
            ["quoc_hieu"]
        );
        assert_eq!(
            kinds_of("— Đôn đốc các đơn vị thực hiện đúng hạn\n"),
            ["dash"]
        );
        // Separators stand where the phrase has them, after the debris.
        let t = "—- Độc lập - Tự đo - Hạnh phúc";
        let Some(LineKind::TieuNgu { separators }) = kinds(t).into_iter().next() else {
            panic!("not read as the Tiêu ngữ");
        };
        let seps: Vec<&str> = separators.iter().map(|s| s.of(t)).collect();
        assert_eq!(seps, [" - ", " - "]);
        // The component is the phrase, without the debris.
        let line = classify(t, &segments(t)[0]);
        assert_eq!(line.span.of(t), "Độc lập - Tự đo - Hạnh phúc");
    }

    #[test]
    fn a_scans_slips_in_the_closings_fixed_phrases() {
        let kinds_of = |t: &str| kinds(t).iter().map(name).collect::<Vec<_>>();
        assert_eq!(kinds_of("ơi nhận:\nVới nhận:\n"), ["noi_nhan", "noi_nhan"]);
        assert_eq!(
            kinds_of("“KT. GIÁM ĐÓC\nKT, BỘ TRƯỞNG\n"),
            ["authority", "authority"]
        );
        // Prose and a list of units keep their kind.
        assert_eq!(
            kinds_of("Mới nhận được văn bản\nVới nhận định trên\nKT, HT&ĐT các phường\n"),
            ["paragraph", "paragraph", "paragraph"]
        );
    }

    /// A closing line read with a scan's slip keeps its parts where they stand: the recipients
    /// after the label's colon and the spaces after it, the comma read for the prefix's period.
    #[test]
    fn the_parts_of_a_closing_line_read_with_a_slip() {
        let t = "Với nhận:  - Như trên;";
        match kind_of(t) {
            LineKind::NoiNhan { label, colon, rest } => {
                assert_eq!(label.of(t), "Với nhận");
                assert_eq!(colon.map(|c| c.of(t)), Some(":"));
                assert_eq!(rest.of(t), "- Như trên;");
            }
            other => panic!("{other:?}"),
        }
        let t = "KT, BỘ TRƯỞNG";
        match kind_of(t) {
            LineKind::Authority {
                prefix,
                separator,
                title,
            } => {
                assert_eq!(prefix.of(t), "KT");
                assert_eq!(separator.map(|s| s.of(t)), Some(","));
                assert_eq!(title.of(t), "BỘ TRƯỞNG");
            }
            other => panic!("{other:?}"),
        }
    }

    /// A date line whose day a scan garbled, under a place named `Thành phố …` (its second word
    /// in lower case, a scan's `phó` too): still the date line. A sentence is not.
    #[test]
    fn a_garbled_date_under_a_thanh_pho_place() {
        let kinds_of = |t: &str| kinds(t).iter().map(name).collect::<Vec<_>>();
        assert_eq!(
            kinds_of(
                "Thành phó Hô Chí Minh, ngày J§ tháng 6 năm 2026\n\
Thị xã Sơn Tây, ngày @3 tháng 6 năm 2026\n\
Thành phố trân trọng mời ngày J§ tháng 6 năm 2026\n"
            ),
            ["place_date", "place_date", "paragraph"]
        );
    }

    /// An OCR program's date with a slip on the month word's mark and every number garbled
    /// (docx/qd-2442-dhag-2016-che-do-lam-viec-gv): still the date line.
    #[test]
    fn a_garbled_date_with_a_slip_on_the_month_word() {
        let kinds_of = |t: &str| kinds(t).iter().map(name).collect::<Vec<_>>();
        assert_eq!(
            kinds_of(
                "An Giang; ngày lĩ thảng ỉ ỉ năm 20 ỉ 6\n\
Trường đã họp ngày lĩ và thảo luận năm nay\n"
            ),
            ["place_date", "paragraph"]
        );
    }

    #[test]
    fn a_wrapped_citation_ending_with_a_date_is_not_a_place_date_line() {
        let text = "số điều của Luật Luật sư ngày 20 tháng 11 năm 2012;\nhà Nội, ngày 05 tháng 3 năm 2026\n";
        let k = kinds(text);
        assert_eq!(name(&k[0]), "paragraph");
        assert_eq!(name(&k[1]), "place_date");
    }

    /// A numbered item or a dash item whose sentence runs past a date keeps its kind: the
    /// date grammar takes the words up to the date and lets the line go.
    #[test]
    fn an_item_that_goes_on_past_a_date_keeps_its_kind() {
        let kinds_of = |t: &str| kinds(t).iter().map(name).collect::<Vec<_>>();
        assert_eq!(
            kinds_of(
                "3. Về thời gian tổ chức trước ngày 31/12/2025. Để bảo đảm tiến độ\n\
                 - Hoàn thành trước ngày 15 tháng 3 năm 2026. Các đơn vị báo cáo\n\
                 c. Gửi về Sở trước ngày 10/01/2026. Qua hệ thống\n"
            ),
            ["khoan", "dash", "diem"]
        );
        // The date that ends the line is still read.
        assert_eq!(
            kinds_of("Hà Nội, ngày 05 tháng 3 năm 2026."),
            ["place_date"]
        );
    }

    #[test]
    fn a_sentence_ending_with_a_date_is_not_a_place_date_line() {
        let text = "Kế hoạch này được triển khai từ ngày 05 tháng 3 năm 2026 trên toàn tỉnh và các đơn vị ngày 05 tháng 3 năm 2026";
        assert_eq!(name(&kinds(text)[0]), "paragraph");
    }
}
