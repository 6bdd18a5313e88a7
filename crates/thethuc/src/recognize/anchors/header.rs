//! The header's issuer lines run together: a parent body and its issuing body, a name printed
//! twice, a labelled body, the Quốc hiệu and motto beside the issuer, the Youth Union's heading.

use super::closing::{caps_run, caps_run_with_dashes};
use super::words::{is_caps_word, is_plain_caps};
use super::Cut;
use crate::layout::furniture::Furniture;
use crate::recognize::clues::floor_boundary;
use crate::text::fold::fold_case;
use crate::text::phrases;

const MINISTRIES: &[&str] = &[
    "BỘ QUỐC PHÒNG",
    "BỘ CÔNG AN",
    "BỘ NGOẠI GIAO",
    "BỘ NỘI VỤ",
    "BỘ TƯ PHÁP",
    "BỘ TÀI CHÍNH",
    "BỘ CÔNG THƯƠNG",
    "BỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG",
    "BỘ XÂY DỰNG",
    "BỘ VĂN HÓA, THỂ THAO VÀ DU LỊCH",
    "BỘ VĂN HOÁ, THỂ THAO VÀ DU LỊCH",
    "BỘ KHOA HỌC VÀ CÔNG NGHỆ",
    "BỘ GIÁO DỤC VÀ ĐÀO TẠO",
    "BỘ Y TẾ",
    "BỘ DÂN TỘC VÀ TÔN GIÁO",
    "BỘ KẾ HOẠCH VÀ ĐẦU TƯ",
    "BỘ GIAO THÔNG VẬN TẢI",
    "BỘ TÀI NGUYÊN VÀ MÔI TRƯỜNG",
    "BỘ THÔNG TIN VÀ TRUYỀN THÔNG",
    "BỘ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN",
    "BỘ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI",
];

/// The parent body and the issuing body on one line (`UBND TỈNH LÂM ĐỒNG HỘI ĐỒNG THẨM ĐỊNH
/// …`, `BỘ TÀI CHÍNH CỤC THUẾ`): the issuing body's name opens a line of its own, as the
/// header sets the two names one above the other.
pub(super) fn parent_body(text: &str, ws: &[(usize, usize)], out: &mut Vec<(usize, Cut)>) {
    const COUNCIL_LEVELS: &[&str] = &[
        "TỈNH",
        "THÀNH PHỐ",
        "HUYỆN",
        "QUẬN",
        "THỊ XÃ",
        "XÃ",
        "PHƯỜNG",
        "ĐẶC KHU",
    ];
    // What opens a body under a people's committee: names of two words at least, never the
    // words of a place (`XÃ NẬM BAN`, `XÃ VĂN TRƯỜNG`).
    const UNDER_COUNCIL: &[&str] = &[
        "SỞ",
        "HỘI ĐỒNG",
        "VĂN PHÒNG",
        "TRUNG TÂM",
        "BỆNH VIỆN",
        "CHI CỤC",
        "THANH TRA",
        "BỘ CHỈ HUY",
        "BAN QUẢN LÝ",
        "BAN CHỈ ĐẠO",
        "BAN TIẾP",
        "BAN DÂN TỘC",
        "TRƯỜNG ĐẠI HỌC",
        "TRƯỜNG CAO ĐẲNG",
        "TRƯỜNG CHÍNH TRỊ",
        "ĐOÀN KIỂM TRA",
        "ĐOÀN THANH TRA",
        "ĐOÀN ĐẠI BIỂU",
        "QUỸ",
    ];
    const UNDER_MINISTRY: &[&str] = &[
        "CỤC",
        "TỔNG CỤC",
        "VỤ",
        "VIỆN",
        "HỌC VIỆN",
        "TRƯỜNG",
        "VĂN PHÒNG",
        "THANH TRA",
        "BAN",
        "TRUNG TÂM",
        "BỆNH VIỆN",
    ];
    let opens = |rest: &str, heads: &[&str]| {
        heads.iter().any(|h| {
            rest.strip_prefix(*h)
                .is_some_and(|r| r.is_empty() || r.starts_with(' '))
        })
    };
    let run = caps_run(text, ws, 0).min(30);
    if run < 3 {
        return;
    }
    let head = &text[..ws[run - 1].1];
    if let Some(ministry) = MINISTRIES
        .iter()
        .find(|m| head.strip_prefix(**m).is_some_and(|r| r.starts_with(' ')))
    {
        let at = ministry.len() + 1;
        if opens(&head[at..], UNDER_MINISTRY) {
            out.push((at, Cut::Row));
        }
        return;
    }
    let Some(rest) = ["UBND ", "ỦY BAN NHÂN DÂN ", "UỶ BAN NHÂN DÂN "]
        .iter()
        .find_map(|p| head.strip_prefix(p))
    else {
        return;
    };
    let Some(level) = COUNCIL_LEVELS
        .iter()
        .find(|l| rest.strip_prefix(**l).is_some_and(|r| r.starts_with(' ')))
    else {
        return;
    };
    // The committee's words, its level and at least one word of the place.
    let skip = head.len() - rest.len() + level.len();
    for j in 1..run {
        let (a, _) = ws[j];
        if a <= skip || ws[j - 1].0 <= skip {
            continue;
        }
        if opens(&head[a..], UNDER_COUNCIL) {
            out.push((a, Cut::Row));
            return;
        }
    }
}

