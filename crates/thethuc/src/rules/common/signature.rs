//! The signature block as the closing rules read it: the authority line (`KT.`, `TM.`), the
//! position title, the signer's name line and the honorifics before a name.

use crate::model::document::LineKind;
use crate::recognize::clues::is_person_name;
use crate::rules::Ctx;
use crate::text::case;
use crate::text::fold::{fold_case, is_upper};
use crate::text::span::Span;

/// A signing-authority line of the signature block, with its prefix read.
pub(crate) struct AuthorityLine {
    /// `TM`, `KT`, `TL`, `TUQ` or `Q`.
    pub canonical: &'static str,
    pub prefix: Span,
    pub separator: Option<Span>,
    pub title: Span,
}

/// Reads line `i` as an authority line. A prefix glued to the next letters without a period
/// (`QUYẾT ĐỊNH`, `KTNN`, `TLĐLĐ`) is a word, not a prefix.
pub(crate) fn authority_line(ctx: &Ctx<'_>, i: usize) -> Option<AuthorityLine> {
    let LineKind::Authority {
        prefix,
        separator,
        title,
    } = ctx.kind(i)
    else {
        return None;
    };
    if separator.is_none() && title.start <= prefix.end {
        return None;
    }
    let canonical = match fold_case(ctx.s(*prefix)).as_str() {
        "tm" | "t/m" => "TM",
        "kt" | "k/t" => "KT",
        "tl" | "t/l" => "TL",
        "tuq" => "TUQ",
        "q" => "Q",
        // A prefix a scan garbled over the seal (`(L{`, `^`), read as the authority only above
        // the deputy's own title (`closing::mark_garbled_prefix_authority`): the deputy signs
        // for the head.
        p if !p.chars().all(crate::text::fold::is_letter) => "KT",
        // `KÍ.GIÁM ĐÓC`: a scan misread the `T` of a prefix glued to its title.
        _ if separator.is_some()
            && crate::recognize::clues::is_garbled_prefix_letters(ctx.s(*prefix)) =>
        {
            "KT"
        }
        _ => return None,
    };
    Some(AuthorityLine {
        canonical,
        prefix: *prefix,
        separator: *separator,
        title: *title,
    })
}

/// The title of an authority line with its white space collapsed, in capitals.
pub(crate) fn title_words(ctx: &Ctx<'_>, a: &AuthorityLine) -> String {
    case::upper_str(
        &ctx.s(a.title)
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" "),
    )
}

/// Titles of a person, not of a collective (capitals).
pub(crate) const POSITIONS: &[&str] = &[
    "GIÁM ĐỐC",
    "TỔNG GIÁM ĐỐC",
    "PHÓ",
    "CHỦ TỊCH",
    "CHỦ NHIỆM",
    "CHÁNH VĂN PHÒNG",
    "CHÁNH THANH TRA",
    "CHÁNH ÁN",
    "THỦ TƯỚNG",
    "THỦ TRƯỞNG",
    "BÍ THƯ",
    "TỔNG BÍ THƯ",
    "TƯ LỆNH",
    "TỔNG BIÊN TẬP",
    "TỔNG THƯ KÝ",
    "TỔNG KIỂM TOÁN",
    "KẾ TOÁN TRƯỞNG",
    "CHỈ HUY TRƯỞNG",
];

/// A person's title: a listed one, `TRƯỞNG …`, or `<X> TRƯỞNG` (`BỘ TRƯỞNG`, `CỤC TRƯỞNG`).
pub(crate) fn is_position_title(title: &str) -> bool {
    let words: Vec<&str> = title.split_whitespace().collect();
    // Word by word, without collecting the listed title: this runs for every signature line.
    let starts = |p: &str| {
        let mut title_words = words.iter();
        p.split_whitespace().all(|w| title_words.next() == Some(&w))
    };
    POSITIONS.iter().any(|p| starts(p))
        || words.first() == Some(&"TRƯỞNG")
        || (words.get(1) == Some(&"TRƯỞNG") && words.first() != Some(&"BAN"))
        || (words.get(2) == Some(&"TRƯỞNG")
            && matches!(words.first(), Some(&"TỔNG") | Some(&"CHI")))
}

