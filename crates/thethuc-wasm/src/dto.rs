//! What crosses to JavaScript: plain objects with positions in UTF-16 code units (how JavaScript
//! indexes strings), and the edit logic that works in those units. Pure Rust, tested natively.

use serde::Serialize;
use thethuc::report_json::{EditJson, FindingJson, FixJson};
use thethuc::rules::{family_of, FixAvailability, Needs, Rule, REGISTRY};
use thethuc::{Applicability, Lang, Report, Severity};

/// What a check returns.
#[derive(Debug, Serialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(test, derive(ts_rs::TS), ts(rename = "Report"))]
pub struct ReportDto {
    /// Findings sorted by place; the coverage note (DOC003) first. The CLI's JSON findings, in
    /// UTF-16 units with `camelCase` keys and the fields an editor shows.
    pub diagnostics: Vec<FindingJson>,
    /// The document type recognised from the title (`Kế hoạch`), or `null`.
    pub document_type: Option<&'static str>,
    /// Length of the checked text in UTF-16 code units.
    pub length: u32,
    /// For `checkBlocks`: where each block starts in the joined text (UTF-16 code units).
    pub block_starts: Vec<u32>,
}

/// One rule of the registry, in the checker's language.
#[derive(Debug, Serialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(test, derive(ts_rs::TS))]
pub struct RuleInfo {
    /// The rule's stable code (`QH002`).
    pub code: &'static str,
    /// The rule's name (`national-title-wording`).
    pub name: &'static str,
    /// The rule's family (`QH`).
    pub family: &'static str,
    /// The component the family speaks of (`Quốc hiệu và Tiêu ngữ`).
    pub family_label: &'static str,
    /// The severity of its findings before the configuration's overrides.
    pub severity: Severity,
    /// Whether it offers a fix.
    pub fix: FixAvailability,
    /// What it needs to see.
    pub needs: Needs,
    /// Where in the rule text (`PL-I II.1` of Nghị định 30/2020/NĐ-CP, `HD 05 3.2.2`).
    pub locator: &'static str,
    /// Whether it runs when the configuration does not select it.
    pub default_on: bool,
    /// What it checks, in one sentence (empty from the engine alone, like `explanation`: the
    /// widget's `createChecker` fills it from explanations.json).
    pub summary: &'static str,
    /// Why the rule exists and what it accepts. Empty from the bare engine; `createChecker`
    /// fills it in (see `Diagnostic.explanation`).
    pub explanation: &'static str,
    /// An example it finds fault with (empty from the engine alone, like `explanation`: the
    /// widget's `createChecker` fills it from explanations.json).
    pub bad: &'static str,
    /// The same example written right (filled the same way).
    pub good: &'static str,
}

/// Original byte offsets → UTF-16 offsets, computed in one pass for all the offsets a report needs.
struct Utf16Map {
    /// Sorted (byte offset, UTF-16 offset) pairs.
    points: Vec<(u32, u32)>,
}

impl Utf16Map {
    fn new(text: &str, mut offsets: Vec<u32>) -> Self {
        thethuc::sorting::sort(&mut offsets);
        offsets.dedup();
        let mut points = Vec::with_capacity(offsets.len());
        // Counted over bytes, eight at a time, between one wanted offset and the next: a long
        // plan's report walks 326 KB here, which decoding every character made a millisecond
        // in the browser.
        let (mut at, mut units) = (0usize, 0u32);
        for o in offsets {
            // An offset inside a character (never produced by the engine) maps to its start.
            let mut end = (o as usize).min(text.len());
            while !text.is_char_boundary(end) {
                end -= 1;
            }
            units += utf16_units(&text.as_bytes()[at..end]);
            at = end;
            points.push((o, units));
        }
        Self { points }
    }

    fn get(&self, byte: u32) -> u32 {
        match self.points.binary_search_by_key(&byte, |p| p.0) {
            Ok(i) => self.points[i].1,
            // Unreachable by construction: every offset asked for was registered.
            Err(i) => self.points.get(i.saturating_sub(1)).map_or(0, |p| p.1),
        }
    }
}

