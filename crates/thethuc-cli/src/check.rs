//! The `check` command over a batch: reads the flags, collects the inputs, checks them on a
//! thread pool (each one through `check_file`), prints each file's piece in path order as soon as
//! its turn comes (with a progress bar aside on a terminal), and turns the totals into the exit
//! code and the `--stats` line.

use crate::args::{CheckArgs, FailOn, Format, StageArg, When};
use crate::check_file::{check_input, FixMode, Job};
use crate::{config_file, inputs, output, stream};
use anstream::ColorChoice;
use anyhow::Result;
use std::io::IsTerminal;
use std::path::PathBuf;
use std::process::ExitCode;
use thethuc::{Config, Lang, Severity, Stage};

fn stage_of(s: StageArg) -> Stage {
    match s {
        StageArg::Draft => Stage::Draft,
        StageArg::Final => Stage::Final,
    }
}

fn flags_of(args: &CheckArgs) -> config_file::Flags {
    config_file::Flags {
        stage: args.stage.map(stage_of),
        profile: args.profile.map(Into::into),
        lang: args.lang.map(Into::into),
        select: args.select.clone(),
        ignore: args.ignore.clone(),
    }
}

pub fn check(args: CheckArgs) -> Result<ExitCode> {
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

    // Colour or not, decided once by anstream: `--color`, then NO_COLOR, CLICOLOR_FORCE,
    // CLICOLOR and TERM, then whether standard output is a terminal. Only the human report
    // has colours.
    let colour = match args.color {
        When::Always => ColorChoice::Always,
        When::Never => ColorChoice::Never,
        When::Auto => anstream::AutoStream::choice(&std::io::stdout()),
    };
    let paint = output::Paint {
        on: matches!(args.format, Format::Human | Format::Markdown) && colour != ColorChoice::Never,
    };
    let reporter: Box<dyn output::Reporter> = match args.format {
        Format::Json => Box::new(output::Json),
        Format::Sarif => Box::new(output::Sarif),
        Format::Summary => Box::new(output::Summary),
        Format::Human | Format::Markdown => Box::new(output::Human(paint)),
    };
    let reporter = reporter.as_ref();

    let started = std::time::Instant::now();
    let bar = progress_bar(args.progress, inputs.len());
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(args.threads.unwrap_or(0))
        .build()?;
    // Coloured text goes through anstream's stream, which passes the ANSI codes through (or,
    // on an old Windows console, turns them into console calls); anything else is written as is.
    let stdout: Box<dyn std::io::Write> = if paint.on {
        Box::new(anstream::AutoStream::new(std::io::stdout().lock(), colour))
    } else {
        Box::new(std::io::stdout().lock())
    };
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
