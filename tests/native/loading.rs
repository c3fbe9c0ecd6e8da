//! Loading and validation: what is fatal, what is an error or a warning, and the words of each.

use common_ground::load::load;
use common_ground::model::{LoadError, Loaded, PartyKind, Stance, Status};
use serde_json::json;

use crate::{en, fixture_loaded, issues, read_repo_file};

/// Loads `doc` and returns its diagnostics as `severity: path (record): message` lines.
fn diagnostics(doc: serde_json::Value) -> Vec<String> {
    match load(&doc.to_string()) {
        Ok(l) => l.diagnostics.iter().map(|d| d.to_string()).collect(),
        Err(e) => vec![format!("fatal: {e}")],
    }
}

fn loaded(doc: serde_json::Value) -> Loaded {
    load(&doc.to_string()).expect("loads")
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
    assert_eq!(e.to_string(), r#"not valid JSON at line 1, column 14: unexpected "," after "{"schema": 1,""#);
    // A trailing comma shows in what comes before the bracket it is found at.
    let e = load("{\"schema\": 1, \"parties\": [1,]}").expect_err("bad JSON");
    assert_eq!(e.to_string(), r#"not valid JSON at line 1, column 29: unexpected "]" after "": 1, "parties": [1,""#);
    let e = load("{\"schema\": 1, \"meta\": \"x").expect_err("bad JSON");
    assert_eq!(e.to_string(), "not valid JSON at line 1, column 24: the file ends before its last value is complete");
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
            "error: parties[1].id (ru): duplicate id \"ru\"; the first one is used",
            "error: positions[0].party (rus · nato · 2025-01-01): unknown party \"rus\"",
            "error: positions[1].issue (ru · natoo · 2025-01-01): unknown issue \"natoo\"",
        ]
    );
}

#[test]
fn outcomes_must_be_on_the_scale_and_not_both_acceptable_and_rejected() {
    let doc = with_position(json!({
        "party": "ru", "issue": "nato", "as_of": "2025-01-01", "status": "official", "summary": "s",
        "preferred": "in", "acceptable": ["out", "maybe"], "rejected": ["out"], "sources": [source()]
    }));
    // Both errors at once, so the author fixes them in one pass; the warning about "in" would
    // be about a position that is left out, so it is not given.
    assert_eq!(
        diagnostics(doc.clone()),
        [
            "error: positions[0].acceptable[1] (ru · nato · 2025-01-01): \"maybe\" is not an option of nato",
            "error: positions[0].rejected (ru · nato · 2025-01-01): \"out\" is both acceptable and rejected",
        ]
    );
    assert!(loaded(doc).dataset.positions.is_empty(), "a position with an error is left out");
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
            "error: positions[0].preferred (ru · cap · 2025-01-01): cap is of kind quantity, so this must be a number or \"unlimited\"",
            "error: positions[0].min (ru · cap · 2025-01-01): min 250,000 is above max 85,000",
        ]
    );
}

#[test]
fn dates_urls_statuses_and_missing_sources() {
    let d = diagnostics(with_position(json!({
        "party": "ru", "issue": "nato", "as_of": "2025-02-30", "status": "rumoured", "summary": "s",
        "sources": [{"title": "t", "publisher": "p", "url": "javascript:alert(1)", "date": "2025-01-01"}]
    })));
    // The date has the right form but does not exist; the position is left out and not checked further.
    assert_eq!(
        d,
        ["error: positions[0].as_of (ru · nato · 2025-02-30): \"2025-02-30\" is not a real date: February 2025 has 28 days"]
    );
    let d = diagnostics(with_position(json!({
        "party": "ru", "issue": "nato", "as_of": "2025-02-28", "status": "rumoured", "summary": "s",
        "sources": [{"title": "t", "publisher": "p", "url": "javascript:alert(1)", "date": "March 2025"}]
    })));
    // The source is left out for its address and its date; that the position is then without
    // a source follows from those two and is not said again.
    assert_eq!(
        d,
        [
            "warning: positions[0].status (ru · nato · 2025-02-28): unknown status \"rumoured\"; expected official, reported or inferred; read as inferred",
            "error: positions[0].sources[0].url (ru · nato · 2025-02-28): \"javascript:alert(1)\" is not an http(s) address",
            "error: positions[0].sources[0].date (ru · nato · 2025-02-28): \"March 2025\" is not an ISO 8601 date (YYYY-MM-DD)",
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
            "error: positions[0].acceptible (ru · nato · ?): unknown field; expected one of party, issue, as_of, status, summary, detail, preferred, acceptable, rejected, min, max, sources, contested",
            "error: positions[0].as_of (ru · nato · ?): expected a string, found a number",
        ]
    );
    assert_eq!(loaded.dataset.positions.len(), 1);
    assert_eq!(loaded.dataset.positions[0].summary.shown(), "kept");
}

