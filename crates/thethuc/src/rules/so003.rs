use crate::diagnostic::Severity;
use crate::rules::{Ctx, FixAvailability, Needs, Rule, Scope};

// STUB: generated from RULES.md; fill in docs, examples and the check.
pub static RULE: Rule = Rule {
    code: "SO003",
    name: "so-not-zero-padded",
    severity: Severity::Error,
    fix: FixAvailability::Safe,
    needs: Needs::Text,
    scope: Scope::Nd30,
    locator: "PL-I II.3",
    default_on: true,
    summary_vi: "TODO",
    summary_en: "Number below 10 without a leading zero (`Số: 7/QĐ-…` → `07`).",
    docs_vi: "TODO",
    docs_en: "TODO",
    bad: "",
    good: "",
    check,
};

fn check(_ctx: &Ctx<'_>, _out: &mut Vec<crate::diagnostic::Diagnostic>) {}
