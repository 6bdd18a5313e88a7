//! A công văn's V/v and its Kính gửi inside a line, where the addressee ends, and the type
//! name that opens the title.

use super::numbers::{cut_before, ends_ky_hieu};
use super::words::{ends_caps, is_caps_word, is_plain_caps};
use super::Cut;
use crate::recognize::clues::floor_boundary;
use crate::text::fold::fold_case;
use crate::text::phrases;

/// How far into a line a title's `Về việc` is looked for: a header takes a few hundred bytes.
const TITLE_SCOPE: usize = 1500;

/// `V/v`, `Về việc` and `Kính gửi` inside a header line.
pub(super) fn cong_van_and_addressee(
    text: &str,
    folded: &str,
    ws: &[(usize, usize)],
    out: &mut Vec<(usize, Cut)>,
) {
    for (k, &(s, _)) in ws.iter().enumerate() {
        let f = &folded[s..];
        // A trích yếu's `Về việc` after a title's line in capitals (`QUYẾT ĐỊNH CỦA UỶ BAN NHÂN
        // DÂN TỈNH Về việc : Giao quyền …`, the issuer named under the type name): a line of
        // its own, as the title sets it. Near the head only, after three words in capitals at
        // least: a citation's number (`số 12/QĐ-UBND Về việc …`) is no such line.
        if s < TITLE_SCOPE
            && text[s..].starts_with("Về việc")
            && k >= 3
            && ws[k - 3..k]
                .iter()
                .all(|&(a, b)| is_plain_caps(&text[a..b]))
        {
            out.push((s, Cut::Row));
        }
        if (f.starts_with("v/v ") || f.starts_with("v/v:"))
            && (ends_ky_hieu(text, s) || ends_caps(text, s))
        {
            out.push((s, Cut::Row));
        }
        // `ĐỒNG KÍNH GỬI:` (the copies' label) is one label, not a Kính gửi after a word; a
        // place before a Kính gửi (`… tỉnh Lâm Đồng Kính gửi:`) is in sentence case.
        let copies = text[s..].starts_with("KÍNH") && text[..s].trim_end().ends_with("ĐỒNG");
        if text[s..].starts_with('K') && !copies {
            let head = &text[s..floor_boundary(text, (s + 12).min(text.len()))];
            if phrases::find(head, phrases::KINH_GUI).is_some_and(|m| m.start == 0)
                && text[s..].contains(':')
            {
                out.push((s, Cut::Row));
            }
        }
    }
}

