use crate::diagnostic::Severity;
use crate::rules::{Ctx, FixAvailability, Needs, Rule, Scope};

// STUB: generated from RULES.md; fill in docs, examples and the check.
pub static RULE: Rule = Rule {
    code: "CK003",
    name: "authority-prefix-form",
    severity: Severity::Error,
    fix: FixAvailability::Safe,
    needs: Needs::Text,
    scope: Scope::Nd30,
    locator: "Đ13, PL-I II.7",
    default_on: true,
    summary_vi: "TODO",
    summary_en: "Prefix not exactly `TM.`, `KT.`, `TL.`, `TUQ.`, `Q.` followed by one space (`T/M`, `K/T`, `KT.GIÁM ĐỐC`, `TM UBND`, `KT/`).",
    docs_vi: "TODO",
    docs_en: "TODO",
    bad: "",
    good: "",
    check,
};

fn check(_ctx: &Ctx<'_>, _out: &mut Vec<crate::diagnostic::Diagnostic>) {}
