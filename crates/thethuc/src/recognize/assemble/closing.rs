//! The closing: the Nơi nhận list, the Lưu line, the authority, position and signer, however a
//! layout or a scan arranged them.

use super::appendices::{is_appendix_start, opens_headless_table};
use super::kind_at;
use super::title::opens_with_position;
use crate::model::document::*;
use crate::recognize::clues::{is_person_name, looks_like_body_name};
use crate::text::fold::{fold_case, is_upper, skeleton};

/// Finds the closing (Nơi nhận and signature). Returns where it starts and where it ends.
pub(super) fn find_closing(text: &str, doc: &mut Document, body_start: usize) -> (usize, usize) {
    let n = doc.lines.len();
    // The closing sits before the first appendix heading that follows the last Nơi nhận or
    // authority line; search from the end for the anchors.
    let is_label = |i: usize| matches!(kind_at(&doc.lines, i), LineKind::NoiNhan { .. });
    // A form among the appendices has a closing of its own (`- Lưu: ......`, `THỦ TRƯỞNG CƠ
    // QUAN`): the document's is the last before the first appendix that follows a label.
    let first_label = (body_start..n).find(|&i| is_label(i));
    let first_appendix =
        first_label.and_then(|f| (f + 1..n).find(|&i| is_appendix_start(text, &doc.lines, i)));
    let noi_nhan = (body_start..first_appendix.unwrap_or(n))
        .rev()
        .find(|&i| is_label(i));
    let remnant = match noi_nhan {
        Some(_) => None,
        None => lost_label(text, doc, body_start),
    };
    if let Some(i) = remnant {
        doc.lines[i].kind = label_read_from(text, doc.lines[i].span);
    }
    let noi_nhan = noi_nhan.or(remnant);
    if let Some(label) = noi_nhan {
        mark_garbled_prefix_authority(text, doc, body_start, label);
    }
    let block_above_label =
        noi_nhan.and_then(|label| signature_above_label(text, doc, body_start, label));
    let anchor = match noi_nhan {
        Some(i) => {
            // A signature block can precede the Nơi nhận in reading order (table cells read right first).
            let back = i.saturating_sub(6).max(body_start);
            (back..i)
                .find(|&j| matches!(kind_at(&doc.lines, j), LineKind::Authority { .. }))
                // A known position right above the label (`GIÁM ĐỐC` / `Nơi nhận:`), no
                // authority line: the signature was read first.
                .or_else(|| {
                    (i > body_start
                        && is_position_line(text, &doc.lines[i - 1])
                        && crate::recognize::clues::is_position_words(
                            doc.lines[i - 1].span.of(text).trim(),
                        ))
                    .then(|| i - 1)
                })
                .or(block_above_label)
                .unwrap_or(i)
        }
        None => match last_authority(text, doc, body_start) {
            // `TM. CHÍNH PHỦ` above `KT. THỦ TƯỚNG`: the block opens at the first of them.
            Some(mut i) => {
                while i > body_start
                    && matches!(kind_at(&doc.lines, i - 1), LineKind::Authority { .. })
                {
                    i -= 1;
                }
                i
            }
            None => match signature_under_the_date(text, doc, body_start)
                .or_else(|| {
                    bare_signature(text, doc, body_start)
                        .map(|i| authority_over_sentence_case_position(text, doc, body_start, i))
                })
                .or_else(|| signed_in_the_issuers_name(text, doc, body_start))
            {
                Some(i) => i,
                None => return (n, n),
            },
        },
    };
    let mut end = n;
    // The closing ends at the first appendix heading after the anchor, or where a document
    // issued with this one opens with a header of its own (a Kế hoạch after its Quyết định):
    // at the first line of the Quốc hiệu's row, its issuer set beside it.
    for i in anchor + 1..n {
        if is_appendix_start(text, &doc.lines, i) {
            end = i;
            break;
        }
        // A table under the Lưu line, its title lost: an appendix, not stray closing lines.
        if (anchor..i).any(|j| matches!(doc.lines[j].kind, LineKind::Luu { .. }))
            && opens_headless_table(text, &doc.lines, i)
        {
            end = i;
            break;
        }
        if matches!(doc.lines[i].kind, LineKind::QuocHieu) {
            let row = doc.lines[i].row;
            end = (anchor + 1..=i)
                .find(|&j| doc.lines[j].row == row)
                .unwrap_or(i);
            break;
        }
    }
    // A Lưu line a scan's speck opens (`~- Lưu: VT.`) reads as the Lưu line, under the label.
    let label_in_block =
        (anchor..end).find(|&i| matches!(doc.lines[i].kind, LineKind::NoiNhan { .. }));
    if let Some(label) = label_in_block {
        for i in label + 1..end {
            if let Some(kind) = scanned_luu(text, &doc.lines[i]) {
                doc.lines[i].kind = kind;
            }
        }
    }
    let mut closing = Closing::default();
    let mut nn: Option<NoiNhan> = None;
    let mut name_seen = false;
    // The column of the signer's name: a Nơi nhận set left of the signature goes on beside
    // and below the name.
    let mut name_column = u8::MAX;
    let mut prev_item_open = false;
    let mut dashed_name: Option<(usize, Span)> = None;
    let mut in_attachments = false;
    for i in anchor..end {
        let line = &doc.lines[i];
        let t = line.span.of(text);
        // Word's empty paragraph in a saved page (`<p>&nbsp;</p>`): a blank line, not text.
        if t.trim().is_empty() {
            continue;
        }
        // The list of what goes with the document, under the Lưu line (`Đính kèm:` / `-
        // Chương trình tập huấn.`): neither recipients nor stray lines.
        let after_luu = nn.as_ref().is_some_and(|n| n.luu.is_some());
        in_attachments = after_luu
            && line.column == 0
            && (is_attachments_label(t)
                || in_attachments && matches!(line.kind, LineKind::Dash { .. }));
        if in_attachments {
            prev_item_open = false;
            continue;
        }
        // Under a label set below the signature blocks, every line is the recipients' again.
        let below_the_blocks = block_above_label.is_some() && nn.is_some();
        let recipients_go_on = !name_seen || line.column < name_column || below_the_blocks;
        match &line.kind {
            LineKind::NoiNhan { .. } if nn.is_none() => {
                nn = Some(NoiNhan {
                    label: i,
                    label_from_remnant: remnant == Some(i),
                    items: Vec::new(),
                    luu: None,
                });
                prev_item_open = false;
            }
            LineKind::Authority { .. } => closing.signature.authority.push(i),
            LineKind::Luu { .. } if nn.is_some() => {
                if let Some(nn) = nn.as_mut() {
                    nn.items.push(RecipientItem { lines: vec![i] });
                    nn.luu = Some(i);
                }
                prev_item_open = !t.trim_end().ends_with(['.', ';']);
            }
            // Under the Lưu line, a name behind a dash is the signer's, the dash a scan's speck
            // (`-Lương Thế Điền`): a recipient named after a person ends with its `;` or `.`.
            LineKind::Dash { rest, .. }
                if !name_seen
                    && nn.as_ref().is_some_and(|n| n.luu.is_some())
                    && !rest.of(text).trim_end().ends_with([';', '.', ','])
                    && is_person_name(rest.of(text).trim()) =>
            {
                closing.signature.name = Some(i);
                name_seen = true;
                name_column = line.column;
                dashed_name = Some((i, *rest));
            }
            // A scan's specks behind a dash (`— (`) are no recipient; a short one that ends
            // with its mark is (`- Sở Nội vụ;`).
            LineKind::Dash { rest, .. }
                if nn.is_some()
                    && recipients_go_on
                    && (rest.of(text).trim_end().ends_with([';', '.'])
                        || !crate::recognize::clues::is_scan_debris(rest.of(text))) =>
            {
                if let Some(nn) = nn.as_mut() {
                    nn.items.push(RecipientItem { lines: vec![i] });
                }
                prev_item_open = !t.trim_end().ends_with([';', '.']);
            }
            // The mark a copy puts where the signature was (`(Đã ký)`) goes on with no
            // recipient, however open the one above is.
            _ if crate::recognize::clues::is_signed_mark(t) => {
                closing.stray.push(i);
                prev_item_open = false;
            }
            // The units of a Lưu line that goes on under it (`- Lưu: VP (HC, TH)` /
            // `TCT (HC, NV3)`): codes in capitals with their brackets and commas, no position.
            _ if prev_item_open
                && line.column == 0
                && nn.as_ref().is_some_and(|n| {
                    n.luu.is_some()
                        && n.items
                            .last()
                            .is_some_and(|it| it.lines[0] == n.luu.unwrap_or(usize::MAX))
                })
                && t.contains(['(', ','])
                && !t.contains(':')
                && t.len() < 60 =>
            {
                if let Some(item) = nn.as_mut().and_then(|n| n.items.last_mut()) {
                    item.lines.push(i);
                }
                prev_item_open = !t.trim_end().ends_with(['.', ';']);
            }
            // The rest of a post wrapped after its `VÀ` (`GIÁM ĐỐC SỞ GIÁO DỤC VÀ` / `ĐÀO TẠO`)
            // is no name, whatever family name its first word looks like: it goes with the
            // line above.
            _ if !name_seen
                && i > 0
                && line.column == doc.lines[i - 1].column
                && ends_open(doc.lines[i - 1].span.of(text))
                && {
                    let above = i - 1;
                    closing.signature.held_post.last() == Some(&above)
                        || closing.signature.positions.last() == Some(&above)
                } =>
            {
                if closing.signature.held_post.last() == Some(&(i - 1)) {
                    closing.signature.held_post.push(i)
                } else {
                    closing.signature.positions.push(i)
                }
            }
            // The name of a block set beside the signer's (a biên bản's chair beside its
            // secretary): on the name's row in a column of its own, or, in blocks set above
            // the label, any name before that label.
            _ if name_seen
                && is_person_name(t)
                && closing.signature.name.is_some_and(|name| {
                    let name = &doc.lines[name];
                    (name.row == line.row && name.column != line.column)
                        || (block_above_label.is_some() && nn.is_none())
                }) =>
            {
                closing.signature.beside.push(i)
            }
            // A name in capitals counts only once a position was seen above it.
            _ if !name_seen
                && is_person_name(t)
                && (!is_upper(t)
                    || !closing.signature.positions.is_empty()
                    || !closing.signature.authority.is_empty()) =>
            {
                closing.signature.name = Some(i);
                name_seen = true;
                name_column = line.column;
            }
            // Under the name, a position line is the signer's post in the body (`PHÓ GIÁM ĐỐC
            // SỞ CÔNG THƯƠNG` under a Trưởng đoàn), not the position signed as.
            // Under a position and right above the name, a post that names its body (`CHỦ
            // TỊCH` / `GIÁM ĐỐC SỞ NỘI VỤ` / the name): the office the signer holds ex officio,
            // not the position signed as.
            _ if is_position_line(text, line)
                && !name_seen
                && closing.signature.positions.last().is_some_and(|&p| {
                    crate::recognize::clues::is_position_words(doc.lines[p].span.of(text).trim())
                })
                && is_signer_post(t)
                && {
                    // The post may wrap after its `VÀ` onto one more line.
                    let next = if ends_open(t) { i + 2 } else { i + 1 };
                    doc.lines
                        .get(next)
                        .is_some_and(|next| is_person_name(next.span.of(text)))
                } =>
            {
                closing.signature.held_post.push(i)
            }
            // The text layer of a signature picture repeating the position, cut short (`PHÓ
            // GIÁM ĐỐC` / `PHÓ GIÁ`): not a second position.
            _ if !name_seen
                && closing.signature.positions.last().is_some_and(|&p| {
                    let above = doc.lines[p].span.of(text).trim();
                    let t = t.trim();
                    !t.is_empty()
                        && above
                            .strip_prefix(t)
                            .is_some_and(|r| r.starts_with(crate::text::fold::is_letter))
                }) =>
            {
                closing.stray.push(i)
            }
            _ if (is_position_line(text, line)
                || is_sentence_case_position(text, &doc.lines, i))
                && !name_seen =>
            {
                closing.signature.positions.push(i)
            }
            // The agency's contact details or a contact note under the block (`Số điện thoại
            // liên hệ: 0902…`, `Email: …`): the optional component of Điều 8.3(d), neither a
            // recipient nor a stray line.
            _ if nn.as_ref().is_some_and(|n| n.luu.is_some()) && is_contact_note(t) => {
                prev_item_open = false;
            }
            // A recipient wrapped onto the next line. A line with a label and its colon is a
            // note of its own, never the units of a Lưu line that lacks its period; a scan's
            // specks under that line (`cz`), or a line after a blank one (the signer's name a
            // scan set below, `"Thị Thanh Trà`), are none of it.
            _ if prev_item_open
                && !(nn.as_ref().is_some_and(|n| n.luu.is_some())
                    && (crate::recognize::clues::is_scan_debris(t)
                        || line.blank_before
                        || holds_a_header(t)))
                && nn.as_ref().is_some_and(|n| {
                    n.items
                        .last()
                        .is_some_and(|it| n.luu != Some(it.lines[0]) || !t.contains(':'))
                })
                && line.column == 0 =>
            {
                if let Some(item) = nn.as_mut().and_then(|n| n.items.last_mut()) {
                    item.lines.push(i);
                }
                prev_item_open = !t.trim_end().ends_with([';', '.']);
            }
            // A group of recipients under one heading goes on without a dash (`- VPCP: BTCN,
            // các PCN;` / `Trợ lý, Thư ký TTg;` / `Cổng TTĐT;`), and a line in lower case
            // (`các Vụ, Cục: KSTT, KTTH;`) opens no recipient: both go on with the item above.
            LineKind::Paragraph
                if recipients_go_on
                    && line.column == 0
                    && nn.as_ref().is_some_and(|n| {
                        n.luu.is_none()
                            && n.items.last().is_some_and(|it| {
                                let last = it.lines[it.lines.len() - 1];
                                let adjacent = (last + 1..i).all(|k| doc.lines[k].column > 0);
                                adjacent
                                    && (opens_a_group(text, &doc.lines[it.lines[0]])
                                        || t.starts_with(crate::text::fold::is_lower))
                            })
                    })
                    && !crate::recognize::clues::is_scan_debris(t) =>
            {
                if let Some(item) = nn.as_mut().and_then(|n| n.items.last_mut()) {
                    item.lines.push(i);
                }
                prev_item_open = !t.trim_end().ends_with([';', '.']);
            }
            // Recipient items without a dash (NN003) when the block is still open.
            LineKind::Paragraph | LineKind::Khoan { .. }
                if nn.as_ref().is_some_and(|n| n.luu.is_none())
                    && recipients_go_on
                    && line.column == 0
                    && looks_like_recipient(t) =>
            {
                if let Some(nn) = nn.as_mut() {
                    nn.items.push(RecipientItem { lines: vec![i] });
                }
                prev_item_open = false;
            }
            _ => {
                closing.stray.push(i);
                // A stray line in the recipients' column ends the item above: what comes
                // under it (a seal's debris, then `NHƯ hưởng`) does not go on with it.
                if line.column == 0 {
                    prev_item_open = false;
                }
            }
        }
    }
    // The name is the line without the scan's dash.
    if let Some((i, rest)) = dashed_name {
        let name = rest.of(text);
        let lead = (name.len() - name.trim_start().len()) as u32;
        let line = &mut doc.lines[i];
        line.span = Span::new(
            rest.start + lead,
            rest.start + lead + name.trim().len() as u32,
        );
        line.kind = LineKind::Paragraph;
    }
    closing.noi_nhan = nn;
    doc.closing = closing;
    (anchor, end)
}

