#![allow(clippy::unwrap_used, clippy::expect_used)]
//! `cargo bench -p thethuc-tests`: the engine on one typical document, a long plan and a .docx,
//! each beside its floor (the same bytes read as UTF-8 and NFC-normalised, nothing more), so
//! figures can be given as ratios to the floor. BENCHMARKS.md has the results.

use divan::{black_box, Bencher};
use thethuc::{check, Config, InputFormat, Source};
use thethuc_tests::{fixtures, long_plan};
use unicode_normalization::UnicodeNormalization;

fn main() {
    divan::main();
}

fn seed() -> Vec<u8> {
    std::fs::read(fixtures().join("corpus/seeds/003_944502987addf757.txt")).unwrap()
}

fn plan() -> Vec<u8> {
    long_plan(300_000).into_bytes()
}

/// What any checker must do at least: validate UTF-8 and normalise to NFC.
fn floor(bytes: &[u8]) -> usize {
    std::str::from_utf8(bytes).unwrap().nfc().count()
}

fn engine(bytes: &[u8]) -> usize {
    let source = Source::from_bytes(bytes).unwrap();
    check(source, InputFormat::Text, &Config::default())
        .diagnostics
        .len()
}

#[divan::bench]
fn seed_floor(bencher: Bencher) {
    let bytes = seed();
    bencher
        .counter(divan::counter::BytesCount::new(bytes.len()))
        .bench(|| floor(black_box(&bytes)));
}

#[divan::bench]
fn seed_check(bencher: Bencher) {
    let bytes = seed();
    bencher
        .counter(divan::counter::BytesCount::new(bytes.len()))
        .bench(|| engine(black_box(&bytes)));
}

#[divan::bench(sample_count = 20)]
fn long_plan_floor(bencher: Bencher) {
    let bytes = plan();
    bencher
        .counter(divan::counter::BytesCount::new(bytes.len()))
        .bench(|| floor(black_box(&bytes)));
}

#[divan::bench(sample_count = 20)]
fn long_plan_check(bencher: Bencher) {
    let bytes = plan();
    bencher
        .counter(divan::counter::BytesCount::new(bytes.len()))
        .bench(|| engine(black_box(&bytes)));
}

/// The long plan checked again after a one-character edit in a middle line (an editor's
/// re-check as the drafter types), by a `Session` that checked the text before: each
/// iteration checks the other of two texts that differ by that character.
#[divan::bench(sample_count = 20)]
fn long_plan_recheck(bencher: Bencher) {
    let plan = long_plan(300_000);
    let middle = plan[..plan.len() / 2].rfind('\n').unwrap() + 1;
    let mut typed = plan.clone();
    typed.insert(middle, 'x');
    let texts = [plan, typed];
    let mut session = thethuc::Session::new(Config::default());
    session.check(&texts[1]);
    let mut next = 0;
    bencher
        .counter(divan::counter::BytesCount::new(texts[0].len()))
        .bench_local(|| {
            let n = session.check(black_box(&texts[next])).diagnostics.len();
            next = 1 - next;
            n
        });
}

/// A 55 KB .docx from an agency (a draft decision): read (unzip, styles, numbering) and check.
#[divan::bench]
fn docx_read_and_check(bencher: Bencher) {
    let bytes = std::fs::read(fixtures().join(
        "docx/Du-thao-Quyet-dinh-phe-duyet-Phuong-an-no-min-tai-khu-vuc-co-cong-trinh-can-bao-ve_1779270671701.docx",
    ))
    .unwrap();
    let limits = thethuc_docx::Limits::default();
    bencher
        .counter(divan::counter::BytesCount::new(bytes.len()))
        .bench(|| {
            let docx = thethuc_docx::read(black_box(&bytes), &limits).unwrap();
            thethuc::check_styled(&docx.styled(), &Config::default())
                .diagnostics
                .len()
        });
}
