//! Joins a header phrase a narrow column wrapped over two lines: `CỘNG HÒA XÃ HỘI CHỦ NGHĨA` /
//! `VIỆT NAM`, `Độc lập - Tự do -` / `Hạnh phúc`, `Lào Cai, ngày 05 tháng 3` / `năm 2026`,
//! `Số:` / `12/QĐ-UBND`, and the same wrapped inside a word. Two lines are joined only when
//! neither is the component alone and together they are.

use crate::layout::ReadLine;
use crate::model::document::LineKind;
use crate::text::phrases;
use crate::text::reading::{Glue, Pieces};
use crate::text::span::Span;

/// Lines at the top where header phrases are joined.
const HEADER_LINES: usize = 60;
/// How far ahead (in lines of the reading) the rest of a wrapped phrase may be.
const LOOK_AHEAD: usize = 8;

/// The kinds of line a wrapped pair may make.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Joinable {
    QuocHieu,
    TieuNgu,
    PartyHeading,
    PlaceDate,
    So,
}

/// The phrase a text is, and how many edits from it (0 for what the grammar reads).
fn kind_of(text: &str) -> Option<(Joinable, u32)> {
    let sk = phrases::Skeleton::of(text);
    let whole = |p: phrases::Phrase| {
        phrases::find_in(&sk, p).filter(|f| {
            let around = |s: &str| s.chars().all(|c| !crate::text::fold::is_letter_or_digit(c));
            around(&text[..f.start as usize]) && around(&text[f.end as usize..])
        })
    };
    for (phrase, kind) in [
        (phrases::QUOC_HIEU, Joinable::QuocHieu),
        (phrases::TIEU_NGU, Joinable::TieuNgu),
        (phrases::PARTY_HEADING, Joinable::PartyHeading),
    ] {
        if let Some(f) = whole(phrase) {
            return Some((kind, f.edits));
        }
    }
    match crate::recognize::parse::kind_of(text) {
        LineKind::PlaceDate(_) => Some((Joinable::PlaceDate, 0)),
        LineKind::So(_) => Some((Joinable::So, 0)),
        _ => None,
    }
}

/// Whether a line may open a wrapped phrase: a start of one of the phrases, a place and `ngày`,
/// or `Số`.
fn may_open(text: &str) -> bool {
    if text.len() > 200 {
        return false;
    }
    let head_end = text.char_indices().nth(14).map_or(text.len(), |(i, _)| i);
    let head = crate::text::fold::skeleton(&text[..head_end]);
    let head = head.trim_start();
    let capital = text.starts_with(crate::text::fold::is_capital);
    head.starts_with("cong hoa")
        || head.starts_with("doc lap")
        || head.starts_with("dang cong san")
        || head.starts_with("so")
        // A place and the start of its date, or a place alone before its date (`Thành phố Hồ
        // Chí Minh,` / `ngày 05 tháng 3 năm 2026`).
        || capital && (may_be_place(text, "ngày") || may_be_place(text, "ngay")
            || may_be_place(text.trim_end(), ","))
}

/// Whether the text before the first `mark` (to its end, for `,`) can be a place name (`Quận 1`):
/// a few words and no slash. A body line that cites a date (`Căn cứ Luật số 42/2024/QH15 ngày
/// …`) or ends a wrapped clause with a comma is none, and is not tried as half of a date line.
fn may_be_place(text: &str, mark: &str) -> bool {
    let before = if mark == "," {
        text.strip_suffix(',')
    } else {
        text.find(mark).map(|k| &text[..k])
    };
    before.is_some_and(|b| !b.contains('/') && b.split_whitespace().count() <= 8)
}