/// Where a scan lost the `Nơi nhận:` label, or misread it past recognition (`Tà`, `R-.4ê th`,
/// `¡ VI RSỆN:`): a few characters at the head of the left column, on the row of the
/// authority or position of the right column, over a run of recipients' dashes that ends with
/// the `- Lưu` line. Nothing else stands there, so that remnant is the label (NN002 reports it).
fn lost_label(text: &str, doc: &Document, body_start: usize) -> Option<usize> {
    let lines = &doc.lines;
    let luu = (body_start..lines.len())
        .rev()
        .find(|&i| matches!(lines[i].kind, LineKind::Luu { .. }) && lines[i].column == 0)?;
    // Up the left column through the recipients; the other column's lines are passed over.
    let mut above = luu;
    let mut first_item = None;
    while above > body_start {
        above -= 1;
        let line = &lines[above];
        if line.column > 0 {
            continue;
        }
        if !matches!(line.kind, LineKind::Dash { .. }) {
            break;
        }
        first_item = Some(above);
    }
    let first_item = first_item?;
    let line = &lines[above];
    let t = line.span.of(text).trim();
    let remnant = line.column == 0
        && matches!(line.kind, LineKind::Paragraph)
        && t.chars().count() <= 12
        && t.split_whitespace().count() <= 3
        && !t.ends_with(['.', ';', ',', '!', '?']);
    if !remnant {
        return None;
    }
    let signature_beside = lines[above + 1..first_item].iter().any(|l| {
        l.row == line.row
            && l.column > 0
            && (matches!(l.kind, LineKind::Authority { .. }) || is_position_line(text, l))
    });
    signature_beside.then_some(above)
}

/// A head's title behind the prefix a scan garbled (the `KT.` stamped or written over the seal,
/// read `(L{.`, `^,`, `TL:`), over the deputy's own title (`PHÓ …`), near the recipients'
/// label: the authority line. A deputy signs for the head, so the prefix stands for `KT.`,
/// which CK003 asks for. The prefix is one word of up to four characters holding a mark no
/// prefix has written right; the title a known position (tolerantly, `HIỆU TRƯỚNG`,
/// `GIÁM ĐÓC`), no deputy's itself. A prefix of specks alone (`^,`) the cutter left in the gap
/// before the title's line (`Nơi nhận: ^, GIÁM ĐÓC`) is taken back into it. A two-letter prefix
/// glued to the title by its period, its second letter misread (`KÍ.GIÁM ĐÓC`), is one without
/// a deputy's title below (a seal may hide it): its shape is the prefix's.
fn mark_garbled_prefix_authority(text: &str, doc: &mut Document, body_start: usize, label: usize) {
    let lines = &doc.lines;
    let from = label.saturating_sub(3).max(body_start);
    let to = lines.len().min(label + 4);
    let deputy = |k: usize| {
        let t = lines[k].span.of(text).trim();
        matches!(lines[k].kind, LineKind::Paragraph)
            && is_upper(t)
            && skeleton(t).starts_with("pho ")
            && crate::recognize::clues::is_position_words(t)
    };
    let is_head = |title: &str| {
        is_upper(title)
            && !skeleton(title).starts_with("pho")
            && crate::recognize::clues::is_scanned_position(title)
    };
    let marked = |prefix: &str| {
        prefix.chars().count() <= 4
            && prefix.chars().any(|c| !crate::text::fold::is_letter(c))
            && !prefix.chars().any(|c| c.is_ascii_digit())
    };
    let found = (from..to).find_map(|i| {
        let line = &lines[i];
        if !matches!(line.kind, LineKind::Paragraph) {
            return None;
        }
        let t = line.span.of(text);
        let lead = t.len() - t.trim_start().len();
        let start = line.span.start + lead as u32;
        let t = t.trim();
        let deputy_below = || (i + 1..(i + 4).min(lines.len())).any(deputy);
        // (Where the prefix starts, how long it is, where the title starts.)
        let glued = crate::recognize::clues::garbled_glued_prefix(t)
            .filter(|p| is_head(&t[p.len()..]))
            .map(|p| (start, p.len() as u32, start + p.len() as u32));
        let spaced = || {
            let (prefix, rest) = t.split_once(' ')?;
            let title_start = start + (t.len() - rest.trim_start().len()) as u32;
            (marked(prefix) && is_head(rest.trim()) && deputy_below()).then_some((
                start,
                prefix.len() as u32,
                title_start,
            ))
        };
        // The specks before the title on its source line, past the line before it.
        let left_in_gap = || {
            let before = &text[..start as usize];
            let source_line = before.rfind('\n').map_or(0, |n| n + 1);
            let previous_end = i.checked_sub(1).map_or(0, |p| lines[p].span.end as usize);
            let gap = &before[source_line.max(previous_end).min(before.len())..];
            let prefix = gap.trim();
            let at = gap.len() - gap.trim_start().len();
            let stop = prefix.ends_with(['.', ',', ':']);
            (!prefix.is_empty()
                && !prefix.contains(char::is_whitespace)
                && !prefix.chars().any(crate::text::fold::is_letter_or_digit)
                && stop
                && marked(prefix)
                && is_head(t)
                && deputy_below())
            .then(|| {
                let prefix_start = (source_line.max(previous_end) + at) as u32;
                (prefix_start, prefix.len() as u32, start)
            })
        };
        let (prefix_start, prefix_len, title_start) = glued.or_else(spaced).or_else(left_in_gap)?;
        let prefix = &text[prefix_start as usize..(prefix_start + prefix_len) as usize];
        // The prefix's last mark, where it is a stop a prefix may be written with.
        let prefix_end = prefix_start + prefix_len;
        let sep = prefix
            .ends_with(['.', ',', ':'])
            .then(|| Span::new(prefix_end - 1, prefix_end));
        let title_end = line.span.start + line.span.of(text).trim_end().len() as u32;
        Some((
            i,
            prefix_start,
            LineKind::Authority {
                prefix: Span::new(prefix_start, sep.map_or(prefix_end, |s| s.start)),
                separator: sep,
                title: Span::new(title_start, title_end),
            },
        ))
    });
    if let Some((i, prefix_start, kind)) = found {
        let line = &mut doc.lines[i];
        line.span = Span::new(prefix_start.min(line.span.start), line.span.end);
        line.kind = kind;
    }
}

/// The recipients' label as a scan left it: the whole line, its colon if it kept one.
fn label_read_from(text: &str, span: Span) -> LineKind {
    let t = span.of(text);
    let head = t.strip_suffix(':');
    let colon = head.map(|_| Span::new(span.end - 1, span.end));
    let label_end = span.start + head.unwrap_or(t).trim_end().len() as u32;
    LineKind::NoiNhan {
        label: Span::new(span.start, label_end),
        colon,
        rest: Span::new(span.end, span.end),
    }
}

/// A recipient line that heads a group: a body, a colon, then its units (`- VPCP: BTCN, các
/// PCN, Trợ lý TTg;`, `- Các sở, ngành: Tài chính, Xây dựng,`).
fn opens_a_group(text: &str, line: &Line) -> bool {
    let LineKind::Dash { rest, .. } = &line.kind else {
        return false;
    };
    let rest = rest.of(text).trim_end();
    rest.find(':')
        .is_some_and(|k| k > 0 && k + 1 < rest.len() && rest[..k].split_whitespace().count() <= 6)
}