#[test]
fn duplicate_positions_keep_the_first_in_the_file() {
    let p = |summary: &str| json!({"party": "ru", "issue": "nato", "as_of": "2025-01-01", "status": "official", "summary": summary, "sources": [source()]});
    let mut doc = base();
    doc["positions"] = json!([p("first"), p("second")]);
    let loaded = load(&doc.to_string()).expect("loads");
    assert_eq!(
        loaded.diagnostics.iter().map(|d| d.to_string()).collect::<Vec<_>>(),
        ["error: positions[1] (ru · nato · 2025-01-01): duplicate position: positions[0] already gives this party's position on this issue as of 2025-01-01"]
    );
    assert_eq!(loaded.dataset.positions[0].summary.shown(), "first");
}

#[test]
fn text_may_come_in_several_languages_with_english_required() {
    let mut doc = base();
    doc["topics"] =
        json!([{"id": "t", "name": {"en": "Territory", "uk": "Територія"}}, {"id": "u", "name": {"uk": "Безпека"}}]);
    let loaded = load(&doc.to_string()).expect("loads");
    assert_eq!(loaded.dataset.topics[0].name.shown(), "Territory");
    assert_eq!(loaded.dataset.topics[0].name.in_language("uk"), "Територія");
    assert_eq!(loaded.dataset.topics[0].name.in_language("fr"), "Territory");
    assert_eq!(
        loaded.diagnostics.iter().map(|d| d.to_string()).collect::<Vec<_>>(),
        ["warning: topics[1].name (u): has no English (\"en\") version; shown in the first language given"]
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
                {"label": "3", "issue": "o", "alternatives": [{"party": "a", "outcome": "o9", "summary": "x"}]},
                {"label": "4", "issue": "q", "outcome": 5000, "sources": []}
            ]
        }]),
    );
    let d: Vec<String> = loaded.diagnostics.iter().map(|d| d.to_string()).collect();
    assert_eq!(
        d,
        [
            "error: frameworks[0].proposers[0] (plan): unknown party \"zz\"",
            "error: frameworks[0].provisions[0].outcome (plan · 1): q is of kind quantity, so this must be a number or \"unlimited\"",
            "error: frameworks[0].provisions[1].outcome[1] (plan · 2): \"s9\" is not an option of s",
            "error: frameworks[0].provisions[2].alternatives[0].outcome (plan · 3): \"o9\" is not an option of o",
            "warning: frameworks[0].provisions[3].sources (plan · 4): has no source; every position and provision needs at least one",
        ]
    );
    let labels: Vec<&str> = loaded.dataset.frameworks[0].provisions.iter().map(|p| p.label.as_str()).collect();
    assert_eq!(labels, ["3", "4"], "provisions with an error are left out; one that lost an alternative is kept");
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
        describe_relation(&en(), ds.issue(i), &relate(ds.issue(i), s(north), s(south)))
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
    assert_eq!((unit.for_amount(1.0), unit.for_amount(2.0), unit.for_amount(0.5)), ("year", "years", "years"));
    assert_eq!(unit.other.in_language("uk"), "років");
    // An unlimited amount reads as the issue's word, or else the language's own.
    let unlimited = |i: &common_ground::model::Issue| common_ground::present::words::amount(&en(), i, f64::INFINITY);
    assert_eq!(unlimited(issue), "permanent");
    assert_eq!(unlimited(&loaded.dataset.issues[0]), "no limit", "the default word");
    let uk = common_ground::present::words::amount(
        &common_ground::text::Text::new(common_ground::text::Lang::Uk),
        &loaded.dataset.issues[0],
        f64::INFINITY,
    );
    assert!(!uk.contains("limit") && !uk.is_empty(), "in Ukrainian, the language's word: {uk}");

    doc["issues"][1]["unit"] = json!({"one": "year"});
    assert_eq!(diagnostics(doc.clone()), ["error: issues[1].unit.other (cap): missing"]);
    doc["issues"][1]["unit"] = json!({"one": "year", "other": "years", "few": "roky"});
    assert_eq!(diagnostics(doc), ["error: issues[1].unit.few (cap): unknown field; expected one of one, other"]);
}

