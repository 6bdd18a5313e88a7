use crate::diagnostic::Severity;
use crate::rules::{Ctx, FixAvailability, Needs, Rule, Scope};

// STUB: generated from RULES.md; fill in docs, examples and the check.
pub static RULE: Rule = Rule {
    code: "CK005",
    name: "tm-not-collective",
    severity: Severity::Warning,
    fix: FixAvailability::None,
    needs: Needs::Text,
    scope: Scope::Nd30,
    locator: "Đ13",
    default_on: true,
    summary_vi: "TODO",
    summary_en: "`TM.` followed by a position (`TM. GIÁM ĐỐC`) instead of a collective body (`TM. ỦY BAN NHÂN DÂN`, `TM. HỘI ĐỒNG …`, `TM. BAN THƯỜNG VỤ`).",
    docs_vi: "TODO",
    docs_en: "TODO",
    bad: "",
    good: "",
    check,
};

fn check(_ctx: &Ctx<'_>, _out: &mut Vec<crate::diagnostic::Diagnostic>) {}
