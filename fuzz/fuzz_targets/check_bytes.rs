#![no_main]
//! Any bytes: decoded (UTF-8, BOM, legacy encodings) or refused with an error, then checked as
//! text and as Markdown.
use libfuzzer_sys::fuzz_target;
use thethuc::{check, Config, InputFormat, Source};
mod common;

fuzz_target!(|data: &[u8]| {
    if let Ok(source) = Source::from_bytes(data) {
        let markdown = Source::new(source.original());
        common::assert_report_is_sound(&check(source, InputFormat::Text, &Config::default()));
        common::assert_report_is_sound(&check(markdown, InputFormat::Markdown, &Config::default()));
    }
});
