//! The căn cứ lines and the enacting line (`QUYẾT ĐỊNH:`) before the body.

use super::title::upper_run_then_preamble;
use crate::model::document::*;
use crate::text::fold::is_upper;

pub(super) fn find_preamble(text: &str, doc: &mut Document, cursor: usize) -> usize {
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
                    && !position_beside(text, &doc.lines[i - 1], l)
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
                    doc.preamble.extend((i..k).filter(|&m| {
                        is_preamble_kind(&doc.lines[m].kind)
                            || weighs_a_submission(text, &doc.lines[m])
                    }));
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

/// `Xét báo cáo của …`, `Xét Tờ trình số …`: the preamble's line that weighs what was
/// submitted (a `Xét đề nghị` line reads as one already), so the căn cứ above it is not the
/// last.
fn weighs_a_submission(text: &str, line: &Line) -> bool {
    matches!(line.kind, LineKind::Paragraph)
        && line
            .span
            .of(text)
            .trim_start()
            .strip_prefix("Xét ")
            .is_some_and(|r| r.starts_with(crate::text::fold::is_letter) && r.len() > 20)
}

/// A position in capitals in another column of the same row (cut from a scan's sentence run
/// together with its closing, `… ký ban hành =——. GIÁM ĐÓC ơi nhận:`): no wrapped line of the
/// sentence. The rest of a sentence a tab set apart goes on with it.
fn position_beside(text: &str, above: &Line, line: &Line) -> bool {
    let t = line.span.of(text).trim();
    line.row == above.row
        && line.column != above.column
        && is_upper(t)
        && crate::recognize::clues::is_position_words(t)
}

pub(super) fn ends_paragraph(line: &Line, text: &str) -> bool {
    line.span.of(text).trim_end().ends_with(['.', ';', ':'])
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::recognize::assemble::test_support::*;

    /// A `Xét báo cáo …` line after the căn cứ belongs to the preamble: the căn cứ above it
    /// is not the last.
    #[test]
    fn a_xet_line_goes_on_with_the_preamble() {
        let text = "NGHỊ QUYẾT\nVỀ DỰ TOÁN NGÂN SÁCH NĂM 2017\n\nCăn cứ Luật Tổ chức chính quyền địa phương năm 2015;\nCăn cứ Luật Ngân sách nhà nước năm 2015;\nXét báo cáo của Ủy ban nhân dân tỉnh số 218/BC-UBND ngày 08/12/2016 về dự toán ngân sách; ý kiến thảo luận của đại biểu Hội đồng nhân dân tỉnh tại kỳ họp.\nQUYẾT NGHỊ:\nĐiều 1. Thông qua dự toán.\n";
        let d = doc(text);
        assert_eq!(d.preamble.len(), 3);
        assert!(d.enacting.is_some());
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

    #[test]
    fn a_can_cu_ending_in_a_date_stays_a_can_cu() {
        let text = "QUYẾT ĐỊNH\nVề việc thành lập Đoàn kiểm tra\nCăn cứ Luật Đất đai ngày 18 tháng 01 năm 2024;\nCăn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;\nQUYẾT ĐỊNH:\n";
        let d = doc(text);
        assert_eq!(d.preamble.len(), 2);
        assert!(d.header.place_date.is_none());
        assert!(d.enacting.is_some());
    }

    /// A scan's tờ trình run together on one line: the position cut from the sentence that ends
    /// the `Thực hiện …` paragraph stands beside it, no wrapped line of it; it signs.
    #[test]
    fn a_position_beside_the_preamble_s_last_line_is_no_wrapped_line() {
        let text = "BỘ CÔNG AN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM CÔNG AN TỈNH LÂM ĐỒNG Độc lập - Tự do - Hạnh phúc Số: 493/TTr-CAT-PC04 Lâm Đồng, ngày 10 tháng 12 năm 2025 TỜ TRÌNH Về việc Báo cáo tổng kết công tác phòng, chống ma túy năm 2025 Kính gửi: Văn phòng Ủy ban nhân dân tỉnh Lâm Đồng Thực hiện Công văn số 8045/UBND-NC ngày 27/11/2025 của UBND tỉnh Lâm Đồng về việc giao Công an tỉnh báo cáo tổng kết công tác phòng, chống ma túy năm 2025; Công an tỉnh đã chủ trì, phối hợp với các đơn vị có liên quan xây dựng Dự thảo Báo cáo. Công an tỉnh kính đề nghị Văn phòng Ủy ban nhân dân tỉnh thẩm định, trình Chủ tịch duyệt, ký ban hành =——. GIÁM ĐỐC Nơi nhận: - Như trên; - Lưu: VT, PC04. Thiếu tướng Trương Minh Đương\n";
        let d = doc(text);
        let positions = lines_at(&d, text, &d.closing.signature.positions);
        assert_eq!(
            positions,
            ["GIÁM ĐỐC"],
            "{:#?}",
            d.lines.iter().map(|l| l.span.of(text)).collect::<Vec<_>>()
        );
    }

    /// A scan's decision whose enacting line lost its colon and read `É` for `Ế` (`QUYÉT
    /// ĐỊNH`, ĐHSP Hà Nội 2017), under a `Theo đề nghị …,` that ends with a comma: the line is no
    /// wrapped line of the preamble. ND001 reports the comma where it stands and ND016 the lost
    /// colon on the enacting line, not a missing one at Điều 1.
    #[test]
    fn a_colonless_enacting_line_with_a_scans_slip_ends_the_preamble() {
        let text = "BỘ GIÁO DỤC VÀ ĐÀO TẠO\nTRƯỜNG ĐẠI HỌC SƯ PHẠM HÀ NỘI\nSố: 2760/QĐ-ĐHSPHN\n\
Hà Nội, ngày 18 tháng 5 năm 2017\n\nQUYẾT ĐỊNH\nVề việc ban hành Quy định về trình độ ngoại ngữ\n\n\
HIỆU TRƯỞNG TRƯỜNG ĐẠI HỌC SƯ PHẠM HÀ NỘI\n\n\
Căn cứ Thông tư số 15/2014/TT-BGDĐT ngày 15/5/2014 của Bộ trưởng Bộ Giáo dục và Đào tạo;\n\n\
Theo đề nghị của Trưởng phòng Sau đại học,\n\nQUYÉT ĐỊNH\n\n\
Điều 1. Ban hành Quy định về trình độ ngoại ngữ.\n\nĐiều 2. Quyết định có hiệu lực kể từ ngày ký.\n";
        let d = doc(text);
        let last = *d.preamble.last().expect("the preamble");
        assert_eq!(
            d.lines[last].span.of(text),
            "Theo đề nghị của Trưởng phòng Sau đại học,"
        );
        let report = crate::check_str(text, &crate::Config::default());
        // The line each finding stands on.
        let at = |code: &str| {
            report
                .diagnostics
                .iter()
                .filter(|x| x.code == code)
                .map(|x| {
                    let start = text[..x.span.start as usize]
                        .rfind('\n')
                        .map_or(0, |k| k + 1);
                    let end = text[start..].find('\n').map_or(text.len(), |k| start + k);
                    &text[start..end]
                })
                .collect::<Vec<_>>()
        };
        assert_eq!(at("ND016"), ["QUYÉT ĐỊNH"]);
        assert_eq!(at("ND001"), ["Theo đề nghị của Trưởng phòng Sau đại học,"]);
        // A line of capitals that only opens with the words is no enacting line.
        assert!(!crate::recognize::clues::is_colonless_enacting(
            "QUYẾT ĐỊNH SỐ 15"
        ));
        assert!(!crate::recognize::clues::is_colonless_enacting(
            "Quyết định"
        ));
    }
}