#[test]
fn a_party_note_may_carry_sources_checked_like_any_other() {
    let mut doc = base();
    doc["parties"][0]["note"] = "Troops in Kursk from late 2024.".into();
    doc["parties"][0]["sources"] =
        json!([source(), {"title": "t", "publisher": "p", "url": "javascript:alert(1)", "date": "2025-01-01"}]);
    let loaded = load(&doc.to_string()).expect("loads");
    let diags: Vec<String> = loaded.diagnostics.iter().map(|d| d.to_string()).collect();
    assert_eq!(diags, ["error: parties[0].sources[1].url (ru): \"javascript:alert(1)\" is not an http(s) address"]);
    let sources = &loaded.dataset.parties[0].sources;
    assert_eq!(sources.len(), 1);
    assert_eq!(sources[0].url, "https://example.org/");
}

/// A position on `nato` (options `in`, `out`) or `cap` (troops) with a source, plus `extra`.
fn position(issue: &str, extra: serde_json::Value) -> serde_json::Value {
    let mut p = json!({"party": "ru", "issue": issue, "as_of": "2025-01-01", "status": "official", "summary": "s", "sources": [source()]});
    for (k, v) in extra.as_object().into_iter().flatten() {
        p[k] = v.clone();
    }
    p
}

/// Each decision of docs/DATA_FORMAT.md, "Errors and warnings", for a position: the message,
/// and whether the position is kept.
#[test]
fn every_position_problem_is_an_error_that_leaves_it_out_or_a_warning_that_keeps_it() {
    let cases = [
        (
            position("nato", json!({"acceptable": ["in", "research-center"]})),
            "error: positions[0].acceptable[1] (ru · nato · 2025-01-01): \"research-center\" is not an option of nato",
            false,
        ),
        (
            position("nato", json!({"preferred": "in", "rejected": ["in"]})),
            "error: positions[0].rejected (ru · nato · 2025-01-01): \"in\" is both preferred and rejected",
            false,
        ),
        (
            position("nato", json!({"min": 5})),
            "error: positions[0].min (ru · nato · 2025-01-01): min applies only to quantity issues",
            false,
        ),
        (
            position("cap", json!({"acceptable": ["in"]})),
            "error: positions[0].acceptable (ru · cap · 2025-01-01): cap is a quantity: use min and max instead",
            false,
        ),
        (
            position("cap", json!({"min": 250000, "max": 85000})),
            "error: positions[0].min (ru · cap · 2025-01-01): min 250,000 is above max 85,000",
            false,
        ),
        (
            position("cap", json!({"max": "lots"})),
            "error: positions[0].max (ru · cap · 2025-01-01): \"lots\" is not a number or \"unlimited\"",
            false,
        ),
        (
            position("nato", json!({"detail": 5})),
            "error: positions[0].detail (ru · nato · 2025-01-01): expected a string or an object of strings by language, found a number",
            false,
        ),
        (
            position("nato", json!({"preferred": "out", "acceptable": ["in"]})),
            "warning: positions[0].preferred (ru · nato · 2025-01-01): preferred outcome \"out\" is not among the acceptable ones; it is counted as acceptable",
            true,
        ),
        (
            position("cap", json!({"preferred": 50000, "min": 60000, "max": 100000})),
            "warning: positions[0].preferred (ru · cap · 2025-01-01): preferred value 50,000 is below min 60,000; min is read as 50,000",
            true,
        ),
        (
            position("nato", json!({"status": "rumoured"})),
            "warning: positions[0].status (ru · nato · 2025-01-01): unknown status \"rumoured\"; expected official, reported or inferred; read as inferred",
            true,
        ),
        (
            position("nato", json!({"sources": []})),
            "warning: positions[0].sources (ru · nato · 2025-01-01): has no source; every position and provision needs at least one",
            true,
        ),
    ];
    for (p, expected, kept) in cases {
        let loaded = loaded(with_position(p));
        let d: Vec<String> = loaded.diagnostics.iter().map(|d| d.to_string()).collect();
        assert_eq!(d, [expected]);
        assert_eq!(loaded.dataset.positions.len(), usize::from(kept), "{expected}");
        // A kept position with a warning is marked as repaired; nothing else is.
        assert_eq!(loaded.repaired.positions.len(), usize::from(kept), "{expected}");
    }
}

