//! The real dataset: it loads cleanly, and the facts that matter most are pinned so that a
//! careless edit cannot change them silently.

use common_ground::analysis::{framework_fit, relate, Snapshot};
use common_ground::load::load;
use common_ground::model::{Dataset, Date, Outcome, PartyIx, Position, Stance};
use common_ground::present::words::describe_relation;

use crate::{en, read_repo_file};

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
        describe_relation(&en(), ds.issue(cap), &relate(ds.issue(cap), s(ru), s(ua))),
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

// ---------------------------------------------------------------------------------------------
// Helpers for the pins below: positions are looked up by their identity (party, issue, date).

fn position<'a>(ds: &'a Dataset, party: &str, issue: &str, as_of: &str) -> &'a Position {
    let (p, i) = (ds.party_ix(party).expect("party"), ds.issue_ix(issue).expect("issue"));
    ds.positions
        .iter()
        .find(|x| x.party == p && x.issue == i && x.as_of.to_string() == as_of)
        .unwrap_or_else(|| panic!("no position {party} · {issue} · {as_of}"))
}

/// The option ids a position prefers, accepts and rejects, for `options` issues.
fn option_ids(ds: &Dataset, p: &Position) -> (Option<String>, Vec<String>, Vec<String>) {
    let issue = ds.issue(p.issue);
    let id = |ix: &usize| issue.options[*ix].id.clone();
    match &p.stance {
        Stance::Options { preferred, acceptable, rejected } => {
            (preferred.as_ref().map(id), acceptable.iter().map(id).collect(), rejected.iter().map(id).collect())
        }
        other => panic!("{} is not an options issue: {other:?}", issue.id),
    }
}

fn all_text(p: &Position) -> String {
    format!("{} {}", p.summary.shown(), p.detail.as_ref().map(|d| d.shown()).unwrap_or_default())
}

fn relation_at(ds: &Dataset, on: &str, a: &str, b: &str, issue: &str) -> String {
    let snap = Snapshot::at(ds, date(on));
    let i = ds.issue_ix(issue).expect("issue");
    let s = |party: &str| snap.position(ds, ds.party_ix(party).expect("party"), i).map(|x| &x.stance);
    describe_relation(&en(), ds.issue(i), &relate(ds.issue(i), s(a), s(b)))
}

// ---------------------------------------------------------------------------------------------
// The audit of December 2026 (../shared/research/audit-2026-12.md): one pin per finding.

#[test]
fn audit_london_2025_recognition_wording() {
    // The Ukrainian–European London text of April 2025 is silent on recognition; it does not
    // "recognise no Russian sovereignty". The European rejections rest on the 2022 statement.
    let ds = real();
    for issue in ["crimea", "donetsk", "luhansk", "zaporizhzhia", "kherson"] {
        let i = ds.issue_ix(issue).expect("issue");
        for p in ds.positions.iter().filter(|p| p.issue == i && p.as_of.to_string() == "2025-04-23") {
            assert!(!all_text(p).contains("recognises no"), "{} · {issue}: {}", ds.party(p.party).id, all_text(p));
        }
        let p = position(&ds, "europe", issue, "2025-04-23");
        assert!(all_text(p).contains("does not mention recognition"), "europe · {issue}");
        assert!(
            p.sources
                .iter()
                .any(|s| s.url.contains("interfax.com.ua/news/general/862248") && s.date.to_string() == "2022-09-30"),
            "europe · {issue}: the rejections must cite the European Council statement of 30 September 2022"
        );
    }
    let f = ds.framework("ua-europe-counter-2025-04-23").expect("London text");
    for prov in &f.provisions {
        assert!(!prov.summary.shown().contains("recognises no"), "{} {}", prov.label, prov.summary.shown());
        assert!(!prov.summary.shown().ends_with("no recognition."), "{} {}", prov.label, prov.summary.shown());
    }
}

