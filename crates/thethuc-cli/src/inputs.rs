//! What to check: files, folders (recursive, honouring `.gitignore` and `.ignore`, filtered by
//! `--glob`), and `-` for standard input.

use ignore::overrides::OverrideBuilder;
use ignore::WalkBuilder;
use std::path::{Path, PathBuf};
use thethuc::InputFormat;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Origin {
    File(PathBuf),
    Stdin,
}

#[derive(Debug, Clone)]
pub struct Input {
    pub origin: Origin,
    /// The name shown in reports (the path as found, or `--stdin-filename`, or `-`).
    pub shown: String,
    /// `Err(reason)` for a file in a format thethuc does not read.
    pub format: Result<InputFormat, String>,
}

/// The format a file name implies.
pub fn format_of(name: &Path) -> Result<InputFormat, String> {
    let ext = name
        .extension()
        .and_then(|e| e.to_str())
        .map(str::to_ascii_lowercase);
    match ext.as_deref() {
        Some("txt" | "text") => Ok(InputFormat::Text),
        Some("md" | "markdown") => Ok(InputFormat::Markdown),
        // A web page saved from a portal: read from its paragraphs and tables.
        Some("html" | "htm") => Ok(InputFormat::Html),
        // A Word document: paragraphs with their effective formatting (thethuc-docx).
        Some("docx") => Ok(InputFormat::Styled),
        Some(other) => Err(format!(
            "định dạng .{other} không được hỗ trợ (unsupported format); thethuc đọc .txt, .md, .html, .docx"
        )),
        None => Err(
            "tệp không có phần mở rộng (no extension); thethuc đọc .txt, .md, .html, .docx".to_owned(),
        ),
    }
}

/// Expands the arguments into inputs, sorted by shown path (stdin first). Folders are walked;
/// `globs` (gitignore syntax, `!` to exclude) filter what a walk finds, not named files.
pub fn collect(
    args: &[PathBuf],
    globs: &[String],
    stdin_filename: Option<&str>,
) -> Result<Vec<Input>, String> {
    let mut out = Vec::new();
    for arg in args {
        if arg.as_os_str() == "-" {
            let name = stdin_filename.unwrap_or("-");
            out.push(Input {
                origin: Origin::Stdin,
                shown: name.to_owned(),
                format: match stdin_filename {
                    Some(n) => format_of(Path::new(n)),
                    None => Ok(InputFormat::Text),
                },
            });
        } else if arg.is_dir() {
            walk(arg, globs, &mut out)?;
        } else {
            // A named file is checked even when ignored; a missing one is reported per file.
            out.push(Input {
                origin: Origin::File(arg.clone()),
                shown: arg.display().to_string(),
                format: format_of(arg),
            });
        }
    }
    out.sort_by(|a, b| {
        (a.origin != Origin::Stdin, &a.shown).cmp(&(b.origin != Origin::Stdin, &b.shown))
    });
    out.dedup_by(|a, b| a.origin == b.origin);
    Ok(out)
}

fn walk(dir: &Path, globs: &[String], out: &mut Vec<Input>) -> Result<(), String> {
    let mut builder = WalkBuilder::new(dir);
    // `.gitignore` counts even outside a git checkout (an agency's shared folder).
    builder.require_git(false);
    if !globs.is_empty() {
        let mut o = OverrideBuilder::new(dir);
        for g in globs {
            o.add(g)
                .map_err(|e| format!("--glob \"{g}\": mẫu sai (bad pattern): {e}"))?;
        }
        builder.overrides(o.build().map_err(|e| e.to_string())?);
    }
    for entry in builder.build() {
        let entry = entry.map_err(|e| e.to_string())?;
        if !entry.file_type().is_some_and(|t| t.is_file()) {
            continue;
        }
        let path = entry.into_path();
        // thethuc's own configuration is not a document.
        if path
            .file_name()
            .is_some_and(|n| n == crate::config_file::FILE_NAME)
        {
            continue;
        }
        out.push(Input {
            shown: path.display().to_string(),
            format: format_of(&path),
            origin: Origin::File(path),
        });
    }
    Ok(())
}
