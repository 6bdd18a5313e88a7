//! The TypeScript types of what crosses between JavaScript and the engine, generated with ts-rs
//! into `types.d.ts` (which wasm-bindgen copies into `thethuc_wasm.d.ts`). Built for tests only,
//! so ts-rs never reaches the .wasm.
//!
//! Every type declared is the Rust type itself: this crate's (`Report`, `RuleInfo`,
//! `FixAllResult`, `FixOptions`) derive `TS` in tests, the library's (`Config`, `Block`,
//! `Severity`, the editor's findings…) with its `ts` feature, which this crate's
//! dev-dependencies turn on.
//!
//! `UPDATE_TYPES=1 cargo test -p thethuc-wasm --lib typescript` rewrites `types.d.ts`; without
//! it, the test fails when the checked-in file is not what these types generate.

use thethuc::report_json::{EditJson, FindingJson, FixJson, RangeJson};
use thethuc::rules::{FixAvailability, Needs};
use thethuc::{
    Align, Applicability, Block, BlockStyle, Config, Lang, Limits, Organisation, Profile, RunStyle,
    Severity, Stage, TonePolicy,
};
use ts_rs::TS;

/// A doc comment as TypeScript shows it: the Rust examples (fenced code, doctests) left out.
fn without_examples(docs: &str) -> String {
    let mut out = String::new();
    let mut in_code = false;
    for line in docs.lines() {
        if line.trim_start_matches([' ', '*']).starts_with("```") {
            in_code = !in_code;
            continue;
        }
        if !in_code {
            out.push_str(line);
            out.push('\n');
        }
    }
    // A paragraph that led into an example ends with a blank comment line: drop it.
    let mut lines: Vec<&str> = out.lines().collect();
    while lines.len() > 1 && lines[lines.len() - 2].trim() == "*" {
        lines.remove(lines.len() - 2);
    }
    lines.join("\n") + "\n"
}

