//! Compares thethuc with the development set's annotations (`fixtures/devset`): per-component
//! precision and recall, false alarms and missed defects by rule.
//!
//! `cargo run --release -p thethuc-tests --example eval [-- --details] [FILTER]`
//! `--details` lists, document by document, what was read wrong and each false alarm; FILTER
//! keeps the documents whose name (`provenance/slug`) contains it.

fn main() {
    let mut details = false;
    let mut filter = String::new();
    for arg in std::env::args().skip(1) {
        match arg.as_str() {
            "--details" | "-d" => details = true,
            "--help" | "-h" => {
                println!("eval [--details] [FILTER]");
                return;
            }
            other => filter = other.to_owned(),
        }
    }
    let entries = match thethuc_tests::eval::entries() {
        Ok(e) => e,
        Err(e) => {
            eprintln!("eval: {e}");
            std::process::exit(2);
        }
    };
    let entries: Vec<_> = entries
        .into_iter()
        .filter(|e| e.name.contains(&filter))
        .collect();
    let config = thethuc::Config::default();
    let results: Vec<_> = entries
        .iter()
        .map(|e| thethuc_tests::eval::evaluate(e, &config))
        .collect();
    let summary = thethuc_tests::eval::summarise(&entries, &results);
    print!(
        "{}",
        thethuc_tests::eval::render(&summary, &results, details)
    );
    // The set without and with the intake (`fixtures/devset/intake.txt`), as the floors count.
    let intake = thethuc_tests::eval::intake().unwrap_or_default();
    for (label, in_intake) in [("settled", false), ("intake", true)] {
        let s = thethuc_tests::eval::summarise_where(&entries, &results, |e| {
            intake.contains(&e.name) == in_intake
        });
        if s.documents > 0 {
            println!(
                "{label}: {} documents, {:.2} % of {} components right ({} wrong), {} matched, {} false alarms ({} by component rules)",
                s.documents,
                100.0 * s.all.right() as f64 / s.all.scored() as f64,
                s.all.scored(),
                s.all.scored() - s.all.right(),
                s.matched_findings,
                s.false_alarm_count(),
                s.component_false_alarms()
            );
        }
    }
}
