//! thethuc: checks Vietnamese administrative documents against the format rules of
//! Nghị định 30/2020/NĐ-CP (Quốc hiệu, issuer, số ký hiệu, place and date, type name, trích yếu,
//! Kính gửi, Nơi nhận, signature block, appendices, spelling). Every finding has a stable code,
//! the legal locator, a precise position and, when one is safe, a fix. Pure: no IO, no platform
//! bindings; builds for `wasm32-unknown-unknown`.
//!
//! The same engine serves three kinds of user.
//!
//! # In a Rust application
//!
//! Check a text ([`check_str`], or [`check`] for bytes read from a file, HTML or Markdown), read
//! the [`Report`], apply the safe fixes ([`fix`]):
//!
//! ```
//! use thethuc::{Config, InputFormat, Severity};
//!
//! let text = "CỘNG HÕA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nSố: 7/QĐ-UBND\n";
//! let config = Config::default();
//! let report = thethuc::check_str(text, &config);
//! for d in &report.diagnostics {
//!     let place = report.source.place(d.span); // 1-based line and column in `text`
//!     println!("{}:{}: {} {} {}", place.line, place.column, d.severity.as_str(), d.code, d.message.en);
//! }
//! let misspelt = report.diagnostics.iter().find(|d| d.code == "QH002").unwrap();
//! assert_eq!(misspelt.severity, Severity::Error);
//! assert_eq!(report.source.place(misspelt.span).line, 1);
//!
//! // Safe fixes, round after round until nothing changes; `out.report` is what remains.
//! let out = thethuc::fix(text, InputFormat::Text, &config, false);
//! assert!(out.text.starts_with("CỘNG HÒA XÃ HỘI"));
//! assert!(out.text.contains("Số: 07/QĐ-UBND"));
//! assert!(!out.report.diagnostics.iter().any(|d| d.code == "QH002"));
//! ```
//!
//! A `.docx` is read by the companion crate `thethuc-docx` into a [`StyledDocument`] (paragraphs
//! with the formatting Word shows, and the page setup), which [`check_styled`] checks with the
//! formatting rules too; `thethuc_docx::fix::fix` writes the fixes back into the package. An
//! editor that holds its own paragraphs passes them as [`Block`]s to [`check_blocks`].
//! [`Config`] selects the rules, their severities, the stage (draft or final) and the limits on
//! the work one check may do; it deserialises from JSON or TOML with serde. [`rules::REGISTRY`]
//! lists every rule with its explanation in both languages; [`document`] is the recognised
//! structure a report carries.
//!
//! # On the command line
//!
//! The `thethuc` binary (crate `thethuc-cli`) checks files and folders of `.txt`, `.md`, `.html`
//! and `.docx`:
//!
//! ```text
//! thethuc check van-ban/                      # human output with code frames
//! thethuc check --format json van-ban/ > findings.json
//! thethuc check --format sarif --stage final cong-van.docx
//! thethuc check --fix cong-van.docx           # write the safe fixes, report what remains
//! thethuc rule QH002                          # explain one rule
//! thethuc parse cong-van.txt                  # print the recognised components
//! ```
//!
//! Its configuration file, `thethuc.toml`, holds [`Config`]'s fields.
//!
//! # In the browser
//!
//! The crate `thethuc-wasm` compiles the engine to WebAssembly; `web-widget/` packages it as a
//! module and as the `<thethuc-checker>` element, which underlines findings in a `<textarea>` or
//! a `contenteditable` editor as the drafter types. Nothing leaves the browser.
//!
//! ```html
//! <textarea id="draft"></textarea>
//! <thethuc-checker for="draft" lang="vi" stage="draft"></thethuc-checker>
//! <script type="module" src="/thethuc/widget.js"></script>
//! ```
//!
//! ```js
//! import { createChecker } from "/thethuc/thethuc.js";
//! const checker = await createChecker({ stage: "final", ignore: ["MA"] });
//! const report = await checker.check(editor.value);
//! for (const d of report.diagnostics) console.log(d.line, d.column, d.code, d.message);
//! const { text } = await checker.fixAll(editor.value);
//! ```
#![warn(missing_docs)]
#![deny(rustdoc::broken_intra_doc_links)]
// The stages, in the order a document goes through them (ARCHITECTURE.md): each folder imports
// only from the folders above it, plus the two shared vocabularies `config` and `diagnostic`.
mod check;
mod input;
mod layout;
mod model;
mod recognize;
pub mod rules;
mod text;

mod config;
mod diagnostic;
pub mod report_json;

/// The document tree every rule reads (re-exported from the model stage).
pub use model::document;
// Hidden, not API: the workspace's crates (the WASM engine above all) sort through it so the
// .wasm links one sort routine instead of one per call site.
#[doc(hidden)]
pub use text::sorting;

pub use check::{
    apply_fixes, check, check_blocks, check_str, check_styled, edits_collide, fix, parse,
    parse_source, parse_within, FixOutcome, Parsed, Report, Session,
};
pub use config::{Config, InputFormat, Limits, Organisation, Profile, Stage, TonePolicy};
pub use diagnostic::{
    Applicability, Diagnostic, Edit, Fix, FormatChange, FormatEdit, FormatTarget, Lang, Message,
    Severity,
};
pub use document::{Document, Span};
pub use input::blocks::{
    block_starts, join_blocks, Align, Block, BlockStyle, PageSetup, RunStyle, StyledDocument,
};
pub use input::legacy::Encoding as LegacyEncoding;
pub use input::source::{DecodeError, Place, Source};

/// Hidden, not API (no semver promise): the few helpers this workspace's other crates, tests
/// and fuzz targets reach that an app has no use for. Each names who needs it.
#[doc(hidden)]
pub mod internals {
    /// The HTML fuzz target checks the cleaned text's map back to the page.
    pub use crate::input::html::clean as clean_html;
    /// The CLI's code frames cut a window out of a long line.
    pub use crate::input::source::window_around;
    /// The fix round-trip test compares words as MA009 and the folding read them.
    pub use crate::text::fold::{latin_twin, skeleton};
    /// thethuc-docx numbers `lowerRoman`/`upperRoman` lists; the tests' layouts read and write
    /// roman numbers.
    pub use crate::text::roman::{roman_value, to_roman};
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

    /// `lines` run together on one line, as a web page's text gives them, checked to read as
    /// a document run together (`Document::run_together`).
    pub fn run_together(lines: &[&str]) -> String {
        let one_line = lines.join(" ") + "\n";
        assert!(
            crate::check_str(&one_line, &crate::config::Config::default())
                .document
                .run_together,
            "not read as run together: {one_line}"
        );
        one_line
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
