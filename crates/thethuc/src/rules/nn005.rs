use crate::diagnostic::Severity;
use crate::rules::{Ctx, FixAvailability, Needs, Rule, Scope};

// STUB: generated from RULES.md; fill in docs, examples and the check.
pub static RULE: Rule = Rule {
    code: "NN005",
    name: "luu-line",
    severity: Severity::Error,
    fix: FixAvailability::SafeSometimes,
    needs: Needs::Text,
    scope: Scope::Nd30,
    locator: "PL-I II.9",
    default_on: true,
    summary_vi: "TODO",
    summary_en: "Last line is not `- Lưu: VT, <đơn vị>.`: missing (—), not last (—), colon missing (`Lưu VT`), `VT` missing, no final period (S).",
    docs_vi: "TODO",
    docs_en: "TODO",
    bad: "",
    good: "",
    check,
};

fn check(_ctx: &Ctx<'_>, _out: &mut Vec<crate::diagnostic::Diagnostic>) {}
