use crate::diagnostic::Severity;
use crate::rules::{Ctx, FixAvailability, Needs, Rule, Scope};

// STUB: generated from RULES.md; fill in docs, examples and the check.
pub static RULE: Rule = Rule {
    code: "CK004",
    name: "kt-deputy-mismatch",
    severity: Severity::Warning,
    fix: FixAvailability::None,
    needs: Needs::Text,
    scope: Scope::Nd30,
    locator: "Đ13",
    default_on: true,
    summary_vi: "TODO",
    summary_en: "After `KT. <HEAD>` the next line is not a deputy title of that head (`KT. CHỦ TỊCH`→`PHÓ CHỦ TỊCH`, `KT. BỘ TRƯỞNG`→`THỨ TRƯỞNG`, `KT. GIÁM ĐỐC`→`PHÓ GIÁM ĐỐC`, …).",
    docs_vi: "TODO",
    docs_en: "TODO",
    bad: "",
    good: "",
    check,
};

fn check(_ctx: &Ctx<'_>, _out: &mut Vec<crate::diagnostic::Diagnostic>) {}
