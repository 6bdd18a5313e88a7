//! The long plan checked whole and re-checked by a `Session` after a one-character edit in a
//! middle line, as medians over many runs, alternately:
//! `cargo run --release -p thethuc-tests --example recheck -- [RUNS]` (default 20).
//! For instruction counts, one of each inside `measured`:
//! `valgrind --tool=callgrind --toggle-collect='recheck::measured' …/examples/recheck full`
//! (or `incremental`, or `first`: a new session's first check, all its memories to make).
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::time::{Duration, Instant};
use thethuc::{check_str, Config, Session};

fn median(mut v: Vec<Duration>) -> Duration {
    v.sort();
    v[v.len() / 2]
}

#[inline(never)]
fn measured(f: impl FnOnce() -> usize) -> usize {
    f()
}

fn main() {
    let plan = thethuc_tests::long_plan(300_000);
    let middle = plan[..plan.len() / 2].rfind('\n').unwrap() + 1;
    let mut typed = plan.clone();
    typed.insert(middle, 'x');
    let texts = [plan, typed];
    let config = Config::default();
    let mut session = Session::new(config.clone());
    session.check(&texts[1]);
    let arg = std::env::args().nth(1);
    match arg.as_deref() {
        Some("full") => {
            let n = measured(|| check_str(&texts[0], &config).diagnostics.len());
            println!("{n} findings");
            return;
        }
        Some("first") => {
            let n = measured(|| {
                Session::new(config.clone())
                    .check(&texts[0])
                    .diagnostics
                    .len()
            });
            println!("{n} findings");
            return;
        }
        Some("incremental") => {
            let n = measured(|| session.check(&texts[0]).diagnostics.len());
            println!("{n} findings");
            return;
        }
        _ => {}
    }
    let runs: usize = arg.map_or(20, |r| r.parse().unwrap());
    let (mut full, mut again) = (Vec::new(), Vec::new());
    for run in 0..runs {
        let text = &texts[run % 2];
        let t = Instant::now();
        std::hint::black_box(check_str(text, &config).diagnostics.len());
        full.push(t.elapsed());
        // The session checked the other text last: this is a one-character edit.
        let t = Instant::now();
        std::hint::black_box(session.check(text).diagnostics.len());
        again.push(t.elapsed());
    }
    let (full, again) = (median(full), median(again));
    println!(
        "{} bytes, {runs} runs, medians: whole check {full:.1?}, re-check after a one-character edit {again:.1?} ({:.2} of the whole)",
        texts[0].len(),
        again.as_secs_f64() / full.as_secs_f64()
    );
}
