use crate::diagnostic::Severity;
use crate::rules::{Ctx, FixAvailability, Needs, Rule, Scope};

// STUB: generated from RULES.md; fill in docs, examples and the check.
pub static RULE: Rule = Rule {
    code: "NG003",
    name: "date-zero-padding",
    severity: Severity::Error,
    fix: FixAvailability::Safe,
    needs: Needs::Text,
    scope: Scope::Nd30,
    locator: "PL-I II.4",
    default_on: true,
    summary_vi: "TODO",
    summary_en: "Day below 10 and months 1–2 need a leading zero; months 3–12 must not have one (`ngày 5 tháng 01` → `ngày 05`; `tháng 03` → `tháng 3`).",
    docs_vi: "TODO",
    docs_en: "TODO",
    bad: "",
    good: "",
    check,
};

fn check(_ctx: &Ctx<'_>, _out: &mut Vec<crate::diagnostic::Diagnostic>) {}
