//! The closing inside a line: the recipients' label and list, the authority prefix, the position,
//! the signer's name, a signature stamp and a legal portal's footer.

use super::words::{ends_caps, ends_clause, is_caps_word, is_plain_caps, is_speck};
use super::Cut;
use crate::recognize::clues::{
    floor_boundary, garbled_glued_prefix, glued_label_end, is_garbled_title, is_position_words,
    is_scan_debris, is_scanned_label,
};
use crate::text::fold::fold_case;
use crate::text::phrases;

/// A legal portal's footer under a document run together (`… Trần Thanh Mẫn CƠ SỞ DỮ LIỆU
/// QUỐC GIA VỀ PHÁP LUẬT Đơn vị chủ quản: Bộ Tư pháp …`): its name, in capitals as the portal
/// writes it, opens a line of its own, which `region::trim` sets aside with all that follows.
pub(super) fn portal_footer(
    text: &str,
    folded: &str,
    whole_document: bool,
    out: &mut Vec<(usize, Cut)>,
) {
    const NAME: &str = "cơ sở dữ liệu quốc gia về pháp luật";
    const OWNER: &str = "đơn vị chủ quản";
    // In a whole document, past its first half: a body may cite the database by name.
    let half = if whole_document {
        floor_boundary(folded, folded.len() / 2)
    } else {
        0
    };
    // A legal site's source line run on at the very end (`… GIAI ĐOẠN 2025-2030 Nguồn tra
    // cứu: vanban.phaplyvn.com`): a line of its own, which `region::trim` sets aside.
    if whole_document {
        const SOURCE: &str = "nguồn tra cứu:";
        let tail = floor_boundary(folded, folded.len().saturating_sub(200));
        if let Some(at) = memchr::memmem::rfind(&folded.as_bytes()[tail..], SOURCE.as_bytes()) {
            let at = tail + at;
            if text[at + SOURCE.len()..].split_whitespace().count() <= 3 {
                out.push((at, Cut::Row));
            }
        }
    }
    let Some(at) = memchr::memmem::find(&folded.as_bytes()[half..], NAME.as_bytes()) else {
        return;
    };
    let at = half + at;
    if !crate::text::fold::is_upper(&text[at..at + NAME.len()]) {
        return;
    }
    out.push((at, Cut::Row));
    if let Some(o) = memchr::memmem::find(&folded.as_bytes()[at..], OWNER.as_bytes()) {
        out.push((at + o, Cut::Row));
    }
}

/// A Vietnamese e-signature's stamp run on with the signature in a document run together
/// (`PHÓ CHỦ TỊCH Ký bởi: Ủy ban Nhân dân tỉnh Email: ubnd@angiang.gov.vn Cơ quan: Tỉnh An Giang
/// Ngày ký: 03-03-2020 16:18:57 +07:00 Lê Văn Phước`): each of its fields opens a line and the
/// stamp ends at its signing time, so that `region::trim` sets its lines aside as it does where
/// the layout kept them apart. A stamp is told by its opening and, a few fields on, a clock
/// after a `ký:` label; prose holds neither.
pub(super) fn signer_stamp(text: &str, folded: &str, out: &mut Vec<(usize, Cut)>) {
    const OPENINGS: &[&str] = &["ký bởi:", "ký bởi :", "người ký:"];
    const FIELDS: &[&str] = &[
        "email:",
        "cơ quan:",
        "tổ chức:",
        "chức vụ:",
        "ngày ký:",
        "thời gian ký:",
    ];
    // A stamp's fields, up to its clock, fill a few lines of a narrow box.
    const SCOPE: usize = 320;
    let bytes = folded.as_bytes();
    for opening in OPENINGS {
        for at in memchr::memmem::find_iter(bytes, opening.as_bytes()) {
            let from = at + opening.len();
            let scope_end = floor_boundary(folded, (at + SCOPE).min(folded.len()));
            if from >= scope_end {
                continue;
            }
            let Some(end) = signing_time_after(text, folded, from, scope_end) else {
                continue;
            };
            out.push((at, Cut::Row));
            for field in FIELDS {
                for f in memchr::memmem::find_iter(&bytes[from..end], field.as_bytes()) {
                    let f = from + f;
                    if bytes[f - 1].is_ascii_whitespace() {
                        out.push((f, Cut::Row));
                    }
                }
            }
            out.push((end, Cut::Row));
        }
    }
}

/// Where a stamp's signing time ends, the first between `from` and `to`: a clock
/// (`16:18:57`) among the three words after a `ký:` label (`Ngày ký: 03-03-2020 16:18:57`),
/// and its time zone (`+07:00`) when one follows.
fn signing_time_after(text: &str, folded: &str, from: usize, to: usize) -> Option<usize> {
    let label = from + memchr::memmem::find(&folded.as_bytes()[from..to], "ký:".as_bytes())?;
    let after = label + "ký:".len();
    let ws = super::words::words(&text[after..]);
    let clock = ws.iter().take(3).position(|&(a, b)| {
        crate::layout::furniture::is_clock(&text.as_bytes()[after + a..after + b])
    })?;
    let mut end = after + ws[clock].1;
    if let Some(&(a, b)) = ws.get(clock + 1) {
        if super::header::is_time_zone(&text[after + a..after + b]) {
            end = after + b;
        }
    }
    Some(end)
}

// The ministries (those of 2025 and those merged into them), whose names hold words that
// open bodies elsewhere (`BỘ NỘI VỤ`, `BỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG`).
/// A PDF signature's stamp run on with the closing (`- Lưu: VT. Digitally signed by HIỆP HỘI
/// … Date: 2025.10.20 18:57:55+07'00' PHỤ LỤC 01`): its two lines stand apart, for
/// `region::trim` to set aside, and what follows opens a line.
pub(super) fn signature_stamp(folded: &str, out: &mut Vec<(usize, Cut)>) {
    let bytes = folded.as_bytes();
    for at in memchr::memmem::find_iter(bytes, b"digitally signed by") {
        out.push((at, Cut::Row));
        let rest = &bytes[at..bytes.len().min(at + 200)];
        let Some(date) = memchr::memmem::find(rest, b"date:") else {
            continue;
        };
        out.push((at + date, Cut::Row));
        // The date ends at its time zone (`+07'00'`, `+07:00`).
        let tail = &rest[date..];
        if let Some(z) = memchr::memmem::find(tail, b"+07") {
            let mut end = at + date + z + 3;
            while end < bytes.len() && matches!(bytes[end], b'\'' | b':' | b'0'..=b'9') {
                end += 1;
            }
            out.push((end, Cut::Row));
        }
    }
}