/// A scan's stray marks before the issuer's name at the head of a document run together (`| |
/// | | | - _ỦY BANN ÂN DÂN CỘNG HOÀ …`, the margins' rules and a speck read as words): the name
/// opens a line of its own, as the marks stood on a line above it. Returns where the name
/// opens: a cut with no word before it, kept all the same.
pub(super) fn marks_before_issuer(text: &str, ws: &[(usize, usize)]) -> Option<usize> {
    const MAX_MARKS: usize = 8;
    let is_mark = |w: &str| !w.chars().any(crate::text::fold::is_letter_or_digit);
    let k = (0..ws.len().min(MAX_MARKS + 1)).find(|&j| !is_mark(&text[ws[j].0..ws[j].1]))?;
    let (a, b) = ws[k];
    // The name's first word, a speck glued before it (`_ỦY`), which stays with the marks.
    let lead = text[a..b].len() - text[a..b].trim_start_matches(['_', '|', '.', ',']).len();
    let name_opens = is_plain_caps(&text[a + lead..b]) && caps_run(text, ws, k) >= 2;
    (k > 0 && name_opens).then_some(a + lead)
}

/// Bodies of the centre whose names a portal's or a signature's label gives (`Cơ quan phát
/// hành: VĂN PHÒNG CHÍNH PHỦ`), besides the ministries.
const CENTRAL_BODIES: &[&str] = &[
    "VĂN PHÒNG CHÍNH PHỦ",
    "VĂN PHÒNG QUỐC HỘI",
    "VĂN PHÒNG CHỦ TỊCH NƯỚC",
    "THỦ TƯỚNG CHÍNH PHỦ",
    "CHÍNH PHỦ",
    "QUỐC HỘI",
];

/// A portal's or a signature's label and the body it names, run on with the document's own
/// issuer (`Cơ quan phát hành: VĂN PHÒNG CHÍNH PHỦ THỦ TƯỚNG CHÍNH PHỦ CỘNG HÒA …`): the
/// label's line ends with the name, known by heart, that the label gives. Returns the label
/// and name's range, which no other cut splits.
pub(super) fn labelled_body(
    text: &str,
    folded: &str,
    ws: &[(usize, usize)],
    out: &mut Vec<(usize, Cut)>,
) -> Option<(usize, usize)> {
    const LABELS: &[&str] = &["cơ quan phát hành:", "cơ quan ban hành:", "cơ quan:"];
    let head = floor_boundary(folded, folded.len().min(600));
    for label in LABELS {
        let Some(at) = memchr::memmem::find(&folded.as_bytes()[..head], label.as_bytes()) else {
            continue;
        };
        let value = at + label.len();
        let rest = text[value..].trim_start();
        let from = text.len() - rest.len();
        let Some(name) = MINISTRIES
            .iter()
            .chain(CENTRAL_BODIES)
            .filter(|n| rest.strip_prefix(**n).is_some_and(|r| r.starts_with(' ')))
            .max_by_key(|n| n.len())
        else {
            continue;
        };
        let end = from + name.len();
        // Another name in capitals follows: the document's issuer.
        let k = ws.partition_point(|&(a, _)| a < end);
        if k < ws.len() && caps_run(text, ws, k) >= 2 {
            out.push((end, Cut::Row));
            return Some((at, end));
        }
        return None;
    }
    None
}

/// A name in capitals written twice in a row at the head of a document (the Công báo's heading
/// above the issuer's own, `BỘ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN BỘ NÔNG NGHIỆP VÀ …`): two
/// lines, never one name. The second copy may be cut short by the Quốc hiệu beside it (`BỘ LAO
/// ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI BỘ LAO ĐỘNG - THƯƠNG BINH CỘNG HÒA …`, four words of it at
/// least), and the first may follow the gazette's heading (`VĂN BẢN QUY PHẠM PHÁP LUẬT ỦY BAN
/// THƯỜNG VỤ QUỐC HỘI ỦY BAN …`), which then stands on a line of its own.
pub(super) fn doubled_names(text: &str, ws: &[(usize, usize)], out: &mut Vec<(usize, Cut)>) {
    // Header names stand among the first words.
    let head = &ws[..ws.len().min(80)];
    let word = |i: usize| &text[head[i].0..head[i].1];
    let mut k = 0;
    while k < head.len() {
        let run = caps_run_with_dashes(text, head, k);
        let mut i = k;
        while i + 4 <= k + run {
            // How many words from `i` the run repeats `half` words on.
            let repeated = |half: usize| {
                (0..half)
                    .take_while(|&j| i + half + j < k + run && word(i + j) == word(i + half + j))
                    .count()
            };
            // A copy cut short only at the run's start, the Quốc hiệu right after it: a title
            // in capitals says a body's name twice in other ways (`… CỦA ỦY BAN NHÂN DÂN TỈNH
            // CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH LÂM ĐỒNG`).
            let found = (2..=((k + run - i) / 2 + 4).min(12)).rev().find(|&h| {
                let m = repeated(h);
                m == h
                    || i == k
                        && m >= 4
                        && i + h + m < head.len()
                        && fold_case(word(i + h + m)).starts_with("cộng")
            });
            if let Some(half) = found {
                if i > k {
                    out.push((head[i].0, Cut::Row));
                }
                out.push((head[i + half].0, Cut::Row));
                break;
            }
            i += 1;
        }
        k += run.max(1);
    }
}

