use crate::diagnostic::Severity;
use crate::rules::{Ctx, FixAvailability, Needs, Rule, Scope};

// STUB: generated from RULES.md; fill in docs, examples and the check.
pub static RULE: Rule = Rule {
    code: "CK007",
    name: "signer-name-case",
    severity: Severity::Error,
    fix: FixAvailability::Safe,
    needs: Needs::Text,
    scope: Scope::Nd30,
    locator: "PL-I V",
    default_on: true,
    summary_vi: "TODO",
    summary_en: "Signer name not in title case (`NGUYỄN VĂN A`, `nguyễn văn a`).",
    docs_vi: "TODO",
    docs_en: "TODO",
    bad: "",
    good: "",
    check,
};

fn check(_ctx: &Ctx<'_>, _out: &mut Vec<crate::diagnostic::Diagnostic>) {}
