//! The JSON contract (README): `{"files": [...], "summary": {...}}`, pretty-printed, each file's
//! object rendered on its own and spliced in, so a batch never holds more than one file's JSON.

use super::{pretty_at, Head, Reporter, Totals};
use crate::check_file::{FileResult, Outcome};
use serde::Serialize;
use serde_json::json;
use thethuc::report_json::FindingJson;
use thethuc::{Lang, Severity};

/// The JSON contract (README).
pub struct Json;

/// The JSON document: `{"files": [...], "summary": {...}}`, pretty-printed; each file's object
/// is printed on its own and spliced in.
impl Reporter for Json {
    fn head(&self, _lang: Lang) -> Head {
        Head::Now("{\n  \"files\": [".to_owned())
    }

    fn file(&self, r: &FileResult, lang: Lang) -> anyhow::Result<String> {
        Ok(format!("\n    {}", pretty_at(&file_json(r, lang), 2)?))
    }

    fn separator(&self) -> &'static str {
        ","
    }

    fn tail(&self, totals: &Totals, _lang: Lang) -> anyhow::Result<String> {
        let summary = json!({
            "files": totals.files,
            "files_failed": totals.failed,
            "files_skipped": totals.skipped,
            "errors": totals.counts[Severity::Error as usize],
            "warnings": totals.counts[Severity::Warning as usize],
            "infos": totals.counts[Severity::Info as usize],
        });
        let close = if totals.pieces == 0 { "]" } else { "\n  ]" };
        Ok(format!(
            "{close},\n  \"summary\": {}\n}}\n",
            pretty_at(&summary, 1)?
        ))
    }
}

/// One file's object in the JSON contract (README), its keys in alphabetical order.
#[derive(Serialize)]
struct FileJson<'a> {
    diagnostics: Vec<FindingJson>,
    error: Option<&'a str>,
    fixes_applied: usize,
    path: &'a str,
    skipped: Option<&'a str>,
}

fn file_json(r: &FileResult, lang: Lang) -> FileJson<'_> {
    let mut file = FileJson {
        diagnostics: Vec::new(),
        error: None,
        fixes_applied: 0,
        path: &r.path,
        skipped: None,
    };
    match &r.outcome {
        Outcome::Checked {
            report,
            fixes_applied,
            ..
        } => {
            file.fixes_applied = *fixes_applied;
            file.diagnostics = report
                .diagnostics
                .iter()
                .map(|d| FindingJson::for_cli(d, &report.source, lang))
                .collect();
        }
        Outcome::Failed(e) => file.error = Some(e),
        Outcome::Skipped(why) => file.skipped = Some(why),
    }
    file
}
