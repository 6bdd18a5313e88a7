#![allow(clippy::unwrap_used, clippy::expect_used)]
//! The library's layering, checked on its source: a rule file holds one rule and imports no
//! other rule, and nothing outside the rules imports a rule file (what rules share lives in
//! `rules/common/`; what the check reports of itself goes through the registry). The stage
//! folders import only the stages before them, and no module of the core sits in a dependency
//! cycle (ARCHITECTURE.md, "What may import what").

use std::collections::{BTreeMap, BTreeSet};
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

/// The stage folders of `crates/thethuc/src`, in pipeline order: each may import only itself
/// and the folders before it.
const STAGES: [&str; 7] = [
    "text",
    "input",
    "layout",
    "model",
    "recognize",
    "rules",
    "check",
];

/// The shared vocabularies at the root, read by every stage: they import only `text` and
/// `input`.
const VOCABULARIES: [&str; 2] = ["config", "diagnostic"];

/// A source's module path from its file (`recognize/parse.rs` → `recognize::parse`,
/// `layout/mod.rs` → `layout`, `lib.rs` → ``).
fn module_of(relative: &Path) -> String {
    let mut parts: Vec<String> = relative
        .with_extension("")
        .components()
        .map(|c| c.as_os_str().to_string_lossy().into_owned())
        .collect();
    if parts.last().is_some_and(|p| p == "mod" || p == "lib") {
        parts.pop();
    }
    parts.join("::")
}

/// The source without its test modules (`#[cfg(test)]` then `mod`): tests may reach anywhere.
fn without_tests(source: &str) -> &str {
    let mut at = 0;
    while let Some(k) = source[at..].find("#[cfg(test)]") {
        let after = source[at + k + "#[cfg(test)]".len()..].trim_start();
        let after = after.strip_prefix("pub(crate) ").unwrap_or(after);
        if after.starts_with("mod ") {
            return &source[..at + k];
        }
        at += k + 1;
    }
    source
}

/// The modules a source reaches through `crate::` paths, resolved to the longest module path
/// that exists (`crate::text::fold::fold_case` → `text::fold`).
fn modules_reached(source: &str, modules: &BTreeSet<String>) -> BTreeSet<String> {
    let mut reached = BTreeSet::new();
    for (at, _) in source.match_indices("crate::") {
        let rest = &source[at + "crate::".len()..];
        let path: String = rest
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric() || *c == '_' || *c == ':')
            .collect();
        let segments: Vec<&str> = path.split("::").filter(|s| !s.is_empty()).collect();
        if let Some(module) = (1..=segments.len())
            .rev()
            .map(|n| segments[..n].join("::"))
            .find(|m| modules.contains(m))
        {
            reached.insert(module);
        }
    }
    reached
}

/// The core's module graph: each module and the modules its non-test code reaches.
fn module_graph() -> BTreeMap<String, BTreeSet<String>> {
    let src = thethuc_tests::workspace_root().join("crates/thethuc/src");
    let mut files = Vec::new();
    sources(&src, &mut files);
    let named: Vec<(String, PathBuf)> = files
        .iter()
        .map(|f| (module_of(f.strip_prefix(&src).unwrap_or(f)), f.clone()))
        .collect();
    let modules: BTreeSet<String> = named.iter().map(|(m, _)| m.clone()).collect();
    named
        .iter()
        .map(|(module, file)| {
            let source = std::fs::read_to_string(file).unwrap_or_default();
            let mut reached = modules_reached(without_tests(&source), &modules);
            reached.remove(module);
            (module.clone(), reached)
        })
        .collect()
}