/// The closing inside a line: the recipients' label and items, and the signature beside them
/// (`Nơi nhận: KT. GIÁM ĐỐC`, `- Như trên; PHÓ GIÁM ĐỐC`, `- Lưu: VT. Nguyễn Văn An`).
pub(super) fn closing(
    text: &str,
    folded: &str,
    ws: &[(usize, usize)],
    out: &mut Vec<(usize, Cut)>,
) {
    // A line of the closing that opens with a recipient's dash goes on with the list (the
    // label stood on a line before it, or in the column beside it).
    let mut in_recipients = text.starts_with(['-', '–']);
    // The recipients' last item, `- Lưu: …`, was read.
    let mut luu_seen = false;
    // A position was cut beside the recipients with no name under it: the name is still to
    // come, on a row further down.
    let mut name_pending = false;
    let mut k = 0;
    while k < ws.len() {
        let (s, e) = ws[k];
        let w = &text[s..e];
        let clause = ends_clause(text, s);
        // `Nơi nhận:` (tolerantly; a scan may lose or misread its first letter: `ơi nhận:`).
        if k == 0 || w.starts_with('N') || w.starts_with('n') || before_nhan(folded, ws, k) {
            // A scan's speck or the hyphen that ended the line above glued before the label
            // (`ơNơi nhận:`, `… các đồng chí /y-Nơi nhận:`): the label is read past it.
            let glued = glued_label_offset(w);
            let s = s + glued.unwrap_or(0);
            let f = &folded[s..];
            let head = &text[s..floor_boundary(text, (s + 14).min(text.len()))];
            // The word first: the tolerant search is the costly test.
            let label = (f.starts_with("nơi") || f.starts_with("noi"))
                && phrases::find(head, phrases::NOI_NHAN).is_some_and(|m| m.start == 0)
                || k == 0 && (is_scanned_label(head) || glued_label_end(w).is_some());
            // A scan's label run on after the body's last words or its specks (`./. „Í Nơi
            // nhận: - Như trên;`, `0856.xxx.xxx Nơi nhận: TM. BAN …`, `= ơi nhận: “KT. …`):
            // its colon and a recipient's dash or an authority right after it tell it.
            let run_on_label = k > 0
                && !clause
                && (label || is_scanned_label(head))
                && label_opens_closing(text, ws, k);
            // Beside the authority or the position read row by row (`./. KT. GIÁM ĐỐC Nơi
            // nhận: - Như trên; …`), the label in full with its colon.
            let after_title = || {
                (f.starts_with("nơi nhận:") || f.starts_with("nơi nhận :")) && ends_caps(text, s)
            };
            if label && (k == 0 || clause || after_title()) || run_on_label {
                // A speck stays with the label, as the scan read it on the label's line; the
                // hyphen goes with the line it ended.
                let speck_kept = glued.is_some() && !w[..s - ws[k].0].ends_with(['-', '–']);
                let line_start = if speck_kept { ws[k].0 } else { s };
                if line_start > ws[0].0 {
                    out.push((line_start, Cut::Row));
                }
                in_recipients = true;
                // The label's colon: after its second word, or its only one where a scan lost
                // the space between them (`Noinhận:`).
                let colon = if w.ends_with(':') {
                    Some(e)
                } else {
                    text[e..].find(':').filter(|&c| c < 12).map(|c| e + c + 1)
                };
                // At the next word, where a position or an authority beside the label cuts
                // a column (`ơNơi nhận: GIÁM ĐỐC - Như trên;`): that cut is the one kept.
                let after = colon
                    .map(|colon| colon + (text[colon..].len() - text[colon..].trim_start().len()));
                if let Some(a) = after {
                    out.push((a, Cut::Row));
                }
                k += 1;
                continue;
            }
        }
        // A recipient item after a clause (`; - Sở Tài chính;`). A scan's dash before the
        // authority of the other column (`- Như trên; - KT. TRƯỞNG BAN …`) opens none: the
        // authority is cut below.
        let authority_next = || {
            ws.get(k + 1)
                .is_some_and(|&(a, b)| is_authority_prefix(&text[a..b]))
                && ws
                    .get(k + 2)
                    .is_some_and(|&(a, b)| is_caps_word(&text[a..b]))
        };
        // After a position read beside the recipient above (`- Như Điều 2; CHỦ TỊCH - Lưu: …`)
        // too: the title in capitals ends there.
        let after_position = || {
            (1..=k.min(4)).any(|n| {
                ws[k - n..k].iter().all(|&(a, b)| is_caps_word(&text[a..b]))
                    && is_position_words(&text[ws[k - n].0..ws[k - 1].1])
            })
        };
        if in_recipients
            && (w == "-" || w == "–" || w.starts_with('-') && w.len() > 1)
            && (clause || specks_after_item(text, s) || after_position())
            && k > 0
            && !authority_next()
        {
            out.push((s, Cut::Row));
            // The dash may be `–`, three bytes long.
            let dash = w.chars().next().map_or(1, char::len_utf8);
            let item = if w.len() > dash {
                s + dash
            } else {
                ws.get(k + 1).map_or(e, |&(a, _)| a)
            };
            luu_seen |= folded.get(item..).is_some_and(|t| t.starts_with("lưu"));
            k += 1;
            continue;
        }
        // A recipient that ends with a comma for its `;` (NN004's slip: `- Các sở: Tài chính,
        // Thông tin và Truyền thông, - Liên minh HTX tỉnh;`): a bare dash before a capital
        // opens the next one; a dash inside a name has no comma before it (`Lao động -
        // Thương binh`).
        if in_recipients
            && k > 0
            && super::words::is_dash(w)
            && text[..s].trim_end().ends_with(',')
            && ws
                .get(k + 1)
                .is_some_and(|&(a, _)| text[a..].starts_with(crate::text::fold::is_capital))
        {
            out.push((s, Cut::Row));
            luu_seen |= ws
                .get(k + 1)
                .is_some_and(|&(a, _)| folded[a..].starts_with("lưu"));
            k += 1;
            continue;
        }
        // A recipient that lost its `;` before the next one (NN004's slip, `- HĐND, UBND các
        // tỉnh, thành phố trực thuộc trung ương - Văn phòng Trung ương và các Ban của Đảng;`): a
        // bare dash after a word in lower case (`ương`, not `Sở`) opens the next one when a recipient's opening
        // words follow it and run to a `;` of their own. A dash inside a name joins two parts
        // of it (`Lao động - Thương binh`, `Cục BTTP - Bộ Tư pháp`), which open no recipient.
        if in_recipients
            && k > 0
            && super::words::is_dash(w)
            && text[ws[k - 1].0..ws[k - 1].1].starts_with(crate::text::fold::is_lower)
            && opens_recipient_item(text, &text[e..])
        {
            out.push((s, Cut::Row));
            luu_seen |= folded[e..].trim_start().starts_with("lưu");
            k += 1;
            continue;
        }
        // A web copy's `(đã ký)` beside a recipient, read row by row (`- ĐHQGHN (để báo cáo);
        // (đã ký) - Các đơn vị …`): a line of its own.
        if in_recipients
            && clause
            && k > 0
            && w.starts_with(['(', '['])
            && ws
                .get(k + 1)
                .is_some_and(|&(_, b)| crate::recognize::clues::is_signed_mark(&text[s..b]))
        {
            out.push((s, Cut::Row));
            k += 2;
            continue;
        }
        // A note in brackets after the Lưu item's stop (`- Lưu: VT. (b/c) TM. ỦY BAN …`), set
        // on the line under it: no part of the Lưu.
        if in_recipients
            && luu_seen
            && w.starts_with('(')
            && text[..s].trim_end().ends_with('.')
            && !text[..s].trim_end().ends_with("./.")
        {
            // A recipient's note (`(b/c)`, `(để biết)`), not the drafter's name the Lưu ends
            // with (`- Lưu: VT, VP. (Giang)`).
            let note = w[1..].starts_with(crate::text::fold::is_lower);
            let close = ws[k..ws.len().min(k + 4)]
                .iter()
                .find(|&&(a, b)| text[a..b].ends_with(')'));
            if note && close.is_some() {
                out.push((s, Cut::Row));
            }
        }
        // A label after the Lưu item's stop, with what it announces after its colon (`- Lưu
        // TTTT (ĐTh). Đính kèm: - Chương trình tập huấn.`): no văn thư's code ends with a
        // colon, so the Lưu ends at its stop.
        if in_recipients && luu_seen && text[..s].trim_end().ends_with('.') {
            if let Some(n) = label_words(text, ws, k) {
                out.push((s, Cut::Row));
                k += n;
                continue;
            }
        }
        // A seal's debris run on after the Lưu item, up to the signature or the end of the text
        // (`- Lưu: VT, ĐT, M5. 4H>- C /“AỪ xá” …`, `- Lưu: VT, QLUCL ” xÓi `N NHƯ hưởng`): the
        // Lưu ends before it, and the title or the name after it opens a line.
        if in_recipients && luu_seen && k > 0 {
            // One speck of letters or figures that ends the text (`- Lưu: VT, KSTT (2). 442`)
            // is the scan's mark beside the Lưu's last code, on its line: the Lưu keeps it, as
            // it does where the lines are read one by one. A seal's debris under it bears marks.
            let lone_speck_at_end =
                k + 1 == ws.len() && w.chars().all(crate::text::fold::is_letter_or_digit);
            if let Some((end, signature)) = seal_debris(text, ws, k).filter(|_| !lone_speck_at_end)
            {
                out.push((s, Cut::Row));
                match signature {
                    Some(Signature::Title(n)) => {
                        out.push((ws[end].0, Cut::Row));
                        name_after(text, ws, end + n, out);
                    }
                    Some(Signature::Name) => out.push((ws[end].0, Cut::Row)),
                    None => {}
                }
                break;
            }
        }
        // The signer's name right after the Lưu item, where no title stands between (`- Lưu:
        // VT, HCBT. Phạm Thị Minh Hiếu`), a scan's quotation mark before it too (`- Lưu: VT,
        // Vụ GGPT. “Thái Văn Tài`): the văn thư's codes hold no quotation mark.
        if in_recipients
            && luu_seen
            && clause
            && crate::recognize::clues::without_speck_quote(w)
                .starts_with(crate::text::fold::is_capital)
        {
            let before = out.len();
            name_after(text, ws, k, out);
            if out.len() > before {
                in_recipients = false;
                k += 1;
                continue;
            }
        }
        // A scan's signer's name that ends the text after the Lưu item, past a unit code or
        // the scan's specks and with no stop before it (`- Lưu; VT, NSTH. 7009, Hồ Quang Huệ`,
        // `- Lưu: CNTT, VT. HC Nguyễn Hữu Việt`): the last line of a document run together.
        if in_recipients && luu_seen && !clause && name_ends_text(text, ws, k) {
            out.push((s, Cut::Row));
            break;
        }
        // So does one that an attached document's header follows (`- Lưu: VT, ĐTDG Trần Sỹ
        // Thanh ỦY BAN NHÂN DÂN CỘNG HÒA …`).
        if in_recipients && luu_seen && !clause && w.starts_with(crate::text::fold::is_capital) {
            let header_at =
                (k + 2..ws.len().min(k + 6)).find(|&j| opens_attached_header(text, folded, ws, j));
            if let Some(j) =
                header_at.filter(|&j| name_ends_text(&text[..ws[j - 1].1], &ws[..j], k))
            {
                out.push((s, Cut::Row));
                out.push((ws[j].0, Cut::Row));
                break;
            }
        }
        // A scan's specks glued the authority to the body's last word (`… căn cứ Quyết định
        // thi hành,z2-KT. CHỦ TỊCH PHÓ CHỦ TỊCH Nơi nhận: …`): the title in capitals, then the
        // recipients, tell it from a word with a hyphen.
        if let Some(at) = (k > 0 && !in_recipients)
            .then(|| glued_authority_offset(w))
            .flatten()
        {
            let run = caps_run(text, ws, k + 1);
            let closing_follows = run > 0
                && ws.get(k + 1 + run).is_some_and(|&(a, _)| {
                    text[a..].starts_with(['-', '–']) || folded[a..].starts_with("nơi nhận")
                });
            if closing_follows {
                out.push((s + at, Cut::Column));
                // The deputy's title read from the prefix on, as if it stood alone.
                let mut from_prefix = ws.to_vec();
                from_prefix[k].0 = s + at;
                position_after_authority(text, &from_prefix, k, out);
                k += 1 + run;
                continue;
            }
        }
        // An authority prefix in capitals (`KT.`, `TM.`, `TL.`, `TUQ.`, `Q.`).
        // The Party's slashed forms too (`T/M.`, `K/T`), which CK003 reports as a slip.
        // A scan reads the period as a comma (`KT, BỘ TRƯỞNG`) or puts a quote before it, or
        // a speck no quote is (`„KT. THỦ TƯỚNG`), which the line leaves out.
        let trimmed = w.trim_start_matches('„');
        let s = s + w.len() - trimmed.len();
        let w = trimmed.trim_start_matches(['“', '"', '\'', '‘']);
        let prefix = [
            "KT.", "TM.", "TL.", "TUQ.", "Q.", "T/M.", "K/T.", "T/L.", "KT,", "TM,", "TL,", "KT",
            "TM", "TL", "TUQ", "T/M", "K/T", "T/L",
        ]
        .iter()
        .find(|p| {
            w == **p
                || (w.starts_with(**p)
                    && w[p.len()..]
                        .chars()
                        .next()
                        .is_some_and(crate::text::fold::is_capital)
                    && p.ends_with(['.', ',']))
        })
        .copied()
        // Or one a scan misread, glued to its title (`KÍ.GIÁM ĐÓC`), after the label.
        .or_else(|| garbled_glued_prefix(w).filter(|_| in_recipients));
        if let Some(p) = prefix {
            let next_caps = if w.len() > p.len() {
                true
            } else {
                ws.get(k + 1)
                    .is_some_and(|&(a, b)| is_caps_word(&text[a..b]))
            };
            // `KT,` is a scan's `KT.` only before a position (`KT, BỘ TRƯỞNG`), not in a list
            // of units' codes (`- Lưu: VT, KT, NCKSTTHC.`).
            let next_caps = next_caps
                && (!p.ends_with(',')
                    || w.len() == p.len() && {
                        let run = caps_run(text, ws, k + 1);
                        run > 0 && is_position_words(&text[ws[k + 1].0..ws[k + run].1])
                    });
            let dotted = p.ends_with(['.', ',']);
            // `- Lưu: VT, KT. TM. ỦY BAN …`: a unit's code before the real prefix.
            let prefix_follows = ws
                .get(k + 1)
                .is_some_and(|&(a, b)| w.len() == p.len() && is_authority_prefix(&text[a..b]));
            // A scan's label remnant or specks before the authority, after the body's words
            // (a remnant may keep the label's colon).
            let colon_before = text[..s].trim_end().ends_with(':');
            let debris_at = (k > 0 && (!clause || colon_before) && !in_recipients)
                .then(|| debris_before_authority(text, folded, ws, k))
                .flatten();
            if next_caps
                && !prefix_follows
                && (dotted || w.len() == p.len())
                && k > 0
                && (clause
                    || ends_caps(text, s)
                    || in_recipients
                    || scan_debris_before(ws, text, k)
                    || label_remnant_before(ws, text, k)
                    || debris_at.is_some())
            {
                if let Some(d) = debris_at {
                    // The remnant stands where the label stood: the recipients follow the title.
                    out.push((d, Cut::Row));
                    in_recipients = true;
                }
                out.push((s, Cut::Column));
                // The authority beside the label (`Nơi nhận: KT. GIÁM ĐỐC - Như trên; …`): the
                // recipients go on after its title.
                let run = caps_run(text, ws, k + 1);
                // Past a scan's specks (`KT, BỘ TRƯỞNG _ - Thủ tướng Chính phủ;`), which go
                // with the recipient.
                let specks = ws[(k + 1 + run).min(ws.len())..]
                    .iter()
                    .take_while(|&&(a, b)| is_speck(&text[a..b]))
                    .count();
                let dash = ws
                    .get(k + 1 + run + specks)
                    .filter(|&&(a, _)| text[a..].starts_with(['-', '–']))
                    .map(|_| ws[k + 1 + run].0);
                in_recipients &= dash.is_some();
                if let (true, Some(a)) = (in_recipients, dash) {
                    out.push((a, Cut::Row));
                }
                // The authority's title ends where the deputy's title or the position begins.
                position_after_authority(text, ws, k, out);
                k += 1 + run;
                continue;
            }
        }
        // The position right after the Lưu item's unit codes, no stop between (`- Lưu: VT,
        // CCVC.YN GIÁM ĐỐC Nguyễn Thị Ngọc Giàu`): a title that a person's name follows.
        if in_recipients && luu_seen && !clause && is_caps_word(w) {
            let run = caps_run(text, ws, k);
            let title = &text[s..ws[k + run.max(1) - 1].1];
            if run >= 2 && is_position_words(title) {
                let mut name = Vec::new();
                name_after(text, ws, k + run, &mut name);
                if !name.is_empty() {
                    out.push((s, Cut::Column));
                    out.extend(name);
                    in_recipients = false;
                    k += run;
                    continue;
                }
            }
        }
        // An authority line on its own: its title is not a position beside a recipient.
        if k == 0 && is_authority_prefix(w) {
            // A web copy's cell holds the whole block (`KT. BỘ TRƯỞNG THỨ TRƯỞNG (Đã ký) Cao
            // Anh Tuấn`): the deputy's title and the name go on lines of their own. So does the
            // position after the authority with the name set apart (`TM. ỦY BAN NHÂN DÂN CHỦ
            // TỊCH`, a flattened signature table).
            if ws.len() > 3 {
                position_after_authority(text, ws, 0, out);
            }
            k += 1 + caps_run(text, ws, 1);
            continue;
        }
        // A position in capitals at the end of a recipient (`- Như trên; PHÓ GIÁM ĐỐC`).
        if k > 0
            && (clause || clause_past_rule(text, ws, k))
            && !is_authority_prefix(&text[ws[k - 1].0..ws[k - 1].1])
            && !is_prefix_with_colon(&text[ws[k - 1].0..ws[k - 1].1])
            && is_caps_word(w)
            && w.chars()
                .filter(|c| crate::text::fold::is_letter(*c))
                .count()
                >= 2
        {
            let run = caps_run(text, ws, k);
            // Or one a seal garbled (`- TTgCP (để báo cáo); WU TƯỜNG`).
            let title = &text[s..ws[k + run - 1].1];
            if run >= 2 && (is_position_words(title) || is_garbled_title(title)) {
                out.push((s, Cut::Column));
                let before = out.len();
                name_after(text, ws, k + run, out);
                name_pending = in_recipients && out.len() == before;
                k += run;
                continue;
            }
        }
        // The signer's name between two recipients, a two-column closing read row by row
        // (`- Các đơn vị duy trì thoát nước; Trương Việt Dũng - VP UBTP: CVP, …`): a person's
        // name after a `;` that the next recipient's dash follows.
        // (The words up to that dash, when it comes within six words.)
        let between_recipients = (in_recipients && k > 0 && text[..s].trim_end().ends_with(';'))
            .then(|| words_before_dash(text, ws, k, 6))
            .flatten();
        if let Some(n) = between_recipients.filter(|n| (2..=5).contains(n)) {
            let name = &text[s..ws[k + n - 1].1];
            if ws[k..k + n]
                .iter()
                .all(|&(a, b)| !is_caps_word(&text[a..b]))
                && crate::recognize::clues::is_person_name(name)
                && !crate::recognize::clues::looks_like_body_name(name)
            {
                out.push((s, Cut::Column));
                out.push((ws[k + n].0, Cut::Row));
                name_pending = false;
                k += n;
                continue;
            }
        }
        // The signer's name beside the first line of a recipient that wraps, where a position
        // was cut beside the recipients above with no name under it (`CHỦ TỊCH - … - VPUB:
        // CVP, các PCVP, Vũ Đại Thắng phòng: KGVX, …`, a two-column closing read row by row):
        // a person's name after the item's comma, the item going on after it in lower case.
        if in_recipients && name_pending && k > 0 && text[..s].trim_end().ends_with(',') {
            if let Some(n) = name_inside_item(text, ws, k) {
                out.push((s, Cut::Column));
                out.push((ws[k + n].0, Cut::Row));
                name_pending = false;
                k += n;
                continue;
            }
        }
        // A position in sentence case between two recipients, a two-column closing read row
        // by row (`- Như Điều 4; Tổng cục trưởng - …`, CK008 reports its case).
        if let Some(n) = between_recipients.filter(|n| (2..=4).contains(n)) {
            let title = &text[s..ws[k + n - 1].1];
            if w.starts_with(crate::text::fold::is_capital)
                && ws[k + 1..k + n]
                    .iter()
                    .all(|&(a, b)| text[a..b].starts_with(crate::text::fold::is_lower))
                && is_position_words(title)
            {
                out.push((s, Cut::Column));
                out.push((ws[k + n].0, Cut::Row));
                k += n;
                continue;
            }
        }
        // The signer's name in capitals that ends the text after the recipients, under a
        // recipient left to fill (`- ............ NGUYỄN NGỌC ANH`).
        if in_recipients && k > 0 && is_caps_word(w) && dots_before(text, s) {
            let rest = &text[s..];
            let n = ws.len() - k;
            if (2..=5).contains(&n)
                && ws[k..].iter().all(|&(a, b)| is_caps_word(&text[a..b]))
                && crate::recognize::clues::is_person_name(rest)
                && !is_position_words(rest)
                && !crate::recognize::clues::looks_like_body_name(rest)
            {
                out.push((s, Cut::Row));
                break;
            }
        }
        // An attached document's header run on after the Lưu item (`- Lưu: VT, ĐTDG ỦY BAN
        // NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM …`, a decision's plan after it): the
        // Lưu ends where the issuer's name begins.
        if in_recipients && luu_seen && k > 0 && opens_attached_header(text, folded, ws, k) {
            out.push((s, Cut::Row));
            break;
        }
        // The signer's name beside the last recipient of its row (`- Bộ Tư pháp: các đơn vị
        // thuộc Bộ; Hân Chí Hiêu`): the rest of the line is a person's name.
        if (in_recipients || text.starts_with(['-', '–']))
            && k > 0
            && text[..s].trim_end().ends_with(';')
            && (2..=6).contains(&(ws.len() - k))
            && ws[k..].iter().all(|&(a, b)| !is_caps_word(&text[a..b]))
            && crate::recognize::clues::is_person_name(&text[s..])
        {
            out.push((s, Cut::Column));
            break;
        }
        k += 1;
    }
    // The mark where the signature was, then the name (`(đã ký) Mai Văn Nam`, a column beside
    // the first recipient): the name is a line of its own.
    if let (Some(&(a, _)), Some(&(_, b)), Some(&(n, _))) = (ws.first(), ws.get(1), ws.get(2)) {
        if crate::recognize::clues::is_signed_mark(&text[a..b])
            && crate::recognize::clues::is_person_name(&text[n..])
        {
            out.push((n, Cut::Row));
        }
    }
    // A name after a position line on the same line (`PHÓ GIÁM ĐỐC Nguyễn Văn An`).
    if ws.first().is_some_and(|&(a, b)| is_caps_word(&text[a..b])) {
        let run = caps_run(text, ws, 0);
        if run >= 2 && run < ws.len() && is_position_words(&text[..ws[run - 1].1]) {
            name_after(text, ws, run, out);
        }
    }
}

