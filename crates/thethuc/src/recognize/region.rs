//! Where the document itself starts and ends on a page that holds more: a portal's menus and
//! breadcrumbs above the header, its footer and table of contents under the signature, a
//! digital signature's stamp (`Ký bởi: …`, `Thời gian ký: …`) or a copy stamp over the header
//! of a scan. What lies outside is set aside (DOC005), never read as a component.

use crate::layout::furniture::Furniture;
use crate::layout::furniture::{is_signing_mark, is_stamp_line};
use crate::layout::ReadLine;
use crate::text::fold::skeleton;
use crate::text::phrases;
use crate::text::reading::{Glue, Pieces};
use crate::text::span::Span;

const PORTAL_FOOTERS: &[&str] = &[
    "co so du lieu quoc gia ve phap luat",
    "don vi chu quan",
    "ban quyen thuoc",
    "giay phep thiet lap",
    "chiu trach nhiem noi dung",
    "chiu trach nhiem xuat ban",
    "nguon tra cuu:",
];

/// Openings of a portal's footer, under the document.
const FOOTER_OPENINGS: &[&str] = &[
    "muc luc",
    "don vi chu quan",
    "co so du lieu quoc gia ve phap luat",
    "ban quyen thuoc",
    "giay phep thiet lap",
    "giay phep so",
    "chiu trach nhiem noi dung",
    "chiu trach nhiem chinh",
    "tong bien tap",
    "lien he",
    "copyright",
    "dia chi:",
    "dien thoai:",
    "fax:",
    "van ban lien quan",
    "van ban duoc huong dan",
    "van ban hien thoi",
    "van ban goc",
    "luoc do",
];

/// `Digitally signed by <signer>`: the one stamp line with no colon.
fn is_signed_by(text: &str) -> bool {
    let t = text.trim_start();
    // The skeleton is built only for a line that opens with the word (most lines do not).
    t.get(..9)
        .is_some_and(|w| w.eq_ignore_ascii_case("digitally"))
        && skeleton(t.trim_end()).starts_with("digitally signed by ")
}

/// A line that can belong to a document's header block: short, and in capitals, or a number,
/// a date, a `V/v`, a rule drawn with characters, a draft stamp, a body's name.
fn is_header_material(text: &str) -> bool {
    let t = text.trim();
    if t.is_empty() {
        return true;
    }
    if t.chars().count() > 160 {
        return false;
    }
    let f = crate::text::fold::fold_case(t);
    let drawn = t
        .chars()
        .all(|c| matches!(c, '_' | '-' | '=' | '*' | '.' | ' ' | '–' | '—'));
    let words = t.split_whitespace().count();
    drawn
        || crate::recognize::clues::mostly_upper(t)
        || f.starts_with("số")
        || f.starts_with("v/v")
        || f.starts_with("về việc")
        || (f.contains("ngày") && f.contains("năm"))
        || f.contains("dự thảo")
        || crate::recognize::clues::looks_like_body_name(t)
        // A wrapped V/v goes on in lower case.
        || words <= 12 && t.starts_with(crate::text::fold::is_lower) && !t.ends_with(['.', ';', ':'])
}

/// A legal database's page title with the issuer's name run on after it, as a crawler joins
/// the page's heading and the header table's first cell: `Công văn 296/BHXH-CSYT năm 2021 …
/// do Bảo hiểm xã hội Việt Nam ban hành. BẢO HIỂM XÃ HỘI VIỆT NAM --------`. The end of the
/// title (its stop included) and where the name starts.
fn issuer_after_page_title(t: &str) -> Option<(usize, usize)> {
    if t.len() > 600 || !crate::layout::furniture::is_page_title(t) {
        return None;
    }
    let stop = t.rfind(". ")?;
    let name = t[stop + 1..].trim_start();
    let words = name.trim_end_matches(['-', '_', ' ']);
    let name_start = t.len() - name.len();
    (words.split_whitespace().count() >= 2
        && crate::recognize::clues::mostly_upper(words)
        && words.chars().all(|c| !c.is_ascii_digit()))
    .then_some((stop + 1, name_start))
}

