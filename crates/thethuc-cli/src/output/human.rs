//! The human report: for each finding a `path:line:column: severity CODE [name] message` line,
//! the source line with the range underlined, then the position in a .docx paragraph, the legal
//! reference and the fixes on `  = ` lines; a last line counts the batch.

use super::{locator_text, Reporter, Totals};
use crate::check_file::{FileResult, Outcome};
use std::fmt::Write as _;
use thethuc::{Diagnostic, Lang, Report, Severity};

/// Text for people: one block per finding, the line underlined.
pub struct Human(pub Paint);

impl Reporter for Human {
    fn file(&self, r: &FileResult, lang: Lang) -> anyhow::Result<String> {
        Ok(human_file(r, lang, self.0))
    }

    fn tail(&self, totals: &Totals, lang: Lang) -> anyhow::Result<String> {
        Ok(human_tail(totals, lang))
    }
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