/// The number of words from `k` on that make a person's name (two to four words in title
/// case, none ending with a mark) followed by a word in lower case that goes on with the
/// recipient the name interrupts (`Vũ Đại Thắng phòng: KGVX`).
fn name_inside_item(text: &str, ws: &[(usize, usize)], k: usize) -> Option<usize> {
    let n = ws[k..]
        .iter()
        .take(5)
        .take_while(|&&(a, b)| {
            let w = &text[a..b];
            w.starts_with(crate::text::fold::is_capital)
                && !is_caps_word(w)
                && !w.ends_with([',', ';', ':', '.', ')'])
        })
        .count();
    let goes_on = ws
        .get(k + n)
        .is_some_and(|&(a, _)| text[a..].starts_with(crate::text::fold::is_lower));
    let name = &text[ws.get(k)?.0..ws.get(k + n.max(1) - 1)?.1];
    ((2..=4).contains(&n)
        && goes_on
        && crate::recognize::clues::is_person_name(name)
        && !crate::recognize::clues::looks_like_body_name(name))
    .then_some(n)
}

/// A consolidated text's attestation run together with the text (`… có hiệu lực thi hành.
/// VĂN PHÒNG QUỐC HỘI XÁC THỰC VĂN BẢN HỢP NHẤT Số: 111/VBHN-VPQH Hà Nội, ngày 20 tháng 5 năm
/// 2026 CHỦ NHIỆM Lê Quang Mạnh Điều 5 của Luật số 09/2026/QH16 …`): its heading is a line of
/// its own, as the Công báo sets it, and so are the position after its date and the name under
/// it; the footnotes follow the name.
pub(super) fn attestation(text: &str, ws: &[(usize, usize)], out: &mut Vec<(usize, Cut)>) {
    const HEADING: [&str; 6] = ["XÁC", "THỰC", "VĂN", "BẢN", "HỢP", "NHẤT"];
    let word = |j: usize| &text[ws[j].0..ws[j].1];
    for k in 0..ws.len().saturating_sub(HEADING.len()) {
        if !(0..HEADING.len()).all(|j| word(k + j) == HEADING[j]) {
            continue;
        }
        let after = k + HEADING.len();
        out.push((ws[k].0, Cut::Row));
        out.push((ws[after].0, Cut::Row));
        // The date's year (`năm 2026`) within the number and the date that follow.
        let Some(year) = (after + 1..ws.len().min(after + 20)).find(|&j| {
            word(j - 1) == "năm"
                && word(j).len() == 4
                && word(j).bytes().all(|b| b.is_ascii_digit())
        }) else {
            continue;
        };
        let p = year + 1;
        let run = caps_run(text, ws, p);
        if run == 0 || !is_position_words(&text[ws[p].0..ws[p + run - 1].1]) {
            continue;
        }
        out.push((ws[p].0, Cut::Row));
        // The name's words, in title case; a footnote opens with a word that a number follows
        // (`Điều 5`, `Khoản 2`).
        let from = p + run;
        let n = (from..ws.len().min(from + 5))
            .take_while(|&j| {
                let w = word(j);
                w.starts_with(crate::text::fold::is_capital)
                    && !is_caps_word(w)
                    && !ws
                        .get(j + 1)
                        .is_some_and(|&(a, _)| text[a..].starts_with(|c: char| c.is_ascii_digit()))
            })
            .count();
        if (2..=4).contains(&n)
            && crate::recognize::clues::is_person_name(&text[ws[from].0..ws[from + n - 1].1])
        {
            out.push((ws[from].0, Cut::Row));
            if let Some(&(a, _)) = ws.get(from + n) {
                out.push((a, Cut::Row));
            }
        }
    }
}

/// A clause ends before word `k` past the rule a scan read between a closing's two columns
/// (`- Các thành viên HĐTĐKT ngành; | PHÓ GIÁM ĐỚC`): one or two specks after the `;`.
fn clause_past_rule(text: &str, ws: &[(usize, usize)], k: usize) -> bool {
    let specks = ws[..k]
        .iter()
        .rev()
        .take_while(|&&(a, b)| is_speck(&text[a..b]))
        .count();
    (1..=2).contains(&specks) && k > specks && ends_clause(text, ws[k - specks].0)
}

/// The words a recipient opens with (`Văn phòng Trung ương …`, `Ủy ban Pháp luật …`, `Các
/// bộ, …`), none of them the second part of a body's name.
const RECIPIENT_OPENINGS: &[&str] = &[
    "Văn phòng ",
    "Ủy ban ",
    "Uỷ ban ",
    "Các ",
    "Hội đồng ",
    "Tòa án ",
    "Viện ",
    "Thường trực ",
    "UBND ",
    "HĐND ",
    "Lưu:",
];

/// `rest` (what follows a dash) opens a recipient item that ends with its own `;` before any
/// other dash of the list (`Văn phòng Trung ương và các Ban của Đảng; - …`), and the dash
/// stands in a list whose items end with `;` (one shows in `text`), or it opens the Lưu.
fn opens_recipient_item(text: &str, rest: &str) -> bool {
    let rest = rest.trim_start();
    if !RECIPIENT_OPENINGS.iter().any(|o| rest.starts_with(o)) {
        return false;
    }
    if rest.starts_with("Lưu:") {
        return true;
    }
    let item_end = rest.find(';');
    let next_dash = rest.find(" - ").or_else(|| rest.find(" – "));
    item_end.is_some_and(|end| next_dash.is_none_or(|d| end < d)) && text.contains("; ")
}

/// What ends a seal's debris after the Lưu item: a title (its words) or a name that ends the
/// text.
enum Signature {
    Title(usize),
    Name,
}

/// A seal's debris from word `k` on, after the Lưu item: words a Lưu's codes never are, up to
/// the signer's title, a name that ends the text, or the end itself. Each word bears a mark no
/// unit's code holds (`4H>-`, `/“AỪ`, `›c=`) or is a speck of three characters at most, no code
/// and no syllable of a name (`ị`, `cz`, `Á\`, not `HC`, `Văn`); a run with no mark is a few
/// specks only. After the Lưu's stop, or from a marked word on with two marks at least (`QLUCL
/// ” xÓi `N`). Where it ends, and what ends it.
fn seal_debris(text: &str, ws: &[(usize, usize)], k: usize) -> Option<(usize, Option<Signature>)> {
    const MAX: usize = 24;
    let word = |j: usize| &text[ws[j].0..ws[j].1];
    let marked = |w: &str| {
        w.chars().any(|c| {
            !crate::text::fold::is_letter_or_digit(c)
                && !matches!(
                    c,
                    ',' | '.' | ';' | ':' | '(' | ')' | '-' | '–' | '/' | '&' | '+'
                )
        })
    };
    let syllable = |w: &str| {
        let mut chars = w.chars();
        chars.next().is_some_and(crate::text::fold::is_capital)
            && chars.next().is_some_and(crate::text::fold::is_lower)
    };
    let speck = |w: &str| w.chars().count() <= 3 && is_scan_debris(w) && !syllable(w);
    // Past the Lưu's codes: after its stop (a speck or two may cling to it: `CS ( b).Ả⁄`), or
    // at a marked word that closes none of its brackets.
    let after_stop = k > 0
        && word(k - 1).rfind('.').is_some_and(|p| {
            let clinging = &word(k - 1)[p + 1..];
            clinging.chars().count() <= 2 && !clinging.chars().any(crate::text::fold::is_lower)
        });
    let marked_start = marked(word(k)) && !word(k).contains(')');
    if !after_stop && !marked_start {
        return None;
    }
    // The signature at word `j`: a title in capitals, a garbled one that ends the text (opening
    // with a word, not the seal's mark: `N NHƯ hưởng`), or a name that does.
    let signature_at = |j: usize| {
        let left = ws.len() - j;
        let run = caps_run(text, ws, j);
        if run >= 2 && is_position_words(&text[ws[j].0..ws[j + run - 1].1]) {
            return Some(Signature::Title(run));
        }
        let rest = &text[ws[j].0..];
        if (2..=4).contains(&left) && !marked(word(j)) && is_garbled_title(rest) {
            return Some(Signature::Title(left));
        }
        ((2..=5).contains(&left)
            && crate::recognize::clues::is_person_name(rest)
            && !crate::recognize::clues::looks_like_body_name(rest))
        .then_some(Signature::Name)
    };
    let mut marks = 0;
    let mut end = k;
    let signature = loop {
        if end == ws.len() {
            break None;
        }
        if let Some(signature) = signature_at(end) {
            break Some(signature);
        }
        if marked(word(end)) {
            marks += 1;
        } else if !speck(word(end)) {
            return None;
        }
        end += 1;
        if end - k > MAX {
            return None;
        }
    };
    if end == k {
        return None;
    }
    let enough = if after_stop {
        marks > 0 || is_scan_debris(&text[ws[k].0..ws[end - 1].1])
    } else {
        marks >= 2
    };
    enough.then_some((end, signature))
}

/// Only a scan's specks stand between the last recipient's `;` and `at` (`- GĐ, các PGĐ; ⁄⁄ -
/// Lưu: …`).
fn specks_after_item(text: &str, at: usize) -> bool {
    let before = text[..at].trim_end();
    let from = floor_boundary(before, before.len().saturating_sub(16));
    before[from..].rfind(';').is_some_and(|c| {
        let between = &before[from + c + 1..];
        !between.trim().is_empty() && is_scan_debris(between)
    })
}

/// The words from `k` to the end of the text are a person's name (two to five words in title
/// case, a known family name first), not a unit's (`Phòng Tổng Hợp`).
fn name_ends_text(text: &str, ws: &[(usize, usize)], k: usize) -> bool {
    let (s, _) = ws[k];
    (2..=5).contains(&(ws.len() - k))
        && ws[k..].iter().enumerate().all(|(j, &(a, b))| {
            // A scan's quotation mark before the name (`"Thị Thanh Trà`).
            let w = if j == 0 {
                crate::recognize::clues::without_speck_quote(&text[a..b])
            } else {
                &text[a..b]
            };
            w.starts_with(crate::text::fold::is_capital) && !is_caps_word(w)
        })
        && crate::recognize::clues::is_person_name(&text[s..])
        && !crate::recognize::clues::looks_like_body_name(&text[s..])
}

/// A label at word `k` (`Đính kèm:`, `Tài liệu gửi kèm:`): one to three words, the first
/// capitalised, the others in lower case, the last ending with its colon, and then a dash or
/// the end of the text. How many words it holds.
fn label_words(text: &str, ws: &[(usize, usize)], k: usize) -> Option<usize> {
    let n = ws[k..]
        .iter()
        .take(3)
        .position(|&(a, b)| text[a..b].ends_with(':'))?
        + 1;
    let words = &ws[k..k + n];
    let word = |j: usize| {
        let (a, b) = words[j];
        text[a..b].trim_end_matches(':')
    };
    let shaped = (0..n).all(|j| {
        let w = word(j);
        let mut chars = w.chars();
        let first = chars.next().is_some_and(|c| {
            crate::text::fold::is_letter(c) && (j == 0) == crate::text::fold::is_capital(c)
        });
        first && chars.all(crate::text::fold::is_lower)
    });
    let then = ws
        .get(k + n)
        .is_none_or(|&(a, _)| text[a..].starts_with(['-', '–']));
    (shaped && then).then_some(n)
}

/// How many words from `k` stand before a recipient's dash, when one comes within `max` words:
/// a dash on its own, or one a scan glued to the item's capital (`-Các cơ quan báo chí;`).
fn words_before_dash(text: &str, ws: &[(usize, usize)], k: usize, max: usize) -> Option<usize> {
    let is_dash = |&(a, b): &(usize, usize)| {
        let w = &text[a..b];
        super::words::is_dash(w)
            || w.strip_prefix(['-', '–'])
                .is_some_and(|item| item.starts_with(crate::text::fold::is_capital))
    };
    let n = ws[k..].iter().take(max).take_while(|w| !is_dash(w)).count();
    ws.get(k + n).filter(|w| is_dash(w)).map(|_| n)
}

/// The text before `at` ends with a run of dots a draft leaves to fill (`- ……………`).
fn dots_before(text: &str, at: usize) -> bool {
    text[..at]
        .split_whitespace()
        .next_back()
        .is_some_and(|w| w.chars().count() >= 3 && w.chars().all(|c| matches!(c, '.' | '…')))
}

/// Word `k` opens a header of its own: a body's name in capitals with the Quốc hiệu after it
/// (`ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM`), as the plan or regulation a decision
/// sends out opens after the decision's closing.
fn opens_attached_header(text: &str, folded: &str, ws: &[(usize, usize)], k: usize) -> bool {
    let (s, _) = ws[k];
    if !is_caps_word(&text[ws[k].0..ws[k].1]) {
        return false;
    }
    let run = caps_run(text, ws, k);
    let end = ws[k + run.max(1) - 1].1;
    let caps = &folded[s..end];
    (caps.contains("cộng hòa xã hội chủ nghĩa") || caps.contains("cộng hoà xã hội chủ nghĩa"))
        && crate::recognize::clues::looks_like_body_name(&text[s..end])
}

/// Where the label starts inside a word that a scan's speck or a line's hyphen opens (`ơNơi`,
/// `/y-Nơi`): at most three characters before it, one letter at most and no digit.
fn glued_label_offset(w: &str) -> Option<usize> {
    let at = w.find("Nơi").filter(|&p| p > 0)?;
    let prefix = &w[..at];
    let letters = prefix
        .chars()
        .filter(|&c| crate::text::fold::is_letter(c))
        .count();
    (prefix.chars().count() <= 3 && letters <= 1 && !prefix.chars().any(|c| c.is_ascii_digit()))
        .then_some(at)
}

/// Word `k + 1` reads `nhận` (a scan's `ơi nhận:`, `Với nhận:` before it may be the label).
fn before_nhan(folded: &str, ws: &[(usize, usize)], k: usize) -> bool {
    ws.get(k + 1).is_some_and(|&(a, b)| {
        let f = &folded[a..b];
        f.starts_with("nhận") || f.starts_with("nhan")
    })
}

/// The recipients' label at word `k` (two words, then its colon) is followed by what opens the
/// closing: a recipient's dash (`- Như trên;`, a scan's `~- Như trên;`) or an authority
/// prefix (`KT. GIÁM ĐỐC`, `“KT. …`, `T/M BAN …`), past a scan's specks.
fn label_opens_closing(text: &str, ws: &[(usize, usize)], k: usize) -> bool {
    let Some(&(_, e)) = ws.get(k + 1) else {
        return false;
    };
    if !text[..e].ends_with(':') {
        return false;
    }
    let Some(&(a, b)) = ws[k + 2..].iter().find(|&&(a, b)| !is_speck(&text[a..b])) else {
        return false;
    };
    let w = text[a..b].trim_start_matches(['“', '"', '\'', '‘', '~', '_']);
    // The title's first word a scan garbled (`KT. đu TRƯỞNG`): a word in capitals next but one.
    let title_follows = || {
        ws.iter()
            .skip_while(|&&(x, _)| x < a)
            .skip(1)
            .take(2)
            .any(|&(x, y)| is_caps_word(&text[x..y]))
    };
    w.starts_with(['-', '–'])
        || is_authority_prefix(w.trim_end_matches(',')) && (w.len() > 4 || title_follows())
        || position_then_dash(text, ws, k + 2)
}

