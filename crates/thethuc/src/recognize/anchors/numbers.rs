//! The header's number, place and date inside a line: `Số:` and its code (typed, bare or
//! stamped), the place-and-date phrase after it, and where each ends.

use super::words::{ends_caps, ends_clause, is_caps_word, is_drawn_rule, is_speck, words};
use super::Cut;
use crate::recognize::clues::floor_boundary;

/// `Số: 12/QĐ-UBND` and `Lào Cai, ngày 05 tháng 3 năm 2026` inside a header line. Returns the
/// numbers' byte ranges, which no other anchor cuts (`Số: /TTr - CP`: a ký hiệu's hyphen with
/// spaces around it opens no item, its part in capitals no heading).
pub(super) fn numbers_and_dates(
    text: &str,
    folded: &str,
    ws: &[(usize, usize)],
    out: &mut Vec<(usize, Cut)>,
) -> Vec<(usize, usize)> {
    let mut numbers = Vec::new();
    // Where the Số line read on this line ends: a place right after it starts the date.
    let mut so_end: Option<usize> = None;
    // Whether the header's date was cut on this line already.
    let mut date_cut = false;
    for (k, &(word_start, _)) in ws.iter().enumerate() {
        // A short rule glued before the number (`-0-Số: 144 /2002/QĐ/BTC`): the rule drawn
        // under the issuer, run on with the next line by a copy that lost the break after it.
        let glued_rule = glued_rule_len(&text[word_start..]);
        if glued_rule > 0 {
            out.push((word_start, Cut::Row));
        }
        let s = word_start + glued_rule;
        let f = &folded[s..];
        // The number: `Số` in capitals at a word start, after a header component or capitals;
        // an OCR's `Só`, `Sô` read tolerantly.
        // Right after the date cut before it, a scan's `só:` in lower case too.
        if text[s..].starts_with('S') || text[s..].starts_with("s") && cut_before(text, s, out) {
            let so_text = crate::recognize::clues::bounded(&text[s..], 200);
            let len = if f.starts_with("số") {
                crate::recognize::parse::so_len(f)
            } else {
                None
            };
            if let Some(len) = len
                .or_else(|| tolerant_so_len(so_text))
                .or_else(|| party_blank_len(so_text))
                .filter(|_| !cites_by_type(text, folded, ws, k))
            {
                let len = len + glued_unit_code(&text[s + len..]);
                // Right after the date cut above it (`Lào Cai, ngày 10 tháng 3 năm 2026 Số:
                // 1105/KH-ĐKT`), as a header read row by row gives it.
                // Or under the rule drawn beneath the issuer (`TÒA ÁN NHÂN DÂN TỐI CAO ––––– Số:
                // /TTr-TANDTC`).
                let word = |j: usize| &text[ws[j].0..ws[j].1];
                let before_ok = k == 0
                    || glued_rule > 0
                    || ends_caps(text, s)
                    || ends_clause(text, s)
                    || ends_motto(folded, s)
                    || cut_before(text, s, out)
                    || is_drawn_rule(word(k - 1))
                    // The Party's star under the issuer (`BAN TỔ CHỨC * Số -HD/BTCTU`).
                    || word(k - 1) == "*"
                    // Or after a year that ends a name in capitals (`… VIÊN CHỨC NĂM 2025`).
                    || k > 1
                        && word(k - 2) == "NĂM"
                        && word(k - 1).len() == 4
                        && word(k - 1).bytes().all(|c| c.is_ascii_digit())
                    // A scan's specks before it (`BAN THƯỜNG TRỰC ‹ Số: 4‡#7MTTQ-BTT`, the
                    // star read as a letter: `VIỆT NAM x Số 348-TB/TU`).
                    || specks_before(text, ws, k).is_some_and(|j| {
                        let at = ws[j].0;
                        ends_caps(text, at) || ends_clause(text, at) || ends_motto(folded, at)
                    });
                // The number a văn thư's system stamped before `Số:` (`Hạnh phúc 12094 Số:
                // /BNV-CCHC`): a line of its own, which `joins` puts back into the Số line.
                // (Not a year that ends the issuer's name: `HỘI ĐỒNG XÉT THĂNG HẠNG CDNN VIÊN
                // CHỨC NĂM 2025 Số: 355 /BC-HĐXTH`.)
                let stamped = k > 0 && {
                    let (a, b) = ws[k - 1];
                    let n = &text[a..b];
                    let year = k > 1 && {
                        let w = &folded[ws[k - 2].0..ws[k - 2].1];
                        w == "năm" || w == "nam"
                    };
                    n.len() <= 6
                        && !year
                        && n.bytes().all(|c| c.is_ascii_digit())
                        && (k == 1
                            || ends_caps(text, a)
                            || ends_clause(text, a)
                            || ends_motto(folded, a))
                };
                if stamped {
                    out.push((ws[k - 1].0, Cut::Column));
                }
                // Or a place and its date right after it (`GIÓ So T Ch.9 Số: 157/ QĐ- NĐ-UB Cao
                // Bằng, ngày 22 tháng 2 năm 1999`, a seal's garbled text before it): the
                // header's own pair, which a citing sentence never has.
                let date_follows = || place_date_follows(text, folded, s + len);
                if before_ok || stamped || date_follows() {
                    out.push((s, Cut::Column));
                    out.push((s + len, Cut::Column));
                    so_end = Some(s + len);
                    numbers.push((s, s + len));
                }
            }
        }
        // The date: from its `ngày` (or its digits after a comma), back over the place name.
        let date_start = f.starts_with("ngày")
            || (k > 0
                && text[..s].trim_end().ends_with(',')
                && f.starts_with(|c: char| c.is_ascii_digit()));
        if !date_start {
            continue;
        }
        let Some(len) = date_len_at(f) else {
            continue;
        };
        let Some(place) = place_start(text, ws, k) else {
            continue;
        };
        // A component cut before the date ends the place's words (`Độc lập - Tự do - Hạnh
        // Phúc Lào Cai, ngày …`, the motto's last word with a capital); not the end of a Số
        // line read on into the place (`TTLT-VKSNDTC- Hà Nội, ngày …`), undone below.
        let place = out
            .iter()
            .map(|&(c, _)| c)
            .filter(|&c| c > place && c < s && Some(c) != so_end)
            .max()
            .map_or(place, |c| {
                c + (text[c..].len() - text[c..].trim_start().len())
            });
        let end = s + len;
        // A scan's extra figure glued to the year (`năm 20235`) is the date's, as the line
        // reads it.
        let glued = text[..end]
            .ends_with(|c: char| c.is_ascii_digit())
            .then(|| text[end..].bytes().take_while(u8::is_ascii_digit).count())
            .filter(|&n| n <= 2)
            .unwrap_or(0);
        let end = end + glued;
        let end = end
            + text[end..]
                .find(|c: char| !matches!(c, '.' | ';'))
                .unwrap_or(text.len() - end);
        // A V/v that a one-space column layout ran into the date beside it (`V/v trả lời đề
        // nghị của Hà Nội, ngày …`) ends where the place begins.
        // So does one a document run together ran into the date (`Số: 464/STC-VP V/v góp ý …
        // trên địa bàn tỉnh Lâm Đồng Lâm Đồng, ngày …`), whatever follows the date.
        let after_vv = folded.starts_with("v/v") && end >= text.trim_end().len()
            || vv_before(text, folded, place, out);
        // The rule drawn under the motto right before the place (`Hạnh phúc ------ Hà nội,
        // ngày …`).
        let after_rule = text[..place]
            .split_whitespace()
            .next_back()
            .is_some_and(is_drawn_rule);
        let before_ok = place == 0
            || after_rule
            || ends_caps(text, place)
            || ends_clause(text, place)
            || ends_motto(folded, place)
            || ends_ky_hieu(text, place)
            || so_end.is_some_and(|e| e <= place && text[e..place].trim().is_empty())
            || after_vv;
        // After the date, the line ends or the next component starts: a word in capitals
        // (the type name), `V/v`, `Kính gửi`, `Số`.
        // A scan's specks may stand between (`năm 2025 : ,OUYẾT ĐỊNH`).
        let after = text[end..].trim_start();
        let specks = after.len() - after.trim_start_matches(is_speck_mark).len();
        let next_at =
            end + (text[end..].len() - after.len()) + if specks <= 6 { specks } else { 0 };
        let after = text[next_at..].trim_start();
        // Folding keeps byte offsets: the folded rest is a slice, not a copy of the line.
        let fa = folded[next_at..].trim_start();
        let after_ok = after.is_empty()
            // A V/v label a scan garbled (`V/w triển khai …`, `W⁄%w cử …`).
            || crate::recognize::assemble::is_scanned_vv_label(after)
            // `Số:` read `só:`.
            || after
                .split_whitespace()
                .next()
                .is_some_and(|w| crate::text::fold::skeleton(w) == "so:")
            || after
                .split_whitespace()
                .next()
                .is_some_and(|w| is_caps_word(w) && w.chars().count() >= 2)
            || fa.trim_start_matches(['“', '"']).starts_with("v/v")
            || fa.starts_with("kính gửi")
            || fa.starts_with("về việc")
            // A receipt stamp's clock beside the date (`Giờ:…… Ngày: ……`).
            || fa.starts_with("giờ:")
            || fa.starts_with("số:")
            || fa.starts_with("số ") && crate::recognize::clues::bounded(fa, 40).contains('/')
            // A header typed in lower case names its type in lower case too (`… năm 2002
            // quyết định của bộ trưởng …`); only under the rule, where no sentence stands.
            || after_rule && opens_with_type_name(after);
        // A V/v of two lines run together with the date beside its first (`V/v xin ý kiến …
        // Luật sửa đổi, Hà Nội, ngày … năm 2025 bổ sung một số điều …`): its first line broke
        // after a comma, and its words go on after the date in lower case, as the next row of
        // its column. A date the V/v cites follows a body's name (`… của UBND Lâm Đồng, ngày
        // …`), no comma. Only the header's first date.
        // A scan's header date whose day the scan garbled (`V/v hướng dẫn … điều chỉnh nội Hà
        // Nội, ngàyÄ)tháng 3 năm 2020 dung dạy học …`, the day written by hand) is the header's
        // wherever the V/v's first line broke: a date a V/v cites is printed whole.
        let garbled_day = crate::recognize::parse::date_len(f).is_none();
        let vv_goes_on = after_vv
            && !date_cut
            && (text[..place].trim_end().ends_with(',') || garbled_day)
            && after.starts_with(crate::text::fold::is_lower);
        // The header's first date right after the motto or the number read on this line is
        // the header's own whatever a scan left after it (`Hạnh phúc Hà Nội, ngày tháng năm
        // 2025 :40 :06 DỰ THẢO …`, a draft's stamps): no sentence stands there.
        let headers_own = !date_cut
            && (ends_motto(folded, place)
                || so_end.is_some_and(|e| e <= place && text[e..place].trim().is_empty()));
        if before_ok && (after_ok || vv_goes_on || headers_own) {
            date_cut = true;
            // Nothing cuts inside the date: a ký hiệu ending in a hyphen (`TTLT-VKSNDTC- Hà
            // Nội, ngày …`) was read on into the place.
            out.retain(|&(at, _)| at <= place || at >= end);
            for number in numbers.iter_mut().filter(|n| n.0 < place && place < n.1) {
                number.1 = place;
            }
            out.push((place, Cut::Column));
            out.push((end, Cut::Row));
        }
    }
    numbers
}

