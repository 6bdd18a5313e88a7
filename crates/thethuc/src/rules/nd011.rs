use crate::diagnostic::Severity;
use crate::rules::{Ctx, FixAvailability, Needs, Rule, Scope};

// STUB: generated from RULES.md; fill in docs, examples and the check.
pub static RULE: Rule = Rule {
    code: "ND011",
    name: "citation-inconsistent",
    severity: Severity::Error,
    fix: FixAvailability::Unsafe,
    needs: Needs::Text,
    scope: Scope::Nd30,
    locator: "— (consistency)",
    default_on: true,
    summary_vi: "TODO",
    summary_en: "The same document cited with conflicting details (same number and type, different issuer code or date: `176/QĐ-SKHCN` vs `176/QĐ-SKHHCN`; `1050/QĐ-SCT ngày 06/3/2026` vs `… 06/3/2025`).",
    docs_vi: "TODO",
    docs_en: "TODO",
    bad: "",
    good: "",
    check,
};

fn check(_ctx: &Ctx<'_>, _out: &mut Vec<crate::diagnostic::Diagnostic>) {}
