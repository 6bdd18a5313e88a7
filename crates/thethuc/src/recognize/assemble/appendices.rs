//! Appendices after the signature, and a file that holds only an appendix.

use crate::model::document::*;
use crate::text::fold::{fold_case, is_upper};

pub(super) fn is_appendix_start(text: &str, lines: &[Line], i: usize) -> bool {
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
            let reference = (i + 1..lines.len().min(i + 4)).find(|&j| {
                matches!(lines[j].kind, LineKind::KemTheo)
                    || matches!(lines[j].kind, LineKind::Paragraph)
                        && is_garbled_reference(lines[j].span.of(text))
            });
            // Under a `PHỤ LỤC` heading, its title in capitals goes on over several lines.
            let under_heading = (i.saturating_sub(3)..i)
                .any(|j| is_phu_luc(j) && (j + 1..i).all(|k| is_upper(lines[k].span.of(text))));
            // A web copy runs the title's last line and its reference together (`“VĂN BẢN …
            // HẾT HIỆU LỰC TOÀN BỘ (Ban hành kèm theo Quyết định số 1680/QĐ-UBND …)`): that
            // line, and the title's lines in capitals right above it (`DANH MỤC`).
            let carries = |j: usize| {
                matches!(lines[j].kind, LineKind::Paragraph)
                    && title_carrying_reference(lines[j].span.of(text))
            };
            // (Not a signature's position: `CHỦ TỊCH` over a title with no name between.)
            let carried = carries(i)
                || is_upper(lines[i].span.of(text))
                    && !crate::recognize::clues::is_position_words(lines[i].span.of(text).trim())
                    && (i + 1..lines.len().min(i + 3)).any(|r| {
                        carries(r) && (i + 1..r).all(|k| is_upper(lines[k].span.of(text)))
                    });
            // A position over the signer's name and a title under them (`CHỦ TỊCH` / `Phạm
            // Đình Nghị` / `DANH MỤC …` / `(Ban hành kèm theo …)`, a copy run together) is the
            // signature's, not the attachment's title.
            let signs = || {
                crate::recognize::clues::is_position_words(lines[i].span.of(text).trim())
                    && lines
                        .get(i + 1)
                        .is_some_and(|l| crate::recognize::clues::is_person_name(l.span.of(text)))
            };
            !under_heading
                && (carried
                    || is_upper(lines[i].span.of(text))
                        && reference.is_some_and(|r| !(i + 1..r).any(is_phu_luc))
                        && !signs())
        }
        _ => false,
    }
}

/// A `(Kèm theo …)` line whose first word a scan misread under the seal (`(Kờn theo .0uêi điàh
/// số:f7 /QĐ-UBND ngày⁄/tháng 10 năm 2022`): a bracket, a short word opening with `K`, `theo`,
/// and the number or date a reference gives (`số`, `ngày`, `năm`). Prose in brackets that goes
/// on `theo` (`(Kế theo …)`) names no number.
fn is_garbled_reference(t: &str) -> bool {
    let Some(inside) = t.trim_start().strip_prefix('(') else {
        return false;
    };
    let folded = fold_case(inside.trim_start());
    let mut words = folded.split_whitespace();
    let (Some(first), Some(second)) = (words.next(), words.next()) else {
        return false;
    };
    let rest: Vec<&str> = words.collect();
    first.starts_with('k')
        && (2..=4).contains(&first.chars().count())
        && first.chars().all(crate::text::fold::is_letter)
        && second == "theo"
        && rest
            .iter()
            .any(|w| w.starts_with("số") || w.starts_with("ngày") || *w == "năm")
}