/// The line that continues line `i` in its column: the next row, in the same table column or
/// overlapping it on the page.
fn continuation(lines: &[ReadLine], i: usize, nfc: &str) -> Option<usize> {
    let a = &lines[i];
    let width = a.pieces.text(nfc).chars().count() as u32;
    (i + 1..lines.len().min(i + 1 + LOOK_AHEAD)).find(|&j| {
        let b = &lines[j];
        if b.row != a.row + 1 || b.blank_before && !a.in_table {
            return false;
        }
        if a.in_table || b.in_table {
            return a.in_table && b.in_table && a.column == b.column;
        }
        let b_width = b.pieces.text(nfc).chars().count() as u32;
        // Overlapping on the page (pdftotext -layout), or both flush left in one column.
        let overlap = a.indent < b.indent + b_width.max(1) && b.indent < a.indent + width.max(1);
        overlap && (a.column == b.column || a.indent > 0 || b.indent > 0)
    })
}

/// A draft's date line whose day (and month) is left blank: the gaps can push the rest of the
/// date a line down each in a text layer (`Hà Nội, ngày` / `tháng 6 năm 2025`, or `Lai Châu,
/// ngày` / `tháng` / `năm 2025`, a blank line or none between). The rest is each next line of
/// the column opening with the word the line before ends waiting for (`tháng` after `ngày`,
/// `năm` after `tháng`), until the lines read as a place and date together. Joined in place.
fn join_blank_date(lines: &mut [ReadLine], nfc: &str, removed: &mut [bool], limit: usize) {
    for i in 0..limit {
        let a = &lines[i];
        if removed[i] || a.in_table {
            continue;
        }
        let mut joined = a.pieces.text(nfc);
        if joined.len() > 80
            || !crate::text::fold::skeleton(&joined)
                .trim_end()
                .ends_with("ngay")
        {
            continue;
        }
        let mut rest: Vec<usize> = Vec::new();
        for j in i + 1..limit.min(i + 3) {
            let last = rest.last().copied().unwrap_or(i);
            let b = &lines[j];
            let waits_for = match crate::text::fold::skeleton(&joined)
                .split_whitespace()
                .next_back()
            {
                Some("ngay") => "thang",
                Some("thang") => "nam",
                _ => break,
            };
            let text = b.pieces.text(nfc);
            let skeleton = crate::text::fold::skeleton(&text);
            let opens = skeleton
                .trim_start()
                .strip_prefix(waits_for)
                .is_some_and(|r| r.is_empty() || r.starts_with(' '));
            if removed[j]
                || b.in_table
                || b.column != a.column
                || b.row > lines[last].row + 2
                || text.len() > 40
                || !opens
            {
                break;
            }
            joined = format!("{joined} {}", text.trim());
            rest.push(j);
            if matches!(kind_of(&joined), Some((Joinable::PlaceDate, _))) {
                for &j in &rest {
                    let tail = lines[j].pieces.clone();
                    lines[i].pieces.append(Glue::Space, &tail);
                    removed[j] = true;
                }
                break;
            }
        }
    }
}

/// Joins wrapped header phrases in place.
pub fn join(lines: &mut Vec<ReadLine>, nfc: &str) {
    let mut removed = vec![false; lines.len()];
    let limit = lines.len().min(HEADER_LINES);
    join_blank_date(lines, nfc, &mut removed, limit);
    for i in 0..limit {
        if removed[i] {
            continue;
        }
        let text = lines[i].pieces.text(nfc);
        if text.len() > 200 || !may_open(&text) {
            continue;
        }
        let alone = kind_of(&text);
        if alone.is_some_and(|(_, edits)| edits == 0) {
            continue;
        }
        let Some(j) = continuation(lines, i, nfc) else {
            continue;
        };
        if removed[j] {
            continue;
        }
        let next = lines[j].pieces.text(nfc);
        // A date without its place is read alone, but under a place alone it is the place's
        // (`Hà Nội,` / `ngày 18 tháng 02 năm 2022`).
        let next_kind = kind_of(&next);
        let date_under_place = text.trim_end().ends_with(',')
            && matches!(next_kind, Some((Joinable::PlaceDate, _)))
            && crate::text::fold::skeleton(&next)
                .trim_start()
                .starts_with("ngay");
        if next.len() > 120 || next_kind.is_some() && !date_under_place {
            continue;
        }
        // The glue that makes the closer phrase, closer than the line alone.
        let glue = [Glue::Space, Glue::None]
            .into_iter()
            .filter_map(|g| {
                let joined = match g {
                    Glue::Space => format!("{text} {next}"),
                    Glue::None => format!("{text}{next}"),
                };
                kind_of(&joined).map(|(_, edits)| (edits, g))
            })
            .min_by_key(|&(edits, _)| edits)
            .filter(|&(edits, _)| alone.is_none_or(|(_, e)| edits < e));
        let Some((_, glue)) = glue else {
            continue;
        };
        let tail = lines[j].pieces.clone();
        lines[i].pieces.append(glue, &tail);
        removed[j] = true;
    }
    join_split_numbers(lines, nfc, &mut removed);
    join_type_names(lines, nfc, &mut removed, limit);
    join_wrapped_ky_hieu(lines, nfc, &mut removed, limit);
    let mut k = 0;
    lines.retain(|_| {
        k += 1;
        !removed[k - 1]
    });
}