/// Where a legal-database page's editorial note sits in a line: `[Nội dung này được đính chính
/// bởi Công văn 666/BYT-BH …]`, `[Khoản này được sửa đổi bởi Khoản 1 Điều 1 …]`, `[Điều này bị
/// bãi bỏ bởi …]`. The site writes it into the text where the change applies; the document's
/// author never does (a consolidated text puts such notes in footnotes). Byte range, `[` to `]`.
fn site_note_in(t: &str) -> Option<(usize, usize)> {
    let mut from = 0;
    while let Some(k) = t[from..].find('[').map(|k| from + k) {
        from = k + 1;
        let Some(len) = t[k..].find(']').filter(|&l| l <= 400) else {
            continue;
        };
        let inside = skeleton(&t[k + 1..k + len]);
        let words: Vec<&str> = inside.split_whitespace().collect();
        // `<unit> này được|bị <change> bởi …`: the unit is one to three words.
        let names_a_change = (1..=3).any(|n| {
            words.get(n) == Some(&"nay") && matches!(words.get(n + 1), Some(&"duoc") | Some(&"bi"))
        }) && words.contains(&"boi");
        if names_a_change {
            return Some((k, k + len + 1));
        }
    }
    None
}

/// Sets aside the editorial notes a legal-database page writes into the lines
/// (`site_note_in`): the line keeps its text before and after the note.
pub fn set_aside_site_notes(
    lines: &mut Vec<ReadLine>,
    furniture: &mut Vec<(Span, Furniture)>,
    nfc: &str,
) {
    // Most documents hold no bracket at all: one byte search spares the walk over every piece.
    if !nfc.contains('[') {
        return;
    }
    for line in lines.iter_mut() {
        let old = &line.pieces;
        if !old.pieces.iter().any(|p| p.of(nfc).contains('[')) {
            continue;
        }
        // The line's pieces with the glue before each, the notes cut out.
        let mut kept: Vec<(Option<Glue>, Span)> = Vec::with_capacity(old.pieces.len() + 1);
        let mut cut = false;
        for (k, &piece) in old.pieces.iter().enumerate() {
            let mut glue = k.checked_sub(1).map(|g| old.glue[g]);
            let mut rest = piece;
            while let Some((a, b)) = site_note_in(rest.of(nfc)) {
                let text = rest.of(nfc);
                furniture.push((
                    Span::new(rest.start + a as u32, rest.start + b as u32),
                    Furniture::SiteNote,
                ));
                let before = text[..a].trim_end().len() as u32;
                kept.push((glue, Span::new(rest.start, rest.start + before)));
                glue = Some(Glue::Space);
                let after = (text.len() - text[b..].trim_start().len()) as u32;
                rest = Span::new(rest.start + after, rest.end);
                cut = true;
            }
            kept.push((glue, rest));
        }
        if cut {
            kept.retain(|(_, s)| !s.is_empty());
            line.pieces = Pieces {
                pieces: kept.iter().map(|&(_, s)| s).collect(),
                glue: kept
                    .iter()
                    .skip(1)
                    .map(|&(g, _)| g.unwrap_or(Glue::Space))
                    .collect(),
            };
        }
    }
    // A line that held only a note is gone.
    lines.retain(|l| !l.pieces.pieces.is_empty());
}

/// A stamp field's value wrapped onto its own line: a signing time, an e-mail address, or a
/// short run of words in lower case (a body's name going on). A line in capitals (a position)
/// or opening with a capital (a name) is the document's own.
fn is_wrapped_stamp_value(text: &str) -> bool {
    let t = text.trim();
    let clock = t
        .split_whitespace()
        .next()
        .is_some_and(|w| crate::layout::furniture::is_clock(w.as_bytes()));
    !t.is_empty()
        && t.chars().count() <= 40
        && (clock
            || (t.contains('@') && !t.contains(' '))
            || t.starts_with(crate::text::fold::is_lower) && t.split_whitespace().count() <= 4)
}