/// In a document run together, where a Kính gửi's addressee ends and the letter's first
/// sentence begins: after a stop, at a word with a capital (`Kính gửi: Sở Nội vụ. Văn phòng
/// UBND tỉnh nhận được …`), at a date opening a sentence (`… tỉnh Ngày 24/7/2024, Chủ tịch …`),
/// or at the body's name that opens the first sentence (`… tỉnh Lâm Đồng Sở Tư pháp nhận được`),
/// whichever comes first.
pub(super) fn addressee_end(text: &str, ws: &[(usize, usize)], out: &mut Vec<(usize, Cut)>) {
    for (k, &(s, _)) in ws.iter().enumerate() {
        if !(text[s..].starts_with("Kính gửi") || text[s..].starts_with("Kính Gửi")) {
            continue;
        }
        // An addressee (or a few, with dashes) is a few dozen words at most: it ends at a stop
        // before a capital, or a date.
        let after_stop = (k + 2..ws.len().min(k + 60)).find(|&j| {
            let (a, b) = ws[j];
            let w = &text[a..b];
            let prev = &text[ws[j - 1].0..ws[j - 1].1];
            // `TP. Hồ Chí Minh`, `Q. 1`: an abbreviation's stop ends nothing.
            let abbreviation =
                prev.chars().count() <= 4 && prev.starts_with(crate::text::fold::is_capital);
            let stop = prev.ends_with('.') && !abbreviation && !prev.ends_with("..");
            let date = w == "Ngày"
                && ws
                    .get(j + 1)
                    .is_some_and(|&(x, _)| text[x..].starts_with(|c: char| c.is_ascii_digit()));
            // The addressee's address in brackets under it (`(Địa chỉ: Số 31, phố …)`), or a
            // letter's first sentence opening as letters do (`Phúc đáp văn bản số …`).
            let rest = &text[a..];
            let address = rest.starts_with("(Địa chỉ") || rest.starts_with("(địa chỉ");
            let opener = LETTER_OPENINGS.iter().any(|o| rest.starts_with(o));
            // The note that names the addressees together after the last one's stop (`- Các cơ
            // sở khám bệnh, chữa bệnh thuộc các Bộ, ngành. (Sau đây gọi chung là các đơn vị)`)
            // opens the line under the list.
            let note = rest.starts_with("(Sau đây") || rest.starts_with("(sau đây");
            address
                || opener
                || date
                || stop && (w.starts_with(crate::text::fold::is_capital) || note)
        });
        // Or the body's first sentence opens with a body's name, no stop before it (`Kính
        // gửi: Ủy ban nhân dân tỉnh Lâm Đồng Sở Tư pháp nhận được Tờ trình …`): the name
        // nearest before `nhận được` opens it. A name's head is not one of its inner words
        // (`Sở Văn hóa, Thể thao và Du lịch tỉnh Lâm Đồng nhận được`: `Văn` after `Sở`).
        let end = ws.len().min(k + 40);
        let received = (k + 3..end).find(|&m| text[ws[m].0..].starts_with("nhận được"));
        let is_head = |j: usize| BODY_SENTENCE_HEADS.contains(&&text[ws[j].0..ws[j].1]);
        let opener = received.and_then(|m| {
            (k + 3..m)
                .rev()
                .take(14)
                .find(|&j| is_head(j) && !is_head(j - 1))
        });
        // Or it opens with the writing body's own name, as the header names it in capitals
        // (`VIỄN THÔNG LÂM ĐỒNG … Kính gửi: Sở Nội vụ Lâm Đồng Viễn thông Lâm Đồng cử …`).
        let own_name = (k + 3..end).find(|&j| opens_with_own_name(text, ws, k, j));
        let cut = [after_stop, opener, own_name].into_iter().flatten().min();
        if let Some(j) = cut {
            out.push((ws[j].0, Cut::Row));
            // Recipients listed with dashes and no stops, run together (`Kính gửi: - UBND
            // tỉnh Lâm Đồng - Sở Nội vụ tỉnh Lâm Đồng`): each dash before the end opens one.
            // Where the list ends its recipients with stops, a dash after no stop joins words
            // of one name (`- Các doanh nghiệp Bưu chính - Viễn thông;`), as does one after
            // an abbreviation (`Cục KSTTHC - VPCP`).
            let dash_at = |m: usize| super::words::is_dash(&text[ws[m].0..ws[m].1]);
            let stops = (k + 3..j).any(|m| dash_at(m) && super::words::ends_clause(text, ws[m].0));
            if dash_at(k + 2) && !stops {
                for m in k + 3..j {
                    let next_is_name = ws.get(m + 1).is_some_and(|&(x, _)| {
                        text[x..].starts_with(crate::text::fold::is_capital)
                    });
                    if dash_at(m)
                        && next_is_name
                        && !super::body::abbreviated_name_before(text, ws, m)
                    {
                        out.push((ws[m].0, Cut::Row));
                    }
                }
            }
        }
    }
}

