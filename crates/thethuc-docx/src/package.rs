//! The zip container, read within limits: a hostile file gets an error, not all the memory.

use crate::{DocxError, Limits};
use std::collections::BTreeMap;
use std::io::{Cursor, Read};

/// The parts of a package that the reader needs, decompressed.
pub struct Package {
    parts: BTreeMap<String, Vec<u8>>,
}

/// Parts worth decompressing: the XML the reader uses. Media and the rest are never inflated.
fn wanted(name: &str) -> bool {
    name == "[Content_Types].xml"
        || (name.starts_with("word/") && (name.ends_with(".xml") || name.ends_with(".rels")))
}

impl Package {
    pub fn open(bytes: &[u8], limits: &Limits) -> Result<Self, DocxError> {
        if bytes.starts_with(b"%PDF") {
            return Err(DocxError::NotDocx(
                "đây là tệp PDF, không phải .docx (this is a PDF, not a .docx)".into(),
            ));
        }
        if !bytes.starts_with(b"PK") {
            return Err(DocxError::NotDocx(
                "không phải tệp nén .docx (not a zip package)".into(),
            ));
        }
        let mut archive = zip::ZipArchive::new(Cursor::new(bytes)).map_err(|e| {
            DocxError::NotDocx(format!(
                "tệp .docx hỏng hoặc bị cắt cụt (broken or truncated zip): {e}"
            ))
        })?;
        if archive.len() > limits.max_entries {
            return Err(DocxError::Limit(format!(
                "gói có {} mục, quá giới hạn {} (too many entries)",
                archive.len(),
                limits.max_entries
            )));
        }
        let mut parts = BTreeMap::new();
        let mut total: u64 = 0;
        for i in 0..archive.len() {
            let mut file = archive.by_index(i).map_err(|e| {
                DocxError::NotDocx(format!("mục {i} của gói hỏng (broken entry): {e}"))
            })?;
            let name = file
                .name()
                .map_err(|e| DocxError::NotDocx(format!("tên mục {i} hỏng (bad entry name): {e}")))?
                .into_owned();
            if !wanted(&name) || file.is_dir() {
                continue;
            }
            // Declared sizes may lie: inflate in chunks and stop as soon as a limit is passed,
            // so a zip bomb costs a few megabytes, not all the memory.
            let room = limits
                .max_part_bytes
                .min(limits.max_total_bytes.saturating_sub(total));
            let compressed = file.compressed_size().max(1);
            let mut data = Vec::new();
            let mut chunk = [0u8; 64 * 1024];
            loop {
                let n = file.read(&mut chunk).map_err(|e| DocxError::Part {
                    part: name.clone(),
                    reason: format!("không giải nén được (cannot inflate): {e}"),
                })?;
                if n == 0 {
                    break;
                }
                data.extend_from_slice(&chunk[..n]);
                let size = data.len() as u64;
                if size > room {
                    return Err(DocxError::Limit(format!(
                        "phần {name} giải nén ra hơn {room} byte (part larger than the limit; a zip bomb?)"
                    )));
                }
                if size > 1 << 20 && size / compressed > limits.max_ratio {
                    return Err(DocxError::Limit(format!(
                        "phần {name} nén với tỉ lệ hơn {}:1 (compression ratio too high; a zip bomb?)",
                        limits.max_ratio
                    )));
                }
            }
            total += data.len() as u64;
            parts.insert(name, data);
        }
        if !parts.contains_key("word/document.xml") {
            return Err(DocxError::NotDocx(
                "gói không có word/document.xml (no main document part)".into(),
            ));
        }
        Ok(Self { parts })
    }

    pub fn part(&self, name: &str) -> Option<&[u8]> {
        self.parts.get(name).map(Vec::as_slice)
    }
}
