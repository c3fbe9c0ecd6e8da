//! The real dataset: it loads cleanly, and the facts that matter most are pinned so that a
//! careless edit cannot change them silently.

use common_ground::analysis::{relate, Snapshot};
use common_ground::model::{load, Dataset, Date, Outcome, PartyIx, Stance};
use common_ground::present::words::describe_relation;

use crate::read_repo_file;

fn real() -> Dataset {
    let loaded = load(&read_repo_file("data/positions.json")).expect("data/positions.json loads");
    assert!(
        loaded.diagnostics.is_empty(),
        "data/positions.json has problems:\n{}",
        loaded.diagnostics.iter().map(|d| d.to_string()).collect::<Vec<_>>().join("\n")
    );
    loaded.dataset
}

fn date(s: &str) -> Date {
    Date::parse(s).expect("test date")
}

#[test]
fn the_real_dataset_loads_with_zero_diagnostics() {
    let ds = real();
    assert!(ds.parties.len() >= 6);
    assert!(ds.issues.len() >= 18);
    assert!(ds.frameworks.len() >= 12);
}

#[test]
fn required_ids_exist() {
    let ds = real();
    for id in ["ru", "ua", "us", "europe", "cn", "tr"] {
        assert!(ds.party_ix(id).is_some(), "party {id}");
    }
    for id in [
        "crimea",
        "donetsk",
        "luhansk",
        "zaporizhzhia",
        "kherson",
        "nato",
        "security-guarantees",
        "armed-forces-cap",
        "line-of-contact",
        "guarantors",
        "foreign-troops",
        "eu-membership",
        "sanctions",
        "frozen-assets",
        "elections",
        "language-church",
        "accountability",
        "prisoners-children",
        "znpp",
        "sequencing",
    ] {
        assert!(ds.issue_ix(id).is_some(), "issue {id}");
    }
    for id in [
        "istanbul-communique-2022",
        "draft-treaty-2022-04-15",
        "us-28-point-2025-11",
        "musk-2022-10",
        "seed-article-sketch",
    ] {
        assert!(ds.framework(id).is_some(), "framework {id}");
    }
}

#[test]
fn every_position_and_provision_has_a_source_and_a_date() {
    let ds = real();
    for p in &ds.positions {
        assert!(!p.sources.is_empty(), "{} on {} as of {}", ds.party(p.party).id, ds.issue(p.issue).id, p.as_of);
    }
    for f in &ds.frameworks {
        for p in &f.provisions {
            assert!(!p.sources.is_empty(), "{} {}", f.id, p.label);
        }
    }
}

#[test]
fn key_document_dates_are_pinned() {
    let ds = real();
    let expected = [
        ("istanbul-communique-2022", "2022-03-29"),
        ("draft-treaty-2022-04-15", "2022-04-15"),
        // The seed article wrongly dated Musk's proposal to 2024.
        ("musk-2022-10", "2022-10-03"),
        ("china-12-point-2023", "2023-02-24"),
        ("putin-conditions-2024-06-14", "2024-06-14"),
        ("ua-europe-counter-2025-04-23", "2025-04-23"),
        ("russia-memorandum-2025-06-02", "2025-06-02"),
        ("europe-counter-2025-11-23", "2025-11-23"),
    ];
    for (id, d) in expected {
        let f = ds.framework(id).unwrap_or_else(|| panic!("framework {id}"));
        assert_eq!(f.date.to_string(), d, "{id}");
    }
    let plan = ds.framework("us-28-point-2025-11").expect("28-point plan");
    assert_eq!((plan.date.year, plan.date.month), (2025, 11));
}

/// The two bracketed figures of the April 2022 draft on one issue, as (Russia, Ukraine).
fn april_2022_figures(ds: &Dataset, issue: &str) -> (Option<f64>, Option<f64>) {
    let draft = ds.framework("draft-treaty-2022-04-15").expect("draft treaty");
    let ix = ds.issue_ix(issue).expect("issue");
    let prov = draft.provisions.iter().find(|p| p.issue == ix).unwrap_or_else(|| panic!("no provision on {issue}"));
    let side = |party: &str| {
        let p = ds.party_ix(party).expect("party");
        prov.alternatives.iter().find(|a| a.party == p).and_then(|a| match a.outcome {
            Outcome::Quantity(v) => Some(v),
            _ => None,
        })
    };
    (side("ru"), side("ua"))
}

#[test]
fn april_2022_military_limits_are_pinned_for_each_side() {
    let ds = real();
    let expected = [
        ("armed-forces-cap", 85_000.0, 250_000.0),
        ("tanks-cap", 342.0, 800.0),
        ("armoured-vehicles-cap", 1_029.0, 2_400.0),
        ("artillery-cap", 519.0, 1_900.0),
        ("rocket-launchers-cap", 96.0, 600.0),
        ("mortars-cap", 147.0, 1_080.0),
        ("combat-aircraft-cap", 102.0, 160.0),
    ];
    for (issue, ru, ua) in expected {
        assert_eq!(april_2022_figures(&ds, issue), (Some(ru), Some(ua)), "{issue}");
    }
    // Russia's 40 km missile range is sourced; Ukraine's counter-figure was never found.
    assert_eq!(april_2022_figures(&ds, "missile-range"), (Some(40.0), None));
}

