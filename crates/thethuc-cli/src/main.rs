//! `thethuc`: checks Vietnamese administrative documents against Nghị định 30/2020/NĐ-CP.

mod config_file;
mod fixing;
mod inputs;
mod output;
mod sarif;
mod stream;

use anyhow::Result;
use clap::{Parser, Subcommand, ValueEnum};
use std::io::IsTerminal;
use std::path::PathBuf;
use std::process::ExitCode;
use thethuc::{Config, Lang, Severity, Stage};

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
    /// Kiểm tra văn bản (.txt, .md, .docx; tệp hoặc thư mục) — check documents (files or folders).
    Check(CheckArgs),
    /// Xem cấu hình có hiệu lực (`--print`) — show the effective configuration.
    Config(ConfigArgs),
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
    /// Tệp hoặc thư mục cần kiểm tra (`-` là đầu vào chuẩn; mặc định: thư mục hiện tại) —
    /// files or folders to check (`-` for standard input; default: the current folder).
    paths: Vec<PathBuf>,
    /// Định dạng kết quả — output format.
    #[arg(long, value_enum, default_value_t = Format::Human)]
    format: Format,
    /// Giai đoạn: dự thảo (số, ngày để trống là lưu ý) hay ban hành (là lỗi) — draft or final
    /// stage [mặc định / default: draft, or `stage` in thethuc.toml].
    #[arg(long, value_enum)]
    stage: Option<StageArg>,
    /// Ngôn ngữ thông báo — message language [default: vi, or `lang` in thethuc.toml].
    #[arg(long, value_enum)]
    lang: Option<LangArg>,
    /// Chỉ chạy các quy tắc này (mã, họ mã như `SO`, hoặc tên) — run only these rules.
    #[arg(long, value_delimiter = ',')]
    select: Option<Vec<String>>,
    /// Bỏ qua các quy tắc này (thêm vào `ignore` của thethuc.toml) — skip these rules.
    #[arg(long, value_delimiter = ',')]
    ignore: Vec<String>,
    /// Tệp cấu hình (mặc định: thethuc.toml gần nhất từ thư mục của tệp trở lên) — configuration
    /// file (default: the nearest thethuc.toml from each file's folder upward).
    #[arg(long)]
    config: Option<PathBuf>,
    /// Lọc tệp khi duyệt thư mục, cú pháp .gitignore, `!` để loại (lặp lại được) — filter files
    /// found in folders, gitignore syntax, `!` to exclude (repeatable): `--glob '*.txt'`.
    #[arg(long)]
    glob: Vec<String>,
    /// Tên dùng cho đầu vào chuẩn, quyết định định dạng (`van-ban.md`) — name for standard input,
    /// which picks the format.
    #[arg(long)]
    stdin_filename: Option<String>,
    /// Sửa tại chỗ các lỗi sửa an toàn được (ghi nguyên tử), rồi kiểm tra lại — apply safe fixes
    /// in place (atomically), then report what remains.
    #[arg(long, conflicts_with = "diff")]
    fix: bool,
    /// In bản so sánh các chỗ sẽ sửa thay vì ghi tệp — print a unified diff instead of writing.
    #[arg(long)]
    diff: bool,
    /// Với --fix/--diff: áp dụng cả gợi ý sửa cần xem lại — with --fix/--diff, apply unsafe fixes too.
    #[arg(long)]
    unsafe_fixes: bool,
    /// Mức thấp nhất làm lệnh trả mã 1 — lowest severity that makes the exit code 1.
    #[arg(long, value_enum, default_value_t = FailOn::Error)]
    fail_on: FailOn,
    /// In số tệp/giây và MB/giây ở cuối (ra stderr) — print files/s and MB/s at the end (stderr).
    #[arg(long)]
    stats: bool,
    /// Tô màu kết quả (tắt khi có NO_COLOR hoặc không phải terminal) — colour output.
    #[arg(long, value_enum, default_value_t = When::Auto)]
    color: When,
    /// Thanh tiến độ trên stderr (tự động: khi là terminal và nhiều tệp) — progress bar on stderr.
    #[arg(long, value_enum, default_value_t = When::Auto)]
    progress: When,
    /// Số luồng (mặc định: số nhân CPU) — worker threads (default: the number of CPUs).
    #[arg(short = 'j', long)]
    threads: Option<usize>,
}

