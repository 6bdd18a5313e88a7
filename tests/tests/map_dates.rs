#![allow(clippy::unwrap_used, clippy::expect_used)]
//! Issue 19, "Done when": the map rules (DB, `rules/common/map.rs`) give no finding on a
//! document of the corpus dated before the change it checks. The earliest change in the map's
//! tables takes effect on 01/01/2025 (Thừa Thiên Huế became Thành phố Huế; every other row's
//! last day is later), so a document dated before it can carry no true DB finding at all. The
//! date is the annotated one (the set's `place_date`, read by eye), not the checker's reading.

use thethuc_tests::eval::{check_file, entries};

/// The map's first change: no row of `crates/thethuc/data/map-*.tsv` ends before 2024-12-31.
const FIRST_CHANGE: u32 = 20250101;

/// The day of an annotated place-and-date line (`Hà Nội, ngày 16 tháng 6 năm 2025`,
/// `…, ngày 5/3/2019`), as yyyymmdd; none when the year is not written in full.
fn annotated_day(line: &str) -> Option<u32> {
    let numbers: Vec<u32> = line
        .split(|c: char| !c.is_ascii_digit())
        .filter(|s| !s.is_empty())
        .filter_map(|s| s.parse().ok())
        .collect();
    let year_at = numbers.iter().rposition(|&n| (1945..=2100).contains(&n))?;
    let year = numbers[year_at];
    let month = year_at
        .checked_sub(1)
        .map(|i| numbers[i])
        .filter(|m| (1..=12).contains(m));
    let day = year_at
        .checked_sub(2)
        .map(|i| numbers[i])
        .filter(|d| (1..=31).contains(d));
    // A month or a day left blank reads as the year's start: earlier, never later, than the day.
    Some(year * 10_000 + month.unwrap_or(1) * 100 + day.unwrap_or(1))
}

#[test]
fn the_map_rules_are_silent_on_documents_dated_before_the_first_change() {
    let entries = entries().unwrap();
    let config = thethuc::Config::default();
    let mut dated_before = 0;
    let mut breaches = Vec::new();
    for e in &entries {
        let Some(day) = e
            .annotation
            .components
            .get("place_date")
            .and_then(|v| v.as_str())
            .and_then(annotated_day)
        else {
            continue;
        };
        if day >= FIRST_CHANGE {
            continue;
        }
        dated_before += 1;
        let report = check_file(&e.document, &config).unwrap_or_else(|err| panic!("{err}"));
        for d in report
            .diagnostics
            .iter()
            .filter(|d| d.code.starts_with("DB"))
        {
            breaches.push(format!("{} ({day}): {} {}", e.name, d.code, d.message.vi));
        }
    }
    // The set holds many documents from before the reform; the test reads them, not none.
    assert!(
        dated_before >= 60,
        "{dated_before} documents dated before 2025"
    );
    assert!(breaches.is_empty(), "{}", breaches.join("\n"));
}

#[test]
fn an_annotated_date_is_read_to_its_day() {
    assert_eq!(
        annotated_day("Hà Nội, ngày 16 tháng 6 năm 2025"),
        Some(20250616)
    );
    assert_eq!(
        annotated_day("Cần Thơ, ngày 17 tháng 08 năm 2020"),
        Some(20200817)
    );
    assert_eq!(
        annotated_day("Lào Cai, ngày      tháng 5 năm 2025"),
        Some(20250501)
    );
    assert_eq!(annotated_day("Huế, ngày 5/3/2019"), Some(20190305));
    assert_eq!(annotated_day("Lào Cai, ngày … tháng … năm 20…"), None);
}
