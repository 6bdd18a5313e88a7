//! thethuc for JavaScript: one `Checker` class. Reports are plain objects whose positions are
//! UTF-16 code units (how JavaScript indexes strings); every error is a JS `Error` with a message.

pub mod dto;
pub mod js_input;
#[cfg(test)]
mod typescript;

use dto::{apply_utf16_edits, report_dto, rule_infos, select_edits, DiagnosticIn};
use js_input::{FixOptions, FromJs};
use serde::Serialize;
use thethuc::{Block, Config, InputFormat, Session};
use wasm_bindgen::prelude::*;

#[wasm_bindgen(typescript_custom_section)]
const TS_TYPES: &str = include_str!("../types.d.ts");

/// What `fixAll` returns.
#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(test, derive(ts_rs::TS))]
struct FixAllResult {
    /// The text with every fix applied.
    text: String,
    /// How many fixes went in.
    applied: usize,
    /// The report of what remains.
    report: dto::ReportDto,
}

/// The engine, configured once (stage, language, rules), then used for many checks.
#[wasm_bindgen]
pub struct Checker {
    /// The configuration, and the reading of the last text's lines: the worker keeps one
    /// `Checker`, so a re-check after an edit reads again only the lines that changed.
    session: Session,
}

fn to_js<T: Serialize>(value: &T) -> Result<JsValue, JsError> {
    let serializer = serde_wasm_bindgen::Serializer::new().serialize_missing_as_null(true);
    value
        .serialize(&serializer)
        .map_err(|e| JsError::new(&format!("lỗi nội bộ khi trả kết quả (internal error): {e}")))
}

/// Reads what JavaScript handed in; `undefined` or `null` is the default. `what` opens the
/// message of the error (`cấu hình không hợp lệ (invalid config)`).
fn from_js<T: FromJs + Default>(value: &JsValue, what: &str) -> Result<T, JsError> {
    js_input::read(value).map_err(|bad| JsError::new(&bad.message(what)))
}

/// Reads a config object with the fields of `thethuc.toml` and checks its rule names.
pub fn parse_config(value: JsValue) -> Result<Config, JsError> {
    let config: Config = from_js(&value, "cấu hình không hợp lệ (invalid config)")?;
    let unknown = config.unknown_rule_patterns();
    if !unknown.is_empty() {
        return Err(JsError::new(&format!(
            "cấu hình không hợp lệ: không có quy tắc {} (invalid config: unknown rules)",
            unknown.join(", ")
        )));
    }
    Ok(config)
}

#[wasm_bindgen]
impl Checker {
    /// `new Checker({ stage: "final", lang: "en", ignore: ["MA"] })`; no argument: defaults.
    #[wasm_bindgen(constructor)]
    pub fn new(config: JsValue) -> Result<Checker, JsError> {
        Ok(Checker {
            session: Session::new(parse_config(config)?),
        })
    }

    /// Checks a plain text.
    #[wasm_bindgen(unchecked_return_type = "Report")]
    pub fn check(&mut self, text: &str) -> Result<JsValue, JsError> {
        let report = self.session.check(text);
        to_js(&report_dto(&report, self.settings().lang, &[]))
    }

    /// Checks paragraphs with their look (`[{ text, style: { bold, italic, fontFamily,
    /// fontSizePt, align } }]`). The text checked is the blocks joined by "\n"; positions are
    /// in that text, and `blockStarts` says where each block begins.
    #[wasm_bindgen(js_name = checkBlocks, unchecked_return_type = "Report")]
    pub fn check_blocks(
        &self,
        #[wasm_bindgen(unchecked_param_type = "Block[]")] blocks: JsValue,
    ) -> Result<JsValue, JsError> {
        let blocks: Vec<Block> = from_js(&blocks, "khối văn bản không hợp lệ (invalid blocks)")?;
        let report = thethuc::check_blocks(&blocks, self.settings());
        let starts = thethuc::block_starts(&blocks);
        to_js(&report_dto(&report, self.settings().lang, &starts))
    }

    /// Applies, in one pass, the first safe fix (or unsafe too, with `{ unsafe: true }`) of each
    /// given finding that overlaps no earlier one, as the library's `apply_fixes` does.
    #[wasm_bindgen(js_name = applyFixes)]
    pub fn apply_fixes(
        &self,
        text: &str,
        #[wasm_bindgen(unchecked_param_type = "Diagnostic[]")] diagnostics: JsValue,
        #[wasm_bindgen(unchecked_param_type = "FixOptions | undefined")] options: JsValue,
    ) -> Result<String, JsError> {
        let edits = self.select(text, diagnostics, options)?;
        apply_utf16_edits(text, &edits).map_err(|e| JsError::new(&e.to_string()))
    }

    /// The edits `applyFixes` would make, sorted (for editors that edit their own model).
    #[wasm_bindgen(js_name = selectEdits, unchecked_return_type = "Edit[]")]
    pub fn select_edits(
        &self,
        text: &str,
        #[wasm_bindgen(unchecked_param_type = "Diagnostic[]")] diagnostics: JsValue,
        #[wasm_bindgen(unchecked_param_type = "FixOptions | undefined")] options: JsValue,
    ) -> Result<JsValue, JsError> {
        to_js(&self.select(text, diagnostics, options)?)
    }

    /// Fixes until nothing changes, exactly as `thethuc check --fix` does; returns the new text,
    /// how many fixes went in, and the report of what remains.
    #[wasm_bindgen(js_name = fixAll, unchecked_return_type = "FixAllResult")]
    pub fn fix_all(
        &self,
        text: &str,
        #[wasm_bindgen(unchecked_param_type = "FixOptions | undefined")] options: JsValue,
    ) -> Result<JsValue, JsError> {
        let options: FixOptions = from_js(&options, "tùy chọn không hợp lệ (invalid options)")?;
        let outcome = thethuc::fix(
            text,
            InputFormat::Text,
            self.settings(),
            options.include_unsafe,
        );
        to_js(&FixAllResult {
            report: report_dto(&outcome.report, self.settings().lang, &[]),
            text: outcome.text,
            applied: outcome.applied,
        })
    }

    /// Every implemented rule, with its family in the checker's language. Its summary,
    /// explanation and examples are left empty (the .wasm holds no rule texts); the widget's
    /// `createChecker` fills them from explanations.json.
    #[wasm_bindgen(unchecked_return_type = "RuleInfo[]")]
    pub fn rules(&self) -> Result<JsValue, JsError> {
        to_js(&rule_infos(self.settings().lang))
    }

    /// The effective configuration, as a plain object.
    #[wasm_bindgen(getter, unchecked_return_type = "Config")]
    pub fn config(&self) -> Result<JsValue, JsError> {
        to_js(self.settings())
    }
}

impl Checker {
    fn settings(&self) -> &Config {
        self.session.config()
    }

    fn select(
        &self,
        text: &str,
        diagnostics: JsValue,
        options: JsValue,
    ) -> Result<Vec<thethuc::report_json::EditJson>, JsError> {
        let diagnostics: Vec<DiagnosticIn> = from_js(
            &diagnostics,
            "danh sách lỗi không hợp lệ (invalid diagnostics)",
        )?;
        let options: FixOptions = from_js(&options, "tùy chọn không hợp lệ (invalid options)")?;
        let len = text.encode_utf16().count();
        select_edits(&diagnostics, options.include_unsafe, len)
            .map_err(|e| JsError::new(&e.to_string()))
    }
}

/// The engine's version (`0.1.0`).
#[wasm_bindgen]
pub fn version() -> String {
    env!("CARGO_PKG_VERSION").to_owned()
}