/// A table attached after the closing whose title a scan lost (under the seal, the list of a
/// tờ trình): its header row opens with the order column (`TT Tập thể, cá nhân đề nghị …`,
/// `STT | Nội dung`) and rows follow, each an order mark then the table's rule (`I | Tập thể`,
/// `1. | Phòng Phổ biến …`). The caller asks for the Lưu line above it.
pub(super) fn opens_headless_table(text: &str, lines: &[Line], i: usize) -> bool {
    if !matches!(lines[i].kind, LineKind::Paragraph) || lines[i].column > 0 {
        return false;
    }
    let t = lines[i].span.of(text).trim();
    let mut words = t.split_whitespace();
    let order_column = words
        .next()
        .map(|w| w.trim_end_matches(['|', '.']))
        .is_some_and(|w| w == "TT" || w == "STT");
    let named = words
        .filter(|w| w.chars().any(crate::text::fold::is_letter))
        .count()
        >= 2;
    // A row: up to four characters of order mark (`1.`, `I`, `II`, `H`), then the rule.
    let is_row = |j: usize| {
        let r = lines[j].span.of(text).trim();
        r.split_once('|').is_some_and(|(mark, cell)| {
            let mark = mark.trim().trim_end_matches('.');
            !mark.is_empty()
                && mark.chars().count() <= 4
                && mark
                    .chars()
                    .all(|c| c.is_ascii_digit() || c.is_ascii_uppercase())
                && cell.chars().any(crate::text::fold::is_letter)
        })
    };
    let rows = (i + 1..lines.len().min(i + 5))
        .filter(|&j| is_row(j))
        .count();
    order_column && named && rows >= 2
}

/// A title in capitals that ends with its reference in brackets, the two run together on one
/// line: `“VĂN BẢN QUY PHẠM PHÁP LUẬT …” HẾT HIỆU LỰC TOÀN BỘ (Ban hành kèm theo Quyết định số
/// 1680/QĐ-UBND ngày …)`, after a legal database's page title if a crawler prefixed one
/// (`Quyết định 435/QĐ-UBND năm 2020. CHƯƠNG TRÌNH HÀNH ĐỘNG. … (Ban hành kèm theo …)`). The
/// reference ties the attachment to a document by its number (`số 1680/…`); a sentence in
/// sentence case that cites a plan `(kèm theo Kế hoạch số …)` is no title.
fn title_carrying_reference(t: &str) -> bool {
    let t = t.trim_end();
    if t.len() > 1200 || !t.ends_with(')') {
        return false;
    }
    let Some(open) = t.rfind('(') else {
        return false;
    };
    let inside = &t[open + 1..t.len() - 1];
    let folded = fold_case(inside);
    let Some(lead) = ["ban hành kèm theo ", "kèm theo "]
        .into_iter()
        .find(|l| folded.starts_with(l))
    else {
        return false;
    };
    // `… số 1680/QĐ-UBND`: a number with its ký hiệu.
    let by_number = folded.split(" số ").skip(1).any(|rest| {
        let code = rest.split([' ', ',']).next().unwrap_or("");
        code.starts_with(|c: char| c.is_ascii_digit()) && code.contains('/')
    });
    let named = inside[lead.len()..].starts_with(crate::text::fold::is_capital);
    // A crawler's page title before the title (`Quyết định 435/QĐ-UBND năm 2020. `).
    let mut title = t[..open].trim();
    if crate::layout::furniture::is_page_title(title) {
        match title.find(". ") {
            Some(stop) => title = title[stop + 1..].trim_start(),
            None => return false,
        }
    }
    let letters = title
        .chars()
        .filter(|c| crate::text::fold::is_letter(*c))
        .count();
    by_number && named && letters >= 10 && crate::recognize::clues::mostly_upper(title)
}

