#![no_main]
//! Any UTF-8 text: the check finishes, and its report is sound.
use libfuzzer_sys::fuzz_target;
mod common;

fuzz_target!(|text: &str| {
    let report = thethuc::check_str(text, &thethuc::Config::default());
    common::assert_report_is_sound(&report);
});