#[test]
fn a_warning_says_how_the_element_is_read_and_the_app_reads_it_so() {
    let read = |p: serde_json::Value| loaded(with_position(p)).dataset.positions.remove(0);
    let p = read(position("nato", json!({"preferred": "out", "acceptable": ["in"]})));
    assert_eq!(p.stance, Stance::Options { preferred: Some(1), acceptable: vec![0, 1], rejected: vec![] });
    let p = read(position("cap", json!({"preferred": 50000, "min": 60000, "max": 100000})));
    assert_eq!(p.stance, Stance::Quantity { preferred: Some(50000.0), min: Some(50000.0), max: Some(100000.0) });
    let p = read(position("cap", json!({"preferred": "unlimited", "max": 100000})));
    assert_eq!(p.stance, Stance::Quantity { preferred: Some(f64::INFINITY), min: None, max: None });
    assert_eq!(read(position("nato", json!({"status": "rumoured"}))).status, Status::Inferred);
    assert!(read(position("nato", json!({"sources": []}))).sources.is_empty());
}

#[test]
fn party_and_issue_problems_that_keep_the_element_are_warnings() {
    let mut doc = base();
    doc["parties"][0]["kind"] = "ally".into();
    doc["parties"][0]["colour"] = "red".into();
    doc["issues"][1].as_object_mut().expect("issue").remove("unit");
    doc["issues"][1]["options"] = json!([{"id": "x", "label": "X"}]);
    let loaded = loaded(doc);
    let d: Vec<String> = loaded.diagnostics.iter().map(|d| d.to_string()).collect();
    assert_eq!(
        d,
        [
            "warning: parties[0].kind (ru): unknown kind \"ally\"; expected belligerent, mediator, guarantor, bloc or other; read as other",
            "warning: parties[0].colour (ru): \"red\" is not a colour of the form #rrggbb; shown in grey",
            "warning: issues[1].options (cap): an issue of kind quantity has no options; they are ignored",
            "warning: issues[1].unit (cap): an issue of kind quantity needs a unit; numbers are shown without one",
        ]
    );
    let party = &loaded.dataset.parties[0];
    assert_eq!(
        (party.kind, party.colour_light.as_str(), party.colour_dark.as_str()),
        (PartyKind::Other, "#777777", "#777777")
    );

    let mut doc = base();
    doc["parties"][0]["colour"] = json!({"light": "#b3261e", "dark": "pink"});
    assert_eq!(
        diagnostics(doc),
        ["warning: parties[0].colour.dark (ru): \"pink\" is not a colour of the form #rrggbb; shown in grey"]
    );
    assert!(loaded.dataset.issues[1].options.is_empty());
}

