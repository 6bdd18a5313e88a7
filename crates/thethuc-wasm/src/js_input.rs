//! Reads what JavaScript hands in (config, blocks, findings, options) straight from the JS
//! values, field by field. serde's deserialiser is not used here on purpose: its type errors
//! name the value found (`Unexpected::Float`), which links the float formatting of `core::fmt`
//! (about 10 KB of the gzipped .wasm) for an error message nobody needs.
//!
//! The shapes are those of `types.d.ts`: `undefined` is a missing field (its default), `null`
//! is accepted where a field is optional, and an unknown field of a config, a block or the
//! options is an error naming its path (`[1].style.bolt`), as a typo should be.

use crate::dto::DiagnosticIn;
use js_sys::{Array, Object, Reflect};
use std::collections::BTreeMap;
use thethuc::report_json::{EditJson, FixJson};
use thethuc::{
    Align, Applicability, Block, BlockStyle, Config, Lang, Profile, RunStyle, Severity, Stage,
    TonePolicy,
};
use thethuc::{Limits, Organisation};
use wasm_bindgen::{JsCast, JsValue};

/// The keys JavaScript may hand in, per object; any other key is an error. The TypeScript types
/// declare the same (`typescript.rs` tests it).
pub mod fields {
    pub const CONFIG: &[&str] = &[
        "stage",
        "profile",
        "lang",
        "select",
        "ignore",
        "severity",
        "organisation",
        "tone_marks",
        "limits",
    ];
    pub const ORGANISATION: &[&str] = &["names", "abbreviations", "place"];
    pub const LIMITS: &[&str] = &[
        "max_input_bytes",
        "max_line_bytes",
        "max_grammar_calls",
        "max_findings_per_rule",
    ];
    pub const BLOCK: &[&str] = &["text", "style", "runs", "section", "inTable"];
    pub const BLOCK_STYLE: &[&str] = &[
        "bold",
        "italic",
        "fontFamily",
        "fontSizePt",
        "align",
        "firstLineIndentMm",
        "spaceBeforePt",
        "spaceAfterPt",
        "lineSpacing",
        "lineHeightPt",
        "ruleLines",
    ];
    pub const RUN_STYLE: &[&str] = &[
        "start",
        "end",
        "bold",
        "italic",
        "fontFamily",
        "fontSizePt",
        "color",
    ];
    pub const FIX_OPTIONS: &[&str] = &["unsafe"];
}

/// Where a value sits in what was handed in; rendered (`[1].style.bold`) only for an error.
#[derive(Clone, Copy)]
pub struct At<'a> {
    parent: Option<&'a At<'a>>,
    step: Step<'a>,
}

#[derive(Clone, Copy)]
enum Step<'a> {
    Root,
    Key(&'a str),
    Index(u32),
}

impl<'a> At<'a> {
    pub const ROOT: At<'static> = At {
        parent: None,
        step: Step::Root,
    };

    fn key(&'a self, key: &'a str) -> At<'a> {
        At {
            parent: Some(self),
            step: Step::Key(key),
        }
    }

    fn index(&'a self, index: u32) -> At<'a> {
        At {
            parent: Some(self),
            step: Step::Index(index),
        }
    }

    fn render(&self) -> String {
        let mut out = self.parent.map(At::render).unwrap_or_default();
        match self.step {
            Step::Root => {}
            Step::Key(key) if out.is_empty() => out.push_str(key),
            Step::Key(key) => {
                out.push('.');
                out.push_str(key);
            }
            Step::Index(i) => {
                out.push('[');
                out.push_str(&i.to_string());
                out.push(']');
            }
        }
        out
    }

    fn bad(&self, problem: Problem) -> BadInput {
        BadInput {
            path: self.render(),
            problem,
        }
    }
}

/// What is wrong with one value handed in.
#[derive(Debug, PartialEq)]
enum Problem {
    Unknown,
    Missing,
    /// What it must be, in Vietnamese and in English (`một chuỗi`, `a string`).
    Expected(&'static str, &'static str),
    /// The words it must be one of, quoted and joined (`"draft", "final"`).
    OneOf(String),
}