/// A legal document's number, its type named before it (`… Hạnh phúc Luật số: 140/2025/QH15
/// LUẬT SỬA ĐỔI …`), inside a header line: a line of its own. The colon tells it from a
/// sentence citing one (`Luật số 44/2024/QH15`).
pub(super) fn typed_numbers(
    text: &str,
    folded: &str,
    ws: &[(usize, usize)],
    out: &mut Vec<(usize, Cut)>,
) {
    for (k, &(s, _)) in ws.iter().enumerate() {
        if !text[s..].starts_with(['L', 'B', 'P', 'N']) {
            continue;
        }
        let f = &folded[s..];
        let Some(lead) = crate::recognize::clues::typed_number_lead(f) else {
            continue;
        };
        let number = &f[lead..];
        let Some(len) = crate::recognize::parse::so_len(number) else {
            continue;
        };
        let before_ok =
            k == 0 || ends_caps(text, s) || ends_clause(text, s) || ends_motto(folded, s);
        if before_ok {
            out.push((s, Cut::Column));
            out.push((s + lead + len, Cut::Row));
        }
    }
}

/// A cut in `cuts` just before `at`, with only white space between.
pub(super) fn cut_before(text: &str, at: usize, cuts: &[(usize, Cut)]) -> bool {
    cuts.iter()
        .any(|&(c, _)| c <= at && text[c..at].trim().is_empty())
}

/// Whether `Số` at word `k` cites a document by its type (`ĐOÀN KIỂM TRA THEO QUYẾT ĐỊNH SỐ
/// 1050/QĐ-SCT`, a body named after the decision that set it up): a type name right before
/// it, and no colon after it, which the header's own `Số:` has.
fn cites_by_type(text: &str, folded: &str, ws: &[(usize, usize)], k: usize) -> bool {
    let (s, e) = ws[k];
    if folded[s..e].contains(':')
        || ws
            .get(k + 1)
            .is_some_and(|&(a, _)| text[a..].starts_with(':'))
    {
        return false;
    }
    (1..=3.min(k)).any(|n| {
        let name = &text[ws[k - n].0..ws[k - 1].1];
        crate::model::doctype::by_name(name).is_some()
    })
}