#[test]
fn audit_us_donetsk_zone_is_a_free_economic_zone_first_offered_on_11_december_2025() {
    // "Demilitarised" was Zelensky's condition (and Russia's word), not the US offer's.
    let ds = real();
    let first = position(&ds, "us", "donetsk", "2025-12-11");
    assert_eq!(option_ids(&ds, first).0.as_deref(), Some("demilitarised-zone"));
    assert!(first.summary.shown().contains("\"free economic zone\""), "{}", first.summary.shown());
    assert!(first.sources.iter().any(|s| s.date.to_string() == "2025-12-11"));
    let later = position(&ds, "us", "donetsk", "2025-12-23");
    assert!(later.summary.shown().contains("Zelensky: it would have to be demilitarised"), "{}", later.summary.shown());
    let us = ds.party_ix("us").expect("us");
    for p in ds.positions.iter().filter(|p| p.party == us) {
        let text = all_text(p).to_lowercase();
        assert!(!text.contains("demilitarised \"free economic zone\""), "{}: {text}", p.as_of);
        assert!(!text.contains("demilitarised free economic zone"), "{}: {text}", p.as_of);
    }
    for f in &ds.frameworks {
        for prov in &f.provisions {
            for a in prov.alternatives.iter().filter(|a| a.party == us) {
                assert!(
                    !a.summary.shown().to_lowercase().contains("demilitarised free economic"),
                    "{} {}",
                    f.id,
                    prov.label
                );
            }
        }
    }
}

#[test]
fn audit_peskov_four_new_regions_quote_is_of_28_december_2022_and_sourced() {
    let ds = real();
    for p in ds.positions.iter().filter(|p| all_text(p).contains("four new regions")) {
        assert!(all_text(p).contains("on 28 December"), "{}", all_text(p));
        assert!(
            p.sources.iter().any(|s| s.date.to_string() == "2022-12-28"),
            "{} · {}: the quote needs a source of 28 December 2022",
            ds.party(p.party).id,
            ds.issue(p.issue).id
        );
    }
    assert!(all_text(position(&ds, "ru", "donetsk", "2022-09-30")).contains("four new regions"));
}

#[test]
fn audit_europe_16_august_2025_missile_range_is_inferred() {
    // The statement says "no limitations ... on Ukraine's armed forces" and names no weapons.
    let ds = real();
    for issue in [
        "missile-range",
        "tanks-cap",
        "armoured-vehicles-cap",
        "artillery-cap",
        "rocket-launchers-cap",
        "mortars-cap",
        "combat-aircraft-cap",
    ] {
        let p = position(&ds, "europe", issue, "2025-08-16");
        assert_eq!(p.status.as_str(), "inferred", "{issue}");
        assert!(all_text(p).contains("names no weapons"), "{issue}");
    }
    // The size of the armed forces is what the statement itself speaks of.
    assert_eq!(position(&ds, "europe", "armed-forces-cap", "2025-08-16").status.as_str(), "official");
}

#[test]
fn audit_us_frozen_assets_after_2_december_2025() {
    let ds = real();
    for p in &ds.positions {
        assert!(!all_text(p).contains("No later US position"), "{}", all_text(p));
    }
    let p = position(&ds, "us", "frozen-assets", "2025-12-02");
    assert_eq!(p.status.as_str(), "reported");
    let (preferred, acceptable, rejected) = option_ids(&ds, p);
    assert_eq!(preferred, None, "the reports name two uses, so no preferred outcome");
    assert_eq!(acceptable, ["joint-investment", "returned"]);
    assert_eq!(rejected, ["reparations"]);
    assert!(p.sources.iter().any(|s| s.date.to_string() == "2025-12-02"));
    // What a reader sees: the US and the European states now clash on the assets.
    assert_eq!(relation_at(&ds, "2026-01-01", "us", "europe", "frozen-assets"), "conflict: 1 step apart on the scale");
}

