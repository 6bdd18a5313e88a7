//! A report's findings as JSON carries them: one set of serde types for every front end. The
//! CLI's `--format json` writes them with byte offsets and `snake_case` keys (its contract in the
//! README); the browser engine (`thethuc-wasm`) with UTF-16 offsets, `camelCase` keys and the
//! fields an editor's panel shows (family, explanation, related places).
//!
//! Every object's keys are written in alphabetical order, as the CLI's contract has always
//! printed them: the struct fields below are declared in that order.

use crate::diagnostic::{Applicability, Diagnostic, Lang, Severity};
use crate::input::source::Source;
use crate::rules::{by_code, family_of};
use serde::ser::{SerializeStruct, Serializer};
use serde::Serialize;

/// A range in the front end's unit (original bytes for the CLI, UTF-16 code units, which are
/// JavaScript's string indices, for an editor), end exclusive.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(rename = "Range"))]
pub struct RangeJson {
    /// Past the last unit of the range.
    pub end: u32,
    /// The first unit of the range.
    pub start: u32,
}

/// One replacement of a fix, in the front end's unit.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(rename = "Edit"))]
pub struct EditJson {
    /// Past the last unit replaced.
    pub end: u32,
    /// The text put in its place (empty: a deletion).
    pub replacement: String,
    /// The first unit replaced (`start == end`: an insertion).
    pub start: u32,
}

/// A fix: `safe` (applied by `--fix` and "Sửa tất cả") or `unsafe` (offered, to be reviewed).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(rename = "Fix"))]
pub struct FixJson {
    /// Whether the fix may be applied without review.
    pub applicability: Applicability,
    /// The replacements, in text order, none overlapping.
    pub edits: Vec<EditJson>,
    /// What the fix does, in the report's language.
    pub message: String,
}

/// How the keys of more than one word are spelt.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum KeyCase {
    /// `end_line`: the CLI's JSON contract.
    Snake,
    /// `endLine`: JavaScript's.
    Camel,
}

/// What an editor shows beside a finding and the CLI's JSON leaves out.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(rename_all = "camelCase"))]
pub struct EditorFields {
    /// Why the rule exists and what it accepts. Empty in a build without the `docs` feature:
    /// the browser engine, which stays small that way; `createChecker` (thethuc.js) fills it
    /// in from explanations.json.
    pub explanation: &'static str,
    /// The rule's family (`QH`).
    pub family: &'static str,
    /// The component the family speaks of (`Quốc hiệu và Tiêu ngữ`), in the report's language.
    pub family_label: &'static str,
    /// Other places the finding speaks of.
    pub related: Vec<RangeJson>,
}

/// One finding, as the CLI's JSON and an editor (`Diagnostic` in TypeScript) get it. Lines and
/// columns are 1-based, columns counted in characters (code points) of the text as given;
/// `start`, `end` and the edits are in the front end's unit: original bytes for the CLI, UTF-16
/// code units for an editor.
#[derive(Debug, Clone, PartialEq, Eq)]
// TypeScript knows the editor form only (`Diagnostic`): `camelCase` keys and the editor's
// fields. `optional_fields` turns `editor` into its inner type, which `flatten` then spreads.
// The keys are written by hand below; thethuc-wasm's tests compare them with the declaration.
#[cfg_attr(
    feature = "ts",
    derive(ts_rs::TS),
    ts(rename = "Diagnostic", rename_all = "camelCase", optional_fields)
)]
pub struct FindingJson {
    /// The rule's stable code (`QH002`).
    pub code: &'static str,
    /// The rule's name (`national-title-wording`).
    pub name: &'static str,
    /// Error, warning or note, after the configuration's overrides.
    pub severity: Severity,
    /// What is wrong, in the report's language.
    pub message: String,
    /// Where in Nghị định 30/2020/NĐ-CP (`PL-I II.1`).
    pub locator: &'static str,
    /// Where the finding's range starts, in the front end's unit.
    pub start: u32,
    /// Where it ends (exclusive), in the front end's unit.
    pub end: u32,
    /// The 1-based line of its start.
    pub line: u32,
    /// The 1-based column of its start, in characters (code points).
    pub column: u32,
    /// The 1-based line of its end.
    pub end_line: u32,
    /// The 1-based column of its end, in characters.
    pub end_column: u32,
    /// The fixes offered, safe ones first as the rule gives them. An editor's form leaves out
    /// the fixes that change the look (which need the .docx writer).
    pub fixes: Vec<FixJson>,
    /// Written only when present (the browser engine's findings).
    #[cfg_attr(feature = "ts", ts(flatten))]
    pub editor: Option<EditorFields>,
    /// How keys of more than one word are spelt when serialised.
    #[cfg_attr(feature = "ts", ts(skip))]
    pub keys: KeyCase,
}

impl FindingJson {
    /// A finding as the CLI's JSON writes it: byte offsets in the text as given, every fix.
    pub fn for_cli(d: &Diagnostic, source: &Source, lang: Lang) -> Self {
        Self::new(d, source, lang, &|byte| byte, |_| true, KeyCase::Snake)
    }

