//! `thethuc`: checks Vietnamese administrative documents against Nghị định 30/2020/NĐ-CP.
//!
//! Where things live: `args.rs` declares the command line; `check.rs` runs `check` over a batch
//! (threads, progress bar, ordered output, exit code) and `check_file.rs` checks (and, with
//! `--fix`/`--diff`, fixes) one input; `show.rs` holds the commands that only print (`rules`,
//! `rule`, `parse`, `config`). Inputs are found by `inputs.rs`, configured by `config_file.rs`,
//! fixed files written by `fixing.rs`, and reports rendered by the formats in `output/`.

mod args;
mod check;
mod check_file;
mod config_file;
mod fixing;
mod inputs;
mod output;
mod show;
mod stream;

use anyhow::Result;
use args::{Cli, Command};
use clap::Parser;
use std::process::ExitCode;

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
        Command::Check(args) => check::check(args),
        Command::Config(args) => show::config(args),
        Command::Rules { format, lang } => show::rules(format, lang),
        Command::Rule { code, lang } => Ok(show::rule(&code, lang)),
        Command::Parse { file, format } => show::parse(&file, format),
    }
}