/// Whether word `j`, after the Kính gửi at word `k` and its addressee, opens the letter's first
/// sentence with the writing body's own name: words in sentence case that read as a run of
/// three words or more in capitals before the Kính gửi (the header's issuer, a scan's marks
/// aside: `VIÊN THÔNG LÂM ĐÔNG` for `Viễn thông Lâm Đồng`), after a word with a capital that
/// ends the addressee's name and before a word in lower case that goes on with the sentence.
/// A name inside the addressee's (`Văn phòng Ủy ban nhân dân tỉnh …`) follows a word in lower
/// case.
fn opens_with_own_name(text: &str, ws: &[(usize, usize)], k: usize, j: usize) -> bool {
    const MIN_WORDS: usize = 3;
    let word = |i: usize| &text[ws[i].0..ws[i].1];
    let sentence_case = |w: &str| {
        let mut cs = w.chars();
        cs.next().is_some_and(crate::text::fold::is_capital) && cs.any(crate::text::fold::is_lower)
    };
    if !sentence_case(word(j))
        || !word(j - 1).starts_with(crate::text::fold::is_capital)
        || word(j - 1).ends_with([',', ';', ':', '.'])
    {
        return false;
    }
    let skeleton = |i: usize| crate::text::fold::skeleton(word(i));
    let first = skeleton(j);
    (0..k).any(|h| {
        // Where the words before read the same too (`… TỈNH LÂM ĐỒNG SỞ TƯ PHÁP` after `…
        // tỉnh Lâm Đồng`), the name opens at `j` only with a body's head word (`Sở`), not
        // inside a place's name (`Đồng Sở Văn …` for `LÂM ĐỒNG SỞ VĂN …`).
        let overlaps = h > 0 && skeleton(h - 1) == skeleton(j - 1);
        if !is_plain_caps(word(h))
            || skeleton(h) != first
            || overlaps && !BODY_SENTENCE_HEADS.contains(&word(j))
        {
            return false;
        }
        // The run of words that read the same, the header's in capitals.
        let run = (0..)
            .take_while(|&d| {
                h + d < k
                    && j + d < ws.len()
                    && is_plain_caps(word(h + d))
                    && skeleton(h + d) == skeleton(j + d)
            })
            .count();
        run >= MIN_WORDS
            && ws
                .get(j + run)
                .is_some_and(|&(x, _)| text[x..].starts_with(crate::text::fold::is_lower))
    })
}

/// How a letter's first sentence opens, never an addressee's name (`Phúc đáp văn bản số …`).
const LETTER_OPENINGS: &[&str] = &[
    "Phúc đáp ",
    "Trả lời ",
    "Thực hiện ",
    "Trên cơ sở ",
    "Sau khi ",
    "Vừa qua,",
    "Vừa qua ",
    "Để ",
];

/// The first words of a body's name that opens a công văn's first sentence (`Sở Tư pháp nhận
/// được …`, `Ủy ban nhân dân tỉnh nhận được …`).
const BODY_SENTENCE_HEADS: &[&str] = &[
    "Sở",
    "Ủy",
    "Uỷ",
    "UBND",
    "Bộ",
    "Ban",
    "Phòng",
    "Cục",
    "Chi",
    "Trung",
    "Văn",
    "Công",
    "Viện",
    "Trường",
    "Hội",
    "Đoàn",
    "Thanh",
    "Kho",
    "Tòa",
    "Toà",
    "Liên",
    "Tổng",
    "Bệnh",
    "Đảng",
];

