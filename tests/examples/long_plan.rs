//! Prints the benchmarks' long plan (about 100 pages; see `thethuc_tests::long_plan`), for the
//! widget's browser test: `cargo run -q -p thethuc-tests --example long_plan`.
fn main() {
    print!("{}", thethuc_tests::long_plan(300_000));
}