pub(crate) use crate::recognize::clues::{is_honorific_token, TITLES};

/// The honorific prefix of a name line: its byte length, with the spaces after it. `None` when the
/// line does not start with one.
pub(crate) fn honorific_prefix(t: &str) -> Option<usize> {
    let mut pos = 0usize;
    let mut count = 0usize;
    let mut courtesy = false;
    loop {
        let rest = &t[pos..];
        let word_len = rest.find(char::is_whitespace).unwrap_or(rest.len());
        let word = &rest[..word_len];
        let two = rest
            .split_whitespace()
            .take(2)
            .collect::<Vec<_>>()
            .join(" ");
        let skip = if fold_case(&two) == "đồng chí" {
            courtesy = true;
            let second = rest[word_len..].trim_start();
            rest.len() - second.len() + second.find(char::is_whitespace).unwrap_or(second.len())
        } else if !word.is_empty() && is_honorific_token(word) {
            courtesy |= TITLES.contains(&fold_case(word).as_str());
            word_len
        } else if count == 0
            && crate::recognize::clues::is_scanned_title(
                &rest.split_whitespace().collect::<Vec<_>>(),
            )
        {
            word_len
        } else {
            break;
        };
        pos += skip;
        pos += t[pos..].len() - t[pos..].trim_start().len();
        count += 1;
        if count > 3 || pos >= t.len() {
            break;
        }
    }
    if count == 0 || pos >= t.len() {
        return None;
    }
    // `Ông Ích Khiêm` has a surname that is also a courtesy title: ask for a full name then.
    let words = t[pos..].split_whitespace().count();
    if courtesy && count == 1 && words < 3 {
        return None;
    }
    Some(pos)
}

/// Words of offices and bodies: a line holding one is a title, not a name.
pub(crate) const OFFICE_WORDS: &str = concat!(
    "GIÁM|ĐỐC|TỊCH|TRƯỞNG|PHÓ|BAN|SỞ|BỘ|ỦY|UỶ|UBND|HĐND|HỘI|KIỂM|PHÒNG|CỤC|VIỆN|TỈNH|",
    "HUYỆN|XÃ|PHƯỜNG|NHÂN|DÂN|TY|TRA|ĐOÀN|TRUNG|TÂM|THƯỜNG|TRỰC|VỤ|NHIỆM|CHÁNH|TỔ|",
    "ĐỘI|BÍ|THƯ|ĐẢNG|ĐỒNG",
);

/// An all-capital name such as `NGUYỄN VĂN AN` (after any honorific).
pub(crate) fn is_caps_name(t: &str) -> bool {
    let words: Vec<&str> = t.split_whitespace().collect();
    (2..=6).contains(&words.len())
        && words.iter().all(|w| {
            w.chars()
                .all(|c| crate::text::fold::is_letter(c) && !crate::text::fold::is_lower(c))
        })
        && words
            .first()
            .is_some_and(|w| crate::recognize::clues::is_signature_surname(&fold_case(w)))
        && !words[1..]
            .iter()
            .any(|w| OFFICE_WORDS.split('|').any(|o| o == *w))
}

pub(crate) fn strip_honorific(t: &str) -> &str {
    honorific_prefix(t).map_or(t, |n| &t[n..])
}

/// The line holding the signer's name: the one the assembler found, or an all-capital name it
/// took for a position, or a name behind several honorifics it left aside.
pub(crate) fn signer_name_line(ctx: &Ctx<'_>) -> Option<usize> {
    let sig = &ctx.doc.closing.signature;
    match sig.name {
        // `Phó Giám Đốc` reads like a name; the real name is then left aside after it.
        Some(n) if name_is_position(ctx) => ctx
            .doc
            .closing
            .stray
            .iter()
            .copied()
            .find(|&i| i > n && is_person_name(strip_honorific(ctx.line_text(i)))),
        Some(n) => Some(n),
        None => caps_name_line(ctx).or_else(|| {
            let first = sig.authority.iter().chain(&sig.positions).min().copied()?;
            ctx.doc.closing.stray.iter().copied().find(|&i| {
                i > first
                    && honorific_prefix(ctx.line_text(i)).is_some()
                    && is_person_name(strip_honorific(ctx.line_text(i)))
            })
        }),
    }
}

