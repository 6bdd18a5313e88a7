//! What several rules read the same way, kept apart from the rule files: a rule file holds
//! one rule and imports no other rule.

pub(crate) mod body;
pub(crate) mod citations;
pub(crate) mod formatting;
pub(crate) mod header;
pub(crate) mod map;
pub(crate) mod party;
pub(crate) mod qppl;
pub(crate) mod recipients;
pub(crate) mod signature;
pub(crate) mod text;
