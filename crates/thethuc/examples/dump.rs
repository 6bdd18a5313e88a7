#![allow(clippy::unwrap_used, clippy::expect_used)]
//! Prints each classified line and the assembled components of a file: a debugging aid.
//! `cargo run -p thethuc --example dump -- FILE`
fn main() {
    let Some(path) = std::env::args().nth(1) else {
        eprintln!("usage: dump FILE");
        std::process::exit(2);
    };
    let bytes = std::fs::read(&path).unwrap_or_else(|e| {
        eprintln!("{path}: {e}");
        std::process::exit(2)
    });
    let decoded = if path.ends_with(".html") || path.ends_with(".htm") {
        thethuc::Source::from_html(&bytes)
    } else {
        thethuc::Source::from_bytes(&bytes)
    };
    let src = match decoded {
        Ok(s) => s,
        Err(e) => {
            eprintln!("{path}: {e}");
            std::process::exit(2)
        }
    };
    let format = if path.ends_with(".md") {
        thethuc::InputFormat::Markdown
    } else if path.ends_with(".html") || path.ends_with(".htm") {
        thethuc::InputFormat::Html
    } else {
        thethuc::InputFormat::Text
    };
    let parsed = thethuc::parse_source(src, format, &thethuc::Limits::default());
    let text = parsed.text();
    let doc = &parsed.document;
    for (i, l) in doc.lines.iter().enumerate() {
        let kind = serde_json::to_value(&l.kind).ok();
        let kind = kind
            .as_ref()
            .and_then(|k| k["kind"].as_str())
            .unwrap_or("?")
            .to_owned();
        println!(
            "{i:>4} r{:<4} c{} {:<11} {}",
            l.row + 1,
            l.column,
            kind,
            l.span.of(text)
        );
    }
    let mut summary = serde_json::to_value(doc).unwrap_or_default();
    if let Some(o) = summary.as_object_mut() {
        o.remove("lines");
    }
    println!(
        "{}",
        serde_json::to_string_pretty(&summary).unwrap_or_default()
    );
    let report = thethuc::check_str(text, &thethuc::Config::default());
    for d in &report.diagnostics {
        let (l, c) = report
            .source
            .line_col(report.source.to_original(d.span.start, false));
        println!(
            "{l}:{c} {} {} {}",
            d.code,
            d.severity.as_str(),
            d.message.vi
        );
    }
}
