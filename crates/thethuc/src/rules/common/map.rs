//! The administrative map after the 2025 reform, as data the DB rules read: the 34
//! province-level units and their codes, the province-level names that ceased (with their last
//! day and successor), the dissolved ministries and departments (names, ký hiệu codes, last
//! day, successor), the district level (ended 30/6/2025) and the laws a căn cứ may still cite
//! after they were replaced.
//!
//! Provenance (each file is described in `data/README.md`): `data/map-provinces.tsv` and
//! `data/map-ceased.tsv` are copied from `shared/data/provinces-2025.tsv` and
//! `provinces-ceased.tsv` of 2026-12-05 (NQ 202/2025/QH15 and the annex of NQ 60-NQ/TW for the
//! merges, QĐ 19/2025/QĐ-TTg for the codes, NQ 175/2024/QH15 for Huế, NQ 30/2026/QH16 for
//! Đồng Nai); `data/map-bodies.tsv` from NQ 176/2025/QH15 and LEGAL-2026 §2.1 and §2.3;
//! `data/map-laws.tsv` from Luật 63, 64, 65 and 72/2025/QH15 (LEGAL-2026 §2.3, §4). Each table
//! is one string, split on demand: no process-wide state, a few hundred bytes in the .wasm.

use crate::rules::common::header::{header_date, number};
use crate::rules::Ctx;
use crate::text::span::Span;

const PROVINCES: &str = include_str!("../../../data/map-provinces.tsv");
const CEASED: &str = include_str!("../../../data/map-ceased.tsv");
const BODIES: &str = include_str!("../../../data/map-bodies.tsv");
const LAWS: &str = include_str!("../../../data/map-laws.tsv");

/// The last day of the district level (huyện, quận, thị xã, thành phố thuộc tỉnh) and of the
/// thị trấn: Luật Tổ chức chính quyền địa phương 72/2025/QH15 and NQ 202/2025/QH15, two levels
/// from 01/7/2025.
pub(crate) const DISTRICT_LAST_DAY: Day = 20250630;

/// A day as `yyyymmdd`, so that days compare as numbers.
pub(crate) type Day = u32;

/// `2025-06-30` → 20250630.
fn iso_day(s: &str) -> Day {
    s.split('-')
        .map(|p| p.parse::<u32>().unwrap_or(0))
        .fold(0, |acc, p| acc * if p > 31 { 1 } else { 100 } + p)
}

/// `20250630` → `30/6/2025`, as a message writes it.
pub(crate) fn show_day(d: Day) -> String {
    format!("{:02}/{:02}/{}", d % 100, d / 100 % 100, d / 10_000)
}

