//! Loading and validation: what is fatal, what is a diagnostic, and the words of each.

use common_ground::model::{load, LoadError};
use serde_json::json;

use crate::{fixture_loaded, issues, read_repo_file};

/// Loads `doc` and returns its diagnostics as `path: message` lines.
fn diagnostics(doc: serde_json::Value) -> Vec<String> {
    match load(&doc.to_string()) {
        Ok(l) => l.diagnostics.iter().map(|d| d.to_string()).collect(),
        Err(e) => vec![format!("fatal: {e}")],
    }
}

fn base() -> serde_json::Value {
    json!({
        "schema": 1,
        "meta": {"title": "T", "version": "1", "reviewed": "2026-01-01", "licence": "CC0"},
        "parties": [{"id": "ru", "name": "Russia", "short": "RU", "kind": "belligerent", "colour": "#b3261e"}],
        "topics": [{"id": "t", "name": "Topic"}],
        "issues": [
            {"id": "nato", "topic": "t", "name": "NATO", "kind": "options", "options": [{"id": "in", "label": "In"}, {"id": "out", "label": "Out"}]},
            {"id": "cap", "topic": "t", "name": "Cap", "kind": "quantity", "unit": "troops"}
        ],
        "positions": []
    })
}

fn with_position(p: serde_json::Value) -> serde_json::Value {
    let mut doc = base();
    doc["positions"] = json!([p]);
    doc
}

fn source() -> serde_json::Value {
    json!({"title": "t", "publisher": "p", "url": "https://example.org/", "date": "2025-01-01"})
}

#[test]
fn syntax_errors_give_line_and_column() {
    let text = "{\n  \"schema\": 1,\n  \"meta\": {\n";
    match load(text) {
        Err(LoadError::Syntax { line, column, .. }) => assert_eq!((line, column), (4, 0)),
        other => panic!("expected a syntax error, got {other:?}"),
    }
    let e = load("{\"schema\": 1,, }").expect_err("bad JSON");
    assert_eq!(e.to_string(), "not valid JSON at line 1, column 14: key must be a string");
}

#[test]
fn the_truncated_real_dataset_is_a_syntax_error_not_a_panic() {
    let text = read_repo_file("data/positions.json");
    let cut: String = text.chars().take(2000).collect();
    assert!(matches!(load(&cut), Err(LoadError::Syntax { .. })));
}

#[test]
fn wrong_top_level_shapes_are_fatal_with_plain_words() {
    let cases = [
        ("[1, 2, 3]", "(top level): expected an object, found an array"),
        ("{}", "schema: missing: the file must say which schema it follows, as \"schema\": 1"),
        ("{\"schema\": 2}", "schema: this app reads schema 1, but the file says 2"),
        ("{\"schema\": \"one\"}", "schema: this app reads schema 1, but the file says \"one\""),
        ("{\"schema\": 1}", "parties: missing: expected an array"),
    ];
    for (text, expected) in cases {
        let e = load(text).expect_err(text);
        assert_eq!(e.to_string(), expected, "{text}");
    }
    let mut doc = base();
    doc["positions"] = json!({"not": "a list"});
    assert_eq!(diagnostics(doc), ["fatal: positions: expected an array, found an object"]);
}

#[test]
fn dangling_references_and_duplicate_ids_are_reported_with_paths() {
    let mut doc = base();
    doc["parties"]
        .as_array_mut()
        .expect("array")
        .push(json!({"id": "ru", "name": "Again", "short": "R", "kind": "other", "colour": "#000000"}));
    doc["positions"] = json!([
        {"party": "rus", "issue": "nato", "as_of": "2025-01-01", "status": "official", "summary": "s", "preferred": "out", "acceptable": ["out"], "sources": [source()]},
        {"party": "ru", "issue": "natoo", "as_of": "2025-01-01", "status": "official", "summary": "s", "sources": [source()]}
    ]);
    assert_eq!(
        diagnostics(doc),
        [
            "parties[1].id: duplicate id \"ru\"",
            "positions[0].party: unknown party \"rus\"",
            "positions[1].issue: unknown issue \"natoo\"",
        ]
    );
}

#[test]
fn outcomes_must_be_on_the_scale_and_preferred_among_acceptable() {
    let d = diagnostics(with_position(json!({
        "party": "ru", "issue": "nato", "as_of": "2025-01-01", "status": "official", "summary": "s",
        "preferred": "in", "acceptable": ["out", "maybe"], "rejected": ["out"], "sources": [source()]
    })));
    assert_eq!(
        d,
        [
            "positions[0].acceptable[1]: \"maybe\" is not an option of issue \"nato\"",
            "positions[0].rejected: \"out\" is both acceptable and rejected",
            "positions[0].preferred: preferred outcome \"in\" is not among the acceptable ones",
        ]
    );
}