/// Where a file that holds only an appendix opens it: an appendix heading among its first
/// lines, with nothing of a header above it (a Quốc hiệu, a Tiêu ngữ, a number, a date).
pub(super) fn appendix_opening(text: &str, lines: &[Line]) -> Option<usize> {
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

pub(super) fn is_referenced_appendix_start(text: &str, lines: &[Line], i: usize) -> bool {
    is_appendix_start(text, lines, i)
        && (i + 1..lines.len().min(i + 5)).any(|j| matches!(lines[j].kind, LineKind::KemTheo))
}

pub(super) fn find_appendices(text: &str, doc: &mut Document, from: usize, n: usize) {
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
    let forms = attached_forms(text, &doc.lines, from, n);
    let form_title = |opens: usize| forms.iter().find(|f| f.0 == opens).map(|f| f.1);
    // A headless table the closing ended at opens the first appendix.
    let table = (from < n
        && !is_appendix_start(text, &doc.lines, from)
        && opens_headless_table(text, &doc.lines, from))
    .then_some(from);
    let starts = forms
        .iter()
        .map(|f| f.0)
        .chain(table)
        .chain((from..n).filter(|&i| is_appendix_start(text, &doc.lines, i)));
    for s in starts {
        if let Some(title) = form_title(s) {
            heads.push((s, title));
            continue;
        }
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
        if form_title(opens).is_some() {
            doc.appendices.push(Appendix {
                heading,
                reference: None,
                lines: opens..end,
            });
            continue;
        }
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

/// Blank forms attached after the closing without a `Phụ lục` heading (a registration form
/// after a công văn, a request form after a thông báo): each opens with a header of its own,
/// the Quốc hiệu's row, before any appendix heading, and has a title in capitals in its first
/// lines, no number of its own (a document issued with this one is numbered) and no appendix
/// heading there (a `QUY ĐỊNH` over its `(Kèm theo …)` is counted by that heading). Each
/// form: the first line of the Quốc hiệu's row and its title's line.
fn attached_forms(text: &str, lines: &[Line], from: usize, n: usize) -> Vec<(usize, usize)> {
    const HEAD_LINES: usize = 8;
    let first_heading = (from..n)
        .find(|&i| is_appendix_start(text, lines, i))
        .unwrap_or(n);
    let mut forms = Vec::new();
    for q in (from..first_heading).filter(|&i| matches!(lines[i].kind, LineKind::QuocHieu)) {
        let opens = (from..=q)
            .find(|&j| lines[j].row == lines[q].row)
            .unwrap_or(q);
        let head = q + 1..n.min(q + 1 + HEAD_LINES);
        let numbered = head
            .clone()
            .any(|j| matches!(&lines[j].kind, LineKind::So(p) if p.number.is_some()));
        let headed = head.clone().any(|j| is_appendix_start(text, lines, j));
        let title = head.clone().find(|&j| {
            let t = lines[j].span.of(text).trim();
            matches!(lines[j].kind, LineKind::Paragraph)
                && t.split_whitespace().count() >= 2
                && t.chars()
                    .filter(|c| crate::text::fold::is_letter(*c))
                    .count()
                    >= 6
                && is_upper(t)
                && !crate::recognize::clues::looks_like_body_name(t)
                && !crate::recognize::clues::is_position_words(t)
        });
        if let (false, false, Some(title)) = (numbered, headed, title) {
            if forms.last().is_none_or(|&(last, _)| last < opens) {
                forms.push((opens, title));
            }
        }
    }
    forms
}

#[cfg(test)]
mod tests {
    use crate::recognize::assemble::test_support::*;

    /// A tờ trình's list attached as a table whose title a scan lost under the seal: its
    /// header row opens with `TT`, its rows with an order mark and the table's rule. An
    /// appendix under the Lưu line, its rows neither recipients nor stray closing lines.
    /// Without rows cut by the rule, a line opening with `TT` is none.
    #[test]
    fn a_headless_table_under_the_luu_line_is_an_appendix() {
        let head = "UBND TỈNH QUẢNG BÌNH\tCỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSỞ TƯ PHÁP\tĐộc lập - Tự do - Hạnh phúc\nSố: 2753/TTr-STP\tQuảng Bình, ngày 28 tháng 9 năm 2022\nTỜ TRÌNH\nV/v đề nghị xét khen thưởng\nSở Tư pháp kính trình Chủ tịch UBND tỉnh xem xét, quyết định./.\n\nNơi nhận:\n- Hội đồng TĐ-KT tỉnh;\n- Sở Nội vụ;\n- Lưu: VT, VP.\n\n";
        let table = "TT Tập thể, cá nhân đề nghị xét khen thưởng\n\nI | Tập thể\n1. | Phòng Phổ biến, giáo dục pháp luật, Sở Tư pháp tỉnh Quảng Bình\n2. | Công an tỉnh Quảng Bình\nH | Cá nhân\n1. | Ông Trương Quang Sáng, Phó Giám đốc Sở Tư pháp\n";
        let text = format!("{head}{table}");
        let d = doc(&text);
        assert_eq!(d.appendices.len(), 1);
        assert_eq!(
            d.lines[d.appendices[0].heading].span.of(&text),
            "TT Tập thể, cá nhân đề nghị xét khen thưởng"
        );
        assert!(d.closing.stray.is_empty(), "{:?}", d.closing.stray);
        let luu = d.closing.noi_nhan.as_ref().and_then(|n| n.luu);
        assert_eq!(
            luu.map(|l| d.lines[l].span.of(&text)),
            Some("- Lưu: VT, VP.")
        );
        // Rows without the rule: no table.
        let plain = format!("{head}TT Tập thể, cá nhân đề nghị xét khen thưởng\n");
        assert!(doc(&plain).appendices.is_empty());
    }

    /// A list attached after the signature (`DANH SÁCH`) whose `(Kèm theo Quyết định số …)`
    /// the scan misread under the seal (`(Kờn theo .0uêi điàh số:f7 /QĐ-UBND ngày …`): the
    /// reference all the same, the list an appendix. A bracket going on `theo` that names no
    /// number or date is none.
    #[test]
    fn a_list_whose_reference_the_scan_misread_is_an_appendix() {
        let head = "ỦY BAN NHÂN DÂN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nTỈNH QUẢNG BÌNH\tĐộc lập - Tự do - Hạnh phúc\nSố: 2811/QĐ-UBND\tQuảng Bình, ngày 21 tháng 10 năm 2022\nQUYẾT ĐỊNH\nVề việc tặng Bằng khen của Chủ tịch UBND tỉnh\nCHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH\nCăn cứ Luật Thi đua, Khen thưởng ngày 26 tháng 11 năm 2003;\nQUYẾT ĐỊNH:\nĐiều 1. Tặng Bằng khen cho 05 tập thể (có Danh sách kèm theo).\nĐiều 2. Quyết định này có hiệu lực kể từ ngày ký./.\n\nNơi nhận:\n- Như Điều 2;\n- Lưu: VT, NCVX.\n\nTrần Thắng\n";
        let list = |reference: &str| {
            format!("{head}: N DANH SÁCH\n{reference}\n°„ .%¿” Z) _ của Chủ tịch UBND tỉnh)\n\n1. Phòng Phổ biến, giáo dục pháp luật, Sở Tư pháp;\n\n2. Công an tỉnh;\n")
        };
        let text = list("(Kờn theo .0uêi điàh số:f7 /QĐ-UBND ngày⁄/tháng 10 năm 2022");
        let d = doc(&text);
        assert_eq!(d.appendices.len(), 1);
        assert_eq!(
            d.lines[d.appendices[0].heading].span.of(&text),
            ": N DANH SÁCH"
        );
        assert_eq!(
            d.closing.signature.name.map(|n| d.lines[n].span.of(&text)),
            Some("Trần Thắng")
        );
        assert!(doc(&list("(Kể theo thứ tự vần chữ cái)"))
            .appendices
            .is_empty());
    }

    /// Blank forms attached after a công văn or a thông báo without a `Phụ lục` heading, each
    /// under a header of its own (a university's registration forms, a request form): one
    /// appendix each, opening at the Quốc hiệu's row.
    #[test]
    fn blank_forms_under_a_header_of_their_own_are_appendices() {
        let letter = "TRƯỜNG ĐẠI HỌC CẦN THƠ\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\tĐộc lập - Tự do - Hạnh phúc\nSố: 1935/ĐHCT-KSĐH\tCần Thơ, ngày 17 tháng 10 năm 2013\nV/v thực hiện trình tự đề nghị\nKính gửi: Các đơn vị đào tạo Sau đại học.\nNghiên cứu sinh đăng ký báo cáo chuyên đề theo mẫu gửi kèm.\nTrân trọng./.\nNơi nhận:\n- Như trên;\n- Lưu: VT.\nTL. HIỆU TRƯỞNG\nTRƯỞNG KHOA SAU ĐẠI HỌC\nMai Văn Nam\n";
        let form = |title: &str| {
            format!("TRƯỜNG ĐẠI HỌC CẦN THƠ\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n(Tên Đơn vị đào tạo, in đậm)\tĐộc lập - Tự do - Hạnh phúc\n{title}\nKính gửi: KHOA SAU ĐẠI HỌC\nTôi tên:\nTrân trọng kính chào.\n")
        };
        let text = format!(
            "{letter}{}{}",
            form("GIẤY ĐĂNG KÝ BÁO CÁO"),
            form("TÓM TẮT QUÁ TRÌNH THỰC HIỆN")
        );
        let d = doc(&text);
        let headings: Vec<_> = d
            .appendices
            .iter()
            .map(|a| d.lines[a.heading].span.of(&text))
            .collect();
        assert_eq!(
            headings,
            ["GIẤY ĐĂNG KÝ BÁO CÁO", "TÓM TẮT QUÁ TRÌNH THỰC HIỆN"]
        );
        assert!(d.lines[d.appendices[0].lines.start]
            .span
            .of(&text)
            .starts_with("TRƯỜNG ĐẠI HỌC CẦN THƠ"));
        // A document issued with this one has its own number: no form.
        let numbered = format!(
            "{letter}ỦY BAN NHÂN DÂN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSố: 12/KH-UBND\tĐộc lập - Tự do - Hạnh phúc\nKẾ HOẠCH THỰC HIỆN\nNội dung kế hoạch.\n"
        );
        assert!(doc(&numbered).appendices.is_empty());
    }

    /// A list or a programme attached after the signature without a `Phụ lục` heading, its
    /// title's last line run together with its `(Ban hành kèm theo Quyết định số …)` (a web
    /// copy): one appendix, the title's line in capitals above it its first line, the
    /// signature as it was. Without the reference the same title is none.
    #[test]
    fn a_title_line_that_carries_its_reference_opens_an_appendix() {
        let head = "ỦY BAN NHÂN DÂN TỈNH NAM ĐỊNH\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\tĐộc lập - Tự do - Hạnh phúc\nSố: 1680/QĐ-UBND\tNam Định, ngày 27 tháng 7 năm 2017\n\nQUYẾT ĐỊNH\nVề việc công bố danh mục văn bản hết hiệu lực\n\nỦY BAN NHÂN DÂN TỈNH NAM ĐỊNH\n\nCăn cứ Luật Tổ chức chính quyền địa phương ngày 19/6/2015;\n\nQUYẾT ĐỊNH:\n\nĐiều 1. Công bố Danh mục văn bản hết hiệu lực toàn bộ (có Danh mục kèm theo).\nĐiều 2. Quyết định có hiệu lực thi hành kể từ ngày ký./.\n\nNơi nhận:\n- Như Điều 2;\n- Lưu: VT, VP1.\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n\nPhạm Đình Nghị\n";
        let title = "“VĂN BẢN QUY PHẠM PHÁP LUẬT DO UBND TỈNH BAN HÀNH” HẾT HIỆU LỰC TOÀN BỘ";
        let rows = "STT\nSố, ký hiệu văn bản\nTên gọi của văn bản\n";
        let with = format!("{head}DANH MỤC\n{title}  (Ban hành kèm theo Quyết định số 1680/QĐ-UBND ngày 27/07/2017 của UBND tỉnh Nam Định)\n{rows}");
        let d = doc(&with);
        let at = |i: usize| d.lines[i].span.of(&with);
        assert_eq!(d.appendices.len(), 1);
        let a = &d.appendices[0];
        assert_eq!(at(a.lines.start), "DANH MỤC");
        assert_eq!(a.reference, Some(a.heading));
        assert_eq!(d.closing.signature.name.map(at), Some("Phạm Đình Nghị"));
        let without = format!("{head}DANH MỤC\n{title}\n{rows}");
        assert!(doc(&without).appendices.is_empty());
        // A reference that names no document by its number ties nothing.
        let vague = format!("{head}DANH MỤC\n{title} (Kèm theo Quyết định này)\n{rows}");
        assert!(doc(&vague).appendices.is_empty());
        // Run together on one line, the title and its reference cut apart, the position over
        // the name right above them is the signature's still.
        let one_line = format!(
            "{head}DANH MỤC {title} (Ban hành kèm theo Quyết định số 1680/QĐ-UBND ngày 27/07/2017 của UBND tỉnh Nam Định) {rows}"
        )
        .replace("TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n\nPhạm Đình Nghị\n", "TM. ỦY BAN NHÂN DÂN CHỦ TỊCH Phạm Đình Nghị ")
        .replace(['\n', '\t'], " ");
        let d = doc(&one_line);
        let at = |i: usize| d.lines[i].span.of(&one_line);
        assert_eq!(d.closing.signature.name.map(at), Some("Phạm Đình Nghị"));
        assert_eq!(d.appendices.len(), 1);
    }

    /// A crawler prefixes each section with the page's title (`Quyết định 435/QĐ-UBND năm
    /// 2020. CHƯƠNG TRÌNH HÀNH ĐỘNG. … (Ban hành kèm theo Quyết định số 435/QĐ-UBND, …)`): the
    /// programme is an appendix all the same; a body sentence citing a plan `(kèm theo …)` is
    /// not.
    #[test]
    fn a_page_title_before_a_title_that_carries_its_reference() {
        let head = "ỦY BAN NHÂN DÂN TỈNH KON TUM\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\tĐộc lập - Tự do - Hạnh phúc\nSố: 435/QĐ-UBND\tKon Tum, ngày 04 tháng 5 năm 2020\n\nQUYẾT ĐỊNH\nBan hành Chương trình hành động về quan hệ lao động\n\nCăn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;\n\nQUYẾT ĐỊNH:\n\nĐiều 1. Ban hành kèm theo Quyết định này Chương trình hành động của Ủy ban nhân dân tỉnh.\nĐiều 2. Giám đốc Sở Lao động - Thương binh và Xã hội chịu trách nhiệm thi hành Quyết định này./.\n\nNơi nhận:\n- Như Điều 2;\n- Lưu: VT, KGVX2.\nTM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\nNguyễn Hữu Tháp\n\n";
        let programme = "Quyết định 435/QĐ-UBND năm 2020. CHƯƠNG TRÌNH HÀNH ĐỘNG. TRIỂN KHAI KẾ HOẠCH SỐ 119-KH/TU NGÀY 18 THÁNG 12 NĂM 2019 CỦA BAN THƯỜNG VỤ TỈNH ỦY (Ban hành kèm theo Quyết định số 435/QĐ-UBND, ngày 04 tháng 5 năm 2020 của Ủy ban nhân dân tỉnh Kon Tum)\nI. MỤC ĐÍCH, YÊU CẦU\n1. Nâng cao nhận thức của cấp ủy, chính quyền về quan hệ lao động.\n";
        let text = format!("{head}{programme}");
        let d = doc(&text);
        assert_eq!(d.appendices.len(), 1);
        assert_eq!(
            d.closing.signature.name.map(|i| d.lines[i].span.of(&text)),
            Some("Nguyễn Hữu Tháp")
        );
        let sentence = format!("{head}Các sở gửi báo cáo kết quả thực hiện về Sở Lao động - Thương binh và Xã hội (kèm theo Kế hoạch số 119-KH/TU ngày 18/12/2019)\nI. MỤC ĐÍCH, YÊU CẦU\n");
        assert!(doc(&sentence).appendices.is_empty());
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
        let auth = lines_at(&d, text, &d.closing.signature.authority);
        assert_eq!(auth, ["TM. ỦY BAN THƯỜNG VỤ QUỐC HỘI"]);
        assert_eq!(d.closing.signature.name.map(line), Some("Trần Thanh Mẫn"));
        assert_eq!(d.appendices.len(), 1);
    }
}
