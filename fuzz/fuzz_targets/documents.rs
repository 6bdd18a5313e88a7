#![no_main]
//! Grammar-shaped documents: lines of real documents (headers, bodies, closings) put together in
//! an order the bytes choose, some cut short or doubled. Checked and fixed.
use libfuzzer_sys::fuzz_target;
mod common;

const SOURCES: &[&str] = &[
    include_str!("../../fixtures/corpus/seeds/000_c189c1a0e0c196da.txt"),
    include_str!("../../fixtures/corpus/seeds/001_3a5f75ff385e355a.txt"),
    include_str!("../../fixtures/corpus/seeds/003_944502987addf757.txt"),
    include_str!("../../fixtures/corpus/real/01_tb-1894-sct-laocai.txt"),
    include_str!("../../fixtures/corpus/real/02_qd-1050-sct-laocai.txt"),
    include_str!("../../fixtures/corpus/real/04_cv-6987-snnmt-laocai.txt"),
    include_str!("../../fixtures/corpus/real/06_kh-ubnd-laocai-ct11-duthao.txt"),
];

fuzz_target!(|data: &[u8]| {
    let lines: Vec<&str> = SOURCES.iter().flat_map(|s| s.lines()).collect();
    let mut text = String::new();
    // At most 300 lines: a bigger document only makes each run slower, not the search wider.
    for pair in data.chunks(2).take(300) {
        let pick = usize::from(pair[0]) << 8 | usize::from(*pair.get(1).unwrap_or(&0));
        let line = lines[pick % lines.len()];
        match pair[0] % 8 {
            // Cut the line at a character boundary.
            0 => {
                let cut = line.char_indices().nth(usize::from(pair[0]) % 40).map_or(line.len(), |(i, _)| i);
                text.push_str(&line[..cut]);
            }
            // Two lines on one, as a PDF's two columns.
            1 => {
                text.push_str(line);
                text.push_str("          ");
                text.push_str(lines[(pick / 3) % lines.len()]);
            }
            _ => text.push_str(line),
        }
        text.push('\n');
    }
    let config = thethuc::Config::default();
    common::assert_report_is_sound(&thethuc::check_str(&text, &config));
    let fixed = thethuc::fix(&text, thethuc::InputFormat::Text, &config, true);
    common::assert_report_is_sound(&fixed.report);
});
