//! Which guide governs a Party document: Hướng dẫn 05-HD/VPTW from 27/5/2026, Hướng dẫn
//! 36-HD/VPTW before it. The document's own date decides; one with no year is read against
//! HD 05, the guide in force, and DOC003 says so.

use crate::model::document::Regime;
use crate::rules::common::header::{header_date, number};
use crate::rules::Ctx;

/// The day HD 05-HD/VPTW was signed and took effect, as (year, month, day).
pub(crate) const HD05_FROM: (u32, u32, u32) = (2026, 5, 27);

/// The Party guide a document is checked against.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Guide {
    /// Hướng dẫn 05-HD/VPTW (27/5/2026).
    Hd05,
    /// Hướng dẫn 36-HD/VPTW (2018), for documents dated before HD 05.
    Hd36,
}

/// The guide, and whether the document's date chose it (`false`: no year, HD 05 by default).
/// A date with its day or month left blank counts from the earliest day it may stand for, so
/// a rule of HD 05 alone never runs on a document that may predate it.
pub(crate) fn guide(ctx: &Ctx<'_>) -> (Guide, bool) {
    match date(ctx) {
        None => (Guide::Hd05, false),
        Some(d) if d >= HD05_FROM => (Guide::Hd05, true),
        Some(_) => (Guide::Hd36, true),
    }
}

/// The header's date as (year, month, day), a blank day or month read as the earliest.
fn date(ctx: &Ctx<'_>) -> Option<(u32, u32, u32)> {
    let (_, d) = header_date(ctx)?;
    let year = number(ctx, d.year)?;
    let month = number(ctx, d.month)
        .filter(|m| (1..=12).contains(m))
        .unwrap_or(1);
    let day = number(ctx, d.day)
        .filter(|d| (1..=31).contains(d))
        .unwrap_or(1);
    Some((year, month, day))
}

/// The day HD 36-HD/VPTW was signed and took effect (its own header reads 03/4/2018).
const HD36_FROM: (u32, u32, u32) = (2018, 4, 3);

/// A Party document dated before HD 36: its sizes, spacing and margins followed Hướng dẫn
/// 11-HD/VPTW (2004), whose table this checker does not hold; the formatting rules DG101–DG104
/// leave it alone.
pub(crate) fn before_hd36(ctx: &Ctx<'_>) -> bool {
    date(ctx).is_some_and(|d| d < HD36_FROM)
}

/// Rules of HD 05 that HD 36 did not have: not run on a Party document dated before HD 05.
pub(crate) const HD05_ONLY: &[&str] = &["DG005", "DG006", "DG012", "DG015"];

/// A rule of HD 05 alone, on a Party document dated before 27/5/2026.
pub(crate) fn skipped_for_guide(code: &str, ctx: &Ctx<'_>) -> bool {
    ctx.doc.regime == Regime::Party && HD05_ONLY.contains(&code) && guide(ctx).0 == Guide::Hd36
}
