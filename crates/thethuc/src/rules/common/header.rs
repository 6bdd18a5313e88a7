//! The header as several rules read it: its `Số` line and date, the issuer lines and what the
//! ký hiệu says of the document's type and issuer.

use crate::model::doctype::{self, by_name, DocType, COPY_ABBRS, RETIRED_ABBRS, TYPES};
use crate::model::document::{DateParts, LineKind, SoParts};
use crate::rules::Ctx;
use crate::text::fold::{fold_case, skeleton};
use crate::text::span::Span;

/// The header's own `Số` line (state form) and its parts.
pub(crate) fn header_so<'a>(ctx: &Ctx<'a>) -> Option<(usize, &'a SoParts)> {
    let i = ctx.doc.header.so?;
    match ctx.kind(i) {
        LineKind::So(p) if !p.party => Some((i, p)),
        _ => None,
    }
}

/// The header's own place-and-date line and its parts.
pub(crate) fn header_date<'a>(ctx: &Ctx<'a>) -> Option<(usize, &'a DateParts)> {
    let i = ctx.doc.header.place_date?;
    match ctx.kind(i) {
        LineKind::PlaceDate(d) => Some((i, d)),
        _ => None,
    }
}

/// The value of a day, month or year written in digits; `None` when blank (absent, dots).
pub(crate) fn number(ctx: &Ctx<'_>, s: Option<Span>) -> Option<u32> {
    let t = ctx.s(s?);
    if t.is_empty() || !t.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    t.parse().ok()
}

/// The issuer lines the CQ rules judge: those the assembler found in the header, above the
/// document's own Số line (ô 2 sits above ô 3), and not part of the trích yếu or the title.
/// Lines below the Số line are the V/v or the title region, whatever their look.
pub(crate) fn issuer_lines(ctx: &Ctx<'_>) -> Vec<usize> {
    let doc = ctx.doc;
    let limit_row = doc
        .header
        .so
        .map(|s| ctx.line(s).row)
        .or_else(|| doc.title.as_ref().map(|t| ctx.line(t.type_line).row))
        .or_else(|| doc.vv.first().map(|&v| ctx.line(v).row));
    let in_title = |i: usize| {
        doc.title
            .as_ref()
            .is_some_and(|t| t.type_line == i || t.trich_yeu.contains(&i))
    };
    doc.header
        .issuer
        .iter()
        .copied()
        .filter(|&i| limit_row.is_none_or(|r| ctx.line(i).row <= r))
        .filter(|&i| !doc.vv.contains(&i) && !in_title(i))
        .collect()
}

pub(crate) fn is_abbreviation(word: &str) -> bool {
    let letters: Vec<char> = word
        .chars()
        .filter(|c| crate::text::fold::is_letter(*c))
        .collect();
    if letters.len() < 2 {
        return false;
    }
    if word.contains('&') {
        return true;
    }
    // Words are judged piece by piece across `-` and `.` (`LĐ-TB`, `TP.HCM`).
    word.split(['-', '.']).any(|piece| {
        let n = piece
            .chars()
            .filter(|c| crate::text::fold::is_letter(*c))
            .count();
        if n < 2 || !piece.chars().all(crate::text::fold::is_letter) {
            return false;
        }
        let upper = piece.chars().all(crate::text::fold::is_capital);
        let roman = piece.chars().all(|c| "IVXLCDM".contains(c));
        let no_vowel = !skeleton(piece).chars().any(|c| "aeiouy".contains(c));
        upper && !roman && (no_vowel || KNOWN.split('|').any(|k| k == piece))
    })
}

/// A line near the header that names a type, though the assembler did not take it as the title
/// (`QUYẾT ĐỊNH` read as a `Q.` authority line): the type name is there, so it is not missing.
pub(crate) fn has_type_line(ctx: &Ctx<'_>) -> bool {
    ctx.doc.lines.iter().take(30).any(|l| {
        !matches!(l.kind, LineKind::Enacting)
            && by_name(ctx.s(l.span).trim_end_matches([':', '.']).trim()).is_some()
    })
}

