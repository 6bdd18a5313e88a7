use crate::diagnostic::Severity;
use crate::rules::{Ctx, FixAvailability, Needs, Rule, Scope};

// STUB: generated from RULES.md; fill in docs, examples and the check.
pub static RULE: Rule = Rule {
    code: "MA011",
    name: "detached-diacritic",
    severity: Severity::Error,
    fix: FixAvailability::Unsafe,
    needs: Needs::Text,
    scope: Scope::Any,
    locator: "PL-I I (TCVN 6909:2001)",
    default_on: true,
    summary_vi: "TODO",
    summary_en: "Combining diacritic not attached to a letter (`thiêt hai ̀ ̣`), typical of PDF text extraction.",
    docs_vi: "TODO",
    docs_en: "TODO",
    bad: "",
    good: "",
    check,
};

fn check(_ctx: &Ctx<'_>, _out: &mut Vec<crate::diagnostic::Diagnostic>) {}