/// The rows of a table: its lines but the `#` header, each split on tabs.
fn rows(table: &'static str) -> impl Iterator<Item = Vec<&'static str>> {
    table
        .lines()
        .filter(|l| !l.starts_with('#') && !l.is_empty())
        .map(|l| l.split('\t').collect())
}

/// The document's own date (ô 4), as the earliest day it may stand for: a day or month left
/// blank counts from the first. `None` without a written year (a draft's blanks, no date
/// line): then the DB rules stay silent.
pub(crate) fn doc_day(ctx: &Ctx<'_>) -> Option<Day> {
    let (_, d) = header_date(ctx)?;
    let year = number(ctx, d.year).filter(|y| (1945..=2100).contains(y))?;
    let month = match d.month {
        Some(_) if number(ctx, d.month).is_none() => 1,
        Some(_) => number(ctx, d.month).filter(|m| (1..=12).contains(m))?,
        None => 1,
    };
    let day = number(ctx, d.day)
        .filter(|d| (1..=31).contains(d))
        .unwrap_or(1);
    Some(year * 10_000 + month * 100 + day)
}

/// A word as the map compares it: case-folded, tone marks placed the new way (`Hoà` = `hòa`,
/// `UỶ` = `ủy`).
pub(crate) use crate::model::doctype::comparison_key as key;

/// The words of a name, as keys.
pub(crate) fn name_keys(name: &str) -> Vec<String> {
    let mut words = Vec::new();
    crate::text::words::words_into(name, &mut words);
    words.iter().map(|(_, w)| key(w)).collect()
}

/// Where `needle` starts among `hay`'s words, from word `from` on.
pub(crate) fn find_words(hay: &[String], needle: &[String], from: usize) -> Option<usize> {
    if needle.is_empty() || hay.len() < needle.len() {
        return None;
    }
    (from..=hay.len() - needle.len()).find(|&k| hay[k..k + needle.len()] == *needle)
}

/// The span of bytes `from..to` of a line.
pub(crate) fn in_line(line: Span, from: usize, to: usize) -> Span {
    Span::new(line.start + from as u32, line.start + to as u32)
}

/// A province-level unit's name without its kind (`Tỉnh Kon Tum` → `Kon Tum`).
pub(crate) fn proper(name: &str) -> &str {
    name.strip_prefix("Tỉnh ")
        .or_else(|| name.strip_prefix("Thành phố "))
        .unwrap_or(name)
}

/// A province-level name that ceased.
pub(crate) struct Ceased {
    /// `Tỉnh Kon Tum`.
    pub name: &'static str,
    /// The last day it existed.
    pub last: Day,
    /// The code of the unit that took it over.
    pub successor: &'static str,
}

pub(crate) fn ceased() -> impl Iterator<Item = Ceased> {
    rows(CEASED).filter_map(|r| {
        Some(Ceased {
            name: r.first()?,
            last: iso_day(r.get(1)?),
            successor: r.get(2)?,
        })
    })
}

/// The name of unit `code` on day `day`: its name in the 34-unit table, or the name it had
/// then if it was renamed later (`75` is `Tỉnh Đồng Nai` until 29/4/2026).
pub(crate) fn unit_name(code: &str, day: Day) -> Option<&'static str> {
    let now = rows(PROVINCES).find(|r| r.first() == Some(&code))?;
    let now = *now.get(1)?;
    let renamed =
        ceased().find(|c| c.successor == code && proper(c.name) == proper(now) && day <= c.last);
    Some(renamed.map_or(now, |c| c.name))
}

/// The proper names of the 34 province-level units (`Hà Nội`, `Kon Tum` no longer), as keys.
pub(crate) fn province_keys() -> impl Iterator<Item = Vec<String>> {
    rows(PROVINCES).filter_map(|r| Some(name_keys(proper(r.get(1)?))))
}

/// A dissolved ministry or department.
pub(crate) struct Body {
    /// Its name, then the short forms it is written in (`|` between them).
    pub names: &'static str,
    /// The codes it put in its ký hiệu (`BKHĐT|BKHDT`), maybe none.
    pub codes: &'static str,
    pub last: Day,
    /// What took its tasks over.
    pub successor: &'static str,
}

pub(crate) fn bodies() -> impl Iterator<Item = Body> {
    rows(BODIES).filter_map(|r| {
        Some(Body {
            names: r.first()?,
            codes: r.get(1)?,
            last: iso_day(r.get(2)?),
            successor: r.get(3)?,
        })
    })
}

impl Body {
    /// Its full name (the first of its names).
    pub fn name(&self) -> &'static str {
        self.names.split('|').next().unwrap_or(self.names)
    }
}

/// A law a căn cứ may still cite after it was replaced.
pub(crate) struct Law {
    /// Its title after the word `Luật` (`Tổ chức Chính phủ`).
    pub title: &'static str,
    /// The day it was passed, as (day, month, year).
    pub date: (u32, u32, u32),
    /// Its number (`76/2015/QH13`).
    pub number: &'static str,
    /// Its last day in force.
    pub last: Day,
    /// The number of the law that replaced it.
    pub successor: &'static str,
}

pub(crate) fn laws() -> impl Iterator<Item = Law> {
    rows(LAWS).filter_map(|r| {
        let mut d = r.get(1)?.split('/').map(|p| p.parse::<u32>().unwrap_or(0));
        Some(Law {
            title: r.first()?,
            date: (d.next()?, d.next()?, d.next()?),
            number: r.get(2)?,
            last: iso_day(r.get(3)?),
            successor: r.get(4)?,
        })
    })
}