/// Sets aside what lies around the document: stamps anywhere, and for pages (`page`: a web
/// page or its copy) the menus above the header and the footer under the signature.
pub fn trim(
    lines: &mut Vec<ReadLine>,
    furniture: &mut Vec<(Span, Furniture)>,
    nfc: &str,
    folded_nfc: &str,
    page: bool,
) {
    let texts: Vec<std::borrow::Cow<'_, str>> = lines
        .iter()
        .map(|l| match l.pieces.pieces.as_slice() {
            [one] => std::borrow::Cow::Borrowed(one.of(nfc)),
            _ => std::borrow::Cow::Owned(l.pieces.text(nfc)),
        })
        .collect();
    let mut out = vec![false; lines.len()];
    // Stamps: two of their lines within four lines of each other.
    let mut stamp: Vec<bool> = texts
        .iter()
        .map(|t| t.len() < 200 && (t.contains(':') || is_signed_by(t)) && is_stamp_line(t))
        .collect();
    // A stamp on one line that the anchors cut from a document run together: the layout sets
    // it aside on a line of its own.
    for (i, t) in texts.iter().enumerate() {
        if t.len() <= 160
            && t.starts_with("Số:")
            && crate::layout::furniture::classify(t) == Some(Furniture::Stamp)
        {
            out[i] = true;
            stamp[i] = true;
        }
    }
    for i in 0..lines.len() {
        if stamp[i] {
            let near = (i.saturating_sub(4)..lines.len().min(i + 5))
                .filter(|&j| stamp[j])
                .count();
            if near >= 2 {
                out[i] = true;
            }
        }
    }
    // A stamp printed in a narrow box wraps its values onto lines of their own (`Ký bởi: Ủy
    // ban Nhân` / `dân tỉnh`, `Email:` / `ubnd@…`, `Ngày ký: 03-03-2020` / `16:18:57 +07:00`):
    // such a line right under a field of a stamp set aside goes with it (one line a field).
    for i in (1..lines.len()).rev() {
        if out[i - 1] && stamp[i - 1] && !out[i] && is_wrapped_stamp_value(&texts[i]) {
            out[i] = true;
            stamp[i] = true;
        }
    }
    // The header's first line: the first Quốc hiệu, motto or Party heading, then back over the
    // header block before it (its left column, or the table it sits in).
    let scope = lines.len().min(if page { 600 } else { 80 });
    let anchor = (0..scope).find(|&i| {
        let t = &texts[i];
        if t.len() >= 200 {
            return false;
        }
        let f: std::borrow::Cow<'_, str> = match lines[i].pieces.pieces.as_slice() {
            [one] => one.of(folded_nfc).into(),
            _ => crate::text::fold::fold_case(t).into(),
        };
        t.len() < 200
            && (f.contains("nam")
                || f.contains("phúc")
                || f.contains("phuc")
                // The Youth Union's heading (`… HỒ CHÍ MINH`), not every `minh bạch`.
                || (f.contains("minh") && (f.contains("đoàn") || f.contains("doan"))))
            && [phrases::QUOC_HIEU, phrases::TIEU_NGU]
                .iter()
                .chain(&phrases::PARTY_STYLE_HEADINGS)
                .any(|p| phrases::is_whole(t, *p))
    });
    if let Some(q) = anchor {
        let mut start = q;
        while start > 0 {
            let k = start - 1;
            let same_table = lines[k].in_table && lines[start].in_table;
            if out[k] || same_table || is_header_material(&texts[k]) && !is_portal(&texts[k]) {
                start = k;
            } else {
                break;
            }
        }
        // A scan's signature or copy stamp above the header (`SAO Y`, `Ký bởi: …`, a signing
        // time): it and all above it are set aside, however the OCR garbled its words.
        let row_start = (0..=q).find(|&k| lines[k].row == lines[q].row).unwrap_or(q);
        if let Some(m) = (0..row_start).rev().find(|&k| is_signing_mark(&texts[k])) {
            for k in 0..=m {
                out[k] = true;
                stamp[k] = true;
            }
            start = start.max(m + 1);
        }
        // Stamps just above the header were taken as header material: leave them out.
        while start < q && out[start] {
            start += 1;
        }
        // A web page's title run into the issuer's line (`Quyết định 435/QĐ-UBND năm 2020. ỦY
        // BAN NHÂN DÂN TỈNH KON TUM -------`): the title is the page's, the name the header's.
        if start > 0 && !out[start - 1] {
            let k = start - 1;
            if let [piece] = lines[k].pieces.pieces.as_slice() {
                let piece = *piece;
                if let Some((title_end, name_start)) = issuer_after_page_title(piece.of(nfc)) {
                    furniture.push((
                        Span::new(piece.start, piece.start + title_end as u32),
                        Furniture::Portal,
                    ));
                    lines[k].pieces =
                        Pieces::one(Span::new(piece.start + name_start as u32, piece.end));
                    start = k;
                }
            }
        }
        let before: Vec<usize> = (0..start).filter(|&k| !out[k]).collect();
        let junk = before
            .iter()
            .all(|&k| !is_header_material(&texts[k]) || is_portal(&texts[k]));
        let portal = before.iter().any(|&k| is_portal(&texts[k]));
        if !before.is_empty() && (page || junk || portal) {
            for k in before {
                out[k] = true;
            }
        }
    }
    // A portal's footer: from its opening in the second half to the end. The portal's own name
    // or owner opens it on any page; on a web page, also contacts and a table of contents,
    // when only short lines follow.
    let half = lines.len() / 2;
    if let Some(f) = (half..lines.len()).find(|&i| {
        if texts[i].len() > 220 {
            return false;
        }
        // The first word first: most lines open with none of the footers' words.
        let first = texts[i].split_whitespace().next().unwrap_or("");
        let first = skeleton(first.trim_end_matches(':'));
        let openers = [
            "muc",
            "don",
            "co",
            "ban",
            "giay",
            "chiu",
            "tong",
            "lien",
            "copyright",
            "dia",
            "dien",
            "fax",
            "van",
            "luoc",
            "nguon",
        ];
        if !openers.contains(&first.as_str()) {
            return false;
        }
        let sk = skeleton(texts[i].trim());
        PORTAL_FOOTERS.iter().any(|o| sk.starts_with(o))
            || page
                && FOOTER_OPENINGS.iter().any(|o| sk.starts_with(o))
                && texts[i..].iter().all(|t| t.chars().count() <= 220)
    }) {
        for o in out.iter_mut().skip(f) {
            *o = true;
        }
    }
    if !out.iter().any(|&o| o) {
        return;
    }
    let mut kept = Vec::with_capacity(lines.len());
    for (k, line) in lines.drain(..).enumerate() {
        if out[k] {
            let kind = if stamp[k] {
                Furniture::Stamp
            } else {
                Furniture::Portal
            };
            for p in &line.pieces.pieces {
                if !p.is_empty() {
                    furniture.push((*p, kind));
                }
            }
        } else {
            kept.push(line);
        }
    }
    // Whatever came first now opens the document.
    if let Some(first) = kept.first_mut() {
        first.blank_before = false;
    }
    *lines = kept;
}