/// The document's own Số line has a ký hiệu without a type abbreviation (`Số: 12/SCT-CN`):
/// the form of a công văn.
pub(crate) fn cong_van_ky_hieu(ctx: &Ctx<'_>) -> bool {
    let Some(i) = ctx.doc.header.so else {
        return false;
    };
    let LineKind::So(p) = ctx.kind(i) else {
        return false;
    };
    let Some(first) = p.parts.first() else {
        return false;
    };
    let first = fold_case(ctx.s(*first));
    let is = |a: &str| fold_case(a) == first;
    let typed = TYPES.iter().filter_map(|t| t.abbr).any(is)
        || COPY_ABBRS.iter().copied().any(is)
        || RETIRED_ABBRS.iter().map(|(old, _)| *old).any(is);
    !typed && !p.party
}

/// What the header says the document is.
#[derive(Debug, Clone, Copy)]
pub(crate) enum DocKind {
    /// A type name with an abbreviation in Phụ lục III.
    Typed(DocType),
    /// No type name, a `V/v` line (or a `CÔNG VĂN` heading).
    CongVan,
}

pub(crate) fn doc_kind(ctx: &Ctx<'_>) -> Option<DocKind> {
    match &ctx.doc.title {
        Some(title) => {
            let t = title.doc_type?;
            if t.abbr.is_some() {
                Some(DocKind::Typed(t))
            } else if t.name == "CÔNG VĂN" {
                Some(DocKind::CongVan)
            } else {
                None
            }
        }
        None => ctx.doc.is_cong_van().then_some(DocKind::CongVan),
    }
}

/// Index of the group that carries the type (the first; after a year when there is one).
pub(crate) fn type_group_index(ctx: &Ctx<'_>, p: &SoParts) -> Option<usize> {
    let first = p.parts.first()?;
    let year = first.len() == 4 && ctx.s(*first).bytes().all(|b| b.is_ascii_digit());
    let k = usize::from(year);
    (k < p.parts.len()).then_some(k)
}

/// Any type abbreviation (current), compared without regard to case.
pub(crate) fn type_by_abbr_any_case(abbr: &str) -> Option<DocType> {
    doctype::by_abbr(abbr).or_else(|| {
        let f = fold_case(abbr);
        doctype::TYPES
            .iter()
            .find(|t| t.abbr.is_some_and(|a| fold_case(a) == f))
            .copied()
    })
}

/// A typed document's code that opens (group `k`) with the issuer's own initials (`ĐKT-SCT` of
/// an `ĐOÀN KIỂM TRA`): the type abbreviation `want` is missing, neither retired (`GN`) nor
/// further on (`UBND-KH`, the order's fault). SO005 reports it; SO006 leaves it.
pub(crate) fn lacks_type_abbr(ctx: &Ctx<'_>, p: &SoParts, k: usize, want: &str) -> bool {
    let group = ctx.s(p.parts[k]);
    let later = p.parts[k + 1..].iter().any(|s| ctx.s(*s) == want);
    let retired = doctype::RETIRED_ABBRS
        .iter()
        .any(|(old, _)| fold_case(old) == fold_case(group));
    !later && !retired && crate::rules::common::header::abbr_fits_any_issuer(ctx, group)
}

pub(crate) fn is_copy_abbr(abbr: &str) -> bool {
    let f = fold_case(abbr);
    doctype::COPY_ABBRS.iter().any(|c| fold_case(c) == f)
}

/// Every issuer line, alone: whether `abbr` is the initials of one of them (for SO005's công văn
/// check: `CT` under `CỤC THUẾ` is the issuer, not Chỉ thị).
pub(crate) fn abbr_fits_any_issuer(ctx: &Ctx<'_>, abbr: &str) -> bool {
    let a = letters(abbr);
    if a.is_empty() {
        return false;
    }
    let org = &ctx.config.organisation;
    ctx.doc.header.issuer.iter().any(|&i| {
        let init = initials(ctx.line_text(i));
        (init.starts_with(a.chars().next().unwrap_or(' ')) && subsequence(&a, &init))
            || init.contains(&a)
    }) || org.abbreviations.iter().any(|x| letters(x) == a)
        || org.names.iter().any(|n| {
            let init = initials(n);
            init.contains(&a)
        })
}

/// Lower-case base letters of an abbreviation (`SNN&MT` → `snnmt`, `HĐND` → `hdnd`).
pub(crate) fn letters(s: &str) -> String {
    skeleton(s)
        .chars()
        .filter(|c| crate::text::fold::is_letter(*c))
        .collect()
}

pub(crate) fn subsequence(needle: &str, hay: &str) -> bool {
    let mut h = hay.chars();
    needle.chars().all(|c| h.any(|x| x == c))
}

