//! Reporters: human text, the JSON contract and the summary table, written a file at a time.

use crate::{FileResult, Outcome};
use serde::Serialize;
use serde_json::{json, Value};
use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;
use std::io::{Read as _, Seek as _, Write};
use thethuc::report_json::FindingJson;
use thethuc::rules::{Rule, REGISTRY};
use thethuc::{Diagnostic, Document, Lang, Report, Severity, Source, Span};

pub fn io_error_message(e: &std::io::Error) -> String {
    match e.kind() {
        std::io::ErrorKind::NotFound => format!("không tìm thấy tệp (file not found): {e}"),
        std::io::ErrorKind::PermissionDenied => {
            format!("không có quyền đọc tệp (permission denied): {e}")
        }
        _ => format!("không đọc được tệp (cannot read the file): {e}"),
    }
}

/// One output format, written a file at a time: a head, one piece per file (rendered while the
/// file's report is still held, on any thread), a tail from the batch's totals.
pub trait Reporter: Sync {
    /// What comes before the first file's piece.
    fn head(&self, _lang: Lang) -> Head {
        Head::Now(String::new())
    }
    /// The head, when it is [`Head::AfterAll`]: written once every file is done, before the
    /// pieces kept aside.
    fn late_head(&self, _totals: &Totals, _lang: Lang) -> anyhow::Result<String> {
        Ok(String::new())
    }
    /// One file's piece; empty when the file adds nothing to the output here.
    fn file(&self, r: &FileResult, lang: Lang) -> anyhow::Result<String>;
    /// Written between two non-empty pieces.
    fn separator(&self) -> &'static str {
        ""
    }
    /// What comes after the last piece.
    fn tail(&self, totals: &Totals, lang: Lang) -> anyhow::Result<String>;
}

/// When a reporter's head can be written.
pub enum Head {
    /// Before the files: the pieces are written as they come.
    Now(String),
    /// Only when the whole batch is known (SARIF lists every file and every unreadable one
    /// before its results): the pieces are kept aside in a temporary file until then.
    AfterAll,
}

/// How one file ended, without its report.
#[derive(Clone)]
pub enum Status {
    Checked,
    Failed(String),
    Skipped(String),
}

/// What the totals need of one file once its piece is rendered: counts and names, no text.
pub struct Facts {
    pub path: String,
    pub status: Status,
    /// The size of the checked text as read (0 unless checked).
    pub bytes: usize,
    /// Findings by severity (info, warning, error).
    pub counts: [usize; 3],
    /// The recognised document type's name, for a checked file.
    pub doc_type: Option<&'static str>,
    /// (code, name, severity) of each finding other than DOC003 (the coverage note, which says
    /// which rules ran): the summary table and the exit code count these.
    pub findings: Vec<(&'static str, &'static str, Severity)>,
}

impl Facts {
    pub fn of(r: &FileResult) -> Self {
        let mut facts = Facts {
            path: r.path.clone(),
            status: Status::Checked,
            bytes: 0,
            counts: [0; 3],
            doc_type: None,
            findings: Vec::new(),
        };
        match &r.outcome {
            Outcome::Checked { report, .. } => {
                facts.bytes = report.source.original().len();
                facts.doc_type = report
                    .document
                    .title
                    .as_ref()
                    .and_then(|t| t.doc_type)
                    .map(|t| t.name);
                for d in &report.diagnostics {
                    facts.counts[d.severity as usize] += 1;
                    if d.code != "DOC003" {
                        facts.findings.push((d.code, d.name, d.severity));
                    }
                }
            }
            Outcome::Failed(e) => facts.status = Status::Failed(e.clone()),
            Outcome::Skipped(why) => facts.status = Status::Skipped(why.clone()),
        }
        facts
    }
}

