use crate::diagnostic::Severity;
use crate::rules::{Ctx, FixAvailability, Needs, Rule, Scope};

// STUB: generated from RULES.md; fill in docs, examples and the check.
pub static RULE: Rule = Rule {
    code: "NG001",
    name: "missing-place-date",
    severity: Severity::Error,
    fix: FixAvailability::None,
    needs: Needs::Text,
    scope: Scope::Nd30,
    locator: "PL-I II.4",
    default_on: true,
    summary_vi: "TODO",
    summary_en: "No place-and-date line.",
    docs_vi: "TODO",
    docs_en: "TODO",
    bad: "",
    good: "",
    check,
};

fn check(_ctx: &Ctx<'_>, _out: &mut Vec<crate::diagnostic::Diagnostic>) {}