/// Initials of a body's name: the first letter of each syllable, abbreviations kept whole, common
/// names replaced by their abbreviation, `VÀ` skipped (`SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG` → `snnmt`).
pub(crate) fn initials(name: &str) -> String {
    let mut s = format!(
        " {} ",
        skeleton(name).replace(|c: char| !crate::text::fold::is_letter_or_digit(c), " ")
    );
    for (abbr, phrase) in COMMON {
        s = s.replace(&format!(" {phrase} "), &format!(" {abbr} "));
    }
    let mut out = String::new();
    for w in s.split_whitespace() {
        if w == "va" || w.chars().any(|c| c.is_ascii_digit()) {
            continue;
        }
        if is_syllable(w) {
            out.extend(w.chars().next());
        } else {
            out.push_str(w);
        }
    }
    out
}

/// Common abbreviations that contain a vowel, so the vowel test alone would miss them.
pub(crate) const KNOWN: &str = "UBND|UBMTTQ|UBMTTQVN|UBKT|TAND|TANDTC|QLDA|BQLDA|ĐHQG|UB";

/// Common abbreviations and the (skeleton) names they stand for.
pub(crate) const COMMON: &[(&str, &str)] = &[
    ("ubnd", "uy ban nhan dan"),
    ("hdnd", "hoi dong nhan dan"),
    ("ubmttq", "uy ban mat tran to quoc"),
    ("mttq", "mat tran to quoc"),
    ("ttg", "thu tuong"),
    ("cp", "chinh phu"),
    ("qh", "quoc hoi"),
    ("ctn", "chu tich nuoc"),
    ("vp", "van phong"),
];

/// A plausible Vietnamese syllable (skeleton form): onset, one to three vowels, a final.
pub(crate) fn is_syllable(w: &str) -> bool {
    const ONSETS: &str = "ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|b|c|d|g|h|k|l|m|n|p|r|s|t|v|x";
    const FINALS: &[&str] = &["", "c", "ch", "m", "n", "ng", "nh", "p", "t"];
    let rest = ONSETS
        .split('|')
        .find_map(|o| w.strip_prefix(o))
        .unwrap_or(w);
    if rest.is_empty() {
        return w == "gi";
    }
    let vowels = rest.chars().take_while(|c| "aeiouy".contains(*c)).count();
    (1..=3).contains(&vowels) && FINALS.contains(&&rest[vowels..])
}

/// A certificate issued under a sector law in the form that law sets (`GIẤY CHỨNG NHẬN ĐĂNG KÝ
/// DOANH NGHIỆP`, a `GIẤY PHÉP …`): no `Số:` line and no place-and-date line in its header, and
/// no Nơi nhận (it goes to its holder); the form numbers and dates it under its title
/// (`Mã số doanh nghiệp: 3401074935`, `Đăng ký lần đầu: ngày 03 tháng 03 năm 2014`). SO001,
/// NG001 and NN001 stay quiet on it.
pub(crate) fn certificate_in_its_own_form(ctx: &Ctx<'_>) -> bool {
    let doc = ctx.doc;
    let Some(title) = &doc.title else {
        return false;
    };
    let certificate = title.doc_type.is_some_and(|t| {
        t.family == crate::model::doctype::Family::Sector && t.name.starts_with("GIẤY ")
    });
    if !certificate || doc.header.so.is_some() || doc.header.place_date.is_some() {
        return false;
    }
    let after = title.trich_yeu.last().copied().unwrap_or(title.type_line) + 1;
    let under: Vec<&str> = (after..doc.lines.len().min(after + 4))
        .map(|i| ctx.folded_line(i).trim_start())
        .collect();
    // `Mã số doanh nghiệp: 3401074935`, `Số: 12/GP-BTTTT`: a label, a colon, figures.
    let own_number = under.iter().any(|f| {
        (f.starts_with("mã số") || f.starts_with("số"))
            && f.split_once(':').is_some_and(|(label, value)| {
                label.len() < 60 && value.trim_start().starts_with(|c: char| c.is_ascii_digit())
            })
    });
    // `Đăng ký lần đầu: ngày 03 tháng 03 năm 2014`, `Cấp ngày 05 tháng 3 năm 2026`.
    let own_date = under.iter().any(|f| {
        f.contains("ngày ") && f.contains(" tháng ") && f.contains(" năm ") && f.len() < 120
    });
    own_number && own_date
}