/// `Số:` and a bare number with the Quốc hiệu cut right after it (`SỞ DÂN TỘC VÀ TÔN GIÁO Số:
/// 427 CỘNG HÒA … /SDTTG-VP Độc lập …`): a signed PDF's text layer sets the ký hiệu apart,
/// and `joins` puts it back. The number opens and ends a line of its own.
pub(super) fn bare_numbers(
    text: &str,
    folded: &str,
    ws: &[(usize, usize)],
    out: &mut Vec<(usize, Cut)>,
) {
    for k in 0..ws.len().saturating_sub(2) {
        let (s, e) = ws[k];
        if !(folded[s..e] == *"số:" && text[s..].starts_with('S')) {
            continue;
        }
        let (a, b) = ws[k + 1];
        let number = &text[a..b];
        if !(1..=6).contains(&number.len()) || !number.bytes().all(|c| c.is_ascii_digit()) {
            continue;
        }
        let next = ws[k + 2].0;
        let phrase_follows = out.iter().any(|&(c, _)| c == next);
        let before_ok =
            k == 0 || ends_caps(text, s) || ends_clause(text, s) || ends_motto(folded, s);
        if phrase_follows && before_ok {
            out.push((s, Cut::Column));
        }
    }
}

/// Whether a V/v that opens a component (after the ký hiệu or a header in capitals) runs on
/// to `at` with no stop and no component cut between (the Quốc hiệu and the motto beside it
/// come between in a header read row by row): the V/v's words, which a place and date after
/// them end.
fn vv_before(text: &str, folded: &str, at: usize, cuts: &[(usize, Cut)]) -> bool {
    /// A V/v is a few lines of a column at most.
    const VV_SPAN: usize = 400;
    let from = floor_boundary(folded, at.saturating_sub(VV_SPAN));
    let Some(vv) = memchr::memmem::rfind(&folded.as_bytes()[from..at], b"v/v").map(|v| from + v)
    else {
        return false;
    };
    let label_end = vv + "v/v".len();
    let words = folded[label_end..at].trim_start_matches([':', ' ']);
    vv > 0
        // Or right after the number cut before it, whatever its form (`Số1§4ØBGDĐT-GDPT`).
        && (ends_ky_hieu(text, vv) || ends_caps(text, vv) || cut_before(text, vv, cuts))
        && !words.trim().is_empty()
        && !words.contains(['.', ';', ':', '!', '?'])
        && !cuts.iter().any(|&(c, _)| c > vv && c < at)
}

/// Whether a text opens with a type name of one to three words, in any case (`quyết định của
/// bộ trưởng …`, `TỜ TRÌNH …`).
fn opens_with_type_name(text: &str) -> bool {
    let ws = words(crate::recognize::clues::bounded(text, 60));
    (1..=ws.len().min(3))
        .any(|n| crate::model::doctype::by_name(&text[ws[0].0..ws[n - 1].1]).is_some())
}

/// The length of a short rule drawn with characters (`-0-`, `-o0o-`, `***`) glued to the `Số`
/// that opens `word`, or 0.
fn glued_rule_len(word: &str) -> usize {
    let is_rule_char = |c: char| matches!(c, '-' | '_' | '=' | '*' | '–' | '—');
    let rule = word
        .find(|c: char| !(is_rule_char(c) || matches!(c, 'o' | 'O' | '0')))
        .unwrap_or(word.len());
    let drawn = &word[..rule];
    let framed = drawn.starts_with(is_rule_char) && drawn.ends_with(is_rule_char);
    if framed && drawn.chars().count() >= 2 && word[rule..].starts_with("Số") {
        rule
    } else {
        0
    }
}

/// A unit's code in brackets glued to a ký hiệu (`Số: 409 /TTr-CAT(PC04)`, the drafting
/// department of a police body): part of the number, not the next column. Its length, or 0.
fn glued_unit_code(rest: &str) -> usize {
    let Some(inner) = rest.strip_prefix('(') else {
        return 0;
    };
    match inner.find(')') {
        Some(close)
            if close > 0
                && close <= 12
                && inner[..close]
                    .chars()
                    .all(|c| c.is_alphanumeric() || c == '-' || c == '.') =>
        {
            close + 2
        }
        _ => 0,
    }
}

/// The length of a Số line the grammar cannot read (`Số: 2 5Ý/QĐ-ĐHQGHN`, `Số: 157/ QĐ- NĐ-UB`,
/// an OCR's specks and spaces in it) at the start of `text`: `Số:`, at most three words of
/// number, then the ký hiệu from its `/` to the first word that no `/` or `-` ties to it.
/// Where an OCR lost the slash (`Só:2QĐÐ-ĐHQGHN`, `Số: 44ÝTTr-CAT-PC04`), the ký hiệu is the
/// first word with a hyphen and capitals, as `parse::tolerant_so` reads it.
fn tolerant_so_len(text: &str) -> Option<usize> {
    let word_end = text
        .char_indices()
        .find(|&(_, c)| !crate::text::fold::is_letter(c))
        .map(|(i, _)| i)?;
    if crate::text::fold::skeleton(&text[..word_end]) != "so" {
        return None;
    }
    let rest = &text[word_end..];
    // A scan may lose the colon (`Số 52 - CV/HNDT`) or the colon and the space both
    // (`Số1§4ØBGDĐT-GDPT`), as `parse::tolerant_so` reads the line: then a figure opens the
    // number.
    let body = match rest.trim_start().strip_prefix(':') {
        Some(body) => body,
        None if rest.trim_start().starts_with(|c: char| c.is_ascii_digit()) => rest,
        // Or its figures read as letters (`Số đJ/0 -CV/BTGDVTU`): a slash and a figure in the
        // first word, a ký hiệu in capitals after the slash.
        None if garbled_figures(rest) => rest,
        None => return None,
    };
    let body_start = text.len() - body.len();
    let mut seen_slash = false;
    let mut open = true;
    let mut end = None;
    let mut words_before_slash = 0;
    for (a, b) in words(body) {
        let w = &body[a..b];
        if a > 60 {
            return None;
        }
        if seen_slash && !open && !w.starts_with(['-', '/']) {
            break;
        }
        let slashless_ky_hieu = || {
            w.contains('-')
                && w.chars()
                    .filter(|c| crate::text::fold::is_capital(*c))
                    .count()
                    >= 2
        };
        if w.contains('/') || !seen_slash && slashless_ky_hieu() {
            seen_slash = true;
        } else if !seen_slash {
            words_before_slash += 1;
            if words_before_slash > 3
                || w.chars()
                    .filter(|c| crate::text::fold::is_lower(*c))
                    .count()
                    >= 3
            {
                return None;
            }
        }
        end = Some(body_start + b);
        open = !seen_slash || w.ends_with(['/', '-']);
    }
    end.filter(|_| seen_slash)
}