/// A batch's totals, added up a file at a time in path order.
#[derive(Default)]
pub struct Totals {
    pub files: usize,
    pub checked: usize,
    pub failed: usize,
    pub skipped: usize,
    /// Bytes of the checked texts.
    pub bytes: usize,
    /// Findings by severity (info, warning, error).
    pub counts: [usize; 3],
    /// The highest severity of a finding other than DOC003.
    pub worst: Option<Severity>,
    /// Per rule code: severity and name (as first met), findings, files.
    pub per_rule: BTreeMap<&'static str, (Severity, &'static str, usize, usize)>,
    /// Per document type: files, errors, warnings, notes (DOC003 aside).
    pub per_type: BTreeMap<String, (usize, usize, usize, usize)>,
    /// Every file's path and status, in order, when the reporter's head comes after all.
    pub outcomes: Option<Vec<(String, Status)>>,
    /// How many non-empty pieces were written.
    pub pieces: usize,
}

impl Totals {
    pub fn add(&mut self, facts: Facts, lang: Lang) {
        self.files += 1;
        for (total, n) in self.counts.iter_mut().zip(facts.counts) {
            *total += n;
        }
        match &facts.status {
            Status::Checked => {
                self.checked += 1;
                self.bytes += facts.bytes;
                let type_name = facts.doc_type.map_or_else(
                    || match lang {
                        Lang::Vi => "(không rõ loại)".to_owned(),
                        Lang::En => "(unknown type)".to_owned(),
                    },
                    str::to_owned,
                );
                let row = self.per_type.entry(type_name).or_default();
                row.0 += 1;
                let mut seen = BTreeSet::new();
                for &(code, name, severity) in &facts.findings {
                    let e = self.per_rule.entry(code).or_insert((severity, name, 0, 0));
                    e.2 += 1;
                    if seen.insert(code) {
                        e.3 += 1;
                    }
                    match severity {
                        Severity::Error => row.1 += 1,
                        Severity::Warning => row.2 += 1,
                        Severity::Info => row.3 += 1,
                    }
                    self.worst = self.worst.max(Some(severity));
                }
            }
            Status::Failed(_) => self.failed += 1,
            Status::Skipped(_) => self.skipped += 1,
        }
        if let Some(outcomes) = &mut self.outcomes {
            outcomes.push((facts.path, facts.status));
        }
    }
}

/// Where pieces go while a head waits for the whole batch.
enum Aside {
    File(std::io::BufWriter<std::fs::File>),
    /// No temporary file could be made: memory, as before streaming.
    Memory(Vec<u8>),
}

/// Writes one report a file at a time to `out`: the head first (or, for a late head, the
/// pieces into a temporary file), each piece as it is handed over, the tail at the end.
/// Writing to `out` stops quietly at the first error (a closed pipe, `| head`); the files are
/// still all checked and counted.
pub struct Emitter<'a, W: Write> {
    reporter: &'a dyn Reporter,
    lang: Lang,
    out: W,
    out_ok: bool,
    aside: Option<Aside>,
    totals: Totals,
}

impl<'a, W: Write> Emitter<'a, W> {
    pub fn new(reporter: &'a dyn Reporter, lang: Lang, out: W) -> Self {
        let mut e = Emitter {
            reporter,
            lang,
            out,
            out_ok: true,
            aside: None,
            totals: Totals::default(),
        };
        match reporter.head(lang) {
            Head::Now(text) => e.write_out(text.as_bytes()),
            Head::AfterAll => {
                e.totals.outcomes = Some(Vec::new());
                e.aside = Some(match tempfile::tempfile() {
                    Ok(f) => Aside::File(std::io::BufWriter::new(f)),
                    Err(_) => Aside::Memory(Vec::new()),
                });
            }
        }
        e
    }

    fn write_out(&mut self, bytes: &[u8]) {
        if self.out_ok && self.out.write_all(bytes).is_err() {
            self.out_ok = false;
        }
    }

    fn write_piece(&mut self, bytes: &[u8]) -> anyhow::Result<()> {
        match &mut self.aside {
            None => self.write_out(bytes),
            Some(Aside::File(f)) => f.write_all(bytes).map_err(|e| {
                anyhow::anyhow!("không ghi được tệp tạm (cannot write a temporary file): {e}")
            })?,
            Some(Aside::Memory(v)) => v.extend_from_slice(bytes),
        }
        Ok(())
    }