#[test]
fn min_above_max_and_wrong_outcome_kinds() {
    let d = diagnostics(with_position(json!({
        "party": "ru", "issue": "cap", "as_of": "2025-01-01", "status": "reported", "summary": "s",
        "preferred": "lots", "min": 250000, "max": 85000, "sources": [source()]
    })));
    assert_eq!(
        d,
        [
            "positions[0].preferred: issue \"cap\" is of kind quantity, so this must be a number or \"unlimited\"",
            "positions[0].min: min 250,000 is above max 85,000",
        ]
    );
}

#[test]
fn dates_urls_statuses_and_missing_sources() {
    let d = diagnostics(with_position(json!({
        "party": "ru", "issue": "nato", "as_of": "2025-02-30", "status": "rumoured", "summary": "s",
        "sources": [{"title": "t", "publisher": "p", "url": "javascript:alert(1)", "date": "2025-01-01"}]
    })));
    assert_eq!(d, ["positions[0].as_of: \"2025-02-30\" is not an ISO 8601 date (YYYY-MM-DD)"]);
    let d = diagnostics(with_position(json!({
        "party": "ru", "issue": "nato", "as_of": "2025-02-28", "status": "rumoured", "summary": "s",
        "sources": [{"title": "t", "publisher": "p", "url": "javascript:alert(1)", "date": "March 2025"}]
    })));
    assert_eq!(
        d,
        [
            "positions[0].status: unknown status \"rumoured\"; expected official, reported or inferred",
            "positions[0].sources[0].url: \"javascript:alert(1)\" is not an http(s) address",
            "positions[0].sources: has no usable source; every position and provision needs at least one",
        ]
    );
}

#[test]
fn shape_errors_inside_an_element_name_the_field_and_skip_only_that_element() {
    let mut doc = base();
    doc["positions"] = json!([
        {"party": "ru", "issue": "nato", "as_of": 2025, "status": "official", "summary": "s", "acceptible": ["in"], "sources": [source()]},
        {"party": "ru", "issue": "nato", "as_of": "2025-01-01", "status": "official", "summary": "kept", "preferred": "in", "acceptable": ["in"], "sources": [source()]}
    ]);
    let loaded = load(&doc.to_string()).expect("loads");
    let d: Vec<String> = loaded.diagnostics.iter().map(|d| d.to_string()).collect();
    assert_eq!(
        d,
        [
            "positions[0].acceptible: unknown field; expected one of party, issue, as_of, status, summary, detail, preferred, acceptable, rejected, min, max, sources, contested",
            "positions[0].as_of: expected a string, found a number",
        ]
    );
    assert_eq!(loaded.dataset.positions.len(), 1);
    assert_eq!(loaded.dataset.positions[0].summary.en(), "kept");
}

#[test]
fn duplicate_positions_keep_the_first_in_the_file() {
    let p = |summary: &str| json!({"party": "ru", "issue": "nato", "as_of": "2025-01-01", "status": "official", "summary": summary, "sources": [source()]});
    let mut doc = base();
    doc["positions"] = json!([p("first"), p("second")]);
    let loaded = load(&doc.to_string()).expect("loads");
    assert_eq!(
        loaded.diagnostics.iter().map(|d| d.to_string()).collect::<Vec<_>>(),
        ["positions[1]: duplicate position: positions[0] already gives this party's position on this issue as of 2025-01-01"]
    );
    assert_eq!(loaded.dataset.positions[0].summary.en(), "first");
}

#[test]
fn text_may_come_in_several_languages_with_english_required() {
    let mut doc = base();
    doc["topics"] =
        json!([{"id": "t", "name": {"en": "Territory", "uk": "Територія"}}, {"id": "u", "name": {"uk": "Безпека"}}]);
    let loaded = load(&doc.to_string()).expect("loads");
    assert_eq!(loaded.dataset.topics[0].name.en(), "Territory");
    assert_eq!(loaded.dataset.topics[0].name.in_language("uk"), "Територія");
    assert_eq!(loaded.dataset.topics[0].name.in_language("fr"), "Territory");
    assert_eq!(
        loaded.diagnostics.iter().map(|d| d.to_string()).collect::<Vec<_>>(),
        ["topics[1].name: has no English (\"en\") version"]
    );
}

#[test]
fn provisions_need_sources_and_outcomes_of_the_issue_kind() {
    let loaded = fixture_loaded(
        issues(),
        json!([]),
        json!([{
            "id": "plan", "name": "Plan", "date": "2025-01-01", "status": "proposal", "summary": "s", "proposers": ["zz"],
            "provisions": [
                {"label": "1", "issue": "q", "outcome": "lots", "summary": "s", "status": "official", "sources": []},
                {"label": "2", "issue": "s", "outcome": ["s0", "s9"]},
                {"label": "3", "issue": "o", "alternatives": [{"party": "a", "outcome": "o9", "summary": "x"}]}
            ]
        }]),
    );
    let d: Vec<String> = loaded.diagnostics.iter().map(|d| d.to_string()).collect();
    assert_eq!(
        d,
        [
            "frameworks[0].proposers[0]: unknown party \"zz\"",
            "frameworks[0].provisions[0].outcome: issue \"q\" is of kind quantity, so this must be a number or \"unlimited\"",
            "frameworks[0].provisions[0].sources: has no source; every position and provision needs at least one",
            "frameworks[0].provisions[1].outcome[1]: \"s9\" is not an option of issue \"s\"",
            "frameworks[0].provisions[2].alternatives[0].outcome: \"o9\" is not an option of issue \"o\"",
        ]
    );
}

