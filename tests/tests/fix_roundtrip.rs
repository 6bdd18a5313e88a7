#![allow(clippy::unwrap_used, clippy::expect_used)]
//! `fix` over the corpus: a second run changes nothing, and no word of the original is lost.
//! Words are compared without case and tone marks (wording fixes change letters) and modulo the
//! punctuation fixes touch: a word survives when the fixed text still has it as a word or inside
//! its run of letters (`T/M.` → `TM.`, `KT.GIÁM` → `KT. GIÁM`). A recipient listed twice loses its
//! second line (NN008) but its words are still there once. Look-alike letters from other scripts
//! are read as their Latin twins, since MA009 replaces them (`củа` with a Cyrillic `а` → `của`).

use thethuc::{fix, Config, InputFormat};

fn latin_skeleton(word: &str) -> String {
    let latin: String = word
        .chars()
        .map(|c| thethuc::internals::latin_twin(c).unwrap_or(c))
        .collect();
    thethuc::internals::skeleton(&latin)
}

fn skeleton_words(text: &str) -> Vec<String> {
    let mut w: Vec<String> = text
        .split(|c: char| !c.is_alphanumeric())
        .filter(|s| !s.is_empty())
        .map(latin_skeleton)
        .collect();
    w.sort();
    w
}

/// Every word of `before` is still in `after`: as a word, or inside its letters.
fn keeps_every_word(before: &str, after: &str) -> Result<(), String> {
    let after_words = skeleton_words(after);
    let stream: String = after
        .split(|c: char| !c.is_alphanumeric())
        .map(latin_skeleton)
        .collect();
    for w in skeleton_words(before) {
        if after_words.binary_search(&w).is_err() && !stream.contains(&w) {
            return Err(w);
        }
    }
    Ok(())
}

/// How many findings of each code a text gives.
fn codes(text: &str, config: &Config) -> std::collections::BTreeMap<String, usize> {
    let mut counts = std::collections::BTreeMap::new();
    for d in thethuc::check_str(text, config).diagnostics {
        *counts.entry(d.code.to_string()).or_insert(0) += 1;
    }
    counts
}

#[test]
fn fixing_the_corpus_twice_changes_nothing_the_second_time_and_loses_no_word() {
    let config = Config::default();
    for path in &thethuc_tests::corpus_documents() {
        let original = std::fs::read_to_string(path).unwrap();
        let once = fix(&original, InputFormat::Text, &config, false);
        let twice = fix(&once.text, InputFormat::Text, &config, false);
        assert_eq!(
            twice.applied,
            0,
            "{}: second run applied fixes",
            path.display()
        );
        assert_eq!(once.text, twice.text, "{}", path.display());
        // A legacy-encoded file's words are those of its reviewed Unicode conversion.
        let converted = path.with_extension("converted.txt");
        let reference = std::fs::read_to_string(&converted).unwrap_or_else(|_| original.clone());
        if let Err(w) = keeps_every_word(&reference, &once.text) {
            panic!("{}: the word {w:?} was lost", path.display());
        }
        let before = codes(&original, &config);
        let after = codes(&once.text, &config);
        for (code, n) in &after {
            let was = before.get(code).copied().unwrap_or(0);
            assert!(
                *n <= was,
                "{}: fixing made {code} appear ({was} before, {n} after)",
                path.display()
            );
        }
    }
}