    /// A finding for an editor: offsets mapped by `position` (an original byte offset to the
    /// editor's unit), with the family, the explanation and the related places; fixes that
    /// change the look (which need the .docx writer) are left out.
    pub fn for_editor(
        d: &Diagnostic,
        source: &Source,
        lang: Lang,
        position: &dyn Fn(u32) -> u32,
    ) -> Self {
        let mut finding = Self::new(
            d,
            source,
            lang,
            position,
            |f| f.format.is_empty(),
            KeyCase::Camel,
        );
        let family = family_of(d.code);
        let pick = |vi: &'static str, en: &'static str| match lang {
            Lang::Vi => vi,
            Lang::En => en,
        };
        finding.editor = Some(EditorFields {
            explanation: by_code(d.code).map_or("", |r| pick(r.docs_vi, r.docs_en)),
            family: family.map_or("", |f| f.prefix),
            family_label: family.map_or("", |f| pick(f.vi, f.en)),
            related: d
                .related
                .iter()
                .map(|&span| {
                    let (start, end) = source.original_range(span);
                    RangeJson {
                        start: position(start),
                        end: position(end),
                    }
                })
                .collect(),
        });
        finding
    }

    fn new(
        d: &Diagnostic,
        source: &Source,
        lang: Lang,
        position: &dyn Fn(u32) -> u32,
        keep_fix: impl Fn(&crate::diagnostic::Fix) -> bool,
        keys: KeyCase,
    ) -> Self {
        let place = source.place(d.span);
        FindingJson {
            code: d.code,
            name: d.name,
            severity: d.severity,
            message: d.message.get(lang).to_owned(),
            locator: d.locator,
            start: position(place.start),
            end: position(place.end),
            line: place.line,
            column: place.column,
            end_line: place.end_line,
            end_column: place.end_column,
            fixes: d
                .fixes
                .iter()
                .filter(|f| keep_fix(f))
                .map(|f| FixJson {
                    applicability: f.applicability,
                    message: f.message.get(lang).to_owned(),
                    edits: f
                        .edits
                        .iter()
                        .map(|e| {
                            let (start, end) = source.original_range(e.span);
                            EditJson {
                                start: position(start),
                                end: position(end),
                                replacement: e.replacement.clone(),
                            }
                        })
                        .collect(),
                })
                .collect(),
            editor: None,
            keys,
        }
    }
}

impl Serialize for FindingJson {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let camel = self.keys == KeyCase::Camel;
        let key =
            |snake: &'static str, camel_key: &'static str| if camel { camel_key } else { snake };
        let fields = if self.editor.is_some() { 16 } else { 12 };
        let mut s = serializer.serialize_struct("Finding", fields)?;
        s.serialize_field("code", self.code)?;
        s.serialize_field("column", &self.column)?;
        s.serialize_field("end", &self.end)?;
        s.serialize_field(key("end_column", "endColumn"), &self.end_column)?;
        s.serialize_field(key("end_line", "endLine"), &self.end_line)?;
        if let Some(editor) = &self.editor {
            s.serialize_field("explanation", editor.explanation)?;
            s.serialize_field("family", editor.family)?;
            s.serialize_field(key("family_label", "familyLabel"), editor.family_label)?;
        }
        s.serialize_field("fixes", &self.fixes)?;
        s.serialize_field("line", &self.line)?;
        s.serialize_field("locator", self.locator)?;
        s.serialize_field("message", &self.message)?;
        s.serialize_field("name", self.name)?;
        if let Some(editor) = &self.editor {
            s.serialize_field("related", &editor.related)?;
        }
        s.serialize_field("severity", &self.severity)?;
        s.serialize_field("start", &self.start)?;
        s.end()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{check_str, Config};

    fn finding(code: &str, text: &str) -> (crate::Report, usize) {
        let report = check_str(text, &Config::default());
        let at = report
            .diagnostics
            .iter()
            .position(|d| d.code == code)
            .unwrap_or_else(|| panic!("{code} on {text:?}"));
        (report, at)
    }

    #[test]
    fn the_cli_form_has_snake_case_keys_in_alphabetical_order_and_byte_offsets() {
        let text = "😀\nCỘNG HÕA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n";
        let (report, at) = finding("QH002", text);
        let json = FindingJson::for_cli(&report.diagnostics[at], &report.source, Lang::Vi);
        let value = serde_json::to_value(&json).unwrap();
        let keys: Vec<&str> = value
            .as_object()
            .unwrap()
            .keys()
            .map(String::as_str)
            .collect();
        let mut sorted = keys.clone();
        sorted.sort_unstable();
        assert_eq!(keys, sorted);
        assert_eq!(keys.len(), 12);
        assert!(keys.contains(&"end_line") && !keys.contains(&"family"));
        // The emoji is four bytes, then the line break.
        assert_eq!(value["start"], 5);
        assert_eq!(value["line"], 2);
        assert_eq!(value["fixes"][0]["applicability"], "safe");
    }

    #[test]
    fn the_editor_form_has_camel_case_keys_mapped_offsets_and_the_family() {
        let text = "😀\nCỘNG HÕA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n";
        let (report, at) = finding("QH002", text);
        let utf16 = |byte: u32| text[..byte as usize].encode_utf16().count() as u32;
        let json =
            FindingJson::for_editor(&report.diagnostics[at], &report.source, Lang::En, &utf16);
        let value = serde_json::to_value(&json).unwrap();
        assert_eq!(value["start"], 3);
        assert_eq!(value["endLine"], 2);
        assert_eq!(value["familyLabel"], "National title and motto");
        assert_eq!(value["family"], "QH");
        assert!(value.get("end_line").is_none());
        assert!(value["related"].is_array());
    }
}
