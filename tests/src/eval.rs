//! The development set (`fixtures/devset`): real documents with hand-checked annotations, and
//! the comparison of thethuc's reading and findings with them.
//!
//! A component is right when thethuc finds it with the annotated text (white space collapsed,
//! Markdown emphasis and escapes left out), or finds nothing where the annotation has nothing.
//! A finding (error or warning) is matched when an annotated defect has its code and its `at`
//! text on a line the finding covers; every other finding is a false alarm.

use serde::Deserialize;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use thethuc::{Config, InputFormat, Report, Severity, Source};

/// The components compared, in the order the report prints them.
pub const COMPONENTS: &[&str] = &[
    "quoc_hieu",
    "tieu_ngu",
    "party_heading",
    "issuer",
    "so_ky_hieu",
    "place_date",
    "type_name",
    "trich_yeu",
    "vv",
    "kinh_gui",
    "noi_nhan",
    "luu",
    "authority",
    "position",
    "signer",
    "appendices",
];

/// Rules that say a component is missing or wrong: a false alarm of one of them on a present,
/// correct component is what the development set must never show.
pub const COMPONENT_RULES: &[&str] = &[
    "DOC001", "QH001", "QH002", "QH003", "QH004", "QH005", "CQ001", "CQ002", "CQ003", "SO001",
    "SO002", "SO004", "SO005", "SO006", "SO007", "NG001", "NG002", "NG005", "NG007", "TL001",
    "TL002", "TL003", "TL004", "TL005", "TL006", "NN001", "NN002", "NN003", "NN005", "NN006",
    "NN007", "CK001", "CK002", "CK003", "CK004", "CK005", "CK008", "ND016", "PL001", "PL003",
];

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Annotation {
    pub source: String,
    #[serde(default)]
    pub file: Option<String>,
    pub provenance: String,
    pub body: String,
    pub regime: String,
    pub kind: String,
    #[serde(default)]
    pub notes: String,
    #[serde(default)]
    pub formatting_reviewed: bool,
    #[serde(default)]
    pub components: BTreeMap<String, toml::Value>,
    #[serde(default)]
    pub defects: Vec<Defect>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Defect {
    pub code: String,
    pub at: String,
    #[serde(default)]
    pub note: String,
}

/// One annotated document of the set.
#[derive(Debug)]
pub struct Entry {
    /// `provenance/slug`.
    pub name: String,
    pub annotation_path: PathBuf,
    pub document: PathBuf,
    pub annotation: Annotation,
}

/// The names (`provenance/slug`) of `fixtures/devset/intake.txt`: documents from sources never
/// seen, added as they came and measured apart until they read right.
pub fn intake() -> Result<std::collections::BTreeSet<String>, String> {
    let path = crate::fixtures().join("devset").join("intake.txt");
    let text = std::fs::read_to_string(&path).map_err(|e| format!("{}: {e}", path.display()))?;
    Ok(text
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .map(str::to_owned)
        .collect())
}

/// Every annotation under `fixtures/devset` and `fixtures/qppl`, sorted by name.
pub fn entries() -> Result<Vec<Entry>, String> {
    let root = crate::fixtures().join("devset");
    let mut out = Vec::new();
    let mut dirs: Vec<PathBuf> = std::fs::read_dir(&root)
        .map_err(|e| format!("{}: {e}", root.display()))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.is_dir())
        .collect();
    dirs.sort();
    // The VBQPPL and post-reform documents of issue 19 keep their own folder (its README
    // judges each finding) and count in the set like the others.
    dirs.push(crate::fixtures().join("qppl"));
    for dir in dirs {
        let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
            .map_err(|e| format!("{}: {e}", dir.display()))?
            .filter_map(|e| e.ok().map(|e| e.path()))
            .collect();
        files.sort();
        for path in files
            .iter()
            .filter(|p| p.extension().is_some_and(|x| x == "toml"))
        {
            let text =
                std::fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))?;
            let annotation: Annotation =
                toml::from_str(&text).map_err(|e| format!("{}: {e}", path.display()))?;
            let stem = path.file_stem().and_then(|s| s.to_str()).unwrap_or("");
            let document = match &annotation.file {
                Some(f) => crate::workspace_root().join(f),
                None => files
                    .iter()
                    .find(|p| {
                        p.file_stem().and_then(|s| s.to_str()) == Some(stem)
                            && p.extension().is_some_and(|x| x != "toml")
                    })
                    .cloned()
                    .ok_or_else(|| format!("{}: no document beside it", path.display()))?,
            };
            let folder = dir.file_name().and_then(|s| s.to_str()).unwrap_or("");
            out.push(Entry {
                name: format!("{folder}/{stem}"),
                annotation_path: path.clone(),
                document,
                annotation,
            });
        }
    }
    Ok(out)
}

