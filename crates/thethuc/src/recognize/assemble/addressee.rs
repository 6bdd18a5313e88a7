//! The công văn's V/v and the Kính gửi block (and the `Đồng kính gửi` copies after it).

use crate::model::document::*;
use crate::text::fold::{is_upper, skeleton};

/// The công văn trích yếu: a `V/v` (or spelled-out `Về việc`) line near the header and its
/// continuation lines in the same column.
pub(super) fn find_vv(text: &str, doc: &mut Document, cursor: usize, header_end: usize) -> usize {
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
        // A scan's blank line inside a V/v of two lines or more (`V/v bổ sung tài liệu hướng
        // dẫn` / (blank) / `liên thông và đặc tả dữ liệu …`): its first line ends with no stop
        // and the next, short, goes on in lower case.
        let goes_on_past_blank = doc.vv.len() == 1
            && l.column == column
            && l.span.len() < 80
            && !doc.lines[j - 1]
                .span
                .of(text)
                .trim_end()
                .ends_with(['.', ';', ':', ')'])
            && l.span
                .of(text)
                .trim_start()
                .starts_with(crate::text::fold::is_lower);
        if l.blank_before && !goes_on_past_blank
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

pub(super) fn find_kinh_gui(text: &str, doc: &mut Document, cursor: usize) -> usize {
    let n = doc.lines.len();
    let Some(i) = (cursor..n.min(cursor + 4))
        .find(|&i| matches!(doc.lines[i].kind, LineKind::KinhGui { .. }))
    else {
        return cursor;
    };
    let mut kg = KinhGui {
        label: i,
        wrapped: Vec::new(),
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
                if opens_body_after_list(text, doc, &kg, j) {
                    break;
                }
                // A wrapped addressee goes on in lower case (`trên địa bàn tỉnh.`) or opens a
                // bracket; a capital starts the body (`Để bảo đảm …` under a one-line label).
                // So does one under a label line whose addressee stops short of its end, at a
                // comma or a word that names what follows (`… Lâm Đồng, tỉnh` / `Bình Thuận, …`).
                let first = l.span.of(text).trim_start().chars().next();
                let wraps = first.is_some_and(|c| crate::text::fold::is_lower(c) || c == '(')
                    || j == i + 1 && stops_short(doc.lines[i].span.of(text));
                let continuation =
                    kg.items.last().is_some() || (l.row == doc.lines[i].row + 1 && wraps);
                if !continuation {
                    break;
                }
                // (An address in brackets under it is no part of the name.)
                if kg.items.is_empty() && first != Some('(') {
                    kg.wrapped.push(j);
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

/// Whether line `j`, under a list of addressees whose last one ends with its stop, is the
/// body's first sentence: one that opens with a capital, or with the note naming the
/// addressees together and goes on past it (a web copy joins `(Sau đây viết tắt là BHXH các
/// tỉnh) Bộ Y tế có Công văn số 627/BYT-BH …` on one line). The note alone, or an address in
/// brackets, stays with the list; so does a wrap in lower case.
fn opens_body_after_list(text: &str, doc: &Document, kg: &KinhGui, j: usize) -> bool {
    let Some(&last) = kg.items.last() else {
        return false;
    };
    let item = doc.lines[last].span.of(text).trim_end();
    if !item.ends_with('.') || item.ends_with("..") {
        return false;
    }
    let line = doc.lines[j].span.of(text).trim();
    let after_note = match line.strip_prefix('(') {
        Some(rest) => match rest.split_once(')') {
            Some((_, after)) => after.trim_start(),
            None => return false,
        },
        None => line,
    };
    after_note
        .chars()
        .next()
        .is_some_and(crate::text::fold::is_capital)
}

/// Whether a Kính gửi line's addressee stops short of its end: after a comma, a word that
/// joins what must follow it (`và`, `của`), or a list's next unit with no name yet (`… tỉnh Lâm
/// Đồng, tỉnh`). A unit's word alone ends a name (`Kính gửi: Công an tỉnh`).
fn stops_short(line: &str) -> bool {
    const JOINING: &[&str] = &[
        "và", "của", "các", "thuộc", "trực", "với", "cho", "tại", "về",
    ];
    const UNITS: &[&str] = &["tỉnh", "thành", "huyện", "quận", "thị", "xã", "phường"];
    let Some((_, addressee)) = line.trim_end().split_once(':') else {
        return false;
    };
    let mut words = addressee.split_whitespace().rev();
    // A label alone (`Kính gửi:`) has its addressees under it, dash items or not.
    let Some(last) = words.next() else {
        return false;
    };
    let listed_unit = UNITS.contains(&last) && words.next().is_some_and(|w| w.ends_with(','));
    last.ends_with(',') || JOINING.contains(&last) || listed_unit
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::recognize::assemble::test_support::*;

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

    /// A scan's blank line inside a V/v: the line after it goes on in lower case and stays
    /// with the label's line.
    #[test]
    fn a_vv_broken_by_a_scans_blank_line() {
        let text = "Số: 4782/BHXH-CNTT\nV/v bổ sung tài liệu hướng dẫn\n\nliên thông và đặc tả dữ liệu kèm theo\nQuyết định số 917/QĐ-BHXH.\n\nKính gửi: Bảo hiểm xã hội các tỉnh.\n";
        let d = doc(text);
        assert_eq!(d.vv.len(), 3);
    }

    /// A Kính gửi whose addressee stops short of its end at a comma and the next unit goes on
    /// on the line under it, a capital and all: that line is the addressee's. A unit's word
    /// alone ends a name: the body after it is the body.
    #[test]
    fn a_kinh_gui_addressee_that_stops_short_wraps() {
        let text = "Kính gửi: Đoàn Luật sư tỉnh Lâm Đồng, tỉnh\nBình Thuận, tỉnh Đắk Nông (cũ).\n\nSở Tư pháp nhận được Tờ trình số 220/TTr-ĐLS ngày 03/10/2025.\n";
        let d = doc(text);
        assert_eq!(
            d.kinh_gui.as_ref().map(|k| k.wrapped.clone()),
            Some(vec![1])
        );
        assert_eq!(d.body.start, 2);
        let text = "Kính gửi: Công an tỉnh\nỦy ban nhân dân tỉnh nhận được Hướng dẫn số 46/HD-BCA-C04 ngày 05/12/2025.\n";
        let d = doc(text);
        assert_eq!(d.kinh_gui.as_ref().map(|k| k.wrapped.len()), Some(0));
        assert_eq!(d.body.start, 1);
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

    /// Under addressees whose list ends with its stop, a line with no blank before it that
    /// opens with a capital, or with the note naming them together and goes on past it (a web
    /// copy), is the body's first sentence: its citations are the body's first ones. The note
    /// alone and a wrap in lower case stay with the list.
    #[test]
    fn the_body_under_a_closed_list_of_addressees() {
        let list =
            "Kính gửi:\n- Bảo hiểm xã hội Bộ Quốc phòng;\n- Bảo hiểm xã hội Công an nhân dân.\n";
        let first =
            "Bộ Y tế có Công văn số 627/BYT-BH ngày 27/01/2021 về việc hướng dẫn thực hiện.";
        for under in [
            format!("(Sau đây viết tắt là BHXH các tỉnh) {first}"),
            first.to_string(),
        ] {
            let text = format!("{list}{under}\nĐề nghị BHXH các tỉnh thực hiện./.\n");
            let d = doc(&text);
            assert_eq!(d.body.start, 3, "{under}");
            let first_date = d.citations.first().and_then(|c| c.date);
            assert_eq!(
                first_date.map(|c| (c.day, c.month)),
                Some((27, 1)),
                "{under}"
            );
        }
        for under in ["(Sau đây viết tắt là BHXH các tỉnh)", "trên địa bàn tỉnh."]
        {
            let text = format!("{list}{under}\nBộ Y tế có Công văn số 627/BYT-BH.\n");
            assert_eq!(doc(&text).body.start, 4, "{under}");
        }
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
}