#[test]
fn audit_e3_point_8_is_not_a_reassurance_force() {
    // Point 8 bars NATO-commanded troops from permanent peacetime stationing. It creates no
    // force, so it must not be mapped to one (that created a conflict with Russia the text lacks).
    let ds = real();
    let f = ds.framework("europe-counter-2025-11-23").expect("E3 text");
    let troops = ds.issue_ix("foreign-troops").expect("issue");
    assert!(f.provisions.iter().all(|p| p.issue != troops), "E3 point 8 is mapped to foreign troops again");
    assert!(f.summary.shown().contains("point 8"), "the summary should say why point 8 is not mapped");
    // The computed fit a reader sees: Russia's conflicts with the E3 text are on other issues only.
    let ru = ds.party_ix("ru").expect("ru");
    let fit = framework_fit(&ds, &Snapshot::at(&ds, f.date), f, &[ru]);
    let conflicts: Vec<&str> = f
        .provisions
        .iter()
        .zip(&fit.provisions)
        .filter(|(_, pf)| pf.fits.iter().any(|x| x.is_conflict()))
        .map(|(prov, _)| ds.issue(prov.issue).id.as_str())
        .collect();
    assert!(!conflicts.contains(&"foreign-troops"), "{conflicts:?}");
    assert!(!conflicts.is_empty(), "the E3 text still clashes with Russia elsewhere (NATO, territory)");
    // Europe's own preference for a reassurance force rests on its plan, not on point 8.
    let p = position(&ds, "europe", "foreign-troops", "2025-11-23");
    assert!(all_text(p).contains("creates no force"), "{}", all_text(p));
}

#[test]
fn audit_e3_point_25_election_wording_is_marked_unconfirmed() {
    let ds = real();
    let f = ds.framework("europe-counter-2025-11-23").expect("E3 text");
    let elections = ds.issue_ix("elections").expect("issue");
    let prov = f.provisions.iter().find(|p| p.issue == elections).expect("point 25");
    assert_eq!(prov.label, "25");
    assert_eq!(prov.status.as_str(), "reported");
    assert!(prov.summary.shown().contains("was not seen"), "{}", prov.summary.shown());
    let independent = prov.sources.iter().filter(|s| !s.url.contains("emegypt")).count();
    assert!(independent >= 2, "point 25 rests on the weak emegypt re-post alone");
}

// ---------------------------------------------------------------------------------------------
// Corrections of earlier reviews (issue 8): each pinned so that the old error cannot return.

#[test]
fn musk_plan_is_dated_3_october_2022_not_2024() {
    let ds = real();
    let f = ds.framework("musk-2022-10").expect("Musk");
    assert_eq!(f.date.to_string(), "2022-10-03");
    assert!(f.summary.shown().contains("3 October 2022"));
}

#[test]
fn the_28_point_plan_point_8_reads_no_nato_troops_not_no_foreign_forces() {
    let ds = real();
    let plan = ds.framework("us-28-point-2025-11").expect("28-point plan");
    let troops = ds.issue_ix("foreign-troops").expect("issue");
    assert!(plan.provisions.iter().all(|p| p.issue != troops), "point 8 mapped to foreign troops again");
    let (preferred, acceptable, _) = option_ids(&ds, position(&ds, "us", "foreign-troops", "2025-11-20"));
    assert_eq!(preferred, None);
    assert!(!acceptable.contains(&"none".to_string()), "\"no NATO troops\" read as \"no foreign forces\"");
}

#[test]
fn istanbul_communique_points_are_numbered_and_its_crimea_point_is_reported() {
    let ds = real();
    let f = ds.framework("istanbul-communique-2022").expect("communiqué");
    for prov in f.provisions.iter().filter(|p| p.label != "Delegation statements") {
        assert!(prov.label.chars().next().is_some_and(|c| c.is_ascii_digit()), "unnumbered point {:?}", prov.label);
    }
    let crimea = ds.issue_ix("crimea").expect("issue");
    let prov = f.provisions.iter().find(|p| p.issue == crimea).expect("Crimea point");
    assert_eq!((prov.label.as_str(), prov.status.as_str()), ("3", "reported"));
}

#[test]
fn china_acceptable_lists_on_sanctions_and_nato_are_not_over_generous() {
    let ds = real();
    let (preferred, acceptable, _) = option_ids(&ds, position(&ds, "cn", "sanctions", "2023-02-24"));
    assert_eq!((preferred, acceptable), (None, vec!["lifted-all".to_string()]));
    let (preferred, acceptable, rejected) = option_ids(&ds, position(&ds, "cn", "nato", "2023-02-24"));
    assert!(preferred.is_none() && acceptable.is_empty() && rejected.is_empty(), "China named no NATO outcome");
}