/// The label of the list of what is sent with the document, alone on its line (`Đính kèm:`,
/// `Tài liệu gửi kèm:`, `Kèm theo:`).
fn is_attachments_label(t: &str) -> bool {
    let Some(label) = t.trim().strip_suffix(':') else {
        return false;
    };
    let label = skeleton(label.trim_end());
    label.split_whitespace().count() <= 4
        && ["dinh kem", "gui kem", "kem theo"]
            .iter()
            .any(|k| label.ends_with(k) || label.starts_with(k))
}

/// A contact note or the agency's contact details: a phone, e-mail, fax, address or website
/// label and its colon (`Số điện thoại liên hệ đăng ký dự họp: 0902…`, `Email: vp@…`).
fn is_contact_note(t: &str) -> bool {
    let Some((label, _)) = t.split_once(':') else {
        return false;
    };
    let label = skeleton(label.trim());
    label.split_whitespace().count() <= 12
        && [
            "so dien thoai",
            "dien thoai",
            "dt",
            "email",
            "e-mail",
            "fax",
            "website",
            "dia chi",
            "lien he",
        ]
        .iter()
        .any(|o| label == *o || label.starts_with(&format!("{o} ")))
}

fn looks_like_recipient(t: &str) -> bool {
    // A scan's speck glued before the dash (`~- Như trên;`) leaves the line no dash item.
    let t = scanned_dash_len(t).map_or(t, |n| &t[n..]);
    t.chars().next().is_some_and(crate::text::fold::is_capital)
        && t.trim_end().ends_with([';', '.'])
}

/// The length of a recipient's dash that a scan's speck stands glued before (`~- `, `_- `),
/// with the spaces after it.
pub(crate) fn scanned_dash_len(t: &str) -> Option<usize> {
    let rest = t.trim_start_matches(['~', '`', '_', '\'', '.', '¬']);
    let specks = t.len() - rest.len();
    if specks == 0 || specks > 2 {
        return None;
    }
    let after = rest.strip_prefix(['-', '–'])?;
    let body = after.trim_start();
    (body.len() < after.len()).then_some(t.len() - body.len())
}

/// A line of the left column that a scan's speck glued before a Lưu line's dash (`~- Lưu:
/// VT.`, `_- Lưu VT, TCCB.`): the Lưu line the rest reads as, its span still the whole line
/// (NN003 reports the speck).
fn scanned_luu(text: &str, line: &Line) -> Option<LineKind> {
    if !matches!(line.kind, LineKind::Paragraph) || line.column > 0 {
        return None;
    }
    let t = line.span.of(text);
    scanned_dash_len(t)?;
    let specks = t.len() - t.trim_start_matches(['~', '`', '_', '\'', '.', '¬']).len();
    let seg = crate::layout::segments::Segment {
        span: Span::new(line.span.start + specks as u32, line.span.end),
        row: line.row,
        column: line.column,
        indent: 0,
        blank_before: line.blank_before,
        page_break_before: false,
        style: crate::layout::StyleHints::default(),
    };
    let kind = crate::recognize::parse::classify(text, &seg).kind;
    matches!(kind, LineKind::Luu { .. }).then_some(kind)
}

/// The last authority line before the first appendix that follows an authority line: the
/// forms an appendix holds have signature blocks of their own (`TM. BAN CÔNG TÁC MẶT TRẬN`).
fn last_authority(text: &str, doc: &Document, from: usize) -> Option<usize> {
    let n = doc.lines.len();
    let is_authority = |i: usize| matches!(kind_at(&doc.lines, i), LineKind::Authority { .. });
    let first = (from..n).find(|&i| is_authority(i))?;
    let limit = (first + 1..n)
        .find(|&i| is_appendix_start(text, &doc.lines, i))
        .unwrap_or(n);
    (first..limit).rev().find(|&i| is_authority(i))
}

/// A position line in capitals followed by a name, near the end: a signature with no Nơi nhận.
fn bare_signature(text: &str, doc: &Document, from: usize) -> Option<usize> {
    let n = doc.lines.len();
    let mut i = (from..n).rev().find(|&i| {
        (is_position_line(text, &doc.lines[i]) || is_sentence_case_position(text, &doc.lines, i))
            && (i + 1..n.min(i + 4)).any(|j| is_person_name(doc.lines[j].span.of(text)))
    })?;
    // A position wrapped in its column (`CHỦ TỊCH` / `NƯỚC CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM`)
    // starts on the line right above, which opens with a position; the line found goes on
    // with the body it is held in.
    let lines = &doc.lines;
    if i > from
        && !lines[i].blank_before
        && lines[i - 1].column == lines[i].column
        && lines[i - 1].row + 1 == lines[i].row
        && is_position_line(text, &lines[i - 1])
        && opens_with_position(lines[i - 1].span.of(text))
        && !opens_with_position(lines[i].span.of(text))
    {
        i -= 1;
    }
    Some(i)
}

/// The authority line in sentence case right over a position in sentence case, read as
/// the authority (its kind set): where the block opens. Otherwise the position's line.
fn authority_over_sentence_case_position(
    text: &str,
    doc: &mut Document,
    from: usize,
    position: usize,
) -> usize {
    let lines = &doc.lines;
    if position <= from
        || is_upper(lines[position].span.of(text))
        || lines[position - 1].column != lines[position].column
    {
        return position;
    }
    match sentence_case_authority(text, &lines[position - 1]) {
        Some(kind) => {
            doc.lines[position - 1].kind = kind;
            position - 1
        }
        None => position,
    }
}

/// A place-and-date line set at the end, over signature blocks side by side (a record's
/// parties, read one after the other): the block right under the date is the issuer's, as the
/// date and the signature share the right-hand column.
fn signature_under_the_date(text: &str, doc: &Document, from: usize) -> Option<usize> {
    let n = doc.lines.len();
    let date = (from..n)
        .rev()
        .find(|&i| matches!(kind_at(&doc.lines, i), LineKind::PlaceDate(_)))?;
    let i = date + 1;
    (i < n
        && is_position_line(text, &doc.lines[i])
        && (i + 1..n.min(i + 4)).any(|j| is_person_name(doc.lines[j].span.of(text))))
    .then_some(i)
}

/// The last line in capitals, under the body's last sentence, naming the issuer (`CÔNG TY CỔ
/// PHẦN BCG ENERGY`, `THƯỜNG TRỰC ỦY BAN VĂN HÓA VÀ XÃ HỘI` of a committee headed `ỦY BAN VĂN
/// HÓA VÀ XÃ HỘI`): a body signing as a whole, with no name under it.
fn signed_in_the_issuers_name(text: &str, doc: &Document, from: usize) -> Option<usize> {
    let last = doc.lines.len().checked_sub(1)?;
    // The issuer's last body, whatever lines it was wrapped over.
    let words = |t: &str| {
        fold_case(t)
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ")
    };
    let body = doc.header.issuer_bodies.last()?;
    let issuer = words(
        &body
            .iter()
            .map(|s| s.of(text))
            .collect::<Vec<_>>()
            .join(" "),
    );
    let t = doc.lines[last].span.of(text).trim();
    let sentence_above = last > from && doc.lines[last - 1].span.of(text).trim_end().ends_with('.');
    // Or the body the last sentence names as the one reporting (`…, Ban Chấp hành Đảng bộ tỉnh
    // trân trọng báo cáo Đại hội.` over `BAN CHẤP HÀNH ĐẢNG BỘ TỈNH`).
    let named_above = || {
        let signed = words(t);
        let sentence = (last.saturating_sub(2).max(from)..last)
            .map(|i| doc.lines[i].span.of(text))
            .collect::<Vec<_>>()
            .join(" ");
        signed.split_whitespace().count() >= 3 && words(&sentence).contains(&signed)
    };
    (sentence_above
        && is_position_line(text, &doc.lines[last])
        && (issuer.split_whitespace().count() >= 2 && words(t).ends_with(issuer.as_str())
            || named_above()))
    .then_some(last)
}

/// A position in sentence case (`Chủ tịch Quốc hội`): a web copy's, over the `(Đã ký)` the page
/// puts where the signature was, or a draft's, over the name. The mark or the name is the next
/// line of the position's own column (the recipients beside it are read in between).
fn is_sentence_case_position(text: &str, lines: &[Line], i: usize) -> bool {
    let t = lines[i].span.of(text).trim();
    let column = lines[i].column;
    // The mark, or the signer's name beside the recipients or in capitals (`Tổng cục trưởng` /
    // `NGUYỄN NGỌC ANH`, a draft of the Tổng cục THADS); a line of prose in column 0 over a
    // name in sentence case is no block.
    let signs = |k: usize, next: &str| {
        fold_case(next).starts_with("(đã ký")
            || ((column > 0 || is_upper(next) || ends_the_document(text, lines, k))
                && is_person_name(next))
    };
    let alone = |k: usize| {
        let row = lines[k].row;
        lines.get(k + 1).is_none_or(|l| l.row != row) && lines[k - 1].row != row
    };
    let signed_under = || {
        for (k, l) in lines.iter().enumerate().skip(i + 1).take(12) {
            let next = l.span.of(text).trim();
            if next.is_empty() {
                continue;
            }
            // The next line of the position's own column decides.
            if l.column == column {
                return signs(k, next);
            }
            // Under a position in the right column, a line alone on its row and no
            // recipient's may be that column's once the recipients beside it have ended.
            if column > 0
                && l.column == 0
                && !matches!(l.kind, LineKind::Dash { .. })
                && alone(k)
                && signs(k, next)
            {
                return true;
            }
        }
        false
    };
    matches!(lines[i].kind, LineKind::Paragraph)
        && t.split_whitespace().count() <= 10
        && !t.ends_with([';', ',', ':', '.'])
        && (crate::recognize::clues::is_position_words(t) || is_abbreviated_deputy(t))
        && signed_under()
}

/// Whether line `k` ends the document as a signer's name does: nothing after it but the mark
/// a copy puts under the name (`(đã ký)`), and either that mark or the blank space left for
/// the signature above it. A notice signed at its foot without Nơi nhận (`Phó Hiệu trưởng` /
/// `Võ Thanh Hải` / `(đã ký)`; `P.Trưởng Bộ môn` / three blank lines / `Võ Huỳnh Trâm`); a
/// name under prose in the body is followed by more of it.
fn ends_the_document(text: &str, lines: &[Line], k: usize) -> bool {
    let mut marked = false;
    let only_marks = lines[k + 1..].iter().all(|l| {
        let t = l.span.of(text).trim();
        let mark = crate::recognize::clues::is_signed_mark(t);
        marked |= mark;
        t.is_empty() || mark
    });
    only_marks && (marked || lines[k].blank_before)
}

/// A deputy's position with `Phó` cut to `P.` (`P.Trưởng Bộ môn`, `P. Giám đốc`): the
/// abbreviation, then a position's words.
fn is_abbreviated_deputy(t: &str) -> bool {
    t.strip_prefix("P.").is_some_and(|rest| {
        let rest = rest.trim_start();
        rest.starts_with(crate::text::fold::is_capital)
            && crate::recognize::clues::is_position_words(rest)
    })
}