/// A type name whose longer form goes on on the next line (`PHIẾU TRÌNH` / `GIẢI QUYẾT CÔNG
/// VIỆC`): one line, the longer name.
fn join_type_names(lines: &mut [ReadLine], nfc: &str, removed: &mut [bool], limit: usize) {
    for i in 0..limit.saturating_sub(1) {
        if removed[i] || removed[i + 1] {
            continue;
        }
        let text = lines[i].pieces.text(nfc);
        if text.len() > 60 || lines[i + 1].column != lines[i].column {
            continue;
        }
        let next = lines[i + 1].pieces.text(nfc);
        // Both in capitals and short; then only is the type table asked (its look-up folds).
        if next.len() > 60
            || !crate::text::fold::is_upper(&text)
            || !crate::text::fold::is_upper(&next)
        {
            continue;
        }
        let Some(short) = crate::model::doctype::by_name(&text) else {
            continue;
        };
        let joined = format!("{} {}", text.trim(), next.trim());
        if crate::model::doctype::by_name(&joined).is_some_and(|long| long.name != short.name) {
            let tail = lines[i + 1].pieces.clone();
            lines[i].pieces.append(Glue::Space, &tail);
            removed[i + 1] = true;
        }
    }
}

/// A ký hiệu wrapped at a hyphen or a slash (`Số: 01/2022/TTLT-VKSNDTC-` / `TANDTC-BCA-BQP`):
/// its rest, a code alone in the column under it, joins it without a space.
fn join_wrapped_ky_hieu(lines: &mut [ReadLine], nfc: &str, removed: &mut [bool], limit: usize) {
    for i in 0..limit {
        if removed[i] {
            continue;
        }
        let text = lines[i].pieces.text(nfc);
        // A Số line cut after a hyphen is no whole Số line to the grammar.
        if text.len() >= 80 || !text.trim_end().ends_with(['-', '/']) || !text.contains('/') {
            continue;
        }
        if !crate::text::fold::skeleton(&text)
            .trim_start()
            .starts_with("so")
        {
            continue;
        }
        // The line under it in its column; a Số line joined from a wrapped `Số:` ends a row
        // lower than it starts.
        let a = &lines[i];
        let Some(j) = (i + 1..lines.len().min(i + 1 + LOOK_AHEAD)).find(|&j| {
            let b = &lines[j];
            !removed[j]
                && b.column == a.column
                && b.row > a.row
                && b.row <= a.row + 2
                && b.in_table == a.in_table
        }) else {
            continue;
        };
        let next = lines[j].pieces.text(nfc);
        let t = next.trim();
        let code = !t.is_empty()
            && t.len() <= 60
            && !t.contains(' ')
            && t.chars().any(crate::text::fold::is_capital)
            && !t.chars().any(crate::text::fold::is_lower);
        if !removed[j] && code {
            let tail = lines[j].pieces.clone();
            lines[i].pieces.append(Glue::None, &tail);
            removed[j] = true;
        }
    }
}

/// How far apart (in lines) a number and its ký hiệu set as separate runs may be.
const NUMBER_REACH: usize = 4;

