//! What a check is asked to do: stage, language, which rules, at what severity.

use crate::diagnostic::{Lang, Severity};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Stage {
    /// A draft: blank number and day are expected (reported as info).
    #[default]
    Draft,
    /// About to be issued: blanks are errors.
    Final,
}

/// The input's nature, which decides what the formatting rules can see.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum InputFormat {
    #[default]
    Text,
    Markdown,
    /// Paragraphs with their look, from an editor (`check_blocks`): formatting rules can run.
    Styled,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct Config {
    pub stage: Stage,
    pub lang: Lang,
    /// Codes (`SO004`), prefixes (`SO`), or names (`so-format`); empty means every default rule.
    pub select: Vec<String>,
    /// Same forms as `select`; wins over it.
    pub ignore: Vec<String>,
    /// Per-rule severity, by code or name.
    pub severity: BTreeMap<String, Severity>,
    /// Organisation profile: the issuer's own abbreviation and names (used by SO007).
    pub organisation: Organisation,
    /// Tone placement policy for `hoà`/`hòa`, `thuỷ`/`thủy` (MA003).
    pub tone_marks: TonePolicy,
}

/// Old (`hoà`, `thuỷ`) or new (`hòa`, `thủy`) tone placement.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum TonePolicy {
    /// Either style, as long as one document does not mix them.
    #[default]
    Consistent,
    /// Only the new placement (`hòa`, `thủy`), as in the decree's own text.
    New,
    /// Only the old placement (`hoà`, `thuỷ`).
    Old,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct Organisation {
    /// Issuer names as written in the header, in capitals (`SỞ CÔNG THƯƠNG`).
    pub names: Vec<String>,
    /// Abbreviations the organisation uses in its ký hiệu (`SCT`).
    pub abbreviations: Vec<String>,
    /// The place name of the date line (`Lào Cai`).
    pub place: Option<String>,
}

impl Config {
    fn matches(pattern: &str, code: &str, name: &str) -> bool {
        let p = pattern.trim();
        p.eq_ignore_ascii_case(code)
            || p.eq_ignore_ascii_case(name)
            || p.eq_ignore_ascii_case("all")
            || (p.len() < code.len()
                && p.chars().all(|c| c.is_ascii_alphabetic())
                && code.len() >= p.len()
                && code[..p.len()].eq_ignore_ascii_case(p)
                && code[p.len()..].bytes().all(|b| b.is_ascii_digit()))
    }

    /// Whether a rule runs: selected (or default-on when nothing is selected) and not ignored.
    pub fn enabled(&self, code: &str, name: &str, default_on: bool) -> bool {
        let selected = if self.select.is_empty() {
            default_on
        } else {
            self.select.iter().any(|p| Self::matches(p, code, name))
        };
        selected && !self.ignore.iter().any(|p| Self::matches(p, code, name))
    }

    pub fn severity_for(&self, code: &str, name: &str) -> Option<Severity> {
        self.severity
            .iter()
            .find(|(k, _)| k.eq_ignore_ascii_case(code) || k.eq_ignore_ascii_case(name))
            .map(|(_, s)| *s)
    }

    /// Checks every rule pattern names a known rule or family; returns the unknown ones.
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
