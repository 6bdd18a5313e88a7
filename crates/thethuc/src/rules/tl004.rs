use crate::diagnostic::Severity;
use crate::rules::{Ctx, FixAvailability, Needs, Rule, Scope};

// STUB: generated from RULES.md; fill in docs, examples and the check.
pub static RULE: Rule = Rule {
    code: "TL004",
    name: "missing-trich-yeu",
    severity: Severity::Error,
    fix: FixAvailability::None,
    needs: Needs::Text,
    scope: Scope::Nd30,
    locator: "PL-I II.5",
    default_on: true,
    summary_vi: "TODO",
    summary_en: "A typed document without a trích yếu line (Giấy mời, Giấy giới thiệu, Giấy nghỉ phép, Phiếu … excepted per Phụ lục III samples).",
    docs_vi: "TODO",
    docs_en: "TODO",
    bad: "",
    good: "",
    check,
};

fn check(_ctx: &Ctx<'_>, _out: &mut Vec<crate::diagnostic::Diagnostic>) {}
