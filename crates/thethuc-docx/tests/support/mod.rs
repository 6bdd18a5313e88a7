//! What the formatting tests share: a .docx zipped from the template parts in fixtures/, with
//! one edit applied, and the paragraphs' text of a package. The state template is
//! fixtures/docx-template/; the Party one replaces its document.xml only.
#![allow(dead_code, clippy::unwrap_used, clippy::expect_used)]

use std::io::Write;
use thethuc_docx::{read, Limits};
use zip::write::SimpleFileOptions;

pub const DOC: &str = "word/document.xml";

/// An edit of one part's text: (part name, text) to the new text.
pub type Edit = Box<dyn Fn(&str, String) -> String>;

/// The file `file` of the fixture folder `dir` (under fixtures/).
pub fn fixture(dir: &str, file: &str) -> String {
    let path = format!("{}/../../fixtures/{dir}/{file}", env!("CARGO_MANIFEST_DIR"));
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

/// The package whose parts `part` reads (by template file name), with `edit` applied to
/// (part, text) before zipping.
pub fn package(part: &dyn Fn(&str) -> String, edit: &dyn Fn(&str, String) -> String) -> Vec<u8> {
    let parts = [
        ("[Content_Types].xml", "content-types.xml"),
        ("_rels/.rels", "package.rels"),
        (DOC, "document.xml"),
        ("word/styles.xml", "styles.xml"),
        ("word/header1.xml", "header1.xml"),
        ("word/_rels/document.xml.rels", "document.xml.rels"),
    ];
    let mut out = std::io::Cursor::new(Vec::new());
    let mut zip = zip::ZipWriter::new(&mut out);
    let options = SimpleFileOptions::default().compression_method(zip::CompressionMethod::Deflated);
    for (name, file) in parts {
        zip.start_file(name, options).unwrap();
        zip.write_all(edit(name, part(file)).as_bytes()).unwrap();
    }
    zip.finish().unwrap();
    out.into_inner()
}

/// Replaces `from` by `to` in `part`, once; the template must hold `from` exactly once.
pub fn change_in(
    part: &'static str,
    from: &'static str,
    to: &'static str,
) -> impl Fn(&str, String) -> String {
    move |name: &str, text: String| {
        if name != part {
            return text;
        }
        assert_eq!(
            text.matches(from).count(),
            1,
            "{part} must hold {from:?} once"
        );
        text.replacen(from, to, 1)
    }
}

/// The paragraphs' text of a package: what a fix must leave as it was.
pub fn paragraph_texts(bytes: &[u8]) -> Vec<String> {
    let docx = read(bytes, &Limits::default()).unwrap();
    docx.paragraphs.iter().map(|p| p.text.clone()).collect()
}

/// What the .docx writer leaves undone on one broken package (`what` names the change): a change
/// its safe fixes did not repair (`left` finds codes in the fixed package, or nothing was
/// applied), or a text that is no longer `template_text`. Empty when the package is repaired.
pub fn repair_failures(
    what: &str,
    broken: &[u8],
    template_text: &[String],
    left: impl Fn(&[u8]) -> Vec<String>,
) -> Vec<String> {
    let config = thethuc::Config::default();
    let fixed = thethuc_docx::fix::fix(broken, &config, false, &Limits::default()).unwrap();
    let mut failures = Vec::new();
    let still = left(&fixed.bytes);
    if fixed.applied == 0 || !still.is_empty() {
        failures.push(format!("{what}: {} fixes, still {still:?}", fixed.applied));
    }
    if paragraph_texts(&fixed.bytes) != template_text {
        failures.push(format!("{what}: the text changed"));
    }
    failures
}
