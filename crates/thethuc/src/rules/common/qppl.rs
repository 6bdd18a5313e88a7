//! What the QP rules (legal normative documents) read the same way: whether the document falls
//! under Luật 64/2025/QH15 and Nghị định 78/2025/NĐ-CP by its date, and whether the Quốc hội or
//! its Standing Committee issued it.

use crate::rules::common::header::header_so;
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
    header_so(ctx).is_some_and(|(_, so)| {
        so.parts.iter().any(|p| {
            let p = ctx.s(*p);
            p.starts_with("QH") || p.starts_with("UBTVQH")
        })
    })
}