/// A type name in capitals inside a line after the number and date (`… năm 2026 QUYẾT ĐỊNH Về
/// việc …`), or opening a line with its trích yếu after it (`BIÊN BẢN HỌP …`).
pub(super) fn type_names(text: &str, ws: &[(usize, usize)], out: &mut Vec<(usize, Cut)>) {
    let mut k = 0;
    while k < ws.len() {
        let mut matched = 0;
        // A type name is up to five words in capitals, the first a word of letters: only the
        // run of such words from `k` is looked up.
        let word = |j: usize| &text[ws[j].0..ws[j].1];
        let run = if is_caps_word(word(k)) {
            (k..ws.len().min(k + 5))
                .take_while(|&j| !word(j).chars().any(crate::text::fold::is_lower))
                .count()
        } else {
            0
        };
        for len in (1..=run).rev() {
            let cand = &text[ws[k].0..ws[k + len - 1].1];
            if crate::text::fold::is_upper(cand) && scanned_type_name(cand) {
                matched = len;
                break;
            }
        }
        if matched == 0 {
            k += 1;
            continue;
        }
        let (a, _) = ws[k];
        let (_, b) = ws[k + matched - 1];
        let after = text[b..].trim_start();
        // `QUYẾT ĐỊNH:` enacts; that is `structure`'s.
        if after.starts_with(':') {
            k += matched;
            continue;
        }
        // `Phụ lục: DANH SÁCH …`: an appendix's name on its heading's line (PL001's business).
        let appendix_name = k > 0 && fold_case(&text[ws[k - 1].0..ws[k - 1].1]).ends_with("lục:");
        // Right after the header's number, cut there already (`Luật số: 140/2025/QH15 LUẬT
        // SỬA ĐỔI …`): the ký hiệu's capitals end the number, not a name.
        let after_number = ends_ky_hieu(text, a) && cut_before(text, a, out);
        // Right after a line a scan set above it, cut there already (`… CHÍNH PHỦ QUYẾT ĐỊNH
        // Phê chuẩn …`, the portal's receipt stamp): it opens that line's next, as at the
        // line's start.
        let after_cut = !appendix_name && cut_before(text, a, out);
        let before_ok =
            a == 0 || !ends_caps(text, a) && !appendix_name || after_number || after_cut;
        if before_ok && (a > 0 || !after.is_empty()) {
            out.push((a, Cut::Row));
            if !after.is_empty() {
                out.push((b, Cut::Row));
                if let Some(end) = title_run_on_end(text, ws, k + matched) {
                    out.push((end, Cut::Row));
                }
            }
        }
        k += matched;
    }
}

/// Where a trích yếu run on with the body's first sentence ends, from word `k` after the type
/// name (`THÔNG BÁO Về việc treo cờ Tổ quốc Nhân dịp Đại hội …`, `BẢN ĐÁNH GIÁ THỦ TỤC HÀNH
/// CHÍNH … THƯƠNG MẠI ĐIỆN TỬ Thực hiện quy định …`): at words that open a sentence as a body's
/// first sentence does. Some never stand in a trích yếu (`Nhân dịp`, `Phúc đáp`); others may
/// name a plan inside one (`Kế hoạch Thực hiện …`), and end only a trích yếu in capitals. A
/// stop before them ends the search: the trích yếu has ended by then.
fn title_run_on_end(text: &str, ws: &[(usize, usize)], k: usize) -> Option<usize> {
    const AFTER_CAPITALS: &[&str] = &["Thực hiện ", "Trên cơ sở "];
    let word = |j: usize| &text[ws[j].0..ws[j].1];
    // The label and a word of the trích yếu at least.
    for j in k + 2..ws.len().min(k + 80) {
        if word(j - 1).ends_with(['.', ';', ':', '!', '?']) {
            return None;
        }
        let rest = &text[ws[j].0..];
        let opens = super::words::opens_a_first_sentence(rest)
            || is_caps_word(word(j - 1)) && AFTER_CAPITALS.iter().any(|o| rest.starts_with(o));
        if opens {
            return Some(ws[j].0);
        }
    }
    None
}

/// Whether words in capitals name a type, as a scan may give it: a speck glued before it
/// (`,OUYẾT ĐỊNH` after `năm 2025 :`) and its `Q` read as `O` (no Vietnamese word opens with
/// `OUY`), as `assemble` reads the type's line.
fn scanned_type_name(cand: &str) -> bool {
    let name = cand.trim_start_matches([',', '.', ':', ';', '`', '\'']);
    match name.strip_prefix("OUY") {
        Some(rest) => crate::model::doctype::by_name(&format!("QUY{rest}")).is_some(),
        None => crate::model::doctype::by_name(name).is_some(),
    }
}

#[cfg(test)]
mod tests {
    use crate::recognize::anchors::test_support::*;