/// Checks a document as the CLI would, by its extension.
pub fn check_file(path: &Path, config: &Config) -> Result<Report, String> {
    let bytes = std::fs::read(path).map_err(|e| format!("{}: {e}", path.display()))?;
    let ext = path
        .extension()
        .and_then(|x| x.to_str())
        .unwrap_or("")
        .to_ascii_lowercase();
    match ext.as_str() {
        "docx" => {
            let docx = thethuc_docx::read(&bytes, &thethuc_docx::Limits::default())
                .map_err(|e| format!("{}: {e}", path.display()))?;
            Ok(thethuc::check_styled(&docx.styled(), config))
        }
        _ => {
            let format = input_format(&ext);
            let source = if format == InputFormat::Html {
                Source::from_html(&bytes)
            } else {
                Source::from_bytes(&bytes)
            }
            .map_err(|e| format!("{}: {e}", path.display()))?;
            Ok(thethuc::check(source, format, config))
        }
    }
}

fn input_format(ext: &str) -> InputFormat {
    match ext {
        "md" | "markdown" => InputFormat::Markdown,
        "html" | "htm" => InputFormat::Html,
        _ => InputFormat::Text,
    }
}

/// A component's text for comparison: NFC, white space collapsed, emphasis marks and escapes out.
pub fn normalise(s: &str) -> String {
    use unicode_normalization::UnicodeNormalization;
    let s: String = s.nfc().collect();
    let mut out = String::with_capacity(s.len());
    let mut chars = s.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '*' => {}
            '\\' if chars.peek().is_some_and(|n| n.is_ascii_punctuation()) => {}
            c if c.is_whitespace() => {
                if !out.ends_with(' ') {
                    out.push(' ');
                }
            }
            c => out.push(c),
        }
    }
    out.trim().to_owned()
}

/// What thethuc read, component by component (`None`: not found).
pub fn components_of(report: &Report) -> BTreeMap<&'static str, Option<String>> {
    let text = report.source.text();
    components_with(report, &|span| span.of(text).to_owned())
}

/// The same components as the file has them (a legacy 8-bit text before its conversion, as
/// its annotation may give them, the way a defect's `at` is found in the original).
pub fn components_as_given(report: &Report) -> BTreeMap<&'static str, Option<String>> {
    let source = &report.source;
    let original = source.original();
    components_with(report, &|span| {
        let (a, b) = source.original_range(span);
        original
            .get(a as usize..b as usize)
            .unwrap_or("")
            .to_owned()
    })
}

