#![allow(clippy::unwrap_used, clippy::expect_used)]
//! `fix` over the corpus: a second run changes nothing, and no word of the original is lost.
//! Words are compared without case and tone marks (wording fixes change letters) and modulo the
//! punctuation fixes touch: a word survives when the fixed text still has it as a word or inside
//! its run of letters (`T/M.` → `TM.`, `KT.GIÁM` → `KT. GIÁM`). A recipient listed twice loses its
//! second line (NN008) but its words are still there once.

use thethuc::{fix, Config, InputFormat};

fn skeleton_words(text: &str) -> Vec<String> {
    let mut w: Vec<String> = text
        .split(|c: char| !c.is_alphanumeric())
        .filter(|s| !s.is_empty())
        .map(thethuc::fold::skeleton)
        .collect();
    w.sort();
    w
}

/// Every word of `before` is still in `after`: as a word, or inside its letters.
fn keeps_every_word(before: &str, after: &str) -> Result<(), String> {
    let after_words = skeleton_words(after);
    let stream: String = after
        .split(|c: char| !c.is_alphanumeric())
        .map(thethuc::fold::skeleton)
        .collect();
    for w in skeleton_words(before) {
        if after_words.binary_search(&w).is_err() && !stream.contains(&w) {
            return Err(w);
        }
    }
    Ok(())
}

#[test]
fn fixing_the_corpus_twice_changes_nothing_the_second_time_and_loses_no_word() {
    let config = Config::default();
    for dir in ["seeds", "real"] {
        let dir = thethuc_tests::fixtures().join("corpus").join(dir);
        let mut paths: Vec<_> = std::fs::read_dir(dir)
            .unwrap()
            .map(|e| e.unwrap().path())
            .collect();
        paths.sort();
        for path in paths
            .iter()
            .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        {
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
            if let Err(w) = keeps_every_word(&original, &once.text) {
                panic!("{}: the word {w:?} was lost", path.display());
            }
        }
    }
}