#[derive(clap::Args)]
struct ConfigArgs {
    /// In cấu hình có hiệu lực — print the effective configuration.
    #[arg(long)]
    print: bool,
    /// Tệp cấu hình — configuration file (default: the nearest thethuc.toml upward from PATH).
    #[arg(long)]
    config: Option<PathBuf>,
    /// Thư mục hoặc tệp cần xem cấu hình — the folder or file whose configuration to show.
    #[arg(default_value = ".")]
    path: PathBuf,
}

#[derive(Clone, Copy, ValueEnum, PartialEq, Eq)]
enum FailOn {
    Error,
    Warning,
    Info,
    Never,
}

#[derive(Clone, Copy, ValueEnum, PartialEq, Eq)]
enum When {
    Auto,
    Always,
    Never,
}

#[derive(Clone, Copy, ValueEnum, PartialEq, Eq)]
enum Format {
    Human,
    Json,
    Sarif,
    Summary,
    /// Only for `rules`: the rule reference as Markdown (docs/rules.md).
    Markdown,
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
        Command::Config(args) => show_config(args),
        Command::Rules { format, lang } => {
            let out = match format {
                Format::Json => serde_json::to_string_pretty(&output::rules_json())? + "\n",
                Format::Markdown => output::rules_markdown(lang.into()),
                _ => output::rules_human(lang.into()),
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
            let (source, doc) = if inputs::format_of(&file) == Ok(thethuc::InputFormat::Styled) {
                let blocks =
                    read_docx(&bytes).map_err(|e| anyhow::anyhow!("{}: {e}", file.display()))?;
                let report = thethuc::check_styled(&blocks, &thethuc::Config::default());
                (report.source, report.document)
            } else {
                let format = inputs::format_of(&file).unwrap_or(thethuc::InputFormat::Text);
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
                Format::Json => {
                    serde_json::to_string_pretty(&output::tree_json(&source, &doc))? + "\n"
                }
                _ => output::tree_human(&source, &doc),
            };
            print!("{out}");
            Ok(ExitCode::SUCCESS)
        }
    }
}

/// What happened to one file.
pub struct FileResult {
    pub path: String,
    pub outcome: Outcome,
}

pub enum Outcome {
    /// Checked (after fixing, when asked): the findings that remain.
    Checked {
        report: Box<thethuc::Report>,
        fixes_applied: usize,
        diff: Option<String>,
    },
    /// Not a format thethuc reads.
    Skipped(String),
    /// Could not be read, decoded, configured or written.
    Failed(String),
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum FixMode {
    Off,
    Write,
    Diff,
}

/// Everything a worker needs to check one input.
struct Job<'a> {
    flags: config_file::Flags,
    explicit: Option<&'a config_file::Loaded>,
    finder: config_file::Finder,
    fix: FixMode,
    include_unsafe: bool,
    stdin: Option<Vec<u8>>,
}

fn stage_of(s: StageArg) -> Stage {
    match s {
        StageArg::Draft => Stage::Draft,
        StageArg::Final => Stage::Final,
    }
}

fn flags_of(args: &CheckArgs) -> config_file::Flags {
    config_file::Flags {
        stage: args.stage.map(stage_of),
        lang: args.lang.map(Into::into),
        select: args.select.clone(),
        ignore: args.ignore.clone(),
    }
}