fn components_with(
    report: &Report,
    of: &dyn Fn(thethuc::Span) -> String,
) -> BTreeMap<&'static str, Option<String>> {
    let doc = &report.document;
    let line = |i: usize| of(doc.lines[i].span);
    let joined = |v: &[usize]| {
        (!v.is_empty()).then(|| v.iter().map(|&i| line(i)).collect::<Vec<_>>().join(" "))
    };
    let h = &doc.header;
    let mut m = BTreeMap::new();
    m.insert("quoc_hieu", h.quoc_hieu.map(line));
    m.insert("tieu_ngu", h.tieu_ngu.map(line));
    m.insert("party_heading", h.party_heading.map(line));
    m.insert("issuer", joined(&h.issuer));
    m.insert("so_ky_hieu", h.so.map(line));
    m.insert("place_date", h.place_date.map(line));
    m.insert("type_name", doc.title.as_ref().map(|t| line(t.type_line)));
    m.insert(
        "trich_yeu",
        doc.title.as_ref().and_then(|t| joined(&t.trich_yeu)),
    );
    m.insert("vv", joined(&doc.vv));
    // The label's line and the line its own addressee wraps onto, as the V/v's lines.
    m.insert(
        "kinh_gui",
        doc.kinh_gui.as_ref().and_then(|k| {
            joined(
                &std::iter::once(k.label)
                    .chain(k.wrapped.iter().copied())
                    .collect::<Vec<_>>(),
            )
        }),
    );
    let noi_nhan = doc.closing.noi_nhan.as_ref();
    m.insert(
        "noi_nhan",
        noi_nhan.map(|n| match &doc.lines[n.label].kind {
            thethuc::document::LineKind::NoiNhan { label, colon, .. } => of(thethuc::Span::new(
                label.start,
                colon.map_or(label.end, |c| c.end),
            )),
            _ => line(n.label),
        }),
    );
    m.insert("luu", noi_nhan.and_then(|n| n.luu).map(line));
    let sig = &doc.closing.signature;
    m.insert("authority", joined(&sig.authority));
    m.insert("position", joined(&sig.positions));
    m.insert("signer", sig.name.map(line));
    m.insert("appendices", Some(doc.appendices.len().to_string()));
    m
}

/// The annotated value of a component: `None` absent, `Some(None)` present but not scored.
fn annotated(a: &Annotation, key: &str) -> Option<Option<String>> {
    match a.components.get(key) {
        None if key == "appendices" => Some(Some("0".into())),
        None => None,
        Some(toml::Value::String(s)) if s == "?" => Some(None),
        Some(toml::Value::String(s)) => Some(Some(s.clone())),
        Some(toml::Value::Integer(n)) => Some(Some(n.to_string())),
        Some(other) => Some(Some(other.to_string())),
    }
}

#[derive(Debug, Default, Clone)]
pub struct Tally {
    /// Annotated present and found with that text.
    pub right_present: usize,
    /// Annotated absent and not found.
    pub right_absent: usize,
    /// Annotated present (scored).
    pub present: usize,
    /// Found by thethuc (where the annotation scores it).
    pub found: usize,
    /// Wrong: absent where present, present where absent, or another text.
    pub wrong: usize,
}

impl Tally {
    pub fn scored(&self) -> usize {
        self.right_present + self.right_absent + self.wrong
    }
    pub fn right(&self) -> usize {
        self.right_present + self.right_absent
    }
    pub fn precision(&self) -> f64 {
        ratio(self.right_present, self.found)
    }
    pub fn recall(&self) -> f64 {
        ratio(self.right_present, self.present)
    }
    fn add(&mut self, o: &Tally) {
        self.right_present += o.right_present;
        self.right_absent += o.right_absent;
        self.present += o.present;
        self.found += o.found;
        self.wrong += o.wrong;
    }
}

pub fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 {
        1.0
    } else {
        a as f64 / b as f64
    }
}

/// A component read wrong.
#[derive(Debug, Clone)]
pub struct Miss {
    pub component: &'static str,
    pub expected: Option<String>,
    pub got: Option<String>,
}

/// A finding, where it is, and whether an annotated defect explains it.
#[derive(Debug, Clone)]
pub struct FindingOutcome {
    pub code: &'static str,
    pub severity: Severity,
    pub line: u32,
    pub message: String,
    pub matched: bool,
}

#[derive(Debug)]
pub struct DocResult {
    pub name: String,
    pub provenance: String,
    pub error: Option<String>,
    pub tallies: BTreeMap<&'static str, Tally>,
    pub misses: Vec<Miss>,
    pub findings: Vec<FindingOutcome>,
    /// Annotated defects (with a rule code) no finding matched.
    pub missed_defects: Vec<(String, String)>,
    pub defects_with_code: usize,
}

