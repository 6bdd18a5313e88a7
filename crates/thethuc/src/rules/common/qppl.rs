//! What the QP rules (legal normative documents) read the same way: whether the document falls
//! under Luật 64/2025/QH15 and Nghị định 78/2025/NĐ-CP by its date, whether the Quốc hội or
//! its Standing Committee issued it, and whether the decree's forms govern its header and closing.

use crate::rules::common::header::{header_so, number};
use crate::rules::common::map::{doc_day, Day};
use crate::rules::Ctx;

/// Luật 64/2025/QH15 and Nghị định 78/2025/NĐ-CP took effect on 01/4/2025.
pub(crate) const IN_FORCE: Day = 20250401;

/// Whether the document is judged by Luật 64 and Nghị định 78: dated from their first day, or
/// undated (a draft is written under the rules in force). An older document was made under the
/// instruments before them, which the QP rules do not encode.
pub(crate) fn under_law_64(ctx: &Ctx<'_>) -> bool {
    doc_day(ctx).is_none_or(|d| d >= IN_FORCE)
}

/// Whether the ký hiệu names the Quốc hội or its Standing Committee (`/QH15`, `NQ-UBTVQH15`),
/// whose resolutions keep their own forms (articles without names, `QUYẾT NGHỊ:`).
pub(crate) fn by_the_assembly(ctx: &Ctx<'_>) -> bool {
    header_so(ctx).is_some_and(|(_, so)| so.names_the_assembly(ctx.text))
}

/// Whether the forms of Nghị định 78/2025/NĐ-CP (its Phụ lục I, as Nghị định 187/2025/NĐ-CP
/// replaced it) govern the document's header, signature and Nơi nhận, so that the ND30 rules
/// those forms repeat in the same words run on it (`Scope::Nd30AndQppl`). Not for:
/// - the Quốc hội's and its Standing Committee's acts (`/QH15`, `NQ-UBTVQH15`): a law has no
///   `Số:` line, no place and date under the number, no Nơi nhận, and their forms were set by
///   the Standing Committee's own resolution (Nghị quyết 351/2017/UBTVQH14), not by the decree;
/// - a văn bản hợp nhất (`Số: 111/VBHN-VPQH`), whose form the consolidation rules set;
/// - a document dated before 01/4/2025, made under the forms before Nghị định 78; with no date
///   read, the year in the number decides, and a number of 2025 (before or after 1 April, no
///   telling) is left alone. A draft with neither (`Số: …/20…/`) is written under the forms in
///   force.
pub(crate) fn under_decree_78_forms(ctx: &Ctx<'_>) -> bool {
    if by_the_assembly(ctx) || consolidated(ctx) {
        return false;
    }
    match doc_day(ctx) {
        Some(day) => day >= IN_FORCE,
        None => year_in_number(ctx).is_none_or(|year| year > IN_FORCE / 10_000),
    }
}

/// Whether the ký hiệu is a văn bản hợp nhất's (`VBHN`).
fn consolidated(ctx: &Ctx<'_>) -> bool {
    header_so(ctx).is_some_and(|(_, so)| so.parts.iter().any(|p| ctx.s(*p).starts_with("VBHN")))
}

/// The year group of the number (`28/2025/QĐ-UBND` → 2025), when written with four digits.
fn year_in_number(ctx: &Ctx<'_>) -> Option<u32> {
    let (_, so) = header_so(ctx)?;
    let group = *so.parts.first()?;
    let text = ctx.s(group);
    if text.len() != 4 {
        return None;
    }
    number(ctx, Some(group))
}