    /// A Kính gửi run together with the letter's first sentence ends at a stop before a capital,
    /// or at a date opening a sentence; an abbreviation's stop (`TP.`) ends nothing.
    #[test]
    fn where_a_run_together_addressee_ends() {
        let head = "BỘ NỘI VỤ CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc Số: 12/BNV-CCHC Hà Nội, ngày 15 tháng 12 năm 2025 V/v hướng dẫn triển khai Đề án";
        let tail = "Căn cứ Quyết định số 1187/QĐ-BNV ngày 15/10/2025 của Bộ trưởng Bộ Nội vụ; Nơi nhận: - Như trên; - Lưu: VT. KT. BỘ TRƯỞNG THỨ TRƯỞNG Nguyễn Văn An";
        let text = format!("{head} Kính gửi: Sở Nội vụ. Văn phòng UBND tỉnh nhận được Công văn số 215/SNV-CCHC. {tail}");
        assert!(parts(&text, HEADER)
            .iter()
            .any(|p| p == "Kính gửi: Sở Nội vụ."));
        let text = format!("{head} Kính gửi: Chủ tịch Ủy ban nhân dân tỉnh Ngày 24/7/2024, Chủ tịch Ủy ban nhân dân tỉnh có Công văn. {tail}");
        assert!(parts(&text, HEADER)
            .iter()
            .any(|p| p == "Kính gửi: Chủ tịch Ủy ban nhân dân tỉnh"));
        let text = format!("{head} Kính gửi: Ủy ban nhân dân TP. Hồ Chí Minh Ngày 24/7/2024, Bộ có Công văn. {tail}");
        assert!(parts(&text, HEADER)
            .iter()
            .any(|p| p == "Kính gửi: Ủy ban nhân dân TP. Hồ Chí Minh"));
        // No stop: the first sentence opens with the name of the body that writes.
        let text = format!("{head} Kính gửi: Ủy ban nhân dân tỉnh Lâm Đồng Sở Tư pháp nhận được Tờ trình số 34/TTr-ĐLS ngày 24/3/2026. {tail}");
        let got = parts(&text, HEADER);
        assert!(
            got.iter()
                .any(|p| p == "Kính gửi: Ủy ban nhân dân tỉnh Lâm Đồng"),
            "{got:#?}"
        );
        // The writing body's name is long, one of its inner words a head of its own (`Văn`,
        // `Du`): the name opens at its first word.
        for (body, want) in [
            (
                "Kính gửi: Sở Nội vụ tỉnh Lâm Đồng Sở Văn hóa, Thể thao và Du lịch tỉnh Lâm Đồng nhận được Công văn số 1189/SNV-LĐVL&TN ngày 29/8/2025.",
                "Kính gửi: Sở Nội vụ tỉnh Lâm Đồng",
            ),
            (
                "Kính gửi: Ủy ban nhân dân tỉnh Bộ Văn hóa, Thể thao và Du lịch nhận được Tờ trình số 12/TTr-UBND.",
                "Kính gửi: Ủy ban nhân dân tỉnh",
            ),
            (
                "Kính gửi: Bộ Tài chính Ban Quản lý các khu công nghiệp tỉnh Sơn La nhận được Công văn số 45/BTC-QLCS.",
                "Kính gửi: Bộ Tài chính",
            ),
        ] {
            let got = parts(&format!("{head} {body} {tail}"), HEADER);
            assert!(got.iter().any(|p| p == want), "{got:#?}");
        }
    }