fn check(args: CheckArgs) -> Result<ExitCode> {
    let flags = flags_of(&args);
    let probe = Config {
        select: flags.select.clone().unwrap_or_default(),
        ignore: flags.ignore.clone(),
        ..Config::default()
    };
    let unknown = probe.unknown_rule_patterns();
    if !unknown.is_empty() {
        eprintln!(
            "thethuc: không có quy tắc: {} (unknown rules); xem `thethuc rules`",
            unknown.join(", ")
        );
        return Ok(ExitCode::from(2));
    }
    let explicit = match &args.config {
        Some(p) => match config_file::load(p) {
            Ok(l) => Some(l),
            Err(e) => {
                eprintln!("thethuc: {e}");
                return Ok(ExitCode::from(2));
            }
        },
        None => None,
    };
    let paths = if args.paths.is_empty() {
        vec![PathBuf::from(".")]
    } else {
        args.paths.clone()
    };
    let inputs = match inputs::collect(&paths, &args.glob, args.stdin_filename.as_deref()) {
        Ok(i) => i,
        Err(e) => {
            eprintln!("thethuc: {e}");
            return Ok(ExitCode::from(2));
        }
    };
    let stdin = if inputs.iter().any(|i| i.origin == inputs::Origin::Stdin) {
        let mut buf = Vec::new();
        std::io::Read::read_to_end(&mut std::io::stdin(), &mut buf)?;
        Some(buf)
    } else {
        None
    };
    let job = Job {
        flags,
        explicit: explicit.as_ref(),
        finder: config_file::Finder::default(),
        fix: if args.fix {
            FixMode::Write
        } else if args.diff {
            FixMode::Diff
        } else {
            FixMode::Off
        },
        include_unsafe: args.unsafe_fixes,
        stdin,
    };
    // Reports speak one language: the flag's, the named file's, or that of the configuration
    // found for the first input.
    let first_folder = config_file::search_start(
        paths
            .first()
            .map_or(std::path::Path::new("."), PathBuf::as_path),
    );
    let lang = job
        .flags
        .lang
        .or(explicit.as_ref().and_then(|l| l.file.lang))
        .or_else(|| {
            job.finder
                .for_folder(&first_folder)
                .ok()
                .flatten()
                .and_then(|l| l.file.lang)
        })
        .unwrap_or_default();

    let paint = output::Paint {
        on: match args.color {
            When::Always => true,
            When::Never => false,
            When::Auto => {
                std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty())
                    && std::io::stdout().is_terminal()
            }
        },
    };
    let reporter: Box<dyn output::Reporter> = match args.format {
        Format::Json => Box::new(output::Json),
        Format::Sarif => Box::new(sarif::Sarif),
        Format::Summary => Box::new(output::Summary),
        Format::Human | Format::Markdown => Box::new(output::Human(paint)),
    };
    let reporter = reporter.as_ref();

    let started = std::time::Instant::now();
    let bar = progress_bar(args.progress, inputs.len());
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(args.threads.unwrap_or(0))
        .build()?;
    let stdout = std::io::stdout().lock();
    // With a bar on the terminal, output goes out whole lines at a time, each with the bar
    // out of the way.
    let out: Box<dyn std::io::Write> = match &bar {
        Some(b) => Box::new(std::io::LineWriter::with_capacity(
            1 << 16,
            BarAside {
                bar: b.clone(),
                out: stdout,
            },
        )),
        None => Box::new(std::io::BufWriter::with_capacity(1 << 16, stdout)),
    };
    let mut emitter = output::Emitter::new(reporter, lang, out);
    // Each file is checked and rendered on a worker, then only its piece and small facts
    // wait for their turn to print; the report itself is dropped there.
    stream::ordered(
        &pool,
        &inputs,
        FILES_IN_FLIGHT_PER_THREAD * pool.current_num_threads(),
        |input| {
            let r = check_input(input, &job);
            let piece = reporter.file(&r, lang);
            let facts = output::Facts::of(&r);
            if let Some(b) = &bar {
                b.inc(1);
            }
            piece.map(|p| (p, facts))
        },
        |rendered| {
            let (piece, facts) = rendered?;
            emitter.file(&piece, facts)
        },
    )?;
    let elapsed = started.elapsed();
    if let Some(b) = bar {
        b.finish_and_clear();
    }
    let totals = emitter.finish()?;
    if args.stats {
        eprintln!("{}", stats_line(&totals, elapsed, lang));
    }
    Ok(exit_code(&totals, args.fail_on))
}

fn exit_code(totals: &output::Totals, fail_on: FailOn) -> ExitCode {
    if totals.failed > 0 {
        return ExitCode::from(2);
    }
    let threshold = match fail_on {
        FailOn::Error => Some(Severity::Error),
        FailOn::Warning => Some(Severity::Warning),
        FailOn::Info => Some(Severity::Info),
        FailOn::Never => None,
    };
    // `worst` leaves DOC003 out: the coverage note is not a finding to fail on.
    if threshold.is_some_and(|t| totals.worst.is_some_and(|w| w >= t)) {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    }
}

fn stats_line(totals: &output::Totals, elapsed: std::time::Duration, lang: Lang) -> String {
    let (checked, bytes) = (totals.checked, totals.bytes);
    let secs = elapsed.as_secs_f64().max(1e-9);
    let (fps, mbps) = (checked as f64 / secs, bytes as f64 / 1e6 / secs);
    match lang {
        Lang::Vi => format!(
            "thống kê: {checked} tệp, {:.2} MB trong {:.3} s — {fps:.0} tệp/giây, {mbps:.1} MB/giây",
            bytes as f64 / 1e6,
            secs
        ),
        Lang::En => format!(
            "stats: {checked} files, {:.2} MB in {:.3} s — {fps:.0} files/s, {mbps:.1} MB/s",
            bytes as f64 / 1e6,
            secs
        ),
    }
}