#[test]
fn us_28_point_line_of_contact_accepts_only_the_buffer_zone() {
    let ds = real();
    let (preferred, acceptable, _) = option_ids(&ds, position(&ds, "us", "line-of-contact", "2025-11-20"));
    assert_eq!(preferred.as_deref(), Some("freeze-buffer"));
    assert_eq!(
        acceptable,
        ["freeze-buffer"],
        "a Ukrainian withdrawal from Donetsk alone is not withdrawal from all four regions"
    );
}

#[test]
fn the_20_point_plan_and_geneva_positions_are_dated_to_their_talks() {
    let ds = real();
    assert_eq!(ds.framework("plan-20-point-2025-12").expect("20-point").date.to_string(), "2025-12-23");
    assert_eq!(ds.framework("geneva-19-point-2025-11").expect("Geneva").date.to_string(), "2025-11-23");
    for p in &ds.positions {
        // Positions resting on the 20-point draft are dated to Zelensky's reading of it.
        if p.summary.shown().starts_with("20-point draft") {
            assert_eq!(p.as_of.to_string(), "2025-12-23", "{} · {}", ds.party(p.party).id, ds.issue(p.issue).id);
        }
    }
    for (party, issue) in [("us", "armed-forces-cap"), ("us", "frozen-assets"), ("us", "accountability")] {
        position(&ds, party, issue, "2025-11-23");
    }
}

#[test]
fn ukraine_and_europe_2025_territorial_statements_carry_no_preferred_outcome() {
    let ds = real();
    for p in &ds.positions {
        let (party, issue) = (ds.party(p.party).id.as_str(), ds.issue(p.issue).id.as_str());
        let territorial = ["crimea", "donetsk", "luhansk", "zaporizhzhia", "kherson"].contains(&issue);
        let year = p.as_of.year;
        if territorial && (party == "ua" || party == "europe") && year >= 2025 {
            assert_eq!(option_ids(&ds, p).0, None, "{party} · {issue} · {}", p.as_of);
        }
    }
}

#[test]
fn putin_14_june_2024_kherson_zaporizhzhia_remark_is_contested() {
    let ds = real();
    for issue in ["zaporizhzhia", "kherson"] {
        assert!(position(&ds, "ru", issue, "2024-06-14").contested.is_some(), "{issue}");
    }
}

#[test]
fn e3_text_keeps_the_50_50_znpp_clause() {
    let ds = real();
    let f = ds.framework("europe-counter-2025-11-23").expect("E3 text");
    let znpp = ds.issue_ix("znpp").expect("issue");
    let prov = f.provisions.iter().find(|p| p.issue == znpp).expect("ZNPP point");
    assert_eq!(prov.label, "19");
    assert_eq!(prov.outcome, Some(Outcome::Option(ds.issue(znpp).option_ix("trilateral").expect("option"))));
    assert!(prov.summary.shown().contains("50"), "{}", prov.summary.shown());
}

#[test]
fn russian_memorandum_wants_elections_before_signing_and_100_days_only_in_ceasefire_option_2() {
    let ds = real();
    let (preferred, acceptable, _) = option_ids(&ds, position(&ds, "ru", "elections", "2025-06-02"));
    assert_eq!(preferred.as_deref(), Some("before-signing"));
    assert_eq!(acceptable, ["within-100-days", "before-signing"]);
    let f = ds.framework("russia-memorandum-2025-06-02").expect("memorandum");
    let elections = ds.issue_ix("elections").expect("issue");
    let prov = f.provisions.iter().find(|p| p.issue == elections).expect("elections");
    assert!(prov.label.contains("option 2"), "{}", prov.label);
    assert!(prov.summary.shown().contains("100 days"));
}

#[test]
fn trump_stop_at_the_lines_is_of_19_october_2025_and_peace_agreement_not_ceasefire_of_16_august_2025() {
    let ds = real();
    let p = position(&ds, "us", "line-of-contact", "2025-10-19");
    assert_eq!(option_ids(&ds, p).0.as_deref(), Some("freeze"));
    assert!(p.summary.shown().contains("Stop at the lines"));
    let p = position(&ds, "us", "sequencing", "2025-08-16");
    assert_eq!(option_ids(&ds, p).0.as_deref(), Some("settlement-first"));
    assert!(p.summary.shown().contains("Peace Agreement"));
}

