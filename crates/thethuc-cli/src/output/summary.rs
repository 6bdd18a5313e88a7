//! The summary: no piece per file, one table at the end, findings per rule and per document
//! type, then the counts of files read, unreadable and skipped.

use super::{Reporter, Totals};
use crate::check_file::FileResult;
use std::fmt::Write as _;
use thethuc::Lang;

/// One table: findings per rule and per document type.
pub struct Summary;

impl Reporter for Summary {
    fn file(&self, _r: &FileResult, _lang: Lang) -> anyhow::Result<String> {
        Ok(String::new())
    }

    fn tail(&self, totals: &Totals, lang: Lang) -> anyhow::Result<String> {
        Ok(summary_table(totals, lang))
    }
}

/// One table: findings per rule, then per document type.
fn summary_table(totals: &Totals, lang: Lang) -> String {
    let mut out = String::new();
    let (h_rule, h_sev, h_n, h_files) = match lang {
        Lang::Vi => ("Quy tắc", "Mức", "Số lần", "Số tệp"),
        Lang::En => ("Rule", "Severity", "Findings", "Files"),
    };
    let _ = writeln!(out, "{h_rule:<42} {h_sev:<9} {h_n:>7} {h_files:>7}");
    for (code, (sev, name, n, files)) in &totals.per_rule {
        let label = format!("{code} {name}");
        let _ = writeln!(out, "{label:<42} {:<9} {n:>7} {files:>7}", sev.label(lang));
    }
    let (h_type, h_docs, h_e, h_w, h_i) = match lang {
        Lang::Vi => ("Loại văn bản", "Số tệp", "Lỗi", "Cảnh báo", "Lưu ý"),
        Lang::En => ("Document type", "Files", "Errors", "Warnings", "Notes"),
    };
    let _ = writeln!(out);
    let _ = writeln!(out, "{h_type:<24} {h_docs:>7} {h_e:>7} {h_w:>9} {h_i:>7}");
    for (t, (docs, e, w, i)) in &totals.per_type {
        let _ = writeln!(out, "{t:<24} {docs:>7} {e:>7} {w:>9} {i:>7}");
    }
    let (files, failed, skipped) = (totals.files, totals.failed, totals.skipped);
    let _ = writeln!(out);
    let _ = match lang {
        Lang::Vi => writeln!(
            out,
            "{files} tệp; {failed} không đọc được; {skipped} bỏ qua."
        ),
        Lang::En => writeln!(
            out,
            "{files} files; {failed} unreadable; {skipped} skipped."
        ),
    };
    out
}
