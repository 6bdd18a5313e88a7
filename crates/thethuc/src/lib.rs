//! thethuc: checks Vietnamese administrative documents against the format rules of
//! Nghị định 30/2020/NĐ-CP. Pure: no IO, no platform bindings.
//!
//! ```
//! let report = thethuc::check_str("CỘNG HÕA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n", &thethuc::Config::default());
//! assert!(report.diagnostics.iter().any(|d| d.code == "QH002"));
//! ```
mod assemble;
mod blocks;
mod check;
mod config;
mod decimal;
mod diagnostic;
mod doctype;
pub mod document;
mod fold;
mod formatting;
mod grammar_budget;
mod html;
mod legacy;
mod marks;
mod normalization;
mod parse;
mod reader;
mod reading;
mod roman;
pub mod rules;
// Hidden, not API: the workspace's crates (the WASM engine above all) sort through it so the
// .wasm links one sort routine instead of one per call site.
#[doc(hidden)]
pub mod sorting;
mod source;
mod structure;
mod syllable;

pub use blocks::{
    block_starts, join_blocks, Align, Block, BlockStyle, PageSetup, RunStyle, StyledDocument,
};
pub use check::{
    apply_fixes, check, check_blocks, check_str, check_styled, edits_collide, fix, parse,
    parse_source, parse_within, Coverage, FixOutcome, Parsed, Report,
};
pub use config::{Config, InputFormat, Limits, Organisation, Stage, TonePolicy};
pub use diagnostic::{
    Applicability, Diagnostic, Edit, Fix, FormatChange, FormatEdit, FormatTarget, Lang, Message,
    Severity,
};
pub use document::{Document, Span};
pub use source::{DecodeError, Place, Source};

/// Hidden, not API (no semver promise): the few helpers this workspace's other crates, tests
/// and fuzz targets reach that an app has no use for. Each names who needs it.
#[doc(hidden)]
pub mod internals {
    /// The HTML fuzz target checks the cleaned text's map back to the page.
    pub use crate::html::clean as clean_html;
    /// thethuc-docx numbers `lowerRoman`/`upperRoman` lists; the tests' layouts read and write
    /// roman numbers.
    pub use crate::roman::{roman_value, to_roman};
    /// The CLI's code frames cut a window out of a long line.
    pub use crate::source::window_around;
    /// The fix round-trip test compares words as MA009 and the folding read them.
    pub use crate::{fold::skeleton, rules::ma009::latin_twin};
}

/// What the unit tests of several modules read.
#[cfg(test)]
pub(crate) mod test_corpus {
    /// The opening of a provincial UBND's decision (header, title, preamble, enacting line), a
    /// line each: tests of a document run together put their own articles and closing after it
    /// and join the lines with spaces.
    pub const DECISION_OPENING: [&str; 11] = [
        "ỦY BAN NHÂN DÂN TỈNH LÀO CAI",
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Độc lập - Tự do - Hạnh phúc",
        "Số: 12/QĐ-UBND",
        "Lào Cai, ngày 05 tháng 3 năm 2026",
        "QUYẾT ĐỊNH",
        "Về việc thành lập Đoàn kiểm tra",
        "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH LÀO CAI",
        "Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;",
        "Theo đề nghị của Giám đốc Sở Nội vụ.",
        "QUYẾT ĐỊNH:",
    ];

    /// `DECISION_OPENING`, then `rest`.
    pub fn decision(rest: &[&'static str]) -> Vec<&'static str> {
        DECISION_OPENING.iter().chain(rest).copied().collect()
    }

    /// Two articles and a deputy's closing, after `DECISION_OPENING`.
    pub const DECISION_CLOSE: [&str; 8] = [
        "Điều 1. Thành lập Đoàn kiểm tra.",
        "Điều 2. Quyết định này có hiệu lực kể từ ngày ký./.",
        "Nơi nhận:",
        "- Như Điều 2;",
        "- Lưu: VT, VP.",
        "KT. CHỦ TỊCH",
        "PHÓ CHỦ TỊCH",
        "Nguyễn Văn An",
    ];

    /// A whole decision (`DECISION_OPENING`, `DECISION_CLOSE`), then `after`.
    pub fn signed_decision(after: &[&'static str]) -> Vec<&'static str> {
        let mut lines = decision(&DECISION_CLOSE);
        lines.extend_from_slice(after);
        lines
    }

    /// The bytes of every corpus document (seeds, real, legacy-encoded) in `fixtures/corpus`.
    pub fn files() -> Vec<Vec<u8>> {
        let mut files = Vec::new();
        for dir in ["seeds", "real", "legacy"] {
            let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
                .join("../../fixtures/corpus")
                .join(dir);
            for entry in std::fs::read_dir(path).unwrap() {
                files.push(std::fs::read(entry.unwrap().path()).unwrap());
            }
        }
        files
    }

    /// A fixed pseudo-random sequence (a linear congruential generator) for tests that try many
    /// generated inputs, the same on every run.
    pub fn sequence(mut seed: u64) -> impl FnMut() -> u64 {
        move || {
            seed = seed
                .wrapping_mul(6_364_136_223_846_793_005)
                .wrapping_add(1_442_695_040_888_963_407);
            seed >> 33
        }
    }

    /// The NFC texts the checks see (legacy encodings converted).
    pub fn texts() -> Vec<String> {
        files()
            .iter()
            .filter_map(|bytes| crate::Source::from_bytes(bytes).ok())
            .map(|src| src.text().to_owned())
            .collect()
    }
}