// ---------------------------------------------------------------------------------------------
// How far the data reaches, and the records added for February to June 2026.

#[test]
fn the_description_states_the_newest_position_date_and_the_review_date() {
    let ds = real();
    let newest = ds.positions.iter().map(|p| p.as_of).max().expect("positions");
    assert_eq!(newest.to_string(), "2026-06-23");
    let description = ds.meta.description.as_ref().expect("description").shown().to_string();
    assert!(description.contains(&newest.to_long()), "{description}");
    assert!(description.contains(&ds.meta.reviewed.to_long()), "{description}");
    assert!(!description.contains("to March 2026"), "{description}");
}

/// Party, issue, date, status, preferred outcome, and words the record must contain.
type NewRecord = (&'static str, &'static str, &'static str, &'static str, Option<&'static str>, &'static str);

#[test]
fn the_records_of_february_to_june_2026_are_pinned() {
    // Each new record with its status, preferred outcome and the figure or date it carries.
    let ds = real();
    let expected: [NewRecord; 20] = [
        ("ru", "nato", "2026-03-03", "official", Some("neutral-guaranteed"), "non-accession to NATO"),
        ("ru", "nato", "2026-06-23", "reported", Some("neutral-guaranteed"), "23 June 2026"),
        ("ru", "security-guarantees", "2026-03-05", "official", Some("multilateral-treaty"), "not even seen them"),
        ("ru", "security-guarantees", "2026-06-23", "reported", Some("multilateral-treaty"), "Istanbul"),
        ("ru", "donetsk", "2026-06-23", "reported", Some("whole-de-jure"), "14 June 2024"),
        ("ru", "luhansk", "2026-06-23", "reported", Some("whole-de-jure"), "14 June 2024"),
        ("ru", "zaporizhzhia", "2026-06-23", "reported", Some("whole-de-jure"), "Anchorage"),
        ("ru", "kherson", "2026-06-23", "reported", Some("whole-de-jure"), "Anchorage"),
        ("ru", "line-of-contact", "2026-06-23", "reported", Some("ukrainian-withdrawal"), "14 June 2024"),
        ("ru", "prisoners-children", "2026-03-05", "official", Some("phased-exchanges"), "500 for 500"),
        ("ru", "znpp", "2026-02-07", "reported", Some("russia"), "cheap"),
        ("ua", "security-guarantees", "2026-02-14", "official", Some("article-5-like"), "15"),
        ("ua", "security-guarantees", "2026-03-24", "official", Some("article-5-like"), "Security is the key to peace"),
        ("ua", "donetsk", "2026-03-03", "official", None, "200,000"),
        ("us", "donetsk", "2025-12-11", "reported", Some("demilitarised-zone"), "11 December 2025"),
        ("us", "frozen-assets", "2025-12-02", "reported", None, "2 December 2025"),
        ("us", "znpp", "2026-02-07", "reported", None, "7 February 2026"),
        ("us", "elections", "2026-02-07", "reported", Some("soon-after-deal"), "May"),
        ("europe", "sanctions", "2026-02-23", "official", None, "24 February 2027"),
        ("europe", "eu-membership", "2026-06-15", "reported", Some("path-open"), "15 June 2026"),
    ];
    for (party, issue, as_of, status, preferred, words) in expected {
        let p = position(&ds, party, issue, as_of);
        assert_eq!(p.status.as_str(), status, "{party} · {issue} · {as_of}");
        if let Stance::Options { .. } = p.stance {
            assert_eq!(option_ids(&ds, p).0.as_deref(), preferred, "{party} · {issue} · {as_of}");
        }
        assert!(all_text(p).contains(words), "{party} · {issue} · {as_of}: {words:?} not in {}", all_text(p));
        assert!(!p.sources.is_empty());
    }
    // The two prisoner-exchange figures and the guarantee durations a reader would quote.
    assert!(all_text(position(&ds, "ru", "prisoners-children", "2026-03-05")).contains("200 each"));
    assert!(all_text(position(&ds, "ua", "security-guarantees", "2026-02-14")).contains("more than 20"));
}