/// Compares one document with its annotation.
pub fn evaluate(entry: &Entry, config: &Config) -> DocResult {
    let a = &entry.annotation;
    let mut result = DocResult {
        name: entry.name.clone(),
        provenance: a.provenance.clone(),
        error: None,
        tallies: BTreeMap::new(),
        misses: Vec::new(),
        findings: Vec::new(),
        missed_defects: Vec::new(),
        defects_with_code: a.defects.iter().filter(|d| !d.code.is_empty()).count(),
    };
    let report = match check_file(&entry.document, config) {
        Ok(r) => r,
        Err(e) => {
            result.error = Some(e);
            return result;
        }
    };
    let got = components_of(&report);
    let as_given = components_as_given(&report);
    for &key in COMPONENTS {
        let mut t = Tally::default();
        let found = got.get(key).cloned().flatten();
        let found_as_given = as_given.get(key).cloned().flatten();
        match annotated(a, key) {
            Some(None) => {}
            Some(Some(expected)) => {
                t.present = 1;
                t.found = usize::from(found.is_some());
                let expected_text = Some(normalise(&expected));
                if found.as_deref().map(normalise) == expected_text
                    || found_as_given.as_deref().map(normalise) == expected_text
                {
                    t.right_present = 1;
                } else {
                    t.wrong = 1;
                    result.misses.push(Miss {
                        component: key,
                        expected: Some(expected),
                        got: found,
                    });
                }
            }
            None => {
                if let Some(f) = found {
                    t.found = 1;
                    t.wrong = 1;
                    result.misses.push(Miss {
                        component: key,
                        expected: None,
                        got: Some(f),
                    });
                } else {
                    t.right_absent = 1;
                }
            }
        }
        result.tallies.insert(key, t);
    }
    let styled_unreviewed = !a.formatting_reviewed;
    let mut defect_hit = vec![false; a.defects.len()];
    for d in &report.diagnostics {
        // Formatting findings (TB, and the Party pack's DG101–DG104) on a file whose formatting
        // the annotators did not review are neither matches nor false alarms.
        let formatting =
            thethuc::rules::by_code(d.code).is_some_and(|r| r.needs != thethuc::rules::Needs::Text);
        if d.code == "DOC003" || (styled_unreviewed && formatting) {
            continue;
        }
        let texts = texts_around(&report, d.span);
        let mut matched = false;
        for (k, defect) in a.defects.iter().enumerate() {
            if defect.code == d.code
                && (defect.at.is_empty() || texts.iter().any(|t| t.contains(defect.at.as_str())))
            {
                defect_hit[k] = true;
                matched = true;
            }
        }
        let place = report.source.place(d.span);
        result.findings.push(FindingOutcome {
            code: d.code,
            severity: d.severity,
            line: place.line,
            message: d.message.vi.clone(),
            matched,
        });
    }
    for (k, defect) in a.defects.iter().enumerate() {
        // A defect under Nghị định 30's rules of a document of another regime (a Party
        // document, a law of the Quốc hội): those rules do not apply to it (DOC002), so it is
        // not missed. The ND30 rules that the VBQPPL forms repeat apply to the VBQPPL those
        // forms govern, which the check tells by the document's issuer and date.
        let other_regime = thethuc::rules::by_code(&defect.code).is_some_and(|r| match r.scope {
            thethuc::rules::Scope::Nd30 => a.regime != "nd30",
            thethuc::rules::Scope::Nd30AndQppl => match a.regime.as_str() {
                "nd30" => false,
                "qppl" => !thethuc::rules::ran_on(r, &report, config),
                _ => true,
            },
            thethuc::rules::Scope::Nd30PartyAndQppl => match a.regime.as_str() {
                "nd30" | "party" => false,
                "qppl" => !thethuc::rules::ran_on(r, &report, config),
                _ => true,
            },
            thethuc::rules::Scope::Qppl => a.regime != "qppl",
            _ => false,
        });
        let unscored = defect.code.is_empty()
            || other_regime
            || (styled_unreviewed && defect.code.starts_with("TB"))
            || defect_hit[k];
        if !unscored {
            result
                .missed_defects
                .push((defect.code.clone(), defect.at.clone()));
        }
    }
    result
}

