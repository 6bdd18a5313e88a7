//! The TypeScript types of what crosses between JavaScript and the engine, generated with ts-rs
//! into `types.d.ts` (which wasm-bindgen copies into `thethuc_wasm.d.ts`). Built for tests only,
//! so ts-rs never reaches the .wasm.
//!
//! The crate's own types (`Report`, `RuleInfo`, `FixAllResult`, `FixOptions`) derive `TS`
//! themselves. The library's types (`Config`, `Block`, `Severity`, the editor's findings…) live
//! in `thethuc`, which does not depend on ts-rs, so each has a twin here with the same serde
//! shape; the tests below prove every twin serialises exactly as its original, and an `enum`
//! twin converts from its original with an exhaustive `match`, so a new variant stops the build.
//!
//! `UPDATE_TYPES=1 cargo test -p thethuc-wasm --lib typescript` rewrites `types.d.ts`; without
//! it, the test fails when the checked-in file is not what these types generate.

use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use ts_rs::TS;

/// An `enum` twin: the same variants and serde attributes, conversions both ways.
macro_rules! twin_enum {
    ($(#[$attr:meta])* $twin:ident of $real:path {
        $($(#[$vattr:meta])* $variant:ident),+ $(,)?
    }) => {
        #[derive(TS, Serialize, Deserialize, Debug, Clone, Copy, PartialEq, Eq)]
        $(#[$attr])*
        pub enum $twin {
            $($(#[$vattr])* $variant),+
        }

        impl $twin {
            pub const ALL: &[Self] = &[$(Self::$variant),+];

            pub fn original(self) -> $real {
                type Original = $real;
                match self {
                    $(Self::$variant => Original::$variant),+
                }
            }

            pub fn of(original: $real) -> Self {
                type Original = $real;
                match original {
                    $(Original::$variant => Self::$variant),+
                }
            }
        }
    };
}

twin_enum! {
    /// How serious a finding is: `error` (lỗi), `warning` (cảnh báo), `info` (lưu ý).
    #[serde(rename_all = "lowercase")]
    #[ts(rename = "Severity")]
    SeverityTs of thethuc::Severity {
        /// Worth a look; not a defect (a draft's blank number).
        Info,
        /// Probably a defect.
        Warning,
        /// A defect against the decree.
        Error,
    }
}

twin_enum! {
    /// Where the document stands: a draft may leave the number and the day blank.
    #[serde(rename_all = "lowercase")]
    #[ts(rename = "Stage")]
    StageTs of thethuc::Stage {
        /// A draft (the default): a blank number or day is a note.
        Draft,
        /// About to be issued: a blank number or day is an error.
        Final,
    }
}

twin_enum! {
    /// The language of the messages: Vietnamese (the default) or English.
    #[serde(rename_all = "lowercase")]
    #[ts(rename = "Lang")]
    LangTs of thethuc::Lang { Vi, En }
}

twin_enum! {
    /// Tone placement for `hoà`/`hòa`, `thuỷ`/`thủy` (MA003).
    #[serde(rename_all = "lowercase")]
    #[ts(rename = "TonePolicy")]
    TonePolicyTs of thethuc::TonePolicy {
        /// Either style, as long as one document does not mix them (the default).
        Consistent,
        /// Only the new placement (`hòa`, `thủy`), as in the decree's own text.
        New,
        /// Only the old placement (`hoà`, `thuỷ`).
        Old,
    }
}

twin_enum! {
    /// Horizontal alignment of a paragraph.
    #[serde(rename_all = "lowercase")]
    #[ts(rename = "Align")]
    AlignTs of thethuc::Align { Left, Center, Right, Justify }
}

twin_enum! {
    /// `safe`: mechanical, applied by "Sửa tất cả" and `fixAll`; `unsafe`: offered, to be reviewed.
    #[serde(rename_all = "lowercase")]
    #[ts(rename = "Applicability")]
    ApplicabilityTs of thethuc::Applicability { Safe, Unsafe }
}

twin_enum! {
    /// Whether a rule offers a fix.
    #[serde(rename_all = "snake_case")]
    #[ts(rename = "FixAvailability")]
    FixAvailabilityTs of thethuc::rules::FixAvailability {
        /// No fix.
        None,
        /// A safe fix for every finding.
        Safe,
        /// An unsafe fix (applied only on request) for every finding.
        Unsafe,
        /// Safe for some findings, none for others.
        SafeSometimes,
        /// Unsafe for some findings, none for others.
        UnsafeSometimes,
    }
}

twin_enum! {
    /// What a rule needs to see.
    #[serde(rename_all = "snake_case")]
    #[ts(rename = "Needs")]
    NeedsTs of thethuc::rules::Needs {
        /// The text alone.
        Text,
        /// Fonts, sizes, bold/italic, paragraph layout: a .docx or an editor's styles.
        Formatting,
        /// Bold and italic only: a styled input, or Markdown that marks them.
        Emphasis,
        /// Paper, margins, headers: a .docx.
        Page,
    }
}

/// The fields of `thethuc.toml`. Every field is optional; a field left out keeps its default.
#[derive(TS, Serialize, Deserialize, Debug, Default, PartialEq)]
#[serde(deny_unknown_fields)]
#[ts(rename = "Config", optional_fields)]
pub struct ConfigTs {
    /// `draft` (the default): a blank number or day is a note; `final`: it is an error.
    pub stage: Option<StageTs>,
    /// The language of the messages: `vi` (the default) or `en`.
    pub lang: Option<LangTs>,
    /// Codes (`SO004`), families (`SO`) or names (`so-format`); empty: every default rule.
    pub select: Option<Vec<String>>,
    /// Same forms as `select`; wins over it.
    pub ignore: Option<Vec<String>>,
    /// Per-rule severity, by code or name.
    pub severity: Option<BTreeMap<String, SeverityTs>>,
    /// The issuing organisation's own names, which some rules compare the document with.
    pub organisation: Option<OrganisationTs>,
    /// Tone placement for `hoà`/`hòa`: `consistent` (the default), `new`, `old`.
    pub tone_marks: Option<TonePolicyTs>,
    /// Bounds on the work one check may do.
    pub limits: Option<LimitsTs>,
}

/// The issuing organisation's own names.
#[derive(TS, Serialize, Deserialize, Debug, Default, PartialEq)]
#[serde(deny_unknown_fields)]
#[ts(rename = "Organisation")]
pub struct OrganisationTs {
    /// Issuer names as written in the header, in capitals (`SỞ CÔNG THƯƠNG`).
    #[ts(optional)]
    pub names: Option<Vec<String>>,
    /// Abbreviations the organisation uses in its ký hiệu (`SCT`).
    #[ts(optional)]
    pub abbreviations: Option<Vec<String>>,
    /// The place name of the date line (`Lào Cai`).
    #[ts(optional = nullable)]
    pub place: Option<String>,
}

/// Bounds that keep a check finite on any input; each one, when hit, is reported (DOC004).
#[derive(TS, Serialize, Deserialize, Debug, Default, PartialEq)]
#[serde(deny_unknown_fields)]
#[ts(rename = "Limits", optional_fields = nullable)]
pub struct LimitsTs {
    /// Largest text checked, in bytes.
    pub max_input_bytes: Option<usize>,
    /// Longer lines (bytes) are not read by the grammar: they stay plain paragraphs.
    pub max_line_bytes: Option<usize>,
    /// Steps the grammar may take on one line; 0: no limit.
    pub max_grammar_calls: Option<usize>,
    /// Findings of one rule in one document beyond this many are counted, not listed.
    pub max_findings_per_rule: Option<usize>,
}

/// A paragraph as the editor shows it. Every field is optional.
#[derive(TS, Serialize, Deserialize, Debug, Default, PartialEq)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
#[ts(rename = "Block", optional_fields)]
pub struct BlockTs {
    /// The paragraph's text, without its final line break.
    pub text: Option<String>,
    /// The paragraph's look.
    pub style: Option<BlockStyleTs>,
    /// Stretches with their own look (UTF-8 byte offsets in `text`). The TB rules need them.
    pub runs: Option<Vec<RunStyleTs>>,
    /// The section of the document the paragraph belongs to (0: the first).
    pub section: Option<u32>,
    /// The paragraph sits in a table cell.
    pub in_table: Option<bool>,
}

/// The look of a paragraph. `null` or left out: unknown.
#[derive(TS, Serialize, Deserialize, Debug, Default, PartialEq)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
#[ts(rename = "BlockStyle", optional_fields = nullable)]
pub struct BlockStyleTs {
    /// Bold.
    pub bold: Option<bool>,
    /// Italic.
    pub italic: Option<bool>,
    /// The first family of the font stack (`Times New Roman`).
    pub font_family: Option<String>,
    /// Font size in points.
    pub font_size_pt: Option<f32>,
    /// Horizontal alignment.
    pub align: Option<AlignTs>,
    /// Positive: first-line indent; negative: hanging indent.
    pub first_line_indent_mm: Option<f32>,
    /// Space before the paragraph, in points.
    pub space_before_pt: Option<f32>,
    /// Space after the paragraph, in points.
    pub space_after_pt: Option<f32>,
    /// Line spacing as a multiple of single (`1.0`, `1.5`), when set that way.
    pub line_spacing: Option<f32>,
    /// Line spacing as an exact or minimum height in points.
    pub line_height_pt: Option<f32>,
    /// How many horizontal rules are drawn with the paragraph (a line under a heading).
    pub rule_lines: Option<u32>,
}

/// The look of a stretch of a paragraph. `null` or left out: unknown.
#[derive(TS, Serialize, Deserialize, Debug, Default, PartialEq)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
#[ts(rename = "RunStyle", optional_fields = nullable)]
pub struct RunStyleTs {
    /// Start of the run, in UTF-8 bytes of the block's text.
    pub start: u32,
    /// End of the run (exclusive), in UTF-8 bytes of the block's text.
    pub end: u32,
    /// Bold.
    pub bold: Option<bool>,
    /// Italic.
    pub italic: Option<bool>,
    /// The first family of the font stack.
    pub font_family: Option<String>,
    /// Font size in points.
    pub font_size_pt: Option<f32>,
    /// `RRGGBB` or `auto`.
    pub color: Option<String>,
}

/// A range in UTF-16 code units (JavaScript string indices), end exclusive.
#[derive(TS, Serialize, Deserialize, Debug, PartialEq)]
#[serde(deny_unknown_fields)]
#[ts(rename = "Range")]
pub struct RangeTs {
    /// The first unit of the range.
    pub start: u32,
    /// Past the last unit of the range.
    pub end: u32,
}

/// One replacement of a fix, in UTF-16 code units.
#[derive(TS, Serialize, Deserialize, Debug, PartialEq)]
#[serde(deny_unknown_fields)]
#[ts(rename = "Edit")]
pub struct EditTs {
    /// The first unit replaced (`start == end`: an insertion).
    pub start: u32,
    /// Past the last unit replaced.
    pub end: u32,
    /// The text put in its place (empty: a deletion).
    pub replacement: String,
}

/// A fix of a finding.
#[derive(TS, Serialize, Deserialize, Debug, PartialEq)]
#[serde(deny_unknown_fields)]
#[ts(rename = "Fix")]
pub struct FixTs {
    /// Whether the fix may be applied without review.
    pub applicability: ApplicabilityTs,
    /// What the fix does, in the checker's language.
    pub message: String,
    /// The replacements, in text order, none overlapping.
    pub edits: Vec<EditTs>,
}

/// One finding (`thethuc::report_json::FindingJson` in its editor form, as `Report` lists it).
#[derive(TS, Serialize, Deserialize, Debug, PartialEq)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
#[ts(rename = "Diagnostic")]
pub struct DiagnosticTs {
    /// The rule's stable code (`QH002`).
    pub code: String,
    /// The rule's name (`national-title-wording`).
    pub name: String,
    /// After the configuration's overrides.
    pub severity: SeverityTs,
    /// What is wrong, in the checker's language.
    pub message: String,
    /// Where in Nghị định 30/2020/NĐ-CP (`PL-I II.1`).
    pub locator: String,
    /// Why the rule exists and what it accepts. Empty from the bare engine, which is built
    /// without the explanations to stay small; `createChecker` (thethuc.js) fills it in from
    /// explanations.json.
    pub explanation: String,
    /// The rule's family (`QH`).
    pub family: String,
    /// The component the family speaks of (`Quốc hiệu và Tiêu ngữ`).
    pub family_label: String,
    /// Where the finding starts, in UTF-16 code units of the text checked.
    pub start: u32,
    /// Where it ends (exclusive), in UTF-16 code units.
    pub end: u32,
    /// The 1-based line of its start.
    pub line: u32,
    /// The 1-based column of its start, in characters (code points), as the CLI counts them.
    pub column: u32,
    /// The 1-based line of its end.
    pub end_line: u32,
    /// The 1-based column of its end, in characters.
    pub end_column: u32,
    /// Other places the finding speaks of.
    pub related: Vec<RangeTs>,
    /// The fixes offered, safe ones first. Fixes that change the look (which need the .docx
    /// writer) are left out.
    pub fixes: Vec<FixTs>,
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
        for line in docs.unwrap_or_default().lines() {
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
        ConfigTs,
        StageTs,
        LangTs,
        TonePolicyTs,
        OrganisationTs,
        LimitsTs,
        BlockTs,
        BlockStyleTs,
        AlignTs,
        RunStyleTs,
        FixOptions,
        // What it gives back.
        ReportDto,
        DiagnosticTs,
        SeverityTs,
        RangeTs,
        FixTs,
        ApplicabilityTs,
        EditTs,
        crate::FixAllResult,
        RuleInfo,
        FixAvailabilityTs,
        NeedsTs,
    );
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::Value;
    use thethuc::report_json::FindingJson;
    use thethuc::{check_blocks, check_str, Config, Lang};

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

    fn json<T: Serialize>(value: &T) -> Value {
        serde_json::to_value(value).unwrap()
    }

    /// Reads `value` as the twin `T` (no unknown field, none missing) and writes it back: the
    /// twin has the original's shape when nothing is lost or changed.
    fn assert_same_shape<T: Serialize + for<'de> Deserialize<'de>>(value: &Value) {
        let twin: T = serde_json::from_value(value.clone())
            .unwrap_or_else(|e| panic!("{} cannot read {value}: {e}", std::any::type_name::<T>()));
        assert_eq!(&json(&twin), value, "{}", std::any::type_name::<T>());
    }

    #[test]
    fn the_enum_twins_serialise_as_their_originals() {
        macro_rules! same {
            ($($twin:ident),+) => {$(
                for &variant in $twin::ALL {
                    assert_eq!(json(&variant), json(&variant.original()), "{variant:?}");
                    assert_eq!($twin::of(variant.original()), variant);
                }
            )+};
        }
        same!(
            SeverityTs,
            StageTs,
            LangTs,
            TonePolicyTs,
            AlignTs,
            ApplicabilityTs,
            FixAvailabilityTs,
            NeedsTs
        );
    }

    /// A report whose findings carry every field: fixes with edits, related places.
    fn sample_findings() -> Vec<Value> {
        let text = "CỘNG HÕA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập -  Tự do - Hạnh phúc\n\
                    Số: 12/UBND\nHà Nội, ngày 5 tháng 5 năm 2026\nKẾ HOẠCH\nabc\n";
        let report = check_str(text, &Config::default());
        let dto = crate::dto::report_dto(&report, Lang::Vi, &[]);
        let value = json(&dto);
        value["diagnostics"].as_array().unwrap().clone()
    }

    #[test]
    fn the_diagnostic_twin_has_the_shape_of_an_editor_finding() {
        let findings = sample_findings();
        assert!(findings.len() > 3);
        assert!(findings
            .iter()
            .any(|f| !f["fixes"].as_array().unwrap().is_empty()));
        for finding in &findings {
            assert_same_shape::<DiagnosticTs>(finding);
        }
        // The CLI's form of the same finding is not the editor's (snake_case, no family).
        let report = check_str("CỘNG HÕA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n", &Config::default());
        let cli = json(&FindingJson::for_cli(
            &report.diagnostics[0],
            &report.source,
            Lang::Vi,
        ));
        assert!(serde_json::from_value::<DiagnosticTs>(cli).is_err());
    }

    #[test]
    fn the_report_of_check_blocks_has_its_declared_shape() {
        let blocks: Vec<thethuc::Block> = serde_json::from_value(serde_json::json!([
            { "text": "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "style": { "bold": true, "fontSizePt": 13 } },
            { "text": "KẾ HOẠCH", "runs": [{ "start": 0, "end": 5, "italic": true }] }
        ]))
        .unwrap();
        let report = check_blocks(&blocks, &Config::default());
        let starts = thethuc::block_starts(&blocks);
        let value = json(&crate::dto::report_dto(&report, Lang::En, &starts));
        assert_eq!(
            keys(&value),
            sorted(&["blockStarts", "diagnostics", "documentType", "length"])
        );
        assert_eq!(value["documentType"], "KẾ HOẠCH");
        for finding in value["diagnostics"].as_array().unwrap() {
            assert_same_shape::<DiagnosticTs>(finding);
        }
    }

    /// A config with every field set, in the twin's shape and in the library's.
    fn full_config() -> Value {
        serde_json::json!({
            "stage": "final",
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

    #[test]
    fn the_input_twins_read_what_the_library_reads_and_nothing_else() {
        // The library writes every field; the twin reads them all back the same.
        let config: Config = serde_json::from_value(full_config()).unwrap();
        assert_same_shape::<ConfigTs>(&json(&config));
        let block: thethuc::Block = serde_json::from_value(full_block()).unwrap();
        let mut written = json(&block);
        // The library writes `null` for an unknown look; the twin leaves nothing out.
        assert_same_shape::<BlockTs>(&written);
        // And what the twin accepts, the library accepts (both deny unknown fields).
        let twin: BlockTs = serde_json::from_value(full_block()).unwrap();
        let back: thethuc::Block = serde_json::from_value(json(&twin)).unwrap();
        assert_eq!(back, block);
        written["style"]["bolt"] = Value::Bool(true);
        assert!(serde_json::from_value::<BlockTs>(written).is_err());
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

    #[test]
    fn the_fields_declared_are_the_fields_javascript_may_hand_in() {
        use crate::js_input::fields;
        // The library writes every field it has: those are the ones the reader must accept.
        let config: Config = serde_json::from_value(full_config()).unwrap();
        let config = json(&config);
        assert_eq!(keys(&config), sorted(fields::CONFIG));
        assert_eq!(keys(&config["organisation"]), sorted(fields::ORGANISATION));
        assert_eq!(keys(&config["limits"]), sorted(fields::LIMITS));
        let block: thethuc::Block = serde_json::from_value(full_block()).unwrap();
        let block = json(&block);
        assert_eq!(keys(&block), sorted(fields::BLOCK));
        assert_eq!(keys(&block["style"]), sorted(fields::BLOCK_STYLE));
        assert_eq!(keys(&block["runs"][0]), sorted(fields::RUN_STYLE));
        let options = json(&crate::js_input::FixOptions {
            include_unsafe: true,
        });
        assert_eq!(keys(&options), sorted(fields::FIX_OPTIONS));
    }
}
