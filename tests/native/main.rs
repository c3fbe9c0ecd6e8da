//! The one native integration test binary: `cargo test` runs it on the host, no browser.

mod charts;
mod classroom;
mod dataset;
mod deal;
mod engine;
mod languages;
mod loading;
mod news;
mod oracle;
mod patch;
mod properties;
mod results;
mod rules;
mod screens;
mod tidy;
mod url;
mod validator;
mod words;

use common_ground::load::load;
use common_ground::model::{Dataset, Loaded};
use common_ground::text::{Lang, Text};
use serde_json::{json, Value};

/// A dataset with parties `a`, `b`, `c` and the given issues and positions. Positions without
/// `sources`, `status` or `as_of` get harmless defaults, so fixtures say only what they test.
pub fn fixture(issues: Value, positions: Value) -> Dataset {
    let loaded = fixture_loaded(issues, positions, json!([]));
    assert!(loaded.diagnostics.is_empty(), "fixture has problems: {:#?}", loaded.diagnostics);
    loaded.dataset
}

pub fn fixture_loaded(issues: Value, positions: Value, frameworks: Value) -> Loaded {
    let source = json!({"title": "t", "publisher": "p", "url": "https://example.org/", "date": "2025-01-01"});
    let mut positions = positions;
    for p in positions.as_array_mut().into_iter().flatten() {
        let Some(obj) = p.as_object_mut() else {
            continue;
        };
        obj.entry("sources").or_insert_with(|| json!([source.clone()]));
        obj.entry("status").or_insert_with(|| json!("official"));
        obj.entry("as_of").or_insert_with(|| json!("2025-01-01"));
        obj.entry("summary").or_insert_with(|| json!("s"));
    }
    let mut frameworks = frameworks;
    for f in frameworks.as_array_mut().into_iter().flatten() {
        for p in f.get_mut("provisions").and_then(Value::as_array_mut).into_iter().flatten() {
            let Some(obj) = p.as_object_mut() else {
                continue;
            };
            obj.entry("sources").or_insert_with(|| json!([source.clone()]));
            obj.entry("status").or_insert_with(|| json!("official"));
            obj.entry("summary").or_insert_with(|| json!("s"));
        }
    }
    let doc = json!({
        "schema": 1,
        "meta": {"title": "Fixture", "version": "1", "reviewed": "2026-01-01", "licence": "CC0"},
        "parties": [
            {"id": "a", "name": "Alpha", "short": "A", "kind": "belligerent", "colour": "#112233"},
            {"id": "b", "name": "Beta", "short": "B", "kind": "belligerent", "colour": "#445566"},
            {"id": "c", "name": "Gamma", "short": "C", "kind": "mediator", "colour": "#778899"}
        ],
        "topics": [{"id": "t", "name": "Topic"}],
        "issues": issues,
        "positions": positions,
        "frameworks": frameworks
    });
    load(&doc.to_string()).expect("fixture loads")
}

/// An options issue `o` with outcomes `o0`..`o4`, a quantity issue `q` in troops, and a set issue `s` of `s0`..`s3`.
pub fn issues() -> Value {
    let opts = |prefix: &str, n: usize| -> Value {
        (0..n)
            .map(|i| json!({"id": format!("{prefix}{i}"), "label": format!("{}{i}", prefix.to_uppercase())}))
            .collect()
    };
    json!([
        {"id": "o", "topic": "t", "name": "Options", "kind": "options", "options": opts("o", 5)},
        {"id": "q", "topic": "t", "name": "Quantity", "kind": "quantity", "unit": "troops"},
        {"id": "s", "topic": "t", "name": "Set", "kind": "set", "options": opts("s", 4)}
    ])
}

pub fn read_repo_file(path: &str) -> String {
    let full = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(path);
    std::fs::read_to_string(&full).unwrap_or_else(|e| panic!("cannot read {}: {e}", full.display()))
}

/// The English words, which the tests compare the app's sentences with.
pub fn en() -> Text {
    Text::new(Lang::En)
}