/// Whether the words after a `Số` with no colon open with a number a scan garbled (`đJ/0
/// -CV/BTGDVTU`): the first word short and holding a slash and a figure, two capitals of the
/// ký hiệu after the slash. A sentence's `Số người/hộ` holds no figure.
fn garbled_figures(rest: &str) -> bool {
    let t = rest.trim_start();
    let Some(first) = t.split_whitespace().next() else {
        return false;
    };
    let Some(slash) = t.find('/') else {
        return false;
    };
    let capitals = crate::recognize::clues::bounded(&t[slash..], 40)
        .chars()
        .filter(|c| crate::text::fold::is_capital(*c))
        .count();
    t.len() < rest.len()
        && first.len() <= 12
        && first.contains('/')
        && first.bytes().any(|c| c.is_ascii_digit())
        && capitals >= 2
}

/// The length of a date whose numbers an OCR garbled (`ngày 05 tháng ê_ năm 2024`): `ngày`,
/// `tháng` and `năm` close together, then a year.
fn tolerant_date_len(folded: &str) -> Option<usize> {
    let rest = folded.strip_prefix("ngày")?;
    let t = rest
        .find("tháng")
        .filter(|&k| rest[..k].chars().count() <= 8)?;
    let after_t = &rest[t + "tháng".len()..];
    let n = after_t
        .find("năm")
        .filter(|&k| after_t[..k].chars().count() <= 8)?;
    let after_n = &after_t[n + "năm".len()..];
    let year = after_n.trim_start();
    let token = year.split_whitespace().next()?;
    let digits = token.bytes().filter(u8::is_ascii_digit).count();
    if digits < 2 || token.chars().count() > 8 {
        return None;
    }
    Some(folded.len() - year.len() + token.len())
}

/// Whether a place (a few capitalised words and a comma) and a date follow `at` right away.
fn place_date_follows(text: &str, folded: &str, at: usize) -> bool {
    let rest = &text[at..];
    let window = &rest[..floor_boundary(rest, rest.len().min(60))];
    let Some(ngay) = window.find(", ngày") else {
        return false;
    };
    let place: Vec<&str> = rest[..ngay].split_whitespace().collect();
    let date_at = at + ngay + ", ".len();
    (1..=6).contains(&place.len())
        && place
            .iter()
            .all(|w| w.starts_with(crate::text::fold::is_capital) || super::words::is_dash(w))
        && date_len_at(&folded[date_at..]).is_some()
}

/// The length of the date that opens a folded text (`ngày 05 tháng 3 năm 2026`), as the
/// grammar reads it or, failing that, a scan's slips read tolerantly.
fn date_len_at(folded: &str) -> Option<usize> {
    crate::recognize::parse::date_len(folded)
        .or_else(|| tolerant_date_len(crate::recognize::clues::bounded(folded, 160)))
}

/// A mark a scan leaves between two components, or a space.
fn is_speck_mark(c: char) -> bool {
    c.is_whitespace() || c == ':' || is_speck(c.encode_utf8(&mut [0; 4]))
}

/// Where the scan's specks standing as words right before word `k` start (`‹`, `x`: a mark,
/// or a lone consonant, which no Vietnamese word is): their first word, if there are one to
/// three of them after another word.
fn specks_before(text: &str, ws: &[(usize, usize)], k: usize) -> Option<usize> {
    let speck = |j: usize| {
        let w = &text[ws[j].0..ws[j].1];
        let lone_consonant = w.len() == 1
            && w.bytes()
                .all(|b| b.is_ascii_lowercase() && !b"aeiouy".contains(&b));
        is_speck(w) || lone_consonant
    };
    let first = (k.saturating_sub(3)..k)
        .rev()
        .take_while(|&j| speck(j))
        .last()?;
    (first > 0).then_some(first)
}

/// A Party number left blank in a draft, without its colon (`Số -HD/BTCTU`, `Số   -KH/TU`):
/// the word after `Số` opens with the hyphen and holds the slash and the codes in capitals.
fn party_blank_len(text: &str) -> Option<usize> {
    let rest = text.strip_prefix("Số")?;
    let w = rest.trim_start();
    if w.len() == rest.len() {
        return None;
    }
    let code = w.split_whitespace().next()?;
    let ok = code.starts_with('-')
        && code.contains('/')
        && code.len() <= 40
        && code[1..]
            .chars()
            .all(|c| c.is_alphanumeric() || matches!(c, '-' | '/' | '.' | '&'))
        && code
            .chars()
            .filter(|c| crate::text::fold::is_capital(*c))
            .count()
            >= 2;
    ok.then(|| text.len() - w.len() + code.len())
}

/// The text before `at` ends with the motto's last word.
fn ends_motto(folded: &str, at: usize) -> bool {
    let before = folded[..at].trim_end();
    before.ends_with("phúc") || before.ends_with("phuc")
}

/// The text before `at` ends with a ký hiệu (`12/QĐ-UBND`, `/SCT-CN`).
pub(super) fn ends_ky_hieu(text: &str, at: usize) -> bool {
    text[..at]
        .split_whitespace()
        .next_back()
        .is_some_and(|w| w.contains('/') && w.chars().any(crate::text::fold::is_capital))
}