/// How many files may be checked or wait to print, per worker thread: enough that one slow
/// file does not idle the others for long, few enough that memory stays flat.
const FILES_IN_FLIGHT_PER_THREAD: usize = 4;

/// Writes to `out` with the progress bar cleared for the while.
struct BarAside<W> {
    bar: indicatif::ProgressBar,
    out: W,
}

impl<W: std::io::Write> std::io::Write for BarAside<W> {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.bar.suspend(|| self.out.write(buf))
    }

    fn flush(&mut self) -> std::io::Result<()> {
        self.bar.suspend(|| self.out.flush())
    }
}

/// A bar on stderr when it is a terminal and more than a handful of files are checked.
fn progress_bar(when: When, n: usize) -> Option<indicatif::ProgressBar> {
    let show = match when {
        When::Always => true,
        When::Never => false,
        When::Auto => n > 8 && std::io::stderr().is_terminal() && std::env::var_os("CI").is_none(),
    };
    if !show {
        return None;
    }
    let bar = indicatif::ProgressBar::with_draw_target(
        Some(n as u64),
        indicatif::ProgressDrawTarget::stderr(),
    );
    if let Ok(style) =
        indicatif::ProgressStyle::with_template("{bar:40} {pos}/{len} tệp · {elapsed} · còn {eta}")
    {
        bar.set_style(style);
    }
    Some(bar)
}

fn check_input(input: &inputs::Input, job: &Job<'_>) -> FileResult {
    let shown = input.shown.clone();
    let failed = |e: String| FileResult {
        path: shown.clone(),
        outcome: Outcome::Failed(e),
    };
    let format = match &input.format {
        Ok(f) => *f,
        Err(why) => {
            return FileResult {
                path: shown.clone(),
                outcome: Outcome::Skipped(why.clone()),
            }
        }
    };
    let (bytes, path) = match &input.origin {
        inputs::Origin::Stdin => (job.stdin.clone().unwrap_or_default(), None),
        inputs::Origin::File(p) => match std::fs::read(p) {
            Ok(b) => (b, Some(p.as_path())),
            Err(e) => return failed(output::io_error_message(&e)),
        },
    };
    let discovered = if job.explicit.is_none() {
        let folder = path.map_or_else(|| PathBuf::from("."), config_file::search_start);
        match job.finder.for_folder(&folder) {
            Ok(found) => found,
            Err(e) => return failed(e),
        }
    } else {
        None
    };
    let loaded = job.explicit.or(discovered.as_deref());
    let config = config_file::effective(loaded, &job.flags, path);
    // A .docx is judged by the text it holds (its own limits bound the package).
    let limit = config.limits.max_input_bytes;
    if format != thethuc::InputFormat::Styled && bytes.len() > limit {
        let mb = |n: usize| format!("{:.1}", n as f64 / (1 << 20) as f64);
        return failed(format!(
            "tệp {} MB, quá giới hạn {} MB (max_input_bytes trong [limits] của thethuc.toml): không kiểm tra (file too large, not checked)",
            mb(bytes.len()),
            mb(limit)
        ));
    }
    if format == thethuc::InputFormat::Styled {
        return check_docx(&bytes, path, shown, &config, job);
    }
    let decoded = if format == thethuc::InputFormat::Html {
        thethuc::Source::from_html(&bytes)
    } else {
        thethuc::Source::from_bytes(&bytes)
    };
    let source = match decoded {
        Ok(s) => s,
        Err(e) => return failed(e.to_string()),
    };
    // A web page is checked, never rewritten: a fix belongs in the document it shows.
    if format == thethuc::InputFormat::Html && job.fix != FixMode::Off {
        eprintln!(
            "thethuc: {shown}: không sửa trang web .html, chỉ kiểm tra (a web page is checked, not fixed); sửa trong văn bản gốc (.docx, .txt, .md)"
        );
    }
    if job.fix == FixMode::Off || format == thethuc::InputFormat::Html {
        return FileResult {
            path: shown,
            outcome: Outcome::Checked {
                report: Box::new(thethuc::check(source, format, &config)),
                fixes_applied: 0,
                diff: None,
            },
        };
    }
    let fixed = thethuc::fix(source.original(), format, &config, job.include_unsafe);
    let mut diff = None;
    if fixed.applied > 0 {
        match (job.fix, path) {
            (FixMode::Diff, _) | (FixMode::Write, None) => {
                diff = Some(fixing::unified_diff(&shown, source.original(), &fixed.text));
            }
            (FixMode::Write, Some(p)) => {
                let text = if source.had_bom() {
                    format!("\u{feff}{}", fixed.text)
                } else {
                    fixed.text.clone()
                };
                if let Err(e) = fixing::write_atomically(p, &bytes, text.as_bytes()) {
                    return failed(e);
                }
            }
            (FixMode::Off, _) => {}
        }
    }
    // Written: what remains in the new file. A diff: the file on disk is unchanged, so the
    // findings keep pointing into it.
    let report = if job.fix == FixMode::Write && path.is_some() {
        fixed.report
    } else {
        thethuc::check(source, format, &config)
    };
    FileResult {
        path: shown,
        outcome: Outcome::Checked {
            report: Box::new(report),
            fixes_applied: if job.fix == FixMode::Write && path.is_some() {
                fixed.applied
            } else {
                0
            },
            diff,
        },
    }
}

