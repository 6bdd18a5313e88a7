//! Joins a header phrase a narrow column wrapped over two lines: `CỘNG HÒA XÃ HỘI CHỦ NGHĨA` /
//! `VIỆT NAM`, `Độc lập - Tự do -` / `Hạnh phúc`, `Lào Cai, ngày 05 tháng 3` / `năm 2026`,
//! `Số:` / `12/QĐ-UBND`, and the same wrapped inside a word. Two lines are joined only when
//! neither is the component alone and together they are.

use super::phrases;
use super::ReadLine;
use crate::document::LineKind;
use crate::reading::Glue;

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
            let around = |s: &str| s.chars().all(|c| !c.is_alphanumeric());
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
    match crate::parse::kind_of(text) {
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
    let head = crate::fold::skeleton(&text[..head_end]);
    let head = head.trim_start();
    let capital = text.starts_with(char::is_uppercase);
    head.starts_with("cong hoa")
        || head.starts_with("doc lap")
        || head.starts_with("dang cong san")
        || head.starts_with("so")
        // A place and the start of its date, or a place alone before its date (`Thành phố Hồ
        // Chí Minh,` / `ngày 05 tháng 3 năm 2026`).
        || capital && (text.contains("ngày") || text.contains("ngay") || text.trim_end().ends_with(','))
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

/// Joins wrapped header phrases in place.
pub fn join(lines: &mut Vec<ReadLine>, nfc: &str) {
    let mut removed = vec![false; lines.len()];
    let limit = lines.len().min(HEADER_LINES);
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
        if next.len() > 120 || kind_of(&next).is_some() {
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
    let mut k = 0;
    lines.retain(|_| {
        k += 1;
        !removed[k - 1]
    });
}

#[cfg(test)]
mod tests {
    use crate::config::InputFormat;

    fn read(text: &str) -> Vec<String> {
        let r = crate::reader::read(text, InputFormat::Text);
        r.lines.iter().map(|l| l.pieces.text(text)).collect()
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
    fn lines_that_are_whole_stay_apart() {
        let text = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nLào Cai, ngày 05 tháng 3 năm 2026\nKẾ HOẠCH\n";
        assert_eq!(read(text).len(), 4);
    }
}