/// UTF-16 code units of whole characters given as UTF-8 bytes: one per byte that is not a
/// continuation byte (`10xxxxxx`), and one more per four-byte character (a surrogate pair), whose
/// first byte is `11110xxx`.
fn utf16_units(bytes: &[u8]) -> u32 {
    const HIGH: u64 = 0x8080_8080_8080_8080;
    let mut units = 0u32;
    let mut words = bytes.chunks_exact(8);
    for w in &mut words {
        let w = u64::from_le_bytes([w[0], w[1], w[2], w[3], w[4], w[5], w[6], w[7]]);
        if w & HIGH == 0 {
            units += 8; // ASCII
            continue;
        }
        // Bit 7 of each byte, after shifts that stay inside the byte for the bit looked at.
        let continuation = w & !(w << 1) & HIGH;
        let four_byte_lead = w & (w << 1) & (w << 2) & (w << 3) & HIGH;
        units += 8 - continuation.count_ones() + four_byte_lead.count_ones();
    }
    for &b in words.remainder() {
        units += u32::from((b as i8) >= -64) + u32::from(b >= 0xF0);
    }
    units
}

pub fn report_dto(report: &Report, lang: Lang, block_starts_bytes: &[u32]) -> ReportDto {
    let source = &report.source;
    let mut offsets: Vec<u32> = block_starts_bytes.to_vec();
    offsets.push(source.original().len() as u32);
    for d in &report.diagnostics {
        let (s, e) = source.original_range(d.span);
        offsets.extend([s, e]);
        for r in &d.related {
            let (s, e) = source.original_range(*r);
            offsets.extend([s, e]);
        }
        for f in &d.fixes {
            for edit in &f.edits {
                let (s, e) = source.original_range(edit.span);
                offsets.extend([s, e]);
            }
        }
    }
    let map = Utf16Map::new(source.original(), offsets);
    let position = |byte: u32| map.get(byte);
    let diagnostics = report
        .diagnostics
        .iter()
        .map(|d| FindingJson::for_editor(d, source, lang, &position))
        .collect();
    ReportDto {
        diagnostics,
        document_type: report
            .document
            .title
            .as_ref()
            .and_then(|t| t.doc_type)
            .map(|d| d.name),
        length: map.get(source.original().len() as u32),
        block_starts: block_starts_bytes.iter().map(|&b| map.get(b)).collect(),
    }
}

fn pick(lang: Lang, vi: &'static str, en: &'static str) -> &'static str {
    match lang {
        Lang::Vi => vi,
        Lang::En => en,
    }
}

fn docs(rule: &Rule, lang: Lang) -> &'static str {
    pick(lang, rule.docs_vi, rule.docs_en)
}

pub fn rule_infos(lang: Lang) -> Vec<RuleInfo> {
    REGISTRY
        .iter()
        .map(|r| {
            let family = family_of(r.code);
            RuleInfo {
                code: r.code,
                name: r.name,
                family: family.map_or("", |f| f.prefix),
                family_label: family.map_or("", |f| pick(lang, f.vi, f.en)),
                severity: r.severity,
                fix: r.fix,
                needs: r.needs,
                locator: r.locator,
                default_on: r.default_on,
                summary: pick(lang, r.summary_vi, r.summary_en),
                explanation: docs(r, lang),
                bad: r.bad,
                good: r.good,
            }
        })
        .collect()
}

/// A finding as JavaScript hands it back: only its fixes matter here; other fields are ignored.
#[derive(Debug)]
pub struct DiagnosticIn {
    pub fixes: Vec<FixJson>,
}

/// Why edits handed back from JavaScript cannot be applied (Vietnamese, then English).
#[derive(Debug, thiserror::Error)]
pub enum EditError {
    #[error("chỗ sửa {start}..{end} nằm ngoài văn bản dài {len} (edit outside the text)")]
    OutOfRange { start: u32, end: u32, len: usize },
    #[error("các chỗ sửa không theo thứ tự hoặc chồng nhau (edits unsorted or overlapping)")]
    Unsorted,
    #[error("chỗ sửa cắt đôi một ký tự (an edit splits a character)")]
    SplitsCharacter,
}