/// A portal's words: its buttons, breadcrumbs (`>`, `Trang chủ`) and metadata lines.
fn is_portal(text: &str) -> bool {
    let t = text.trim();
    matches!(t, ">" | "»" | "/" | "|")
        || crate::layout::furniture::classify(t).is_some()
        || matches!(
            skeleton(t).trim(),
            "trang chu" | "noi dung" | "thuoc tinh" | "hien thi chi tiet cap nhat"
                // The Official Gazette's sections, over the documents it prints.
                | "van ban quy pham phap luat"
                | "van ban phap luat khac"
                | "van ban khac"
                | "van ban hop nhat"
        )
        || t.ends_with('%') && t.len() <= 5
}

#[cfg(test)]
mod tests {
    use crate::config::InputFormat;

    fn read(text: &str, format: InputFormat) -> (Vec<String>, usize) {
        let r = crate::recognize::read::read(text, format);
        (
            r.lines.iter().map(|l| l.pieces.text(text)).collect(),
            r.furniture.len(),
        )
    }

    #[test]
    fn a_scanned_copy_stamp_over_the_header_is_set_aside() {
        // One stamp line only, and the copying body's name in it.
        let text = "SAOY „\nĐại học Quôc gia Hà Nội\nThời gian ký: 06/06/2024 15:54:06 +07:00\n\nĐẠI HỌC QUỐC GIA HÀ NỘI CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n";
        let (lines, set_aside) = read(text, InputFormat::Text);
        assert_eq!(lines[0], "ĐẠI HỌC QUỐC GIA HÀ NỘI");
        assert_eq!(set_aside, 3);
        // An issuer alone above the Quốc hiệu, as columns in sequence give it, stays.
        let text =
            "BỘ CÔNG AN\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n";
        let (lines, set_aside) = read(text, InputFormat::Text);
        assert_eq!(lines[0], "BỘ CÔNG AN");
        assert_eq!(set_aside, 0);
    }