/// How far into a long line the header's phrases are looked for. A legal portal's page run
/// together sets its breadcrumb, its menus and the document's title two or three times before
/// the header (2,200 bytes on vbpl.vn); the header itself takes a few hundred.
const HEADER_SCOPE: usize = 4000;

/// The Quốc hiệu, the Tiêu ngữ and the Party heading inside a line.
pub(super) fn header_phrases(text: &str, f: &str, out: &mut Vec<(usize, Cut)>) {
    // Every one of these phrases ends in `Nam` or `phúc`, whatever the slips around them.
    if !(f.contains("nam") || f.contains("phúc") || f.contains("phuc") || f.contains("phục")) {
        return;
    }
    // Header phrases sit in the first stretch of a long line.
    let scope_end = floor_boundary(text, text.len().min(HEADER_SCOPE));
    let scope = &text[..scope_end];
    let sk = phrases::Skeleton::of(scope);
    for phrase in [
        phrases::QUOC_HIEU,
        phrases::TIEU_NGU,
        phrases::PARTY_HEADING,
    ] {
        let Some(f) = phrases::find_in(&sk, phrase) else {
            continue;
        };
        let (s, e) = (f.start as usize, f.end as usize);
        let written = &text[s..e];
        // In prose the Quốc hiệu is a noun phrase (`nước Cộng hòa xã hội chủ nghĩa Việt Nam`);
        // in a header it is written in capitals.
        if phrase == phrases::QUOC_HIEU || phrase == phrases::PARTY_HEADING {
            let before = fold_case(text[..s].trim_end());
            // A header typed all in lower case (`bộ tài chính cộng hoà xã hội chủ nghĩa Việt
            // nam`): the phrase follows a short name at the line's start, not a sentence.
            // Prose names the state with a capital (`Chính phủ Cộng hòa xã hội chủ nghĩa…`).
            let lower_header = written.starts_with(crate::text::fold::is_lower)
                && before.len() <= 60
                && !before.contains([',', '.', ';', ':'])
                && !["của", "và", "với", "là", "tại"]
                    .iter()
                    .any(|w| before.ends_with(&format!(" {w}")) || before == *w);
            // `NGÂN HÀNG NHÀ NƯỚC`, `KHO BẠC NHÀ NƯỚC`, `KIỂM TOÁN NHÀ NƯỚC` in capitals end
            // an issuer's name, one space before the Quốc hiệu; `nước` alone opens the phrase.
            let body_name =
                before.ends_with("nhà nước") && crate::recognize::clues::mostly_upper(written);
            if before.ends_with("nước") && !body_name
                || !(crate::recognize::clues::mostly_upper(written) || lower_header)
            {
                continue;
            }
        }
        out.push((s, Cut::Column));
        // The motto keeps what closes it (`Hạnh phúc.`); after it, the next component.
        out.push((e, Cut::Row));
    }
}

/// A legal portal's buttons run on with the issuer's name (`… Lược đồ Văn bản gốc Tải về BỘ
/// TÀI CHÍNH Số 06/2026/TT-BTC …`): the name in capitals opens a line of its own, and the
/// buttons before it stay on theirs, which `region::trim` sets aside.
pub(super) fn portal_buttons(text: &str, ws: &[(usize, usize)], out: &mut Vec<(usize, Cut)>) {
    let scope = ws.partition_point(|&(a, _)| a < HEADER_SCOPE);
    for k in 1..scope {
        let (a, b) = ws[k];
        // Where a name in capitals of two words or more starts.
        if !is_plain_caps(&text[a..b])
            || is_caps_word(&text[ws[k - 1].0..ws[k - 1].1])
            || caps_run(text, ws, k) < 2
        {
            continue;
        }
        // One to four words before it make a portal's button (`Tải về`, `Văn bản gốc`).
        let button = (1..=k.min(4)).any(|n| {
            let words = &text[ws[k - n].0..ws[k - 1].1];
            crate::layout::furniture::classify(words) == Some(Furniture::Portal)
        });
        if button {
            out.push((a, Cut::Row));
        }
    }
}