/// The whole file, as `types.d.ts` holds it.
pub fn declarations() -> String {
    use crate::dto::{ReportDto, RuleInfo};
    use crate::js_input::FixOptions;
    let cfg = ts_rs::Config::default();
    let mut out = String::from(
        "// The types of what crosses between JavaScript and the thethuc engine.\n\
         // Generated from the Rust types by crates/thethuc-wasm/src/typescript.rs (ts-rs): do not\n\
         // edit. Regenerate: UPDATE_TYPES=1 cargo test -p thethuc-wasm --lib typescript\n",
    );
    let mut declare = |docs: Option<String>, decl: String| {
        out.push('\n');
        // ts-rs leaves a space at the end of some lines.
        for line in without_examples(&docs.unwrap_or_default()).lines() {
            out.push_str(line.trim_end());
            out.push('\n');
        }
        // ts-rs writes an object's fields flush left and its `};` after the last field; put
        // them as a person would (wasm-bindgen indents what follows by the braces it sees).
        out.push_str("export ");
        for (i, line) in decl.lines().map(str::trim_end).enumerate() {
            if i == 0 {
                out.push_str(line);
            } else if let Some(last) = line.strip_suffix(" };") {
                out.push_str(&format!("\n  {last}\n}};"));
            } else {
                out.push_str(&format!("\n  {line}"));
            }
        }
        out.push('\n');
    };
    macro_rules! declare {
        ($($t:ty),+ $(,)?) => { $(declare(<$t>::docs(), <$t>::decl(&cfg));)+ };
    }
    declare!(
        // What the checker takes.
        Config,
        Stage,
        Profile,
        Lang,
        TonePolicy,
        Organisation,
        Limits,
        Block,
        BlockStyle,
        Align,
        RunStyle,
        FixOptions,
        // What it gives back.
        ReportDto,
        FindingJson,
        Severity,
        RangeJson,
        FixJson,
        Applicability,
        EditJson,
        crate::FixAllResult,
        RuleInfo,
        FixAvailability,
        Needs,
    );
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde::Serialize;
    use serde_json::Value;
    use thethuc::{check_blocks, check_str};

    const CHECKED_IN: &str = include_str!("../types.d.ts");

    #[test]
    fn the_checked_in_types_are_what_the_rust_types_generate() {
        let generated = declarations();
        if std::env::var_os("UPDATE_TYPES").is_some() {
            let path = concat!(env!("CARGO_MANIFEST_DIR"), "/types.d.ts");
            std::fs::write(path, &generated).unwrap();
            return;
        }
        if generated != CHECKED_IN {
            let line = generated
                .lines()
                .zip(CHECKED_IN.lines())
                .position(|(a, b)| a != b)
                .unwrap_or_else(|| generated.lines().count().min(CHECKED_IN.lines().count()));
            panic!(
                "crates/thethuc-wasm/types.d.ts is not what the Rust types generate (first \
                 difference at line {}): run `UPDATE_TYPES=1 cargo test -p thethuc-wasm --lib \
                 typescript` and commit the file.\n--- generated ---\n{generated}",
                line + 1
            );
        }
    }

    #[test]
    fn every_type_named_in_the_bindings_is_declared() {
        let lib = include_str!("lib.rs");
        let declared: Vec<&str> = CHECKED_IN
            .lines()
            .filter_map(|l| l.strip_prefix("export type "))
            .filter_map(|l| l.split([' ', '<']).next())
            .collect();
        let mut named = 0;
        for part in lib.split("unchecked_").skip(1) {
            let Some(ty) = part
                .split_once('"')
                .and_then(|(_, rest)| rest.split_once('"'))
                .map(|(ty, _)| ty)
            else {
                continue;
            };
            for word in ty.split(|c: char| !c.is_ascii_alphanumeric()) {
                if word.is_empty() || word == "undefined" {
                    continue;
                }
                named += 1;
                assert!(
                    declared.contains(&word),
                    "lib.rs names `{word}`, which types.d.ts does not declare"
                );
            }
        }
        assert!(named >= 8, "found only {named} type names in lib.rs");
    }

    #[test]
    fn rust_examples_are_left_out_of_the_doc_comments() {
        let docs = "/**\n * Reads JSON:\n *\n * ```\n * let x = 1;\n * ```\n */\n";
        assert_eq!(without_examples(docs), "/**\n * Reads JSON:\n */\n");
        let plain = "/**\n * Bold.\n */\n";
        assert_eq!(without_examples(plain), plain);
        assert!(!CHECKED_IN.contains("```"));
    }

    fn json<T: Serialize>(value: &T) -> Value {
        serde_json::to_value(value).unwrap()
    }

    fn keys(value: &Value) -> Vec<String> {
        let mut keys: Vec<String> = value.as_object().unwrap().keys().cloned().collect();
        keys.sort();
        keys
    }

    fn sorted(list: &[&str]) -> Vec<String> {
        let mut list: Vec<String> = list.iter().map(|s| (*s).to_owned()).collect();
        list.sort();
        list
    }

    /// The fields `types.d.ts` declares for the object type `name`, sorted.
    fn declared_fields(name: &str) -> Vec<String> {
        let start = format!("export type {name} = {{");
        let mut lines = CHECKED_IN.lines().skip_while(|l| *l != start).skip(1);
        let mut fields = Vec::new();
        for line in lines.by_ref().take_while(|l| *l != "};") {
            // A field is flush with the braces' indent; its doc comment is not.
            let Some(field) = line.strip_prefix("  ") else {
                continue;
            };
            if let Some((key, _)) = field.split_once(':') {
                if !key.starts_with(['/', ' ', '*']) {
                    fields.push(key.trim_end_matches('?').to_owned());
                }
            }
        }
        assert!(!fields.is_empty(), "types.d.ts declares no object `{name}`");
        fields.sort();
        fields
    }

    #[test]
    fn the_declared_fields_are_found_in_a_declaration() {
        assert_eq!(declared_fields("Range"), sorted(&["start", "end"]));
        assert_eq!(declared_fields("FixOptions"), sorted(&["unsafe"]));
    }

    /// Findings with every field: fixes with edits, related places.
    fn sample_report() -> Value {
        let text = "CỘNG HÕA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập -  Tự do - Hạnh phúc\n\
                    Số: 12/UBND\nHà Nội, ngày 5 tháng 5 năm 2026\nKẾ HOẠCH\nabc\n";
        let report = check_str(text, &Config::default());
        json(&crate::dto::report_dto(&report, Lang::Vi, &[]))
    }

    /// `FindingJson` writes its keys by hand: they must be those `Diagnostic` declares.
    #[test]
    fn the_objects_the_engine_gives_back_have_the_declared_fields() {
        let report = sample_report();
        assert_eq!(keys(&report), declared_fields("Report"));
        let findings = report["diagnostics"].as_array().unwrap();
        assert!(findings.len() > 3);
        let mut fixes = 0;
        for finding in findings {
            assert_eq!(keys(finding), declared_fields("Diagnostic"), "{finding}");
            for related in finding["related"].as_array().unwrap() {
                assert_eq!(keys(related), declared_fields("Range"));
            }
            for fix in finding["fixes"].as_array().unwrap() {
                fixes += 1;
                assert_eq!(keys(fix), declared_fields("Fix"));
                for edit in fix["edits"].as_array().unwrap() {
                    assert_eq!(keys(edit), declared_fields("Edit"));
                }
            }
        }
        assert!(fixes > 0);
        // The same from check_blocks, whose report also says where each block starts.
        let blocks: Vec<Block> = serde_json::from_value(serde_json::json!([
            { "text": "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "style": { "bold": true, "fontSizePt": 13 } },
            { "text": "KẾ HOẠCH", "runs": [{ "start": 0, "end": 5, "italic": true }] }
        ]))
        .unwrap();
        let report = check_blocks(&blocks, &Config::default());
        let starts = thethuc::block_starts(&blocks);
        let value = json(&crate::dto::report_dto(&report, Lang::En, &starts));
        assert_eq!(keys(&value), declared_fields("Report"));
        assert_eq!(value["documentType"], "KẾ HOẠCH");
        for finding in value["diagnostics"].as_array().unwrap() {
            assert_eq!(keys(finding), declared_fields("Diagnostic"));
        }
        let rules = json(&crate::dto::rule_infos(Lang::Vi));
        assert_eq!(keys(&rules[0]), declared_fields("RuleInfo"));
    }

    /// A config with every field set.
    fn full_config() -> Value {
        serde_json::json!({
            "stage": "final",
            "profile": "party",
            "lang": "en",
            "select": ["QH", "SO004"],
            "ignore": ["MA"],
            "severity": { "SO004": "info" },
            "organisation": { "names": ["SỞ CÔNG THƯƠNG"], "abbreviations": ["SCT"], "place": "Lào Cai" },
            "tone_marks": "new",
            "limits": {
                "max_input_bytes": 1000,
                "max_line_bytes": 100,
                "max_grammar_calls": 0,
                "max_findings_per_rule": 5
            }
        })
    }

    fn full_block() -> Value {
        serde_json::json!({
            "text": "KẾ HOẠCH",
            "style": {
                "bold": true, "italic": false, "fontFamily": "Times New Roman", "fontSizePt": 14.0,
                "align": "center", "firstLineIndentMm": 10.0, "spaceBeforePt": 6.0,
                "spaceAfterPt": 6.0, "lineSpacing": 1.5, "lineHeightPt": 18.0, "ruleLines": 1
            },
            "runs": [{
                "start": 0, "end": 3, "bold": true, "italic": null, "fontFamily": "Arial",
                "fontSizePt": 13.0, "color": "FF0000"
            }],
            "section": 0,
            "inTable": false
        })
    }

    /// The JavaScript reader (`js_input`) lists the keys it accepts by hand: they must be the
    /// ones the library writes, and the ones `types.d.ts` declares.
    #[test]
    fn the_fields_declared_are_the_fields_javascript_may_hand_in() {
        use crate::js_input::fields;
        let config: Config = serde_json::from_value(full_config()).unwrap();
        let config = json(&config);
        let block: Block = serde_json::from_value(full_block()).unwrap();
        let block = json(&block);
        let options = json(&crate::js_input::FixOptions {
            include_unsafe: true,
        });
        for (name, written, accepted) in [
            ("Config", &config, fields::CONFIG),
            (
                "Organisation",
                &config["organisation"],
                fields::ORGANISATION,
            ),
            ("Limits", &config["limits"], fields::LIMITS),
            ("Block", &block, fields::BLOCK),
            ("BlockStyle", &block["style"], fields::BLOCK_STYLE),
            ("RunStyle", &block["runs"][0], fields::RUN_STYLE),
            ("FixOptions", &options, fields::FIX_OPTIONS),
        ] {
            assert_eq!(keys(written), sorted(accepted), "{name}: written vs read");
            assert_eq!(
                declared_fields(name),
                sorted(accepted),
                "{name}: declared vs read"
            );
        }
    }
}