/// A value handed in that is not of the expected shape, with its path.
#[derive(Debug, PartialEq)]
pub struct BadInput {
    path: String,
    problem: Problem,
}

impl BadInput {
    /// The message of the JS `Error`: `what` says what was being read (`cấu hình không hợp lệ
    /// (invalid config)`), then the path and the problem in Vietnamese, then in English.
    pub fn message(&self, what: &str) -> String {
        let path = &self.path;
        match &self.problem {
            Problem::Unknown => {
                format!("{what}: không có trường `{path}` (unknown field `{path}`)")
            }
            Problem::Missing => format!("{what}: thiếu trường `{path}` (missing field `{path}`)"),
            Problem::Expected(vi, en) if path.is_empty() => {
                format!("{what}: phải là {vi} (must be {en})")
            }
            Problem::Expected(vi, en) => {
                format!("{what}: `{path}` phải là {vi} (`{path}` must be {en})")
            }
            Problem::OneOf(words) => {
                format!(
                    "{what}: `{path}` phải là một trong {words} (`{path}` must be one of {words})"
                )
            }
        }
    }
}

pub type Read<T> = Result<T, BadInput>;

/// A type read from a JS value that is present (not `undefined`).
pub trait FromJs: Sized {
    fn from_js(value: &JsValue, at: &At) -> Read<Self>;
}

/// Reads the whole value handed in; `undefined` or `null`: the default.
pub fn read<T: FromJs + Default>(value: &JsValue) -> Read<T> {
    if value.is_undefined() || value.is_null() {
        return Ok(T::default());
    }
    T::from_js(value, &At::ROOT)
}

/// A plain object (not an array), whose keys must all be in `known` when that is given.
fn object(value: &JsValue, at: &At, known: Option<&[&str]>) -> Read<Object> {
    if !value.is_object() || Array::is_array(value) {
        return Err(at.bad(Problem::Expected("một đối tượng", "an object")));
    }
    let object = Object::from(value.clone());
    if let Some(known) = known {
        for key in Object::keys(&object).iter() {
            let key = key.as_string().unwrap_or_default();
            if !known.contains(&key.as_str()) {
                return Err(at.key(&key).bad(Problem::Unknown));
            }
        }
    }
    Ok(object)
}

fn get(object: &Object, key: &str) -> JsValue {
    Reflect::get(object, &JsValue::from_str(key)).unwrap_or(JsValue::UNDEFINED)
}

/// A field that may be left out (`undefined`): its default then.
fn field<T: FromJs + Default>(object: &Object, key: &str, at: &At) -> Read<T> {
    let value = get(object, key);
    if value.is_undefined() {
        return Ok(T::default());
    }
    T::from_js(&value, &at.key(key))
}

/// A field that must be there.
fn required<T: FromJs>(object: &Object, key: &str, at: &At) -> Read<T> {
    let value = get(object, key);
    if value.is_undefined() {
        return Err(at.key(key).bad(Problem::Missing));
    }
    T::from_js(&value, &at.key(key))
}

/// One of a few words (an enum written as its name).
fn one_of<T: Copy>(value: &JsValue, at: &At, words: &[(&str, T)]) -> Read<T> {
    let found = value.as_string();
    words
        .iter()
        .find(|(word, _)| found.as_deref() == Some(*word))
        .map(|&(_, v)| v)
        .ok_or_else(|| {
            let list: Vec<String> = words.iter().map(|(w, _)| format!("\"{w}\"")).collect();
            at.bad(Problem::OneOf(list.join(", ")))
        })
}

impl FromJs for bool {
    fn from_js(value: &JsValue, at: &At) -> Read<Self> {
        value
            .as_bool()
            .ok_or_else(|| at.bad(Problem::Expected("true hoặc false", "true or false")))
    }
}

impl FromJs for String {
    fn from_js(value: &JsValue, at: &At) -> Read<Self> {
        value
            .as_string()
            .ok_or_else(|| at.bad(Problem::Expected("một chuỗi", "a string")))
    }
}