/// A position beside the label a scan garbled (`Nơi nhận: ⁄@CHIỆU TRƯỞNG - Phòng, khoa;`),
/// from word `k`: a few words without a lower-case letter, one in capitals, then a recipient's
/// dash.
fn position_then_dash(text: &str, ws: &[(usize, usize)], k: usize) -> bool {
    let no_lower = |w: &str| !w.chars().any(crate::text::fold::is_lower);
    let title = ws
        .iter()
        .skip(k)
        .take(4)
        .take_while(|&&(a, b)| {
            let w = &text[a..b];
            no_lower(w) && !w.starts_with(['-', '–'])
        })
        .count();
    title > 0
        && ws[k..k + title]
            .iter()
            .any(|&(a, b)| is_caps_word(&text[a..b]))
        && ws
            .get(k + title)
            .is_some_and(|&(a, b)| text[a..b].starts_with(['-', '–']))
}

/// Where a dotted authority prefix starts in a word that the body's last word, its stop and a
/// scan's specks open (`hành,z2-KT.`): after a hyphen, with a comma or stop before it that at
/// most three characters follow.
fn glued_authority_offset(w: &str) -> Option<usize> {
    let hyphen = w.rfind('-')?;
    let prefix = &w[hyphen + 1..];
    if !["KT.", "TM.", "TL.", "TUQ."].contains(&prefix) {
        return None;
    }
    let head = &w[..hyphen];
    let mark = head.rfind([',', '.', ';'])?;
    let specks = head[mark + 1..].chars().count();
    let word_before = head[..mark].chars().any(crate::text::fold::is_letter);
    (specks <= 3 && word_before).then_some(hyphen + 1)
}

/// `KT.`, `TM.`, `TL.`, `TUQ.`, `Q.` (and the forms CK003 reports: `K/T`, `KT`, `KT.GIÁM`).
fn is_authority_prefix(w: &str) -> bool {
    let f = w.trim_end_matches(|c: char| {
        crate::text::fold::is_letter(c) && crate::text::fold::is_capital(c) && !"KTMLUQ".contains(c)
    });
    matches!(
        f.trim_end_matches('.'),
        "KT" | "TM" | "TL" | "TUQ" | "Q" | "K/T" | "T/M" | "T/L"
    ) && w.chars().next().is_some_and(crate::text::fold::is_capital)
}

/// A prefix a scan read with a colon for its stop (`TL: GIÁM ĐÓC`, the handwritten `KT` under
/// the seal): no position of its own opens after it.
fn is_prefix_with_colon(w: &str) -> bool {
    w.strip_suffix(':')
        .is_some_and(|p| !p.contains('.') && is_authority_prefix(p))
}

/// How many words in capitals follow from word `k`.
pub(super) fn caps_run(text: &str, ws: &[(usize, usize)], k: usize) -> usize {
    ws[k..]
        .iter()
        .take_while(|&&(a, b)| is_caps_word(&text[a..b]))
        .count()
}

/// In a scan run together, what the scan left between the body's last sentence and the
/// authority at word `k`: its specks or a remnant of the recipients' label (`… Trân trọng./. Tà
/// TM. BAN THƯỜNG VỤ - Như trên;`, `… thi hành „/, _—_ KT.CHỦ TỊCH … Nơi nhận:`). A stop
/// before them, or the recipients after the authority's title, tells it from prose.
fn debris_before_authority(
    text: &str,
    folded: &str,
    ws: &[(usize, usize)],
    k: usize,
) -> Option<usize> {
    let run = caps_run(text, ws, k);
    let closing_follows = ws.get(k + run).is_some_and(|&(a, _)| {
        text[a..].starts_with(['-', '–']) || folded[a..].starts_with("nơi nhận")
    });
    let lead = |j: usize| &text[ws[j].0..ws[k].0];
    let from = k.saturating_sub(3).max(1);
    // After a stop, the nearest: `này./: Ko k KT. …` keeps `này./:` with its sentence.
    let after_stop = (from..k)
        .rev()
        .find(|&j| is_scan_debris(lead(j)) && ends_clause(text, ws[j].0));
    // Before the recipients, specks alone (no letter: a word may end the sentence).
    let specks = || {
        (from..k).rev().find(|&j| {
            closing_follows
                && is_scan_debris(lead(j))
                && !lead(j).chars().any(crate::text::fold::is_letter_or_digit)
        })
    };
    // After a stop and before the recipients, the label garbled past reading with its colon
    // kept (`… chỉ đạo. ¡ VI RSỆN: TM. BAN THƯỜNG VỤ - Như trên;`): a few short words in
    // capitals or specks, the last with the colon.
    let remnant = || {
        (from..k).rev().find(|&j| {
            let lead = lead(j).trim_end();
            closing_follows
                && ends_clause(text, ws[j].0)
                && lead.ends_with(':')
                && lead.chars().count() <= 12
                && !lead.chars().any(crate::text::fold::is_lower)
                && lead.chars().any(crate::text::fold::is_letter)
        })
    };
    after_stop.or_else(specks).or_else(remnant).map(|j| ws[j].0)
}

/// `caps_run`, a dash between two words in capitals going on with it (`BỘ LAO ĐỘNG - THƯƠNG
/// BINH VÀ XÃ HỘI`).
pub(super) fn caps_run_with_dashes(text: &str, ws: &[(usize, usize)], k: usize) -> usize {
    let mut n = 0;
    while k + n < ws.len() {
        let (a, b) = ws[k + n];
        let w = &text[a..b];
        let dash = super::words::is_dash(w)
            && n > 0
            && ws
                .get(k + n + 1)
                .is_some_and(|&(c, d)| is_caps_word(&text[c..d]));
        if !(is_caps_word(w) || dash) {
            break;
        }
        n += 1;
    }
    n
}

/// Only a scan's specks before word `k` (`—_ KT.CHỦ TỊCH`).
fn scan_debris_before(ws: &[(usize, usize)], text: &str, k: usize) -> bool {
    ws[..k].iter().all(|&(a, b)| is_speck(&text[a..b]))
}

/// What a scan left of the recipients' label beside the authority of the other column (`Tà
/// TM. BAN THƯỜNG VỤ`, `R-.4ê th TL. CHỦ TỊCH`, `Ko k KT. TÔNG GIÁM ĐÓC`, `KẾ Ti KT. CHỦ
/// TỊCH`): a few letters at the start of the line, no title in capitals. The label's capital
/// may come out as two capitals (`Nơi` read `KẾ`) beside a word in lower case; a unit's code
/// or a title (`VP`, `UBND`) stands alone or among capitals.
fn label_remnant_before(ws: &[(usize, usize)], text: &str, k: usize) -> bool {
    let lead = text[..ws[k].0].trim();
    let words = || ws[..k].iter().map(|&(a, b)| &text[a..b]);
    let title_in_caps =
        words().any(|w| is_plain_caps(w) && w.chars().count() > 2) || words().all(is_plain_caps);
    (1..=3).contains(&k)
        && lead.chars().count() <= 10
        && !lead.ends_with([',', ';'])
        && !title_in_caps
}

/// After `KT. CHỦ TỊCH`, the deputy title (`PHÓ CHỦ TỊCH`) and the name on the same line.
fn position_after_authority(
    text: &str,
    ws: &[(usize, usize)],
    k: usize,
    out: &mut Vec<(usize, Cut)>,
) {
    let run = caps_run(text, ws, k);
    // A scan glued the prefix to the title's first word (`KT.CHỦ TỊCH 'CHÚ TỊCH …`).
    let glued = text[ws[k].0..ws[k].1]
        .split_once('.')
        .is_some_and(|(_, t)| t.starts_with(crate::text::fold::is_capital));
    // Words of the authority's title after the prefix: cut before a second position head.
    let mut position_at: Option<usize> = None;
    for j in k + 2..k + run {
        let (a, b) = ws[j];
        let prev = &text[ws[j - 1].0..ws[j - 1].1];
        // After the position, the signer's other office (`TM. HỘI ĐỒNG CHỦ TỊCH GIÁM ĐỐC SỞ
        // NỘI VỤ`): a title that opens after a whole one (`… TỊCH`, `… ĐỐC`), not the rest
        // of one (`TỔNG GIÁM ĐỐC`, `PHÓ CHỦ TỊCH`).
        if let Some(p) = position_at {
            let ends_title = ["tịch", "đốc", "trưởng", "thư", "nhiệm", "ban", "đoàn"]
                .contains(&fold_case(prev).as_str());
            if j > p + 1 && ends_title && is_position_words(&text[a..ws[k + run - 1].1]) {
                out.push((a, Cut::Row));
                break;
            }
            continue;
        }
        // `TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH`: the deputy's prefix opens a line of its own,
        // and the title after it is the authority's, not a position.
        if is_authority_prefix(&text[a..b]) {
            out.push((a, Cut::Row));
            continue;
        }
        if is_authority_prefix(prev) {
            continue;
        }
        let rest = &text[a..ws[k + run - 1].1];
        let f = fold_case(rest);
        if f.starts_with("phó ")
            || f.starts_with("thứ trưởng")
            || f.starts_with("chánh văn phòng")
            || (j > k + 1 + usize::from(!glued)
                && is_position_words(rest)
                // `BỘ TRƯỞNG, CHỦ NHIỆM`: one title of two offices.
                && !text[ws[j - 1].0..ws[j - 1].1].ends_with(',')
                && !fold_case(&text[ws[j - 1].0..ws[j - 1].1]).starts_with("phó"))
        {
            out.push((a, Cut::Row));
            position_at = Some(j);
        }
    }
    name_after(text, ws, k + run, out);
}

/// Capitalised words that open the line after a signature (`Số điện thoại liên hệ`, `Nơi
/// nhận:`, `Địa chỉ`, `Email`) and are no part of any Vietnamese name.
// `Signature`: a PDF viewer's note on a signature it could not check (`Signature Not Verified`),
// printed under the signer's name.
const NEVER_IN_A_NAME: &[&str] = &[
    "Số",
    "Nơi",
    "Kính",
    "Điện",
    "Địa",
    "Email",
    "Fax",
    "Tel",
    "Signature",
];

/// A person's name starting at word `k` (title case, two to five words): cut before it. A
/// seal's specks before it (`BỘ TRƯỞNG \ A À Zê Xuân Hồng`) stand on a line of their own.
fn name_after(text: &str, ws: &[(usize, usize)], k: usize, out: &mut Vec<(usize, Cut)>) {
    let specks = ws[k.min(ws.len())..]
        .iter()
        .take(3)
        .take_while(|&&(a, b)| is_seal_speck(&text[a..b]))
        .count();
    if specks == 0 {
        return name_at(text, ws, k, out);
    }
    let before = out.len();
    name_at(text, ws, k + specks, out);
    if out.len() > before {
        out.push((ws[k].0, Cut::Row));
    }
}

/// A speck a seal or a signature left as a word of its own (`\`, `A`, `À`): one or two
/// characters, one letter at most and no lower-case one (a unit's code has two: `HC`), no dash
/// or bracket a line opens with.
fn is_seal_speck(w: &str) -> bool {
    w.chars().count() <= 2
        && w.chars()
            .filter(|&c| crate::text::fold::is_letter(c))
            .count()
            <= 1
        && !w.chars().any(crate::text::fold::is_lower)
        && !w.starts_with(['-', '–', '(', '['])
}