/// Where the place name before the date word `k` starts: capitalised words (`Lào Cai`,
/// `TP. Hồ Chí Minh`, `Bà Rịa - Vũng Tàu`), at most six, then an optional comma.
fn place_start(text: &str, ws: &[(usize, usize)], k: usize) -> Option<usize> {
    let mut start = None;
    let mut count = 0;
    let mut titled = false;
    let mut caps_words = 0;
    let mut j = k;
    // The word right before `ngày` carries the comma (`Cai,`) or stands alone before a comma.
    while j > 0 && count < 6 {
        let (a, b) = ws[j - 1];
        let w = text[a..b].trim_end_matches(',');
        if w.is_empty() {
            j -= 1;
            continue;
        }
        let capital = w.chars().next().is_some_and(crate::text::fold::is_capital);
        // `-` between two names (`Bà Rịa - Vũng Tàu`); the lower-case half of a unit's kind
        // after its capital (`Thành phố Hồ Chí Minh`, `Thị xã Sa Pa`).
        let connector = super::words::is_dash(w)
            || matches!(w, "phố" | "phó" | "xã" | "trấn")
                && j >= 2
                && matches!(&text[ws[j - 2].0..ws[j - 2].1], "Thành" | "Thị");
        // An older text's place with its second word in lower case (`Hà nội, ngày …`): the
        // word with the comma, after a capital.
        let lowered_end = j == k
            && text[a..b].ends_with(',')
            && j >= 2
            && text[ws[j - 2].0..ws[j - 2].1].starts_with(crate::text::fold::is_capital)
            && w.chars().all(crate::text::fold::is_lower);
        let caps = is_caps_word(w)
            && w.chars()
                .filter(|c| crate::text::fold::is_letter(*c))
                .count()
                >= 2;
        let title = capital && !caps || lowered_end;
        // A ký hiệu, a label's colon (`Só:2QĐ-ĐHQGHN`, its slash lost) or a word in lower
        // case ends the place.
        if w.contains(['/', ':']) || !(capital || connector || lowered_end) {
            break;
        }
        // Capitals after title-case place words belong to the issuer (`SỞ Y TẾ Hà Nội, ngày`).
        if caps && count > 0 && !w.ends_with('.') {
            break;
        }
        start = Some(a);
        count += 1;
        titled |= title;
        caps_words += usize::from(caps);
        j -= 1;
    }
    // The same words twice (`… trên địa bàn tỉnh Lâm Đồng Lâm Đồng, ngày`): the first are the
    // end of what stands before the place (a V/v, an issuer's name), the place is the second.
    let place: Vec<&str> = ws[j..k]
        .iter()
        .map(|&(a, b)| text[a..b].trim_end_matches(','))
        .filter(|w| !w.is_empty())
        .collect();
    let half = place.len() / 2;
    if half > 0 && place.len().is_multiple_of(2) && place[..half] == place[half..] {
        start = ws[j..k]
            .iter()
            .filter(|&&(a, b)| !text[a..b].trim_end_matches(',').is_empty())
            .nth(half)
            .map(|&(a, _)| a);
    }
    // A place in title case (`Lào Cai`), or two words in capitals (`HÀ NỘI`); not a code (`CP`).
    start.filter(|_| titled || caps_words >= 2)
}

#[cfg(test)]
mod tests {
    use crate::recognize::anchors::test_support::*;

    /// A header run together whose number and date a scan or a draft left in odd forms: a
    /// ký hiệu with spaces around its hyphen (`/TTr - CP`, no heading in capitals opens at
    /// `CP`), the draft's blank date right after the motto with a stamp's figures after it, a
    /// receipt stamp's clock after the date (the number before it garbled), a number whose
    /// figures a scan read as letters and whose colon it lost (`Số đJ/0 -CV/BTGDVTU`, its V/v
    /// garbled too).
    #[test]
    fn header_numbers_and_dates_in_odd_forms_run_together() {
        let parse = |head: &str| crate::check::parse(&format!("{head} {RUN_TOGETHER_TAIL}\n"));
        let draft = parse("CHÍNH PHỦ Số: /TTr - CP CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc Hà Nội, ngày tháng năm 2025 :40 :06 DỰ THẢO 10 TỜ TRÌNH Xây dựng Luật An toàn thực phẩm (sửa đổi)");
        assert_eq!(line_of(&draft, draft.header.so), Some("Số: /TTr - CP"));
        assert_eq!(
            line_of(&draft, draft.header.place_date),
            Some("Hà Nội, ngày tháng năm 2025")
        );
        let stamped = parse("CHÍNH PHỦ CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc |setrer:phi ni. PHÔ: Ề 260/2025/NĐ-CP Hà Nội, ngày 10 tháng 10 năm 2025 Giờ:.....C........ NGHỊ ĐỊNH Sửa đổi mức thuế suất thuế xuất khẩu");
        assert_eq!(
            line_of(&stamped, stamped.header.place_date),
            Some("Hà Nội, ngày 10 tháng 10 năm 2025")
        );
        let garbled = parse("TỈNH ỦY LÂM ĐỒNG ĐẢNG CỘNG SẢN VIỆT NAM BAN TUYÊN GIÁO VÀ DÂN VẬN Lâm Đồng, ngày 05 tháng 9 năm 2025 Số đJ/0 -CV/BTGDVTU ƒ/w cử lãnh đạo Ban tham gia Ban Vì sự tiến bộ của phụ nữ Kính gửi: Sở Nội vụ.");
        assert_eq!(
            line_of(&garbled, garbled.header.so),
            Some("Số đJ/0 -CV/BTGDVTU")
        );
        // A sentence's `Số người/hộ` is no number.
        let line = "BẢNG TỔNG HỢP Số người/hộ gia đình được hỗ trợ trong năm";
        assert_eq!(parts(line, HEADER), [line]);
    }

    /// A header typed all in lower case (an old capitals font's text) run together: the
    /// number between the issuer and the Quốc hiệu, the rule under the issuer glued to it
    /// (`-0-Số:`), the place's second word and the type name in lower case after the rule under
    /// the motto. Each is read as in capitals.
    #[test]
    fn a_header_typed_in_lower_case_run_together() {
        let head = "bộ tài chính -0-Số: 144 /2002/QĐ/BTC cộng hoà xã hội chủ nghĩa Việt nam Độc lập-Tự do-Hạnh phúc -------------------------------- Hà nội, ngày 22 tháng 11 năm 2002 quyết định của bộ trưởng bộ tài chính về việc sửa đổi mức thuế suất thuế nhập khẩu ưu đãi";
        let parsed = crate::check::parse(&format!("{head} {RUN_TOGETHER_TAIL}\n"));
        let issuer = issuer_lines(&parsed);
        assert_eq!(issuer, ["bộ tài chính"]);
        assert_eq!(
            line_of(&parsed, parsed.header.so),
            Some("Số: 144 /2002/QĐ/BTC")
        );
        assert_eq!(
            line_of(&parsed, parsed.header.quoc_hieu),
            Some("cộng hoà xã hội chủ nghĩa Việt nam")
        );
        assert_eq!(
            line_of(&parsed, parsed.header.place_date),
            Some("Hà nội, ngày 22 tháng 11 năm 2002")
        );
        // A sentence that names a place and a date stays whole.
        let line = "Đoàn công tác của Bộ làm việc tại Hà nội, ngày 22 tháng 11 năm 2002 quyết định các nội dung";
        assert_eq!(parts(line, HEADER), [line]);
    }

