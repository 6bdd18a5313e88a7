//! One input through the engine: read it (file or standard input), find its configuration,
//! enforce the size limit, decode it (text, Markdown, HTML, .docx) and check it; with `--fix`
//! write the fixed file atomically, with `--diff` keep the change as a unified diff. The result
//! is a [`FileResult`], which every output format renders.

use crate::{config_file, fixing, inputs, output};
use std::path::PathBuf;

/// What happened to one file.
pub struct FileResult {
    pub path: String,
    pub outcome: Outcome,
}

pub enum Outcome {
    /// Checked (after fixing, when asked): the findings that remain.
    Checked {
        report: Box<thethuc::Report>,
        fixes_applied: usize,
        diff: Option<String>,
    },
    /// Not a format thethuc reads.
    Skipped(String),
    /// Could not be read, decoded, configured or written.
    Failed(String),
}

#[derive(Clone, Copy, PartialEq, Eq)]
pub enum FixMode {
    Off,
    Write,
    Diff,
}

/// Everything a worker needs to check one input.
pub struct Job<'a> {
    pub flags: config_file::Flags,
    pub explicit: Option<&'a config_file::Loaded>,
    pub finder: config_file::Finder,
    pub fix: FixMode,
    pub include_unsafe: bool,
    pub stdin: Option<Vec<u8>>,
}

pub fn check_input(input: &inputs::Input, job: &Job<'_>) -> FileResult {
    let shown = input.shown.clone();
    let failed = |e: String| FileResult {
        path: shown.clone(),
        outcome: Outcome::Failed(e),
    };
    let format = match &input.format {
        Ok(f) => *f,
        Err(why) => {
            return FileResult {
                path: shown.clone(),
                outcome: Outcome::Skipped(why.clone()),
            }
        }
    };
    let (bytes, path) = match &input.origin {
        inputs::Origin::Stdin => (job.stdin.clone().unwrap_or_default(), None),
        inputs::Origin::File(p) => match std::fs::read(p) {
            Ok(b) => (b, Some(p.as_path())),
            Err(e) => return failed(output::io_error_message(&e)),
        },
    };
    let discovered = if job.explicit.is_none() {
        let folder = path.map_or_else(|| PathBuf::from("."), config_file::search_start);
        match job.finder.for_folder(&folder) {
            Ok(found) => found,
            Err(e) => return failed(e),
        }
    } else {
        None
    };
    let loaded = job.explicit.or(discovered.as_deref());
    let config = config_file::effective(loaded, &job.flags, path);
    // A .docx is judged by the text it holds (its own limits bound the package).
    let limit = config.limits.max_input_bytes;
    if format != thethuc::InputFormat::Styled && bytes.len() > limit {
        let mb = |n: usize| format!("{:.1}", n as f64 / (1 << 20) as f64);
        return failed(format!(
            "tệp {} MB, quá giới hạn {} MB (max_input_bytes trong [limits] của thethuc.toml): không kiểm tra (file too large, not checked)",
            mb(bytes.len()),
            mb(limit)
        ));
    }
    if format == thethuc::InputFormat::Styled {
        return check_docx(&bytes, path, shown, &config, job);
    }
    let decoded = if format == thethuc::InputFormat::Html {
        thethuc::Source::from_html(&bytes)
    } else {
        thethuc::Source::from_bytes(&bytes)
    };
    let source = match decoded {
        Ok(s) => s,
        Err(e) => return failed(e.to_string()),
    };
    // A web page is checked, never rewritten: a fix belongs in the document it shows.
    if format == thethuc::InputFormat::Html && job.fix != FixMode::Off {
        eprintln!(
            "thethuc: {shown}: không sửa trang web .html, chỉ kiểm tra (a web page is checked, not fixed); sửa trong văn bản gốc (.docx, .txt, .md)"
        );
    }
    if job.fix == FixMode::Off || format == thethuc::InputFormat::Html {
        return FileResult {
            path: shown,
            outcome: Outcome::Checked {
                report: Box::new(thethuc::check(source, format, &config)),
                fixes_applied: 0,
                diff: None,
            },
        };
    }
    let fixed = thethuc::fix(source.original(), format, &config, job.include_unsafe);
    let mut diff = None;
    if fixed.applied > 0 {
        match (job.fix, path) {
            (FixMode::Diff, _) | (FixMode::Write, None) => {
                diff = Some(fixing::unified_diff(&shown, source.original(), &fixed.text));
            }
            (FixMode::Write, Some(p)) => {
                let text = if source.had_bom() {
                    format!("\u{feff}{}", fixed.text)
                } else {
                    fixed.text.clone()
                };
                if let Err(e) = fixing::write_atomically(p, &bytes, text.as_bytes()) {
                    return failed(e);
                }
            }
            (FixMode::Off, _) => {}
        }
    }
    // Written: what remains in the new file. A diff: the file on disk is unchanged, so the
    // findings keep pointing into it.
    let report = if job.fix == FixMode::Write && path.is_some() {
        fixed.report
    } else {
        thethuc::check(source, format, &config)
    };
    FileResult {
        path: shown,
        outcome: Outcome::Checked {
            report: Box::new(report),
            fixes_applied: if job.fix == FixMode::Write && path.is_some() {
                fixed.applied
            } else {
                0
            },
            diff,
        },
    }
}