    /// One file's piece (from [`Reporter::file`]) and facts, in path order.
    pub fn file(&mut self, piece: &str, facts: Facts) -> anyhow::Result<()> {
        if !piece.is_empty() {
            if self.totals.pieces > 0 {
                self.write_piece(self.reporter.separator().as_bytes())?;
            }
            self.write_piece(piece.as_bytes())?;
            self.totals.pieces += 1;
        }
        self.totals.add(facts, self.lang);
        Ok(())
    }

    /// Writes what remains and hands back the totals.
    pub fn finish(mut self) -> anyhow::Result<Totals> {
        if let Some(aside) = self.aside.take() {
            let head = self.reporter.late_head(&self.totals, self.lang)?;
            self.write_out(head.as_bytes());
            match aside {
                Aside::Memory(v) => self.write_out(&v),
                Aside::File(f) => {
                    let tmp_err = |e: std::io::Error| {
                        anyhow::anyhow!(
                            "không đọc lại được tệp tạm (cannot read a temporary file back): {e}"
                        )
                    };
                    let mut f = f.into_inner().map_err(|e| tmp_err(e.into_error()))?;
                    f.seek(std::io::SeekFrom::Start(0)).map_err(tmp_err)?;
                    let mut buf = vec![0u8; 1 << 16];
                    loop {
                        let n = f.read(&mut buf).map_err(tmp_err)?;
                        if n == 0 {
                            break;
                        }
                        self.write_out(&buf[..n]);
                    }
                }
            }
        }
        let tail = self.reporter.tail(&self.totals, self.lang)?;
        self.write_out(tail.as_bytes());
        if self.out_ok && self.out.flush().is_err() {
            self.out_ok = false;
        }
        Ok(self.totals)
    }
}

/// `v` pretty-printed as serde_json prints it `depth` levels deep (two spaces a level): a
/// piece to splice into a document printed by `serde_json::to_string_pretty`. JSON strings
/// hold no raw newline, so indenting after each one is exact.
pub fn pretty_at<T: Serialize + ?Sized>(v: &T, depth: usize) -> anyhow::Result<String> {
    let text = serde_json::to_string_pretty(v)?;
    Ok(text.replace('\n', &format!("\n{}", "  ".repeat(depth))))
}

/// Text for people: one block per finding, the line underlined.
pub struct Human(pub Paint);
/// The JSON contract (README).
pub struct Json;
/// One table: findings per rule and per document type.
pub struct Summary;

impl Reporter for Human {
    fn file(&self, r: &FileResult, lang: Lang) -> anyhow::Result<String> {
        Ok(human_file(r, lang, self.0))
    }

    fn tail(&self, totals: &Totals, lang: Lang) -> anyhow::Result<String> {
        Ok(human_tail(totals, lang))
    }
}

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

impl Reporter for Summary {
    fn file(&self, _r: &FileResult, _lang: Lang) -> anyhow::Result<String> {
        Ok(String::new())
    }

