//! The hand-written reader checked against serde's derive on the same raw types, and each
//! enum's one table checked against the JSON Schema.
//!
//! The reader names every key twice, in its field list and at its read site; a key renamed at
//! the read site alone (`"quote"` for `"quotes"`) would drop that field from every element
//! while each other test stays green. serde's derive (native only) reads the same file from the
//! type definitions, so the two must agree element by element on every valid file.

use std::fmt::Debug;

use common_ground::model::raw::RawDataset;
use common_ground::model::{read, FrameworkStatus, IssueKind, PartyKind, Status};
use common_ground::url::{Dark, View};
use serde_json::Value;

use crate::read_repo_file;

/// Asserts that two lists are equal item by item, naming the first item that differs; the
/// hand reader's items carry their index in the file.
fn same_items<T: PartialEq + Debug>(file: &str, list: &str, hand: &[(usize, T)], serde: &[T]) {
    assert_eq!(hand.len(), serde.len(), "{file}: {list}: the hand reader and serde keep different numbers");
    for (i, ((at, h), s)) in hand.iter().zip(serde).enumerate() {
        assert_eq!(*at, i, "{file}: {list}[{i}] has the wrong index");
        assert_eq!(h, s, "{file}: {list}[{i}] reads differently by hand (left) and by serde (right)");
    }
}

fn check_reader_against_serde(file: &str) {
    let text = read_repo_file(file);
    let by_serde: RawDataset = serde_json::from_str(&text).unwrap_or_else(|e| panic!("{file}: serde: {e}"));
    let value: Value = serde_json::from_str(&text).expect("JSON");
    let top = value.as_object().expect("an object");
    let by_hand = read::read(top, false).unwrap_or_else(|d| panic!("{file}: {d}"));
    assert!(by_hand.diagnostics.is_empty(), "{file}: {:?}", by_hand.diagnostics);
    let e = by_hand.elements;
    assert_eq!(e.meta, by_serde.meta, "{file}: meta");
    same_items(file, "parties", &e.parties, &by_serde.parties);
    same_items(file, "topics", &e.topics, &by_serde.topics);
    same_items(file, "issues", &e.issues, &by_serde.issues);
    same_items(file, "positions", &e.positions, &by_serde.positions);
    same_items(file, "frameworks", &e.frameworks, &by_serde.frameworks);
}

#[test]
fn the_hand_reader_reads_the_real_dataset_as_serde_does() {
    check_reader_against_serde("data/positions.json");
}

#[test]
fn the_hand_reader_reads_the_format_example_as_serde_does() {
    check_reader_against_serde("tests/fixtures/example.json");
}

#[test]
fn the_oracle_sees_the_fields_it_guards() {
    // The comparison is worth something only if the files use the fields a renamed key would
    // drop: quotations, document contexts, notes, languages, units with a singular.
    let ds: RawDataset = serde_json::from_str(&read_repo_file("data/positions.json")).expect("dataset");
    let sources = || ds.positions.iter().flat_map(|p| &p.sources);
    assert!(sources().any(|s| s.quote.is_some()), "no source has a quote");
    assert!(sources().any(|s| s.note.is_some()), "no source has a note");
    assert!(ds.frameworks.iter().any(|f| f.context.is_some()), "no framework has a context");
    assert!(ds.frameworks.iter().flat_map(|f| &f.provisions).any(|p| !p.alternatives.is_empty()));
    assert!(ds.positions.iter().any(|p| p.contested.is_some()), "no position is contested");
    assert!(ds.positions.iter().any(|p| p.detail.is_some()), "no position has a detail");
}

/// The `enum` list the JSON Schema gives for `field` of the raw type `def`.
fn schema_enum(schema: &Value, def: &str, field: &str) -> Vec<String> {
    let list = schema["$defs"][def]["properties"][field]["enum"].as_array();
    list.unwrap_or_else(|| panic!("no enum for {def}.{field}"))
        .iter()
        .filter_map(|w| w.as_str().map(String::from))
        .collect()
}

/// Each value's word reads back as the value, in the table's order.
fn round_trips<T: Copy + PartialEq + Debug>(
    all: &[T],
    words: &[&str],
    as_str: fn(T) -> &'static str,
    parse: fn(&str) -> Option<T>,
) {
    assert_eq!(all.len(), words.len());
    for (v, w) in all.iter().zip(words) {
        assert_eq!(as_str(*v), *w);
        assert_eq!(parse(w), Some(*v), "{w}");
    }
    assert_eq!(parse("no-such-word"), None);
}

#[test]
fn each_enum_has_one_table_that_the_parser_the_messages_and_the_schema_follow() {
    round_trips(PartyKind::ALL, PartyKind::WORDS, PartyKind::as_str, PartyKind::parse);
    round_trips(IssueKind::ALL, IssueKind::WORDS, IssueKind::as_str, IssueKind::parse);
    round_trips(Status::ALL, Status::WORDS, Status::as_str, Status::parse);
    round_trips(FrameworkStatus::ALL, FrameworkStatus::WORDS, FrameworkStatus::as_str, FrameworkStatus::parse);
    round_trips(View::ALL, View::WORDS, View::as_str, View::parse);
    round_trips(Dark::ALL, Dark::WORDS, Dark::as_str, Dark::parse);

    let schema: Value = serde_json::from_str(&read_repo_file("data/positions.schema.json")).expect("schema");
    assert_eq!(schema_enum(&schema, "RawParty", "kind"), PartyKind::WORDS);
    assert_eq!(schema_enum(&schema, "RawIssue", "kind"), IssueKind::WORDS);
    assert_eq!(schema_enum(&schema, "RawPosition", "status"), Status::WORDS);
    assert_eq!(schema_enum(&schema, "RawProvision", "status"), Status::WORDS);
    assert_eq!(schema_enum(&schema, "RawFramework", "status"), FrameworkStatus::WORDS);

    assert_eq!(PartyKind::expected(), "belligerent, mediator, guarantor, bloc or other");
    assert_eq!(FrameworkStatus::expected(), "signed, agreed, draft, proposal, leaked or commentary");
    assert_eq!(Dark::expected(), "auto, true or false");
    let (_, notices) = common_ground::url::parse("?dark=maybe");
    assert_eq!(notices[0].0.to_string(), "dark must be auto, true or false, not \"maybe\".");
}