/// The Chính phủ portal's receipt stamp on a scanned document's head (`CỔNG THÔNG TIN ĐIỆN TỬ
/// CHÍNH PHỦ`, with a scan's slips: `BỂNG THÔNG TIN BIỆN TỪ CHÍNH PHỦ`, `“GổNG THÔNG TINBIỆN TỬ
/// CHÍNH PHÙ`, `CÔNG THÔNG TIN = TỦ CHÍNH PHỦ`) run on with the header: a line of its own, as the
/// scan sets it, so that the type name, the V/v or the trích yếu beside it stays whole. The
/// digital signature's `Người ký: CÔNG THÔNG TIN …` names its signer after a label: not this.
/// Returns the stamps' spans, which nothing else cuts.
pub(super) fn portal_stamp(
    text: &str,
    ws: &[(usize, usize)],
    out: &mut Vec<(usize, Cut)>,
) -> Vec<(usize, usize)> {
    let mut spans = Vec::new();
    let word = |j: usize| &text[ws[j].0..ws[j].1];
    let skeleton = |j: usize| crate::text::fold::skeleton(word(j));
    let scope = ws.partition_point(|&(a, _)| a < HEADER_SCOPE);
    for k in 1..scope.min(ws.len().saturating_sub(3)) {
        if !is_plain_caps(word(k)) || skeleton(k) != "thong" || !skeleton(k + 1).starts_with("tin")
        {
            continue;
        }
        // `CỔNG` as a scan reads it: four letters ending in `NG`, opening with a capital, a
        // quotation mark or a speck glued before it.
        let gate = word(k - 1).trim_start_matches(|c: char| !crate::text::fold::is_letter(c));
        let gate_ok = gate.chars().count() == 4
            && gate.starts_with(crate::text::fold::is_capital)
            && crate::text::fold::skeleton(gate).ends_with("ng");
        // After a label (`Người ký: CÔNG …`) or a recipient's dash the words name a body.
        let named = k >= 2 && (word(k - 2).ends_with(':') || super::words::is_dash(word(k - 2)));
        if !gate_ok || named {
            continue;
        }
        // `CHÍNH PHỦ` within three words after `TIN` (`ĐIỆN TỬ`, `= TỦ`, or `TỬ` after
        // `TINBIỆN`), none of the words in lower case.
        let end = (k + 2..ws.len().min(k + 6)).find(|&j| {
            j + 1 < ws.len() && skeleton(j) == "chinh" && skeleton(j + 1).starts_with("phu")
        });
        let Some(j) = end else {
            continue;
        };
        // (The gate's letters may be read in lower case: `GổNG`.)
        if (k..=j + 1).all(|i| !word(i).chars().any(crate::text::fold::is_lower)) {
            out.push((ws[k - 1].0, Cut::Row));
            out.push((ws[j + 1].1, Cut::Row));
            spans.push((ws[k - 1].0, ws[j + 1].1));
        }
    }
    spans
}

/// A digital signature's stamp above the header run on with the issuer's name (`… Thời gian
/// ký: 04.05.2026 09:44:21 +07:00 Ø92-THỦ TƯỚNG CHÍNH PHỦ CỘNG HÒA …`): the stamp ends with its
/// clock, its time zone and up to two marks a scan left after them (`Ø92-`, `TTĐ1(2.)`); the
/// name in capitals after them opens a line of its own, and `region::trim` sets the stamp's
/// line aside.
pub(super) fn signing_time_end(
    text: &str,
    folded: &str,
    ws: &[(usize, usize)],
    out: &mut Vec<(usize, Cut)>,
) {
    if memchr::memmem::find(folded.as_bytes(), "ký:".as_bytes()).is_none() {
        return;
    }
    let word = |j: usize| &text[ws[j].0..ws[j].1];
    let scope = ws.partition_point(|&(a, _)| a < HEADER_SCOPE);
    for k in 1..scope {
        if !is_clock(word(k)) {
            continue;
        }
        // The stamp's label a few words before the clock: `Thời gian ký:`, `Ngày ký:`.
        let label_from = ws[k.saturating_sub(4)].0;
        if memchr::memmem::find(&folded.as_bytes()[label_from..ws[k].0], "ký:".as_bytes()).is_none()
        {
            continue;
        }
        let mut j = k + 1;
        if j < ws.len() && is_time_zone(word(j)) {
            j += 1;
        }
        let mut marks = 0;
        while j < ws.len() {
            let w = word(j);
            // A mark glued to the name (`Ø92-THỦ`): the name starts after the hyphen.
            let glued = w.rfind('-').filter(|&h| {
                h > 0
                    && !w[..h].chars().any(crate::text::fold::is_lower)
                    && w[..h].chars().any(|c| c.is_ascii_digit())
                    && is_plain_caps(&w[h + 1..])
                    && caps_run(text, ws, j + 1) >= 1
            });
            if let Some(h) = glued {
                out.push((ws[j].0 + h + 1, Cut::Row));
                break;
            }
            let mark = !w.chars().any(crate::text::fold::is_lower)
                && (w.chars().any(|c| c.is_ascii_digit())
                    || !w.chars().any(crate::text::fold::is_letter));
            if mark && marks < 2 {
                marks += 1;
                j += 1;
                continue;
            }
            if is_plain_caps(w) && caps_run(text, ws, j) >= 2 {
                out.push((ws[j].0, Cut::Row));
            }
            break;
        }
    }
}

/// A stamp's clock (`09:44:21`), its `;` or `,` after it.
fn is_clock(w: &str) -> bool {
    crate::layout::furniture::is_clock(w.trim_end_matches([';', ',']).as_bytes())
}

/// A stamp's time zone (`+07:00`, `+07'00'`).
pub(super) fn is_time_zone(w: &str) -> bool {
    w.strip_prefix('+').is_some_and(|z| {
        z.len() >= 5
            && z.bytes()
                .all(|c| c.is_ascii_digit() || matches!(c, b':' | b'\''))
    })
}

