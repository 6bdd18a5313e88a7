//! The JS boundary in a real browser (headless Chromium through wasm-bindgen-test-runner):
//! config objects in, plain report objects out, errors as JS `Error`s with a message.
#![cfg(target_arch = "wasm32")]
// `#[wasm_bindgen_test]` functions are tests, but clippy does not know it.
#![allow(clippy::unwrap_used)]

use thethuc_wasm::Checker;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

/// A value as `JSON.parse` would give it (objects, not Maps).
fn to_js<T: serde::Serialize>(value: &T) -> JsValue {
    value
        .serialize(&serde_wasm_bindgen::Serializer::json_compatible())
        .unwrap()
}

fn json(value: &str) -> JsValue {
    to_js::<serde_json::Value>(&serde_json::from_str(value).unwrap())
}

fn get(value: &JsValue, key: &str) -> JsValue {
    let object: serde_json::Value = serde_wasm_bindgen::from_value(value.clone()).unwrap();
    to_js(&object[key])
}

fn error_message(error: JsValue) -> String {
    let error: js_error::Error = error.unchecked_into();
    error.message()
}

mod js_error {
    use wasm_bindgen::prelude::*;
    #[wasm_bindgen]
    extern "C" {
        pub type Error;
        #[wasm_bindgen(method, getter)]
        pub fn message(this: &Error) -> String;
    }
}