/// The modules that sit in a cycle, each cycle as the sorted list of its modules (Tarjan).
fn cycles(graph: &BTreeMap<String, BTreeSet<String>>) -> Vec<Vec<String>> {
    struct Walk<'g> {
        graph: &'g BTreeMap<String, BTreeSet<String>>,
        index: BTreeMap<&'g str, usize>,
        low: BTreeMap<&'g str, usize>,
        stack: Vec<&'g str>,
        on_stack: BTreeSet<&'g str>,
        found: Vec<Vec<String>>,
    }
    impl<'g> Walk<'g> {
        fn visit(&mut self, v: &'g str) {
            let n = self.index.len();
            self.index.insert(v, n);
            self.low.insert(v, n);
            self.stack.push(v);
            self.on_stack.insert(v);
            for w in self.graph.get(v).into_iter().flatten() {
                let w = w.as_str();
                if !self.index.contains_key(w) {
                    self.visit(w);
                    let low = self.low[v].min(self.low[w]);
                    self.low.insert(v, low);
                } else if self.on_stack.contains(w) {
                    let low = self.low[v].min(self.index[w]);
                    self.low.insert(v, low);
                }
            }
            if self.low[v] == self.index[v] {
                let mut component = Vec::new();
                while let Some(w) = self.stack.pop() {
                    self.on_stack.remove(w);
                    component.push(w.to_owned());
                    if w == v {
                        break;
                    }
                }
                if component.len() > 1 {
                    component.sort();
                    self.found.push(component);
                }
            }
        }
    }
    let mut walk = Walk {
        graph,
        index: BTreeMap::new(),
        low: BTreeMap::new(),
        stack: Vec::new(),
        on_stack: BTreeSet::new(),
        found: Vec::new(),
    };
    for v in graph.keys() {
        if !walk.index.contains_key(v.as_str()) {
            walk.visit(v);
        }
    }
    walk.found
}

#[test]
fn no_module_of_the_core_sits_in_a_dependency_cycle() {
    let graph = module_graph();
    assert!(graph.contains_key("recognize::parse") && graph.contains_key("text::fold"));
    let found = cycles(&graph);
    assert!(
        found.is_empty(),
        "dependency cycles among the core's modules:\n{}",
        found
            .iter()
            .map(|c| c.join(" "))
            .collect::<Vec<_>>()
            .join("\n")
    );
}

#[test]
fn stages_import_only_the_stages_before_them() {
    let stage_of = |module: &str| module.split("::").next().unwrap_or("").to_owned();
    let mut breaches = Vec::new();
    for (module, reached) in module_graph() {
        let own = stage_of(&module);
        for other in reached {
            let theirs = stage_of(&other);
            if theirs == own || VOCABULARIES.contains(&theirs.as_str()) {
                continue;
            }
            let allowed = if VOCABULARIES.contains(&own.as_str()) {
                theirs == "text" || theirs == "input"
            } else {
                match (
                    STAGES.iter().position(|s| *s == own),
                    STAGES.iter().position(|s| *s == theirs),
                ) {
                    (Some(a), Some(b)) => b <= a,
                    // The crate root and the report's JSON types sit after every stage.
                    (None, _) => true,
                    (Some(_), None) => false,
                }
            };
            if !allowed {
                breaches.push(format!("{module} imports {other}"));
            }
        }
    }
    assert!(breaches.is_empty(), "{}", breaches.join("\n"));
}

#[test]
fn the_graph_reader_sees_paths_tests_and_cycles() {
    let modules: BTreeSet<String> = ["text::fold", "text", "model::document"]
        .map(String::from)
        .into();
    assert_eq!(
        modules_reached(
            "use crate::text::fold::fold_case; let s = crate::model::document::Span::new(0, 1);",
            &modules
        ),
        ["model::document", "text::fold"].map(String::from).into()
    );
    assert_eq!(module_of(Path::new("layout/mod.rs")), "layout");
    assert_eq!(
        module_of(Path::new("recognize/parse.rs")),
        "recognize::parse"
    );
    let source =
        "use crate::a;\n#[cfg(test)]\nfn helper() {}\n#[cfg(test)]\nmod tests { use crate::b; }";
    assert_eq!(
        without_tests(source),
        "use crate::a;\n#[cfg(test)]\nfn helper() {}\n"
    );
    let graph: BTreeMap<String, BTreeSet<String>> = [
        ("a", vec!["b"]),
        ("b", vec!["c"]),
        ("c", vec!["a"]),
        ("d", vec!["a"]),
    ]
    .into_iter()
    .map(|(m, to)| (m.to_owned(), to.into_iter().map(String::from).collect()))
    .collect();
    assert_eq!(cycles(&graph), [["a", "b", "c"].map(String::from).to_vec()]);
}
