//! numbering.xml: list paragraphs get the label Word shows (`1.`, `a)`, `-`), so the grammar
//! sees what the reader sees.

use crate::xml::Element;
use std::collections::HashMap;

#[derive(Debug, Clone, Default)]
struct Level {
    format: String,
    text: String,
    start: u32,
}

#[derive(Debug, Default)]
pub struct Numbering {
    /// numId → (abstractNumId, start overrides per level).
    nums: HashMap<String, (String, HashMap<u32, u32>)>,
    abstracts: HashMap<String, HashMap<u32, Level>>,
    /// Per numId: the counter of each level.
    counters: HashMap<String, [u32; 9]>,
}

impl Numbering {
    pub fn read(root: Option<&Element>) -> Self {
        let mut out = Numbering::default();
        let Some(root) = root else { return out };
        for a in root.children_named("abstractNum") {
            let Some(id) = a.attr("abstractNumId") else {
                continue;
            };
            let mut levels = HashMap::new();
            for l in a.children_named("lvl") {
                let Some(ilvl) = l.attr("ilvl").and_then(|v| v.parse::<u32>().ok()) else {
                    continue;
                };
                let val = |name: &str| l.child(name).and_then(|e| e.attr("val")).map(str::to_owned);
                levels.insert(
                    ilvl,
                    Level {
                        format: val("numFmt").unwrap_or_else(|| "decimal".into()),
                        text: val("lvlText").unwrap_or_default(),
                        start: val("start").and_then(|v| v.parse().ok()).unwrap_or(1),
                    },
                );
            }
            out.abstracts.insert(id.to_owned(), levels);
        }
        for n in root.children_named("num") {
            let (Some(id), Some(abs)) = (
                n.attr("numId"),
                n.child("abstractNumId").and_then(|a| a.attr("val")),
            ) else {
                continue;
            };
            let overrides = n
                .children_named("lvlOverride")
                .filter_map(|o| {
                    let ilvl = o.attr("ilvl")?.parse().ok()?;
                    let start = o.child("startOverride")?.attr("val")?.parse().ok()?;
                    Some((ilvl, start))
                })
                .collect();
            out.nums.insert(id.to_owned(), (abs.to_owned(), overrides));
        }
        out
    }

    /// The next label of list `num_id` at `level`, counting as Word does.
    pub fn next_label(&mut self, num_id: &str, level: u32) -> Option<String> {
        let (abs, overrides) = self.nums.get(num_id)?;
        let levels = self.abstracts.get(abs)?;
        let level = level.min(8);
        let start = |l: u32| {
            overrides
                .get(&l)
                .copied()
                .or_else(|| levels.get(&l).map(|x| x.start))
                .unwrap_or(1)
        };
        let counters = self.counters.entry(num_id.to_owned()).or_insert([0; 9]);
        let i = level as usize;
        counters[i] = if counters[i] == 0 {
            start(level)
        } else {
            counters[i] + 1
        };
        for deeper in counters.iter_mut().skip(i + 1) {
            *deeper = 0;
        }
        let this = levels.get(&level)?;
        if this.format == "bullet" || this.format == "none" {
            // Symbol-font bullets are private-use characters; a dash is what the decree uses.
            let t = this.text.trim();
            let visible = t.chars().all(|c| !('\u{E000}'..='\u{F8FF}').contains(&c));
            return Some(if this.format == "none" {
                String::new()
            } else if visible && !t.is_empty() {
                t.to_owned()
            } else {
                "-".into()
            });
        }
        let mut label = this.text.clone();
        for k in 0..=level {
            let value = if counters[k as usize] == 0 {
                start(k)
            } else {
                counters[k as usize]
            };
            let format = levels.get(&k).map_or("decimal", |l| l.format.as_str());
            label = label.replace(&format!("%{}", k + 1), &format_number(value, format));
        }
        Some(label)
    }
}

fn format_number(n: u32, format: &str) -> String {
    match format {
        "lowerLetter" => letters(n).to_lowercase(),
        "upperLetter" => letters(n),
        "lowerRoman" => thethuc::internals::to_roman(n).to_lowercase(),
        "upperRoman" => thethuc::internals::to_roman(n),
        "decimalZero" if n < 10 => format!("0{n}"),
        _ => n.to_string(),
    }
}

/// Word's letters: A…Z, then AA…ZZ (Word has no đ, so a list typed as a), b), … d), đ) differs).
fn letters(n: u32) -> String {
    let alphabet = b"ABCDEFGHIJKLMNOPQRSTUVWXYZ";
    let i = (n.max(1) - 1) as usize;
    let c = alphabet[i % 26] as char;
    c.to_string().repeat(i / 26 + 1)
}