/// An authority line in sentence case over a position in sentence case (`TL. Hiệu trưởng` /
/// `Phó Hiệu trưởng`): the prefix in capitals with its period, then a position's words. The
/// grammar leaves it a paragraph (`Tl. nội dung` is prose); under the block's own evidence
/// it is the authority.
fn sentence_case_authority(text: &str, line: &Line) -> Option<LineKind> {
    if !matches!(line.kind, LineKind::Paragraph) {
        return None;
    }
    let t = line.span.of(text);
    let lead = t.len() - t.trim_start().len();
    let body = t.trim();
    let prefix = ["TUQ", "KT", "TM", "TL"]
        .into_iter()
        .find(|p| body.starts_with(&format!("{p}.")))?;
    let after = &body[prefix.len() + 1..];
    let title = after.trim_start();
    let title_at = lead + prefix.len() + 1 + (after.len() - title.len());
    let ok = title.starts_with(crate::text::fold::is_capital)
        && title.split_whitespace().count() <= 8
        && !title.ends_with([';', ',', ':', '.'])
        && crate::recognize::clues::is_position_words(title);
    let at = |a: usize, b: usize| Span::new(line.span.start + a as u32, line.span.start + b as u32);
    ok.then(|| LineKind::Authority {
        prefix: at(lead, lead + prefix.len()),
        separator: Some(at(lead + prefix.len(), lead + prefix.len() + 1)),
        title: at(title_at, title_at + title.len()),
    })
}

/// A signature block set above the Nơi nhận label, as a biên bản's is (`THƯ KÝ` and `CHỦ TỌA`
/// side by side, their names, then `Nơi nhận:`): the line right above the label is a person's
/// name and a known position's line stands a few lines above it. Where the block opens.
fn signature_above_label(
    text: &str,
    doc: &Document,
    body_start: usize,
    label: usize,
) -> Option<usize> {
    let lines = &doc.lines;
    let name = (body_start..label)
        .rev()
        .find(|&j| !lines[j].span.of(text).trim().is_empty())?;
    if !is_person_name(lines[name].span.of(text).trim()) {
        return None;
    }
    (name.saturating_sub(6).max(body_start)..name).find(|&j| {
        is_position_line(text, &lines[j])
            && crate::recognize::clues::is_position_words(lines[j].span.of(text).trim())
    })
}

/// Position and authority lines: short, in capitals (`PHÓ GIÁM ĐỐC`, `CHỦ TỊCH`).
fn is_position_line(text: &str, line: &Line) -> bool {
    let t = line.span.of(text).trim();
    matches!(line.kind, LineKind::Paragraph)
        && (is_upper(t) || crate::recognize::clues::is_garbled_title(t))
        // A seal's debris (`\ TAY B0`) is no title, unless a known one reads in it.
        && (!crate::recognize::clues::is_seal_debris(t)
            || crate::recognize::clues::is_position_words(t))
        && t.chars()
            .filter(|c| crate::text::fold::is_letter(*c))
            .count()
            >= 3
        && t.split_whitespace().count() <= 10
        && !t.ends_with([';', ':'])
}

/// A line that stops where its phrase cannot end (`… GIÁO DỤC VÀ`, `… CỦA`, a trailing comma or
/// hyphen): the next line goes on with it.
fn ends_open(t: &str) -> bool {
    let t = t.trim_end();
    t.ends_with([',', '-', '–', '&'])
        || t.rsplit(' ').next().is_some_and(|w| {
            matches!(
                crate::text::case::lower_str(w).as_str(),
                "và" | "của" | "thuộc" | "về" | "các" | "với"
            )
        })
}

/// A post with the body it is held in (`GIÁM ĐỐC SỞ NỘI VỤ`, `CHÁNH VĂN PHÒNG UBND TỈNH`): a
/// position's words, then a body's name.
fn is_signer_post(t: &str) -> bool {
    let t = t.trim();
    crate::recognize::clues::is_position_words(t)
        && t.match_indices(' ')
            .any(|(k, _)| looks_like_body_name(&t[k + 1..]))
}