#[wasm_bindgen_test]
fn check_returns_plain_objects_in_utf16_units() {
    let mut checker = Checker::new(JsValue::UNDEFINED).unwrap();
    let text = "😀\nCỘNG HÕA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n";
    let report = checker.check(text).unwrap();
    let report: serde_json::Value = serde_wasm_bindgen::from_value(report).unwrap();
    let qh = report["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .find(|d| d["code"] == "QH002")
        .unwrap();
    // The emoji is two UTF-16 units, then the line break.
    assert_eq!(qh["start"], 3);
    assert_eq!(
        qh["end"],
        3 + "CỘNG HÕA XÃ HỘI CHỦ NGHĨA VIỆT NAM".encode_utf16().count()
    );
    assert_eq!(qh["line"], 2);
    assert_eq!(qh["familyLabel"], "Quốc hiệu và Tiêu ngữ");
    assert_eq!(qh["fixes"][0]["applicability"], "safe");
    // The fields of `Diagnostic` in types.d.ts, no more, no fewer.
    let mut keys: Vec<&str> = qh.as_object().unwrap().keys().map(|k| k.as_str()).collect();
    keys.sort_unstable();
    assert_eq!(
        keys,
        [
            "code",
            "column",
            "end",
            "endColumn",
            "endLine",
            "explanation",
            "family",
            "familyLabel",
            "fixes",
            "line",
            "locator",
            "message",
            "name",
            "related",
            "severity",
            "start"
        ]
    );
}

#[wasm_bindgen_test]
fn config_objects_set_language_and_rules() {
    let mut checker = Checker::new(json(r#"{"lang": "en", "ignore": ["QH002"]}"#)).unwrap();
    let report: serde_json::Value = serde_wasm_bindgen::from_value(
        checker
            .check("CỘNG HÕA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n")
            .unwrap(),
    )
    .unwrap();
    let codes: Vec<&str> = report["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| d["code"].as_str().unwrap())
        .collect();
    assert!(!codes.contains(&"QH002"));
    // English: DOC003 names the rule pack first, then what ran.
    let coverage = report["diagnostics"][0]["message"].as_str().unwrap();
    assert!(
        coverage.starts_with("Rule pack: ") && coverage.contains(" Ran "),
        "{coverage}"
    );
    assert_eq!(
        get(&checker.config().unwrap(), "lang").as_string().unwrap(),
        "en"
    );
}

#[wasm_bindgen_test]
fn bad_input_is_a_js_error_with_a_message() {
    let unknown_field = Checker::new(json(r#"{"stagee": "final"}"#)).err().unwrap();
    assert!(error_message(unknown_field.into()).contains("stagee"));
    let unknown_rule = Checker::new(json(r#"{"ignore": ["XX999"]}"#))
        .err()
        .unwrap();
    assert!(error_message(unknown_rule.into()).contains("XX999"));

    let checker = Checker::new(JsValue::NULL).unwrap();
    let misspelt = checker
        .check_blocks(json(r#"[{"txt": "a"}]"#))
        .err()
        .unwrap();
    assert!(error_message(misspelt.into()).contains("txt"));
    // A typo deep inside is named with its path; known keys at every level pass.
    let misspelt_style = checker
        .check_blocks(json(
            r#"[{"text": "a", "style": {"bold": true}}, {"text": "b", "style": {"bolt": true}}]"#,
        ))
        .err()
        .unwrap();
    let message = error_message(misspelt_style.into());
    assert!(message.contains("`[1].style.bolt`"), "{message}");
    let misspelt_limit = Checker::new(json(r#"{"limits": {"max_input_byte": 5}}"#))
        .err()
        .unwrap();
    assert!(error_message(misspelt_limit.into()).contains("`limits.max_input_byte`"));
    assert!(Checker::new(json(
        r#"{"severity": {"SO004": "info"}, "organisation": {"names": ["SỞ Y TẾ"], "place": null}}"#
    ))
    .is_ok());
    let misspelt_option = checker
        .fix_all("a", json(r#"{"unsafe": true, "usafe": true}"#))
        .err()
        .unwrap();
    assert!(error_message(misspelt_option.into()).contains("usafe"));
    let not_blocks = checker
        .check_blocks(json(r#"[{"text": 1}]"#))
        .err()
        .unwrap();
    assert!(error_message(not_blocks.into()).contains("khối văn bản không hợp lệ"));
    let far_edit = json(
        r#"[{"fixes": [{"applicability": "safe", "edits": [{"start": 5, "end": 90, "replacement": ""}]}]}]"#,
    );
    let error = checker
        .apply_fixes("ngắn", far_edit, JsValue::UNDEFINED)
        .err()
        .unwrap();
    assert!(error_message(error.into()).contains("ngoài văn bản"));
}

#[wasm_bindgen_test]
fn apply_fixes_and_fix_all_match_the_library() {
    let mut checker = Checker::new(JsValue::UNDEFINED).unwrap();
    let text = "CỘNG HÕA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập -  Tự do - Hạnh phúc\n";
    let report = checker.check(text).unwrap();
    let diagnostics = get(&report, "diagnostics");
    let fixed = checker
        .apply_fixes(text, diagnostics, JsValue::UNDEFINED)
        .unwrap();
    let library = thethuc::apply_fixes(
        &thethuc::check_str(text, &thethuc::Config::default()),
        false,
    )
    .0;
    assert_eq!(fixed, library);
    let all = checker.fix_all(text, JsValue::UNDEFINED).unwrap();
    let expected = thethuc::fix(
        text,
        thethuc::InputFormat::Text,
        &thethuc::Config::default(),
        false,
    );
    assert_eq!(get(&all, "text").as_string().unwrap(), expected.text);
}

#[wasm_bindgen_test]
fn blocks_carry_styles_and_positions() {
    let checker = Checker::new(JsValue::UNDEFINED).unwrap();
    let blocks = json(
        r#"[{"text": "CỘNG HÕA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "style": {"bold": true, "fontFamily": "Times New Roman", "fontSizePt": 13, "align": "center"}},
            {"text": ""},
            {"text": "😀 văn bản"}]"#,
    );
    let report = checker.check_blocks(blocks).unwrap();
    let starts: Vec<u32> = serde_wasm_bindgen::from_value(get(&report, "blockStarts")).unwrap();
    let first = "CỘNG HÕA XÃ HỘI CHỦ NGHĨA VIỆT NAM".encode_utf16().count() as u32 + 1;
    assert_eq!(starts, vec![0, first, first + 1]);
    let rules: serde_json::Value =
        serde_wasm_bindgen::from_value(checker.rules().unwrap()).unwrap();
    assert_eq!(
        rules.as_array().unwrap().len(),
        thethuc::rules::REGISTRY.len()
    );
}

/// Every field the library's types declare is read back as written: a field added to `Config`
/// or `Block` and not to the reader of JS values fails here as an unknown field.
#[wasm_bindgen_test]
fn every_field_of_config_and_blocks_reads_back_as_written() {
    use thethuc::{
        Align, Block, BlockStyle, Config, Lang, Profile, RunStyle, Severity, Stage, TonePolicy,
    };
    use thethuc::{Limits, Organisation};
    use thethuc_wasm::js_input::read;

    let config = Config {
        stage: Stage::Final,
        profile: Profile::Party,
        lang: Lang::En,
        select: vec!["SO".into(), "QH".into()],
        ignore: vec!["QH002".into()],
        severity: [("SO004".to_owned(), Severity::Info)].into(),
        organisation: Organisation {
            names: vec!["SỞ Y TẾ".into()],
            abbreviations: vec!["SYT".into()],
            place: Some("Lào Cai".into()),
        },
        tone_marks: TonePolicy::New,
        limits: Limits {
            max_input_bytes: 1,
            max_line_bytes: 2,
            max_grammar_calls: 3,
            max_findings_per_rule: 4,
        },
    };
    assert_eq!(read::<Config>(&to_js(&config)).unwrap(), config);

    let block = Block {
        text: "Kính gửi: Sở Y tế".into(),
        style: BlockStyle {
            bold: Some(true),
            italic: Some(false),
            font_family: Some("Times New Roman".into()),
            font_size_pt: Some(13.5),
            align: Some(Align::Justify),
            first_line_indent_mm: Some(-10.0),
            space_before_pt: Some(6.0),
            space_after_pt: Some(0.0),
            line_spacing: Some(1.5),
            line_height_pt: Some(18.0),
            rule_lines: Some(1),
        },
        runs: vec![RunStyle {
            start: 0,
            end: 9,
            bold: Some(true),
            italic: None,
            font_family: Some("Arial".into()),
            font_size_pt: Some(14.0),
            color: Some("FF0000".into()),
        }],
        section: 2,
        in_table: true,
    };
    let blocks = vec![block, Block::default()];
    assert_eq!(read::<Vec<Block>>(&to_js(&blocks)).unwrap(), blocks);
    // Left out, `undefined` and (where optional) `null` all mean "unknown".
    let sparse = read::<Vec<Block>>(&json(
        r#"[{"text": "a", "style": {"bold": null, "fontSizePt": 13}, "runs": [{"start": 0, "end": 1, "color": null}]}]"#,
    ))
    .unwrap();
    assert_eq!(sparse[0].style.bold, None);
    assert_eq!(sparse[0].style.font_size_pt, Some(13.0));
    assert_eq!(sparse[0].runs[0].end, 1);
    // A limit left out keeps its default.
    let limits = read::<Config>(&json(r#"{"limits": {"max_line_bytes": 7}}"#)).unwrap();
    assert_eq!(limits.limits.max_line_bytes, 7);
    assert_eq!(
        limits.limits.max_input_bytes,
        Limits::default().max_input_bytes
    );
}

#[wasm_bindgen_test]
fn a_value_of_the_wrong_kind_is_named_with_its_path() {
    let message = |result: Result<Checker, wasm_bindgen::JsError>| {
        error_message(result.err().unwrap().into())
    };
    let stage = message(Checker::new(json(r#"{"stage": "later"}"#)));
    assert!(stage.starts_with("cấu hình không hợp lệ"), "{stage}");
    assert!(
        stage.contains("`stage`") && stage.contains(r#""draft", "final""#),
        "{stage}"
    );
    let severity = message(Checker::new(json(r#"{"severity": {"SO004": "fatal"}}"#)));
    assert!(severity.contains("`severity.SO004`"), "{severity}");
    let limit = message(Checker::new(json(r#"{"limits": {"max_line_bytes": 1.5}}"#)));
    assert!(limit.contains("`limits.max_line_bytes`"), "{limit}");
    let not_object = message(Checker::new(json(r#"["final"]"#)));
    assert!(not_object.contains("phải là một đối tượng"), "{not_object}");

    let mut checker = Checker::new(JsValue::UNDEFINED).unwrap();
    let text = checker
        .check_blocks(json(r#"[{"text": "a"}, {"text": 1}]"#))
        .err()
        .unwrap();
    let text = error_message(text.into());
    assert!(text.contains("`[1].text` phải là một chuỗi"), "{text}");
    let not_array = checker
        .check_blocks(json(r#"{"text": "a"}"#))
        .err()
        .unwrap();
    assert!(error_message(not_array.into()).contains("phải là một mảng"));
    let no_edits = checker
        .select_edits(
            "a",
            json(r#"[{"code": "X", "fixes": [{"applicability": "safe"}]}]"#),
            JsValue::UNDEFINED,
        )
        .err()
        .unwrap();
    let no_edits = error_message(no_edits.into());
    assert!(
        no_edits.contains("thiếu trường `[0].fixes[0].edits`"),
        "{no_edits}"
    );
    // Findings come back with every field of a report: those not needed are ignored.
    let report = checker
        .check("CỘNG HÕA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n")
        .unwrap();
    assert!(checker
        .select_edits(
            "CỘNG HÕA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n",
            get(&report, "diagnostics"),
            JsValue::UNDEFINED
        )
        .is_ok());
}
