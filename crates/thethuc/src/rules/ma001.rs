use crate::diagnostic::Severity;
use crate::rules::{Ctx, FixAvailability, Needs, Rule, Scope};

// STUB: generated from RULES.md; fill in docs, examples and the check.
pub static RULE: Rule = Rule {
    code: "MA001",
    name: "not-nfc",
    severity: Severity::Info,
    fix: FixAvailability::Safe,
    needs: Needs::Text,
    scope: Scope::Any,
    locator: "PL-I I (TCVN 6909:2001)",
    default_on: true,
    summary_vi: "TODO",
    summary_en: "Text not in Unicode NFC (combining diacritics). Checking still works on the normalised text, spans point into the original.",
    docs_vi: "TODO",
    docs_en: "TODO",
    bad: "",
    good: "",
    check,
};

fn check(_ctx: &Ctx<'_>, _out: &mut Vec<crate::diagnostic::Diagnostic>) {}
