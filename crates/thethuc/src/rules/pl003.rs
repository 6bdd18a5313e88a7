use crate::diagnostic::Severity;
use crate::rules::{Ctx, FixAvailability, Needs, Rule, Scope};

// STUB: generated from RULES.md; fill in docs, examples and the check.
pub static RULE: Rule = Rule {
    code: "PL003",
    name: "appendix-reference-mismatch",
    severity: Severity::Error,
    fix: FixAvailability::Unsafe,
    needs: Needs::Text,
    scope: Scope::Nd30,
    locator: "PL-I III.1",
    default_on: true,
    summary_vi: "TODO",
    summary_en: "The appendix's `(Kèm theo Kế hoạch số 3584/KH-UBND ngày …)` disagrees with the document's own type, number, ký hiệu or date.",
    docs_vi: "TODO",
    docs_en: "TODO",
    bad: "",
    good: "",
    check,
};

fn check(_ctx: &Ctx<'_>, _out: &mut Vec<crate::diagnostic::Diagnostic>) {}