#[test]
fn statements_known_only_from_weak_sources_are_reported_with_their_caveat() {
    // Putin's statement of 23 June 2026 has no primary transcript: every record of it must say so.
    let ds = real();
    let of_23_june: Vec<&Position> = ds.positions.iter().filter(|p| p.as_of.to_string() == "2026-06-23").collect();
    assert_eq!(of_23_june.len(), 7, "NATO, guarantees, the four regions and the line of contact");
    for p in of_23_june {
        assert_eq!(p.status.as_str(), "reported", "{}", ds.issue(p.issue).id);
        assert!(all_text(p).contains("secondary reports"), "{}", ds.issue(p.issue).id);
        assert!(p.sources.iter().all(|s| s.note.is_some()), "{}: every source needs its caveat", ds.issue(p.issue).id);
    }
}

#[test]
fn lavrovs_denial_and_budanovs_claim_on_us_guarantees_are_both_shown() {
    let ds = real();
    let p = position(&ds, "ru", "security-guarantees", "2026-03-05");
    let contested = p.contested.as_ref().expect("contested readings");
    assert_eq!(contested.readings.len(), 2);
    assert!(contested.readings[0].summary.shown().contains("Budanov"));
    assert!(contested.readings[1].summary.shown().contains("Lavrov"));
    // Russia is not recorded as accepting the US guarantee either way.
    let (_, acceptable, _) = option_ids(&ds, p);
    assert!(!acceptable.contains(&"article-5-like".to_string()));
}

#[test]
fn the_talks_pause_of_2026_is_stated_not_filled_with_invented_movement() {
    let ds = real();
    let notes: Vec<&str> = ds.meta.notes.iter().map(|n| n.shown()).collect();
    assert!(notes.iter().any(|n| n.contains("no trilateral US–Ukraine–Russia round was found")), "{notes:?}");
    // Between the Florida talks and Putin's statement no position moves except the EU cluster.
    let moved: Vec<String> = ds
        .positions
        .iter()
        .filter(|p| p.as_of.to_string().as_str() > "2026-03-24" && p.as_of.to_string().as_str() < "2026-06-23")
        .map(|p| format!("{} · {}", ds.party(p.party).id, ds.issue(p.issue).id))
        .collect();
    assert_eq!(moved, ["europe · eu-membership"]);
}

#[test]
fn every_party_note_carries_sources() {
    let ds = real();
    for party in &ds.parties {
        if party.note.is_some() {
            assert!(!party.sources.is_empty(), "{}: a note that states facts needs a source", party.id);
        }
    }
}

#[test]
fn north_korea_note_says_pull_back_from_the_front_not_withdrawal() {
    let ds = real();
    let kp = &ds.parties[ds.party_ix("kp").expect("kp").0];
    let note = kp.note.as_ref().expect("note").shown();
    assert!(note.contains("October 2024"), "{note}");
    assert!(note.contains("pull-back from the front line"), "{note}");
    assert!(note.contains("not supported"), "the seed article's withdrawal claim must stay marked as unsupported");
    let dates: Vec<String> = kp.sources.iter().map(|s| s.date.to_string()).collect();
    assert!(dates.contains(&"2024-11-18".to_string()) && dates.contains(&"2025-02-04".to_string()), "{dates:?}");
}

#[test]
fn every_name_has_ukrainian_and_russian_forms() {
    let ds = real();
    let cyrillic = |s: &str| s.chars().any(|c| ('\u{0400}'..='\u{04FF}').contains(&c));
    let check = |what: String, t: &common_ground::model::Text| {
        for lang in ["uk", "ru"] {
            assert!(cyrillic(t.in_language(lang)), "{what}: no {lang} name ({:?})", t.in_language(lang));
        }
    };
    for p in &ds.parties {
        check(format!("party {}", p.id), &p.name);
    }
    for t in &ds.topics {
        check(format!("topic {}", t.id), &t.name);
    }
    for i in &ds.issues {
        check(format!("issue {}", i.id), &i.name);
        for o in &i.options {
            check(format!("option {} {}", i.id, o.id), &o.label);
        }
    }
    // Ukrainian and Russian are distinct languages, not one text copied twice.
    let donetsk = &ds.issues[ds.issue_ix("donetsk").expect("issue").0];
    assert_eq!(donetsk.name.in_language("uk"), "Донецька область");
    assert_eq!(donetsk.name.in_language("ru"), "Донецкая область");
}