/// The texts a finding's `at` may be found in: the original lines it covers (with their
/// neighbours, for a component wrapped over two lines) and the tree lines it overlaps.
fn texts_around(report: &Report, span: thethuc::Span) -> Vec<String> {
    let source = &report.source;
    let (start, end) = source.original_range(span);
    let original = source.original();
    let mut out = Vec::new();
    let line_start = |at: usize| {
        original[..at.min(original.len())]
            .rfind('\n')
            .map_or(0, |k| k + 1)
    };
    let line_end = |at: usize| {
        original[at.min(original.len())..]
            .find('\n')
            .map_or(original.len(), |k| at + k)
    };
    let mut a = line_start(start as usize);
    let b = line_end((end as usize).max(start as usize));
    // One line above and below as well.
    if a > 0 {
        a = line_start(a - 1);
    }
    let b = if b < original.len() {
        line_end(b + 1)
    } else {
        b
    };
    out.push(original[a..b].to_owned());
    let text = source.text();
    for l in &report.document.lines {
        let s = l.span;
        if s.start <= span.end && span.start <= s.end {
            out.push(s.of(text).to_owned());
        }
    }
    out
}

/// The whole set's figures.
#[derive(Debug, Default)]
pub struct Summary {
    pub documents: usize,
    pub errors: Vec<(String, String)>,
    pub by_component: BTreeMap<&'static str, Tally>,
    pub by_provenance: BTreeMap<String, Tally>,
    pub all: Tally,
    /// Errors and warnings: matched, and false alarms by rule.
    pub matched_findings: usize,
    pub false_alarms: BTreeMap<&'static str, usize>,
    pub info_unmatched: BTreeMap<&'static str, usize>,
    pub missed_defects: BTreeMap<String, usize>,
    pub defects_with_code: usize,
    pub bodies: usize,
    pub provenances: BTreeMap<String, usize>,
    pub docx: usize,
}

impl Summary {
    pub fn false_alarm_count(&self) -> usize {
        self.false_alarms.values().sum()
    }
    pub fn component_false_alarms(&self) -> usize {
        self.false_alarms
            .iter()
            .filter(|(c, _)| COMPONENT_RULES.contains(c))
            .map(|(_, n)| n)
            .sum()
    }
    pub fn missed_count(&self) -> usize {
        self.missed_defects.values().sum()
    }
}

pub fn summarise(entries: &[Entry], results: &[DocResult]) -> Summary {
    summarise_where(entries, results, |_| true)
}

/// The summary of the documents `keep` takes (the set without its intake, or the intake alone).
pub fn summarise_where(
    entries: &[Entry],
    results: &[DocResult],
    keep: impl Fn(&Entry) -> bool,
) -> Summary {
    let mut s = Summary::default();
    let mut bodies = std::collections::BTreeSet::new();
    for (e, r) in entries.iter().zip(results).filter(|(e, _)| keep(e)) {
        s.documents += 1;
        bodies.insert(normalise(&e.annotation.body).to_lowercase());
        *s.provenances.entry(r.provenance.clone()).or_default() += 1;
        s.docx += usize::from(
            e.document
                .extension()
                .is_some_and(|x| x.eq_ignore_ascii_case("docx")),
        );
        if let Some(err) = &r.error {
            s.errors.push((r.name.clone(), err.clone()));
            continue;
        }
        for (k, t) in &r.tallies {
            s.by_component.entry(k).or_default().add(t);
            s.by_provenance
                .entry(r.provenance.clone())
                .or_default()
                .add(t);
            s.all.add(t);
        }
        for f in &r.findings {
            if f.matched {
                if f.severity != Severity::Info {
                    s.matched_findings += 1;
                }
            } else if f.severity == Severity::Info {
                *s.info_unmatched.entry(f.code).or_default() += 1;
            } else {
                *s.false_alarms.entry(f.code).or_default() += 1;
            }
        }
        for (code, _) in &r.missed_defects {
            *s.missed_defects.entry(code.clone()).or_default() += 1;
        }
        s.defects_with_code += r.defects_with_code;
    }
    s.bodies = bodies.len();
    s
}

