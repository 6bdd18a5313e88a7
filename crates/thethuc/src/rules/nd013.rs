use crate::diagnostic::Severity;
use crate::rules::{Ctx, FixAvailability, Needs, Rule, Scope};

// STUB: generated from RULES.md; fill in docs, examples and the check.
pub static RULE: Rule = Rule {
    code: "ND013",
    name: "amount-in-words-mismatch",
    severity: Severity::Error,
    fix: FixAvailability::None,
    needs: Needs::Text,
    scope: Scope::Nd30,
    locator: "— (consistency)",
    default_on: true,
    summary_vi: "TODO",
    summary_en: "A money amount and its spelled-out form disagree (`6.294.000đ (Sáu triệu hai trăm chín mươi bốn nghìn đồng)` must match).",
    docs_vi: "TODO",
    docs_en: "TODO",
    bad: "",
    good: "",
    check,
};

fn check(_ctx: &Ctx<'_>, _out: &mut Vec<crate::diagnostic::Diagnostic>) {}
