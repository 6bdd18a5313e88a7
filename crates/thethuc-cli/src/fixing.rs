//! `--fix` and `--diff`: fixed text written atomically (temp file in the same folder, fsync,
//! rename, permissions kept), or shown as a unified diff.

use std::io::Write;
use std::path::Path;

/// Writes `content` over `path` atomically, unless the file changed since it was read as
/// `original`.
pub fn write_atomically(path: &Path, original: &[u8], content: &[u8]) -> Result<(), String> {
    let shown = path.display();
    let io = |e: std::io::Error| format!("{shown}: {}", crate::output::io_error_message(&e));
    let folder = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    };
    let permissions = std::fs::metadata(path).map_err(io)?.permissions();
    let mut tmp = tempfile::Builder::new()
        .prefix(".thethuc-")
        .suffix(".tmp")
        .tempfile_in(folder)
        .map_err(io)?;
    tmp.write_all(content).map_err(io)?;
    tmp.as_file().sync_all().map_err(io)?;
    std::fs::set_permissions(tmp.path(), permissions).map_err(io)?;
    // Last look before replacing: someone may have saved the file meanwhile.
    let now = std::fs::read(path).map_err(io)?;
    if now != original {
        return Err(format!(
            "{shown}: tệp đã thay đổi trong khi sửa, không ghi đè (the file changed while being fixed; left alone)"
        ));
    }
    tmp.persist(path).map_err(|e| io(e.error))?;
    Ok(())
}

/// A unified diff of the fix, with the file name in the headers.
pub fn unified_diff(shown: &str, before: &str, after: &str) -> String {
    similar::TextDiff::from_lines(before, after)
        .unified_diff()
        .context_radius(2)
        .header(
            &format!("a/{}", shown.trim_start_matches('/')),
            &format!("b/{}", shown.trim_start_matches('/')),
        )
        .to_string()
}