/// A number and its ký hiệu set as separate runs of a signed PDF (the văn thư's system stamps
/// the number into the gap), which a text layer without `-layout` gives lines apart:
/// `Số: 329` … `/BC-UBND`, or `12094` … `Số: /BNV-CCHC`. Joined as one Số line.
fn join_split_numbers(lines: &mut [ReadLine], nfc: &str, removed: &mut [bool]) {
    let limit = lines.len().min(HEADER_LINES);
    for i in 0..limit {
        if removed[i] {
            continue;
        }
        // `Số:` and its ký hiệu as one run, or as two joined above (`Số:` / `/BNV-CCHC`).
        let (head, tail) = match lines[i].pieces.pieces.as_slice() {
            [one] => (*one, None),
            [head, tail]
                if so_opening(head.of(nfc))
                    .is_some_and(|a| head.of(nfc)[a..].trim().is_empty()) =>
            {
                (*head, Some(*tail))
            }
            _ => continue,
        };
        let text = head.of(nfc);
        let Some(number_at) = so_opening(text) else {
            continue;
        };
        let rest = match tail {
            None => text[number_at..].trim(),
            Some(t) => t.of(nfc).trim(),
        };
        let near = |removed: &[bool]| {
            (i.saturating_sub(NUMBER_REACH)..limit.min(i + 1 + NUMBER_REACH))
                .filter(|&j| j != i && !removed[j] && lines[j].pieces.pieces.len() == 1)
                .collect::<Vec<_>>()
        };
        if tail.is_none() && rest.is_empty() {
            // `Số:` alone, a draft's blank number's ký hiệu on the next line of the reading
            // after a blank line (`Số:` / `` / `/QĐ-UBND`): a text layer set the blank's run
            // apart. (Under it with no blank line, the wrapped phrase is joined above.)
            let next = (i + 1..limit).find(|&j| !removed[j]);
            if let Some(j) = next.filter(|&j| {
                lines[j].pieces.pieces.len() == 1
                    && lines[j].row <= lines[i].row + 2
                    && lines[j].column == lines[i].column
                    && is_lone_ky_hieu(lines[j].pieces.first().of(nfc))
            }) {
                let after = lines[j].pieces.clone();
                lines[i].pieces.append(Glue::Space, &after);
                removed[j] = true;
            }
        } else if tail.is_none() && is_bare_number(rest) {
            // `Số: 329`, its ký hiệu after it: near, or past the other column's lines that a
            // text layer gives in between (`Số: 102` / Quốc hiệu / Tiêu ngữ / rule / date /
            // `/QĐ-TTPVHCC`).
            let past_other_column = (i + 1..limit)
                .filter(|&j| !removed[j])
                .find(|&j| !is_other_column_line(lines[j].pieces.text(nfc).trim()))
                .filter(|&j| lines[j].pieces.pieces.len() == 1);
            if let Some(j) = near(removed)
                .into_iter()
                .chain(past_other_column)
                .find(|&j| j > i && is_lone_ky_hieu(lines[j].pieces.first().of(nfc)))
            {
                let after = lines[j].pieces.clone();
                lines[i].pieces.append(Glue::Space, &after);
                removed[j] = true;
            }
        } else if rest.starts_with('/') && is_lone_ky_hieu(rest) {
            // `Số: /BNV-CCHC`, its number just before it or under it (`Số:` / `216 /VP-HCQT`
            // wrapped, the number's blank run setting it apart as a column).
            let Some(j) = near(removed).into_iter().rev().find(|&j| {
                j + 2 >= i && j <= i + 2 && is_bare_number(lines[j].pieces.first().of(nfc).trim())
            }) else {
                continue;
            };
            let n = lines[j].pieces.first();
            let n_text = n.of(nfc);
            let number = Span::new(
                n.start + (n_text.len() - n_text.trim_start().len()) as u32,
                n.start + n_text.trim_end().len() as u32,
            );
            let (so, ky_hieu) = match tail {
                Some(t) => (head, t),
                None => {
                    let slash =
                        head.start + (text.len() - text[number_at..].trim_start().len()) as u32;
                    (
                        Span::new(
                            head.start,
                            head.start + text[..number_at].trim_end().len() as u32,
                        ),
                        Span::new(slash, head.end),
                    )
                }
            };
            lines[i].pieces = Pieces {
                pieces: vec![so, number, ky_hieu],
                glue: vec![Glue::Space, Glue::Space],
            };
            removed[j] = true;
        }
    }
}