    /// The letter's first sentence opens with the writing body's own name as its header sets
    /// it in capitals, no stop after the addressee: the addressee ends there. A name that
    /// reads the same inside the addressee's own (`Văn phòng Ủy ban nhân dân tỉnh`), or the
    /// end of a longer one (`Lâm Đồng Sở …`), ends nothing.
    #[test]
    fn an_addressee_run_on_with_the_writers_own_name() {
        let tail = "Nơi nhận: - Như trên; - Lưu: VT, NSTH. GIÁM ĐỐC Hồ Quang Huệ";
        let text = format!("TẬP ĐOÀN BƯU CHÍNH VIỄN THÔNG VIỆT NAM VIỄN THÔNG LÂM ĐỒNG CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc Số: 2571/VNPT-LĐG-NSTH Lâm Đồng, ngày 26 tháng 8 năm 2025 V/v cử nhân sự tham gia Hội đồng ATVSLĐ tỉnh Lâm Đồng Kính gửi: Sở Nội vụ Lâm Đồng Viễn thông Lâm Đồng cử thành viên tham gia Hội đồng ATVSLĐ trên địa bàn tỉnh Lâm Đồng, như sau: Trân trọng! {tail}");
        let got = parts(&text, HEADER);
        assert!(
            got.iter().any(|p| p == "Kính gửi: Sở Nội vụ Lâm Đồng"),
            "{got:#?}"
        );
        let head = "UBND TỈNH LÂM ĐỒNG ỦY BAN NHÂN DÂN TỈNH LÂM ĐỒNG CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc Số: 12/UBND-VX Lâm Đồng, ngày 26 tháng 8 năm 2025 V/v cử nhân sự";
        let text = format!("{head} Kính gửi: Văn phòng Ủy ban nhân dân tỉnh Lâm Đồng cử thành viên tham gia Hội đồng như sau: Trân trọng! {tail}");
        let got = parts(&text, HEADER);
        assert!(
            got.iter()
                .any(|p| p.starts_with("Kính gửi: Văn phòng Ủy ban nhân dân tỉnh Lâm Đồng cử")),
            "{got:#?}"
        );
        let text = format!("UBND TỈNH LÂM ĐỒNG SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc Số: 892/SVHTTDL-VP Lâm Đồng, ngày 26 tháng 8 năm 2025 V/v góp ý Kính gửi: Sở Nội vụ tỉnh Lâm Đồng Sở Văn hóa, Thể thao và Du lịch tỉnh Lâm Đồng nhận được Công văn số 1189/SNV. Trân trọng! {tail}");
        let got = parts(&text, HEADER);
        assert!(
            got.iter().any(|p| p == "Kính gửi: Sở Nội vụ tỉnh Lâm Đồng"),
            "{got:#?}"
        );
    }

    /// Recipients listed with dashes and no stops, run together with the letter: each dash
    /// opens one. Where the list has its stops, a dash after none joins words of one name.
    #[test]
    fn dash_recipients_run_together_with_no_stops() {
        let head = "UBND TỈNH LÂM ĐỒNG LIÊN ĐOÀN VÕ THUẬT CỔ TRUYỀN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc Số: 03/LĐVTCT Lâm Đồng, ngày 09 tháng 9 năm 2025 V/v địa chỉ đặt trụ sở Văn phòng";
        let tail = "Nơi nhận: - Như trên; - Lưu: VP. TM. BAN THƯỜNG VỤ CHỦ TỊCH Lương Thế Điền";
        let text = format!("{head} Kính gửi: - UBND tỉnh Lâm Đồng - Sở Nội vụ tỉnh Lâm Đồng Liên đoàn Võ thuật cổ truyền tỉnh Lâm Đồng báo cáo về việc địa chỉ trụ sở như sau: Trân trọng. {tail}");
        let got = parts(&text, HEADER);
        for want in [
            "Kính gửi:",
            "- UBND tỉnh Lâm Đồng",
            "- Sở Nội vụ tỉnh Lâm Đồng",
        ] {
            assert!(got.iter().any(|p| p == want), "{want}: {got:#?}");
        }
        let text = format!("{head} Kính gửi: - Các đơn vị trực thuộc sở; - Các doanh nghiệp Bưu chính - Viễn thông và CNTT; - Các cơ quan báo chí. Thực hiện Kế hoạch số 25/KH-STTTT, Sở đề nghị như sau: Trân trọng. {tail}");
        let got = parts(&text, HEADER);
        assert!(
            got.iter()
                .any(|p| p == "- Các doanh nghiệp Bưu chính - Viễn thông và CNTT;"),
            "{got:#?}"
        );
    }

