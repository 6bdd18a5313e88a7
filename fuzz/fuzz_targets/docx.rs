#![no_main]
//! Any bytes as a .docx: read within limits or refused; what reads is checked and fixed, and the
//! fixed package reads again.
use libfuzzer_sys::fuzz_target;
use thethuc_docx::{fix::fix, read, Limits};
mod common;

fuzz_target!(|data: &[u8]| {
    let limits = Limits::default();
    let Ok(docx) = read(data, &limits) else {
        return;
    };
    let config = thethuc::Config::default();
    common::assert_report_is_sound(&thethuc::check_styled(&docx.styled(), &config));
    if let Ok(out) = fix(data, &config, false, &limits) {
        assert!(read(&out.bytes, &limits).is_ok(), "the fixed package does not read");
    }
});