/// A whole number from 0 to `max` (a JS number, or a BigInt).
fn whole_number(value: &JsValue, at: &At, max: u64) -> Read<u64> {
    let number = match value.as_f64() {
        Some(n) if n.fract() == 0.0 && (0.0..=max as f64).contains(&n) => Some(n as u64),
        Some(_) => None,
        None if value.is_bigint() => u64::try_from(value.clone()).ok().filter(|&n| n <= max),
        None => None,
    };
    number.ok_or_else(|| {
        at.bad(Problem::Expected(
            "một số nguyên không âm vừa cỡ",
            "a non-negative whole number in range",
        ))
    })
}

impl FromJs for u32 {
    fn from_js(value: &JsValue, at: &At) -> Read<Self> {
        whole_number(value, at, u32::MAX.into()).map(|n| n as u32)
    }
}

impl FromJs for usize {
    fn from_js(value: &JsValue, at: &At) -> Read<Self> {
        // JavaScript numbers are exact up to 2^53 - 1.
        let max = (usize::MAX as u64).min((1 << 53) - 1);
        whole_number(value, at, max).map(|n| n as usize)
    }
}

impl FromJs for f32 {
    fn from_js(value: &JsValue, at: &At) -> Read<Self> {
        value
            .as_f64()
            .map(|n| n as f32)
            .ok_or_else(|| at.bad(Problem::Expected("một số", "a number")))
    }
}

/// `null` and `undefined` are `None`.
impl<T: FromJs> FromJs for Option<T> {
    fn from_js(value: &JsValue, at: &At) -> Read<Self> {
        if value.is_undefined() || value.is_null() {
            return Ok(None);
        }
        T::from_js(value, at).map(Some)
    }
}

/// An array, or another iterable object (a `Set`).
impl<T: FromJs> FromJs for Vec<T> {
    fn from_js(value: &JsValue, at: &At) -> Read<Self> {
        let items: Array = if Array::is_array(value) {
            value.clone().unchecked_into()
        } else if value.is_object() && matches!(js_sys::try_iter(value), Ok(Some(_))) {
            Array::from(value)
        } else {
            return Err(at.bad(Problem::Expected("một mảng", "an array")));
        };
        // A loop, not `collect::<Result<Vec<_>, _>>()`, whose adapter (`GenericShunt`) wrapped
        // the reading of each item type (3.6 KB more wasm). No capacity from `length`: a sparse
        // array may claim billions of items and fails at its first.
        let mut out = Vec::new();
        for i in 0..items.length() {
            out.push(T::from_js(&items.get(i), &at.index(i))?);
        }
        Ok(out)
    }
}

/// A plain object (or a `Map`) with string keys.
impl<T: FromJs> FromJs for BTreeMap<String, T> {
    fn from_js(value: &JsValue, at: &At) -> Read<Self> {
        let mut out = BTreeMap::new();
        if let Some(map) = value.dyn_ref::<js_sys::Map>() {
            for entry in map.entries().into_iter() {
                let entry: Array = entry.unwrap_or(JsValue::UNDEFINED).unchecked_into();
                let key = String::from_js(&entry.get(0), at)?;
                let item = T::from_js(&entry.get(1), &at.key(&key))?;
                out.insert(key, item);
            }
            return Ok(out);
        }
        let object = object(value, at, None)?;
        for key in Object::keys(&object).iter() {
            let key = key.as_string().unwrap_or_default();
            let item = T::from_js(&get(&object, &key), &at.key(&key))?;
            out.insert(key, item);
        }
        Ok(out)
    }
}

impl FromJs for Severity {
    fn from_js(value: &JsValue, at: &At) -> Read<Self> {
        one_of(
            value,
            at,
            &[
                ("error", Severity::Error),
                ("warning", Severity::Warning),
                ("info", Severity::Info),
            ],
        )
    }
}

impl FromJs for Stage {
    fn from_js(value: &JsValue, at: &At) -> Read<Self> {
        one_of(
            value,
            at,
            &[("draft", Stage::Draft), ("final", Stage::Final)],
        )
    }
}

