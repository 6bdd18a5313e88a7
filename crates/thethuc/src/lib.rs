//! thethuc: checks Vietnamese administrative documents against the format rules of
//! Nghị định 30/2020/NĐ-CP. Pure: no IO, no platform bindings.
//!
//! ```
//! let report = thethuc::check_str("CỘNG HÕA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n", &thethuc::Config::default());
//! assert!(report.diagnostics.iter().any(|d| d.code == "QH002"));
//! ```
pub mod assemble;
pub mod blocks;
pub mod check;
pub mod config;
pub mod diagnostic;
pub mod doctype;
pub mod document;
pub mod fold;
pub mod formatting;
pub mod legacy;
pub mod parse;
pub mod roman;
pub mod rules;
pub mod source;
pub mod structure;
pub mod syllable;

pub use blocks::{Align, Block, BlockStyle, PageSetup, RunStyle, StyledDocument};
pub use check::{
    apply_fixes, check, check_blocks, check_str, check_styled, fix, parse, Coverage, FixOutcome,
    Report,
};
pub use config::{Config, InputFormat, Stage, TonePolicy};
pub use diagnostic::{
    Applicability, Diagnostic, Edit, Fix, FormatChange, FormatEdit, FormatTarget, Lang, Message,
    Severity,
};
pub use document::{Document, Span};
pub use source::{DecodeError, Place, Source};