    fn tail(&self, totals: &Totals, lang: Lang) -> anyhow::Result<String> {
        Ok(summary_table(totals, lang))
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

/// ANSI styles for the human reporter, or none.
#[derive(Clone, Copy)]
pub struct Paint {
    pub on: bool,
}

impl Paint {
    fn wrap(self, code: &str, text: &str) -> String {
        if self.on {
            format!("\x1b[{code}m{text}\x1b[0m")
        } else {
            text.to_owned()
        }
    }

    fn severity(self, s: Severity, text: &str) -> String {
        let code = match s {
            Severity::Error => "1;31",
            Severity::Warning => "1;33",
            Severity::Info => "1;36",
        };
        self.wrap(code, text)
    }

    fn bold(self, text: &str) -> String {
        self.wrap("1", text)
    }

    fn dim(self, text: &str) -> String {
        self.wrap("2", text)
    }
}

/// One file's findings as text (a diff first, with `--diff`).
fn human_file(r: &FileResult, lang: Lang, paint: Paint) -> String {
    let mut out = String::new();
    match &r.outcome {
        Outcome::Failed(e) => {
            let label = if lang == Lang::Vi {
                "lỗi đầu vào"
            } else {
                "input error"
            };
            let _ = writeln!(
                out,
                "{}: {}: {e}",
                r.path,
                paint.severity(Severity::Error, label)
            );
        }
        Outcome::Skipped(why) => {
            let label = if lang == Lang::Vi {
                "bỏ qua"
            } else {
                "skipped"
            };
            let _ = writeln!(out, "{}: {}: {why}", r.path, paint.dim(label));
        }
        Outcome::Checked {
            report,
            fixes_applied,
            diff,
        } => {
            if let Some(diff) = diff {
                out.push_str(diff);
            }
            if *fixes_applied > 0 {
                let _ = match lang {
                    Lang::Vi => {
                        writeln!(out, "{}: đã sửa {fixes_applied} chỗ; còn lại:", r.path)
                    }
                    Lang::En => {
                        writeln!(out, "{}: {fixes_applied} fixes applied; remaining:", r.path)
                    }
                };
            }
            for d in &report.diagnostics {
                write_human(&mut out, &r.path, report, d, lang, paint);
            }
        }
    }
    out
}

/// The last line of the human report: the batch's counts.
fn human_tail(totals: &Totals, lang: Lang) -> String {
    let [i, w, e] = totals.counts;
    let (files, failed, skipped) = (totals.files, totals.failed, totals.skipped);
    let mut tail = match lang {
        Lang::Vi => format!("{files} tệp: {e} lỗi, {w} cảnh báo, {i} lưu ý"),
        Lang::En => format!("{files} files: {e} errors, {w} warnings, {i} notes"),
    };
    if failed > 0 {
        tail += &match lang {
            Lang::Vi => format!("; {failed} tệp không đọc được"),
            Lang::En => format!("; {failed} unreadable"),
        };
    }
    if skipped > 0 {
        tail += &match lang {
            Lang::Vi => format!("; {skipped} tệp bỏ qua"),
            Lang::En => format!("; {skipped} skipped"),
        };
    }
    tail + ".\n"
}

/// One table: findings per rule, then per document type.
fn summary_table(totals: &Totals, lang: Lang) -> String {
    let mut out = String::new();
    let (h_rule, h_sev, h_n, h_files) = match lang {
        Lang::Vi => ("Quy tắc", "Mức", "Số lần", "Số tệp"),
        Lang::En => ("Rule", "Severity", "Findings", "Files"),
    };
    let _ = writeln!(out, "{h_rule:<42} {h_sev:<9} {h_n:>7} {h_files:>7}");
    for (code, (sev, name, n, files)) in &totals.per_rule {
        let label = format!("{code} {name}");
        let _ = writeln!(out, "{label:<42} {:<9} {n:>7} {files:>7}", sev.label(lang));
    }
    let (h_type, h_docs, h_e, h_w, h_i) = match lang {
        Lang::Vi => ("Loại văn bản", "Số tệp", "Lỗi", "Cảnh báo", "Lưu ý"),
        Lang::En => ("Document type", "Files", "Errors", "Warnings", "Notes"),
    };
    let _ = writeln!(out);
    let _ = writeln!(out, "{h_type:<24} {h_docs:>7} {h_e:>7} {h_w:>9} {h_i:>7}");
    for (t, (docs, e, w, i)) in &totals.per_type {
        let _ = writeln!(out, "{t:<24} {docs:>7} {e:>7} {w:>9} {i:>7}");
    }
    let (files, failed, skipped) = (totals.files, totals.failed, totals.skipped);
    let _ = writeln!(out);
    let _ = match lang {
        Lang::Vi => writeln!(
            out,
            "{files} tệp; {failed} không đọc được; {skipped} bỏ qua."
        ),
        Lang::En => writeln!(
            out,
            "{files} files; {failed} unreadable; {skipped} skipped."
        ),
    };
    out
}

/// A stretch of `line` around byte `at` (a few hundred characters each side, on character
/// boundaries), and where it starts in the line.
fn around(line: &str, at: usize) -> (&str, usize) {
    thethuc::internals::window_around(line, at, 2048)
}

fn write_human(
    out: &mut String,
    path: &str,
    rep: &Report,
    d: &Diagnostic,
    lang: Lang,
    paint: Paint,
) {
    let p = rep.source.place(d.span);
    let _ = writeln!(
        out,
        "{path}:{}:{}: {} {} [{}] {}",
        p.line,
        p.column,
        paint.severity(d.severity, d.severity.label(lang)),
        paint.bold(d.code),
        d.name,
        d.message.get(lang)
    );
    // The source line with the range underlined (the first line of the range).
    if d.code != "DOC003" {
        let (full_line, full_start) = rep.source.original_line_at(p.start);
        // A very long line (a document run together, a hostile file) is cut to a stretch
        // around the finding first: showing it costs the same whatever the line's length.
        let (line_text, line_start) = around(full_line, (p.start - full_start) as usize);
        let line_start = full_start + line_start as u32;
        let cut_before = line_start > full_start;
        let cut_after =
            line_start as usize - full_start as usize + line_text.len() < full_line.len();
        let display = line_text.replace(['\t', '\u{c}'], " ");
        let width = (p.line as usize).to_string().len();
        let col0 = line_text[..(p.start - line_start) as usize].chars().count();
        let end_in_line = (p.end.min(line_start + line_text.len() as u32) - line_start) as usize;
        let len = line_text
            [(p.start - line_start) as usize..end_in_line.max((p.start - line_start) as usize)]
            .chars()
            .count()
            .max(1);
        // A very long line (a hostile or broken file) is shown as a window around the finding.
        const WINDOW: usize = 160;
        let chars: Vec<char> = display.trim_end().chars().collect();
        let (shown, caret_at, caret_len) = if chars.len() > WINDOW {
            let from = col0
                .saturating_sub(40)
                .min(chars.len().saturating_sub(WINDOW));
            let to = (from + WINDOW).min(chars.len());
            let mut shown: String = chars[from..to].iter().collect();
            let mut at = col0 - from;
            if from > 0 || cut_before {
                shown.insert(0, '…');
                at += 1;
            }
            if to < chars.len() || cut_after {
                shown.push('…');
            }
            (shown, at, len.min(WINDOW))
        } else {
            (chars.iter().collect(), col0, len)
        };
        let _ = writeln!(out, "{:width$} |", "");
        let _ = writeln!(out, "{} | {}", p.line, shown);
        let _ = writeln!(
            out,
            "{:width$} | {}{}",
            "",
            " ".repeat(caret_at),
            "^".repeat(caret_len)
        );
    }
    // A word-processor file has paragraphs, not lines: say which one, and where in it.
    if let Some(styled) = rep.document.styled.as_ref().filter(|_| d.code != "DOC003") {
        if let Some(i) = styled.block_index_at(d.span.start) {
            let block = &styled.blocks[i];
            let text = rep.source.text();
            let at = d.span.start.clamp(block.span.start, block.span.end) as usize;
            let char_no = text[block.span.start as usize..at].chars().count() + 1;
            let _ = match lang {
                Lang::Vi => writeln!(out, "  = vị trí: đoạn {}, ký tự {char_no}", i + 1),
                Lang::En => writeln!(
                    out,
                    "  = position: paragraph {}, character {char_no}",
                    i + 1
                ),
            };
        }
    }
    if d.locator != "—" && !d.locator.is_empty() {
        let label = if lang == Lang::Vi {
            "căn cứ"
        } else {
            "reference"
        };
        let _ = writeln!(out, "  = {label}: {}", locator_text(d.locator, lang));
    }
    for f in &d.fixes {
        let label = match (f.applicability, lang) {
            (thethuc::Applicability::Safe, Lang::Vi) => "sửa tự động được",
            (thethuc::Applicability::Unsafe, Lang::Vi) => "gợi ý sửa (cần xem lại)",
            (thethuc::Applicability::Safe, Lang::En) => "safe fix",
            (thethuc::Applicability::Unsafe, Lang::En) => "suggested fix (review it)",
        };
        let _ = writeln!(out, "  = {label}: {}", f.message.get(lang));
    }
}

/// `PL-I II.3` → `Phụ lục I, mục II.3, Nghị định 30/2020/NĐ-CP`; `Đ13, PL-I II.7` →
/// `Điều 13; Phụ lục I, mục II.7 — Nghị định 30/2020/NĐ-CP`. Other locators are shown as written.
pub fn locator_text(loc: &str, lang: Lang) -> String {
    let decree = "Nghị định 30/2020/NĐ-CP";
    let mut any_decree_part = false;
    let parts: Vec<String> = loc
        .split(',')
        .map(str::trim)
        .map(|p| {
            if let Some(rest) = p.strip_prefix("PL-") {
                any_decree_part = true;
                let (n, r) = rest.split_once(' ').unwrap_or((rest, ""));
                match (lang, r.is_empty()) {
                    (Lang::Vi, true) => format!("Phụ lục {n}"),
                    (Lang::Vi, false) => format!("Phụ lục {n}, mục {r}"),
                    (Lang::En, true) => format!("Annex {n}"),
                    (Lang::En, false) => format!("Annex {n}, section {r}"),
                }
            } else if let Some(n) = p.strip_prefix('Đ') {
                any_decree_part = true;
                match lang {
                    Lang::Vi => format!("Điều {n}"),
                    Lang::En => format!("Article {n}"),
                }
            } else {
                p.to_owned()
            }
        })
        .collect();
    match (any_decree_part, parts.len(), lang) {
        (false, _, _) => parts.join(", "),
        (true, 1, _) => format!("{}, {decree}", parts[0]),
        (true, _, _) => format!("{} — {decree}", parts.join("; ")),
    }
}

fn severity_word(s: Severity) -> &'static str {
    s.as_str()
}

pub fn rules_json() -> Value {
    json!(REGISTRY
        .iter()
        .map(|r| json!({
            "code": r.code,
            "name": r.name,
            "severity": severity_word(r.severity),
            "fix": r.fix,
            "needs": r.needs,
            "locator": r.locator,
            "default_on": r.default_on,
            "summary": { "vi": r.summary_vi, "en": r.summary_en },
            "docs": { "vi": r.docs_vi, "en": r.docs_en },
            "examples": { "bad": r.bad, "good": r.good },
        }))
        .collect::<Vec<_>>())
}

pub fn rules_human(lang: Lang) -> String {
    let mut out = String::new();
    for r in REGISTRY {
        let summary = if lang == Lang::Vi {
            r.summary_vi
        } else {
            r.summary_en
        };
        let _ = writeln!(
            out,
            "{:<7} {:<8} {:<30} {}",
            r.code,
            r.severity.label(lang),
            r.name,
            summary
        );
    }
    let _ = match lang {
        Lang::Vi => writeln!(
            out,
            "{} quy tắc. Xem chi tiết: thethuc rule MÃ",
            REGISTRY.len()
        ),
        Lang::En => writeln!(out, "{} rules. Details: thethuc rule CODE", REGISTRY.len()),
    };
    out
}

pub fn rule_docs(r: &Rule, lang: Lang) -> String {
    let mut out = String::new();
    let (summary, docs) = match lang {
        Lang::Vi => (r.summary_vi, r.docs_vi),
        Lang::En => (r.summary_en, r.docs_en),
    };
    let _ = writeln!(out, "{} {} — {}", r.code, r.name, summary);
    let _ = writeln!(out);
    let _ = writeln!(out, "{docs}");
    let _ = writeln!(out);
    let (sev, loc, bad, good) = match lang {
        Lang::Vi => ("Mức mặc định", "Căn cứ", "Ví dụ sai", "Ví dụ đúng"),
        Lang::En => (
            "Default severity",
            "Reference",
            "Bad example",
            "Good example",
        ),
    };
    let _ = writeln!(out, "{sev}: {}", r.severity.label(lang));
    let _ = writeln!(out, "{loc}: {}", locator_text(r.locator, lang));
    for (label, text) in [(bad, r.bad), (good, r.good)] {
        if text.is_empty() {
            continue;
        }
        let _ = writeln!(out, "\n{label}:");
        for l in text.lines() {
            let _ = writeln!(out, "    {l}");
        }
    }
    out
}

pub fn tree_json(source: &Source, doc: &Document) -> Value {
    let text = source.text();
    let line = |i: usize| {
        let l = &doc.lines[i];
        let p = source.place(l.span);
        json!({ "text": l.span.of(text), "line": p.line, "column": p.column, "start": p.start, "end": p.end })
    };
    let lines = |v: &[usize]| v.iter().map(|&i| line(i)).collect::<Vec<_>>();
    let opt = |o: Option<usize>| o.map_or(Value::Null, line);
    let h = &doc.header;
    json!({
        "regime": doc.regime,
        "header": {
            "quoc_hieu": opt(h.quoc_hieu),
            "tieu_ngu": opt(h.tieu_ngu),
            "party_heading": opt(h.party_heading),
            "issuer": lines(&h.issuer),
            "so_ky_hieu": opt(h.so),
            "place_date": opt(h.place_date),
        },
        "title": doc.title.as_ref().map(|t| json!({
            "type_name": line(t.type_line),
            "type": t.doc_type.map(|d| d.name),
            "trich_yeu": lines(&t.trich_yeu),
        })),
        "cong_van_trich_yeu": lines(&doc.vv),
        "kinh_gui": doc.kinh_gui.as_ref().map(|k| json!({ "label": line(k.label), "items": lines(&k.items) })),
        "authority_heading": opt(doc.authority_heading),
        "preamble": lines(&doc.preamble),
        "enacting": opt(doc.enacting),
        "body": {
            "lines": doc.body.len(),
            "structure": doc.body.clone().filter(|&i| !matches!(doc.lines[i].kind, thethuc::document::LineKind::Paragraph)).map(|i| {
                let mut v = line(i);
                v["kind"] = serde_json::to_value(&doc.lines[i].kind).ok().and_then(|k| k.get("kind").cloned()).unwrap_or(Value::Null);
                v
            }).collect::<Vec<_>>(),
        },
        "closing": {
            "noi_nhan": doc.closing.noi_nhan.as_ref().map(|n| json!({
                "label": line(n.label),
                "items": n.items.iter().map(|it| lines(&it.lines)).collect::<Vec<_>>(),
                "luu": opt(n.luu),
            })),
            "signature": {
                "authority": lines(&doc.closing.signature.authority),
                "positions": lines(&doc.closing.signature.positions),
                "name": opt(doc.closing.signature.name),
            },
            "stray": lines(&doc.closing.stray),
        },
        "citations": doc.citations.iter().map(|c| {
            let t = |s: Option<Span>| s.map_or(Value::Null, |s| Value::from(s.of(text)));
            let p = source.place(c.span);
            json!({
                "text": c.span.of(text),
                "line": p.line,
                "type": t(c.doc_type),
                "number": t(c.number),
                "year": t(c.year),
                "code": t(c.code),
                "date": c.date.map(|d| format!("{:02}/{:02}/{}", d.day, d.month, d.year)),
                "issuer": t(c.issuer),
            })
        }).collect::<Vec<_>>(),
        "sections": doc.sections.iter().map(|s| section_json(source, doc, s)).collect::<Vec<_>>(),
        "appendices": doc.appendices.iter().map(|a| json!({
            "heading": line(a.heading),
            "reference": opt(a.reference),
            "lines": a.lines.len(),
        })).collect::<Vec<_>>(),
    })
}

fn section_json(source: &Source, doc: &Document, s: &thethuc::document::Section) -> Value {
    let text = source.text();
    let (line, _) = source.line_col(source.to_original(doc.lines[s.line].span.start, false));
    json!({
        "kind": s.kind,
        "number": s.number.of(text),
        "title": s.title.map(|t| t.of(text)),
        "line": line,
        "children": s.children.iter().map(|c| section_json(source, doc, c)).collect::<Vec<_>>(),
    })
}

pub fn tree_human(source: &Source, doc: &Document) -> String {
    let text = source.text();
    let mut out = String::new();
    let show = |out: &mut String, label: &str, i: Option<usize>| {
        let v = i.map_or_else(
            || "—".to_owned(),
            |i| {
                let l = &doc.lines[i];
                let (line, _) = source.line_col(source.to_original(l.span.start, false));
                format!("{}  (dòng {line})", l.span.of(text))
            },
        );
        let _ = writeln!(out, "{label:<24}{v}");
    };
    let many = |out: &mut String, label: &str, v: &[usize]| {
        if v.is_empty() {
            show(out, label, None);
        }
        for (k, &i) in v.iter().enumerate() {
            show(out, if k == 0 { label } else { "" }, Some(i));
        }
    };
    let _ = writeln!(out, "Chế độ văn bản          {:?}", doc.regime);
    show(&mut out, "Quốc hiệu", doc.header.quoc_hieu);
    show(&mut out, "Tiêu ngữ", doc.header.tieu_ngu);
    many(&mut out, "Cơ quan ban hành", &doc.header.issuer);
    show(&mut out, "Số, ký hiệu", doc.header.so);
    show(&mut out, "Địa danh, ngày tháng", doc.header.place_date);
    show(
        &mut out,
        "Tên loại",
        doc.title.as_ref().map(|t| t.type_line),
    );
    many(
        &mut out,
        "Trích yếu",
        doc.title.as_ref().map_or(&[][..], |t| &t.trich_yeu),
    );
    many(&mut out, "V/v (công văn)", &doc.vv);
    show(&mut out, "Kính gửi", doc.kinh_gui.as_ref().map(|k| k.label));
    let _ = writeln!(
        out,
        "{:<24}{} đoạn căn cứ / thực hiện",
        "Phần mở đầu",
        doc.preamble.len()
    );
    let _ = writeln!(out, "{:<24}{} dòng", "Nội dung", doc.body.len());
    show(
        &mut out,
        "Nơi nhận",
        doc.closing.noi_nhan.as_ref().map(|n| n.label),
    );
    if let Some(n) = &doc.closing.noi_nhan {
        for it in &n.items {
            many(&mut out, "", &it.lines);
        }
    }
    many(&mut out, "Thẩm quyền ký", &doc.closing.signature.authority);
    many(&mut out, "Chức vụ", &doc.closing.signature.positions);
    show(&mut out, "Người ký", doc.closing.signature.name);
    for a in &doc.appendices {
        show(&mut out, "Phụ lục", Some(a.heading));
    }
    out
}

/// The rule reference as Markdown, one `## CODE` heading per rule (docs/rules.md; SARIF links here).
pub fn rules_markdown(lang: Lang) -> String {
    let mut out = String::new();
    let title = match lang {
        Lang::Vi => "# Các quy tắc của thethuc\n\nTạo bằng `thethuc rules --format markdown`; đừng sửa tay.\n",
        Lang::En => "# thethuc rules\n\nGenerated by `thethuc rules --format markdown --lang en`; do not edit.\n",
    };
    out.push_str(title);
    for r in REGISTRY {
        let _ = writeln!(out, "\n## {}\n", r.code);
        for line in rule_docs(r, lang).lines() {
            let _ = writeln!(out, "{line}");
        }
    }
    out
}