impl FromJs for Profile {
    fn from_js(value: &JsValue, at: &At) -> Read<Self> {
        one_of(
            value,
            at,
            &[
                ("auto", Profile::Auto),
                ("nd30", Profile::Nd30),
                ("party", Profile::Party),
                ("qppl", Profile::Qppl),
            ],
        )
    }
}

impl FromJs for Lang {
    fn from_js(value: &JsValue, at: &At) -> Read<Self> {
        one_of(value, at, &[("vi", Lang::Vi), ("en", Lang::En)])
    }
}

impl FromJs for TonePolicy {
    fn from_js(value: &JsValue, at: &At) -> Read<Self> {
        one_of(
            value,
            at,
            &[
                ("consistent", TonePolicy::Consistent),
                ("new", TonePolicy::New),
                ("old", TonePolicy::Old),
            ],
        )
    }
}

impl FromJs for Align {
    fn from_js(value: &JsValue, at: &At) -> Read<Self> {
        one_of(
            value,
            at,
            &[
                ("left", Align::Left),
                ("center", Align::Center),
                ("right", Align::Right),
                ("justify", Align::Justify),
            ],
        )
    }
}

/// The fields of `thethuc.toml`.
impl FromJs for Config {
    fn from_js(value: &JsValue, at: &At) -> Read<Self> {
        let o = object(value, at, Some(fields::CONFIG))?;
        Ok(Config {
            stage: field(&o, "stage", at)?,
            profile: field(&o, "profile", at)?,
            lang: field(&o, "lang", at)?,
            select: field(&o, "select", at)?,
            ignore: field(&o, "ignore", at)?,
            severity: field(&o, "severity", at)?,
            organisation: field(&o, "organisation", at)?,
            tone_marks: field(&o, "tone_marks", at)?,
            limits: field(&o, "limits", at)?,
        })
    }
}

impl FromJs for Organisation {
    fn from_js(value: &JsValue, at: &At) -> Read<Self> {
        let o = object(value, at, Some(fields::ORGANISATION))?;
        Ok(Organisation {
            names: field(&o, "names", at)?,
            abbreviations: field(&o, "abbreviations", at)?,
            place: field(&o, "place", at)?,
        })
    }
}

impl FromJs for Limits {
    fn from_js(value: &JsValue, at: &At) -> Read<Self> {
        let o = object(value, at, Some(fields::LIMITS))?;
        // A limit left out keeps its default, not zero.
        let default = Limits::default();
        let limit = |key: &str, default: usize| -> Read<usize> {
            Ok(field::<Option<usize>>(&o, key, at)?.unwrap_or(default))
        };
        Ok(Limits {
            max_input_bytes: limit("max_input_bytes", default.max_input_bytes)?,
            max_line_bytes: limit("max_line_bytes", default.max_line_bytes)?,
            max_grammar_calls: limit("max_grammar_calls", default.max_grammar_calls)?,
            max_findings_per_rule: limit("max_findings_per_rule", default.max_findings_per_rule)?,
        })
    }
}

impl FromJs for Block {
    fn from_js(value: &JsValue, at: &At) -> Read<Self> {
        let o = object(value, at, Some(fields::BLOCK))?;
        Ok(Block {
            text: field(&o, "text", at)?,
            style: field(&o, "style", at)?,
            runs: field(&o, "runs", at)?,
            section: field(&o, "section", at)?,
            in_table: field(&o, "inTable", at)?,
        })
    }
}

impl FromJs for BlockStyle {
    fn from_js(value: &JsValue, at: &At) -> Read<Self> {
        let o = object(value, at, Some(fields::BLOCK_STYLE))?;
        Ok(BlockStyle {
            bold: field(&o, "bold", at)?,
            italic: field(&o, "italic", at)?,
            font_family: field(&o, "fontFamily", at)?,
            font_size_pt: field(&o, "fontSizePt", at)?,
            align: field(&o, "align", at)?,
            first_line_indent_mm: field(&o, "firstLineIndentMm", at)?,
            space_before_pt: field(&o, "spaceBeforePt", at)?,
            space_after_pt: field(&o, "spaceAfterPt", at)?,
            line_spacing: field(&o, "lineSpacing", at)?,
            line_height_pt: field(&o, "lineHeightPt", at)?,
            rule_lines: field(&o, "ruleLines", at)?,
        })
    }
}

