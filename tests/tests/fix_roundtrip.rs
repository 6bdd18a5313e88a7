#![allow(clippy::unwrap_used, clippy::expect_used)]
//! `fix` over the corpus: a second run changes nothing, and no word of the original is lost
//! (words compared without case and tone marks, since wording fixes change letters).

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

/// True when every word of `before` is still in `after` (as a multiset).
fn keeps_every_word(before: &[String], after: &[String]) -> Result<(), String> {
    let mut after = after.to_vec();
    for w in before {
        match after.binary_search(w) {
            Ok(i) => {
                after.remove(i);
            }
            Err(_) => return Err(w.clone()),
        }
    }
    Ok(())
}

#[test]
fn fixing_the_corpus_twice_changes_nothing_the_second_time_and_loses_no_word() {
    let config = Config::default();
    for dir in ["seeds", "real"] {
        let dir = thethuc_tests::fixtures().join("corpus").join(dir);
        let mut paths: Vec<_> = std::fs::read_dir(dir).unwrap().map(|e| e.unwrap().path()).collect();
        paths.sort();
        for path in paths.iter().filter(|p| p.extension().is_some_and(|e| e == "txt")) {
            let original = std::fs::read_to_string(path).unwrap();
            let once = fix(&original, InputFormat::Text, &config, false);
            let twice = fix(&once.text, InputFormat::Text, &config, false);
            assert_eq!(twice.applied, 0, "{}: second run applied fixes", path.display());
            assert_eq!(once.text, twice.text, "{}", path.display());
            if let Err(w) = keeps_every_word(&skeleton_words(&original), &skeleton_words(&once.text)) {
                panic!("{}: the word {w:?} was lost", path.display());
            }
        }
    }
}
