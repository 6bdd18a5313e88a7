//! Prints every rule's long explanation in both languages as JSON, `{"vi": {code: text}, "en":
//! {…}}`. The widget's build writes it to dist/explanations.json: the WASM engine is built
//! without these texts to stay small, and the widget loads them when they are shown.
use std::collections::BTreeMap;

fn main() {
    let mut vi = BTreeMap::new();
    let mut en = BTreeMap::new();
    for rule in thethuc::rules::REGISTRY {
        vi.insert(rule.code, rule.docs_vi);
        en.insert(rule.code, rule.docs_en);
    }
    let all = BTreeMap::from([("vi", vi), ("en", en)]);
    match serde_json::to_string(&all) {
        Ok(json) => println!("{json}"),
        Err(e) => {
            eprintln!("explanations: {e}");
            std::process::exit(1);
        }
    }
}