/// Where the number of a `Số:` line opens (after `Số:` and its spaces), if the line opens so.
fn so_opening(text: &str) -> Option<usize> {
    let t = text.trim_start();
    let lead = text.len() - t.len();
    let word = t.strip_prefix("Số").or_else(|| t.strip_prefix("SỐ"))?;
    let after = word.trim_start().strip_prefix(':')?;
    Some(lead + t.len() - after.len())
}

/// A line of the header's right column: the Quốc hiệu, the Tiêu ngữ, the rule drawn under
/// them, the place and date.
fn is_other_column_line(t: &str) -> bool {
    let rule = t.chars().count() >= 3 && t.chars().all(|c| matches!(c, '_' | '-' | '–' | '—'));
    rule || kind_of(t).is_some_and(|(k, edits)| k != Joinable::So && edits <= 2)
}

/// `329`, `12094`: a number alone, as the văn thư's system stamps it.
fn is_bare_number(t: &str) -> bool {
    (1..=6).contains(&t.len()) && t.bytes().all(|b| b.is_ascii_digit())
}

/// `/BC-UBND`, `/SNV-CCHC`: a ký hiệu alone on its line, from its slash.
fn is_lone_ky_hieu(t: &str) -> bool {
    let t = t.trim();
    t.starts_with('/')
        && t.len() <= 40
        && !t.contains(' ')
        && t.chars()
            .filter(|c| crate::text::fold::is_capital(*c))
            .count()
            >= 2
        && !t.chars().any(crate::text::fold::is_lower)
}

#[cfg(test)]
mod tests {
    use crate::config::InputFormat;

    fn read(text: &str) -> Vec<String> {
        let r = crate::recognize::read::read(text, InputFormat::Text);
        r.lines.iter().map(|l| l.pieces.text(text)).collect()
    }

    #[test]
    fn a_draft_date_whose_blank_day_pushed_its_rest_a_line_down() {
        let text = "BỘ CÔNG THƯƠNG\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\nHà Nội, ngày\n\ntháng 6 năm 2025\n\nBẢN ĐÁNH GIÁ\n";
        assert_eq!(
            read(text)[3..],
            ["Hà Nội, ngày tháng 6 năm 2025", "BẢN ĐÁNH GIÁ"]
        );
        // Two blank lines down is too far to be the same date.
        let text = text.replace("ngày\n\n", "ngày\n\n\n");
        assert!(read(&text).contains(&"Hà Nội, ngày".to_owned()));
        // Day and month left blank, each gap pushing the rest a line down; the number's ký
        // hiệu a blank line under its `Số:`.
        let text = "ỦY BAN NHÂN DÂN\nTỈNH LAI CHÂU\n\nSố:\n\n/QĐ-UBND\n\nCỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\nĐộc lập - Tự do - Hạnh phúc\n\nLai Châu, ngày\n\ntháng\n\nnăm 2025\n\nQUYẾT ĐỊNH\n";
        assert_eq!(
            read(text),
            [
                "ỦY BAN NHÂN DÂN",
                "TỈNH LAI CHÂU",
                "Số: /QĐ-UBND",
                "CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                "Độc lập - Tự do - Hạnh phúc",
                "Lai Châu, ngày tháng năm 2025",
                "QUYẾT ĐỊNH",
            ]
        );
        // A body line that ends with `ngày` and a sentence under it are no date.
        let text = "ỦY BAN NHÂN DÂN\nTỈNH LAI CHÂU\nSố: 12/QĐ-UBND\nQUYẾT ĐỊNH\nCăn cứ văn bản gửi trước ngày\n\ntháng này của Sở Tài chính;\n";
        let lines = read(text);
        assert!(
            lines.contains(&"Căn cứ văn bản gửi trước ngày".to_owned()),
            "{lines:?}"
        );
    }

