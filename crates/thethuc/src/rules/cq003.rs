use crate::diagnostic::Severity;
use crate::rules::{Ctx, FixAvailability, Needs, Rule, Scope};

// STUB: generated from RULES.md; fill in docs, examples and the check.
pub static RULE: Rule = Rule {
    code: "CQ003",
    name: "issuer-abbreviated",
    severity: Severity::Warning,
    fix: FixAvailability::None,
    needs: Needs::Text,
    scope: Scope::Nd30,
    locator: "PL-I II.2",
    default_on: true,
    summary_vi: "TODO",
    summary_en: "The issuing body's own name is abbreviated (`UBND`, `HĐND`, `SỞ GD&ĐT`); only the parent-body line may use common abbreviations.",
    docs_vi: "TODO",
    docs_en: "TODO",
    bad: "",
    good: "",
    check,
};

fn check(_ctx: &Ctx<'_>, _out: &mut Vec<crate::diagnostic::Diagnostic>) {}