/// Checks a .docx; with `--fix`, writes the fixed package atomically (or, for `--diff` and
/// standard input, shows the change of its text).
fn check_docx(
    bytes: &[u8],
    path: Option<&std::path::Path>,
    shown: String,
    config: &thethuc::Config,
    job: &Job<'_>,
) -> FileResult {
    let failed = |e: String| FileResult {
        path: shown.clone(),
        outcome: Outcome::Failed(e),
    };
    let limits = thethuc_docx::Limits::default();
    let checked =
        |report: thethuc::Report, fixes_applied: usize, diff: Option<String>| FileResult {
            path: shown.clone(),
            outcome: Outcome::Checked {
                report: Box::new(report),
                fixes_applied,
                diff,
            },
        };
    if job.fix == FixMode::Off {
        return match read_docx(bytes) {
            Ok(styled) => checked(thethuc::check_styled(&styled, config), 0, None),
            Err(e) => failed(e),
        };
    }
    let fixed = match thethuc_docx::fix::fix(bytes, config, job.include_unsafe, &limits) {
        Ok(f) => f,
        Err(e) => {
            return failed(format!(
                "không sửa được tệp .docx (cannot fix the .docx): {e}"
            ))
        }
    };
    let mut left_out = fixed.unwritable.clone();
    left_out.sort_unstable();
    left_out.dedup();
    if !left_out.is_empty() {
        eprintln!(
            "thethuc: {shown}: có chỗ sửa không ghi được vào .docx (nối, tách đoạn hoặc sửa số tự động), cần sửa tay: {} (fixes a .docx cannot take, left for you)",
            left_out.join(", ")
        );
    }
    let write = job.fix == FixMode::Write && path.is_some();
    // Nothing written: the fix's last check is the check of these very bytes.
    if fixed.applied == 0 {
        return checked(fixed.report, 0, None);
    }
    if !write {
        let report = match read_docx(bytes) {
            Ok(styled) => thethuc::check_styled(&styled, config),
            Err(e) => return failed(e),
        };
        let diff = docx_diff(&shown, bytes, &fixed.bytes);
        return checked(report, 0, Some(diff));
    }
    if let Some(p) = path {
        if let Err(e) = fixing::write_atomically(p, bytes, &fixed.bytes) {
            return failed(e);
        }
    }
    checked(fixed.report, fixed.applied, None)
}

/// The change of a .docx's text as a unified diff of its paragraphs; formatting changes are
/// counted in a last line.
fn docx_diff(shown: &str, before: &[u8], after: &[u8]) -> String {
    let limits = thethuc_docx::Limits::default();
    let text = |bytes: &[u8]| {
        thethuc_docx::read(bytes, &limits)
            .map(|d| thethuc::join_blocks(&d.blocks()).0)
            .unwrap_or_default()
    };
    let (a, b) = (text(before), text(after));
    let mut diff = fixing::unified_diff(shown, &a, &b);
    if a == b {
        diff.push_str(&format!(
            "# {shown}: chỉ thay đổi định dạng (formatting changes only)\n"
        ));
    }
    diff
}

/// A .docx as the engine's blocks, or the reader's error (naming the part and the reason).
pub fn read_docx(bytes: &[u8]) -> Result<thethuc::StyledDocument, String> {
    thethuc_docx::read(bytes, &thethuc_docx::Limits::default())
        .map(|docx| docx.styled())
        .map_err(|e| format!("không đọc được tệp .docx (cannot read the .docx): {e}"))
}
