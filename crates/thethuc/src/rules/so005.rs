use crate::diagnostic::Severity;
use crate::rules::{Ctx, FixAvailability, Needs, Rule, Scope};

// STUB: generated from RULES.md; fill in docs, examples and the check.
pub static RULE: Rule = Rule {
    code: "SO005",
    name: "ky-hieu-type-mismatch",
    severity: Severity::Error,
    fix: FixAvailability::Unsafe,
    needs: Needs::Text,
    scope: Scope::Nd30,
    locator: "PL-I II.3, PL-III",
    default_on: true,
    summary_vi: "TODO",
    summary_en: "Type abbreviation disagrees with the type name (`KẾ HOẠCH` but `/QĐ-`), or a công văn carries a type abbreviation.",
    docs_vi: "TODO",
    docs_en: "TODO",
    bad: "",
    good: "",
    check,
};

fn check(_ctx: &Ctx<'_>, _out: &mut Vec<crate::diagnostic::Diagnostic>) {}