/// Picks, like the library's `apply_fixes`, the first wanted fix of each finding whose edits
/// overlap no edit taken before; returns the chosen edits sorted by place.
pub fn select_edits(
    diagnostics: &[DiagnosticIn],
    include_unsafe: bool,
    len: usize,
) -> Result<Vec<EditJson>, EditError> {
    let mut taken: Vec<EditJson> = Vec::new();
    'sets: for d in diagnostics {
        let Some(fix) = d
            .fixes
            .iter()
            .find(|f| f.applicability == Applicability::Safe || include_unsafe)
        else {
            continue;
        };
        for e in &fix.edits {
            if e.start > e.end || e.end as usize > len {
                return Err(EditError::OutOfRange {
                    start: e.start,
                    end: e.end,
                    len,
                });
            }
        }
        if fix.edits.windows(2).any(|w| w[0].end > w[1].start) {
            return Err(EditError::Unsorted);
        }
        for e in &fix.edits {
            if taken
                .iter()
                .any(|t| thethuc::edits_collide((e.start, e.end), (t.start, t.end)))
            {
                continue 'sets;
            }
        }
        taken.extend(fix.edits.iter().cloned());
    }
    thethuc::sorting::sort_by_key(&mut taken, |e| (e.start, e.end));
    Ok(taken)
}