#[test]
fn disputed_names_are_marked_where_they_are_used() {
    let ds = real();
    let option = |issue: &str, id: &str| {
        let i = &ds.issues[ds.issue_ix(issue).expect("issue").0];
        i.options[i.option_ix(id).expect("option")]
            .description
            .as_ref()
            .map(|d| d.shown().to_string())
            .unwrap_or_default()
    };
    assert!(option("donetsk", "whole-de-jure").contains("ДНР"));
    assert!(option("luhansk", "whole-de-jure").contains("ЛНР"));
    assert!(option("crimea", "de-jure-russian").contains("Names differ"));
    assert!(option("prisoners-children", "all-for-all").contains("Ukraine's word"));
    // The Russian interface names the foreign-troops issue without the disputed preposition.
    let troops = &ds.issues[ds.issue_ix("foreign-troops").expect("issue").0];
    assert!(troops.name.in_language("ru").contains("на территории Украины"));
    assert!(ds.meta.notes.iter().any(|n| n.shown().contains("на территории Украины")));
}

// Classroom (issue 10): the bundled tours.

/// The words of a caption: each date written out ("7 March 2022") and each other figure.
fn caption_facts(caption: &str) -> (Vec<String>, Vec<String>) {
    // The month names as the model writes dates out, not a second list of them.
    let months: Vec<String> = (1..=12)
        .map(|month| Date { year: 2000, month, day: 1 }.to_long().split(' ').nth(1).unwrap_or_default().to_string())
        .collect();
    let words: Vec<&str> = caption
        .split(|c: char| c.is_whitespace() || "();:\"'–".contains(c))
        .map(|w| w.trim_end_matches(['.', ',']))
        .filter(|w| !w.is_empty())
        .collect();
    let (mut dates, mut figures) = (Vec::new(), Vec::new());
    let mut i = 0;
    while i < words.len() {
        let w = words[i];
        let is_day = w.len() <= 2 && w.bytes().all(|b| b.is_ascii_digit());
        if is_day && i + 2 < words.len() && months.iter().any(|m| m == words[i + 1]) {
            dates.push(format!("{w} {} {}", words[i + 1], words[i + 2]));
            i += 3;
            continue;
        }
        let figure: String = w.chars().take_while(|c| c.is_ascii_digit() || *c == ',').collect();
        if !figure.is_empty() {
            figures.push(figure.trim_end_matches(',').to_string());
        }
        i += 1;
    }
    (dates, figures)
}

/// Each record's text (what it says, its name, its dates written out) and its source addresses.
fn records(ds: &Dataset) -> Vec<(String, Vec<String>)> {
    let urls = |s: &[common_ground::model::Source]| s.iter().map(|x| x.url.clone()).collect::<Vec<_>>();
    let mut out = Vec::new();
    for p in &ds.positions {
        let text = format!(
            "{} {} {}",
            p.summary.shown(),
            p.detail.as_ref().map(|d| d.shown()).unwrap_or_default(),
            p.as_of.to_long()
        );
        out.push((text, urls(&p.sources)));
    }
    for f in &ds.frameworks {
        let mut text = format!("{} {} {}", f.name.shown(), f.summary.shown(), f.date.to_long());
        for prov in &f.provisions {
            text.push(' ');
            text.push_str(prov.summary.shown());
        }
        out.push((text, urls(&f.sources)));
    }
    out
}

