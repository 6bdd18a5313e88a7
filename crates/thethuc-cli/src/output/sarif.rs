//! SARIF 2.1.0: one run, every rule in `tool.driver.rules`, results with physical locations
//! (lines and columns in Unicode code points, byte offsets) and fixes as byte replacements.

use super::{locator_text, pretty_at, Head, Reporter, Status, Totals};
use crate::check_file::{FileResult, Outcome};
use serde_json::{json, Value};
use thethuc::rules::REGISTRY;
use thethuc::{Lang, Severity};

const SCHEMA: &str = "https://json.schemastore.org/sarif-2.1.0.json";

fn level(s: Severity) -> &'static str {
    match s {
        Severity::Error => "error",
        Severity::Warning => "warning",
        Severity::Info => "note",
    }
}

/// Where a rule's documentation lives (the generated `docs/rules.md`, one heading per code).
pub fn help_uri(code: &str) -> String {
    format!(
        "{}/blob/main/docs/rules.md#{}",
        env!("CARGO_PKG_REPOSITORY"),
        code.to_ascii_lowercase()
    )
}

/// A file path as a URI reference: relative paths stay relative, absolute ones become `file://`;
/// forward slashes, percent-encoded where needed.
fn uri(path: &str) -> String {
    let path = path.replace('\\', "/");
    let mut out = String::with_capacity(path.len() + 8);
    if path.starts_with('/') {
        out.push_str("file://");
    }
    for b in path.bytes() {
        if b.is_ascii_alphanumeric() || b"-._~/".contains(&b) {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

/// SARIF 2.1.0, for code-scanning dashboards and CI. Its keys print in order (serde_json's
/// maps are sorted): `artifacts` and `invocations`, which list every file, come before
/// `results`, so the results are kept aside until the batch is done.
pub struct Sarif;

impl Reporter for Sarif {
    fn head(&self, _lang: Lang) -> Head {
        Head::AfterAll
    }

    fn late_head(&self, totals: &Totals, _lang: Lang) -> anyhow::Result<String> {
        let mut notifications = Vec::new();
        let mut artifacts = Vec::new();
        for (path, status) in totals.outcomes.iter().flatten() {
            let location = json!({ "uri": uri(path) });
            match status {
                Status::Checked => {
                    artifacts.push(json!({ "location": location, "encoding": "utf-8" }));
                }
                Status::Failed(e) => notifications.push(json!({
                    "level": "error",
                    "message": { "text": format!("{path}: {e}") },
                    "locations": [{ "physicalLocation": { "artifactLocation": location } }],
                })),
                Status::Skipped(why) => notifications.push(json!({
                    "level": "note",
                    "message": { "text": format!("{path}: {why}") },
                    "locations": [{ "physicalLocation": { "artifactLocation": location } }],
                })),
            }
        }
        let invocations = json!([{
            "executionSuccessful": notifications.iter().all(|n| n["level"] != "error"),
            "toolExecutionNotifications": notifications,
        }]);
        Ok(format!(
            "{{\n  \"$schema\": {},\n  \"runs\": [\n    {{\n      \"artifacts\": {},\n      \"columnKind\": \"unicodeCodePoints\",\n      \"invocations\": {},\n      \"results\": [",
            serde_json::to_string(SCHEMA)?,
            pretty_at(&Value::from(artifacts), 3)?,
            pretty_at(&invocations, 3)?,
        ))
    }

    fn file(&self, r: &FileResult, lang: Lang) -> anyhow::Result<String> {
        let mut piece = String::new();
        for result in file_results(r, lang) {
            if !piece.is_empty() {
                piece.push(',');
            }
            piece.push_str("\n        ");
            piece.push_str(&pretty_at(&result, 4)?);
        }
        Ok(piece)
    }

    fn separator(&self) -> &'static str {
        ","
    }

    fn tail(&self, totals: &Totals, lang: Lang) -> anyhow::Result<String> {
        let close = if totals.pieces == 0 { "]" } else { "\n      ]" };
        Ok(format!(
            "{close},\n      \"tool\": {}\n    }}\n  ],\n  \"version\": \"2.1.0\"\n}}\n",
            pretty_at(&tool(lang), 3)?
        ))
    }
}

/// `tool`: the driver and every rule.
fn tool(lang: Lang) -> Value {
    let pick = |vi: &'static str, en: &'static str| if lang == Lang::Vi { vi } else { en };
    let rules: Vec<Value> = REGISTRY
        .iter()
        .map(|r| {
            let docs = pick(r.docs_vi, r.docs_en);
            let locator = locator_text(r.locator, lang);
            json!({
                "id": r.code,
                "name": r.name,
                "shortDescription": { "text": pick(r.summary_vi, r.summary_en) },
                "fullDescription": { "text": docs },
                "help": {
                    "text": format!("{docs}\n\n{}: {locator}", pick("Căn cứ", "Reference")),
                },
                "helpUri": help_uri(r.code),
                "defaultConfiguration": { "level": level(r.severity), "enabled": r.default_on },
                "properties": { "locator": r.locator, "tags": [&r.code[..r.code.len() - 3]] },
            })
        })
        .collect();
    json!({ "driver": {
        "name": "thethuc",
        "version": env!("CARGO_PKG_VERSION"),
        "informationUri": env!("CARGO_PKG_REPOSITORY"),
        "language": if lang == Lang::Vi { "vi" } else { "en" },
        "rules": rules,
    }})
}

/// One checked file's results (none for a file not checked: it is a notification).
fn file_results(r: &FileResult, lang: Lang) -> Vec<Value> {
    let Outcome::Checked { report, .. } = &r.outcome else {
        return Vec::new();
    };
    let index_of = |code: &str| REGISTRY.iter().position(|r| r.code == code);
    let location = json!({ "uri": uri(&r.path) });
    let mut results_json = Vec::new();
    for d in &report.diagnostics {
        let p = report.source.place(d.span);
        let mut result = json!({
            "ruleId": d.code,
            "level": level(d.severity),
            "message": { "text": d.message.get(lang) },
            "locations": [{
                "physicalLocation": {
                    "artifactLocation": location,
                    "region": {
                        "startLine": p.line,
                        "startColumn": p.column,
                        "endLine": p.end_line,
                        "endColumn": p.end_column,
                        "byteOffset": p.start,
                        "byteLength": p.end - p.start,
                    }
                }
            }],
        });
        if let Some(i) = index_of(d.code) {
            result["ruleIndex"] = json!(i);
        }
        let fixes: Vec<Value> = d
                .fixes
                .iter()
                .map(|f| {
                    let replacements: Vec<Value> = f
                        .edits
                        .iter()
                        .map(|e| {
                            let start = report.source.to_original(e.span.start, false);
                            let end = report.source.to_original(e.span.end, true);
                            json!({
                                "deletedRegion": { "byteOffset": start, "byteLength": end - start },
                                "insertedContent": { "text": e.replacement },
                            })
                        })
                        .collect();
                    json!({
                        "description": { "text": f.message.get(lang) },
                        "artifactChanges": [{ "artifactLocation": location, "replacements": replacements }],
                        "properties": { "applicability": f.applicability },
                    })
                })
                .collect();
        if !fixes.is_empty() {
            result["fixes"] = json!(fixes);
        }
        results_json.push(result);
    }
    results_json
}