/// `name_after` from word `k`, no speck before it.
fn name_at(text: &str, ws: &[(usize, usize)], mut k: usize, out: &mut Vec<(usize, Cut)>) {
    // A web copy's `(Đã ký)` (`(đã ký)`, `[Đã ký]`) where the signature was: a line of its own.
    if let (Some(&(a, _)), Some(&(_, b))) = (ws.get(k), ws.get(k + 1)) {
        if crate::recognize::clues::is_signed_mark(&text[a..b]) {
            out.push((a, Cut::Row));
            k += 2;
        }
    }
    let Some(&(a, _)) = ws.get(k) else { return };
    // Academic titles before the name (`GS. TS. Lê Thanh Sơn`), which CK006 reports.
    let titles = ws[k..ws.len().min(k + 3)]
        .iter()
        .take_while(|&&(x, y)| crate::recognize::clues::is_honorific_token(&text[x..y]))
        .count();
    let k = k + titles;
    // An officer signs with the rank before the name (`Thượng tướng Vũ Hải Sản`).
    let rank = {
        let first: Vec<&str> = ws[k..ws.len().min(k + 3)]
            .iter()
            .map(|&(x, y)| &text[x..y])
            .collect();
        crate::recognize::clues::rank_words(&first).unwrap_or(0)
    };
    let n = rank
        + ws[k + rank..]
            .iter()
            .enumerate()
            .take_while(|&(j, &(x, y))| {
                // A scan's quotation mark before the name (`“Thái Văn Tài`).
                let w = if j == 0 && rank == 0 {
                    crate::recognize::clues::without_speck_quote(&text[x..y])
                } else {
                    &text[x..y]
                };
                // `Nguyễn Văn An Phụ lục …`: the appendix that follows is no part of the name.
                let appendix = w == "Phụ"
                    && ws
                        .get(k + rank + j + 1)
                        .is_some_and(|&(p, q)| text[p..q].starts_with("lục"));
                // `Nguyễn Hữu Tháp Quyết định 435/QĐ-UBND năm 2020. CHƯƠNG TRÌNH …`: the page
                // title a crawler set before the appendix is no part of the name either.
                let page_title = crate::layout::furniture::is_page_title(&text[x..]);
                w.chars().next().is_some_and(crate::text::fold::is_capital)
                    && !is_caps_word(w)
                    && !appendix
                    && !page_title
                    && !NEVER_IN_A_NAME.contains(&w.trim_end_matches(':'))
            })
            .count();
    if (2..=5).contains(&(n - rank)) && (titles == 0 || rank == 0) {
        let name = &text[a..ws[k + n - 1].1];
        if crate::recognize::clues::is_person_name(name) {
            out.push((a, Cut::Row));
            if let Some(&(b, _)) = ws.get(k + n) {
                out.push((b, Cut::Row));
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::recognize::anchors::test_support::*;
    use crate::recognize::anchors::*;

    /// A two-column closing read row by row (Kế hoạch 173/KH-UBND, Hà Nội, 2026): the
    /// position beside the second recipient, the signer's name beside the first line of a
    /// recipient that wraps (`- VPUB: CVP, các PCVP,` | `Vũ Đại Thắng` / `phòng: KGVX, …`).
    /// The name is a line of its own, the item going on after it; with no position waiting
    /// for its name, names inside a recipient stay in it.
    #[test]
    fn the_signers_name_inside_a_wrapped_recipient_under_a_position() {
        let text = "Nơi nhận: - Thường trực Ban Bí thư TW Đảng; TM. ỦY BAN NHÂN DÂN - Ban Tuyên giáo và Dân vận Trung ương; CHỦ TỊCH - Đồng chí Bí thư Thành ủy; - Các đơn vị có tên trong KH; - VPUB: CVP, các PCVP, Vũ Đại Thắng phòng: KGVX, TH, KT, ĐT, TNMT, NC, HC-QT, TT TTDL&CNS TP; - Lưu: VT, KGVX.";
        let got = parts(text, CLOSING);
        assert!(got.contains(&"CHỦ TỊCH".to_owned()), "{got:#?}");
        assert!(got.contains(&"Vũ Đại Thắng".to_owned()), "{got:#?}");
        assert!(
            got.contains(&"phòng: KGVX, TH, KT, ĐT, TNMT, NC, HC-QT, TT TTDL&CNS TP;".to_owned()),
            "{got:#?}"
        );
        // The signature signed in full: the persons a recipient names are recipients.
        let text = "Nơi nhận: - Như trên; CHỦ TỊCH Nguyễn Văn An - Các đồng chí: Trần Văn Bình, Lê Thị Hoa và các phòng chuyên môn; - Lưu: VT.";
        let got = parts(text, CLOSING);
        assert!(
            got.iter()
                .any(|p| p.contains("Trần Văn Bình, Lê Thị Hoa và")),
            "{got:#?}"
        );
    }

    /// A consolidated text run together on one line (Văn bản hợp nhất 111/VBHN-VPQH, 2026):
    /// the attestation's heading, the position after its date and the name are lines of their
    /// own, the footnotes after the name too.
    #[test]
    fn a_consolidated_texts_attestation_run_together() {
        let text = "Luật Thuế tiêu thụ đặc biệt số 27/2008/QH12 đã được sửa đổi, bổ sung một số điều theo Luật số 70/2014/QH13 hết hiệu lực kể từ ngày Luật này có hiệu lực thi hành. VĂN PHÒNG QUỐC HỘI XÁC THỰC VĂN BẢN HỢP NHẤT Số: 111/VBHN-VPQH Hà Nội, ngày 20 tháng 5 năm 2026 CHỦ NHIỆM Lê Quang Mạnh Điều 5 của Luật số 09/2026/QH16 sửa đổi, bổ sung một số điều của Luật Thuế thu nhập cá nhân, có hiệu lực kể từ ngày 24 tháng 4 năm 2026 quy định như sau:";
        let zone = Zone {
            collapsed: true,
            ..BODY
        };
        let got = parts(text, zone);
        for line in ["XÁC THỰC VĂN BẢN HỢP NHẤT", "CHỦ NHIỆM", "Lê Quang Mạnh"] {
            assert!(got.contains(&line.to_owned()), "{line}: {got:#?}");
        }
        assert!(
            got.iter()
                .any(|p| p.starts_with("Điều 5 của Luật số 09/2026/QH16")),
            "{got:#?}"
        );
    }

    /// The mark where the signature was and the name on one line, a column beside the first
    /// recipient (`- Như trên;` TAB `(đã ký) Mai Văn Nam`, Đại học Cần Thơ, 2013).
    #[test]
    fn the_name_after_the_signed_mark_is_a_line_of_its_own() {
        assert_eq!(
            parts("(đã ký) Mai Văn Nam", CLOSING),
            ["(đã ký)", "Mai Văn Nam"]
        );
        assert_eq!(
            parts("(Đã ký) Th.s Bùi Đình Thiện", CLOSING),
            ["(Đã ký)", "Th.s Bùi Đình Thiện"]
        );
        // Not a body's name after it.
        assert_eq!(
            parts("(đã ký) Phòng Hành chính", CLOSING),
            ["(đã ký) Phòng Hành chính"]
        );
    }

    /// Recipients whose dash is `–` (three bytes), glued to the item (`–Sở Tài chính;`), in a
    /// document run together on one line: the fuzzer's find, a slice inside the dash.
    #[test]
    fn en_dash_recipients_run_together_are_cut_on_char_boundaries() {
        let lines = crate::test_corpus::decision(&[
            "Điều 1. Thành lập Đoàn kiểm tra.",
            "Nơi nhận:",
            "– Như Điều 1;",
            "–Sở Tài chính;",
            "–Lưu: VT, VP.",
            "KT. CHỦ TỊCH",
            "PHÓ CHỦ TỊCH",
            "Nguyễn Văn An",
        ]);
        let one_line = lines.join(" ") + "\n";
        let report = crate::check_str(&one_line, &crate::Config::default());
        assert!(report.document.run_together);
    }
    /// A closing with no authority prefix (`GIÁM ĐỐC` alone) is found inside the line; the
    /// signer's name right after the Lưu item, with no title (an OCR that lost it), and a Prime
    /// Minister's title are cut too.
    #[test]
    fn a_closing_inside_a_document_run_together() {
        let head = "UBND TỈNH LÀO CAI SỞ CÔNG THƯƠNG Số: 1050 /QĐ-SCT CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc Lào Cai, ngày 06 tháng 3 năm 2026 QUYẾT ĐỊNH Kiểm tra việc chấp hành pháp luật Căn cứ Luật số 42/2024/QH15 ngày 29/6/2024 về Quản lý, sử dụng vũ khí, vật liệu nổ và công cụ hỗ trợ;";
        let text = format!("{head} 2. Chánh Văn phòng Sở chịu trách nhiệm thi hành Quyết định này. Quyết định này có hiệu lực kể từ ngày ký./. Nơi nhận: - UBND tỉnh (để báo cáo); - Như Điều 5; - Lưu: VT, CN(M.Cường). GIÁM ĐỐC Hoàng Chí Hiền Phụ lục: DANH SÁCH CÁC ĐƠN VỊ KIỂM TRA");
        let got = parts(&text, HEADER);
        let tail: Vec<&str> = got.iter().rev().take(7).rev().map(String::as_str).collect();
        assert_eq!(
            tail,
            [
                "Nơi nhận:",
                "- UBND tỉnh (để báo cáo);",
                "- Như Điều 5;",
                "- Lưu: VT, CN(M.Cường).",
                "GIÁM ĐỐC",
                "Hoàng Chí Hiền",
                "Phụ lục: DANH SÁCH CÁC ĐƠN VỊ KIỂM TRA"
            ],
            "{got:#?}"
        );
        let text = format!("{head} Nơi nhận: - Như trên; - Lưu: VT, HCBT. Phạm Thị Minh Hiếu");
        let got = parts(&text, HEADER);
        assert_eq!(
            got[got.len() - 2..],
            ["- Lưu: VT, HCBT.", "Phạm Thị Minh Hiếu"]
        );
        let text = format!(
            "{head} Nơi nhận: - Như Điều 3; - Lưu: VT, KSTT (2). THỦ TƯỚNG Phạm Minh Chính"
        );
        let got = parts(&text, HEADER);
        assert_eq!(
            got[got.len() - 3..],
            ["- Lưu: VT, KSTT (2).", "THỦ TƯỚNG", "Phạm Minh Chính"]
        );
    }

    /// Closings run together in the order a two-column closing is read row by row: the
    /// recipients' label after the authority or the position beside it, a web copy's `(đã
    /// ký)` beside a recipient, a signer with academic titles right after the Lưu, a note in
    /// brackets under the Lưu, a stop written apart at the Lưu's end.
    #[test]
    fn closings_read_row_by_row_in_a_document_run_together() {
        let head = "UBND TỈNH LÂM ĐỒNG SỞ XÂY DỰNG Số: 2873/SXD-QLN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc Lâm Đồng, ngày 05 tháng 3 năm 2026 V/v góp ý thành lập Ban vận động Kính gửi: Sở Nội vụ tỉnh Lâm Đồng. Căn cứ Nghị định số 126/2024/NĐ-CP ngày 08/10/2024 của Chính phủ; Trên đây là ý kiến của Sở Xây dựng./.";
        let tail = |text: &str, n: usize| -> Vec<String> {
            let got = parts(text, HEADER);
            got[got.len() - n..].to_vec()
        };
        let text = format!("{head} KT. GIÁM ĐỐC Nơi nhận: - Như trên; - GĐ Sở (b/cáo); - Lưu: VT, QLN. PHÓ GIÁM ĐỐC Hồ Ngọc Phong Hải");
        assert_eq!(
            tail(&text, 7),
            [
                "KT. GIÁM ĐỐC",
                "Nơi nhận:",
                "- Như trên;",
                "- GĐ Sở (b/cáo);",
                "- Lưu: VT, QLN.",
                "PHÓ GIÁM ĐỐC",
                "Hồ Ngọc Phong Hải"
            ]
        );
        let text = format!("{head} KT. HIỆU TRƯỞNG PHÓ HIỆU TRƯỞNG Nơi nhận: - ĐHQGHN (để báo cáo); (đã ký) - Các đơn vị (để thực hiện); - Lưu: VT, ĐT. GS. TS. Lê Thanh Sơn");
        assert_eq!(
            tail(&text, 8),
            [
                "KT. HIỆU TRƯỞNG",
                "PHÓ HIỆU TRƯỞNG",
                "Nơi nhận:",
                "- ĐHQGHN (để báo cáo);",
                "(đã ký)",
                "- Các đơn vị (để thực hiện);",
                "- Lưu: VT, ĐT.",
                "GS. TS. Lê Thanh Sơn"
            ]
        );
        let text = format!("{head} Nơi nhận: - Các PCT UBND xã; - Lưu: VT. (b/c) TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH PHÓ CHỦ TỊCH Lê Thị Thu Hằng");
        assert_eq!(
            tail(&text, 6)[..3],
            ["- Lưu: VT.", "(b/c)", "TM. ỦY BAN NHÂN DÂN"]
        );
        // The position right after the Lưu's unit codes, the Lưu left without its stop.
        let text = format!(
            "{head} Nơi nhận: - Sở Tư pháp; - Lưu: VT, CCVC.YN GIÁM ĐỐC Nguyễn Thị Ngọc Giàu"
        );
        assert_eq!(
            tail(&text, 3),
            ["- Lưu: VT, CCVC.YN", "GIÁM ĐỐC", "Nguyễn Thị Ngọc Giàu"]
        );
        // Capitals that no name follows stay in the Lưu (a unit's name in capitals).
        let text = format!("{head} Nơi nhận: - Sở Tư pháp; - Lưu: VT, PHÒNG TỔ CHỨC CÁN BỘ");
        assert_eq!(tail(&text, 1), ["- Lưu: VT, PHÒNG TỔ CHỨC CÁN BỘ"]);
        // The signer's name between two recipients, and a plan's own header after the Lưu.
        let text = format!("{head} Nơi nhận: - Các Sở, ban, ngành; - Các đơn vị duy trì thoát nước; Trương Việt Dũng - VP UBTP: CVP, các PCVP; - Lưu: VT, ĐTDG ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM THÀNH PHỐ HÀ NỘI Độc lập - Tự do - Hạnh phúc KẾ HOẠCH Bảo đảm thoát nước");
        let got = tail(&text, 7);
        assert_eq!(
            got[..4],
            [
                "- Các đơn vị duy trì thoát nước;",
                "Trương Việt Dũng",
                "- VP UBTP: CVP, các PCVP;",
                "- Lưu: VT, ĐTDG"
            ],
            "{got:#?}"
        );
        assert!(got[4].starts_with("ỦY BAN NHÂN DÂN"), "{got:#?}");
        // A unit named after a person between recipients is no signer.
        let text = format!("{head} Nơi nhận: - Như trên; Trường Nguyễn Du - Lưu: VT.");
        assert!(!tail(&text, 3).contains(&"Trường Nguyễn Du".to_owned()));
        // A Party closing whose recipients end with commas, its signer's name after the Lưu
        // and a page's number after the name.
        let text = format!("{head} Nơi nhận: K/T TRƯỞNG BAN PHÓ TRƯỞNG BAN - Thường trực Thành ủy (để báo cáo), - Các cấp ủy trực thuộc Thành ủy, - Lưu VP, P.TCĐ-ĐV. Triệu Thị Ngọc 8");
        let got = tail(&text, 3);
        assert_eq!(
            got[..2],
            ["- Lưu VP, P.TCĐ-ĐV.", "Triệu Thị Ngọc"],
            "{got:#?}"
        );
        // A draft's closing: the position in sentence case between two recipients, the name
        // in capitals under a recipient left to fill.
        let text = format!("{head} Nơi nhận: - Như Điều 4; Tổng cục trưởng - ............................... NGUYỄN NGỌC ANH");
        assert_eq!(
            tail(&text, 4),
            [
                "- Như Điều 4;",
                "Tổng cục trưởng",
                "- ...............................",
                "NGUYỄN NGỌC ANH"
            ]
        );
        // The drafter's name in brackets stays in the Lưu.
        let text = format!("{head} Nơi nhận: - Như trên; - Lưu: VT, VP. (Giang) KT. GIÁM ĐỐC PHÓ GIÁM ĐỐC Nguyễn Văn An");
        assert_eq!(tail(&text, 4)[0], "- Lưu: VT, VP. (Giang)");
        // Parsed whole: the stop the Lưu's writer set apart stays on its line.
        let text = format!("{head} Nơi nhận: - Như trên; - Lưu: VT, NNTN, KGVX. PTDL . TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH PHÓ CHỦ TỊCH Nguyễn Hữu Tháp\n");
        let parsed = crate::check::parse(&text);
        let luu = parsed.closing.noi_nhan.as_ref().and_then(|n| n.luu);
        assert_eq!(line_of(&parsed, luu), Some("- Lưu: VT, NNTN, KGVX. PTDL ."));
    }

    /// An appendix's label in capitals and its name, and a legal site's source line at the
    /// end, in a document run together.
    #[test]
    fn an_appendix_name_and_a_source_line_at_the_end_of_a_document_run_together() {
        let head = "ỦY BAN NHÂN DÂN TỈNH KON TUM CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc Số: 3584/KH-UBND Kon Tum, ngày 07 tháng 10 năm 2024 KẾ HOẠCH Ứng dụng trí tuệ nhân tạo trên địa bàn tỉnh Căn cứ Quyết định số 127/QĐ-TTg ngày 26/01/2021 của Thủ tướng Chính phủ; Nơi nhận: - Như trên; - Lưu: VT. TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH PHÓ CHỦ TỊCH Nguyễn Hữu Tháp";
        let text = format!("{head} PHỤ LỤC CÁC NHIỆM VỤ TRỌNG TÂM GIAI ĐOẠN 2025-2030 (Ban hành kèm theo Kế hoạch số 3584/KH-UBND ngày 07 tháng 10 năm 2024 của Ủy ban nhân dân tỉnh) TT Nhiệm vụ Nguồn tra cứu: vanban.phaplyvn.com");
        let got = parts(&text, HEADER);
        for p in [
            "PHỤ LỤC",
            "CÁC NHIỆM VỤ TRỌNG TÂM GIAI ĐOẠN 2025-2030",
            "Nguồn tra cứu: vanban.phaplyvn.com",
        ] {
            assert!(got.iter().any(|g| g == p), "{p:?} not a line of {got:#?}");
        }
        let text = format!("{head} PHỤ LỤC II ĐỀ CƯƠNG BÁO CÁO PHỤC VỤ CÔNG TÁC KIỂM TRA");
        let got = parts(&text, HEADER);
        assert_eq!(
            got[got.len() - 2..],
            ["PHỤ LỤC II", "ĐỀ CƯƠNG BÁO CÁO PHỤC VỤ CÔNG TÁC KIỂM TRA"]
        );
    }

    /// A Markdown table's cell holds the label and every recipient, longer than a line of
    /// prose: it is cut all the same.
    #[test]
    fn a_long_cell_of_recipients_after_its_label() {
        let items: Vec<String> = (1..=12)
            .map(|k| format!("- Ủy ban nhân dân các tỉnh, thành phố số {k};"))
            .collect();
        let text = format!(
            "Nơi nhận: {}  - Lưu: VT, Cục DNNN (…..b).",
            items.join("  ")
        );
        assert!(text.len() > LONG_LINE);
        let got = parts(&text, CLOSING);
        assert_eq!(got.len(), 14, "{got:#?}");
        assert_eq!(got[0], "Nơi nhận:");
        assert_eq!(got[13], "- Lưu: VT, Cục DNNN (…..b).");
    }

    #[test]
    fn a_closing_far_from_the_end_is_cut_under_its_label() {
        let mut text = String::from(
            "Điều 3. Thông tư này có hiệu lực.\nNơi nhận: _. KT, BỘ TRƯỞNG\n- Như Điều 3;\n\
             - Bộ Tư pháp: Bộ trưởng, các Thứ trưởng; Hân Chí Hiêu\n- Lưu: VT, PC.\n",
        );
        for k in 0..60 {
            text.push_str(&format!("Dòng {k} của phụ lục kèm theo Thông tư.\n"));
        }
        let r = crate::recognize::read::read(&text, crate::config::InputFormat::Text);
        let lines: Vec<String> = r.lines.iter().map(|l| l.pieces.text(&text)).collect();
        assert_eq!(
            lines[1..6],
            [
                "Nơi nhận:",
                "KT, BỘ TRƯỞNG",
                "- Như Điều 3;",
                "- Bộ Tư pháp: Bộ trưởng, các Thứ trưởng;",
                "Hân Chí Hiêu"
            ]
        );
    }

    #[test]
    fn a_closing_written_on_one_line() {
        let z = Zone {
            header: false,
            closing: true,
            after_number: true,
            title_seen: true,
            number_follows: false,
            collapsed: false,
            in_run_row: false,
        };
        assert_eq!(
            parts("Nơi nhận: KT. GIÁM ĐỐC", z),
            ["Nơi nhận:", "KT. GIÁM ĐỐC"]
        );
        assert_eq!(
            parts("- Như trên; PHÓ GIÁM ĐỐC", z),
            ["- Như trên;", "PHÓ GIÁM ĐỐC"]
        );
        assert_eq!(
            parts(
                "Nơi nhận: - Như trên; - Lưu: VT. KT. CHỦ TỊCH PHÓ CHỦ TỊCH Nguyễn Văn An",
                z
            ),
            [
                "Nơi nhận:",
                "- Như trên;",
                "- Lưu: VT.",
                "KT. CHỦ TỊCH",
                "PHÓ CHỦ TỊCH",
                "Nguyễn Văn An"
            ]
        );
        // The authority beside the label, the recipients after its title, the signer's name
        // after the Lưu item.
        assert_eq!(
            parts(
                "Nơi nhận: T/M BAN THƯỜNG VỤ - Như kính gửi; - Lưu VT. Trương Văn Tùng",
                z
            ),
            [
                "Nơi nhận:",
                "T/M BAN THƯỜNG VỤ",
                "- Như kính gửi;",
                "- Lưu VT.",
                "Trương Văn Tùng"
            ]
        );
    }

    /// The Lưu item run on with what follows it ends where the văn thư's codes end: before a
    /// name a scan opened with a quotation mark (`“Thái Văn Tài`, `"Thị Thanh Trà`), or before
    /// a label and its colon (`Đính kèm:`), which no code is.
    #[test]
    fn the_luu_ends_where_its_codes_end() {
        assert_eq!(
            parts(
                "Nơi nhận: - Như trên; - Lưu: VT, Vụ GGPT. “Thái Văn Tài BỘ GIÁO DỤC VÀ ĐÀO TẠO",
                CLOSING
            ),
            [
                "Nơi nhận:",
                "- Như trên;",
                "- Lưu: VT, Vụ GGPT.",
                "“Thái Văn Tài",
                "BỘ GIÁO DỤC VÀ ĐÀO TẠO"
            ]
        );
        assert_eq!(
            parts(
                "Nơi nhận: - UBND các tỉnh, thành phố; - Lưu: VT, CĐS (2)1LHQ/ \"Thị Thanh Trà",
                CLOSING
            ),
            [
                "Nơi nhận:",
                "- UBND các tỉnh, thành phố;",
                "- Lưu: VT, CĐS (2)1LHQ/",
                "\"Thị Thanh Trà"
            ]
        );
        assert_eq!(
            parts(
                "Nơi nhận: - Như trên; - Lưu TTTT (ĐTh). Đính kèm: - Chương trình tập huấn. GIÁM ĐỐC Võ Thiện Cang",
                CLOSING
            ),
            [
                "Nơi nhận:",
                "- Như trên;",
                "- Lưu TTTT (ĐTh).",
                "Đính kèm:",
                "- Chương trình tập huấn.",
                "GIÁM ĐỐC",
                "Võ Thiện Cang"
            ]
        );
        // A unit's name with a colon inside the Lưu is none of these.
        assert_eq!(
            parts("Nơi nhận: - Như trên; - Lưu: VT, Phòng TCHC: 02b.", CLOSING),
            ["Nơi nhận:", "- Như trên;", "- Lưu: VT, Phòng TCHC: 02b."]
        );
    }

    /// The recipients' label behind a scan's speck glued to it (`ơNơi nhận:`) or the hyphen
    /// that ended the line above (`… các đồng chí /y-Nơi nhận:`), in a closing run together:
    /// the speck stays with the label, the hyphen with its line; the position beside the label
    /// is its column.
    #[test]
    fn a_label_glued_to_a_speck_or_a_hyphen() {
        // A document run together: the body's last sentences before the closing.
        let run_together = Zone {
            collapsed: true,
            ..CLOSING
        };
        let body = "Kính trình Ủy ban nhân dân tỉnh xem xét, quyết định./. (Xin gửi kèm theo: dự thảo Nghị quyết, Tờ trình; Báo cáo tổng hợp ý kiến góp ý; văn bản thẩm định của Sở Tư pháp; Báo cáo tiếp thu, giải trình ý kiến thẩm định của Sở Tư pháp và các văn bản có liên quan).";
        let text = format!("{body} ơNơi nhận: GIÁM ĐỐC - Như trên (để trình); - GĐ SNV; - Lưu: VT.CCVC, YN. Nguyễn Thị Ngọc Giàu");
        let got = parts(&text, run_together);
        assert_eq!(
            got[got.len() - 6..],
            [
                "ơNơi nhận:",
                "GIÁM ĐỐC",
                "- Như trên (để trình);",
                "- GĐ SNV;",
                "- Lưu: VT.CCVC, YN.",
                "Nguyễn Thị Ngọc Giàu"
            ]
        );
        assert!(got[got.len() - 7].ends_with("liên quan)."), "{got:#?}");
        let position = text.find("GIÁM").unwrap();
        assert!(
            cuts(&text, run_together).contains(&(position, Cut::Column)),
            "{got:#?}"
        );
        let text = format!("{body} Trân trọng cảm ơn sự quan tâm, phối hợp của các đồng chí /y-Nơi nhận: - Như trên; - Lưu: VT, V01(P3).");
        let got = parts(&text, run_together);
        assert_eq!(
            got[got.len() - 3..],
            ["Nơi nhận:", "- Như trên;", "- Lưu: VT, V01(P3)."],
            "{got:#?}"
        );
        assert!(got[got.len() - 4].ends_with("các đồng chí /y-"), "{got:#?}");
    }

    /// A recipient ending with a comma (NN004's slip) still ends where the next dash opens
    /// one; a dash inside a name or between words stays.
    #[test]
    fn a_recipient_ending_with_a_comma_before_the_next_dash() {
        for (line, want) in [
            (
                "Nơi nhận: - Các sở, ngành: Tài chính, Y tế, Thông tin và Truyền thông, - Liên minh HTX tỉnh; - Lưu: VT.",
                vec![
                    "Nơi nhận:",
                    "- Các sở, ngành: Tài chính, Y tế, Thông tin và Truyền thông,",
                    "- Liên minh HTX tỉnh;",
                    "- Lưu: VT.",
                ],
            ),
            (
                "Nơi nhận: - Như trên, - Sở Lao động - Thương binh và Xã hội; - Lưu: VT.",
                vec![
                    "Nơi nhận:",
                    "- Như trên,",
                    "- Sở Lao động - Thương binh và Xã hội;",
                    "- Lưu: VT.",
                ],
            ),
            (
                "Nơi nhận: - Bộ Tư pháp; - UBND các huyện, - Lưu: VT, TH.",
                vec!["Nơi nhận:", "- Bộ Tư pháp;", "- UBND các huyện,", "- Lưu: VT, TH."],
            ),
        ] {
            assert_eq!(parts(line, CLOSING), want, "{line}");
        }
        // A comma then a dash before a number or a lower-case word cuts nothing.
        assert_eq!(
            parts("Nơi nhận: - Các xã 1, - 2 và 3; - Lưu: VT.", CLOSING),
            ["Nơi nhận:", "- Các xã 1, - 2 và 3;", "- Lưu: VT."]
        );
    }

    #[test]
    fn a_scanned_closing_beside_its_recipients() {
        for (line, want) in [
            // A comma read for the period; specks at the cut (a part of its own here, which
            // the reading drops).
            (
                "Nơi nhận: _. KT, BỘ TRƯỞNG",
                vec!["Nơi nhận:", "_.", "KT, BỘ TRƯỞNG"],
            ),
            // The label's first letter lost; a quote before the prefix.
            ("ơi nhận: “KT. GIÁM ĐÓC", vec!["ơi nhận:", "“KT. GIÁM ĐÓC"]),
            // A position whose marks the scan lost, one whose first letter it lost.
            (
                "- Như trên; PHO GIAM ĐỌC",
                vec!["- Như trên;", "PHO GIAM ĐỌC"],
            ),
            (
                "- Bộ Tư pháp (đê b/c); HU TỊCH",
                vec!["- Bộ Tư pháp (đê b/c);", "HU TỊCH"],
            ),
            // The signer's name beside the last recipient of its row.
            (
                "-Phòng VH-TT các huyện, Thành phố; Trân Văn Thanh",
                vec!["-Phòng VH-TT các huyện, Thành phố;", "Trân Văn Thanh"],
            ),
            // Specks that open a signature line are cut off.
            ("—_ KT.CHỦ TỊCH", vec!["—_", "KT.CHỦ TỊCH"]),
            ("=——. GIÁM ĐÓC", vec!["=——.", "GIÁM ĐÓC"]),
            // What the scan left of the `Nơi nhận:` label beside the authority.
            ("Tà TM. BAN THƯỜNG VỤ", vec!["Tà", "TM. BAN THƯỜNG VỤ"]),
            ("R-.4ê th TL. CHỦ TỊCH", vec!["R-.4ê th", "TL. CHỦ TỊCH"]),
            ("Ko k KT. TÔNG GIÁM ĐÓC", vec!["Ko k", "KT. TÔNG GIÁM ĐÓC"]),
            ("KẾ Ti KT. CHỦ TỊCH", vec!["KẾ Ti", "KT. CHỦ TỊCH"]),
        ] {
            assert_eq!(parts(line, CLOSING), want, "{line}");
        }
    }

    /// A scan run together on one line: the recipients' label comes after the body's last
    /// words with no stop, or after the scan's specks, and before a recipient or an authority.
    #[test]
    fn a_scanned_label_run_on_after_the_body() {
        let head = "HỘI LHPN TỈNH LÂM ĐỒNG CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc Số: 15/CV-BTV Lâm Đồng, ngày 14 tháng 9 năm 2025";
        let filler = " Nội dung được trình bày đầy đủ, rõ ràng, đúng quy định.".repeat(6);
        for (tail, label, next) in [
            // After a telephone number in a table's last row.
            (
                "02 | Nguyễn Thị Bích Ngọc Hội LHPN tỉnh 0856.xxx.xxx Nơi nhận: TM. BAN THƯỜNG VỤ - Như kính gửi; PHÓ CHỦ TỊCH - Lưu: VP, VT.",
                "Nơi nhận:",
                "TM. BAN THƯỜNG VỤ",
            ),
            // After the scan's specks under the last sentence.
            (
                "chịu trách nhiệm thi hành Quyết định này./. 4 Nơi nhận: - Như Điều 3; - Lưu: VT, TCCB-HC.",
                "Nơi nhận:",
                "- Như Điều 3;",
            ),
            // Its first letter lost, a quote before the authority.
            (
                "thi hành Quyết định này./. = ơi nhận: “KT. GIÁM ĐÓC - Như Điều 3; - Lưu: VT, ĐT.",
                "ơi nhận:",
                "“KT. GIÁM ĐÓC",
            ),
        ] {
            let text = format!("{head} Căn cứ Luật Tổ chức chính quyền địa phương;{filler} {tail}");
            let got = parts(&text, CLOSING);
            let at = got.iter().position(|g| g == label);
            assert!(at.is_some(), "{label:?} not a line of {got:#?}");
            assert_eq!(got[at.unwrap() + 1], next, "{got:#?}");
        }
        // The words in prose, with no recipient or authority after them, are not cut.
        let prose = format!("{head} Căn cứ Luật Tổ chức chính quyền địa phương;{filler} Đề nghị ghi rõ nơi nhận: Sở Tài chính tỉnh Lâm Đồng. Nơi nhận: - Như trên; - Lưu: VT.");
        assert!(
            parts(&prose, CLOSING)
                .iter()
                .all(|g| !g.starts_with("nơi nhận")),
            "{prose}"
        );
    }

    /// A scan's closing run together on one line: what the scan left of the label between the
    /// body's stop and the authority, specks after a recipient, the signer's name run on after
    /// the Lưu item, and a prefix glued to its title.
    #[test]
    fn a_scanned_closing_run_together() {
        let head = "LIÊN ĐOÀN LUẬT SƯ VIỆT NAM CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc Số: 562/LĐLSVN Hà Nội, ngày 10 tháng 9 năm 2025";
        let filler = " Nội dung được trình bày đầy đủ, rõ ràng, đúng quy định.".repeat(6);
        for (tail, want) in [
            (
                "để chỉ đạo và quyết định theo thẩm quyền. Trân trọng./. Tà TM. BAN THƯỜNG VỤ - Như trên; - Lưu VPLĐLSVN.",
                vec!["Tà", "TM. BAN THƯỜNG VỤ", "- Như trên;", "- Lưu VPLĐLSVN."],
            ),
            (
                "chịu trách nhiệm thi hành Quyết định này./: Ko k KT. TÔNG GIÁM ĐÓC - Như Điêu 3; - Lưu VT, CNTT.",
                vec!["Ko k", "KT. TÔNG GIÁM ĐÓC", "- Như Điêu 3;", "- Lưu VT, CNTT."],
            ),
            (
                "các ông, bà có tên tại Điều 1 căn cứ Quyết định thi hành „/, _—_ KT.CHỦ TỊCH 'CHÚ TỊCH THƯỜNG TRỤC Nơi nhận: - Như điều 3; - Lưu: VT, N.chính (1 6B). Lê Hồng Văn",
                vec![
                    "KT.CHỦ TỊCH",
                    "'CHÚ TỊCH THƯỜNG TRỤC",
                    "Nơi nhận:",
                    "- Như điều 3;",
                    "- Lưu: VT, N.chính (1 6B).",
                    "Lê Hồng Văn",
                ],
            ),
            (
                "gửi các đơn vị biết và tham gia. KT. GIÁM ĐÓC PHÓ GIÁM ĐÓC Noi nhận: - Như trên; - GĐ, các PGĐ; ⁄⁄ - Lưu: CNTT, VT. HC Nguyễn Hữu Việt",
                vec!["- GĐ, các PGĐ; ⁄⁄", "- Lưu: CNTT, VT. HC", "Nguyễn Hữu Việt"],
            ),
            (
                "Trân trọng! Nơi nhận: ~- Như trên; - Lưu; VT, NSTH. 7009, Hồ Quang Huệ",
                vec!["- Lưu; VT, NSTH. 7009,", "Hồ Quang Huệ"],
            ),
        ] {
            let text = format!("{head} Kính gửi: Sở Tư pháp tỉnh Lâm Đồng{filler} {tail}");
            let got = parts(&text, CLOSING);
            let at = got.iter().position(|g| *g == want[0]);
            assert!(at.is_some(), "{:?} not a line of {got:#?}", want[0]);
            let at = at.unwrap();
            assert_eq!(&got[at..at + want.len()], want.as_slice(), "{got:#?}");
        }
        // A word in title case ending the list is no signer's name (no family name first);
        // prose before an authority's words is not cut.
        for tail in [
            "Trân trọng./. Nơi nhận: - Như trên; - Lưu: VT, Phòng Tổng Hợp",
            "đề nghị các đơn vị báo cáo kết quả về KT. GIÁM ĐỐC để tổng hợp.",
        ] {
            let text = format!("{head} Kính gửi: Sở Tư pháp tỉnh Lâm Đồng{filler} {tail}");
            let got = parts(&text, CLOSING);
            assert!(
                !got.iter()
                    .any(|g| g == "Phòng Tổng Hợp" || g.starts_with("KT. GIÁM ĐỐC")),
                "{got:#?}"
            );
        }
    }

    #[test]
    fn units_codes_and_prose_in_the_closing_are_not_cut() {
        for line in [
            "- Lưu: VT, KT, NCKSTTHC.",
            "- Phòng KT, HT&ĐT các phường;",
            "- Như trên; Sở Tài chính",
            "- Các sở, ngành; PHÒNG KINH TẾ",
            // Words of prose before the prefix are no label's remnant.
            "Đề nghị các đơn vị TM. BAN",
        ] {
            assert_eq!(parts(line, CLOSING), [line], "{line}");
        }
    }

    #[test]
    fn a_scans_debris() {
        for t in [
            "D 4",
            "⁄⁄",
            "ý ]—",
            ": _. A2",
            "4z.",
            "__ 5mm xí",
            "C /“AỪ xá”",
            "(",
            "_NG",
        ] {
            assert!(is_scan_debris(t), "{t}");
        }
        for t in [
            "VT",
            "GĐ; PGĐ 3;",
            "(b/c)",
            "Sở Tài chính",
            "442 1 2 3 4",
            "",
        ] {
            assert!(!is_scan_debris(t), "{t}");
        }
    }

    #[test]
    fn a_signature_block_in_one_table_cell() {
        assert_eq!(
            parts("KT. BỘ TRƯỞNG THỨ TRƯỞNG (Đã ký) Cao Anh Tuấn", CLOSING),
            ["KT. BỘ TRƯỞNG", "THỨ TRƯỞNG", "(Đã ký)", "Cao Anh Tuấn"]
        );
        assert_eq!(
            parts("CHỦ TỊCH QUỐC HỘI (Đã ký) Trần Thanh Mẫn", CLOSING),
            ["CHỦ TỊCH QUỐC HỘI", "(Đã ký)", "Trần Thanh Mẫn"]
        );
    }

    /// A flattened signature table puts the authority and the position on one line, the name
    /// set apart: the position opens a line of its own; an authority alone stays whole.
    #[test]
    fn the_position_after_the_authority_on_one_line() {
        for (line, authority, position) in [
            (
                "TM. ỦY BAN NHÂN DÂN CHỦ TỊCH",
                "TM. ỦY BAN NHÂN DÂN",
                "CHỦ TỊCH",
            ),
            ("KT. CHỦ TỊCH PHÓ CHỦ TỊCH", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"),
            (
                "TM. BAN CHỈ ĐẠO TRƯỞNG BAN",
                "TM. BAN CHỈ ĐẠO",
                "TRƯỞNG BAN",
            ),
        ] {
            assert_eq!(parts(line, CLOSING), [authority, position]);
        }
        for line in [
            "TM. ỦY BAN NHÂN DÂN TỈNH",
            "TM. BAN THƯỜNG VỤ",
            "TM. ĐOÀN CHỦ TỊCH",
        ] {
            assert_eq!(parts(line, CLOSING), [line]);
        }
    }

    #[test]
    fn the_signers_other_office_after_the_position_is_a_line_of_its_own() {
        assert_eq!(
            parts(
                "TM. HỘI ĐỒNG CHỦ TỊCH GIÁM ĐỐC SỞ NỘI VỤ Đỗ Văn Chung",
                CLOSING
            ),
            [
                "TM. HỘI ĐỒNG",
                "CHỦ TỊCH",
                "GIÁM ĐỐC SỞ NỘI VỤ",
                "Đỗ Văn Chung"
            ]
        );
        assert_eq!(
            parts("TM. HỘI ĐỒNG QUẢN TRỊ TỔNG GIÁM ĐỐC Nguyễn Văn An", CLOSING),
            ["TM. HỘI ĐỒNG QUẢN TRỊ", "TỔNG GIÁM ĐỐC", "Nguyễn Văn An"]
        );
        assert_eq!(
            parts("KT. CHỦ TỊCH PHÓ CHỦ TỊCH Nguyễn Văn An", CLOSING),
            ["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Nguyễn Văn An"]
        );
    }

    #[test]
    fn an_officers_rank_opens_the_signers_line() {
        assert_eq!(
            parts(
                "KT. BỘ TRƯỞNG THỨ TRƯỞNG (Đã ký) Thượng tướng Vũ Hải Sản CƠ SỞ DỮ LIỆU",
                CLOSING
            ),
            [
                "KT. BỘ TRƯỞNG",
                "THỨ TRƯỞNG",
                "(Đã ký)",
                "Thượng tướng Vũ Hải Sản",
                "CƠ SỞ DỮ LIỆU"
            ]
        );
    }

    #[test]
    fn recipients_run_on_after_the_label_s_line() {
        assert_eq!(
            parts(
                "- Cổng thông tin điện tử Bộ Công an; - Lưu: VT, V03, H01.",
                CLOSING
            ),
            [
                "- Cổng thông tin điện tử Bộ Công an;",
                "- Lưu: VT, V03, H01."
            ]
        );
    }

    #[test]
    fn a_signature_stamp_run_on_with_the_closing_stands_apart() {
        assert_eq!(
            parts(
                "- Lưu: VT. Digitally signed by HIỆP HỘI CÔNG CHỨNG VIÊN VIỆT NAM Date: 2025.10.20 18:57:55+07'00' PHỤ LỤC 01",
                CLOSING
            ),
            [
                "- Lưu: VT.",
                "Digitally signed by HIỆP HỘI CÔNG CHỨNG VIÊN VIỆT NAM",
                "Date: 2025.10.20 18:57:55+07'00'",
                "PHỤ LỤC 01"
            ]
        );
    }

    #[test]
    fn a_contact_line_after_the_signer_is_no_part_of_the_name() {
        assert_eq!(
            parts(
                "KT. BỘ TRƯỞNG, CHỦ NHIỆM PHÓ CHỦ NHIỆM Phạm Mạnh Cường Số điện thoại liên hệ: 0974xxxxxx",
                CLOSING
            ),
            [
                "KT. BỘ TRƯỞNG, CHỦ NHIỆM",
                "PHÓ CHỦ NHIỆM",
                "Phạm Mạnh Cường",
                "Số điện thoại liên hệ: 0974xxxxxx"
            ]
        );
    }

    #[test]
    fn a_portal_footer_under_a_document_on_one_line_is_set_aside() {
        let mut lines = crate::test_corpus::decision(&[
            "Điều 1. Thành lập Đoàn kiểm tra.",
            "Điều 2. Quyết định này có hiệu lực kể từ ngày ký./.",
            "Nơi nhận:",
            "- Như Điều 2;",
            "- Lưu: VT.",
            "KT. CHỦ TỊCH",
            "PHÓ CHỦ TỊCH",
            "Nguyễn Văn An",
        ]);
        lines.extend([
            "CƠ SỞ DỮ LIỆU QUỐC GIA VỀ PHÁP LUẬT Đơn vị chủ quản: Bộ Tư pháp Điện thoại:024.6273.9468 | Fax:024.6273.9359 Địa chỉ: Số 60 Trần Phú - Ba Đình - Thành phố Hà Nội Mục lục Điều 1. Điều 2.",
        ]);
        let one_line = lines.join(" ") + "\n";
        let report = crate::check_str(&one_line, &crate::Config::default());
        assert!(report.document.run_together);
        let text = report.source.text();
        let set_aside: String = report
            .document
            .furniture
            .iter()
            .map(|(span, _)| span.of(text))
            .collect::<Vec<_>>()
            .join(" ");
        assert!(
            set_aside.starts_with("CƠ SỞ DỮ LIỆU QUỐC GIA"),
            "{set_aside}"
        );
        assert!(set_aside.contains("Mục lục"), "{set_aside}");
        let doc = &report.document;
        let signer = doc
            .closing
            .signature
            .name
            .map(|i| doc.line(i).span.of(text));
        assert_eq!(signer, Some("Nguyễn Văn An"));
        // A sentence that names the database is no footer.
        let sentence = format!(
            "{} Văn bản được đăng trên Cơ sở dữ liệu quốc gia về pháp luật đơn vị chủ quản là Bộ Tư pháp.",
            "Các cơ quan, đơn vị có liên quan chịu trách nhiệm thi hành Quyết định này.".repeat(4)
        );
        assert_eq!(parts(&sentence, CLOSING), [sentence.as_str()]);
    }

    /// The signer's position and name of a document run together on one line, as `check_str`
    /// reads them, with the text it set aside.
    fn one_line_signature(closing: &[&'static str]) -> (Vec<String>, Option<String>, String) {
        let lines = crate::test_corpus::decision(closing);
        let one_line = lines.join(" ") + "\n";
        let report = crate::check_str(&one_line, &crate::Config::default());
        assert!(report.document.run_together);
        let text = report.source.text();
        let doc = &report.document;
        let positions = doc
            .closing
            .signature
            .positions
            .iter()
            .map(|&i| doc.line(i).span.of(text).to_owned())
            .collect();
        let name = doc
            .closing
            .signature
            .name
            .map(|i| doc.line(i).span.of(text).to_owned());
        let set_aside = doc
            .furniture
            .iter()
            .map(|(span, _)| span.of(text))
            .collect::<Vec<_>>()
            .join(" ");
        (positions, name, set_aside)
    }

    /// A provincial e-signature's stamp between the position and the name, as a PDF copy
    /// run together gives it (UBND tỉnh An Giang, 2020): set aside, the name read after it.
    #[test]
    fn an_e_signature_stamp_between_position_and_name_is_set_aside() {
        let (positions, name, set_aside) = one_line_signature(&[
            "Điều 1. Thành lập Đoàn kiểm tra.",
            "Điều 2. Quyết định này có hiệu lực kể từ ngày ký./.",
            "Nơi nhận:",
            "- Như Điều 2;",
            "- Lưu: VT, KGVX.",
            "TM. ỦY BAN NHÂN DÂN",
            "KT. CHỦ TỊCH",
            "PHÓ CHỦ TỊCH",
            "Ký bởi: Ủy ban Nhân dân tỉnh Email: ubnd@angiang.gov.vn Cơ quan: Tỉnh An Giang Ngày ký: 03-03-2020 16:18:57 +07:00",
            "Lê Văn Phước",
        ]);
        assert_eq!(positions, ["PHÓ CHỦ TỊCH"]);
        assert_eq!(name.as_deref(), Some("Lê Văn Phước"));
        assert!(
            set_aside.contains("Ký bởi: Ủy ban Nhân dân tỉnh"),
            "{set_aside}"
        );
        assert!(set_aside.contains("16:18:57 +07:00"), "{set_aside}");
    }

    /// A stamp's words with no signing time after them are prose: nothing is cut there.
    #[test]
    fn a_stamp_opening_with_no_signing_time_cuts_nothing() {
        let mut out = Vec::new();
        let text = "Văn bản điện tử ký bởi: Giám đốc Sở, cơ quan: Sở Tư pháp, gửi qua hệ thống quản lý văn bản.";
        signer_stamp(text, &fold_case(text), &mut out);
        assert!(out.is_empty(), "{out:?}");
    }

    /// A PDF viewer's note on the signature it could not check, printed under the signer's
    /// name (`Signature Not Verified`, UBND TP Hà Nội, 2025): no part of the name.
    #[test]
    fn a_viewer_s_signature_note_is_no_part_of_the_name() {
        let (positions, name, _) = one_line_signature(&[
            "Điều 1. Thành lập Đoàn kiểm tra.",
            "Điều 2. Quyết định này có hiệu lực kể từ ngày ký./.",
            "Nơi nhận:",
            "- Như Điều 2;",
            "- Lưu VT, ĐT.",
            "TM. ỦY BAN NHÂN DÂN",
            "KT. CHỦ TỊCH",
            "PHÓ CHỦ TỊCH",
            "Dương Đức Tuấn",
            "Signature Not Verified",
            "Ký",
        ]);
        assert_eq!(positions, ["PHÓ CHỦ TỊCH"]);
        assert_eq!(name.as_deref(), Some("Dương Đức Tuấn"));
    }

    /// A web copy run together, where a crawler set the page's title before the appendix
    /// under the signature (`… PHÓ CHỦ TỊCH Nguyễn Hữu Tháp Quyết định 435/QĐ-UBND năm 2020.
    /// CHƯƠNG TRÌNH HÀNH ĐỘNG …`, UBND tỉnh Kon Tum, 2020): the name ends before the title.
    #[test]
    fn a_page_title_after_the_signer_s_name_is_no_part_of_it() {
        let got = parts(
            "- Lưu VT, KGVX2. TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH PHÓ CHỦ TỊCH Nguyễn Hữu Tháp Quyết định 435/QĐ-UBND năm 2020. CHƯƠNG TRÌNH HÀNH ĐỘNG",
            CLOSING,
        );
        assert!(got.iter().any(|p| p == "Nguyễn Hữu Tháp"), "{got:?}");
        // The name at the end of the text is read as before.
        let got = parts(
            "- Lưu VT, KGVX2. TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH PHÓ CHỦ TỊCH Nguyễn Hữu Tháp",
            CLOSING,
        );
        assert!(got.iter().any(|p| p == "Nguyễn Hữu Tháp"), "{got:?}");
    }

    /// A scan's two-column closing read row by row, its dashes glued to the items (`-Các cơ
    /// quan báo chí`): the signer's name between two recipients is a line of its own (Sở
    /// TTTT Bến Tre, 2011).
    #[test]
    fn the_signers_name_between_recipients_whose_dashes_are_glued() {
        let got = parts(
            "Nơi nhận: -Bộ Thông tin và Truyền thông; -Phòng VH-TT các huyện, Thành phố; Trân Văn Thanh -Các cơ quan báo chí trên địa bàn; -Lưu VT, VP.",
            CLOSING,
        );
        assert!(got.contains(&"Trân Văn Thanh".to_owned()), "{got:#?}");
        assert!(
            got.contains(&"-Các cơ quan báo chí trên địa bàn;".to_owned()),
            "{got:#?}"
        );
        // A unit named after a person between recipients is no signer.
        let got = parts(
            "Nơi nhận: -Như trên; Trường Nguyễn Du -Lưu VT, VP.",
            CLOSING,
        );
        assert!(!got.contains(&"Trường Nguyễn Du".to_owned()), "{got:#?}");
    }

    /// A scan's specks glue the authority to the body's last word (`thi hành,z2-KT. CHỦ
    /// TỊCH`, UBND Hải Dương, 2011): the authority and the deputy's title are lines of their
    /// own; a hyphenated word in prose is not cut.
    #[test]
    fn an_authority_glued_to_the_bodys_last_word_by_specks() {
        let got = parts(
            "thủ trưởng các đơn vị liên quan căn cứ Quyết định thi hành,z2-KT. CHỦ TỊCH PHÓ CHỦ TỊCH THƯỜNG TRỰC Nơi nhận: - Như điều 3; - Lưu: VT.",
            CLOSING,
        );
        assert!(got.contains(&"KT. CHỦ TỊCH".to_owned()), "{got:#?}");
        assert!(
            got.contains(&"PHÓ CHỦ TỊCH THƯỜNG TRỰC".to_owned()),
            "{got:#?}"
        );
        // No recipients after the capitals: the prefix stays in its word.
        let prose = "Giao các đơn vị thi hành,z2-KT. CHỦ TỊCH xem xét việc này.";
        let got = parts(prose, CLOSING);
        assert!(!got.iter().any(|p| p.starts_with("KT.")), "{got:#?}");
    }

    #[test]
    fn a_scanned_label_after_specks_with_a_garbled_title_beside_it() {
        // The authority's title garbled (`KT. đu TRƯỞNG`).
        let got = parts(
            "Bộ Ngoại giao trân trọng cảm ơn sự phối hợp công tác của Quý Cơ quan./ X⁄ Nơi nhận: KT. đu TRƯỞNG - Như trên; - Lưu: HC, LPQT.",
            CLOSING,
        );
        assert!(got.contains(&"Nơi nhận:".to_owned()), "{got:#?}");
        // The position garbled, no prefix (`⁄@CHIỆU TRƯỞNG`), then the recipients' dash.
        let got = parts(
            "- Sinh viên liên hệ trực tiếp Phòng Tài chính - Kế toán để được hỗ trợ/,£ — Nơi nhận: ⁄@CHIỆU TRƯỞNG - Phòng, khoa, trung tâm; - Lưu VT.",
            CLOSING,
        );
        assert!(got.contains(&"Nơi nhận:".to_owned()), "{got:#?}");
        // A sentence naming where a thing is received stays whole.
        let sentence = "Hồ sơ gửi về nơi nhận: Văn phòng Sở - tầng 2, số 12 đường Trần Phú.";
        assert_eq!(parts(sentence, CLOSING), [sentence]);
    }

    /// A scan's specks between the authority beside the label and the first recipient's dash
    /// (`Nơi nhận: _. KT, BỘ TRƯỞNG _ - Thủ tướng Chính phủ (để b/c);`, Bộ Tư pháp, 2022): the
    /// recipients still go on after the title, the specks with the first of them.
    #[test]
    fn the_recipients_after_the_authority_past_a_scans_specks() {
        let got = parts(
            "Thông tư này có hiệu lực thi hành kể từ ngày 25 tháng 3 năm 2022./£ Nơi nhận: _. KT, BỘ TRƯỞNG _ - Thủ tướng Chính phủ (để b/c); - Ủy ban Pháp luật của Quốc hội; - Lưu: VT, Cục BTTP.",
            CLOSING,
        );
        let at = got.iter().position(|g| g == "KT, BỘ TRƯỞNG");
        assert!(at.is_some(), "{got:#?}");
        assert_eq!(
            got[at.unwrap() + 1..],
            [
                "_ - Thủ tướng Chính phủ (để b/c);",
                "- Ủy ban Pháp luật của Quốc hội;",
                "- Lưu: VT, Cục BTTP."
            ],
            "{got:#?}"
        );
    }

    /// A scan's label garbled past reading but for its colon, between the body's last stop and
    /// the authority, run together on one line (`… và chỉ đạo. ¡ VI RSỆN: TM. BAN THƯỜNG VỤ -
    /// Như trên;`, Liên đoàn Võ thuật cổ truyền Lâm Đồng, 2025): a line of its own, where the
    /// label stood, and the recipients go on after the title.
    #[test]
    fn a_garbled_label_with_its_colon_before_the_authority() {
        let text = "UBND TỈNH LÂM ĐỒNG CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM LIÊN ĐOÀN VÕ THUẬT CỔ TRUYỀN Độc lập - Tự do - Hạnh phúc Số: 03/LĐVTCT Lâm Đồng, ngày 09 tháng 9 năm 2025 V/v địa chỉ đặt trụ sở Văn phòng của Liên đoàn sau sáp nhập Kính gửi: Sở Nội vụ tỉnh Lâm Đồng. Liên đoàn Võ thuật cổ truyền tỉnh Lâm Đồng báo cáo về việc địa chỉ nơi đặt trụ sở Văn phòng của Liên đoàn sau sáp nhập cụ thể như sau: Địa chỉ trụ sở văn phòng: 28 Nguyễn Tất Thành, phường Phan Thiết, tỉnh Lâm Đồng. Liên đoàn Võ thuật cổ truyền tỉnh Lâm Đồng trân trọng báo cáo với quý cấp được biết, theo dõi và chỉ đạo. ¡ VI RSỆN: TM. BAN THƯỜNG VỤ - Như trên; | : TICH - Lưu: VP Liên đoàn ® VÀ má ,LẦN TUẾ. : -Lương Thế Điền\n";
        let got = parts(text.trim_end(), HEADER);
        let at = got.iter().position(|g| g == "¡ VI RSỆN:");
        assert!(at.is_some(), "{got:#?}");
        assert_eq!(
            got[at.unwrap() + 1..at.unwrap() + 3],
            ["TM. BAN THƯỜNG VỤ", "- Như trên; | : TICH"],
            "{got:#?}"
        );
        let parsed = crate::check::parse(text);
        let closing = &parsed.closing;
        assert!(closing.noi_nhan.is_some(), "{:#?}", parsed.lines);
        assert_eq!(
            line_of(&parsed, closing.signature.name),
            Some("Lương Thế Điền")
        );
        // Capitals with a colon that no recipient follows are no label's remnant.
        let prose = "Trân trọng báo cáo. Ý KIẾN: TM. BAN THƯỜNG VỤ đã thống nhất nội dung trên.";
        assert!(!parts(prose, CLOSING).iter().any(|p| p == "Ý KIẾN:"));
    }

    /// A seal's specks between the position and the name, run together after the Lưu item
    /// (`- Lưu: VT, BTTP. BỘ TRƯỞNG \ A À Zê Xuân Hồng ! Bắc Ninh, …`, Bộ Tư pháp, 2025): a
    /// line of their own, and the name one too, not the footnote's words after it.
    #[test]
    fn a_seals_specks_between_the_position_and_the_name() {
        let got = parts(
            "- Hiệp hội CCV Việt Nam (để p/h); - Lưu: VT, BTTP. BỘ TRƯỞNG \\ A À Zê Xuân Hồng ! Bắc Ninh, Đà Nẵng, Quảng Ngãi, Thái Nguyên. Tỉnh Ninh Bình đã có lịch tổ chức đại hội.",
            CLOSING,
        );
        let at = got.iter().position(|g| g == "BỘ TRƯỞNG");
        assert!(at.is_some(), "{got:#?}");
        assert_eq!(
            got[at.unwrap() + 1..at.unwrap() + 3],
            ["\\ A À", "Zê Xuân Hồng"],
            "{got:#?}"
        );
        // Specks that no name follows stay where they are.
        let got = parts("- Lưu: VT, BTTP. BỘ TRƯỞNG \\ A À", CLOSING);
        assert!(!got.iter().any(|g| g.starts_with('\\')), "{got:#?}");
    }

    /// A seal's debris run on after the Lưu item in a scan run together on one line (Đại học
    /// Quốc gia Hà Nội, 2024; Cục Thuế, 2026; Đại học Công Thương, 2026): the Lưu ends before
    /// it, and the title or the name after it opens a line; a unit's code stays.
    #[test]
    fn a_seals_debris_after_the_luu_item() {
        for (tail, want) in [
            (
                "- Phòng TT&QTTH (đăng website); - Lưu: VT, ĐT, M5. 4H>- C /“AỪ xá” “/ Á\\ * ° lý ự \" Ñ [tt v t1 _— (",
                vec!["- Lưu: VT, ĐT, M5.", "4H>- C /“AỪ xá” “/ Á\\ * ° lý ự \" Ñ [tt v t1 _— ("],
            ),
            (
                "- Website CT; - Lưu: VT, CS ( b).Ả⁄ 49ÿ/£s",
                vec!["- Lưu: VT, CS ( b).Ả⁄", "49ÿ/£s"],
            ),
            (
                "- ĐT, CTSV và 05 khoa được chọn (th); - Lưu: VT, QLUCL ” xÓi `N NHƯ hưởng",
                vec!["- Lưu: VT, QLUCL", "” xÓi `N", "NHƯ hưởng"],
            ),
            (
                "- Công TTĐT tỉnh; - Lưu: VT, TTHC(Tm). ị cz guyên Quốc Việt",
                vec!["- Lưu: VT, TTHC(Tm).", "ị cz", "guyên Quốc Việt"],
            ),
        ] {
            let got = parts(&format!("Nơi nhận: - Như trên; {tail}"), CLOSING);
            let at = got.iter().position(|g| *g == want[0]);
            assert!(at.is_some(), "{:?} not a line of {got:#?}", want[0]);
            assert_eq!(&got[at.unwrap()..], want.as_slice(), "{got:#?}");
        }
        // Codes and a drafter's initials after the stop are no debris.
        for tail in [
            "- Lưu: CNTT, VT. HC Nguyễn Hữu Việt",
            "- Lưu: VT, NNTN, KGVX. PTDL .",
            "- Lưu: VT, VP. (Giang)",
        ] {
            let got = parts(&format!("Nơi nhận: - Như trên; {tail}"), CLOSING);
            assert!(
                got.iter()
                    .any(|g| tail.starts_with(g.as_str()) && g.len() > 12),
                "{got:#?}"
            );
        }
    }

    /// One speck of letters or figures that ends a scan run together on one line after the
    /// Lưu item (Thủ tướng Chính phủ, 2025; UBND tỉnh Phú Thọ, 2011): the scan read it on the
    /// Lưu's own line, and the Lưu keeps it as it does read line by line.
    #[test]
    fn a_lone_speck_that_ends_the_text_stays_with_the_luu() {
        for tail in [
            "- VPCP: BTCN, các PCN, Công báo, các Vụ: KGVX, TCCV; - Lưu: VT, KSTT (2). 442",
            "- CVP, PVP (ô.Kiên); - Lưu: VT, KSTTHC (L-40b). 4z",
        ] {
            let got = parts(&format!("Nơi nhận: - Như trên; {tail}"), CLOSING);
            let luu = &tail[tail.find("- Lưu").unwrap()..];
            assert_eq!(got.last().map(String::as_str), Some(luu), "{got:#?}");
        }
    }

    /// A recipient that lost its `;` before the next one, in a scan run together on one line
    /// (Thủ tướng Chính phủ, 2025; Tòa án nhân dân tối cao, 2025): the next recipient opens a
    /// line where its opening words follow the dash; a dash inside a body's name does not.
    #[test]
    fn a_recipient_that_lost_its_semicolon_ends_before_the_next_one() {
        let got = parts(
            "Nơi nhận: - Như Điều 3; - Các bộ, cơ quan ngang bộ; - HĐND, UBND các tỉnh, thành phố trực thuộc trung ương - Văn phòng Trung ương và các Ban của Đảng; - Lưu: VT, KSTT.",
            CLOSING,
        );
        assert!(
            got.iter()
                .any(|g| g == "- HĐND, UBND các tỉnh, thành phố trực thuộc trung ương"),
            "{got:#?}"
        );
        assert!(
            got.iter()
                .any(|g| g == "- Văn phòng Trung ương và các Ban của Đảng;"),
            "{got:#?}"
        );
        let got = parts(
            "Nơi nhận: - Ban Nội chính TW; - Ủy ban Kinh tế và Tài chính của Quốc hội - Ủy ban Pháp luật và Tư pháp của Quốc hội; - Lưu: VT.",
            CLOSING,
        );
        assert!(
            got.iter()
                .any(|g| g == "- Ủy ban Pháp luật và Tư pháp của Quốc hội;"),
            "{got:#?}"
        );
        // A dash inside a name, a unit and its parent, stay.
        for item in [
            "- Sở Lao động - Thương binh và Xã hội;",
            "- Cục BTTP - Bộ Tư pháp;",
            "- Phòng Tổ chức - Hành chính;",
            "- Sở Nội vụ - Các phòng chuyên môn thuộc Sở - Văn phòng Sở;",
        ] {
            let got = parts(&format!("Nơi nhận: - Như trên; {item} - Lưu: VT."), CLOSING);
            assert!(got.iter().any(|g| g == item), "{got:#?}");
        }
    }

    /// A scan's slips in the closing's fixed lines that the cutter must see (Sở Y tế Kiên
    /// Giang, 2017): a prefix read with a colon (`TL:`) keeps its title; the deputy's title
    /// stands behind the column rule a scan read as `|` after a recipient; the label whose space
    /// was lost (`Noinhận:`) is cut from the authority after it, whose prefix a scan misread and
    /// glued (`KÍ.GIÁM ĐÓC`), past an em dash with a hyphen.
    #[test]
    fn a_scans_slips_in_the_closings_fixed_lines() {
        for (line, want) in [
            (
                "Nơi nhận: ' TL: GIÁM ĐÓC",
                vec!["Nơi nhận:", "' TL: GIÁM ĐÓC"],
            ),
            (
                "- Các thành viên HĐTĐKT ngành; | PHÓ GIÁM ĐỚC",
                vec!["- Các thành viên HĐTĐKT ngành; |", "PHÓ GIÁM ĐỚC"],
            ),
            (
                "Noinhận: —- KÍ.GIÁM ĐÓC",
                vec!["Noinhận:", "—-", "KÍ.GIÁM ĐÓC"],
            ),
        ] {
            assert_eq!(parts(line, CLOSING), want, "{line}");
        }
        // A rule after a recipient before words that are no title; a city's name after one.
        for line in [
            "- Các thành viên HĐTĐKT ngành; | Sở Tài chính",
            "- Các sở, ngành; | PHÒNG KINH TẾ",
            "Nơi nhận: - UBND TP.HỒ CHÍ MINH;",
        ] {
            let got = parts(line, CLOSING);
            assert!(
                !got.iter()
                    .any(|p| p.starts_with("PHÒNG") || p.starts_with("Sở") || p.starts_with("TP.")),
                "{line}: {got:?}"
            );
        }
    }
}