#[test]
fn outside_any_element_an_unknown_or_ill_typed_field_is_a_warning_and_ignored() {
    let mut doc = base();
    doc["comment"] = "made by hand".into();
    doc["meta"]["description"] = json!(5);
    doc["meta"]["reviewed"] = "2026-02-30".into();
    let loaded = loaded(doc);
    let d: Vec<String> = loaded.diagnostics.iter().map(|d| d.to_string()).collect();
    assert_eq!(
        d,
        [
            "warning: comment: unknown field; expected one of schema, meta, parties, topics, issues, positions, frameworks, tours; ignored",
            "warning: meta.description: expected a string or an object of strings by language, found a number; ignored",
            "warning: meta.reviewed: \"2026-02-30\" is not a real date: February 2026 has 28 days; shown as 1 January 1970",
        ]
    );
    assert_eq!(loaded.dataset.meta.description, None);
    assert_eq!(loaded.dataset.issues.len(), 2, "the rest loads as usual");
}

#[test]
fn a_provision_with_neither_outcome_nor_alternatives_reads_no_outcome_stated() {
    let loaded = fixture_loaded(
        issues(),
        json!([]),
        json!([{
            "id": "plan", "name": "Plan", "date": "2025-01-01", "status": "proposal", "summary": "s",
            "provisions": [{"label": "7", "issue": "o"}]
        }]),
    );
    let d: Vec<String> = loaded.diagnostics.iter().map(|d| d.to_string()).collect();
    assert_eq!(
        d,
        ["warning: frameworks[0].provisions[0] (plan · 7): states neither an outcome nor alternatives; shown as \"no outcome stated\""]
    );
    let shown = common_ground::present::page(&loaded, "?view=framework&doc=plan").body.to_text();
    assert!(shown.contains("no outcome stated"), "{shown}");
    assert!(!shown.contains("disputed"), "a provision with no versions is not disputed: {shown}");
    assert!(shown.contains("⚠ repaired"), "the provision is marked: {shown}");
}

#[test]
fn each_message_names_its_record() {
    // The reader's messages (shapes) come first, then the checker's (meanings), each in file order.
    let mut doc = base();
    doc["topics"][0]["name"] = json!({"uk": "Тема"});
    doc["issues"][0]["name"] = json!({"uk": "НАТО"});
    doc["parties"][0]["name"] = json!({"uk": "Росія"});
    doc["positions"] = json!([position(
        "nato",
        json!({"sources": [{"title": "t", "publisher": "p", "url": "ftp://x", "date": "2025-01-01"}]})
    )]);
    doc["frameworks"] = json!([
        {"id": "plan", "name": {"uk": "План"}, "date": "2025-01-01", "status": "proposal", "summary": "s",
         "provisions": [{"label": "Art. 1", "issue": "nato", "outcome": "in", "summary": "s", "status": "official", "sources": []}]},
        {"name": "No id", "date": "2025-01-01", "status": "proposal", "summary": "s"}
    ]);
    let d: Vec<String> = diagnostics(doc);
    assert_eq!(
        d,
        [
            "error: frameworks[1].id: missing",
            "warning: parties[0].name (ru): has no English (\"en\") version; shown in the first language given",
            "warning: topics[0].name (t): has no English (\"en\") version; shown in the first language given",
            "warning: issues[0].name (nato): has no English (\"en\") version; shown in the first language given",
            "error: positions[0].sources[0].url (ru · nato · 2025-01-01): \"ftp://x\" is not an http(s) address",
            "warning: frameworks[0].provisions[0].sources (plan · Art. 1): has no source; every position and provision needs at least one",
            "warning: frameworks[0].name (plan): has no English (\"en\") version; shown in the first language given",
        ]
    );
}

