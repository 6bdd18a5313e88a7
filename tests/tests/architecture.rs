#![allow(clippy::unwrap_used, clippy::expect_used)]
//! The library's layering, checked on its source: a rule file holds one rule and imports no
//! other rule, and nothing outside the rules imports a rule file (what rules share lives in
//! `rules/common/`; what the check reports of itself goes through the registry).

use std::path::{Path, PathBuf};

fn sources(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).expect("src is readable") {
        let path = entry.expect("a directory entry").path();
        if path.is_dir() {
            sources(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// A rule module's name: two or three letters and three digits (`ma004`, `doc004`).
fn is_rule_module(name: &str) -> bool {
    let letters = name.len().saturating_sub(3);
    (2..=3).contains(&letters)
        && name[..letters].bytes().all(|b| b.is_ascii_lowercase())
        && name[letters..].bytes().all(|b| b.is_ascii_digit())
}

/// The rule modules a source names as paths (`rules::ma004::…`, `super::ma004::…`).
fn rule_modules_named(source: &str) -> Vec<String> {
    let mut named = Vec::new();
    for prefix in ["rules::", "super::"] {
        for (at, _) in source.match_indices(prefix) {
            let rest = &source[at + prefix.len()..];
            let name: String = rest
                .chars()
                .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
                .collect();
            if is_rule_module(&name) && rest[name.len()..].starts_with("::") {
                named.push(name);
            }
        }
    }
    named
}

#[test]
fn no_module_but_the_registry_imports_a_rule_file() {
    let src = thethuc_tests::workspace_root().join("crates/thethuc/src");
    let mut files = Vec::new();
    sources(&src, &mut files);
    assert!(files.len() > 100, "the rule files are found");
    let mut breaches = Vec::new();
    for file in &files {
        let relative = file.strip_prefix(&src).unwrap_or(file);
        // The registry names every rule; it is the one module that may.
        if relative == Path::new("rules/mod.rs") {
            continue;
        }
        let own = file.file_stem().and_then(|s| s.to_str()).unwrap_or("");
        let source = std::fs::read_to_string(file).unwrap_or_default();
        for name in rule_modules_named(&source) {
            if name != own {
                breaches.push(format!("{} names rules::{name}", relative.display()));
            }
        }
    }
    breaches.sort();
    breaches.dedup();
    assert!(breaches.is_empty(), "{}", breaches.join("\n"));
}

#[test]
fn rule_module_names_are_told_apart() {
    assert!(is_rule_module("ma004") && is_rule_module("doc004"));
    assert!(!is_rule_module("common") && !is_rule_module("lexicon") && !is_rule_module("a1"));
    assert_eq!(
        rule_modules_named("use crate::rules::ck007::signer_name_line; super::nd004::x"),
        ["ck007", "nd004"]
    );
}