    /// A type name as a scan gives it, a speck glued before it and its `Q` read as `O`, run on
    /// with its trích yếu in a document run together.
    #[test]
    fn a_scanned_type_name_run_together() {
        let parsed = crate::check::parse(&format!(
            "THỦ TƯỚNG CHÍNH PHỦ CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc Số: 01/2025/QĐ-TTg Hà Nội, ngày 03 tháng 01 năm 2025 : ,OUYẾT ĐỊNH Bãi bỏ toàn bộ Quyết định số 78/2010/QĐ-TTg ngày 30 tháng 11 năm 2010 của Thủ tướng Chính phủ {RUN_TOGETHER_TAIL}\n"
        ));
        let title = parsed.title.as_ref().expect("a title");
        assert!(line_of(&parsed, Some(title.type_line)).is_some_and(|t| t.ends_with("OUYẾT ĐỊNH")));
        assert!(line_of(&parsed, title.trich_yeu.first().copied())
            .is_some_and(|t| t.starts_with("Bãi bỏ toàn bộ")));
    }

    /// A trích yếu run on with the body's first sentence ends where the sentence opens as a
    /// body's does.
    #[test]
    fn a_trich_yeu_run_on_with_the_first_sentence() {
        let head = "ỦY BAN NHÂN DÂN THÀNH PHỐ HÀ NỘI CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc Số: 453/TB-UBND Hà Nội, ngày 29 tháng 4 năm 2026";
        let tail = "Nơi nhận: - Như trên; - Lưu: VT. TL. CHỦ TỊCH CHÁNH VĂN PHÒNG Nguyễn Văn An";
        for (title, want) in [
            (
                "THÔNG BÁO Về việc treo cờ Tổ quốc Nhân dịp Đại hội đại biểu toàn quốc Mặt trận Tổ quốc Việt Nam lần thứ XI, các cơ quan treo cờ Tổ quốc.",
                "Về việc treo cờ Tổ quốc",
            ),
            (
                "BÁO CÁO ĐÁNH GIÁ THỦ TỤC HÀNH CHÍNH TRONG DỰ THẢO LUẬT THƯƠNG MẠI ĐIỆN TỬ Thực hiện quy định của Luật Ban hành văn bản quy phạm pháp luật, Bộ Công Thương báo cáo như sau.",
                "ĐÁNH GIÁ THỦ TỤC HÀNH CHÍNH TRONG DỰ THẢO LUẬT THƯƠNG MẠI ĐIỆN TỬ",
            ),
        ] {
            let got = parts(&format!("{head} {title} {tail}"), HEADER);
            assert!(got.iter().any(|p| p == want), "{got:#?}");
        }
    }

    /// An older decision's title names its issuer under the type name, the trích yếu's `Về
    /// việc` after it: two lines. A citation's number before `Về việc` cuts nothing.
    #[test]
    fn ve_viec_after_the_issuer_named_in_the_title() {
        let got = parts(
            "Cao Bằng, ngày 22 tháng 2 năm 1999. QUYẾT ĐỊNH CỦA UỶ BAN NHÂN DÂN TỈNH Về việc : Giao quyền sử dụng đất ở dân cư",
            HEADER,
        );
        assert!(
            got.contains(&"Về việc : Giao quyền sử dụng đất ở dân cư".to_owned()),
            "{got:#?}"
        );
        let line = "Thực hiện Quyết định số 12/QĐ-UBND Về việc giao quyền sử dụng đất";
        assert_eq!(parts(line, HEADER), [line]);
    }

