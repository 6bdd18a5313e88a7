use crate::diagnostic::Severity;
use crate::rules::{Ctx, FixAvailability, Needs, Rule, Scope};

// STUB: generated from RULES.md; fill in docs, examples and the check.
pub static RULE: Rule = Rule {
    code: "PL001",
    name: "appendix-heading",
    severity: Severity::Warning,
    fix: FixAvailability::Safe,
    needs: Needs::Text,
    scope: Scope::Nd30,
    locator: "PL-I III.1",
    default_on: true,
    summary_vi: "TODO",
    summary_en: "`Phụ lục` heading malformed: not on its own line, several appendices without Roman numbers, title line not in capitals, no `(Kèm theo …)` reference line.",
    docs_vi: "TODO",
    docs_en: "TODO",
    bad: "",
    good: "",
    check,
};

fn check(_ctx: &Ctx<'_>, _out: &mut Vec<crate::diagnostic::Diagnostic>) {}
