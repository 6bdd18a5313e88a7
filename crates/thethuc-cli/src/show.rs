//! The commands that print and check nothing: `rules` (the rule list as text, JSON or Markdown),
//! `rule` (one rule explained), `parse` (the recognised document tree) and `config --print`
//! (the effective configuration). Their text comes from `output::rules` and `output::tree`.

use crate::args::{ConfigArgs, Format, LangArg};
use crate::check_file::read_docx;
use crate::{config_file, inputs, output};
use anyhow::Result;
use std::path::Path;
use std::process::ExitCode;

/// `thethuc rules`.
pub fn rules(format: Format, lang: LangArg) -> Result<ExitCode> {
    let out = match format {
        Format::Json => serde_json::to_string_pretty(&output::rules_json())? + "\n",
        Format::Markdown => output::rules_markdown(lang.into()),
        _ => output::rules_human(lang.into()),
    };
    print!("{out}");
    Ok(ExitCode::SUCCESS)
}

/// `thethuc rule CODE`.
pub fn rule(code: &str, lang: LangArg) -> ExitCode {
    match thethuc::rules::by_code(code) {
        Some(rule) => {
            print!("{}", output::rule_docs(rule, lang.into()));
            ExitCode::SUCCESS
        }
        None => {
            eprintln!(
                "thethuc: không có quy tắc \"{code}\" (no rule \"{code}\"); xem `thethuc rules`"
            );
            ExitCode::from(2)
        }
    }
}

/// `thethuc parse FILE`.
pub fn parse(file: &Path, format: Format) -> Result<ExitCode> {
    let bytes = std::fs::read(file).map_err(|e| anyhow::anyhow!("{}: {e}", file.display()))?;
    let (source, doc) = if inputs::format_of(file) == Ok(thethuc::InputFormat::Styled) {
        let blocks = read_docx(&bytes).map_err(|e| anyhow::anyhow!("{}: {e}", file.display()))?;
        let report = thethuc::check_styled(&blocks, &thethuc::Config::default());
        (report.source, report.document)
    } else {
        let format = inputs::format_of(file).unwrap_or(thethuc::InputFormat::Text);
        let source = if format == thethuc::InputFormat::Html {
            thethuc::Source::from_html(&bytes)
        } else {
            thethuc::Source::from_bytes(&bytes)
        }
        .map_err(|e| anyhow::anyhow!("{}: {e}", file.display()))?;
        let parsed = thethuc::parse_source(source, format, &thethuc::Limits::default());
        (parsed.source, parsed.document)
    };
    let out = match format {
        Format::Json => serde_json::to_string_pretty(&output::tree_json(&source, &doc))? + "\n",
        _ => output::tree_human(&source, &doc),
    };
    print!("{out}");
    Ok(ExitCode::SUCCESS)
}

/// `thethuc config --print [PATH]`.
pub fn config(args: ConfigArgs) -> Result<ExitCode> {
    if !args.print {
        eprintln!(
            "thethuc: dùng `thethuc config --print [PATH]` (use `thethuc config --print [PATH]`)"
        );
        return Ok(ExitCode::from(2));
    }
    let loaded = match &args.config {
        Some(p) => config_file::load(p).map(|l| Some(std::sync::Arc::new(l))),
        None => {
            let folder = config_file::search_start(&args.path);
            config_file::Finder::default().for_folder(&folder)
        }
    };
    match loaded.and_then(|l| config_file::print(l.as_deref(), &config_file::Flags::default())) {
        Ok(text) => {
            print!("{text}");
            Ok(ExitCode::SUCCESS)
        }
        Err(e) => {
            eprintln!("thethuc: {e}");
            Ok(ExitCode::from(2))
        }
    }
}