    /// An appendix printed as its own file and run together on one line, a signature's
    /// one-line stamp before its label: the stamp is set aside as on a line of its own, and
    /// the appendix opens the reading.
    #[test]
    fn a_one_line_stamp_cut_from_a_document_run_together_is_set_aside() {
        let table =
            " STT 1 Nội dung Tiêu chí thành phần Điểm tối đa 1.1 Ban hành kế hoạch 2,0".repeat(20);
        let text = format!(
            "Số: 666/TTr-SNV; 22/12/2025; 18:56:39; +07:00 Phụ lục TỔNG HỢP Ý KIẾN GÓP Ý ĐỐI VỚI DỰ THẢO KẾ HOẠCH{table}\n"
        );
        let (lines, set_aside) = read(&text, InputFormat::Text);
        assert_eq!(lines[0], "Phụ lục");
        assert_eq!(set_aside, 1);
    }

    /// A stamp in a narrow box under the signature, its values wrapped (a provincial kế
    /// hoạch's PDF without `-layout`): every line of it set aside, the signer's name kept.
    #[test]
    fn a_stamp_with_its_values_wrapped_is_set_aside_whole() {
        let text = "- Lưu: VT, KGVX.\n\nTM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nKý bởi: Ủy ban Nhân\ndân tỉnh\nEmail:\nubnd@angiang.gov.vn\nCơ quan: Tỉnh An Giang\nNgày ký: 03-03-2020\n16:18:57 +07:00\n\nLê Văn Phước\n";
        let (lines, set_aside) = read(text, InputFormat::Text);
        assert_eq!(set_aside, 7, "{lines:?}");
        assert_eq!(lines.last().map(String::as_str), Some("Lê Văn Phước"));
        assert!(lines.contains(&"PHÓ CHỦ TỊCH".to_string()));
        // A position in capitals under a stamp's field is the document's own.
        let text = "Ký bởi: Ủy ban nhân dân tỉnh An Giang\nThời gian ký: 03-03-2020 16:18:57\nPHÓ CHỦ TỊCH\n\nLê Văn Phước\n";
        let (lines, set_aside) = read(text, InputFormat::Text);
        assert_eq!(set_aside, 2);
        assert_eq!(lines[0], "PHÓ CHỦ TỊCH");
    }

    /// A legal database's page title run into the issuer's line by a crawler: the title set
    /// aside, the issuer read; a title alone above the header goes as before.
    #[test]
    fn a_page_title_run_into_the_issuer_s_line() {
        let head = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc ---------------\nSố: 435/QĐ-UBND Kon Tum, ngày 04 tháng 5 năm 2020\n";
        for (first, issuer) in [
            ("Quyết định 435/QĐ-UBND năm 2020. ỦY BAN NHÂN DÂN TỈNH KON TUM -------", "ỦY BAN NHÂN DÂN TỈNH KON TUM"),
            ("Công văn 296/BHXH-CSYT năm 2021 hướng dẫn quy định tại Điều 22 Luật Bảo hiểm y tế do Bảo hiểm xã hội Việt Nam ban hành. BẢO HIỂM XÃ HỘI VIỆT NAM --------", "BẢO HIỂM XÃ HỘI VIỆT NAM"),
        ] {
            let text = format!("{first}\n{head}");
            let (lines, set_aside) = read(&text, InputFormat::Text);
            assert_eq!(lines[0], issuer);
            assert_eq!(set_aside, 1);
        }
        // No name in capitals after the title: the whole line is the page's.
        let text = format!(
            "Quyết định 435/QĐ-UBND năm 2020 về chương trình hành động.\nỦY BAN NHÂN DÂN\n{head}"
        );
        let (lines, set_aside) = read(&text, InputFormat::Text);
        assert_eq!(lines[0], "ỦY BAN NHÂN DÂN");
        assert_eq!(set_aside, 1);
    }