    #[test]
    fn wrapped_header_phrases_are_joined() {
        let text = "UBND TỈNH LÀO CAI          CỘNG HÒA XÃ HỘI CHỦ NGHĨA\nSỞ CÔNG THƯƠNG                    VIỆT NAM\n                           Độc lập - Tự do -\n                              Hạnh phúc\nSố: 12/SCT-KT              Lào Cai, ngày 05 tháng 3\n                                  năm 2026\n";
        assert_eq!(
            read(text),
            [
                "UBND TỈNH LÀO CAI",
                "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                "SỞ CÔNG THƯƠNG",
                "Độc lập - Tự do - Hạnh phúc",
                "Số: 12/SCT-KT",
                "Lào Cai, ngày 05 tháng 3 năm 2026",
            ]
        );
    }

    #[test]
    fn a_number_on_the_line_under_so_and_a_word_wrapped_in_its_middle() {
        let text = "ỦY BAN NHÂN DÂN\nTỈNH LÀO CAI\nSố:\n12/QĐ-UBND\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh ph\núc\n";
        assert_eq!(
            read(text),
            [
                "ỦY BAN NHÂN DÂN",
                "TỈNH LÀO CAI",
                "Số: 12/QĐ-UBND",
                "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                "Độc lập - Tự do - Hạnh phúc",
            ]
        );
    }

    #[test]
    fn a_number_and_its_ky_hieu_set_apart() {
        let text = "ỦY BAN NHÂN DÂN\nTỈNH LÂM ĐỒNG\nSố: 329\n\n/BC-UBND\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n";
        assert_eq!(read(text)[2], "Số: 329 /BC-UBND");
        let text = "BỘ NỘI VỤ\nCỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n12094\nSố: /BNV-CCHC\nHà Nội, ngày 15 tháng 12 năm 2025\n";
        let lines = read(text);
        assert_eq!(lines[3], "Số: 12094 /BNV-CCHC");
        assert_eq!(lines.len(), 5);
        let text = "VĂN PHÒNG\n\n                Số:\n         216      /VP-HCQT\nV/v lấy ý kiến\n";
        // The number and the ký hiệu under a wrapped `Số:` keep the blank between them.
        assert_eq!(read(text)[1], "Số: 216      /VP-HCQT");
        let text = "BỘ NỘI VỤ\n12094\nSố:\n/BNV-CCHC\nHà Nội, ngày 15 tháng 12 năm 2025\n";
        assert_eq!(read(text)[1], "Số: 12094 /BNV-CCHC");
        // A number in the body is no part of a blank Số line far above it.
        let text = "BỘ NỘI VỤ\nSố: /BNV-CCHC\nKẾ HOẠCH\nMục tiêu\nNội dung\n2025\n";
        assert_eq!(read(text)[1], "Số: /BNV-CCHC");
    }

    /// A raw text layer gives the right column between the number and its ký hiệu
    /// (pdf-raw/qd-102-ttpvhcc-hanoi-2025-cu-tru).
    #[test]
    fn a_ky_hieu_set_apart_past_the_other_column() {
        let text = "ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HÀ NỘI\nTRUNG TÂM PHỤC VỤ\nHÀNH CHÍNH CÔNG\nSố: 102\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\nĐộc lập - Tự do - Hạnh phúc\n_________________________\n\nHà Nội, ngày 18 tháng 02 năm 2025\n\n/QĐ-TTPVHCC\n\nQUYẾT ĐỊNH\n";
        let lines = read(text);
        assert_eq!(lines[4], "Số: 102 /QĐ-TTPVHCC");
        assert_eq!(lines[9], "QUYẾT ĐỊNH");
        // Past a line of the body, a code is no ký hiệu of the number.
        let text = "ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HÀ NỘI\nSố: 102\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nHà Nội, ngày 18 tháng 02 năm 2025\nQUYẾT ĐỊNH\n/QĐ-TTPVHCC\n";
        assert_eq!(read(text)[2], "Số: 102");
    }