#[test]
fn the_format_reference_example_loads_cleanly_and_says_what_the_doc_says() {
    use common_ground::analysis::{framework_fit, relate, Fit, Snapshot};
    use common_ground::model::PartyIx;
    use common_ground::present::words::describe_relation;

    let loaded = load(&read_repo_file("tests/fixtures/example.json")).expect("example loads");
    assert!(loaded.diagnostics.is_empty(), "{:?}", loaded.diagnostics);
    let doc = read_repo_file("docs/DATA_FORMAT.md");
    assert!(
        doc.contains(&read_repo_file("tests/fixtures/example.json").trim().to_string()),
        "docs/DATA_FORMAT.md must contain tests/fixtures/example.json verbatim"
    );
    // The doc's three claims about what the app computes from the example, each checked below.
    let claims = "Here North and South overlap on the alliance (both accept neutrality) and conflict on the army cap \
                  by a gap of 100,000 troops; the plan is compatible with South on both provisions and with North on \
                  the first only.";
    assert!(doc.contains(claims), "the claims checked here must be the doc's own words");
    let ds = &loaded.dataset;
    let snap = Snapshot::at(ds, ds.latest_date());
    let (north, south) = (ds.party_ix("north").expect("north"), ds.party_ix("south").expect("south"));
    let relation = |issue: &str| {
        let i = ds.issue_ix(issue).expect("issue");
        let s = |p: PartyIx| snap.position(ds, p, i).map(|x| &x.stance);
        describe_relation(ds.issue(i), &relate(ds.issue(i), s(north), s(south)))
    };
    assert_eq!(relation("alliance"), "overlap on Neutral");
    assert_eq!(relation("army"), "conflict: a gap of 100,000 troops");
    let plan = ds.framework("plan").expect("plan");
    let fit = framework_fit(ds, &snap, plan, &[north, south]);
    let compatible: Vec<Vec<bool>> =
        fit.provisions.iter().map(|p| p.fits.iter().map(|f| *f == Fit::Compatible).collect()).collect();
    assert_eq!(compatible, [[true, true], [false, true]], "North only on the first, South on both");
    assert!(fit.provisions[1].fits[0].is_conflict(), "100,000 is below North's minimum");
}

#[test]
fn a_unit_may_name_its_singular_so_one_year_is_not_one_years() {
    let mut doc = base();
    doc["issues"][1]["unit"] = json!({"one": "year", "other": {"en": "years", "uk": "років"}});
    doc["issues"][1]["unlimited"] = "permanent".into();
    let loaded = load(&doc.to_string()).expect("loads");
    assert!(loaded.diagnostics.is_empty(), "{:?}", loaded.diagnostics);
    let issue = &loaded.dataset.issues[1];
    let unit = issue.unit.as_ref().expect("unit");
    assert_eq!((unit.en_for(1.0), unit.en_for(2.0), unit.en_for(0.5)), ("year", "years", "years"));
    assert_eq!(unit.other.in_language("uk"), "років");
    assert_eq!(issue.unlimited_en(), "permanent");
    assert_eq!(loaded.dataset.issues[0].unlimited_en(), "no limit", "the default word");

    doc["issues"][1]["unit"] = json!({"one": "year"});
    assert_eq!(diagnostics(doc.clone())[0], "issues[1].unit.other: missing");
    doc["issues"][1]["unit"] = json!({"one": "year", "other": "years", "few": "roky"});
    assert_eq!(diagnostics(doc)[0], "issues[1].unit.few: unknown field; expected one of one, other");
}

#[test]
fn a_party_note_may_carry_sources_checked_like_any_other() {
    let mut doc = base();
    doc["parties"][0]["note"] = "Troops in Kursk from late 2024.".into();
    doc["parties"][0]["sources"] =
        json!([source(), {"title": "t", "publisher": "p", "url": "javascript:alert(1)", "date": "2025-01-01"}]);
    let loaded = load(&doc.to_string()).expect("loads");
    let diags: Vec<String> = loaded.diagnostics.iter().map(|d| d.to_string()).collect();
    assert_eq!(diags, ["parties[0].sources[1].url: \"javascript:alert(1)\" is not an http(s) address"]);
    let sources = &loaded.dataset.parties[0].sources;
    assert_eq!(sources.len(), 1);
    assert_eq!(sources[0].url, "https://example.org/");
}