    /// A V/v of two lines run together with the date beside its first: the date stands apart
    /// and the V/v's words go on after it; a date in a sentence stays in it.
    #[test]
    fn a_date_inside_a_vv_run_together() {
        let got = parts(
            "Số: 4432/BNG-LPQT V/v xin ý kiến đối với dự thảo Luật sửa đổi, Hà Nội, ngày 16 tháng 7 năm 2025 bổ sung một số điều của Luật Điều ước quốc tế",
            HEADER,
        );
        assert!(
            got.contains(&"Hà Nội, ngày 16 tháng 7 năm 2025".to_owned()),
            "{got:#?}"
        );
        assert!(
            got.contains(&"bổ sung một số điều của Luật Điều ước quốc tế".to_owned()),
            "{got:#?}"
        );
        let line =
            "Hội nghị được tổ chức tại Hà Nội, ngày 16 tháng 7 năm 2025 với sự tham gia của các Bộ";
        assert_eq!(parts(line, HEADER), [line]);
        // The V/v's first line broke inside a phrase, beside the date whose day a scan
        // garbled: the date stands apart all the same.
        let got = parts(
            "Số: 1113/BGDĐT-GDTrH V/v hướng dẫn thực hiện điều chỉnh nội Hà Nội, ngàyÄ)tháng 3 năm 2020 dung dạy học học kì II năm học 2019-2020",
            HEADER,
        );
        assert!(
            got.contains(&"Hà Nội, ngàyÄ)tháng 3 năm 2020".to_owned()),
            "{got:#?}"
        );
        // A date the V/v cites, printed whole, stays in it.
        let line = "Số: 1113/BGDĐT-GDTrH V/v tổ chức hội nghị tại Hà Nội, ngày 16 tháng 7 năm 2025 về công tác tuyển sinh";
        assert!(
            !parts(line, HEADER)
                .iter()
                .any(|p| p.starts_with("Hà Nội, ngày")),
            "{:#?}",
            parts(line, HEADER)
        );
    }

    #[test]
    fn a_unit_code_glued_to_the_ky_hieu_stays_in_the_number() {
        assert_eq!(
            parts("Số: 409 /TTr-CAT(PC04)", HEADER),
            ["Số: 409 /TTr-CAT(PC04)"]
        );
        // A note in brackets after a space is the next column's.
        assert_eq!(
            parts("Số: 12/SCT-KT (Dự thảo lần 2)", HEADER),
            ["Số: 12/SCT-KT", "(Dự thảo lần 2)"]
        );
        // Under the rule drawn beneath the issuer, the number left blank in a draft.
        let got = parts(
            "TÒA ÁN NHÂN DÂN TỐI CAO –––––––––– Số: /TTr-TANDTC (Dự thảo 3) CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
            HEADER,
        );
        assert!(got.contains(&"Số: /TTr-TANDTC".to_owned()), "{got:#?}");
        // A year that ends the issuer's name is no stamped number.
        let got = parts(
            "HỘI ĐỒNG XÉT THĂNG HẠNG Đồng Tháp, ngày 13 tháng 4 năm 2026 CDNN VIÊN CHỨC NĂM 2025 Số: 355 /BC-HĐXTH BÁO CÁO",
            HEADER,
        );
        assert!(
            got.contains(&"CDNN VIÊN CHỨC NĂM 2025".to_owned()),
            "{got:#?}"
        );
        // Under the Party's star, its number without a colon, left blank.
        let got = parts(
            "THÀNH UỶ HÀ NỘI BAN TỔ CHỨC * Số -HD/BTCTU ĐẢNG CỘNG SẢN VIỆT NAM Hà Nội, ngày tháng 8 năm 2025 HƯỚNG DẪN Thực hiện quy trình trao tặng Huy hiệu Đảng ----Căn cứ Điều lệ Đảng",
            HEADER,
        );
        assert!(got.contains(&"Số -HD/BTCTU".to_owned()), "{got:#?}");
        // The rule glued to the next line's first word is a line of its own.
        assert!(
            got.ends_with(&["----".to_owned(), "Căn cứ Điều lệ Đảng".to_owned()]),
            "{got:#?}"
        );
    }

    #[test]
    fn a_date_beside_a_vv_or_a_hyphenated_ky_hieu() {
        assert_eq!(
            parts(
                "V/v trả lời đề nghị của Hà Nội, ngày 06 tháng 10 năm 2025",
                HEADER
            ),
            [
                "V/v trả lời đề nghị của",
                "Hà Nội, ngày 06 tháng 10 năm 2025"
            ]
        );
        assert_eq!(
            parts(
                "Số: 01/2022/TTLT-VKSNDTC- Hà Nội, ngày 18 tháng 02 năm 2022",
                HEADER
            ),
            [
                "Số: 01/2022/TTLT-VKSNDTC-",
                "Hà Nội, ngày 18 tháng 02 năm 2022"
            ]
        );
    }

    /// In a document run together the V/v runs into the date whatever follows the date; a
    /// V/v that ends with a stop, or cites a date in its words, keeps them.
    #[test]
    fn a_date_a_run_together_vv_ran_into() {
        let head = "UBND TỈNH LÂM ĐỒNG CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM SỞ TÀI CHÍNH Độc lập - Tự do - Hạnh phúc Số: 464 /STC-VP";
        let tail = "Kính gửi: Sở Nội vụ tỉnh Lâm Đồng Theo đề nghị của Sở Nội vụ tại Công văn số 215/SNV-CCHC ngày 14/01/2026. Nơi nhận: - Như trên; - Lưu: VT. KT. GIÁM ĐỐC PHÓ GIÁM ĐỐC Nguyễn Văn An";
        let text = format!("{head} V/v góp ý dự thảo Kế hoạch năm 2026 trên địa bàn tỉnh Lâm Đồng Lâm Đồng, ngày 15 tháng 01 năm 2026 {tail}");
        let got = parts(&text, HEADER);
        assert!(
            got.iter()
                .any(|p| p == "V/v góp ý dự thảo Kế hoạch năm 2026 trên địa bàn tỉnh Lâm Đồng")
                && got
                    .iter()
                    .any(|p| p == "Lâm Đồng, ngày 15 tháng 01 năm 2026"),
            "{got:#?}"
        );
        // The Quốc hiệu and the motto between the V/v and the date: the V/v ends before them.
        let text = format!("UBND TỈNH LÀO CAI SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG Số: 6987 /SNNMT-KS V/v yêu cầu thực hiện các quy định CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh Phúc Lào Cai, ngày 23 tháng 7 năm 2026 {tail}");
        let got = parts(&text, HEADER);
        assert!(
            got.iter().any(|p| p == "Độc lập - Tự do - Hạnh Phúc")
                && got.iter().any(|p| p == "Lào Cai, ngày 23 tháng 7 năm 2026"),
            "{got:#?}"
        );
        // A date the V/v cites, lower-case words after it: the V/v's own.
        let text = format!(
            "{head} V/v góp ý Kế hoạch của UBND Lâm Đồng, ngày 15 tháng 01 năm 2026 của Sở {tail}"
        );
        let got = parts(&text, HEADER);
        assert!(
            !got.iter().any(|p| p.starts_with("Lâm Đồng, ngày")),
            "{got:#?}"
        );
    }

