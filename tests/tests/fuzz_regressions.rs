#![allow(clippy::unwrap_used, clippy::expect_used)]
//! Inputs the fuzzers found (fuzz/fuzz_targets), kept under fixtures/fuzz/<target>/: each must
//! now keep the property its target asserts.

use thethuc::{check_str, fix, Config, InputFormat};
use thethuc_tests::fixtures;

fn inputs(target: &str) -> Vec<(String, Vec<u8>)> {
    let dir = fixtures().join("fuzz").join(target);
    let Ok(entries) = std::fs::read_dir(&dir) else {
        return Vec::new();
    };
    let mut out: Vec<_> = entries
        .map(|e| e.unwrap().path())
        .map(|p| {
            (
                p.file_name().unwrap().to_string_lossy().into_owned(),
                std::fs::read(&p).unwrap(),
            )
        })
        .collect();
    out.sort();
    out
}

#[test]
fn fixing_twice_equals_fixing_once_on_every_found_input() {
    let found = inputs("fix_idempotent");
    assert!(!found.is_empty(), "fixtures/fuzz/fix_idempotent is empty");
    let config = Config::default();
    for (name, bytes) in found {
        let text = String::from_utf8_lossy(&bytes);
        let once = fix(&text, InputFormat::Text, &config, false);
        let twice = fix(&once.text, InputFormat::Text, &config, false);
        assert_eq!(
            twice.text, once.text,
            "{name}: a second fix changed the text"
        );
        assert!(
            once.rounds < 10,
            "{name}: fixing did not settle in 10 rounds"
        );
    }
}

#[test]
fn found_texts_check_soundly() {
    for target in ["check_utf8", "check_bytes", "documents", "citations"] {
        for (name, bytes) in inputs(target) {
            let text = String::from_utf8_lossy(&bytes);
            let report = check_str(&text, &Config::default());
            for d in &report.diagnostics {
                assert!(
                    d.span.end as usize <= report.source.text().len(),
                    "{target}/{name}"
                );
            }
        }
    }
}

/// Web pages the `html` target found, as pages: each checks soundly, its findings mapping back
/// into the page in order.
#[test]
fn found_pages_check_soundly() {
    let found = inputs("html");
    assert!(!found.is_empty(), "fixtures/fuzz/html is empty");
    for (name, bytes) in found {
        let source = thethuc::Source::from_html(&bytes).unwrap();
        let report = thethuc::check(source, InputFormat::Html, &Config::default());
        let (text, page) = (report.source.text(), report.source.original());
        for d in &report.diagnostics {
            let (s, e) = (d.span.start, d.span.end);
            assert!(s <= e && e as usize <= text.len(), "{name}: {}", d.code);
            let (os, oe) = (
                report.source.to_original(s, false),
                report.source.to_original(e, true),
            );
            assert!(
                os <= oe && oe as usize <= page.len(),
                "{name}: {} maps to {os}..{oe}",
                d.code
            );
        }
    }
}

/// The citations target: every citation the parse finds in a căn cứ built around the input
/// lies inside the reading text, on character boundaries.
#[test]
fn found_citations_stay_inside_the_text() {
    for (name, bytes) in inputs("citations") {
        // The fuzzer's `&str` is the input's longest UTF-8 prefix.
        let inner = match std::str::from_utf8(&bytes) {
            Ok(s) => s,
            Err(e) => std::str::from_utf8(&bytes[..e.valid_up_to()]).unwrap(),
        };
        let input =
            format!("Căn cứ {inner};\nCăn cứ Quyết định số {inner} ngày {inner} của {inner};\n");
        let doc = thethuc::parse(&input);
        // Spans point into the reading text, which joins the lines the reader joined.
        let text = doc.text();
        for c in &doc.citations {
            let (s, e) = (c.span.start as usize, c.span.end as usize);
            assert!(
                s <= e && e <= text.len() && text.is_char_boundary(s) && text.is_char_boundary(e),
                "citations/{name}: {s}..{e} of {}",
                text.len()
            );
        }
    }
}