#[test]
fn follow_on_messages_are_not_repeated() {
    // One mistake each: a party with an invalid id, an issue with a malformed unit, an option
    // without a label. What refers to them is left out without a message of its own.
    let mut doc = base();
    doc["parties"]
        .as_array_mut()
        .expect("parties")
        .push(json!({"id": "US", "name": "USA", "short": "US", "kind": "mediator", "colour": "#000000"}));
    doc["issues"][1]["unit"] = json!(5);
    doc["issues"][0]["options"][1] = json!({"id": "out"});
    doc["positions"] = json!([
        position("nato", json!({"party": "US", "acceptable": ["maybe"]})),
        position("cap", json!({"min": 5})),
        position("nato", json!({"acceptable": ["out"]})),
        position("nato", json!({"as_of": "2025-02-01", "acceptable": ["in"]}))
    ]);
    let loaded = loaded(doc);
    let d: Vec<String> = loaded.diagnostics.iter().map(|d| d.to_string()).collect();
    assert_eq!(
        d,
        [
            "error: issues[0].options[1].label (nato): missing",
            "error: issues[1].unit (cap): expected a string or an object of strings by language, found a number",
            "error: parties[1].id (US): \"US\" is not a valid id (lowercase letters, digits and -)",
        ]
    );
    assert_eq!(loaded.dataset.positions.len(), 1, "only the position that needs nothing left out stays");
}

#[test]
fn a_provision_whose_alternatives_were_all_left_out_is_not_also_said_to_have_no_outcome() {
    let loaded = fixture_loaded(
        issues(),
        json!([]),
        json!([{
            "id": "plan", "name": "Plan", "date": "2025-01-01", "status": "proposal", "summary": "s",
            "provisions": [{"label": "1", "issue": "o", "alternatives": [{"party": "zz", "outcome": "o1", "summary": "x"}]}]
        }]),
    );
    let d: Vec<String> = loaded.diagnostics.iter().map(|d| d.to_string()).collect();
    assert_eq!(d, ["error: frameworks[0].provisions[0].alternatives[0].party (plan · 1): unknown party \"zz\""]);
}

#[test]
fn paths_keep_the_file_index_after_an_earlier_item_is_left_out() {
    // Regression: items after one the reader left out were reported one index too low.
    let loaded = fixture_loaded(
        issues(),
        json!([{"party": "a", "issue": "o", "acceptable": ["o1"], "sources": [
            {"title": "no publisher", "url": "https://example.org/", "date": "2025-01-01"},
            {"title": "t", "publisher": "p", "url": "mailto:x@example.org", "date": "2025-01-01"}
        ]}]),
        json!([{
            "id": "plan", "name": "Plan", "date": "2025-01-01", "status": "proposal", "summary": "s",
            "provisions": [{"issue": "o", "outcome": "o1"}, {"label": "2", "issue": "o", "outcome": "o9"}]
        }]),
    );
    let d: Vec<String> = loaded.diagnostics.iter().map(|d| d.to_string()).collect();
    assert_eq!(
        d,
        [
            "error: positions[0].sources[0].publisher (a · o · 2025-01-01): missing",
            "error: frameworks[0].provisions[0].label (plan · ?): missing",
            "error: positions[0].sources[1].url (a · o · 2025-01-01): \"mailto:x@example.org\" is not an http(s) address",
            "error: frameworks[0].provisions[1].outcome (plan · 2): \"o9\" is not an option of o",
        ]
    );
}

#[test]
fn a_warned_position_is_kept_and_marked_an_erroneous_one_is_left_out() {
    let mut doc = base();
    doc["positions"] = json!([
        position("nato", json!({"preferred": "out", "acceptable": ["in"]})),
        position("cap", json!({"min": 9, "max": 1}))
    ]);
    let loaded = loaded(doc);
    assert_eq!(loaded.dataset.positions.len(), 1);
    assert!(loaded.repaired.position(&loaded.dataset.positions[0]));
    let shown = common_ground::present::page(&loaded, "").body.to_text();
    assert!(shown.contains("Out ⚠ repaired"), "the matrix cell is marked: {shown}");
    let shown = common_ground::present::page(&loaded, "?view=issue&issue=nato").body.to_text();
    assert!(shown.contains("⚠ repaired"), "the position in the issue's history is marked: {shown}");
}

