//! Reporters: human text and the JSON contract.

use crate::FileResult;
use serde_json::{json, Value};
use std::fmt::Write as _;
use thethuc::rules::{Rule, REGISTRY};
use thethuc::{Diagnostic, Document, Lang, Report, Severity, Source, Span};

/// Positions of a span for people and programs: original byte offsets, 1-based line/column.
struct Place {
    start: u32,
    end: u32,
    line: u32,
    column: u32,
    end_line: u32,
    end_column: u32,
}

fn place(source: &Source, span: Span) -> Place {
    let start = source.to_original(span.start, false);
    let end = source.to_original(span.end, true);
    let (line, column) = source.line_col(start);
    let (end_line, end_column) = source.line_col(end);
    Place {
        start,
        end,
        line,
        column,
        end_line,
        end_column,
    }
}

pub fn io_error_message(e: &std::io::Error) -> String {
    match e.kind() {
        std::io::ErrorKind::NotFound => format!("không tìm thấy tệp (file not found): {e}"),
        std::io::ErrorKind::PermissionDenied => {
            format!("không có quyền đọc tệp (permission denied): {e}")
        }
        _ => format!("không đọc được tệp (cannot read the file): {e}"),
    }
}

fn diagnostic_json(source: &Source, d: &Diagnostic, lang: Lang) -> Value {
    let p = place(source, d.span);
    let fixes: Vec<Value> = d
        .fixes
        .iter()
        .map(|f| {
            json!({
                "applicability": f.applicability,
                "message": f.message.get(lang),
                "edits": f.edits.iter().map(|e| json!({
                    "start": source.to_original(e.span.start, false),
                    "end": source.to_original(e.span.end, true),
                    "replacement": e.replacement,
                })).collect::<Vec<_>>(),
            })
        })
        .collect();
    json!({
        "code": d.code,
        "name": d.name,
        "severity": d.severity.as_str(),
        "message": d.message.get(lang),
        "line": p.line,
        "column": p.column,
        "end_line": p.end_line,
        "end_column": p.end_column,
        "start": p.start,
        "end": p.end,
        "fixes": fixes,
        "locator": d.locator,
    })
}

pub fn report_json(results: &[FileResult], lang: Lang) -> Value {
    let mut counts = [0usize; 3];
    let files: Vec<Value> = results
        .iter()
        .map(|r| match &r.outcome {
            Ok(rep) => {
                for d in &rep.diagnostics {
                    counts[d.severity as usize] += 1;
                }
                json!({
                    "path": r.path,
                    "error": Value::Null,
                    "diagnostics": rep.diagnostics.iter().map(|d| diagnostic_json(&rep.source, d, lang)).collect::<Vec<_>>(),
                })
            }
            Err(e) => json!({ "path": r.path, "error": e, "diagnostics": [] }),
        })
        .collect();
    json!({
        "files": files,
        "summary": {
            "files": results.len(),
            "files_with_errors": results.iter().filter(|r| r.outcome.is_err()).count(),
            "errors": counts[Severity::Error as usize],
            "warnings": counts[Severity::Warning as usize],
            "infos": counts[Severity::Info as usize],
        }
    })
}

pub fn report_human(results: &[FileResult], lang: Lang) -> String {
    let mut out = String::new();
    let mut counts = [0usize; 3];
    for r in results {
        match &r.outcome {
            Err(e) => {
                let _ = writeln!(
                    out,
                    "{}: {}: {e}",
                    r.path,
                    if lang == Lang::Vi {
                        "lỗi đầu vào"
                    } else {
                        "input error"
                    }
                );
            }
            Ok(rep) => {
                for d in &rep.diagnostics {
                    counts[d.severity as usize] += 1;
                    write_human(&mut out, &r.path, rep, d, lang);
                }
            }
        }
    }
    let (e, w, i) = (counts[2], counts[1], counts[0]);
    let _ = match lang {
        Lang::Vi => writeln!(
            out,
            "{} tệp: {e} lỗi, {w} cảnh báo, {i} lưu ý.",
            results.len()
        ),
        Lang::En => writeln!(
            out,
            "{} files: {e} errors, {w} warnings, {i} notes.",
            results.len()
        ),
    };
    out
}

fn write_human(out: &mut String, path: &str, rep: &Report, d: &Diagnostic, lang: Lang) {
    let p = place(&rep.source, d.span);
    let _ = writeln!(
        out,
        "{path}:{}:{}: {} {} [{}] {}",
        p.line,
        p.column,
        d.severity.label(lang),
        d.code,
        d.name,
        d.message.get(lang)
    );
    // The source line with the range underlined (the first line of the range).
    if d.code != "DOC003" {
        let (line_text, line_start) = rep.source.original_line_at(p.start);
        let display = line_text.replace(['\t', '\u{c}'], " ");
        let width = (p.line as usize).to_string().len();
        let col0 = line_text[..(p.start - line_start) as usize].chars().count();
        let end_in_line = (p.end.min(line_start + line_text.len() as u32) - line_start) as usize;
        let len = line_text
            [(p.start - line_start) as usize..end_in_line.max((p.start - line_start) as usize)]
            .chars()
            .count()
            .max(1);
        let _ = writeln!(out, "{:width$} |", "");
        let _ = writeln!(out, "{} | {}", p.line, display.trim_end());
        let _ = writeln!(
            out,
            "{:width$} | {}{}",
            "",
            " ".repeat(col0),
            "^".repeat(len)
        );
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
        let p = place(source, l.span);
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
            let p = place(source, c.span);
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

fn section_json(source: &Source, doc: &Document, s: &thethuc::structure::Section) -> Value {
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
