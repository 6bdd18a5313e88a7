//! The type name and the trích yếu under it, and the issuing authority's line of a Quyết định.

use super::preamble::ends_paragraph;
use super::{is_type_name, type_named};
use crate::model::document::*;
use crate::recognize::clues::mostly_upper;
use crate::recognize::clues::{looks_like_body_name, POSITION_PHRASES};
use crate::text::fold::{fold_case, is_upper};

pub(super) fn find_title(text: &str, doc: &mut Document, from: usize) -> usize {
    let mut n = doc.lines.len();
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
                // The enacting authority's name run onto the end of a trích yếu line in
                // capitals, the căn cứ on the next line, is its own line.
                let caps_so_far = trich_yeu
                    .first()
                    .is_none_or(|&f| mostly_upper(doc.lines[f].span.of(text)));
                if caps_so_far && split_off_run_on_issuer(text, doc, j) {
                    n += 1;
                }
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
                // A scan's OCR sets a blank line between the trích yếu's two lines when their
                // spacing is wide (`… cho sinh viên` / `` / `Chính quy ngành … năm 2014`): a
                // short line that ends no sentence, right over the Kính gửi (which follows the
                // title, never the body's first sentence), is the trích yếu's.
                let last_before_kinh_gui = trich_yeu.last().is_some_and(|&p| {
                    let prev = doc.lines[p].span.of(text).trim_end();
                    let t = next_text.trim();
                    matches!(next.kind, LineKind::Paragraph)
                        && doc
                            .lines
                            .get(j + 1)
                            .is_some_and(|l| matches!(l.kind, LineKind::KinhGui { .. }))
                        && !prev.ends_with(['.', ';', ':'])
                        && !t.ends_with(['.', ';', ':'])
                        && !t.starts_with(['(', '-', '+', '*'])
                        && t.split_whitespace().count() >= 3
                        && t.chars().count() < 120
                });
                // The type name fused with the head of its trích yếu in capitals on one line
                // (`CHƯƠNG TRÌNH PHỐI HỢP`, a scan's `PHÓI HỢP`) leaves the subject to the line
                // under it, even past a blank line: a short phrase that ends no sentence.
                let fused_head_goes_on = trich_yeu.len() == 1
                    && fused_with_type_line(text, doc, i, trich_yeu[0])
                    && is_upper(doc.lines[trich_yeu[0]].span.of(text))
                    && doc.lines[trich_yeu[0]]
                        .span
                        .of(text)
                        .split_whitespace()
                        .count()
                        <= 3
                    && matches!(next.kind, LineKind::Paragraph)
                    && next_text
                        .trim_start()
                        .starts_with(crate::text::fold::is_capital)
                    && !is_upper(next_text)
                    && !next_text.trim_end().ends_with(['.', ';', ':', ','])
                    && next_text.chars().count() < 120;
                if !first
                    && next.blank_before
                    && !goes_on
                    && !last_before_kinh_gui
                    && !fused_head_goes_on
                {
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
                        opens_with_position(next_text)
                            || ends_paragraph(&doc.lines[j - 1], text)
                            || enacting_issuer_line(text, doc, j)
                    };
                // A trích yếu in capitals does not go on in lower case (`THUẾ TIÊU THỤ ĐẶC
                // BIỆT` / `Luật Thuế tiêu thụ đặc biệt số 66/2025/QH15 …`), nor past the rule
                // drawn under it.
                // A subtitle in sentence case under it stays (`TÓM TẮT` / `Báo cáo thẩm tra …`).
                // The subject of a meeting's minutes goes on in a `Về việc …` line under the
                // name in capitals fused with the type name (`BIÊN BẢN HỌP HỘI ĐỒNG KHOA HỌC`).
                // (A long line is not parsed: it reads as a paragraph.)
                let fused_subject = trich_yeu.len() == 1
                    && fused_with_type_line(text, doc, i, trich_yeu[0])
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

/// Whether the trích yếu's line `at` was cut from the type name's own line `type_line` (the
/// name in capitals fused with the type name: `BIÊN BẢN HỌP …`, `CHƯƠNG TRÌNH PHỐI HỢP`).
fn fused_with_type_line(text: &str, doc: &Document, type_line: usize, at: usize) -> bool {
    let (end, start) = (doc.lines[type_line].span.end, doc.lines[at].span.start);
    end <= start && !text[end as usize..start as usize].contains('\n')
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

/// The line at `j` names the issuer the header names (`ỦY BAN NHÂN DÂN TỈNH NAM ĐỊNH`, `HỘI
/// ĐỒNG NHÂN DÂN TỈNH PHÚ YÊN KHÓA VII, KỲ HỌP THỨ 3`, `BỘ TRƯỞNG BỘ TÀI CHÍNH`) and the căn cứ
/// follow it: the enacting authority's line of a decision or a resolution, under a trích yếu in
/// capitals that did not leave a phrase open for it (`… CỦA` / `ỦY BAN NHÂN DÂN TỈNH`).
fn enacting_issuer_line(text: &str, doc: &Document, j: usize) -> bool {
    let line = doc.lines[j].span.of(text);
    let above = fold_case(doc.lines[j - 1].span.of(text).trim_end());
    let Some(issuer) = header_issuer_skeleton(text, doc) else {
        return false;
    };
    names_an_authority(line)
        && !crate::model::joined::ends_with_joining_word(&above)
        && format!(" {} ", issuer_skeleton(line)).contains(&format!(" {issuer} "))
        && upper_run_then_preamble(text, &doc.lines, j)
}

/// The header's last issuer body as `issuer_skeleton` gives it, when it has two words or more
/// (a one-word name would match too much to tell an authority's line by).
fn header_issuer_skeleton(text: &str, doc: &Document) -> Option<String> {
    let body = doc.header.issuer_bodies.last()?;
    let name = body
        .iter()
        .map(|s| s.of(text))
        .collect::<Vec<_>>()
        .join(" ");
    let skeleton = issuer_skeleton(&name);
    (skeleton.split(' ').count() >= 2).then_some(skeleton)
}

/// Words that make the issuer's name after them a part of the body or a person in it
/// (`VĂN PHÒNG ỦY BAN NHÂN DÂN TỈNH …`, `CHỦ TỊCH ỦY BAN …`), never a name run on.
const NAMES_A_PART_BEFORE: &[&str] = &[
    "văn phòng",
    "thường trực",
    "chủ tịch",
    "ủy viên",
    "uỷ viên",
    "thành viên",
    "đại biểu",
    "cơ quan",
    "lãnh đạo",
    "giám đốc",
    "trưởng",
    "phó",
    "tm.",
    "kt.",
];

/// A trích yếu line in capitals at `j` that ends with the header's issuer's name (`… TIẾP TỤC
/// CÓ HIỆU LỰC CHÍNH PHỦ`, `… TRONG TÌNH HÌNH MỚI” ỦY BAN NHÂN DÂN TỈNH KON TUM`), the căn cứ
/// on the next line: a web copy ran the enacting authority's line onto the title. The name is
/// cut off into a line of its own, inserted after `j`. Not after a word the name goes on
/// (`… CỦA ỦY BAN NHÂN DÂN TỈNH NAM ĐỊNH`, `VĂN PHÒNG ỦY BAN …`). Returns whether it cut.
fn split_off_run_on_issuer(text: &str, doc: &mut Document, j: usize) -> bool {
    let Some(next) = doc.lines.get(j + 1) else {
        return false;
    };
    let line = &doc.lines[j];
    let t = line.span.of(text);
    if !matches!(next.kind, LineKind::CanCu)
        || !matches!(
            line.kind,
            LineKind::Paragraph | LineKind::VeViec { .. } | LineKind::Vv { .. }
        )
        || !is_upper(t)
        // The authority's own line naming the parent body first (`ỦY BAN THƯỜNG VỤ QUỐC HỘI`,
        // the header's last body `QUỐC HỘI`) is whole.
        || names_an_authority(t)
    {
        return false;
    }
    let Some(issuer) = header_issuer_skeleton(text, doc) else {
        return false;
    };
    // Where each word of the line starts.
    let starts: Vec<usize> = t
        .char_indices()
        .filter(|&(k, c)| {
            !c.is_whitespace()
                && t[..k]
                    .chars()
                    .next_back()
                    .is_some_and(|p| p.is_whitespace())
        })
        .map(|(k, _)| k)
        .collect();
    let Some(&at) = starts.iter().find(|&&k| issuer_skeleton(&t[k..]) == issuer) else {
        return false;
    };
    let before = fold_case(t[..at].trim_end());
    let enough_before = before.split_whitespace().count() >= 3;
    let goes_on = crate::model::joined::ends_with_joining_word(&before)
        || NAMES_A_PART_BEFORE
            .iter()
            .any(|w| before.ends_with(&format!(" {w}")) || before == *w);
    if !enough_before || goes_on {
        return false;
    }
    let line_start = line.span.start;
    let cut = line_start + at as u32;
    let head_end = line_start + t[..at].trim_end().len() as u32;
    let mut name = line.clone();
    name.span = Span {
        start: cut,
        end: line.span.end,
    };
    name.kind = LineKind::Paragraph;
    name.blank_before = false;
    name.page_break_before = false;
    let head = &mut doc.lines[j];
    head.span.end = head_end;
    match &mut head.kind {
        LineKind::VeViec { text: rest } | LineKind::Vv { text: rest, .. } => {
            rest.end = rest.end.min(head_end);
        }
        _ => {}
    }
    doc.lines.insert(j + 1, name);
    true
}

/// A body's name as its words' skeletons, the usual abbreviations spelt out (`UBND TỈNH NAM
/// ĐỊNH` ~ `Ủy ban nhân dân tỉnh Nam Định`).
fn issuer_skeleton(name: &str) -> String {
    let words: Vec<String> = name
        .split(|c: char| c.is_whitespace() || c == ',')
        .filter(|w| !w.is_empty())
        .map(|w| match crate::text::fold::skeleton(w).as_str() {
            "ubnd" => "uy ban nhan dan".to_owned(),
            "hdnd" => "hoi dong nhan dan".to_owned(),
            other => other.to_owned(),
        })
        .collect();
    words.join(" ")
}

/// A line opening with a position title (`CHỦ TỊCH ỦY BAN…`, `BỘ TRƯỞNG BỘ…`).
pub(super) fn opens_with_position(t: &str) -> bool {
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
pub(super) fn upper_run_then_preamble(text: &str, lines: &[Line], i: usize) -> bool {
    let mut j = i;
    while j < lines.len() && j < i + 3 && is_upper(lines[j].span.of(text)) {
        j += 1;
    }
    j < lines.len() && matches!(lines[j].kind, LineKind::CanCu | LineKind::TheoDeNghi)
}

#[cfg(test)]
mod tests {
    use crate::recognize::assemble::test_support::*;

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

    /// The type name fused with the head of its trích yếu (`CHƯƠNG TRÌNH PHỐI HỢP`), the
    /// subject under it past a blank line (ocr/ctph-154-ldld-svhttdl-angiang-2017).
    #[test]
    fn a_fused_title_head_goes_on_past_a_blank_line() {
        let head = "LIÊN ĐOÀN LAO ĐỘNG -\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH\tĐộc lập - Tự do - Hạnh phúc\nTỈNH AN GIANG\nSố: 154/CTPH-LĐLĐ-SVHTTDL\tAn Giang, ngày 28 tháng 4 năm 2017\n";
        let text = format!("{head}CHƯƠNG TRÌNH PHỐI HỢP\n\nXây dựng đời sống văn hóa cơ sở trong CNVCLĐ\nGiai đoạn 2016 - 2021\n\nThực hiện Nghị quyết 20-NQ/TW ngày 28/01/2008 của Ban Chấp hành Trung ương Đảng;\n");
        assert_eq!(
            trich_yeu_of(&text),
            [
                "PHỐI HỢP",
                "Xây dựng đời sống văn hóa cơ sở trong CNVCLĐ",
                "Giai đoạn 2016 - 2021"
            ]
        );
        // A type name alone on its line: the body's first sentence past the blank line stays
        // the body's.
        let text = format!("{head}KẾ HOẠCH\nTổ chức hội thi năm 2017\n\nĐể triển khai hội thi\n");
        assert_eq!(trich_yeu_of(&text), ["Tổ chức hội thi năm 2017"]);
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

    /// A scan's trích yếu whose second line OCR set after a blank line, right over the Kính
    /// gửi: the title's. The body's first sentence after a blank line under the same trích
    /// yếu, with no Kính gửi after it, is not.
    #[test]
    fn a_trich_yeu_s_line_after_a_scan_s_blank_line_over_the_kinh_gui() {
        let head = "TRƯỜNG ĐẠI HỌC	CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
CÔNG NGHỆ THÔNG TIN	Độc lập - Tự do - Hạnh phúc
KHOA HỆ THỐNG THÔNG TIN

Số: 01/TB-HTTT	Tp. Hồ Chí Minh, ngày 13 tháng 01 năm 2014
THÔNG BÁO
Kế hoạch bảo vệ Thực tập Tốt nghiệp và Khóa luận Tốt nghiệp cho sinh viên

";
        let text = format!(
            "{head}Chính quy ngành Hệ thống Thông tin Đợt I năm 2014

Kính gửi: Phòng Đào tạo Đại học
Khoa Hệ thống Thông tin thông báo kế hoạch như sau:
"
        );
        assert_eq!(
            trich_yeu_of(&text),
            [
                "Kế hoạch bảo vệ Thực tập Tốt nghiệp và Khóa luận Tốt nghiệp cho sinh viên",
                "Chính quy ngành Hệ thống Thông tin Đợt I năm 2014"
            ]
        );
        let text = format!(
            "{head}Khoa Hệ thống Thông tin thông báo kế hoạch tổ chức bảo vệ
đợt I năm 2014 như sau:
"
        );
        assert_eq!(
            trich_yeu_of(&text),
            ["Kế hoạch bảo vệ Thực tập Tốt nghiệp và Khóa luận Tốt nghiệp cho sinh viên"]
        );
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
            let authority = lines_at(&d, &text, &d.closing.signature.authority);
            assert_eq!(authority, ["KT. THỦ TƯỚNG"]);
        }
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

    /// Under a trích yếu in capitals, the line that names the header's issuer right above the
    /// căn cứ (a web copy's flattened decision or resolution) is the enacting authority's; a
    /// trích yếu wrapped after `CỦA` goes on with it.
    #[test]
    fn the_enacting_authority_under_a_trich_yeu_in_capitals() {
        for (issuer, title, authority) in [
            (
                "ỦY BAN NHÂN DÂN TỈNH NAM ĐỊNH",
                "V/V CÔNG BỐ DANH MỤC VĂN BẢN HẾT HIỆU LỰC TOÀN BỘ",
                "ỦY BAN NHÂN DÂN TỈNH NAM ĐỊNH",
            ),
            (
                "HỘI ĐỒNG NHÂN DÂN TỈNH PHÚ YÊN",
                "VỀ DỰ TOÁN THU NGÂN SÁCH NHÀ NƯỚC NĂM 2017",
                "HỘI ĐỒNG NHÂN DÂN TỈNH PHÚ YÊN  KHÓA VII, KỲ HỌP THỨ 3",
            ),
            (
                "UBND TỈNH LÂM ĐỒNG",
                "VỀ VIỆC CÔNG BỐ THỦ TỤC HÀNH CHÍNH",
                "ỦY BAN NHÂN DÂN TỈNH LÂM ĐỒNG",
            ),
        ] {
            let text = format!("{issuer}\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\tĐộc lập - Tự do - Hạnh phúc\nSố: 1680/QĐ-UBND\tNam Định, ngày 27 tháng 7 năm 2017\nQUYẾT ĐỊNH\n{title}\n{authority}\nCăn cứ Luật Tổ chức chính quyền địa phương ngày 19/6/2015;\nQUYẾT ĐỊNH:\nĐiều 1. Công bố.\n");
            assert_eq!(trich_yeu_of(&text), [title], "{text}");
            assert!(doc(&text).authority_heading.is_some());
        }
        let text = "ỦY BAN NHÂN DÂN TỈNH NAM ĐỊNH\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\tĐộc lập - Tự do - Hạnh phúc\nSố: 12/QĐ-UBND\tNam Định, ngày 27 tháng 7 năm 2017\nQUYẾT ĐỊNH\nBAN HÀNH QUY CHẾ LÀM VIỆC CỦA\nỦY BAN NHÂN DÂN TỈNH NAM ĐỊNH\nCăn cứ Luật Tổ chức chính quyền địa phương;\nQUYẾT ĐỊNH:\nĐiều 1. Ban hành.\n";
        assert_eq!(trich_yeu_of(text).len(), 2);
    }

    /// The header's issuer run onto the end of the trích yếu's last line in capitals, the căn
    /// cứ on the next line (a web copy that lost the line break), is the enacting authority's
    /// line cut off; a trích yếu that names the body after `CỦA` or as a part of it keeps it.
    #[test]
    fn the_issuer_run_onto_the_end_of_a_trich_yeu_is_cut_off() {
        let header = |issuer: &str| {
            format!("{issuer}\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\tĐộc lập - Tự do - Hạnh phúc\nSố: 435/QĐ-UBND\tKon Tum, ngày 04 tháng 5 năm 2020\n")
        };
        for (issuer, title, kept) in [
            (
                "CHÍNH PHỦ",
                "NGHỊ QUYẾT\nVỀ VIỆC CÔNG BỐ NGHỊ ĐỊNH CỦA CHÍNH PHỦ QUY ĐỊNH CHẾ ĐỘ\nQUẢN LÝ NGÂN QUỸ NHÀ NƯỚC TIẾP TỤC CÓ HIỆU LỰC CHÍNH PHỦ",
                vec![
                    "VỀ VIỆC CÔNG BỐ NGHỊ ĐỊNH CỦA CHÍNH PHỦ QUY ĐỊNH CHẾ ĐỘ",
                    "QUẢN LÝ NGÂN QUỸ NHÀ NƯỚC TIẾP TỤC CÓ HIỆU LỰC",
                ],
            ),
            (
                "ỦY BAN NHÂN DÂN TỈNH KON TUM",
                "QUYẾT ĐỊNH\nV/V BAN HÀNH CHƯƠNG TRÌNH HÀNH ĐỘNG “VỀ TĂNG CƯỜNG XÂY DỰNG QUAN HỆ LAO ĐỘNG TRONG TÌNH HÌNH MỚI” ỦY BAN NHÂN DÂN TỈNH KON TUM",
                vec!["V/V BAN HÀNH CHƯƠNG TRÌNH HÀNH ĐỘNG “VỀ TĂNG CƯỜNG XÂY DỰNG QUAN HỆ LAO ĐỘNG TRONG TÌNH HÌNH MỚI”"],
            ),
        ] {
            let text = format!("{}{title}\nCăn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;\nQUYẾT ĐỊNH:\nĐiều 1. Ban hành.\n", header(issuer));
            assert_eq!(trich_yeu_of(&text), kept, "{text}");
            let d = doc(&text);
            let heading = d.authority_heading.expect("an authority heading");
            assert_eq!(d.lines[heading].span.of(&text), issuer);
        }
        // The Standing Committee's header names `QUỐC HỘI` last; its own line stays whole.
        let text = "ỦY BAN THƯỜNG VỤ\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nQUỐC HỘI\tĐộc lập - Tự do - Hạnh phúc\nSố: 1673/NQ-UBTVQH15\tHà Nội, ngày 16 tháng 6 năm 2025\nNGHỊ QUYẾT\nVỀ VIỆC SẮP XẾP CÁC ĐƠN VỊ HÀNH CHÍNH CẤP XÃ CỦA TỈNH LÀO CAI NĂM 2025\nỦY BAN THƯỜNG VỤ QUỐC HỘI\nCăn cứ Luật Tổ chức chính quyền địa phương số 72/2025/QH15;\nQUYẾT NGHỊ:\nĐiều 1. Sắp xếp.\n";
        let d = doc(text);
        let heading = d.authority_heading.expect("an authority heading");
        assert_eq!(d.lines[heading].span.of(text), "ỦY BAN THƯỜNG VỤ QUỐC HỘI");
        for title in [
            "QUY CHẾ LÀM VIỆC CỦA ỦY BAN NHÂN DÂN TỈNH NAM ĐỊNH",
            "QUY ĐỊNH CHỨC NĂNG, NHIỆM VỤ VÀ CƠ CẤU TỔ CHỨC VĂN PHÒNG ỦY BAN NHÂN DÂN TỈNH NAM ĐỊNH",
        ] {
            let text = format!("{}QUYẾT ĐỊNH\nBAN HÀNH\n{title}\nCăn cứ Luật Tổ chức chính quyền địa phương;\nQUYẾT ĐỊNH:\nĐiều 1. Ban hành.\n", header("ỦY BAN NHÂN DÂN TỈNH NAM ĐỊNH"));
            assert_eq!(trich_yeu_of(&text), ["BAN HÀNH", title], "{text}");
        }
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
}