/// The report `eval` prints.
pub fn render(s: &Summary, results: &[DocResult], details: bool) -> String {
    use std::fmt::Write;
    let mut out = String::new();
    let pct = |x: f64| format!("{:6.2} %", x * 100.0);
    let _ = writeln!(
        out,
        "Development set: {} documents, {} issuing bodies, {} provenances ({}), {} .docx",
        s.documents,
        s.bodies,
        s.provenances.len(),
        s.provenances
            .iter()
            .map(|(p, n)| format!("{p} {n}"))
            .collect::<Vec<_>>()
            .join(", "),
        s.docx
    );
    for (name, e) in &s.errors {
        let _ = writeln!(out, "  not read: {name}: {e}");
    }
    let _ = writeln!(
        out,
        "\n{:<15}{:>8}{:>8}{:>8}{:>8}{:>11}{:>11}{:>11}",
        "component", "scored", "right", "present", "found", "precision", "recall", "right"
    );
    for &k in COMPONENTS {
        let Some(t) = s.by_component.get(k) else {
            continue;
        };
        let _ = writeln!(
            out,
            "{:<15}{:>8}{:>8}{:>8}{:>8}{:>11}{:>11}{:>11}",
            k,
            t.scored(),
            t.right(),
            t.present,
            t.found,
            pct(t.precision()),
            pct(t.recall()),
            pct(ratio(t.right(), t.scored()))
        );
    }
    let t = &s.all;
    let _ = writeln!(
        out,
        "{:<15}{:>8}{:>8}{:>8}{:>8}{:>11}{:>11}{:>11}",
        "all",
        t.scored(),
        t.right(),
        t.present,
        t.found,
        pct(t.precision()),
        pct(t.recall()),
        pct(ratio(t.right(), t.scored()))
    );
    let _ = writeln!(out, "\nby provenance:");
    for (p, t) in &s.by_provenance {
        let _ = writeln!(
            out,
            "  {:<12} {:>5} components, {} right",
            p,
            t.scored(),
            pct(ratio(t.right(), t.scored()))
        );
    }
    let _ = writeln!(
        out,
        "\nfindings (errors and warnings): {} match an annotated defect, {} false alarms ({} of them by component rules); {} of {} annotated defects missed",
        s.matched_findings,
        s.false_alarm_count(),
        s.component_false_alarms(),
        s.missed_count(),
        s.defects_with_code
    );
    let list = |m: &BTreeMap<&'static str, usize>| {
        let mut v: Vec<_> = m.iter().collect();
        v.sort_by(|a, b| b.1.cmp(a.1).then(a.0.cmp(b.0)));
        v.iter()
            .map(|(c, n)| format!("{c} {n}"))
            .collect::<Vec<_>>()
            .join(", ")
    };
    let _ = writeln!(out, "  false alarms by rule: {}", list(&s.false_alarms));
    let _ = writeln!(
        out,
        "  unannotated notes (info): {}",
        list(&s.info_unmatched)
    );
    let missed: BTreeMap<&'static str, usize> = s
        .missed_defects
        .iter()
        .map(|(c, n)| (&*c.clone().leak(), *n))
        .collect();
    let _ = writeln!(out, "  missed defects by rule: {}", list(&missed));
    if details {
        for r in results {
            let false_alarms: Vec<_> = r
                .findings
                .iter()
                .filter(|f| !f.matched && f.severity != Severity::Info)
                .collect();
            if r.misses.is_empty() && false_alarms.is_empty() && r.missed_defects.is_empty() {
                continue;
            }
            let _ = writeln!(out, "\n== {}", r.name);
            for m in &r.misses {
                let _ = writeln!(
                    out,
                    "  {:<12} expected {:?}\n  {:<12} got      {:?}",
                    m.component, m.expected, "", m.got
                );
            }
            for f in false_alarms {
                let _ = writeln!(out, "  false alarm {}:{} {}", f.code, f.line, f.message);
            }
            for (code, at) in &r.missed_defects {
                let _ = writeln!(out, "  missed {code} at {at:?}");
            }
        }
    }
    out
}