/// A line that holds a header of its own (`ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
/// …`): the plan or regulation a decision sends out, run on after the Lưu; never the Lưu's
/// units.
fn holds_a_header(t: &str) -> bool {
    crate::text::phrases::find(t, crate::text::phrases::QUOC_HIEU).is_some_and(|m| {
        crate::recognize::clues::mostly_upper(&t[m.start as usize..m.end as usize])
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::recognize::assemble::test_support::*;
    use crate::recognize::clues::is_person_name;

    /// A notice signed at its foot without Nơi nhận, its block in sentence case (`TL. Hiệu
    /// trưởng` / `Phó Hiệu trưởng` / the name / `(đã ký)`, a university's Word file): authority,
    /// position and signer read, the authority line taken as one.
    #[test]
    fn a_sentence_case_block_that_ends_the_document_without_noi_nhan() {
        let text = "BỘ GIÁO DỤC VÀ ĐÀO TẠO\nTRƯỜNG ĐH DUY TÂN\nSố: 363/TB-ĐHDT\nĐà Nẵng, ngày 02 tháng 12 năm 2008\nTHÔNG BÁO\nHệ thống hồ sơ biểu mẫu này bắt đầu áp dụng từ tháng 01/2009, yêu cầu các khoa nghiêm túc thực hiện.\n\nTL. Hiệu trưởng\nPhó Hiệu trưởng\nVõ Thanh Hải\n(đã ký)\n";
        let d = doc(text);
        let s = &d.closing.signature;
        assert_eq!(lines_at(&d, text, &s.authority), ["TL. Hiệu trưởng"]);
        assert!(matches!(
            d.lines[s.authority[0]].kind,
            LineKind::Authority { .. }
        ));
        assert_eq!(lines_at(&d, text, &s.positions), ["Phó Hiệu trưởng"]);
        assert_eq!(
            s.name.map(|i| d.lines[i].span.of(text)),
            Some("Võ Thanh Hải")
        );
    }

    /// A department's notice with neither header date nor Nơi nhận, dated at its foot over a
    /// deputy's position with `Phó` cut to `P.`: the date is the document's, the block read.
    #[test]
    fn a_notice_dated_and_signed_at_its_foot() {
        let text = "THÔNG BÁO\nCHO SINH VIÊN LÀM LUẬN VĂN TỐT NGHIỆP\n\nBộ môn CNPM xin thông báo:\n1. Sinh viên liên hệ giảng viên hướng dẫn trước ngày 06/09/2020.\n\nCần thơ, ngày 17 tháng 08 năm 2020\nP.Trưởng Bộ môn\n\n\nVõ Huỳnh Trâm\n";
        let d = doc(text);
        let s = &d.closing.signature;
        assert_eq!(lines_at(&d, text, &s.positions), ["P.Trưởng Bộ môn"]);
        assert_eq!(
            s.name.map(|i| d.lines[i].span.of(text)),
            Some("Võ Huỳnh Trâm")
        );
        assert_eq!(
            d.header.place_date.map(|i| d.lines[i].span.of(text)),
            Some("Cần thơ, ngày 17 tháng 08 năm 2020")
        );
    }

    /// A position's words over a name inside the body, with prose after them, are no block:
    /// only a name that ends the document closes one.
    #[test]
    fn a_position_over_a_name_inside_the_body_is_no_signature() {
        let text = "THÔNG BÁO\nVề việc phân công hướng dẫn\n\nBộ môn phân công như sau:\nPhó Trưởng bộ môn\nNguyễn Văn An\nphụ trách các đề tài phần mềm nhúng trong học kỳ này.\n";
        let d = doc(text);
        assert!(d.closing.signature.positions.is_empty());
        assert!(d.closing.signature.name.is_none());
    }

    /// Word's empty paragraphs in a saved page's closing (`<p>&nbsp;</p>`) are blank lines: no
    /// stray text (NN009 said "Dòng \" \"" eight times on a commune's decision).
    #[test]
    fn empty_paragraphs_of_a_saved_page_are_no_stray_lines() {
        let page = "<p>Nơi nhận:</p><p>- Như trên;</p><p>&nbsp;</p><p>- Lưu: VT.</p><p>&nbsp;&nbsp;</p><p>GIÁM ĐỐC</p><p>&nbsp;</p><p>Nguyễn Văn An</p>";
        let source = crate::Source::from_html(page.as_bytes()).unwrap();
        let parsed =
            crate::parse_source(source, crate::InputFormat::Html, &crate::Limits::default());
        let d = &parsed.document;
        assert!(d.closing.stray.is_empty(), "{:?}", d.closing.stray);
        assert!(d.closing.signature.name.is_some());
        assert_eq!(d.closing.noi_nhan.as_ref().map(|n| n.items.len()), Some(2));
    }

    #[test]
    fn signer_names_in_capitals_and_positions_in_title_case() {
        let d = doc("Nơi nhận:\n- Như trên;\n- Lưu: VT.\nGIÁM ĐỐC\nNGUYỄN VĂN AN\n");
        assert_eq!(d.closing.signature.positions, vec![3]);
        assert_eq!(d.closing.signature.name, Some(4));
        let d =
            doc("Nơi nhận:\n- Như trên;\n- Lưu: VT.\nKT. GIÁM ĐỐC\nPhó Giám Đốc\nNguyễn Văn An\n");
        assert_eq!(d.closing.signature.name, Some(5));
        let d = doc("Nơi nhận:\n- Như trên;\n- Lưu: VT.\nGIÁM ĐỐC\nPGS. TS. Nguyễn Văn An\n");
        assert_eq!(d.closing.signature.name, Some(4));
        // `Tổng` is a family name as well as the start of `Tổng Giám đốc`.
        let d = doc("Nơi nhận:\n- Như trên;\n- Lưu: VT.\nPHÓ CHỦ TỊCH\nTổng Thanh Hải\n");
        assert_eq!(d.closing.signature.name, Some(4));
    }

    /// A web copy's signature block keeps the site's sentence case for the position, over the
    /// `(Đã ký)` the page puts for the signature; a sentence-case line with no such mark is prose.
    #[test]
    fn a_web_copy_s_position_over_its_signed_mark() {
        let head = "QUỐC HỘI\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nHà Nội, ngày 28 tháng 11 năm 2013\n\nHIẾN PHÁP\n\nĐiều 1\nNước Cộng hòa xã hội chủ nghĩa Việt Nam là một nước độc lập.\nHiến pháp này đã được Quốc hội thông qua ngày 28 tháng 11 năm 2013.\n";
        let text = format!("{head}Chủ tịch Quốc hội\n(Đã ký)\n\nNguyễn Sinh Hùng\n");
        let d = doc(&text);
        let at = |i: usize| d.lines[i].span.of(&text);
        let sig = &d.closing.signature;
        assert_eq!(
            sig.positions.iter().map(|&i| at(i)).collect::<Vec<_>>(),
            ["Chủ tịch Quốc hội"]
        );
        assert_eq!(sig.name.map(at), Some("Nguyễn Sinh Hùng"));
        let text = format!("{head}Chủ tịch Quốc hội\nNguyễn Sinh Hùng\n");
        assert!(doc(&text).closing.signature.positions.is_empty());
        // Beside the recipients, the mark is the next line of the position's column.
        let text = format!("{head}Nơi nhận:\tKT/ bộ trưởng bộ tài chính\n- Văn phòng TW Đảng\tThứ trưởng\n- VP Quốc hội\n- Công báo.\t(Đã ký)\n- Lưu: VP.\tTrương Chí Trung\n");
        let d = doc(&text);
        let at = |i: usize| d.lines[i].span.of(&text);
        let sig = &d.closing.signature;
        assert_eq!(
            sig.positions.iter().map(|&i| at(i)).collect::<Vec<_>>(),
            ["Thứ trưởng"]
        );
    }

    /// A scan of a block under a seal (Trường ĐH Công Thương, 753/KH-DCT): the Lưu line that
    /// lacks its period ends where a stray line of specks stands under it; the garbled position
    /// after the specks is none of the Lưu's units.
    #[test]
    fn the_luu_item_ends_at_a_stray_line_under_it() {
        let text = "Nơi nhận:\n- BGH (Đ/c);\n- Lưu: VT, QLUCL\n” xÓi\n`N\nNHƯ hưởng\n";
        let d = doc(text);
        let nn = d.closing.noi_nhan.as_ref().unwrap();
        assert_eq!(nn.items.last().map(|it| it.lines.clone()), Some(vec![2]));
        let report = crate::check_str(text, &crate::Config::default());
        let nn005: Vec<_> = report
            .diagnostics
            .iter()
            .filter(|d| d.code == "NN005")
            .map(|d| d.span.of(text))
            .collect();
        assert_eq!(nn005, ["- Lưu: VT, QLUCL"]);
        // Right under it, a line goes on with it (`- Lưu: VP (HC, TH)` / `TCT (HC, NV3).`).
        let d = doc("Nơi nhận:\n- Như trên;\n- Lưu: VP (HC, TH)\nTCT (HC, NV3).\n");
        let nn = d.closing.noi_nhan.as_ref().unwrap();
        assert_eq!(nn.items.last().map(|it| it.lines.clone()), Some(vec![2, 3]));
    }

    /// A draft's position in sentence case beside the recipients, the name in capitals alone
    /// on its row below (Tổng cục THADS, 2020): the position and the signer.
    #[test]
    fn a_sentence_case_position_beside_the_recipients_over_the_name() {
        let text = "Điều 4. Các ông, bà có tên tại Điều 1 chịu trách nhiệm thi hành Quyết định này./.\n\nNơi nhận:\n- Như Điều 4;                                         Tổng cục trưởng\n- ...............................\n\n\n\n                                                NGUYỄN NGỌC ANH\n";
        let d = doc(text);
        let at = |i: usize| d.lines[i].span.of(text);
        let sig = &d.closing.signature;
        assert_eq!(
            sig.positions.iter().map(|&i| at(i)).collect::<Vec<_>>(),
            ["Tổng cục trưởng"]
        );
        assert_eq!(sig.name.map(at), Some("NGUYỄN NGỌC ANH"));
        let report = crate::check_str(text, &crate::Config::default());
        let codes: Vec<_> = report.diagnostics.iter().map(|d| d.code).collect();
        // The position not in capitals is reported, and nothing is "missing".
        assert!(codes.contains(&"CK008"), "{codes:?}");
        assert!(
            !codes
                .iter()
                .any(|c| matches!(*c, "CK001" | "CK002" | "NN009")),
            "{codes:?}"
        );
        // A recipient in sentence case (its `;`) over a name is none.
        let text = text.replace("Tổng cục trưởng", "Tổng cục trưởng;");
        let d = doc(&text);
        assert!(!d
            .closing
            .signature
            .positions
            .iter()
            .any(|&i| d.lines[i].span.of(&text).starts_with("Tổng")));
    }

    /// The signer's name stands beside the middle of a long Nơi nhận: the recipients below it
    /// are still recipients, not stray lines.
    #[test]
    fn names_as_a_scan_reads_them() {
        // The family name's first letters lost; a rank with a misread mark.
        assert!(is_person_name("guyên Quốc Việt"));
        assert!(is_person_name("rịnh Việt Hùng"));
        assert!(is_person_name("Thiểu tướng Trương Minh Đương"));
        // A speck read as a quotation mark before the name.
        assert!(is_person_name("“Thái Văn Tài"));
        assert!(is_person_name("\"Thị Thanh Trà"));
        assert!(!is_person_name("“Quy chế làm việc"));
        // Academic titles garbled before the name.
        assert!(is_person_name("PÈS.T§KH/ Vũ Hoàng Linh"));
        assert!(!is_person_name("VT. Hoàng Linh"));
        assert!(!is_person_name("TCCB-HC, X30. Vũ Hoàng"));
        // A word of prose before names is no family name.
        assert!(!is_person_name("ông Nguyễn Văn An"));
        assert!(!is_person_name("và Phát Triển"));
        assert!(!is_person_name("của Sở Nội Vụ"));
    }

    /// A name in capitals opens with a family name, but `VĂN PHÒNG` (Văn is one) is a body: a
    /// routing form's `CHUYÊN MÔN THUỘC` / `VĂN PHÒNG` is no signature block.
    #[test]
    fn a_body_in_capitals_is_no_name() {
        assert!(is_person_name("NGUYỄN VĂN AN"));
        assert!(is_person_name("VĂN ĐỨC HẢI"));
        assert!(!is_person_name("VĂN PHÒNG"));
        assert!(!is_person_name("VĂN PHÒNG UBND TỈNH"));
    }

    #[test]
    fn a_scanned_signature_above_a_label_that_lost_its_first_letter() {
        let text = "CÔNG AN TỈNH LÂM ĐỒNG\nSố: 44/TTr-CAT\nTỜ TRÌNH\nVề việc báo cáo tổng kết\nKính gửi: Văn phòng Ủy ban nhân dân tỉnh\nKính đề nghị Văn phòng thẩm định.\n=——. GIÁM ĐÓC\nơi nhận:\n- Như trên:\n- Lưu V'T, PC04.\nThiểu tướng Trương Minh Đương\n";
        let d = doc(text);
        let line = |i: usize| d.lines[i].span.of(text);
        let nn = d.closing.noi_nhan.as_ref().expect("a Nơi nhận");
        assert_eq!(line(nn.label), "ơi nhận:");
        assert_eq!(nn.luu.map(line), Some("- Lưu V'T, PC04."));
        let sig = &d.closing.signature;
        let positions: Vec<&str> = sig.positions.iter().map(|&i| line(i)).collect();
        assert_eq!(positions, ["GIÁM ĐÓC"]);
        assert_eq!(sig.name.map(line), Some("Thiểu tướng Trương Minh Đương"));
    }

    fn codes(text: &str) -> Vec<&'static str> {
        crate::check_str(text, &crate::Config::default())
            .diagnostics
            .iter()
            .map(|d| d.code)
            .collect()
    }

    /// A scan's speck glued before the Lưu line's dash (`~- Lưu: VT.`): the Lưu line all the
    /// same, its speck reported by NN003, no Lưu said to be missing.
    #[test]
    fn a_luu_line_behind_a_scan_s_speck() {
        let head = "UBND TỈNH AN GIANG\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nTRƯỜNG ĐẠI HỌC AN GIANG\tĐộc lập - Tự do - Hạnh phúc\nSố: 274/TB-ĐHAG\tAn Giang, ngày 18 tháng 10 năm 2016\nTHÔNG BÁO\nVề công tác văn thư, hành chính của Trường Đại học An Giang\nNhà trường thông báo đến các đơn vị nội dung trên để thực hiện.\n\n";
        for luu in ["~- Lưu: VT.", "`- Lưu: VT, HCTH."] {
            let text = format!("{head}Nơi nhận:\n- Ban Giám hiệu;\n- Trưởng các đơn vị;\n{luu}\n\nNguyễn Thanh Hải\n");
            let d = doc(&text);
            let line = |i: usize| d.lines[i].span.of(&text);
            let nn = d.closing.noi_nhan.as_ref().expect("a Nơi nhận");
            assert_eq!(nn.luu.map(line), Some(luu), "{luu}");
            assert_eq!(nn.items.len(), 3, "{luu}");
            let found = codes(&text);
            assert!(!found.contains(&"NN005"), "{luu}: {found:?}");
            assert!(found.contains(&"NN003"), "{luu}: {found:?}");
        }
    }

    /// A scan that lost the `Nơi nhận:` label left a remnant beside the authority; the
    /// recipients under it, the Lưu line, the position and the name are read all the same.
    #[test]
    fn a_closing_whose_label_the_scan_lost() {
        let head = "ỦY BAN NHÂN DÂN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nTỈNH QUẢNG NGÃI\tĐộc lập - Tự do - Hạnh phúc\nSố: 899/UBND-TTHC\tQuảng Ngãi, ngày 15 tháng 01 năm 2025\nV/v công bố Danh mục TTHC\nKính gửi: Sở Tư pháp.\nĐề nghị Sở Tư pháp thực hiện.\n\n";
        let text = format!("{head}R-.4ê th TL. CHỦ TỊCH\n\n- Như trên; H x `\n\n- PCT UBND tỉnh; CHÁNH VĂN PHÒNG\n- VPUB: CVP, PCVP;\n\n- Lưu: VT, TTHC(Tm). ị\n\ncz\n\nguyên Quốc Việt\n");
        let d = doc(&text);
        let line = |i: usize| d.lines[i].span.of(&text);
        let nn = d.closing.noi_nhan.as_ref().expect("a Nơi nhận");
        assert_eq!(line(nn.label), "R-.4ê th");
        assert!(nn.label_from_remnant);
        assert_eq!(nn.items.len(), 4);
        assert_eq!(nn.luu.map(line), Some("- Lưu: VT, TTHC(Tm). ị"));
        let sig = &d.closing.signature;
        let authority: Vec<&str> = sig.authority.iter().map(|&i| line(i)).collect();
        assert_eq!(authority, ["TL. CHỦ TỊCH"]);
        let positions: Vec<&str> = sig.positions.iter().map(|&i| line(i)).collect();
        assert_eq!(positions, ["CHÁNH VĂN PHÒNG"]);
        assert_eq!(sig.name.map(line), Some("guyên Quốc Việt"));
        // The lost label is reported once, as a label; nothing is said to be missing.
        let found = codes(&text);
        assert_eq!(
            found.iter().filter(|&&c| c == "NN002").count(),
            1,
            "{found:?}"
        );
        for missing in ["NN001", "CK001", "CK002"] {
            assert!(!found.contains(&missing), "{missing}: {found:?}");
        }

        // The label's remnant kept its colon; the signer's name behind a scan's dash.
        let text = format!(
            "{head}¡ VI RSỆN: TM. BAN THƯỜNG VỤ\n- Như trên;\n- Lưu: VT, VP.\n\n-Lương Thế Điền\n"
        );
        let d = doc(&text);
        let line = |i: usize| d.lines[i].span.of(&text);
        let nn = d.closing.noi_nhan.as_ref().expect("a Nơi nhận");
        assert_eq!(line(nn.label), "¡ VI RSỆN:");
        assert_eq!(nn.items.len(), 2);
        assert_eq!(d.closing.signature.name.map(line), Some("Lương Thế Điền"));
        let found = codes(&text);
        for missing in ["NN001", "CK002", "NN003", "NN005"] {
            assert!(!found.contains(&missing), "{missing}: {found:?}");
        }
    }

    /// A Cục Thuế letter's header, body and closing sentence, before the closings the scan
    /// tests vary.
    const TAX_OFFICE_LETTER_HEAD: &str = "BỘ TÀI CHÍNH\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nCỤC THUẾ\tĐộc lập - Tự do - Hạnh phúc\nSố: 21/CT-CS\tHà Nội, ngày 08 tháng 4 năm 2026\nV/v chính sách thuế\nKính gửi: Thuế tỉnh Ninh Bình.\nCục Thuế trả lời để Thuế tỉnh được biết./.\n\n";

    /// A seal over the signature garbles its titles and a scan reads them into the recipients'
    /// rows (`Nơi nhận: ai RỦ TƯỚNG`, `- TTgCP (để báo cáo); WU TƯỜNG`, `… (đê b/c}; PT ƯỞNG
    /// BAN`), or under the Lưu line (`NHƯ hưởng`): they are the signature's, not recipients nor
    /// stray text, and no block is said to be missing.
    #[test]
    fn titles_a_seal_garbled_beside_and_under_the_recipients() {
        let head = TAX_OFFICE_LETTER_HEAD;
        for (closing, titles) in [
            (
                "Nơi nhận: ai RỦ TƯỚNG\n- Như trên; x * É\n- TTgCP (để báo cáo); WU TƯỜNG\n- Lưu: VT, CĐS.\n\nLê Thị Thanh Trà\n",
                vec!["ai RỦ TƯỚNG", "WU TƯỜNG"],
            ),
            (
                "Nơi nhận:\n- Như trên;\n- Vụ Pháp chế (đê b/c}; PT ƯỞNG BAN\n- Lưu: VT, CS.\n\nMạnh Thị Mai\n",
                vec!["PT ƯỞNG BAN"],
            ),
            (
                "Nơi nhận:\n- Như trên;\n- Sở Tài chính; PHÓ CỤC TRUỞNG\n- Lưu: VT, CS.\nLê Văn Hùng\n",
                vec!["PHÓ CỤC TRUỞNG"],
            ),
            (
                "Nơi nhận:\n- BGH (Đ/c);\n- Lưu: VT, QLCL\n” xÓi\n\n`N\nNHƯ hưởng\n",
                vec!["NHƯ hưởng"],
            ),
        ] {
            let text = format!("{head}{closing}");
            let d = doc(&text);
            let line = |i: usize| d.lines[i].span.of(&text);
            let sig = &d.closing.signature;
            let positions: Vec<&str> = sig.positions.iter().map(|&i| line(i)).collect();
            assert_eq!(positions, titles, "{closing}");
            let found = codes(&text);
            for wrong in ["CK001", "NN004", "NN009"] {
                assert!(!found.contains(&wrong), "{wrong}: {found:?} {closing}");
            }
        }
        // A recipient that names a body in capitals after its `;` keeps it.
        let text = format!(
            "{head}Nơi nhận:\n- Như trên; TRƯỜNG CAO ĐẲNG Y;\n- Lưu: VT.\nGIÁM ĐỐC\nLê Văn Hùng\n"
        );
        let d = doc(&text);
        let positions = lines_at(&d, &text, &d.closing.signature.positions);
        assert_eq!(positions, ["GIÁM ĐỐC"]);
    }

    /// Both authorities of a block signed for a deputy head on behalf of the head (`TL. CỤC
    /// TRƯỞNG` / `KT. TRƯỞNG BAN …`), the second read into a recipient's row after a scan's dash.
    #[test]
    fn a_second_authority_after_a_scan_s_dash_in_the_recipients() {
        let head = TAX_OFFICE_LETTER_HEAD;
        for (second, title) in [
            (
                "- Như trên; - KT. TRƯỞNG BAN BAN CHÍNH SÁCH, THUÊ QUỐC TE:",
                "KT. TRƯỞNG BAN BAN CHÍNH SÁCH, THUÊ QUỐC TE:",
            ),
            ("- Như trên; – KT. VỤ TRƯỞNG", "KT. VỤ TRƯỞNG"),
        ] {
            let text = format!("{head}Nơi nhận: TL. CỤC TRƯỞNG\n{second}\n- Ban PC;\n- Lưu: VT, CS.\nPHÓ TRƯỞNG BAN\nMạnh Thị Mai\n");
            let d = doc(&text);
            let authority = lines_at(&d, &text, &d.closing.signature.authority);
            assert_eq!(authority, ["TL. CỤC TRƯỞNG", title]);
            let items = d.closing.noi_nhan.as_ref().map_or(0, |n| n.items.len());
            assert_eq!(items, 3, "{second}");
        }
        // A recipient in a district (`Q.` for quận) is a recipient still.
        let text = format!(
            "{head}Nơi nhận:\n- Như trên; - Q. Ba Đình;\n- Lưu: VT.\nGIÁM ĐỐC\nLê Văn Hùng\n"
        );
        let d = doc(&text);
        assert_eq!(d.closing.noi_nhan.as_ref().map_or(0, |n| n.items.len()), 3);
    }

    /// Without a signature beside it, a short line over dashes is no label: a document that
    /// lacks the label still lacks it.
    #[test]
    fn a_short_line_over_dashes_is_no_lost_label() {
        let text = "ỦY BAN NHÂN DÂN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nTỈNH QUẢNG NGÃI\tĐộc lập - Tự do - Hạnh phúc\nSố: 899/UBND-TTHC\tQuảng Ngãi, ngày 15 tháng 01 năm 2025\nV/v công bố Danh mục TTHC\nKính gửi: Sở Tư pháp.\nĐề nghị Sở Tư pháp thực hiện.\n\nTrân trọng\n- Như trên;\n- Lưu: VT.\nCHỦ TỊCH\nNguyễn Văn An\n";
        assert!(doc(text).closing.noi_nhan.is_none());
        assert!(codes(text).contains(&"NN001"));
    }

    #[test]
    fn recipients_go_on_beside_and_below_the_signers_name() {
        let text = "Nơi nhận:                               TL. CHỦ TỊCH\n- Thường trực Tỉnh ủy;                  PHÓ CHÁNH VĂN PHÒNG\n- Các sở, ngành: Tài chính,\n  Nội vụ, Y tế,                         Phùng Tô Long\n  Thông tin và Truyền thông,\n- Hội LHPN tỉnh;\n- Lưu: VT, KGVX.\n";
        let d = doc(text);
        let nn = d.closing.noi_nhan.as_ref().expect("a Nơi nhận");
        let items: Vec<Vec<&str>> = nn
            .items
            .iter()
            .map(|it| {
                it.lines
                    .iter()
                    .map(|&i| d.lines[i].span.of(text).trim())
                    .collect()
            })
            .collect();
        assert_eq!(
            items,
            [
                vec!["- Thường trực Tỉnh ủy;"],
                vec![
                    "- Các sở, ngành: Tài chính,",
                    "Nội vụ, Y tế,",
                    "Thông tin và Truyền thông,"
                ],
                vec!["- Hội LHPN tỉnh;"],
                vec!["- Lưu: VT, KGVX."],
            ]
        );
        assert!(d.closing.stray.is_empty());
        assert_eq!(
            d.lines[d.closing.signature.name.unwrap()].span.of(text),
            "Phùng Tô Long"
        );
    }

    /// A Lưu line left without its period does not take the signer's name a scan set after a
    /// blank line (with a speck read as a quotation mark before it); the line right under it
    /// still goes on with it.
    #[test]
    fn a_luu_line_does_not_go_on_past_a_blank_line() {
        let text = "CÔNG VĂN\nV/v triển khai\n\nKính gửi: Các bộ.\n\nNội dung.\n\n\
Nơi nhận:\n- Như trên;\n- Lưu: VT, CĐS (2)\n\n\"Thị Thanh Trà\n";
        let d = doc(text);
        let items = items_of(&d, text);
        assert_eq!(
            items.last().unwrap(),
            &vec!["- Lưu: VT, CĐS (2)".to_owned()]
        );
        assert_eq!(
            d.lines[d.closing.signature.name.expect("the name")]
                .span
                .of(text),
            "\"Thị Thanh Trà"
        );
        let text = "CÔNG VĂN\nV/v triển khai\n\nKính gửi: Các bộ.\n\nNội dung.\n\n\
Nơi nhận:\n- Như trên;\n- Lưu: VP (HC, TH)\nTCT (HC, NV3).\n";
        let d = doc(text);
        assert_eq!(
            items_of(&d, text).last().unwrap(),
            &vec!["- Lưu: VP (HC, TH)".to_owned(), "TCT (HC, NV3).".to_owned()]
        );
    }

    fn items_of(d: &Document, text: &str) -> Vec<Vec<String>> {
        let nn = d.closing.noi_nhan.as_ref().expect("a Nơi nhận");
        nn.items
            .iter()
            .map(|it| {
                it.lines
                    .iter()
                    .map(|&i| d.lines[i].span.of(text).trim().to_owned())
                    .collect()
            })
            .collect()
    }

    /// The list of what goes with the letter under the Lưu line (`Đính kèm:` / `- Chương
    /// trình tập huấn.`) is neither a recipient nor a stray line; the position and the name
    /// under it are read.
    #[test]
    fn an_attachments_list_under_the_luu_line() {
        for label in ["Đính kèm:", "Tài liệu gửi kèm:", "Kèm theo:"] {
            let text = format!(
                "SỞ GIÁO DỤC VÀ ĐÀO TẠO\nSố: 79/TTTT\nV/v tập huấn\nKính gửi: Các trường.\nĐề nghị các trường cử cán bộ tham dự./.\n\
Nơi nhận:\n- Như trên;\n- Ban Giám đốc Sở (để báo cáo);\n- Lưu TTTT (ĐTh).\n{label}\n- Chương trình tập huấn.\n\nGIÁM ĐỐC\n\nVõ Thiện Cang\n"
            );
            let d = crate::parse(&text).document;
            let items = items_of(&d, &text);
            assert_eq!(
                items.last().map(|i| i[0].as_str()),
                Some("- Lưu TTTT (ĐTh)."),
                "{label}"
            );
            assert!(d.closing.stray.is_empty(), "{label}");
            assert!(d.closing.signature.name.is_some(), "{label}");
            assert!(!codes(&text).contains(&"NN009"), "{label}");
        }
        // A label that announces no attachment stays a stray line.
        assert!(!is_attachments_label("Ghi chú:"));
        assert!(!is_attachments_label(
            "Đính kèm theo văn bản này là danh sách cán bộ tham dự:"
        ));
    }

    /// The Government Office's own item wraps without dashes (Công điện 63/CĐ-VPCP, laid out
    /// in columns, and 2003/CĐ-VPCP, read without the layout): its lines go on with it, and the
    /// contact numbers under the signature are no part of the Lưu line.
    #[test]
    fn a_group_of_recipients_wraps_without_dashes() {
        let text = "Nơi nhận:                                          KT. BỘ TRƯỞNG, CHỦ NHIỆM\n- Như trên;                                              PHÓ CHỦ NHIỆM\n- TTg CP Phạm Minh Chính (để b/c);\n- VPCP: BTCN, PCN Phạm Mạnh Cường;\n Trợ lý, Thư ký TTg, các PTTg: Nguyễn Hòa Bình,\n  Nguyễn Chí Dũng, Phạm Thị Thanh Trà;\n cácVụ,Cục:KSTT,KTTH,PL,CN,NN,KGVX,TCCV,QTTV;\n Cổng TTĐT;\n- Lưu: VT, TH (2) Thạch                                    Phạm Mạnh Cường\n                       Số điện thoại liên hệ nội dung họp: 0974xxxxxx\n                      Số điện thoại liên hệ đăng ký dự họp: 0902xxxxxx\n";
        let d = doc(text);
        assert_eq!(
            items_of(&d, text),
            [
                vec!["- Như trên;"],
                vec!["- TTg CP Phạm Minh Chính (để b/c);"],
                vec![
                    "- VPCP: BTCN, PCN Phạm Mạnh Cường;",
                    "Trợ lý, Thư ký TTg, các PTTg: Nguyễn Hòa Bình,",
                    "Nguyễn Chí Dũng, Phạm Thị Thanh Trà;",
                    "cácVụ,Cục:KSTT,KTTH,PL,CN,NN,KGVX,TCCV,QTTV;",
                    "Cổng TTĐT;",
                ],
                vec!["- Lưu: VT, TH (2) Thạch"],
            ]
        );
        assert!(d.closing.stray.is_empty());
        let text = "Nơi nhận:\n- Như trên;\n- Bộ Công an (để phối hợp);\n- VPCP: BTCN, PCN Đỗ Ngọc Huỳnh;\nTrợ lý, Thư ký của: TTg, PTTg Lê Thành Long;\ncác Vụ, Cục: KGVX, KTTH, NC, QTTV; Cổng TTĐT;\n- Văn phòng UBND các tỉnh, thành phố trực thuộc\nTrung ương (để phối hợp);\n- Lưu: VT, TH(2). H\n\nKT. BỘ TRƯỞNG, CHỦ NHIỆM\nPHÓ CHỦ NHIỆM\n\nĐỗ Ngọc Huỳnh\n\nSố điện thoại liên hệ tài liệu, nội dung Hội nghị: 0902xxxxxx; 0915xxxxxx;\nSố điện thoại liên hệ đăng ký thành phần dự Hội nghị: 0913xxxxxx.\n";
        let d = doc(text);
        assert_eq!(
            items_of(&d, text),
            [
                vec!["- Như trên;"],
                vec!["- Bộ Công an (để phối hợp);"],
                vec![
                    "- VPCP: BTCN, PCN Đỗ Ngọc Huỳnh;",
                    "Trợ lý, Thư ký của: TTg, PTTg Lê Thành Long;",
                    "các Vụ, Cục: KGVX, KTTH, NC, QTTV; Cổng TTĐT;",
                ],
                vec![
                    "- Văn phòng UBND các tỉnh, thành phố trực thuộc",
                    "Trung ương (để phối hợp);"
                ],
                vec!["- Lưu: VT, TH(2). H"],
            ]
        );
        assert!(d.closing.stray.is_empty());
    }

    /// Outside a group, a capitalised line with no dash after a finished item is a recipient
    /// that lost its dash (NN003), not a wrapped line.
    #[test]
    fn a_recipient_without_a_dash_after_a_finished_item() {
        let text = "Nơi nhận:\n- Như trên;\n- Sở Tài chính;\nSở Nội vụ;\n- Lưu: VT, VP.\n\nKT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\n\nNguyễn Văn An\n";
        let d = doc(text);
        assert_eq!(
            items_of(&d, text),
            [
                vec!["- Như trên;"],
                vec!["- Sở Tài chính;"],
                vec!["Sở Nội vụ;"],
                vec!["- Lưu: VT, VP."],
            ]
        );
    }

    /// The position lines of the signature, as read.
    fn positions_of(text: &str) -> Vec<String> {
        let d = doc(text);
        d.closing
            .signature
            .positions
            .iter()
            .map(|&i| d.lines[i].span.of(text).to_owned())
            .collect()
    }

    /// A council's chairman signs with his own post above his name (Hội đồng thi đua, Lâm
    /// Đồng 10797/QĐ-HĐTĐ): the position signed as is `CHỦ TỊCH` alone.
    #[test]
    fn the_signers_own_post_above_the_name_is_not_the_position() {
        let text = "Nơi nhận:\n- Như Điều 1;\n- Lưu: VT.\n\nTM. HỘI ĐỒNG\nCHỦ TỊCH\n\nGIÁM ĐỐC SỞ NỘI VỤ\nĐỗ Văn Chung\n";
        assert_eq!(positions_of(text), ["CHỦ TỊCH"]);
        let report = crate::check_str(text, &crate::Config::default());
        assert!(!report.diagnostics.iter().any(|d| d.code == "NN009"));
        // Without the blank (a converter drops empty paragraphs) too.
        let d = doc("Nơi nhận:\n- Như trên;\n- Lưu: VT.\nTM. BAN CHỈ ĐẠO\nPHÓ TRƯỞNG BAN\nPHÓ CHỦ TỊCH UBND TỈNH\nNguyễn Ngọc Phúc\n");
        assert_eq!(d.closing.signature.positions.len(), 1);
        // A position wrapped over two lines is one position.
        let text = "Nơi nhận:\n- Như Điều 1;\n- Lưu: VT.\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nTHƯỜNG TRỰC\nĐỗ Văn Chung\n";
        let d = doc(text);
        assert_eq!(d.closing.signature.positions.len(), 2);
    }

    /// A plan issued with its decision follows it with a header of its own: the decision's
    /// Lưu line does not go on into that header (pdftotext -layout of a Hà Nội decision).
    #[test]
    fn the_closing_ends_where_an_attached_document_opens_its_header() {
        let text = "QUYẾT ĐỊNH\nBan hành Kế hoạch\n\nĐiều 1. Ban hành Kế hoạch.\nĐiều 2. Quyết định này có hiệu lực từ ngày ký./.\nNơi nhận:                                   TM. ỦY BAN NHÂN DÂN\n- Như Điều 2;                                      CHỦ TỊCH\n- Lưu: VT, ĐTDG\n                                           Trần Sỹ Thanh\n\u{c}ỦY BAN NHÂN DÂN                    CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nTHÀNH PHỐ HÀ NỘI                            Độc lập - Tự do - Hạnh phúc\n\n                  KẾ HOẠCH\n   Bảo đảm thoát nước mùa mưa năm 2026\n";
        let d = doc(text);
        let nn = d.closing.noi_nhan.as_ref().expect("Nơi nhận");
        let luu = nn.luu.expect("Lưu");
        assert_eq!(d.lines[luu].span.of(text), "- Lưu: VT, ĐTDG");
        let last = nn.items.last().and_then(|it| it.lines.last()).copied();
        assert_eq!(
            last,
            Some(luu),
            "the Lưu item takes no line of the next header"
        );
        // Nor when the document arrives run together on one line, the header's line kept
        // whole after the Lưu by the reader's cuts.
        let one_line = text.split_whitespace().collect::<Vec<_>>().join(" ") + "\n";
        let d = doc(&one_line);
        let nn = d.closing.noi_nhan.as_ref().expect("Nơi nhận");
        let luu = nn.luu.expect("Lưu");
        assert_eq!(d.lines[luu].span.of(&one_line), "- Lưu: VT, ĐTDG");
        let last = nn.items.last().and_then(|it| it.lines.last()).copied();
        assert_eq!(last, Some(luu), "{:?}", nn.items);
    }

    /// A signature picture's text layer repeats the position cut short under it (pdftotext
    /// -layout of a signed report): one position, not two.
    #[test]
    fn a_position_repeated_cut_short_is_the_signature_picture() {
        let text = "BÁO CÁO\nKết quả thẩm định\n\nI. NỘI DUNG\nNội dung báo cáo.\nNơi nhận:                                            KT. GIÁM ĐỐC\n- Sở Nội vụ;\n- Ban Giám đốc (để biết);                           PHÓ GIÁM ĐỐC\n- Lưu: VT, XD&KTVBQPPL.                               PHÓ GIÁ\n\n\n                                                   Triệu Quốc Trung\n";
        let d = doc(text);
        let positions: Vec<&str> = d
            .closing
            .signature
            .positions
            .iter()
            .map(|&i| d.lines[i].span.of(text).trim())
            .collect();
        assert_eq!(positions, ["PHÓ GIÁM ĐỐC"]);
        assert!(d.closing.signature.name.is_some());
    }

    #[test]
    fn a_list_with_no_number_and_no_closing_goes_with_another_document() {
        let head = "BAN TỔ CHỨC\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\tĐộc lập - Tự do - Hạnh phúc\n\tHà Nội, ngày 09 tháng 10 năm 2025\n\n";
        let list = format!("{head}DANH SÁCH\nTHAM LUẬN TẠI HỘI NGHỊ\n\nSTT\tĐơn vị\n1\tBộ Y tế\n2\tBộ Quốc phòng\n");
        let found = codes(&list);
        for code in ["SO001", "NN001", "CK001"] {
            assert!(!found.contains(&code), "{code} in {found:?}");
        }
        // A plan with neither is still missing them.
        let plan = list.replace("DANH SÁCH\n", "KẾ HOẠCH\n");
        let found = codes(&plan);
        for code in ["SO001", "NN001", "CK001"] {
            assert!(found.contains(&code), "{code} not in {found:?}");
        }
    }

    #[test]
    fn a_body_signing_in_its_own_name_under_the_last_sentence() {
        let head = "QUỐC HỘI KHÓA XV\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nỦY BAN VĂN HÓA VÀ XÃ HỘI\tĐộc lập - Tự do - Hạnh phúc\n\tHà Nội, ngày 12 tháng 8 năm 2025\n\nBÁO CÁO\nThẩm tra sơ bộ dự án Luật\n\n";
        let text = format!(
            "{head}Thường trực Ủy ban trân trọng báo cáo.\nTHƯỜNG TRỰC ỦY BAN VĂN HÓA VÀ XÃ HỘI\n"
        );
        assert_eq!(
            positions_of(&text),
            vec!["THƯỜNG TRỰC ỦY BAN VĂN HÓA VÀ XÃ HỘI"]
        );
        assert!(!codes(&text).contains(&"CK001"));
        // A heading in capitals that names another body is no signature.
        let text =
            format!("{head}Thường trực Ủy ban trân trọng báo cáo.\nỦY BAN THƯỜNG VỤ QUỐC HỘI\n");
        assert!(doc(&text).closing.signature.positions.is_empty());
    }

    /// A Party committee's report signed by the body its last sentence names as reporting
    /// (`TỈNH ỦY THÁI NGUYÊN` in the header, `Ban Chấp hành Đảng bộ tỉnh` signing).
    #[test]
    fn a_body_named_by_the_last_sentence_signs_as_a_whole() {
        let head = "ĐẢNG CỘNG SẢN VIỆT NAM\nTỈNH ỦY THÁI NGUYÊN\nThái Nguyên, ngày 10 tháng 9 năm 2025\n\nBÁO CÁO\ntổng hợp ý kiến góp ý vào các dự thảo văn kiện\n\nI. TÌNH HÌNH\nCác cấp ủy đã tổ chức góp ý.\n";
        let last = "Trên đây là Báo cáo tổng hợp góp ý vào các dự thảo văn kiện Đại hội XIV\ncủa Đảng, Ban Chấp hành Đảng bộ tỉnh trân trọng báo cáo Đại hội.\n";
        let text = format!("{head}{last}BAN CHẤP HÀNH ĐẢNG BỘ TỈNH\n");
        assert_eq!(positions_of(&text), vec!["BAN CHẤP HÀNH ĐẢNG BỘ TỈNH"]);
        // A heading the sentence does not name is none.
        let text = format!("{head}{last}BAN THƯỜNG VỤ TỈNH ỦY\n");
        assert!(doc(&text).closing.signature.positions.is_empty());
    }

    #[test]
    fn a_date_at_the_end_over_two_parties_blocks() {
        let text = "BỆNH VIỆN ĐK ĐỒNG NAI\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nP. CÔNG NGHỆ THÔNG TIN\tĐộc lập - Tự do - Hạnh phúc\n\nBIÊN BẢN\nNGHIỆM THU CHƯƠNG TRÌNH CẤP SỐ\n\nChúng tôi gồm hai bên.\nBiên Hòa, ngày 20 tháng 02 năm 2025\nPHÒNG CNTT\n\n\nHồ Huy Bình\nKHOA KHÁM BỆNH\n\n\nPhạm Thúy An\n";
        let d = doc(text);
        let line = |i: usize| d.lines[i].span.of(text);
        assert_eq!(
            d.header.place_date.map(line),
            Some("Biên Hòa, ngày 20 tháng 02 năm 2025")
        );
        let sig = &d.closing.signature;
        assert_eq!(
            sig.positions.iter().map(|&i| line(i)).collect::<Vec<_>>(),
            ["PHÒNG CNTT"]
        );
        assert_eq!(sig.name.map(line), Some("Hồ Huy Bình"));
        assert!(!codes(text).contains(&"NG001"));
    }

    #[test]
    fn a_position_wrapped_over_two_lines_without_recipients() {
        let text = "QUYẾT ĐỊNH\nVề đặc xá năm 2024\n\nĐiều 1. Quyết định này có hiệu lực kể từ ngày ký.\nCHỦ TỊCH\nNƯỚC CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n(đã ký)\nTô Lâm\n";
        let d = doc(text);
        let sig = &d.closing.signature;
        let line = |i: usize| d.lines[i].span.of(text);
        assert_eq!(
            sig.positions.iter().map(|&i| line(i)).collect::<Vec<_>>(),
            ["CHỦ TỊCH", "NƯỚC CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"]
        );
        assert_eq!(sig.name.map(line), Some("Tô Lâm"));
        // A box's label in capitals above the position is not the position's first line.
        let text = "PHIẾU TRÌNH\nVề việc bố trí kinh phí\n\nNội dung trình đã rõ.\nPHÒNG XỬ LÝ CHÍNH\nLÃNH ĐẠO VĂN PHÒNG\nNguyễn Văn An\n";
        assert_eq!(positions_of(text), ["LÃNH ĐẠO VĂN PHÒNG"]);
    }

    /// The `KT.` written over the seal that a scan garbled (`(L{.`, Trường ĐH Cần Thơ 2023),
    /// the deputy's title beside the label below it: the line is the authority, and its prefix's
    /// form the one finding (CK003), no missing authority. Without the deputy under it, a
    /// head's title behind specks is left as it was.
    #[test]
    fn a_head_title_behind_a_garbled_prefix_over_the_deputy_is_the_authority() {
        let text = "Điều 3. Các ông (bà) Trưởng Khoa Sau đại học thi hành quyết định này./.\n\n\
(L{. HIỆU TRƯỚNG\nNơi nhận:\tPHÓ HIỆU TRƯỞNG\n\n- Như Điều 3;\n- Lưu: VT, KSĐH.\n\nTrần Trung Tính\n";
        let d = doc(text);
        let at = |v: &[usize]| {
            v.iter()
                .map(|&i| d.lines[i].span.of(text))
                .collect::<Vec<_>>()
        };
        let sig = &d.closing.signature;
        assert_eq!(at(&sig.authority), ["(L{. HIỆU TRƯỚNG"]);
        assert_eq!(at(&sig.positions), ["PHÓ HIỆU TRƯỞNG"]);
        let report = crate::check_str(text, &crate::Config::default());
        let codes: Vec<_> = report.diagnostics.iter().map(|x| x.code).collect();
        assert!(codes.contains(&"CK003"), "{codes:?}");
        assert!(
            !codes.contains(&"CK001") && !codes.contains(&"NN009"),
            "{codes:?}"
        );
        // No deputy under it: not read as an authority.
        let alone = "Điều 3. Các ông (bà) thi hành quyết định này./.\n\n\
(L{. HIỆU TRƯỞNG\nNơi nhận:\n- Như Điều 3;\n- Lưu: VT, KSĐH.\n\nTrần Trung Tính\n";
        assert!(doc(alone).closing.signature.authority.is_empty());
    }

    /// The closings of three scans of the Sở Y tế Kiên Giang (2017), each with the `KT` written
    /// by hand over the seal and garbled: `TL:` (a colon for the period, the deputy's title
    /// behind the column rule a scan read as `|`), `^,` beside the label (specks the cutter sets
    /// apart), and `KÍ.GIÁM ĐÓC` glued after a label whose space was lost, the deputy's title
    /// printed in red and lost. Each reads as the authority (CK003 its one finding there); a
    /// head's title after specks with no deputy under it stays the position (Công an tỉnh Lâm
    /// Đồng 2025).
    #[test]
    fn an_authority_whose_prefix_a_scan_garbled_beside_the_label() {
        let body =
            "Đề nghị các đơn vị thực hiện đúng theo tinh thần nội dung của Thông báo này./.\n";
        let read = |closing: &str| {
            let text = format!("{body}{closing}");
            let d = doc(&text);
            let at = |v: &[usize]| {
                v.iter()
                    .map(|&i| d.lines[i].span.of(&text).to_owned())
                    .collect::<Vec<_>>()
            };
            let sig = &d.closing.signature;
            let label = d
                .closing
                .noi_nhan
                .as_ref()
                .map(|n| d.lines[n.label].span.of(&text).to_owned());
            let codes: Vec<_> = crate::check_str(&text, &crate::Config::default())
                .diagnostics
                .iter()
                .map(|x| x.code)
                .collect();
            (at(&sig.authority), at(&sig.positions), label, codes)
        };
        let (authority, positions, _, codes) = read("Nơi nhận: ' TL: GIÁM ĐÓC\n- Các thành viên HĐTĐKT ngành; | PHÓ GIÁM ĐỚC\n\n- Các đơn vị trực thuộc ngành Y tế;\n- Lưu: VT,TCCB, nphue.\n");
        assert_eq!(authority, ["TL: GIÁM ĐÓC"]);
        assert_eq!(positions, ["PHÓ GIÁM ĐỚC"]);
        assert!(
            codes.contains(&"CK003") && !codes.contains(&"NN009"),
            "{codes:?}"
        );
        let (authority, positions, _, codes) = read("Nơi nhận: ^, GIÁM ĐÓC\n- Như thành phần mời; PHÓ GIÁM ĐỐC\n\n- Lưu: VT.\n\nHà Văn Phúc\n");
        assert_eq!(authority, ["^, GIÁM ĐÓC"]);
        assert_eq!(positions, ["PHÓ GIÁM ĐỐC"]);
        assert!(codes.contains(&"CK003"), "{codes:?}");
        let (authority, positions, label, codes) = read("Noinhận: —- KÍ.GIÁM ĐÓC\n- Như thành phần;\n- Lưu: VT, csthuan.\n\nNguyễn Trúc Giang\n");
        assert_eq!(authority, ["KÍ.GIÁM ĐÓC"]);
        assert!(positions.is_empty(), "{positions:?}");
        assert_eq!(label.as_deref(), Some("Noinhận:"));
        for code in ["CK003", "NN002"] {
            assert!(codes.contains(&code), "{codes:?}");
        }
        for code in ["CK001", "CK004", "NN001"] {
            assert!(!codes.contains(&code), "{codes:?}");
        }
        // Specks before a head's title with no deputy under it: the position, specks apart.
        let (authority, positions, _, _) =
            read("Nơi nhận:\n- Như trên;\n- Lưu: VT, PC04.\n=——. GIÁM ĐÓC\nTrương Minh Đương\n");
        assert!(authority.is_empty(), "{authority:?}");
        assert_eq!(positions, ["GIÁM ĐÓC"]);
        // A city's abbreviation glued to its name is no garbled prefix.
        assert!(crate::recognize::clues::garbled_glued_prefix("TP.HỒ").is_none());
        assert!(crate::recognize::clues::garbled_glued_prefix("KÍ.GIÁM").is_some());
    }

    /// A seal's debris in a scan's closing (Trường ĐH Tây Đô 2025, ĐHSP Hà Nội 2017): short
    /// lines in capitals bearing a backslash, a fraction slash, `Œ£` or a figure for a letter
    /// (`\\ TAY B0`, `⁄ NC`, `Œ£T: U TRƯỜNG :`) are no position and no stray closing line
    /// (NN009); a position in capitals stays one.
    #[test]
    fn a_seals_debris_is_no_position_nor_a_stray_line() {
        let text = "Trường Đại học Tây Đô thống nhất với nội dung của dự thảo Quy chế./.\n\nNơi nhận:\n⁄ NC\n- Như trên;\n- Lưu: VT, TC-HC.\n\\ TAY B0\n";
        let d = doc(text);
        assert!(
            d.closing.signature.positions.is_empty(),
            "{:?}",
            d.closing.signature
        );
        let codes: Vec<_> = crate::check_str(text, &crate::Config::default())
            .diagnostics
            .iter()
            .map(|x| x.code)
            .collect();
        assert!(
            !codes.contains(&"NN009") && !codes.contains(&"CK002"),
            "{codes:?}"
        );
        for t in ["\\ TAY B0", "⁄ NC", "Œ£T: U TRƯỜNG :"] {
            assert!(crate::recognize::clues::is_seal_debris(t), "{t}");
        }
        for t in [
            "HIỆU TRƯỞNG",
            "PHÓ GIÁM ĐỐC",
            "- Lưu: VT, TC-HC (2b).",
            "VT, P2",
            "Nguyễn Văn An",
        ] {
            assert!(!crate::recognize::clues::is_seal_debris(t), "{t}");
        }
    }
}

/// A biên bản's signature blocks set above its Nơi nhận (Nghị định 30's sample 1.9: the
/// secretary's block and the chair's side by side, then the recipients).
#[cfg(test)]
mod blocks_above_label_tests {
    use crate::recognize::assemble::test_support::*;

    const HEAD: &str = "SỞ NỘI VỤ\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\tĐộc lập - Tự do - Hạnh phúc\nSố: 05/BB-SNV\tVĩnh Long, ngày 08 tháng 5 năm 2026\nBIÊN BẢN\nHọp góp ý dự thảo Nghị quyết hỗ trợ đào tạo sau đại học\nThời gian bắt đầu: 08 giờ 00 phút, ngày 08 tháng 5 năm 2026.\nThành phần tham dự: đại diện Sở Tư pháp, Sở Tài chính.\nCuộc họp kết thúc vào lúc 10 giờ 30 phút cùng ngày./.\n\n";
    const FOOT: &str = "\nNơi nhận:\n- Thành phần dự họp;\n- Lưu: VT, CCVC.\n";

    /// The signature's and the recipients' findings (CK and NN).
    fn codes(text: &str) -> Vec<&'static str> {
        let family = crate::rules::test_support::family_codes;
        [family("CK", text), family("NN", text)].concat()
    }

    /// Side by side, one after the other, or with the blank rows of the signatures: the
    /// secretary is read as the signer, the chair's name beside, the recipients under the
    /// label as recipients; no "missing position" (CK001) and no stray line (NN009).
    #[test]
    fn the_blocks_of_a_record_above_its_recipients() {
        for blocks in [
            "THƯ KÝ\tCHỦ TRÌ\n\tPHÓ GIÁM ĐỐC\n(Chữ ký)\t(Chữ ký, dấu)\nPhạm Thị Yến Nhi\tNguyễn Văn An\n",
            "THƯ KÝ\nPhạm Thị Yến Nhi\nCHỦ TRÌ\nPHÓ GIÁM ĐỐC\nNguyễn Văn An\n",
            "THƯ KÝ\tCHỦ TỌA\n\n\n\nPhạm Thị Yến Nhi\tNguyễn Văn An\n",
        ] {
            let text = format!("{HEAD}{blocks}{FOOT}");
            let d = doc(&text);
            let s = &d.closing.signature;
            assert_eq!(s.name.map(|i| d.lines[i].span.of(&text)), Some("Phạm Thị Yến Nhi"), "{blocks}");
            assert_eq!(lines_at(&d, &text, &s.beside), ["Nguyễn Văn An"], "{blocks}");
            let nn = d.closing.noi_nhan.as_ref().expect("the label");
            assert_eq!(nn.items.len(), 2, "{blocks}");
            assert_eq!(codes(&text), Vec::<&str>::new(), "{blocks}");
        }
    }

    /// The same record with no position over the names is unsigned as before (CK001), and a
    /// name right above the label with no position near it opens no block.
    #[test]
    fn names_without_a_position_open_no_block() {
        let text = format!("{HEAD}Phạm Thị Yến Nhi\tNguyễn Văn An\n{FOOT}");
        assert!(codes(&text).contains(&"CK001"), "{:?}", codes(&text));
    }
}