/// Checks a .docx; with `--fix`, writes the fixed package atomically (or, for `--diff` and
/// standard input, shows the change of its text).
fn check_docx(
    bytes: &[u8],
    path: Option<&std::path::Path>,
    shown: String,
    config: &thethuc::Config,
    job: &Job<'_>,
) -> FileResult {
    let failed = |e: String| FileResult {
        path: shown.clone(),
        outcome: Outcome::Failed(e),
    };
    let limits = thethuc_docx::Limits::default();
    let checked =
        |report: thethuc::Report, fixes_applied: usize, diff: Option<String>| FileResult {
            path: shown.clone(),
            outcome: Outcome::Checked {
                report: Box::new(report),
                fixes_applied,
                diff,
            },
        };
    if job.fix == FixMode::Off {
        return match read_docx(bytes) {
            Ok(styled) => checked(thethuc::check_styled(&styled, config), 0, None),
            Err(e) => failed(e),
        };
    }
    let fixed = match thethuc_docx::fix::fix(bytes, config, job.include_unsafe, &limits) {
        Ok(f) => f,
        Err(e) => {
            return failed(format!(
                "không sửa được tệp .docx (cannot fix the .docx): {e}"
            ))
        }
    };
    let mut left_out = fixed.unwritable.clone();
    left_out.sort_unstable();
    left_out.dedup();
    if !left_out.is_empty() {
        eprintln!(
            "thethuc: {shown}: có chỗ sửa không ghi được vào .docx (nối, tách đoạn hoặc sửa số tự động), cần sửa tay: {} (fixes a .docx cannot take, left for you)",
            left_out.join(", ")
        );
    }
    let write = job.fix == FixMode::Write && path.is_some();
    // Nothing written: the fix's last check is the check of these very bytes.
    if fixed.applied == 0 {
        return checked(fixed.report, 0, None);
    }
    if !write {
        let report = match read_docx(bytes) {
            Ok(styled) => thethuc::check_styled(&styled, config),
            Err(e) => return failed(e),
        };
        let diff = docx_diff(&shown, bytes, &fixed.bytes);
        return checked(report, 0, Some(diff));
    }
    if let Some(p) = path {
        if let Err(e) = fixing::write_atomically(p, bytes, &fixed.bytes) {
            return failed(e);
        }
    }
    checked(fixed.report, fixed.applied, None)
}

/// The change of a .docx's text as a unified diff of its paragraphs; formatting changes are
/// counted in a last line.
fn docx_diff(shown: &str, before: &[u8], after: &[u8]) -> String {
    let limits = thethuc_docx::Limits::default();
    let text = |bytes: &[u8]| {
        thethuc_docx::read(bytes, &limits)
            .map(|d| thethuc::join_blocks(&d.blocks()).0)
            .unwrap_or_default()
    };
    let (a, b) = (text(before), text(after));
    let mut diff = fixing::unified_diff(shown, &a, &b);
    if a == b {
        diff.push_str(&format!(
            "# {shown}: chỉ thay đổi định dạng (formatting changes only)\n"
        ));
    }
    diff
}

/// A .docx as the engine's blocks, or the reader's error (naming the part and the reason).
fn read_docx(bytes: &[u8]) -> Result<thethuc::StyledDocument, String> {
    thethuc_docx::read(bytes, &thethuc_docx::Limits::default())
        .map(|docx| docx.styled())
        .map_err(|e| format!("không đọc được tệp .docx (cannot read the .docx): {e}"))
}

fn show_config(args: ConfigArgs) -> Result<ExitCode> {
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