    /// A legal database's editorial notes inside the lines (thuvienphapluat.vn's copy of a
    /// công văn): set aside, the line keeps its own words on both sides; a bracket of the
    /// author's stays.
    #[test]
    fn a_legal_database_note_in_a_line_is_set_aside() {
        let text = "- Được quỹ BHYT chi trả theo mức hưởng đúng tuyến; [Nội dung này được đính chính bởi Công văn 666/BYT-BH năm 2021 có hiệu lực kể từ ngày 28/01/2021]\n3. Mức chi [Khoản này được sửa đổi bởi Khoản 1 Điều 1 Thông tư 12/2022/TT-BTC] theo quy định.\n[Điều này bị bãi bỏ bởi Điều 3 Nghị định 10/2024/NĐ-CP]\n4. Chi phí [có số liệu trong kỳ] được tính.\n";
        let (lines, set_aside) = read(text, InputFormat::Text);
        assert_eq!(set_aside, 3, "{lines:?}");
        assert_eq!(
            lines,
            [
                "- Được quỹ BHYT chi trả theo mức hưởng đúng tuyến;",
                "3. Mức chi theo quy định.",
                "4. Chi phí [có số liệu trong kỳ] được tính.",
            ]
        );
        // The documents the notes cite are not the author's citations (no ND010 on them).
        assert!(crate::parse(text).document.citations.is_empty());
    }

    #[test]
    fn a_stamp_over_the_header_is_set_aside() {
        let text = "Ký bởi: Ủy ban nhân dân tỉnh Quảng Ngãi\nCơ quan: Tỉnh Quảng Ngãi\nThời gian ký: 24/01/2025 14:23:43\n\nỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nTỈNH QUẢNG NGÃI Độc lập - Tự do - Hạnh phúc\n";
        let (lines, set_aside) = read(text, InputFormat::Text);
        assert_eq!(lines[0], "ỦY BAN NHÂN DÂN");
        assert_eq!(set_aside, 3);
    }

    /// Adobe's stamp under the signature of a PDF (Hiệp hội công chứng viên, 670/HD): set
    /// aside, never read as a line of the closing. A lone `Date:` line is the document's own.
    #[test]
    fn an_adobe_stamp_under_the_signature_is_set_aside() {
        let closing = "Nơi nhận:\n- Bộ Tư pháp (để báo cáo);\n\nTM. BAN THƯỜNG VỤ\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\n- Lưu: VT.\n\n";
        let text = format!("{closing}Digitally signed by HIỆP HỘI CÔNG CHỨNG VIÊN VIỆT NAM\nDate: 2025.10.20 18:57:55+07'00'\n\n6\n");
        let (lines, set_aside) = read(&text, InputFormat::Text);
        assert_eq!(set_aside, 2);
        assert!(lines
            .iter()
            .all(|l| !l.contains("signed") && !l.contains("Date")));
        let text = format!("{closing}Date: 20/10/2025\n");
        let (lines, set_aside) = read(&text, InputFormat::Text);
        assert_eq!(set_aside, 0);
        assert_eq!(lines.last().map(String::as_str), Some("Date: 20/10/2025"));
    }

    #[test]
    fn a_portal_menu_above_the_header_is_set_aside_and_a_header_kept() {
        let text = "Trang chủ\n>\nVăn bản quy phạm pháp luật\nTải về\nTHỦ TƯỚNG CHÍNH PHỦ\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n";
        let (lines, _) = read(text, InputFormat::Text);
        assert_eq!(lines[0], "THỦ TƯỚNG CHÍNH PHỦ");
        // A draft stamp and the issuer above the Quốc hiệu stay.
        let text = "DỰ THẢO\nỦY BAN NHÂN DÂN\nTỈNH LÀO CAI\nSố:    /QĐ-UBND\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n";
        let (lines, set_aside) = read(text, InputFormat::Text);
        assert_eq!(lines[0], "DỰ THẢO");
        assert_eq!(set_aside, 0);
    }

    /// A page title whose last sentence is the site's own words, not a name in capitals
    /// (`… hành động. Tình trạng hiệu lực: Còn hiệu lực`): the whole line is the page's; the
    /// site's words are not read as the issuer.
    #[test]
    fn a_page_title_ending_in_the_site_s_words_is_the_page_s() {
        let head = "ỦY BAN NHÂN DÂN\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc ---------------\nSố: 435/QĐ-UBND Kon Tum, ngày 04 tháng 5 năm 2020\n";
        let text = format!(
            "Quyết định 435/QĐ-UBND năm 2020 về chương trình hành động. Tình trạng hiệu lực: Còn hiệu lực\n{head}"
        );
        let (lines, set_aside) = read(&text, InputFormat::Text);
        assert_eq!(lines[0], "ỦY BAN NHÂN DÂN", "{lines:?}");
        assert_eq!(set_aside, 1);
    }
}
