use crate::diagnostic::Severity;
use crate::rules::{Ctx, FixAvailability, Needs, Rule, Scope};

// STUB: generated from RULES.md; fill in docs, examples and the check.
pub static RULE: Rule = Rule {
    code: "TL005",
    name: "trich-yeu-all-caps",
    severity: Severity::Error,
    fix: FixAvailability::Unsafe,
    needs: Needs::Text,
    scope: Scope::Nd30,
    locator: "PL-I II.5",
    default_on: true,
    summary_vi: "TODO",
    summary_en: "Trích yếu written in capitals; it must be in thường.",
    docs_vi: "TODO",
    docs_en: "TODO",
    bad: "",
    good: "",
    check,
};

fn check(_ctx: &Ctx<'_>, _out: &mut Vec<crate::diagnostic::Diagnostic>) {}
