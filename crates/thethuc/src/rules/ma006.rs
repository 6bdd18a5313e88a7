use crate::diagnostic::Severity;
use crate::rules::{Ctx, FixAvailability, Needs, Rule, Scope};

// STUB: generated from RULES.md; fill in docs, examples and the check.
pub static RULE: Rule = Rule {
    code: "MA006",
    name: "repeated-spaces",
    severity: Severity::Info,
    fix: FixAvailability::Safe,
    needs: Needs::Text,
    scope: Scope::Any,
    locator: "—",
    default_on: true,
    summary_vi: "TODO",
    summary_en: "Several spaces inside a line.",
    docs_vi: "TODO",
    docs_en: "TODO",
    bad: "",
    good: "",
    check,
};

fn check(_ctx: &Ctx<'_>, _out: &mut Vec<crate::diagnostic::Diagnostic>) {}