/// Whether the line the assembler took for the name is a position in title case (`Phó Giám Đốc`).
pub(crate) fn name_is_position(ctx: &Ctx<'_>) -> bool {
    ctx.doc
        .closing
        .signature
        .name
        .is_some_and(|n| is_position_title(&case::upper_str(ctx.line_text(n))))
}

/// A position line that is in fact the signer's name in capitals.
pub(crate) fn caps_name_line(ctx: &Ctx<'_>) -> Option<usize> {
    let sig = &ctx.doc.closing.signature;
    if sig.name.is_some() {
        return None;
    }
    let mut positions = sig.positions.clone();
    crate::text::sorting::sort(&mut positions);
    positions
        .into_iter()
        .find(|&i| is_caps_name(strip_honorific(ctx.line_text(i))))
}

/// A prefix such as `kt.`, `tm.`, `t/m` at the start of a folded line, followed by a letter.
pub(crate) fn starts_with_prefix(folded: &str) -> bool {
    ["tuq", "t/m", "k/t", "t/l", "tm", "kt", "tl", "q"]
        .iter()
        .any(|p| {
            folded.strip_prefix(p).is_some_and(|rest| {
                let rest = rest.strip_prefix(['.', '/']).unwrap_or("");
                rest.trim_start()
                    .chars()
                    .next()
                    .is_some_and(crate::text::fold::is_letter)
            })
        })
}

/// Lines of the closing the assembler left aside that are authority or position lines written in
/// lower or mixed case (`KT. Giám đốc`, `Phó Giám đốc`).
pub(crate) fn lowercase_signature_lines(ctx: &Ctx<'_>) -> Vec<usize> {
    let name = ctx
        .doc
        .closing
        .signature
        .name
        .filter(|&n| name_is_position(ctx) && !is_upper(ctx.line_text(n)));
    let mut found: Vec<usize> = ctx
        .doc
        .closing
        .stray
        .iter()
        .copied()
        .filter(|&i| {
            let t = ctx.line_text(i).trim();
            if is_upper(t)
                || t.contains(['(', ')'])
                || t.ends_with([';', ',', ':', '.'])
                || t.split_whitespace().count() > 10
                || !matches!(ctx.kind(i), LineKind::Paragraph)
            {
                return false;
            }
            starts_with_prefix(&fold_case(t)) || is_position_title(&case::upper_str(t))
        })
        .collect();
    found.extend(name);
    // A position the reader took in sentence case (`Tổng cục trưởng` over the name).
    found.extend(
        ctx.doc
            .closing
            .signature
            .positions
            .iter()
            .copied()
            .filter(|&i| {
                // Not a scan's speck before a position in capitals (`vn PHO TONG GIAM ĐỌC`).
                let t = ctx.line_text(i).trim();
                let upper = case::upper_str(t);
                // A deputy's `Phó` cut to `P.` (`P.Trưởng Bộ môn`).
                let deputy = upper
                    .strip_prefix("P.")
                    .is_some_and(|rest| is_position_title(rest.trim_start()));
                !is_upper(t) && (is_position_title(&upper) || deputy)
            }),
    );
    crate::text::sorting::sort(&mut found);
    found
}

/// A scan whose OCR lost the signature column (the seal and the hand over it took the
/// authority, the position and the name): the text bears a scan's marks
/// (`common::text::bears_scan_marks`) and its closing ends with the recipients, no name read.
/// The paper is signed; the text cannot say by whom.
pub(crate) fn signature_lost_by_scan(ctx: &Ctx<'_>) -> bool {
    let closing = &ctx.doc.closing;
    closing.noi_nhan.is_some()
        && closing.signature.name.is_none()
        && !has_position(ctx)
        && crate::rules::common::text::bears_scan_marks(ctx)
}

