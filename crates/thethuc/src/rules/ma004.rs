use crate::diagnostic::Severity;
use crate::rules::{Ctx, FixAvailability, Needs, Rule, Scope};

// STUB: generated from RULES.md; fill in docs, examples and the check.
pub static RULE: Rule = Rule {
    code: "MA004",
    name: "space-before-punctuation",
    severity: Severity::Warning,
    fix: FixAvailability::Safe,
    needs: Needs::Text,
    scope: Scope::Any,
    locator: "—",
    default_on: true,
    summary_vi: "TODO",
    summary_en: "Space before `, . ; : ) ? !`.",
    docs_vi: "TODO",
    docs_en: "TODO",
    bad: "",
    good: "",
    check,
};

fn check(_ctx: &Ctx<'_>, _out: &mut Vec<crate::diagnostic::Diagnostic>) {}