    /// A narrow header table: the place alone over its date, a date wrapped after `ngày`, a
    /// `Số:` over the number stamped apart from its ký hiệu.
    #[test]
    fn a_header_wrapped_in_a_narrow_table() {
        let text = "   UBND TỈNH                       CỘNG HÒA XÃ HỘI CHỦ\n    LÂM ĐỒNG                          NGHĨA VIỆT NAM\n   SỞ NỘI VỤ                     Độc lập - Tự do - Hạnh phúc\n      Số:                                  Lâm Đồng, ngày\n   181        /BC-SNV                18        tháng 9    năm 2025\n";
        let lines = read(text);
        assert!(
            lines.contains(&"Số: 181        /BC-SNV".to_owned()),
            "{lines:?}"
        );
        assert!(
            lines.contains(&"Lâm Đồng, ngày 18        tháng 9    năm 2025".to_owned()),
            "{lines:?}"
        );
        let text = "   UBND TỈNH                          CỘNG HÒA XÃ HỘI CHỦ\n   BÌNH THUẬN                           NGHĨA VIỆT NAM\n   Số: 12/BC-K4                                 Bình Thuận,\n                                       ngày   tháng 6 năm 2025\n";
        let lines = read(text);
        assert!(
            lines.contains(&"Bình Thuận, ngày   tháng 6 năm 2025".to_owned()),
            "{lines:?}"
        );
        // A date alone under a line that does not end as a place does stays alone.
        let text = "   Số: 12/BC-K4                              Kèm theo Kế hoạch\n                                       ngày 05 tháng 6 năm 2025\n";
        assert!(read(text).contains(&"ngày 05 tháng 6 năm 2025".to_owned()));
    }

    #[test]
    fn a_ky_hieu_wrapped_at_a_hyphen() {
        let text = "VIỆN KIỂM SÁT NHÂN DÂN TỐI CAO -            CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n   Số: 01/2022/TTLT-VKSNDTC-                 Hà Nội, ngày 18 tháng 02 năm 2022\n   TANDTC-BCA-BQP-BLĐTBXH\n";
        assert!(read(text).contains(&"Số: 01/2022/TTLT-VKSNDTC-TANDTC-BCA-BQP-BLĐTBXH".to_owned()));
        // Under a wrapped `Số:` too.
        let text = "   Số:                                  Hà Nội, ngày 18 tháng\n   01/2022/TTLT-VKSNDTC-                 02 năm 2022\n   TANDTC-BCA-BQP-BLĐTBXH\n";
        assert!(
            read(text).contains(&"Số: 01/2022/TTLT-VKSNDTC-TANDTC-BCA-BQP-BLĐTBXH".to_owned()),
            "{:?}",
            read(text)
        );
        // A Số line that ends whole keeps the line under it apart.
        let text = "UBND TỈNH\nSố: 12/QĐ-UBND\nQUYẾT ĐỊNH\n";
        assert_eq!(read(text)[1], "Số: 12/QĐ-UBND");
    }

    #[test]
    fn a_type_name_whose_longer_form_wraps() {
        let text = "UBND TỈNH BÌNH THUẬN\nVĂN PHÒNG\n\nPHIẾU TRÌNH\nGIẢI QUYẾT CÔNG VIỆC\n\nKính gửi: Chủ tịch\n";
        assert!(read(text).contains(&"PHIẾU TRÌNH GIẢI QUYẾT CÔNG VIỆC".to_owned()));
        // A trích yếu under a type name is no part of it.
        let text = "UBND TỈNH\nTỜ TRÌNH\nVỀ VIỆC PHÊ DUYỆT\n";
        assert_eq!(read(text)[1], "TỜ TRÌNH");
    }

    #[test]
    fn lines_that_are_whole_stay_apart() {
        let text = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nLào Cai, ngày 05 tháng 3 năm 2026\nKẾ HOẠCH\n";
        assert_eq!(read(text).len(), 4);
    }
}
