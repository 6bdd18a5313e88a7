//! What an e-office backend would write: check every document under a folder and hand the
//! findings on as one JSON document.
//!
//! ```text
//! cargo run --release -p thethuc-docx --example eoffice_batch -- FOLDER > findings.json
//! ```
//!
//! Walks `FOLDER` (subfolders too, in name order), checks each `.docx` (formatting rules
//! included) and each `.txt` and `.md` file, and prints to stdout:
//!
//! ```json
//! { "files": [
//!   { "path": "FOLDER/cong-van.docx",
//!     "findings": [ { "code": "TB004", "name": "page-size", "severity": "error",
//!                     "line": 1, "column": 1, "end_line": 1, "end_column": 1,
//!                     "message": { "vi": "…", "en": "…" }, "locator": "PL-I I",
//!                     "fixable": true } ] },
//!   { "path": "FOLDER/hong.docx", "error": "…" } ] }
//! ```
//!
//! A position is a line and a column (1-based, in characters) of the text as given; in a
//! `.docx`, each paragraph is a line. A file that cannot be read gets an `error` in its entry and
//! the batch goes on: the exit code is non-zero only when the command line is wrong.

use serde_json::{json, Value};
use std::io::Write as _;
use std::path::{Path, PathBuf};
use thethuc::{Applicability, Config, InputFormat, Report, Source};

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [folder] = args.as_slice() else {
        eprintln!("usage: eoffice_batch FOLDER");
        std::process::exit(2);
    };
    let folder = Path::new(folder);
    if !folder.is_dir() {
        eprintln!("eoffice_batch: {} is not a folder", folder.display());
        std::process::exit(2);
    }
    let batch = check_folder(folder, &Config::default());
    let mut out = std::io::stdout().lock();
    // A closed pipe (`| head`) is not an error of the batch.
    let _ = serde_json::to_writer_pretty(&mut out, &batch);
    let _ = writeln!(out);
}

/// The JSON document for every checkable file under `folder`.
pub fn check_folder(folder: &Path, config: &Config) -> Value {
    let files: Vec<Value> = documents_under(folder)
        .iter()
        .map(|path| match check_file(path, config) {
            Ok(report) => {
                json!({ "path": path.display().to_string(), "findings": findings(&report) })
            }
            Err(error) => json!({ "path": path.display().to_string(), "error": error }),
        })
        .collect();
    json!({ "files": files })
}

/// The `.docx`, `.txt` and `.md` files under `folder`, in name order. An unreadable subfolder
/// is skipped.
fn documents_under(folder: &Path) -> Vec<PathBuf> {
    let mut found = Vec::new();
    let mut pending = vec![folder.to_path_buf()];
    while let Some(dir) = pending.pop() {
        let Ok(entries) = std::fs::read_dir(&dir) else {
            continue;
        };
        for path in entries.flatten().map(|e| e.path()) {
            if path.is_dir() {
                pending.push(path);
            } else if format_of(&path).is_some() {
                found.push(path);
            }
        }
    }
    found.sort();
    found
}

/// How a file is read, from its extension; `None` for a file the batch leaves alone.
fn format_of(path: &Path) -> Option<InputFormat> {
    let extension = path.extension()?.to_str()?.to_ascii_lowercase();
    match extension.as_str() {
        "docx" => Some(InputFormat::Styled),
        "txt" => Some(InputFormat::Text),
        "md" => Some(InputFormat::Markdown),
        _ => None,
    }
}

/// Checks one file; the error says why it could not be read.
fn check_file(path: &Path, config: &Config) -> Result<Report, String> {
    let bytes = std::fs::read(path).map_err(|e| e.to_string())?;
    match format_of(path) {
        Some(InputFormat::Styled) => {
            let docx = thethuc_docx::read(&bytes, &thethuc_docx::Limits::default())
                .map_err(|e| e.to_string())?;
            Ok(thethuc::check_styled(&docx.styled(), config))
        }
        Some(format) => {
            let source = Source::from_bytes(&bytes).map_err(|e| e.to_string())?;
            Ok(thethuc::check(source, format, config))
        }
        None => Err("not a document this batch reads".to_owned()),
    }
}

/// A report's findings as JSON, each with its place in the file.
fn findings(report: &Report) -> Vec<Value> {
    report
        .diagnostics
        .iter()
        .map(|d| {
            let place = report.source.place(d.span);
            json!({
                "code": d.code,
                "name": d.name,
                "severity": d.severity.as_str(),
                "line": place.line,
                "column": place.column,
                "end_line": place.end_line,
                "end_column": place.end_column,
                "message": { "vi": d.message.vi, "en": d.message.en },
                "locator": d.locator,
                "fixable": d.fixes.iter().any(|f| f.applicability == Applicability::Safe),
            })
        })
        .collect()
}
