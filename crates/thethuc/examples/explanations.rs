//! Prints every rule's long explanation, one-line summary and examples as JSON, `{"vi": {code:
//! text}, "en": {…}, "summary": {"vi": {code: text}, "en": {…}}, "examples": {code: {"bad": …,
//! "good": …}}}`. The widget's build writes
//! it to dist/explanations.json: the WASM engine is built without these texts to stay small, and
//! the widget loads them when they are shown.
use std::collections::BTreeMap;

fn main() {
    let mut vi = BTreeMap::new();
    let mut en = BTreeMap::new();
    let mut examples = BTreeMap::new();
    let (mut summary_vi, mut summary_en) = (BTreeMap::new(), BTreeMap::new());
    for rule in thethuc::rules::REGISTRY {
        summary_vi.insert(rule.code, rule.summary_vi);
        summary_en.insert(rule.code, rule.summary_en);
        vi.insert(rule.code, rule.docs_vi);
        en.insert(rule.code, rule.docs_en);
        examples.insert(
            rule.code,
            BTreeMap::from([("bad", rule.bad), ("good", rule.good)]),
        );
    }
    let all = serde_json::json!({
        "vi": vi,
        "en": en,
        "summary": { "vi": summary_vi, "en": summary_en },
        "examples": examples,
    });
    match serde_json::to_string(&all) {
        Ok(json) => println!("{json}"),
        Err(e) => {
            eprintln!("explanations: {e}");
            std::process::exit(1);
        }
    }
}