/// A scan whose OCR lost the signer's name under the seal and the hand (`TL. GIÁM ĐÓC` read,
/// then only the recipients): the closing has its authority or position and no name, nothing
/// after its last signature line but the recipients and the Lưu (no line a name could be
/// garbled into), and the text bears a scan's marks. The paper is signed; the text cannot say
/// by whom.
pub(crate) fn name_lost_by_scan(ctx: &Ctx<'_>) -> bool {
    let doc = ctx.doc;
    let closing = &doc.closing;
    let sig = &closing.signature;
    let Some(last_title) = sig.authority.iter().chain(&sig.positions).copied().max() else {
        return false;
    };
    let Some(nn) = &closing.noi_nhan else {
        return false;
    };
    let recipients: Vec<usize> = nn
        .items
        .iter()
        .flat_map(|item| item.lines.iter().copied())
        .chain(nn.luu)
        .chain([nn.label])
        .collect();
    let end = doc
        .appendices
        .first()
        .map_or(doc.lines.len(), |a| a.lines.start);
    sig.name.is_none()
        && signer_name_line(ctx).is_none()
        && (last_title + 1..end).all(|i| recipients.contains(&i))
        && crate::rules::common::text::bears_scan_marks(ctx)
}

/// Whether the closing has an authority or position line (in any case).
pub(crate) fn has_position(ctx: &Ctx<'_>) -> bool {
    let sig = &ctx.doc.closing.signature;
    let caps_name = caps_name_line(ctx);
    sig.authority
        .iter()
        .any(|&i| authority_line(ctx, i).is_some())
        || sig.positions.iter().any(|&i| Some(i) != caps_name)
        || !lowercase_signature_lines(ctx).is_empty()
}

/// Where the closing of a document that should be signed has no authority or position line
/// (the empty span at the Nơi nhận label, the name, or the last line); `None` when it has one
/// or needs none.
pub(crate) fn missing_signature(ctx: &Ctx<'_>) -> Option<Span> {
    let doc = ctx.doc;
    // Only a document whose header or recipients were found is known to be whole enough to judge
    // (an undecoded TCVN3 text shows neither).
    let whole =
        doc.closing.noi_nhan.is_some() || doc.header.quoc_hieu.is_some() || doc.header.so.is_some();
    // A regulation or charter issued with a decision is signed in that decision (NN001, SO001
    // and NG001 ask nothing of it either).
    // An office's routing form ends in the leaders' opinion boxes, not a signature block.
    if !whole || has_position(ctx) || doc.frame_is_elsewhere() {
        return None;
    }
    // A text cut off inside a quotation lost its signature with the pages after it.
    if crate::rules::common::body::stops_inside_quotation(ctx) {
        return None;
    }
    let anchor = doc
        .closing
        .noi_nhan
        .as_ref()
        .map(|n| n.label)
        .or(doc.closing.signature.name)
        .or(doc.lines.len().checked_sub(1));
    let span = anchor.map_or_else(|| ctx.missing_anchor(), |i| ctx.line(i).span);
    Some(crate::text::span::Span::new(span.start, span.start))
}

#[cfg(test)]
mod tests {
    use super::is_caps_name;

    /// The rules and the reader share one list of family names: a name the reader takes for the
    /// signer's is one CK007 can judge.
    #[test]
    fn a_name_in_capitals_opens_with_a_family_name_of_the_shared_list() {
        for name in [
            "THÁI THANH QUÝ",
            "GIÀNG SEO PHỬ",
            "NGUYỄN VĂN AN",
            "TỔNG THỊ PHÓNG",
        ] {
            assert!(is_caps_name(name), "{name}");
        }
        assert!(!is_caps_name("GIÁM ĐỐC SỞ"));
        assert!(!is_caps_name("NGUYỄN"));
    }
}