    /// A place whose unit kind is half in lower case (`Thành phố`, `Thị xã`) is one place; a
    /// number after the date starts its own line.
    #[test]
    fn a_city_date_before_its_number() {
        let got = parts(
            "Độc lập - Tự do - Hạnh phúc Thành phố Hồ Chí Minh, ngày 14 tháng11 năm 2025 Số: 4646 /SGDĐT-TCCB V/v hướng dẫn",
            HEADER,
        );
        assert!(
            got.iter()
                .any(|p| p == "Thành phố Hồ Chí Minh, ngày 14 tháng11 năm 2025")
                && got.iter().any(|p| p == "Số: 4646 /SGDĐT-TCCB"),
            "{got:#?}"
        );
        let got = parts(
            "Số: 12/UBND-VP Thị xã Sa Pa, ngày 05 tháng 3 năm 2024",
            HEADER,
        );
        assert_eq!(
            got,
            ["Số: 12/UBND-VP", "Thị xã Sa Pa, ngày 05 tháng 3 năm 2024"]
        );
        // A lower-case `phố` after anything but `Thành` ends the place.
        let got = parts(
            "Độc lập - Tự do - Hạnh phúc tuyến phố Hàng Bông, ngày 14 tháng 11 năm 2025",
            HEADER,
        );
        assert!(!got.iter().any(|p| p.starts_with("phố")), "{got:#?}");
    }

    #[test]
    fn a_scanned_number_and_date_on_one_line() {
        assert_eq!(
            parts(
                "Số: 2 5Ý/QĐ-ĐHQGHN Hà Nội, ngày 05 tháng ê_ năm 2024",
                HEADER
            ),
            ["Số: 2 5Ý/QĐ-ĐHQGHN", "Hà Nội, ngày 05 tháng ê_ năm 2024"]
        );
        assert_eq!(
            parts(
                "Số: 157/ QĐ- NĐ-UB Cao Bằng, ngày 22 tháng 2 năm 1999.",
                HEADER
            ),
            ["Số: 157/ QĐ- NĐ-UB", "Cao Bằng, ngày 22 tháng 2 năm 1999."]
        );
        // Words before the slash are no number.
        assert_eq!(
            parts("Số: các văn bản đã ban hành/năm Hà Nội", HEADER).len(),
            1
        );
        // The slash lost, the `Số` misread: the ký hiệu is the word with a hyphen and capitals.
        assert_eq!(
            parts("Só:2QĐÐ-ĐHQGHN Hà Nội, ngày O5 tháng 6 năm 2024", HEADER),
            ["Só:2QĐÐ-ĐHQGHN", "Hà Nội, ngày O5 tháng 6 năm 2024"]
        );
        assert_eq!(
            parts(
                "Số: 44ÝTTr-CAT-PC04 Lâm Đông, ngày .1P tháng 12 năm 2025",
                HEADER
            ),
            [
                "Số: 44ÝTTr-CAT-PC04",
                "Lâm Đông, ngày .1P tháng 12 năm 2025"
            ]
        );
        // A word with a hyphen but no capitals after `Sơ:` is no ký hiệu.
        assert_eq!(
            parts(
                "Sơ: kết quả thực-hiện Hà Nội, ngày 05 tháng 6 năm 2024",
                HEADER
            )
            .len(),
            1
        );
    }

    #[test]
    fn a_stray_stop_before_a_scanned_date_is_no_line() {
        let text = "TỈNH ỦY LÂM ĐỒNG\n; Lâm Đồng, ngày 0⁄; tháng 9 năm 2025\n\
                    - Như trên ; KT. GIÁM ĐỐC\n";
        let r = crate::recognize::read::read(text, crate::config::InputFormat::Text);
        let lines: Vec<String> = r.lines.iter().map(|l| l.pieces.text(text)).collect();
        assert_eq!(
            lines[..2],
            ["TỈNH ỦY LÂM ĐỒNG", "Lâm Đồng, ngày 0⁄; tháng 9 năm 2025"]
        );
        // Elsewhere a stop standing alone is the line's own (NN004 judges it).
        assert!(
            lines.iter().any(|l| l.starts_with("- Như trên ;")),
            "{lines:?}"
        );
    }

    #[test]
    fn a_number_stamped_before_so_is_a_line_of_its_own() {
        assert_eq!(
            parts(
                "Độc lập - Tự do - Hạnh phúc 12094 Số: /BNV-CCHC Hà Nội, ngày 15 tháng 12 năm 2025",
                HEADER
            ),
            [
                "Độc lập - Tự do - Hạnh phúc",
                "12094",
                "Số: /BNV-CCHC",
                "Hà Nội, ngày 15 tháng 12 năm 2025"
            ]
        );
    }

    #[test]
    fn a_scanned_number_without_its_colon_opens_its_line() {
        // The colon lost, the number spaced (`Số 52 - CV/HNDT`), then the place and date.
        let got = parts(
            "BCH HỘI NÔNG DÂN TỈNH LÂM ĐỒNG Độc lập - Tự do - Hạnh phúc * Số 52 - CV/HNDT Lâm Đồng, ngày 09 tháng 9 năm 2025 V/v cử đại diện lãnh đạo tham gia",
            HEADER,
        );
        assert!(
            got.iter().any(|p| p.ends_with("Số 52 - CV/HNDT")),
            "{got:#?}"
        );
        assert!(
            got.contains(&"Lâm Đồng, ngày 09 tháng 9 năm 2025".to_owned()),
            "{got:#?}"
        );
        // The colon and the space both lost (`Số1§4ØBGDĐT-GDPT`), the slash too.
        let got = parts(
            "BỘ GIÁO DỤC VÀ ĐÀO TẠO Độc lập - Tự do - Hạnh phúc Số1§4ØBGDĐT-GDPT V/v kiểm tra thực trạng phòng học bộ môn",
            HEADER,
        );
        assert!(got.contains(&"Số1§4ØBGDĐT-GDPT".to_owned()), "{got:#?}");
        // An address in a sentence is no number.
        let got = parts(
            "Trụ sở đặt tại: Số 15 Lê Lợi, phường Bến Nghé, Thành phố Hồ Chí Minh.",
            HEADER,
        );
        assert!(!got.iter().any(|p| p.starts_with("Số 15")), "{got:#?}");
    }