#[test]
fn the_bundled_tours_have_six_to_ten_steps_that_each_open_a_view_without_a_notice() {
    let loaded = load(&read_repo_file("data/positions.json")).expect("loads");
    let ds = &loaded.dataset;
    assert!(ds.tours.len() >= 2);
    for tour in &ds.tours {
        assert!((6..=10).contains(&tour.steps.len()), "{}: {} steps", tour.id, tour.steps.len());
        for (n, step) in tour.steps.iter().enumerate() {
            let (state, notices) = common_ground::url::parse(&step.view);
            assert!(notices.is_empty(), "{} step {}: {notices:?}", tour.id, n + 1);
            let (_, notices) = common_ground::url::resolve(&state, ds).expect("resolves");
            assert!(notices.is_empty(), "{} step {}: {notices:?}", tour.id, n + 1);
            let shown = common_ground::present::page(&loaded, &format!("?present=1&tour={}&step={}", tour.id, n + 1));
            assert!(!shown.body.to_text().contains("There is no"), "{} step {}", tour.id, n + 1);
        }
    }
}

#[test]
fn every_tour_caption_date_and_figure_matches_a_record_it_cites() {
    let ds = real();
    let records = records(&ds);
    let record_dates: Vec<String> =
        ds.positions.iter().map(|p| p.as_of.to_long()).chain(ds.frameworks.iter().map(|f| f.date.to_long())).collect();
    for tour in &ds.tours {
        for (n, step) in tour.steps.iter().enumerate() {
            let caption = step.caption.shown();
            let (dates, figures) = caption_facts(caption);
            // The records the step cites: those that share a source with it; a step that cites
            // none may state only what some record of the dataset states.
            let cited: Vec<&String> = records
                .iter()
                .filter(|(_, urls)| step.sources.is_empty() || step.sources.iter().any(|s| urls.contains(&s.url)))
                .map(|(text, _)| text)
                .collect();
            assert!(!cited.is_empty(), "{} step {}: cites no record", tour.id, n + 1);
            // The dates the view itself is drawn at need only be dates of the dataset.
            let (state, _) = common_ground::url::parse(&step.view);
            let own: Vec<String> =
                [state.date, state.from, state.to].into_iter().flatten().map(|d| d.to_long()).collect();
            for d in &dates {
                assert!(record_dates.contains(d), "{} step {}: {d} is no record's date", tour.id, n + 1);
                if !step.sources.is_empty() && !own.contains(d) {
                    assert!(cited.iter().any(|t| t.contains(d.as_str())), "{} step {}: {d}", tour.id, n + 1);
                }
            }
            for f in &figures {
                assert!(cited.iter().any(|t| t.contains(f.as_str())), "{} step {}: figure {f}", tour.id, n + 1);
            }
            // Quotations are the records' own words.
            for quote in caption.split('"').skip(1).step_by(2) {
                assert!(cited.iter().any(|t| t.contains(quote)), "{} step {}: \"{quote}\"", tour.id, n + 1);
            }
        }
    }
}

#[test]
fn caption_facts_finds_dates_and_figures() {
    let (dates, figures) = caption_facts("On 7 March 2022 (and in June 2025) a cap of 600,000, over 15 years.");
    assert_eq!(dates, ["7 March 2022"]);
    assert_eq!(figures, ["2025", "600,000", "15"]);
}

/// The audit of 7 December 2026 (P12) found Europe's position of 23 November 2025 accepting only
/// an Article-5-like guarantee, so the app showed Europe ruling out the coalition force for three
/// weeks, a change that never happened: the E3 text bars only permanent NATO-command stationing.
#[test]
fn europe_never_ruled_out_the_coalition_force_in_november_2025() {
    let ds = real();
    let europe = ds.party_ix("europe").expect("europe");
    let issue = ds.issue_ix("security-guarantees").expect("issue");
    let force = ds.issue(issue).option_ix("coalition-force").expect("option");
    for day in ["2025-08-17", "2025-11-23", "2025-12-01", "2025-12-15"] {
        let snap = Snapshot::at(&ds, date(day));
        match snap.stance(&ds, europe, issue) {
            Some(Stance::Options { acceptable, .. }) => {
                assert!(acceptable.contains(&force), "{day}: Europe does not accept the coalition force")
            }
            other => panic!("{day}: {other:?}"),
        }
    }
}
