use crate::diagnostic::Severity;
use crate::rules::{Ctx, FixAvailability, Needs, Rule, Scope};

// STUB: generated from RULES.md; fill in docs, examples and the check.
pub static RULE: Rule = Rule {
    code: "CK006",
    name: "signer-name-honorific",
    severity: Severity::Error,
    fix: FixAvailability::Safe,
    needs: Needs::Text,
    scope: Scope::Nd30,
    locator: "PL-I II.7",
    default_on: true,
    summary_vi: "TODO",
    summary_en: "Academic rank/degree or honorific before the signer name (`TS.`, `ThS.`, `PGS.TS.`, `GS.`, `KS.`, `BS.`, `Ông`, `Bà`, `Đ/c`). Profile may allow it.",
    docs_vi: "TODO",
    docs_en: "TODO",
    bad: "",
    good: "",
    check,
};

fn check(_ctx: &Ctx<'_>, _out: &mut Vec<crate::diagnostic::Diagnostic>) {}