impl FromJs for RunStyle {
    fn from_js(value: &JsValue, at: &At) -> Read<Self> {
        let o = object(value, at, Some(fields::RUN_STYLE))?;
        Ok(RunStyle {
            start: field(&o, "start", at)?,
            end: field(&o, "end", at)?,
            bold: field(&o, "bold", at)?,
            italic: field(&o, "italic", at)?,
            font_family: field(&o, "fontFamily", at)?,
            font_size_pt: field(&o, "fontSizePt", at)?,
            color: field(&o, "color", at)?,
        })
    }
}

/// A finding handed back from a report: only its fixes are read, other fields are ignored.
impl FromJs for DiagnosticIn {
    fn from_js(value: &JsValue, at: &At) -> Read<Self> {
        let o = object(value, at, None)?;
        Ok(DiagnosticIn {
            fixes: field(&o, "fixes", at)?,
        })
    }
}

impl FromJs for Applicability {
    fn from_js(value: &JsValue, at: &At) -> Read<Self> {
        one_of(
            value,
            at,
            &[
                ("safe", Applicability::Safe),
                ("unsafe", Applicability::Unsafe),
            ],
        )
    }
}

impl FromJs for FixJson {
    fn from_js(value: &JsValue, at: &At) -> Read<Self> {
        let o = object(value, at, None)?;
        Ok(FixJson {
            applicability: required(&o, "applicability", at)?,
            message: field(&o, "message", at)?,
            edits: required(&o, "edits", at)?,
        })
    }
}

impl FromJs for EditJson {
    fn from_js(value: &JsValue, at: &At) -> Read<Self> {
        let o = object(value, at, None)?;
        Ok(EditJson {
            start: required(&o, "start", at)?,
            end: required(&o, "end", at)?,
            replacement: required(&o, "replacement", at)?,
        })
    }
}

/// How fixes are applied.
#[derive(Debug, Default)]
#[cfg_attr(test, derive(serde::Serialize, ts_rs::TS), ts(rename = "FixOptions"))]
pub struct FixOptions {
    /// Also apply the fixes marked for review (`unsafe`).
    #[cfg_attr(test, serde(rename = "unsafe"), ts(as = "Option<bool>", optional))]
    pub include_unsafe: bool,
}

impl FromJs for FixOptions {
    fn from_js(value: &JsValue, at: &At) -> Read<Self> {
        let o = object(value, at, Some(fields::FIX_OPTIONS))?;
        Ok(FixOptions {
            include_unsafe: field(&o, "unsafe", at)?,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_are_rendered_as_javascript_writes_them() {
        let root = At::ROOT;
        let block = root.index(1);
        let style = block.key("style");
        assert_eq!(style.key("bolt").render(), "[1].style.bolt");
        let limits = root.key("limits");
        assert_eq!(
            limits.key("max_input_byte").render(),
            "limits.max_input_byte"
        );
        assert_eq!(root.render(), "");
    }

    #[test]
    fn messages_name_the_path_in_vietnamese_then_english() {
        let what = "cấu hình không hợp lệ (invalid config)";
        let stage = At::ROOT
            .key("stage")
            .bad(Problem::OneOf("\"draft\", \"final\"".into()));
        assert_eq!(
            stage.message(what),
            "cấu hình không hợp lệ (invalid config): `stage` phải là một trong \"draft\", \
             \"final\" (`stage` must be one of \"draft\", \"final\")"
        );
        let root = At::ROOT.bad(Problem::Expected("một mảng", "an array"));
        assert_eq!(root.message("x"), "x: phải là một mảng (must be an array)");
        let unknown = At::ROOT.key("stagee").bad(Problem::Unknown);
        assert_eq!(
            unknown.message("x"),
            "x: không có trường `stagee` (unknown field `stagee`)"
        );
    }
}
