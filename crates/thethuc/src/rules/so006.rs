use crate::diagnostic::Severity;
use crate::rules::{Ctx, FixAvailability, Needs, Rule, Scope};

// STUB: generated from RULES.md; fill in docs, examples and the check.
pub static RULE: Rule = Rule {
    code: "SO006",
    name: "ky-hieu-unknown-type",
    severity: Severity::Warning,
    fix: FixAvailability::Unsafe,
    needs: Needs::Text,
    scope: Scope::Nd30,
    locator: "PL-III",
    default_on: true,
    summary_vi: "TODO",
    summary_en: "Type abbreviation not in Phụ lục III; suggest the current form for retired ones (`GN`→`BGN`, `TTh`→`BTT`, `UQ`→`GUQ`, `NP`→`GNP`, `QĐi`→`QyĐ`).",
    docs_vi: "TODO",
    docs_en: "TODO",
    bad: "",
    good: "",
    check,
};

fn check(_ctx: &Ctx<'_>, _out: &mut Vec<crate::diagnostic::Diagnostic>) {}