    #[test]
    fn a_dash_inside_a_title_in_capitals_cuts_nothing() {
        let line = format!(
            "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Số: /2025/TT-BNNMT THÔNG TƯ BAN HÀNH ĐỊNH MỨC KINH TẾ - KỸ THUẬT CÔNG TÁC ĐIỀU TRA KHOÁNG SẢN Căn cứ Luật Địa chất và Khoáng sản ngày 29 tháng 11 năm 2024; Điều 1. Ban hành định mức.{}",
            " Điều 2. Thông tư này có hiệu lực từ ngày ký.".repeat(4)
        );
        let got = parts(&line, HEADER);
        assert!(
            got.iter()
                .any(|p| p.ends_with("KINH TẾ - KỸ THUẬT CÔNG TÁC ĐIỀU TRA KHOÁNG SẢN")),
            "{got:?}"
        );
    }

    /// A letter's addressee ends at its address, at its first sentence, or at the note that
    /// names the addressees together (`(Sau đây gọi chung là các đơn vị)`, Bộ Y tế, 2021).
    #[test]
    fn a_letters_addressee_ends_at_its_address_or_its_first_sentence() {
        let head = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Số: 6987/SNNMT-CCTL V/v góp ý dự thảo";
        let tail = " Nơi nhận: - Như trên; - Lưu: VT. KT. GIÁM ĐỐC PHÓ GIÁM ĐỐC Nguyễn Văn An";
        for (body, want) in [
            (
                "Kính gửi: Công ty Cổ phần Công nghiệp Khánh An (Địa chỉ: Số 31, phố Tân Xuân 3, phường Đông Ngạc, thành phố Hà Nội) Ngày 05/3/2026, Sở nhận được văn bản số 12.",
                "Kính gửi: Công ty Cổ phần Công nghiệp Khánh An",
            ),
            (
                "Kính gửi: - Các Bệnh viện, Viện có giường bệnh trực thuộc Bộ Y tế; - Các cơ sở khám bệnh, chữa bệnh thuộc các Bộ, ngành. (Sau đây gọi chung là các đơn vị) Thực hiện quy định tại Điều 22 Luật bảo hiểm y tế, Bộ Y tế hướng dẫn như sau.",
                "(Sau đây gọi chung là các đơn vị) Thực hiện quy định tại Điều 22 Luật bảo hiểm y tế, Bộ Y tế hướng dẫn như sau.",
            ),
            (
                "Kính gửi: Sở Nội vụ tỉnh Lâm Đồng Phúc đáp văn bản số 1189/SNV-LĐVL&TN ngày 29/8/2025 của Sở Nội vụ tỉnh Lâm Đồng, Sở Y tế có ý kiến như sau.",
                "Kính gửi: Sở Nội vụ tỉnh Lâm Đồng",
            ),
        ] {
            let line = format!("{head} {body}{tail}");
            let got = parts(&line, HEADER);
            assert!(got.iter().any(|p| p == want), "{got:?}");
        }
    }
}

/// A Kính gửi typed in capitals.
#[cfg(test)]
mod capital_label_tests {
    use crate::recognize::anchors::test_support::*;

    /// A công văn run together whose Kính gửi is typed in capitals (`KÍNH GỬI: Sở Tư pháp`)
    /// starts its line there, as in sentence case: the V/v ends before it.
    #[test]
    fn a_kinh_gui_in_capitals_run_together_starts_its_line() {
        let head = "ỦY BAN NHÂN DÂN TỈNH LÀO CAI CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc Số: 125/UBND-VP Lào Cai, ngày 05 tháng 3 năm 2026 V/v góp ý dự thảo Nghị quyết";
        let got = parts(
            &format!("{head} KÍNH GỬI: Sở Tư pháp tỉnh Lào Cai. Ủy ban nhân dân tỉnh nhận được Công văn số 45/STP-XDVB."),
            HEADER,
        );
        assert!(
            got.iter().any(|p| p == "V/v góp ý dự thảo Nghị quyết"),
            "{got:#?}"
        );
        assert!(
            got.iter().any(|p| p.starts_with("KÍNH GỬI: Sở Tư pháp")),
            "{got:#?}"
        );
    }
}
