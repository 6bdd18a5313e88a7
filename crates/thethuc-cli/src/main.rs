//! `thethuc`: checks Vietnamese administrative documents against Nghị định 30/2020/NĐ-CP.

mod output;

use anyhow::Result;
use clap::{Parser, Subcommand, ValueEnum};
use std::path::PathBuf;
use std::process::ExitCode;
use thethuc::{Config, InputFormat, Lang, Severity, Stage};

#[derive(Parser)]
#[command(
    name = "thethuc",
    version,
    about = "Kiểm tra thể thức văn bản hành chính theo Nghị định 30/2020/NĐ-CP (checks Vietnamese administrative documents against ND30)"
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Kiểm tra văn bản (.txt, .md) — check documents.
    Check(CheckArgs),
    /// Liệt kê các quy tắc — list every implemented rule.
    Rules {
        #[arg(long, value_enum, default_value_t = Format::Human)]
        format: Format,
        #[arg(long, value_enum, default_value_t = LangArg::Vi)]
        lang: LangArg,
    },
    /// Giải thích một quy tắc (mã hoặc tên) — explain one rule by code or name.
    Rule {
        code: String,
        #[arg(long, value_enum, default_value_t = LangArg::Vi)]
        lang: LangArg,
    },
    /// In cây văn bản đã nhận dạng — print the recognised document tree.
    Parse {
        file: PathBuf,
        #[arg(long, value_enum, default_value_t = Format::Human)]
        format: Format,
    },
}

#[derive(clap::Args)]
struct CheckArgs {
    /// Tệp cần kiểm tra — files to check.
    #[arg(required = true)]
    files: Vec<PathBuf>,
    /// Định dạng kết quả — output format.
    #[arg(long, value_enum, default_value_t = Format::Human)]
    format: Format,
    /// Giai đoạn: dự thảo (số, ngày để trống là lưu ý) hay ban hành (là lỗi) — draft or final stage.
    #[arg(long, value_enum, default_value_t = StageArg::Draft)]
    stage: StageArg,
    /// Ngôn ngữ thông báo — message language.
    #[arg(long, value_enum, default_value_t = LangArg::Vi)]
    lang: LangArg,
    /// Chỉ chạy các quy tắc này (mã, họ mã như `SO`, hoặc tên) — run only these rules.
    #[arg(long, value_delimiter = ',')]
    select: Vec<String>,
    /// Bỏ qua các quy tắc này — skip these rules.
    #[arg(long, value_delimiter = ',')]
    ignore: Vec<String>,
}

#[derive(Clone, Copy, ValueEnum, PartialEq, Eq)]
enum Format {
    Human,
    Json,
}

#[derive(Clone, Copy, ValueEnum)]
enum StageArg {
    Draft,
    Final,
}

#[derive(Clone, Copy, ValueEnum)]
enum LangArg {
    Vi,
    En,
}

impl From<LangArg> for Lang {
    fn from(l: LangArg) -> Self {
        match l {
            LangArg::Vi => Lang::Vi,
            LangArg::En => Lang::En,
        }
    }
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    match run(cli) {
        Ok(code) => code,
        Err(e) => {
            eprintln!("thethuc: {e:#}");
            ExitCode::from(2)
        }
    }
}

fn run(cli: Cli) -> Result<ExitCode> {
    match cli.command {
        Command::Check(args) => check(args),
        Command::Rules { format, lang } => {
            let out = match format {
                Format::Json => serde_json::to_string_pretty(&output::rules_json())? + "\n",
                Format::Human => output::rules_human(lang.into()),
            };
            print!("{out}");
            Ok(ExitCode::SUCCESS)
        }
        Command::Rule { code, lang } => match thethuc::rules::by_code(&code) {
            Some(rule) => {
                print!("{}", output::rule_docs(rule, lang.into()));
                Ok(ExitCode::SUCCESS)
            }
            None => {
                eprintln!("thethuc: không có quy tắc \"{code}\" (no rule \"{code}\"); xem `thethuc rules`");
                Ok(ExitCode::from(2))
            }
        },
        Command::Parse { file, format } => {
            let bytes =
                std::fs::read(&file).map_err(|e| anyhow::anyhow!("{}: {e}", file.display()))?;
            let source = thethuc::Source::from_bytes(&bytes)
                .map_err(|e| anyhow::anyhow!("{}: {e}", file.display()))?;
            let doc = thethuc::parse(source.text());
            let out = match format {
                Format::Json => {
                    serde_json::to_string_pretty(&output::tree_json(&source, &doc))? + "\n"
                }
                Format::Human => output::tree_human(&source, &doc),
            };
            print!("{out}");
            Ok(ExitCode::SUCCESS)
        }
    }
}

/// What happened to one file.
pub struct FileResult {
    pub path: String,
    pub outcome: std::result::Result<thethuc::Report, String>,
}

fn check(args: CheckArgs) -> Result<ExitCode> {
    let config = Config {
        stage: match args.stage {
            StageArg::Draft => Stage::Draft,
            StageArg::Final => Stage::Final,
        },
        lang: args.lang.into(),
        select: args.select,
        ignore: args.ignore,
        ..Config::default()
    };
    let unknown = config.unknown_rule_patterns();
    if !unknown.is_empty() {
        eprintln!(
            "thethuc: không có quy tắc: {} (unknown rules); xem `thethuc rules`",
            unknown.join(", ")
        );
        return Ok(ExitCode::from(2));
    }
    let mut results = Vec::new();
    for path in &args.files {
        results.push(check_file(path, &config));
    }
    let lang = config.lang;
    match args.format {
        Format::Json => println!(
            "{}",
            serde_json::to_string_pretty(&output::report_json(&results, lang))?
        ),
        Format::Human => print!("{}", output::report_human(&results, lang)),
    }
    let any_input_error = results.iter().any(|r| r.outcome.is_err());
    let any_error = results.iter().any(|r| {
        r.outcome.as_ref().is_ok_and(|rep| {
            rep.diagnostics
                .iter()
                .any(|d| d.severity == Severity::Error)
        })
    });
    Ok(if any_input_error {
        ExitCode::from(2)
    } else if any_error {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}

fn format_of(path: &std::path::Path) -> InputFormat {
    match path
        .extension()
        .and_then(|e| e.to_str())
        .map(str::to_ascii_lowercase)
        .as_deref()
    {
        Some("md" | "markdown") => InputFormat::Markdown,
        _ => InputFormat::Text,
    }
}

fn check_file(path: &std::path::Path, config: &Config) -> FileResult {
    let shown = path.display().to_string();
    let outcome = std::fs::read(path)
        .map_err(|e| output::io_error_message(&e))
        .and_then(|bytes| thethuc::Source::from_bytes(&bytes).map_err(|e| e.to_string()))
        .map(|source| thethuc::check(source, format_of(path), config));
    FileResult {
        path: shown,
        outcome,
    }
}
