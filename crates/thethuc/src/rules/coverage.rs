//! Which rules run on a document: those the configuration enables, that the input can feed
//! (formatting needs a styled input), that apply to the document's regime and type. The check
//! skips the others, and DOC003 says how many ran and which could not.

use crate::config::{Config, InputFormat};
use crate::model::document::{Document, Regime};
use crate::rules::{Ctx, Needs, Scope, REGISTRY};

/// How many rules ran on this input, and which could not.
pub fn coverage(ctx: &Ctx<'_>) -> Coverage {
    let (doc, config, format) = (ctx.doc, ctx.config, ctx.format);
    let unstructured = doc.is_unstructured();
    let mut c = Coverage::default();
    for rule in REGISTRY {
        if !config.enabled(rule.code, rule.name, rule.default_on) || rule.scope == Scope::Document {
            continue;
        }
        // The Party pack is no part of another document's check: an administrative document is
        // not told of rules it was never meant to meet.
        if rule.scope == Scope::Party && doc.regime != Regime::Party {
            continue;
        }
        // Nor is the VBQPPL pack (QP) part of any other document's check.
        if rule.scope == Scope::Qppl && doc.regime != Regime::Qppl {
            continue;
        }
        c.applicable += 1;
        // Formatting needs a styled input; page rules also need its page setup (a .docx).
        let formatting_blind = match rule.needs {
            Needs::Text => false,
            Needs::Formatting => doc.styled.is_none(),
            Needs::Emphasis => {
                doc.styled.is_none() && !(format == InputFormat::Markdown && doc.marks_emphasis())
            }
            Needs::Page => doc.styled.as_ref().is_none_or(|s| s.sections.is_empty()),
        };
        // A rule that does not apply to the document is not one the .docx would let run: the
        // ND30 formatting rules on a Party document or an unrecognised text.
        if !rule.applies_to(doc.regime, unstructured) {
            c.not_evaluated_regime.push(rule.code);
        } else if formatting_blind {
            c.not_evaluated_formatting.push(rule.code);
        } else if skipped_for_type(rule.code, doc) {
            c.not_evaluated_type.push(rule.code);
        } else if crate::rules::common::party::skipped_for_guide(rule.code, ctx) {
            c.not_evaluated_guide.push(rule.code);
        } else {
            c.evaluated += 1;
        }
    }
    c
}

#[derive(Debug, Default, Clone)]
pub struct Coverage {
    /// Rules enabled by the configuration (the document-level ones aside).
    pub applicable: usize,
    /// Rules that ran.
    pub evaluated: usize,
    /// Rules that need formatting or page setup the input does not carry.
    pub not_evaluated_formatting: Vec<&'static str>,
    /// Rules of administrative documents, not run on a document of another regime.
    pub not_evaluated_regime: Vec<&'static str>,
    /// Rules of the 29 administrative types, not run on a document of another kind (a giấy
    /// phép, a phiếu trình).
    pub not_evaluated_type: Vec<&'static str>,
    /// Rules of Hướng dẫn 05-HD/VPTW alone, not run on a Party document dated before it.
    pub not_evaluated_guide: Vec<&'static str>,
}

/// Rules about the 29 administrative types themselves: their names, their abbreviations in
/// the ký hiệu, their trích yếu, the Quyết định's layout.
const TYPE_RULES: &str = "TL002|TL004|TL005|SO005|SO006|ND016|PL003";

/// Rules about a document's own header, title and closing, and about how its appendices
/// answer to it: not run on a file that holds only an appendix of another document.
fn frame_rule(code: &str) -> bool {
    ["QH", "CQ", "SO", "NG", "TL", "NN", "CK"]
        .iter()
        .any(|p| code.starts_with(p))
        || matches!(code, "ND014" | "ND016" | "ND017" | "PL003")
}

/// A rule of the 29 types, on a document issued under a sector law; a rule of a document's
/// frame, on a file that holds only an appendix.
pub(crate) fn skipped_for_type(code: &str, doc: &Document) -> bool {
    if doc.is_appendix_only() && frame_rule(code) {
        return true;
    }
    let sector = doc
        .title
        .as_ref()
        .and_then(|t| t.doc_type)
        .is_some_and(|t| t.family == crate::model::doctype::Family::Sector);
    sector && TYPE_RULES.split('|').any(|r| r == code)
}

impl Config {
    /// Checks every rule pattern names a known rule or family; returns the unknown ones.
    ///
    /// ```
    /// let config = thethuc::Config { ignore: vec!["SO004".into(), "XX999".into()], ..Default::default() };
    /// assert_eq!(config.unknown_rule_patterns(), ["XX999"]);
    /// ```
    pub fn unknown_rule_patterns(&self) -> Vec<String> {
        let known = |p: &str| {
            crate::rules::REGISTRY
                .iter()
                .any(|r| Self::matches(p, r.code, r.name))
        };
        self.select
            .iter()
            .chain(&self.ignore)
            .chain(self.severity.keys())
            .filter(|p| !known(p))
            .cloned()
            .collect()
    }
}
