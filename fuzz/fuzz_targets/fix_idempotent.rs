#![no_main]
//! Fixing twice equals fixing once, and the fixed text checks soundly.
use libfuzzer_sys::fuzz_target;
use thethuc::{fix, Config, InputFormat};
mod common;

fuzz_target!(|text: &str| {
    let config = Config::default();
    let once = fix(text, InputFormat::Text, &config, false);
    common::assert_report_is_sound(&once.report);
    let twice = fix(&once.text, InputFormat::Text, &config, false);
    assert_eq!(twice.text, once.text, "a second --fix changed the text");
});