#[test]
fn the_problems_panel_counts_and_groups_errors_before_warnings() {
    use common_ground::present::{page, Node};
    let mut doc = base();
    doc["positions"] = json!([
        position("nato", json!({"status": "rumoured"})),
        position("cap", json!({"party": "rus"})),
        position("nato", json!({"as_of": "2025-02-01", "sources": []}))
    ]);
    let loaded = loaded(doc);
    let body = page(&loaded, "").body;
    let els = body.elements();
    let panel = els.iter().find(|e| e.attr_value("id") == Some("data-problems")).expect("the panel");
    let text = Node::El((*panel).clone()).to_text();
    assert!(text.starts_with("1 error and 2 warnings in the dataset file (for its authors)"), "{text}");
    let (errors, warnings) = (text.find("Errors").expect("errors"), text.find("Warnings").expect("warnings"));
    assert!(errors < warnings, "errors come first: {text}");
    assert!(
        text[errors..warnings].contains("positions[1].party (rus · cap · 2025-01-01): unknown party \"rus\""),
        "{text}"
    );
    assert!(text[warnings..].contains("positions[0].status (ru · nato · 2025-01-01): unknown status"), "{text}");
    assert!(text[warnings..].contains("positions[2].sources (ru · nato · 2025-02-01): has no source"), "{text}");

    let clean = load(&read_repo_file("tests/fixtures/example.json")).expect("example");
    let els_clean = page(&clean, "").body;
    assert!(
        els_clean.elements().iter().all(|e| e.attr_value("id") != Some("data-problems")),
        "no panel without problems"
    );
    assert!(!els_clean.to_text().contains("repaired"), "nothing is marked in a clean file");
}

#[test]
fn the_page_title_comes_from_the_dataset() {
    let loaded = load(&read_repo_file("tests/fixtures/example.json")).expect("example");
    let title = common_ground::present::page(&loaded, "?view=issue&issue=army").title;
    assert_eq!(title, "Army cap · Example");
}

/// A position on NATO whose `sources` is `sources` as given.
fn sourced(sources: serde_json::Value) -> serde_json::Value {
    with_position(json!({
        "party": "ru", "issue": "nato", "as_of": "2025-02-28", "status": "official", "summary": "s",
        "preferred": "out", "acceptable": ["out"], "sources": sources
    }))
}

#[test]
fn a_first_file_gives_each_source_list_as_its_length_and_reads_as_placeholders() {
    let first = common_ground::load::load_first(&sourced(json!(2)).to_string()).expect("loads");
    assert!(first.diagnostics.is_empty(), "{:?}", first.diagnostics);
    let sources = &first.dataset.positions[0].sources;
    assert_eq!(sources.len(), 2);
    assert!(sources.iter().all(|s| s.is_pending()));
    // A full file's sources are never placeholders, and the same position loads from both.
    let full = loaded(sourced(json!([source(), source()])));
    assert!(!full.dataset.positions[0].sources[0].is_pending());
    let mut expected = full.dataset.clone();
    expected.for_each_source(|s| *s = common_ground::model::Source::pending());
    assert_eq!(first.dataset, expected);
    // A first file may still give its sources in full.
    let given = common_ground::load::load_first(&sourced(json!([source()])).to_string()).expect("loads");
    assert!(!given.dataset.positions[0].sources[0].is_pending());
}

#[test]
fn a_count_of_sources_is_a_wrong_type_outside_a_first_file_or_past_a_thousand() {
    let expected = "error: positions[0].sources (ru · nato · 2025-02-28): expected an array, found a number";
    assert_eq!(diagnostics(sourced(json!(2))), [expected]);
    let huge = common_ground::load::load_first(&sourced(json!(1_000_000)).to_string()).expect("loads");
    assert_eq!(huge.diagnostics.iter().map(|d| d.to_string()).collect::<Vec<_>>(), [expected]);
    // A source with no address is an error in a first file too: only a count makes placeholders.
    let blank = json!([{"title": "t", "publisher": "p", "url": "", "date": "2025-01-01"}]);
    let d = common_ground::load::load_first(&sourced(blank).to_string()).expect("loads");
    assert_eq!(d.diagnostics.len(), 1);
    assert_eq!(d.diagnostics[0].path, "positions[0].sources[0].url");
    assert!(d.dataset.positions[0].sources.is_empty());
}