    #[test]
    fn a_scans_specks_before_the_number_end_the_issuer() {
        let got = parts(
            "ỦY BAN MTTQ VIỆT NAM TỈNH LÂM ĐỒNG BAN THƯỜNG TRỰC ‹ Số: 4‡#7MTTQ-BTT Lâm Đồng, ngày 13 tháng 11 năm 2025",
            HEADER,
        );
        assert!(got.contains(&"Số: 4‡#7MTTQ-BTT".to_owned()), "{got:#?}");
        // The Party's star read as a letter.
        let got = parts(
            "TỈNH ỦY THÁI NGUYÊN ĐẢNG CỘNG SẢN VIỆT NAM x Số 348-TB/TU Thái Nguyên, ngày 22 tháng 8 năm 2025 THÔNG BÁO",
            HEADER,
        );
        assert!(got.contains(&"Số 348-TB/TU".to_owned()), "{got:#?}");
        // A seal's garbled text before it, the place and date right after it.
        let got = parts(
            "TỈNH CAO BẰNG Độc lập - Tự do - Hạnh phúc GIÓ So T Ch.9 Số: 157/ QĐ- NĐ-UB Cao Bằng, ngày 22 tháng 2 năm 1999. QUYẾT ĐỊNH",
            HEADER,
        );
        assert!(got.contains(&"Số: 157/ QĐ- NĐ-UB".to_owned()), "{got:#?}");
        // A sentence citing a number with no place after it is left whole.
        let sentence =
            "Căn cứ văn bản Số: 12/UBND-VP ngày 05 tháng 3 năm 2020 của Ủy ban nhân dân tỉnh.";
        assert_eq!(parts(sentence, HEADER), [sentence]);
    }

    #[test]
    fn a_scanned_date_ends_before_the_next_component_past_its_slips() {
        // A figure glued to the year, a V/v after it.
        let got = parts(
            "Số: 03/BC-LĐVTCT.LĐ Lâm Đồng, ngày 09 tháng 09 năm 20235 V/v địa chỉ đặt trụ sở",
            HEADER,
        );
        assert!(
            got.contains(&"Lâm Đồng, ngày 09 tháng 09 năm 20235".to_owned()),
            "{got:#?}"
        );
        // The V/v's label garbled (`V/w`).
        let got = parts(
            "Số: 464/TTg-CĐS Hà Nội, ngày30 tháng 4 năm 2026 V/w triển khai các Nghị quyết",
            HEADER,
        );
        assert!(
            got.contains(&"Hà Nội, ngày30 tháng 4 năm 2026".to_owned()),
            "{got:#?}"
        );
        // Specks before the type name.
        let got = parts(
            "Số: 01/2025/QĐ-TTg Hà Nội, ngày 03 tháng 01 năm 2025 : ,QUYẾT ĐỊNH Bãi bỏ toàn bộ",
            HEADER,
        );
        assert!(
            got.contains(&"Hà Nội, ngày 03 tháng 01 năm 2025".to_owned()),
            "{got:#?}"
        );
        // A city's place with its `phố` misread, then `Số` in lower case.
        let got = parts(
            "THÀNH PHỐ HỒ CHÍ MINH Thành phó Hồ Chí Minh, ngày 15 tháng 6 năm 2026 só: 753/KH-DCT KẾ HOẠCH",
            HEADER,
        );
        assert!(
            got.contains(&"Thành phó Hồ Chí Minh, ngày 15 tháng 6 năm 2026".to_owned()),
            "{got:#?}"
        );
        assert!(got.contains(&"só: 753/KH-DCT".to_owned()), "{got:#?}");
    }

    #[test]
    fn a_date_after_a_long_vv_under_a_slashless_number() {
        let got = parts(
            "Độc lập - Tự do - Hạnh phúc Số1§4ØBGDĐT-GDPT V/v kiểm tra, khảo sát, đánh giá thực trạng sử dụng phòng học bộ môn, thiết bị dạy học trong thực hiện giáo dục STEM tại các cơ sở giáo dục Hà Nội, ngày 10 tháng 4 năm 2026 Kính gửi: Các Sở Giáo dục và Đào tạo",
            HEADER,
        );
        assert!(
            got.contains(&"Hà Nội, ngày 10 tháng 4 năm 2026".to_owned()),
            "{got:#?}"
        );
    }
}

/// Dates written in figures in a header run together.
#[cfg(test)]
mod numeric_date_tests {
    use crate::recognize::anchors::test_support::*;

    /// A header run together whose date is written in figures (`Lào Cai, ngày 05/3/2026`,
    /// as many công văn write it): the place and the date are cut out as their own line,
    /// between the number and the V/v.
    #[test]
    fn a_date_in_figures_is_cut_out_of_a_header_run_together() {
        let got = parts(
            "ỦY BAN NHÂN DÂN TỈNH LÀO CAI CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc Số: 125/UBND-VP Lào Cai, ngày 05/3/2026 V/v triển khai công tác phòng, chống thiên tai năm 2026 Kính gửi: Các sở, ban, ngành tỉnh",
            HEADER,
        );
        assert!(
            got.contains(&"Lào Cai, ngày 05/3/2026".to_owned()),
            "{got:#?}"
        );
    }
}

/// Tests written for the mutants the mutation sample left alive (docs/mutation-testing.md).
#[cfg(test)]
mod mutation_tests {
    use crate::recognize::anchors::test_support::*;

    /// A V/v written with its colon (`V/v: góp ý …`) that a document run together ran into the
    /// date: the date is cut out as it is after a V/v without one.
    #[test]
    fn a_vv_with_its_colon_run_into_the_date() {
        let text = "UBND TỈNH LÂM ĐỒNG CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM SỞ TÀI CHÍNH Độc lập - Tự do - Hạnh phúc Số: 464 /STC-VP V/v: góp ý dự thảo Kế hoạch năm 2026 trên địa bàn tỉnh Lâm Đồng Lâm Đồng, ngày 15 tháng 01 năm 2026 Kính gửi: Sở Nội vụ tỉnh Lâm Đồng";
        let got = parts(text, HEADER);
        assert!(
            got.iter()
                .any(|p| p == "V/v: góp ý dự thảo Kế hoạch năm 2026 trên địa bàn tỉnh Lâm Đồng")
                && got
                    .iter()
                    .any(|p| p == "Lâm Đồng, ngày 15 tháng 01 năm 2026"),
            "{got:#?}"
        );
    }

    /// A sentence of a document run together that cites a number written `Số:` with a capital
    /// keeps it: only a scan's specks right before the number (none here) stand for the end of
    /// the issuer, and the issuer's capitals at the line's start are far away.
    #[test]
    fn a_cited_number_with_a_capital_stays_in_its_sentence() {
        let text = format!(
            "UBND TỈNH LÂM ĐỒNG CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM SỞ TÀI CHÍNH Độc lập - Tự do - Hạnh phúc Số: 464/STC-VP Lâm Đồng, ngày 15 tháng 01 năm 2026 KẾ HOẠCH Kiểm tra công tác tài chính năm 2026 Thực hiện văn bản Số: 215/UBND-VP ngày 14/01/2026 của Ủy ban nhân dân tỉnh về công tác kiểm tra. {RUN_TOGETHER_TAIL}"
        );
        let got = parts(&text, HEADER);
        assert!(
            got.iter().any(|p| p
                .contains("Thực hiện văn bản Số: 215/UBND-VP ngày 14/01/2026 của Ủy ban")),
            "{got:#?}"
        );
    }
}
