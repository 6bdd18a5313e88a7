use crate::diagnostic::Severity;
use crate::rules::{Ctx, FixAvailability, Needs, Rule, Scope};

// STUB: generated from RULES.md; fill in docs, examples and the check.
pub static RULE: Rule = Rule {
    code: "QH004",
    name: "tieu-ngu-form",
    severity: Severity::Error,
    fix: FixAvailability::Safe,
    needs: Needs::Text,
    scope: Scope::Nd30,
    locator: "PL-I II.1",
    default_on: true,
    summary_vi: "TODO",
    summary_en: "Motto differs from `Độc lập - Tự do - Hạnh phúc`: en/em dash instead of hyphen-minus, missing spaces around the hyphens, wrong capitals (`Hạnh Phúc`, `Độc Lập`).",
    docs_vi: "TODO",
    docs_en: "TODO",
    bad: "",
    good: "",
    check,
};

fn check(_ctx: &Ctx<'_>, _out: &mut Vec<crate::diagnostic::Diagnostic>) {}
