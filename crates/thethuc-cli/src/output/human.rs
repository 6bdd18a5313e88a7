//! The human report: for each finding a `path:line:column: severity CODE [name] message` line,
//! then a code frame drawn by annotate-snippets (the crate rustc and Ruff use): the source line
//! with the range underlined, and the position in a .docx paragraph, the legal reference and the
//! fixes on `= label: text` lines under it; a last line counts the batch. Colours are anstyle
//! styles, on when anstream says the terminal takes them.

use super::{locator_text, visible, Reporter, Totals};
use crate::check_file::{FileResult, Outcome};
use annotate_snippets::{AnnotationKind, Group, Level, Renderer, Snippet};
use anstyle::{AnsiColor, Effects, Style};
use std::fmt::Write as _;
use thethuc::{Diagnostic, Lang, Report, Severity};

/// Text for people: one block per finding, the line framed and underlined.
pub struct Human(pub Paint);

impl Reporter for Human {
    fn file(&self, r: &FileResult, lang: Lang) -> anyhow::Result<String> {
        Ok(human_file(r, lang, self.0))
    }

    fn tail(&self, totals: &Totals, lang: Lang) -> anyhow::Result<String> {
        Ok(human_tail(totals, lang))
    }
}

/// Styles for the human reporter (anstyle), or none: whether to colour is decided once, from
/// `--color` and the terminal (anstream), before the files are rendered on the workers.
#[derive(Clone, Copy)]
pub struct Paint {
    pub on: bool,
}

const ERROR: Style = AnsiColor::Red.on_default().effects(Effects::BOLD);
const WARNING: Style = AnsiColor::Yellow.on_default().effects(Effects::BOLD);
const INFO: Style = AnsiColor::Cyan.on_default().effects(Effects::BOLD);

fn severity_style(s: Severity) -> Style {
    match s {
        Severity::Error => ERROR,
        Severity::Warning => WARNING,
        Severity::Info => INFO,
    }
}

impl Paint {
    fn wrap(self, style: Style, text: &str) -> String {
        if self.on {
            format!("{style}{text}{style:#}")
        } else {
            text.to_owned()
        }
    }

    fn severity(self, s: Severity, text: &str) -> String {
        self.wrap(severity_style(s), text)
    }

    fn bold(self, text: &str) -> String {
        self.wrap(Style::new().bold(), text)
    }

    fn dim(self, text: &str) -> String {
        self.wrap(Style::new().dimmed(), text)
    }

    /// The code frame's renderer: the underline takes the severity's colour, as the header does.
    fn renderer(self) -> Renderer {
        if self.on {
            Renderer::styled().error(ERROR).warning(WARNING).info(INFO)
        } else {
            Renderer::plain()
        }
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
                "{}: {}: {}",
                visible(&r.path),
                paint.severity(Severity::Error, label),
                visible(&e.to_string())
            );
        }
        Outcome::Skipped(why) => {
            let label = if lang == Lang::Vi {
                "bỏ qua"
            } else {
                "skipped"
            };
            let _ = writeln!(
                out,
                "{}: {}: {}",
                visible(&r.path),
                paint.dim(label),
                visible(&why.to_string())
            );
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
                        writeln!(
                            out,
                            "{}: đã sửa {fixes_applied} chỗ; còn lại:",
                            visible(&r.path)
                        )
                    }
                    Lang::En => {
                        writeln!(
                            out,
                            "{}: {fixes_applied} fixes applied; remaining:",
                            visible(&r.path)
                        )
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
        "{}:{}:{}: {} {} [{}] {}",
        visible(path),
        p.line,
        p.column,
        paint.severity(d.severity, d.severity.label(lang)),
        paint.bold(d.code),
        d.name,
        visible(d.message.get(lang))
    );
    let level = match d.severity {
        Severity::Error => Level::ERROR,
        Severity::Warning => Level::WARNING,
        Severity::Info => Level::INFO,
    };
    let mut frame = Group::with_level(level);
    // The source line with the range underlined (the first line of the range); the coverage
    // note is about the whole document and points nowhere.
    if d.code != "DOC003" {
        let (full_line, full_start) = rep.source.original_line_at(p.start);
        // A very long line (a document run together, a hostile file) is cut to a stretch
        // around the finding first, so that framing it costs the same whatever the line's
        // length; the renderer then trims the stretch to the width around the range, marking
        // each cut side with `...`.
        let (line_text, line_start) = around(full_line, (p.start - full_start) as usize);
        let line_start = full_start + line_start as u32;
        let from = (p.start - line_start) as usize;
        let to = (p.end.min(line_start + line_text.len() as u32) - line_start) as usize;
        frame = frame.element(
            Snippet::source(line_text)
                .line_start(p.line as usize)
                .annotation(AnnotationKind::Primary.span(from..to.max(from))),
        );
    }
    // The notes, each on a `= label: text` line under the frame.
    let mut notes: Vec<(&str, String)> = Vec::new();
    // A word-processor file has paragraphs, not lines: say which one, and where in it.
    if let Some(styled) = rep.document.styled.as_ref().filter(|_| d.code != "DOC003") {
        if let Some(i) = styled.block_index_at(d.span.start) {
            let block = &styled.blocks[i];
            let text = rep.source.text();
            let at = d.span.start.clamp(block.span.start, block.span.end) as usize;
            let char_no = text[block.span.start as usize..at].chars().count() + 1;
            notes.push(match lang {
                Lang::Vi => ("vị trí", format!("đoạn {}, ký tự {char_no}", i + 1)),
                Lang::En => (
                    "position",
                    format!("paragraph {}, character {char_no}", i + 1),
                ),
            });
        }
    }
    if d.locator != "—" && !d.locator.is_empty() {
        let label = if lang == Lang::Vi {
            "căn cứ"
        } else {
            "reference"
        };
        notes.push((label, locator_text(d.locator, lang)));
    }
    for f in &d.fixes {
        let label = match (f.applicability, lang) {
            (thethuc::Applicability::Safe, Lang::Vi) => "sửa tự động được",
            (thethuc::Applicability::Unsafe, Lang::Vi) => "gợi ý sửa (cần xem lại)",
            (thethuc::Applicability::Safe, Lang::En) => "safe fix",
            (thethuc::Applicability::Unsafe, Lang::En) => "suggested fix (review it)",
        };
        notes.push((label, visible(f.message.get(lang)).into_owned()));
    }
    frame = frame.elements(
        notes
            .iter()
            .map(|(label, text)| Level::NOTE.with_name(*label).message(text.as_str())),
    );
    if !frame.is_empty() {
        out.push_str(&paint.renderer().render(&[frame]));
        out.push('\n');
    }
}