#[test]
fn the_28_point_plan_caps_the_army_at_600000() {
    let ds = real();
    let plan = ds.framework("us-28-point-2025-11").expect("28-point plan");
    let cap = ds.issue_ix("armed-forces-cap").expect("issue");
    let prov = plan.provisions.iter().find(|p| p.issue == cap).expect("cap provision");
    assert_eq!(prov.outcome, Some(Outcome::Quantity(600_000.0)));
    assert_eq!(prov.label, "6");
}

#[test]
fn russia_and_ukraine_conflict_on_the_2022_troop_cap_by_165000() {
    let ds = real();
    let snap = Snapshot::at(&ds, date("2022-04-15"));
    let cap = ds.issue_ix("armed-forces-cap").expect("issue");
    let (ru, ua) = (ds.party_ix("ru").expect("ru"), ds.party_ix("ua").expect("ua"));
    let s = |p: PartyIx| snap.position(&ds, p, cap).map(|x| &x.stance);
    assert_eq!(
        describe_relation(ds.issue(cap), &relate(ds.issue(cap), s(ru), s(ua))),
        "conflict: a gap of 165,000 troops"
    );
}

#[test]
fn russia_ukraine_and_the_us_moved_over_time_on_territory_nato_and_guarantees() {
    let ds = real();
    let dates = |party: &str, issue: &str| -> Vec<String> {
        let (p, i) = (ds.party_ix(party).expect("party"), ds.issue_ix(issue).expect("issue"));
        ds.positions.iter().filter(|x| x.party == p && x.issue == i).map(|x| x.as_of.to_string()).collect()
    };
    for party in ["ru", "ua", "us"] {
        for issue in ["crimea", "donetsk", "zaporizhzhia", "nato"] {
            let d = dates(party, issue);
            // From the first talks or the first statements to the last round of 2025 or later.
            let early = if party == "us" { "2025-04-30" } else { "2022-12-31" };
            assert!(d.iter().any(|x| x.as_str() <= early), "{party} on {issue}: nothing early in {d:?}");
            assert!(
                d.iter().any(|x| x.as_str() >= "2025-06-01"),
                "{party} on {issue}: nothing from mid-2025 on in {d:?}"
            );
            assert!(d.len() >= 3, "{party} on {issue}: {d:?}");
        }
        let late = ["crimea", "donetsk", "zaporizhzhia", "nato"]
            .iter()
            .flat_map(|i| dates(party, i))
            .filter(|x| x.as_str() >= "2025-11-01")
            .count();
        assert!(late >= 1, "{party}: no territory or NATO position from November 2025 on");
        assert!(dates(party, "security-guarantees").len() >= 2, "{party} on guarantees");
    }
}

#[test]
fn ukraine_never_accepts_a_nato_ban_and_russia_never_accepts_membership_soon() {
    // A guard against an over-generous edit creating false common ground.
    let ds = real();
    let nato = ds.issue_ix("nato").expect("nato");
    let issue = ds.issue(nato);
    let opt = |id: &str| issue.option_ix(id).expect("option");
    for p in ds.positions.iter().filter(|p| p.issue == nato) {
        let Stance::Options { acceptable, .. } = &p.stance else { panic!("nato is an options issue") };
        match ds.party(p.party).id.as_str() {
            "ua" => assert!(!acceptable.contains(&opt("banned")), "ua as of {}", p.as_of),
            "ru" => assert!(!acceptable.contains(&opt("member-soon")), "ru as of {}", p.as_of),
            _ => {}
        }
    }
}

#[test]
fn the_commentary_sketch_is_marked_as_commentary() {
    let ds = real();
    let f = ds.framework("seed-article-sketch").expect("sketch");
    assert_eq!(f.status.as_str(), "commentary");
    assert!(f.proposers.is_empty());
}

#[test]
fn the_dataset_carries_its_version_review_date_and_revisions() {
    let ds = real();
    assert!(!ds.meta.version.is_empty());
    assert!(!ds.meta.revisions.is_empty());
    assert_eq!(ds.meta.revisions[0].version, ds.meta.version);
}

#[test]
fn the_json_schema_file_is_in_step_with_the_rust_types() {
    let generated = common_ground::model::json_schema();
    let committed = read_repo_file("data/positions.schema.json");
    assert_eq!(
        committed.trim(),
        generated.trim(),
        "data/positions.schema.json is stale: run `cargo run --bin validate -- --schema > data/positions.schema.json`"
    );
}

#[test]
fn the_reader_accepts_exactly_the_fields_the_schema_lists() {
    let schema: serde_json::Value = serde_json::from_str(&common_ground::model::json_schema()).expect("schema is JSON");
    for (name, fields) in common_ground::model::read::FIELD_LISTS {
        let def = if *name == "RawDataset" { &schema } else { &schema["$defs"][name] };
        // An untagged enum (a unit) lists its object form as one of its `anyOf` alternatives.
        let props = def["anyOf"]
            .as_array()
            .and_then(|alts| alts.iter().find(|a| a.get("properties").is_some()))
            .map_or(&def["properties"], |a| &a["properties"]);
        let mut in_schema: Vec<&str> =
            props.as_object().unwrap_or_else(|| panic!("{name} in schema")).keys().map(String::as_str).collect();
        let mut in_reader: Vec<&str> = fields.to_vec();
        in_schema.sort_unstable();
        in_reader.sort_unstable();
        assert_eq!(in_reader, in_schema, "{name}");
    }
}