/// Applies sorted, non-overlapping edits given in UTF-16 code units.
pub fn apply_utf16_edits(text: &str, edits: &[EditJson]) -> Result<String, EditError> {
    let units: Vec<u16> = text.encode_utf16().collect();
    let mut out: Vec<u16> = Vec::with_capacity(units.len());
    let mut pos = 0usize;
    for e in edits {
        let (s, end) = (e.start as usize, e.end as usize);
        if s < pos || end < s || end > units.len() {
            return Err(EditError::Unsorted);
        }
        out.extend_from_slice(&units[pos..s]);
        out.extend(e.replacement.encode_utf16());
        pos = end;
    }
    out.extend_from_slice(&units[pos..]);
    String::from_utf16(&out).map_err(|_| EditError::SplitsCharacter)
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod utf16_properties {
    use super::*;
    use proptest::prelude::*;
    use thethuc::{check, Config, InputFormat, Source};

    proptest! {
        #![proptest_config(ProptestConfig { cases: 300, ..ProptestConfig::default() })]

        /// Every position the engine hands to JavaScript is the UTF-16 count of the text before
        /// the byte offset it stands for, whatever the text (NFD, emoji, astral letters).
        #[test]
        fn utf16_offsets_match_the_byte_offsets(
            lines in proptest::collection::vec(
                prop_oneof![
                    Just("CỘNG HÕA XÃ HỘI CHỦ NGHĨA VIỆT NAM".to_owned()),
                    Just("Độc lập –  Tự do – Hạnh Phúc".to_owned()),
                    Just("Số: 7 /QĐ - SCT".to_owned()),
                    "[a-zA-ZÀ-ỹ😀𝒜 ,.;\u{300}\u{301}\u{302}]{0,40}",
                ],
                0..20,
            )
        ) {
            let text = lines.join("\n");
            let report = check(Source::new(&text), InputFormat::Text, &Config::default());
            let dto = report_dto(&report, Lang::Vi, &[]);
            let units = |byte: u32| text[..byte as usize].encode_utf16().count() as u32;
            prop_assert_eq!(dto.length, units(text.len() as u32));
            for (d, out) in report.diagnostics.iter().zip(&dto.diagnostics) {
                let (s, e) = report.source.original_range(d.span);
                prop_assert_eq!((out.start, out.end), (units(s), units(e)), "{}", d.code);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use thethuc::{check, check_str, Config, InputFormat, Source};

    fn utf16_len(s: &str) -> u32 {
        s.encode_utf16().count() as u32
    }

    #[test]
    fn utf16_units_counts_as_javascript_does() {
        let texts = [
            "",
            "abc",
            "plain ASCII longer than eight bytes",
            "Nguyễn Văn An, Độc lập - Tự do - Hạnh phúc",
            "😀👍🏽 𝒜𝒜 emoji and astral letters 😀",
            "Nguye\u{302}\u{300}n NFD, ầ, \u{10FFFF}\u{FFFF}\u{800}\u{7FF}\u{80}",
        ];
        for text in texts {
            for start in (0..=text.len()).filter(|&i| text.is_char_boundary(i)) {
                for end in (start..=text.len()).filter(|&i| text.is_char_boundary(i)) {
                    let part = &text[start..end];
                    assert_eq!(utf16_units(part.as_bytes()), utf16_len(part), "{part:?}");
                }
            }
        }
    }

    #[test]
    fn positions_are_utf16_units_of_the_text_as_given() {
        // An emoji (two UTF-16 units, four bytes) and NFD letters (ầ as a + ̂ + ̀) before the finding.
        let prefix = "😀 Nguye\u{302}\u{300}n\n";
        let text = format!("{prefix}CỘNG HÕA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n");
        let report = check(Source::new(&text), InputFormat::Text, &Config::default());
        let dto = report_dto(&report, Lang::Vi, &[]);
        let qh = dto
            .diagnostics
            .iter()
            .find(|d| d.code == "QH002")
            .expect("QH002 on the wrong Quốc hiệu");
        let units: Vec<u16> = text.encode_utf16().collect();
        let underlined = String::from_utf16(&units[qh.start as usize..qh.end as usize]).unwrap();
        assert_eq!(underlined, "CỘNG HÕA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
        assert_eq!(qh.start, utf16_len(prefix));
        assert_eq!((qh.line, qh.column), (2, 1));
        assert_eq!(dto.length, utf16_len(&text));
        let editor = qh.editor.as_ref().expect("the fields an editor shows");
        assert_eq!(editor.family_label, "Quốc hiệu và Tiêu ngữ");
        // The explanation is the rule's (empty in a build without the `docs` feature).
        assert_eq!(
            editor.explanation,
            thethuc::rules::by_code("QH002").unwrap().docs_vi
        );
    }

    #[test]
    fn applying_the_selected_edits_equals_the_library() {
        let text = "😀 CỘNG HÕA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập -  Tự do - Hạnh phúc\n";
        let report = check_str(text, &Config::default());
        let dto = report_dto(&report, Lang::Vi, &[]);
        let inputs: Vec<DiagnosticIn> = dto
            .diagnostics
            .iter()
            .map(|d| DiagnosticIn {
                fixes: d.fixes.clone(),
            })
            .collect();
        let edits = select_edits(&inputs, false, utf16_len(text) as usize).unwrap();
        assert!(!edits.is_empty());
        let ours = apply_utf16_edits(text, &edits).unwrap();
        let (library, _) = thethuc::apply_fixes(&report, false);
        assert_eq!(ours, library);
    }

    #[test]
    fn bad_edits_are_errors_not_panics() {
        let text = "a😀b";
        let edit = |start, end| EditJson {
            start,
            end,
            replacement: "x".into(),
        };
        assert!(matches!(
            apply_utf16_edits(text, &[edit(2, 3)]),
            Err(EditError::SplitsCharacter)
        ));
        let far = DiagnosticIn {
            fixes: vec![FixJson {
                applicability: Applicability::Safe,
                message: String::new(),
                edits: vec![edit(3, 99)],
            }],
        };
        assert!(matches!(
            select_edits(&[far], false, 4),
            Err(EditError::OutOfRange { .. })
        ));
        assert_eq!(apply_utf16_edits(text, &[edit(3, 4)]).unwrap(), "a😀x");
    }

    #[test]
    fn unsafe_fixes_are_taken_only_when_asked() {
        let unsafe_only = DiagnosticIn {
            fixes: vec![FixJson {
                applicability: Applicability::Unsafe,
                message: String::new(),
                edits: vec![EditJson {
                    start: 0,
                    end: 1,
                    replacement: "B".into(),
                }],
            }],
        };
        let list = [unsafe_only];
        assert!(select_edits(&list, false, 1).unwrap().is_empty());
        assert_eq!(select_edits(&list, true, 1).unwrap().len(), 1);
    }

    #[test]
    fn every_rule_is_listed_with_its_family() {
        let infos = rule_infos(Lang::En);
        assert_eq!(infos.len(), REGISTRY.len());
        assert!(infos
            .iter()
            .all(|r| !r.family.is_empty() && !r.summary.is_empty()));
    }
}