/// The Youth Union's heading (`ĐOÀN TNCS HỒ CHÍ MINH`), which its documents set where others
/// set the Quốc hiệu, in capitals inside a header line: a line of its own.
pub(super) fn youth_union_heading(text: &str, f: &str, out: &mut Vec<(usize, Cut)>) {
    if !(f.contains("minh") && (f.contains("đoàn") || f.contains("doan"))) {
        return;
    }
    let scope_end = floor_boundary(text, text.len().min(HEADER_SCOPE));
    let sk = phrases::Skeleton::of(&text[..scope_end]);
    for phrase in [
        phrases::YOUTH_UNION_HEADING,
        phrases::YOUTH_UNION_HEADING_FULL,
    ] {
        let Some(found) = phrases::find_in(&sk, phrase) else {
            continue;
        };
        let (s, e) = (found.start as usize, found.end as usize);
        if crate::recognize::clues::mostly_upper(&text[s..e]) {
            out.push((s, Cut::Column));
            out.push((e, Cut::Row));
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::recognize::anchors::test_support::*;

    #[test]
    fn header_rows_written_with_one_space_between_columns() {
        assert_eq!(
            parts(
                "UBND TỈNH LÀO CAI CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                HEADER
            ),
            ["UBND TỈNH LÀO CAI", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"]
        );
        assert_eq!(
            parts("SỞ CÔNG THƯƠNG Độc lập - Tự do - Hạnh phúc", HEADER),
            ["SỞ CÔNG THƯƠNG", "Độc lập - Tự do - Hạnh phúc"]
        );
        assert_eq!(
            parts("Số: 12/SCT-KT Lào Cai, ngày 05 tháng 3 năm 2026", HEADER),
            ["Số: 12/SCT-KT", "Lào Cai, ngày 05 tháng 3 năm 2026"]
        );
        assert_eq!(
            parts(
                "Số: 1894 /TB-SCT Thành phố Hồ Chí Minh, ngày 23 tháng 7 năm 2026",
                HEADER
            ),
            [
                "Số: 1894 /TB-SCT",
                "Thành phố Hồ Chí Minh, ngày 23 tháng 7 năm 2026"
            ]
        );
        // The period that closes a date stays with it; the type name after it is cut off.
        assert_eq!(
            parts("Lào Cai, ngày 05 tháng 3 năm 2026. KẾ HOẠCH", HEADER),
            ["Lào Cai, ngày 05 tháng 3 năm 2026.", "KẾ HOẠCH"]
        );
    }

    /// Headers run together whose number and date do not stand where a header read row by
    /// row puts them: a law's number named by its type, a bare number whose ký hiệu a signed
    /// PDF set apart, the Youth Union's heading and a V/v in quotes, the date before the
    /// number under an issuer named after a decision, a portal's label naming a body before
    /// the issuer, an issuer's name printed twice with a dash inside it.
    #[test]
    fn header_numbers_and_headings_in_a_document_run_together() {
        let parse = |head: &str| crate::check::parse(&format!("{head} {RUN_TOGETHER_TAIL}\n"));
        let law = parse("QUỐC HỘI CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc Luật số: 140/2025/QH15 LUẬT SỬA ĐỔI, BỔ SUNG MỘT SỐ ĐIỀU CỦA LUẬT GIÁ");
        assert_eq!(line_of(&law, law.header.so), Some("Luật số: 140/2025/QH15"));
        let title = law.title.as_ref().expect("a title");
        assert_eq!(line_of(&law, Some(title.type_line)), Some("LUẬT"));
        assert_eq!(
            line_of(&law, title.trich_yeu.first().copied()),
            Some("SỬA ĐỔI, BỔ SUNG MỘT SỐ ĐIỀU CỦA LUẬT GIÁ")
        );

        let split_number = parse("UBND TỈNH LÂM ĐỒNG SỞ DÂN TỘC VÀ TÔN GIÁO Số: 427 CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM /SDTTG-VP Độc lập - Tự do - Hạnh phúc Lâm Đồng, ngày 04 tháng 9 năm 2025 V/v cử lãnh đạo Sở tham gia Ban Vì sự tiến bộ của phụ nữ Kính gửi: Sở Nội vụ tỉnh Lâm Đồng.");
        assert_eq!(
            line_of(&split_number, split_number.header.so),
            Some("Số: 427 /SDTTG-VP")
        );

        let youth = parse("BCH ĐOÀN TỈNH LÂM ĐỒNG *** Số: 156 -CV/TĐTN-BCTĐ&TTN ĐOÀN TNCS HỒ CHÍ MINH Lâm Đồng, ngày 04 tháng 9 năm 2025 “V/v giới thiệu Lãnh đạo tham gia Ban Vì sự tiến bộ của phụ nữ” Kính gửi: Sở Nội vụ tỉnh Lâm Đồng.");
        assert_eq!(
            line_of(&youth, youth.header.party_heading),
            Some("ĐOÀN TNCS HỒ CHÍ MINH")
        );
        assert_eq!(
            line_of(&youth, youth.header.place_date),
            Some("Lâm Đồng, ngày 04 tháng 9 năm 2025")
        );

        let date_first = parse("SỞ CÔNG THƯƠNG ĐOÀN KIỂM TRA THEO QUYẾT ĐỊNH SỐ 1050/QĐ-SCT CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh Phúc Lào Cai, ngày 10 tháng 3 năm 2026 Số: 1105/KH-ĐKT KẾ HOẠCH Kiểm tra việc chấp hành quy định pháp luật về vật liệu nổ công nghiệp");
        assert_eq!(
            line_of(&date_first, date_first.header.so),
            Some("Số: 1105/KH-ĐKT")
        );
        assert_eq!(
            line_of(&date_first, date_first.header.place_date),
            Some("Lào Cai, ngày 10 tháng 3 năm 2026")
        );

        let issuers = |p: &crate::check::Parsed| -> Vec<String> {
            p.header
                .issuer
                .iter()
                .map(|&i| p.lines[i].span.of(p.text()).to_owned())
                .collect()
        };
        let labelled = parse("Cơ quan phát hành: VĂN PHÒNG CHÍNH PHỦ THỦ TƯỚNG CHÍNH PHỦ CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc Số: 2319/QĐ-TTg Hà Nội, ngày 20 tháng 10 năm 2025 QUYẾT ĐỊNH Thành lập Ban Chỉ đạo quốc gia về dữ liệu");
        assert_eq!(issuers(&labelled), ["THỦ TƯỚNG CHÍNH PHỦ"]);

        let twice = parse("BỘ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI BỘ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI Số: 169/QĐ-BLĐTBXH CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc Hà Nội, ngày 24 tháng 01 năm 2025 QUYẾT ĐỊNH Về việc công bố Danh mục văn bản hết hiệu lực");
        assert_eq!(
            issuers(&twice).last().map(String::as_str),
            Some("BỘ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI")
        );
    }

    /// A legal portal's page run together sets its breadcrumb, its menus and the document's
    /// title two or three times before the header: the header's phrases are found past its
    /// first 1,500 bytes, whatever stands before the issuer (the number, the Quốc hiệu).
    #[test]
    fn header_phrases_after_a_long_portal_preamble() {
        let crumbs = "Trang chủ > Văn bản quy phạm pháp luật Trung ương > Thông tư số 26/2025/TT-BVHTTDL sửa đổi, bổ sung một số điều của Thông tư số 15/2023/TT-BVHTTDL ngày 05 tháng 12 năm 2023 của Bộ trưởng Bộ Văn hóa, Thể thao và Du lịch quy định về tổ chức và hoạt động của Hội đồng lựa chọn dự án sản xuất phim";
        let preamble = format!("{crumbs} TRANG CHỦ GIỚI THIỆU VĂN BẢN PHÁP LUẬT TRUNG ƯƠNG {crumbs} Nội dung Thuộc tính Lược đồ Văn bản gốc Tải về 100% Hiển thị chi tiết cập nhật {crumbs} Còn hiệu lực Ngày có hiệu lực:11/02/2026 Ngày cập nhật:16/04/2026 Nội dung Thuộc tính Lược đồ Văn bản gốc Tải về");
        let preamble = format!("{crumbs} {preamble}");
        assert!(preamble.len() > 1500);
        for header in [
            "BỘ VĂN HÓA, THỂ THAO VÀ DU LỊCH Số: 26/2025/TT-BVHTTDL CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc Hà Nội, ngày 31 tháng 12 năm 2025",
            "BỘ VĂN HÓA, THỂ THAO VÀ DU LỊCH CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc Số: 26/2025/TT-BVHTTDL Hà Nội, ngày 31 tháng 12 năm 2025",
        ] {
            let parsed = crate::check::parse(&format!(
                "{preamble} {header} THÔNG TƯ SỬA ĐỔI, BỔ SUNG MỘT SỐ ĐIỀU CỦA THÔNG TƯ SỐ 15/2023/TT-BVHTTDL {RUN_TOGETHER_TAIL}\n"
            ));
            assert_eq!(
                line_of(&parsed, parsed.header.quoc_hieu),
                Some("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
                "{header}"
            );
            assert_eq!(
                line_of(&parsed, parsed.header.tieu_ngu),
                Some("Độc lập - Tự do - Hạnh phúc"),
                "{header}"
            );
            assert_eq!(
                line_of(&parsed, parsed.header.place_date),
                Some("Hà Nội, ngày 31 tháng 12 năm 2025"),
                "{header}"
            );
        }
    }

    /// A legal portal's buttons run on with the issuer's name: the name opens a line, the
    /// buttons stay on theirs; a name in capitals after words that are no button stays on the
    /// line.
    #[test]
    fn a_portal_button_before_the_issuer() {
        for (button, name, after) in [
            ("Văn bản gốc Tải về", "BỘ TÀI CHÍNH", "Số 06/2026/TT-BTC"),
            ("Lược đồ Văn bản gốc Tải về", "CHÍNH PHỦ", "-------"),
            (
                "Thuộc tính Lược đồ Văn bản gốc",
                "THỦ TƯỚNG CHÍNH PHỦ",
                "Số: 49/2025/QĐ-TTg",
            ),
            (
                "Nội dung Tải về",
                "ỦY BAN NHÂN DÂN TỈNH LÀO CAI",
                "Số: 12/KH-UBND",
            ),
        ] {
            let line = format!("{button} {name} {after}");
            let got = parts(&line, HEADER);
            assert_eq!(got.first().map(String::as_str), Some(button), "{line}");
            assert!(got.iter().any(|p| p.starts_with(name)), "{got:?}");
        }
        for line in [
            "Báo cáo gửi về BỘ TÀI CHÍNH trước ngày 15 hằng tháng",
            "Xe tải về KHO BẠC NHÀ NƯỚC tỉnh",
        ] {
            assert_eq!(parts(line, HEADER), [line]);
        }
    }

    /// A digital signature's stamp run on with the issuer's name: the name opens a line after
    /// the stamp's clock, its time zone and the marks a scan left after them.
    #[test]
    fn a_signature_stamp_run_on_with_the_issuer() {
        let qh = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM";
        for (stamp, name) in [
            (
                "Thời gian ký: 04.05.2026 09:44:21 +07:00 Ø92-",
                "THỦ TƯỚNG CHÍNH PHỦ",
            ),
            (
                "Thời gian ký: 13.10.2025 16:40:51 +07:00 TTĐ1(2.)",
                "CHÍNH PHỦ",
            ),
            ("Ngày ký: 16-07-2025 11:15:13 +07:00", "BỘ NGOẠI GIAO"),
        ] {
            let line = format!(
                "{}{name} {qh}",
                if stamp.ends_with('-') {
                    stamp.to_owned()
                } else {
                    format!("{stamp} ")
                }
            );
            assert_eq!(parts(&line, HEADER), [stamp, name, qh], "{line}");
        }
        // Words of the stamp's text after the clock: no name opens there.
        let line = "Thời gian ký: 24/01/2025 14:23:43 sru vÀ BÁO VÀ TIN HỌC";
        assert_eq!(parts(line, HEADER), [line]);
        // A clock with no stamp's label before it.
        let line = "Họp lúc 09:30:00 TẠI HỘI TRƯỜNG TẦNG 2";
        assert_eq!(parts(line, HEADER), [line]);
    }

    #[test]
    fn a_header_typed_in_lower_case_and_the_state_named_in_prose() {
        assert_eq!(
            parts("bộ tài chính cộng hoà xã hội chủ  nghĩa Việt nam", HEADER),
            ["bộ tài chính", "cộng hoà xã hội chủ  nghĩa Việt nam"]
        );
        let prose = "Hiệp định giữa Chính phủ Cộng hòa xã hội chủ nghĩa Việt Nam và Chính phủ Lào";
        assert_eq!(parts(prose, HEADER), [prose]);
        let prose = "Quốc hội nước cộng hòa xã hội chủ nghĩa Việt Nam";
        assert_eq!(parts(prose, HEADER), [prose]);
        let title = "CHỦ TỊCH NƯỚC CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM";
        assert_eq!(parts(title, HEADER), [title]);
        // A body whose name ends with `NHÀ NƯỚC`, one space before the Quốc hiệu.
        assert_eq!(
            parts(
                "NGÂN HÀNG NHÀ NƯỚC CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                HEADER
            ),
            ["NGÂN HÀNG NHÀ NƯỚC", "CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM"]
        );
    }

    /// A scan run together opens with the marks it read in the page's margin (`| | | | | -`)
    /// and a speck glued to the issuer's name: the name opens a line of its own, without the
    /// speck. A line that opens with a dash and words in lower case stays whole.
    #[test]
    fn a_scans_marks_before_the_issuer_run_together() {
        let head = "| | | | | - _ỦY BAN NHÂN DÂN CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM TỈNH PHÚ THỌ Độc lập - Tự do - Hạnh phúc Số: 4532/UBND-KSTTHC Phú Thọ, ngày 07 tháng 12 năm 2011 V/v xây dựng kế hoạch rà soát quy định, thủ tục hành chính";
        let parsed = crate::check::parse(&format!("{head} {RUN_TOGETHER_TAIL}\n"));
        let issuer = issuer_lines(&parsed);
        assert_eq!(issuer, ["ỦY BAN NHÂN DÂN", "TỈNH PHÚ THỌ"]);
        let line = format!("- các sở, ban, ngành của tỉnh {RUN_TOGETHER_TAIL}");
        let z = crate::recognize::anchors::Zone {
            in_run_row: true,
            ..HEADER
        };
        assert!(parts(&line, z)[0].starts_with("- các sở, ban, ngành"));
    }

    #[test]
    fn a_name_written_twice_at_the_head_is_two_lines() {
        assert_eq!(
            parts(
                "BỘ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN BỘ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN",
                HEADER
            ),
            [
                "BỘ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN",
                "BỘ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN"
            ]
        );
        assert_eq!(
            parts("ỦY BAN NHÂN DÂN XÃ NGHĨA ĐÀN", HEADER),
            ["ỦY BAN NHÂN DÂN XÃ NGHĨA ĐÀN"]
        );
        // The Quốc hiệu after the two.
        assert_eq!(
            parts(
                "BỘ KẾ HOẠCH VÀ ĐẦU TƯ BỘ KẾ HOẠCH VÀ ĐẦU TƯ CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                HEADER
            ),
            [
                "BỘ KẾ HOẠCH VÀ ĐẦU TƯ",
                "BỘ KẾ HOẠCH VÀ ĐẦU TƯ",
                "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
            ]
        );
        // The second copy cut short by the Quốc hiệu beside it.
        assert_eq!(
            parts(
                "BỘ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI BỘ LAO ĐỘNG - THƯƠNG BINH CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                HEADER
            )[..2],
            [
                "BỘ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI",
                "BỘ LAO ĐỘNG - THƯƠNG BINH",
            ]
        );
        // After the gazette's heading.
        assert_eq!(
            parts(
                "VĂN BẢN QUY PHẠM PHÁP LUẬT ỦY BAN THƯỜNG VỤ QUỐC HỘI ỦY BAN THƯỜNG VỤ QUỐC HỘI CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                HEADER
            )[..3],
            [
                "VĂN BẢN QUY PHẠM PHÁP LUẬT",
                "ỦY BAN THƯỜNG VỤ QUỐC HỘI",
                "ỦY BAN THƯỜNG VỤ QUỐC HỘI",
            ]
        );
        // Three words said again are no second copy.
        assert_eq!(
            parts("BAN CHỈ ĐẠO TỈNH BAN CHỈ ĐẠO", HEADER),
            ["BAN CHỈ ĐẠO TỈNH BAN CHỈ ĐẠO"]
        );
    }

    #[test]
    fn a_parent_body_and_the_issuing_body_on_one_line_are_two_lines() {
        for (line, want) in [
            (
                "UBND TỈNH LÂM ĐỒNG HỘI ĐỒNG THẨM ĐỊNH, ĐÁNH GIÁ CHỈ SỐ CẢI CÁCH HÀNH CHÍNH TỈNH",
                vec![
                    "UBND TỈNH LÂM ĐỒNG",
                    "HỘI ĐỒNG THẨM ĐỊNH, ĐÁNH GIÁ CHỈ SỐ CẢI CÁCH HÀNH CHÍNH TỈNH",
                ],
            ),
            ("BỘ TÀI CHÍNH CỤC THUẾ", vec!["BỘ TÀI CHÍNH", "CỤC THUẾ"]),
            (
                "ỦY BAN NHÂN DÂN THÀNH PHỐ HẢI PHÒNG SỞ NỘI VỤ",
                vec!["ỦY BAN NHÂN DÂN THÀNH PHỐ HẢI PHÒNG", "SỞ NỘI VỤ"],
            ),
            // One body: nothing to cut.
            (
                "ỦY BAN NHÂN DÂN XÃ BAN CÔNG",
                vec!["ỦY BAN NHÂN DÂN XÃ BAN CÔNG"],
            ),
            (
                "ỦY BAN NHÂN DÂN XÃ NẬM BAN",
                vec!["ỦY BAN NHÂN DÂN XÃ NẬM BAN"],
            ),
            ("BỘ QUỐC PHÒNG", vec!["BỘ QUỐC PHÒNG"]),
            ("BỘ NỘI VỤ", vec!["BỘ NỘI VỤ"]),
            (
                "BỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG",
                vec!["BỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG"],
            ),
            (
                "BỘ NỘI VỤ CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                vec!["BỘ NỘI VỤ", "CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM"],
            ),
            (
                "BỘ NỘI VỤ VỤ TỔ CHỨC CÁN BỘ",
                vec!["BỘ NỘI VỤ", "VỤ TỔ CHỨC CÁN BỘ"],
            ),
            (
                "BỘ VĂN HÓA, THỂ THAO VÀ DU LỊCH",
                vec!["BỘ VĂN HÓA, THỂ THAO VÀ DU LỊCH"],
            ),
        ] {
            assert_eq!(parts(line, HEADER), want, "{line}");
        }
    }

    /// The Chính phủ portal's receipt stamp, as a scan reads it, run on with the header of a
    /// document run together: a line of its own, the type name and the V/v beside it whole.
    #[test]
    fn the_government_portals_receipt_stamp_run_together() {
        let tail = "Căn cứ Luật Tổ chức Chính phủ ngày 18 tháng 02 năm 2025; Xét đề nghị của Bộ trưởng Bộ Nội vụ, QUYẾT ĐỊNH: Điều 1. Phê chuẩn kết quả bầu chức vụ Chủ tịch Ủy ban nhân dân thành phố Đà Nẵng. Điều 2. Quyết định này có hiệu lực thi hành kể từ ngày ký ban hành. Nơi nhận: - Như Điều 2; - Lưu: VT, TCCV. THỦ TƯỚNG Phạm Minh Chính";
        let text = format!("THỦ TƯỚNG CHÍNH PHỦ CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc Số: 729/QĐ-TTg Hà Nội, ngày 23 tháng 4 năm 2026 ˆ BỂNG THÔNG TIN BIỆN TỪ CHÍNH PHỦ QUYÉT ĐỊNH Phê chuẩn kết quả bầu chức vụ Chủ tịch Ủy ban nhân dân thành phố Đà Nẵng nhiệm kỳ 2026 - 2031 THỦ TƯỚNG CHÍNH PHỦ {tail}");
        let got = parts(&text, HEADER);
        assert!(
            got.contains(&"BỂNG THÔNG TIN BIỆN TỪ CHÍNH PHỦ".to_owned())
                && got.contains(&"QUYÉT ĐỊNH".to_owned()),
            "{got:#?}"
        );
        let text = format!("VĂN PHÒNG CHÍNH PHỦ CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc Số: 3722/VPCP-CN Hà Nội, ngày 28 tháng 4 năm 2026 V/v cơ chế đặc thù xây dựng công trình khẩn cấp đối với Dự án Cảng hàng không quốc tế Long Thành “GổNG THÔNG TINBIỆN TỬ CHÍNH PHÙ Kính gửi: - Ủy ban nhân dân tỉnh Đồng Nai. Xét đề nghị của Ủy ban nhân dân tỉnh Đồng Nai. {tail}");
        let got = parts(&text, HEADER);
        assert!(
            got.contains(&"“GổNG THÔNG TINBIỆN TỬ CHÍNH PHÙ".to_owned())
                && got
                    .iter()
                    .any(|p| p.starts_with("V/v") && p.ends_with("Long Thành")),
            "{got:#?}"
        );
        // The portal named among the recipients, in sentence case: a recipient.
        let text = format!("THỦ TƯỚNG CHÍNH PHỦ CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc Số: 729/QĐ-TTg Hà Nội, ngày 23 tháng 4 năm 2026 QUYẾT ĐỊNH Phê chuẩn kết quả bầu {tail} Nơi nhận: - Như Điều 2; - Cổng Thông tin điện tử Chính phủ; - Lưu: VT.");
        let got = parts(&text, HEADER);
        assert!(
            got.contains(&"- Cổng Thông tin điện tử Chính phủ;".to_owned()),
            "{got:#?}"
        );
    }
}
