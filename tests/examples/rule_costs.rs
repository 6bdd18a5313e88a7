//! Where a check spends its time, phase by phase and rule by rule, as medians over many runs:
//! `cargo run --release -p thethuc-tests --example rule_costs -- [FILE] [RUNS]`
//! (default: seed 003, 200 runs; `plan` for the benchmarks' long plan). A guide for optimising;
//! the benchmarks (`cargo bench`) are the figures that count.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::io::Write as _;
use std::time::{Duration, Instant};
use thethuc::rules::{Ctx, REGISTRY};
use thethuc::{Config, InputFormat, Source};

fn median(mut v: Vec<Duration>) -> Duration {
    v.sort();
    v[v.len() / 2]
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let bytes = match args.first().map(String::as_str) {
        None => {
            std::fs::read(thethuc_tests::fixtures().join("corpus/seeds/003_944502987addf757.txt"))
                .unwrap()
        }
        Some("plan") => thethuc_tests::long_plan(300_000).into_bytes(),
        Some(path) => std::fs::read(path).unwrap(),
    };
    let runs: usize = args.get(1).map_or(200, |r| r.parse().unwrap());
    let config = Config::default();
    let mut decode = Vec::new();
    let mut parse = Vec::new();
    let mut rules: Vec<Vec<Duration>> = vec![Vec::new(); REGISTRY.len()];
    let mut whole = Vec::new();
    for _ in 0..runs {
        let t = Instant::now();
        let source = Source::from_bytes(&bytes).unwrap();
        decode.push(t.elapsed());
        let t = Instant::now();
        let doc = thethuc::parse_within(source.text(), &config.limits);
        parse.push(t.elapsed());
        let ctx = Ctx::new(&source, &doc, &config, InputFormat::Text);
        for (i, rule) in REGISTRY.iter().enumerate() {
            let mut out = Vec::new();
            let t = Instant::now();
            rule.run(&ctx, &mut out);
            rules[i].push(t.elapsed());
        }
        let t = Instant::now();
        let source = Source::from_bytes(&bytes).unwrap();
        let n = thethuc::check(source, InputFormat::Text, &config)
            .diagnostics
            .len();
        std::hint::black_box(n);
        whole.push(t.elapsed());
    }
    // A closed pipe (`| head`) ends the listing quietly.
    let mut out = std::io::stdout().lock();
    let _ = writeln!(out, "{} bytes, {runs} runs, medians", bytes.len());
    let _ = writeln!(out, "{:>10.1?}  whole check", median(whole));
    let _ = writeln!(
        out,
        "{:>10.1?}  decode (Source::from_bytes)",
        median(decode)
    );
    let _ = writeln!(out, "{:>10.1?}  parse (lines and tree)", median(parse));
    let mut costs: Vec<(Duration, &str)> = rules
        .into_iter()
        .zip(REGISTRY)
        .map(|(v, r)| (median(v), r.code))
        .collect();
    let total: Duration = costs.iter().map(|c| c.0).sum();
    let _ = writeln!(out, "{total:>10.1?}  all rules");
    costs.sort_by(|a, b| b.cmp(a));
    for (d, code) in costs.iter().take(25) {
        let _ = writeln!(out, "{d:>10.1?}  {code}");
    }
}