/// The law in force on `day` in the line of `number`'s successors (`77/2015/QH13` →
/// `65/2025/QH15` → `72/2025/QH15`).
pub(crate) fn law_in_force(successor: &'static str, day: Day) -> &'static str {
    let mut now = successor;
    // The table is a chain without cycles; its length bounds the walk.
    for _ in 0..LAWS.lines().count() {
        match laws().find(|l| l.number == now && day > l.last) {
            Some(l) => now = l.successor,
            None => break,
        }
    }
    now
}

/// Whether the text right after a name marks it as a name of the past (`Kon Tum (cũ)`,
/// `(trước đây là …)`): history, not a claim that the body exists.
pub(crate) fn marked_as_past(after: &str) -> bool {
    let t = key(after.trim_start().trim_start_matches([',', ' ']));
    ["(cũ", "cũ", "(trước", "trước đây", "(nay", "nay là"]
        .iter()
        .any(|m| t.starts_with(m))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_tables_read_whole() {
        assert_eq!(rows(PROVINCES).count(), 34);
        assert_eq!(ceased().count(), 31);
        assert!(ceased().all(|c| rows(PROVINCES).any(|r| r[0] == c.successor)));
        assert!(ceased().all(|c| (20241231..=20260429).contains(&c.last)));
        assert_eq!(bodies().count(), 14);
        assert!(bodies().all(|b| b.last == 20250228 && !b.successor.is_empty()));
        assert_eq!(laws().count(), 6);
    }

    #[test]
    fn a_unit_has_the_name_of_its_day() {
        assert_eq!(unit_name("75", 20250701), Some("Tỉnh Đồng Nai"));
        assert_eq!(unit_name("75", 20260429), Some("Tỉnh Đồng Nai"));
        assert_eq!(unit_name("75", 20260430), Some("Thành phố Đồng Nai"));
        assert_eq!(unit_name("51", 20250701), Some("Tỉnh Quảng Ngãi"));
        assert_eq!(unit_name("46", 20250101), Some("Thành phố Huế"));
        assert_eq!(unit_name("99", 20250701), None);
    }

    #[test]
    fn laws_follow_their_successors() {
        assert_eq!(law_in_force("65/2025/QH15", 20250401), "65/2025/QH15");
        assert_eq!(law_in_force("65/2025/QH15", 20250701), "72/2025/QH15");
        assert_eq!(law_in_force("63/2025/QH15", 20260101), "63/2025/QH15");
    }

    #[test]
    fn days_read_and_show() {
        assert_eq!(iso_day("2025-06-30"), 20250630);
        assert_eq!(show_day(20250630), "30/06/2025");
        assert!(marked_as_past(" (cũ)"));
        assert!(marked_as_past(", nay là tỉnh Quảng Ngãi"));
        assert!(!marked_as_past(", ngày 05"));
    }

    /// The day after `d`.
    fn next(d: Day) -> Day {
        let (y, m, dd) = (d / 10_000, d / 100 % 100, d % 100);
        let len = match m {
            2 if y % 4 == 0 => 29,
            2 => 28,
            4 | 6 | 9 | 11 => 30,
            _ => 31,
        };
        match (dd < len, m < 12) {
            (true, _) => d + 1,
            (false, true) => y * 10_000 + (m + 1) * 100 + 1,
            (false, false) => (y + 1) * 10_000 + 101,
        }
    }

    fn dated(d: Day) -> String {
        format!(
            "ngày {:02} tháng {:02} năm {}",
            d % 100,
            d / 100 % 100,
            d / 10_000
        )
    }

    fn findings(code: &str, text: &str) -> Vec<String> {
        let config = crate::Config {
            select: vec![code.to_owned()],
            ..crate::Config::default()
        };
        crate::check_str(text, &config)
            .diagnostics
            .iter()
            .filter(|d| d.code == code)
            .map(|d| d.message.en.clone())
            .collect()
    }

    /// Each ceased name, as the issuer of a provincial body: reported the day after its last
    /// day, with its successor; silent on its last day.
    #[test]
    fn each_ceased_name_fires_after_its_last_day_only() {
        for c in ceased() {
            let upper = crate::text::fold::fold_case(c.name).to_uppercase();
            for (d, fires) in [(c.last, false), (next(c.last), true)] {
                let text = format!(
                    "ỦY BAN NHÂN DÂN\n{upper}\nSố: 12/KH-UBND\nHà Nội, {}\nKẾ HOẠCH\nVề việc X\n",
                    dated(d)
                );
                let got = findings("DB001", &text);
                assert_eq!(got.len(), usize::from(fires), "{} on {d}: {got:?}", c.name);
                if fires {
                    let successor = unit_name(c.successor, d).unwrap_or("?");
                    assert!(got[0].contains(successor), "{}: {got:?}", c.name);
                }
            }
        }
    }

    /// Each dissolved body, by its name in the header and by each of its codes in the
    /// document's own ký hiệu: reported after its last day, silent on it.
    #[test]
    fn each_dissolved_body_and_code_fires_after_its_last_day_only() {
        for b in bodies() {
            for (d, fires) in [(b.last, false), (next(b.last), true)] {
                let parent = if b.name().starts_with("Bộ") || b.name().starts_with("Ủy") {
                    "CHÍNH PHỦ"
                } else {
                    "UBND TỈNH LÀO CAI"
                };
                for name in b.names.split('|') {
                    let upper = name.to_uppercase();
                    let text = format!(
                        "{parent}\n{upper}\nSố: 12/KH-STC\nHà Nội, {}\nKẾ HOẠCH\nVề việc X\n",
                        dated(d)
                    );
                    let got = findings("DB003", &text);
                    assert_eq!(got.len(), usize::from(fires), "{name} on {d}: {got:?}");
                }
                for code in b.codes.split('|').filter(|c| !c.is_empty()) {
                    let text = format!(
                        "BỘ TÀI CHÍNH\nSố: 12/KH-{code}\nHà Nội, {}\nKẾ HOẠCH\nVề việc X\n",
                        dated(d)
                    );
                    let got = findings("DB003", &text);
                    assert_eq!(got.len(), usize::from(fires), "{code} on {d}: {got:?}");
                    if fires {
                        assert!(got[0].contains(b.successor), "{code}: {got:?}");
                    }
                }
            }
        }
    }

    /// Each replaced law, cited in a căn cứ by its title and date and by its number: reported
    /// after its last day in force, silent on it.
    #[test]
    fn each_replaced_law_fires_after_its_last_day_only() {
        for l in laws() {
            let (dd, mm, yy) = l.date;
            for cite in [
                format!("Luật {} ngày {dd} tháng {mm} năm {yy}", l.title),
                format!("Luật {} số {}", l.title, l.number),
            ] {
                for (d, fires) in [(l.last, false), (next(l.last), true)] {
                    let text = format!(
                        "Số: 12/QĐ-UBND\nLào Cai, {}\nQUYẾT ĐỊNH\nVề việc X\nCăn cứ {cite};\nQUYẾT ĐỊNH:\nĐiều 1. X.\n",
                        dated(d)
                    );
                    let got = findings("DB004", &text);
                    assert_eq!(got.len(), usize::from(fires), "{cite} on {d}: {got:?}");
                }
            }
        }
    }

    /// The district level: every kind of district-level issuer is reported from 01/7/2025.
    #[test]
    fn the_district_level_ends_on_its_last_day() {
        for issuer in [
            "UBND HUYỆN ĐĂK HÀ",
            "HĐND QUẬN 3",
            "UBND THỊ XÃ SƠN TÂY",
            "UBND THỊ TRẤN PHỐ LU",
        ] {
            for (d, fires) in [(DISTRICT_LAST_DAY, false), (next(DISTRICT_LAST_DAY), true)] {
                let text = format!(
                    "{issuer}\nSố: 12/KH-UBND\nHà Nội, {}\nKẾ HOẠCH\nVề việc X\n",
                    dated(d)
                );
                assert_eq!(
                    findings("DB002", &text).len(),
                    usize::from(fires),
                    "{issuer} on {d}"
                );
            }
        }
    }
}
