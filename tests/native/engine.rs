//! Relations, common ground, framework fit and time, on small hand-written fixtures.
//! Expected results are written as the words the app shows.

use common_ground::analysis::*;
use common_ground::model::{Dataset, Date, IssueIx, PartyIx};
use common_ground::present::words::*;
use serde_json::json;

use crate::{en, fixture, fixture_loaded, issues};

fn date(s: &str) -> Date {
    Date::parse(s).expect("test date")
}

/// Relates parties a and b on `issue` at the latest date and describes it in words.
fn relation_words(ds: &Dataset, issue: &str) -> String {
    let snap = Snapshot::at(ds, ds.latest_date());
    let ix = ds.issue_ix(issue).expect("issue");
    let s = |p| snap.position(ds, PartyIx(p), ix).map(|x| &x.stance);
    describe_relation(&en(), ds.issue(ix), &relate(ds.issue(ix), s(0), s(1)))
}

fn check_relation(issue: &str, a: serde_json::Value, b: serde_json::Value, expected: &str) {
    let mut a = a;
    let mut b = b;
    a["party"] = json!("a");
    a["issue"] = json!(issue);
    b["party"] = json!("b");
    b["issue"] = json!(issue);
    let ds = fixture(issues(), json!([a, b]));
    assert_eq!(relation_words(&ds, issue), expected);
}

#[test]
fn options_agree_when_the_preferred_outcome_is_the_same() {
    check_relation(
        "o",
        json!({"preferred": "o1", "acceptable": ["o1", "o2"]}),
        json!({"preferred": "o1", "acceptable": ["o0", "o1"]}),
        "agree",
    );
}

#[test]
fn options_overlap_reports_what_both_accept() {
    check_relation(
        "o",
        json!({"preferred": "o0", "acceptable": ["o0", "o1", "o2"]}),
        json!({"preferred": "o3", "acceptable": ["o1", "o2", "o3"]}),
        "overlap on O1; O2",
    );
}

#[test]
fn options_conflict_reports_the_distance_on_the_scale() {
    check_relation(
        "o",
        json!({"preferred": "o0", "acceptable": ["o0", "o1"], "rejected": ["o4"]}),
        json!({"preferred": "o4", "acceptable": ["o4"]}),
        "conflict: 3 steps apart on the scale",
    );
}

#[test]
fn unknown_when_a_position_is_missing_or_says_nothing() {
    let ds = fixture(issues(), json!([{"party": "a", "issue": "o", "preferred": "o0", "acceptable": ["o0"]}]));
    assert_eq!(relation_words(&ds, "o"), "unknown");
    check_relation("o", json!({"summary": "silent"}), json!({"preferred": "o1", "acceptable": ["o1"]}), "unknown");
    check_relation("q", json!({"summary": "no figure"}), json!({"preferred": 5}), "unknown");
}

#[test]
fn quantities_overlap_on_the_shared_range() {
    check_relation(
        "q",
        json!({"preferred": 250000, "min": 200000}),
        json!({"preferred": 100000, "max": 300000}),
        "overlap on between 200,000 and 300,000 troops",
    );
}

#[test]
fn quantities_conflict_reports_the_gap_in_the_unit() {
    // The April 2022 draft: Russia 85,000 at most, Ukraine 250,000 at least.
    check_relation(
        "q",
        json!({"preferred": 85000, "max": 85000}),
        json!({"preferred": 250000, "min": 250000}),
        "conflict: a gap of 165,000 troops",
    );
}

#[test]
fn quantities_with_a_preferred_value_only_are_a_point() {
    check_relation("q", json!({"preferred": 600000}), json!({"preferred": 600000}), "agree");
    check_relation(
        "q",
        json!({"preferred": 600000}),
        json!({"preferred": 800000}),
        "conflict: a gap of 200,000 troops",
    );
}

#[test]
fn unlimited_means_no_cap_and_conflicts_with_any_cap() {
    check_relation(
        "q",
        json!({"preferred": "unlimited", "min": "unlimited"}),
        json!({"preferred": 800000, "max": 800000}),
        "conflict: one side accepts only “no limit”",
    );
    check_relation(
        "q",
        json!({"preferred": "unlimited", "min": "unlimited"}),
        json!({"preferred": 800000, "min": 600000}),
        "overlap on no limit",
    );
}

#[test]
fn sets_overlap_on_shared_items_and_conflict_when_disjoint() {
    check_relation(
        "s",
        json!({"preferred": ["s0", "s1"], "acceptable": ["s0", "s1", "s2"]}),
        json!({"preferred": ["s2", "s3"], "acceptable": ["s2", "s3"]}),
        "overlap on S2",
    );
    check_relation(
        "s",
        json!({"preferred": ["s0"], "acceptable": ["s0"]}),
        json!({"preferred": ["s3"], "acceptable": ["s3"]}),
        "conflict: no item both accept",
    );
    check_relation(
        "s",
        json!({"preferred": ["s1", "s0"], "acceptable": ["s0", "s1"]}),
        json!({"preferred": ["s0", "s1"], "acceptable": ["s0", "s1", "s2"]}),
        "agree",
    );
}

fn three_party_options() -> Dataset {
    fixture(
        issues(),
        json!([
            {"party": "a", "issue": "o", "preferred": "o0", "acceptable": ["o0", "o1", "o2"]},
            {"party": "b", "issue": "o", "preferred": "o2", "acceptable": ["o1", "o2"], "rejected": ["o0"]},
            {"party": "c", "issue": "o", "preferred": "o1", "acceptable": ["o1"], "rejected": ["o3"]}
        ]),
    )
}

#[test]
fn common_ground_is_what_every_party_accepts_with_blockers_named() {
    let ds = three_party_options();
    let snap = Snapshot::at(&ds, ds.latest_date());
    let all = [PartyIx(0), PartyIx(1), PartyIx(2)];
    let g = common_ground(&ds, &snap, IssueIx(0), &all);
    assert_eq!(describe_shared(&en(), ds.issue(IssueIx(0)), g.shared.as_ref().expect("known")), "O1");
    let blockers: Vec<String> = g
        .blockers
        .iter()
        .map(|b| format!("{}: rejected by {:?}, not accepted by {:?}", b.outcome, b.rejected_by, b.not_accepted_by))
        .collect();
    assert_eq!(
        blockers,
        [
            "0: rejected by [PartyIx(1)], not accepted by [PartyIx(2)]",
            "2: rejected by [], not accepted by [PartyIx(2)]",
            "3: rejected by [PartyIx(2)], not accepted by [PartyIx(0), PartyIx(1)]",
            "4: rejected by [], not accepted by [PartyIx(0), PartyIx(1), PartyIx(2)]",
        ]
    );
}

#[test]
fn without_common_ground_the_closest_outcome_names_who_stands_in_its_way() {
    let ds = fixture(
        issues(),
        json!([
            {"party": "a", "issue": "o", "preferred": "o0", "acceptable": ["o0", "o1"]},
            {"party": "b", "issue": "o", "preferred": "o1", "acceptable": ["o1", "o2"]},
            {"party": "c", "issue": "o", "preferred": "o0", "acceptable": ["o0", "o2"], "rejected": ["o1"]}
        ]),
    );
    let snap = Snapshot::at(&ds, ds.latest_date());
    let g = common_ground(&ds, &snap, IssueIx(0), &[PartyIx(0), PartyIx(1), PartyIx(2)]);
    assert!(!g.exists());
    // o0, o1 and o2 are each accepted by two of three; o1 is c's red line, and of o0 and o2,
    // o2 is nearer the middle of the five-step scale: a blocks it.
    assert_eq!(g.closest(), Some((2, vec![PartyIx(0)])));
    let two = common_ground(&ds, &snap, IssueIx(0), &[PartyIx(0), PartyIx(1)]);
    assert_eq!(two.closest(), None, "a and b share o1");
}

#[test]
fn the_closest_outcome_favours_neither_end_of_the_scale() {
    // a accepts o0 and o4, b accepts o1 and o3: each outcome is accepted by one of two.
    // The middle-most candidates are o1 and o3 (equally off centre); the scale order breaks that last tie.
    let ds = fixture(
        issues(),
        json!([
            {"party": "a", "issue": "o", "acceptable": ["o0", "o4"]},
            {"party": "b", "issue": "o", "acceptable": ["o1", "o3"]}
        ]),
    );
    let snap = Snapshot::at(&ds, ds.latest_date());
    let g = common_ground(&ds, &snap, IssueIx(0), &[PartyIx(0), PartyIx(1)]);
    assert_eq!(g.closest(), Some((1, vec![PartyIx(0)])));
}

#[test]
fn common_ground_on_quantities_names_the_two_ends_of_the_gap() {
    let ds = fixture(
        issues(),
        json!([
            {"party": "a", "issue": "q", "preferred": 85000, "max": 100000},
            {"party": "b", "issue": "q", "preferred": 250000, "min": 250000},
            {"party": "c", "issue": "q", "min": 50000, "max": 900000}
        ]),
    );
    let snap = Snapshot::at(&ds, ds.latest_date());
    let g = common_ground(&ds, &snap, IssueIx(1), &[PartyIx(0), PartyIx(1), PartyIx(2)]);
    assert!(!g.exists());
    assert_eq!(g.range_blockers, [PartyIx(1), PartyIx(0)]);
    let two = common_ground(&ds, &snap, IssueIx(1), &[PartyIx(1), PartyIx(2)]);
    assert_eq!(
        describe_shared(&en(), ds.issue(IssueIx(1)), two.shared.as_ref().expect("known")),
        "between 250,000 and 900,000 troops"
    );
}

#[test]
fn parties_without_positions_are_listed_as_unknown_not_counted() {
    let ds = fixture(issues(), json!([{"party": "a", "issue": "o", "preferred": "o2", "acceptable": ["o2", "o3"]}]));
    let snap = Snapshot::at(&ds, ds.latest_date());
    let g = common_ground(&ds, &snap, IssueIx(0), &[PartyIx(0), PartyIx(1)]);
    assert_eq!(g.known, [PartyIx(0)]);
    assert_eq!(g.unknown, [PartyIx(1)]);
}

#[test]
fn framework_fit_counts_compatible_red_line_outside_and_unknown() {
    let loaded = fixture_loaded(
        issues(),
        json!([
            {"party": "a", "issue": "o", "preferred": "o0", "acceptable": ["o0"], "rejected": ["o4"]},
            {"party": "a", "issue": "q", "preferred": 85000, "max": 85000},
            {"party": "b", "issue": "o", "preferred": "o4", "acceptable": ["o4", "o3"]},
            {"party": "b", "issue": "q", "preferred": 250000, "min": 250000}
        ]),
        json!([{
            "id": "draft", "name": "Draft", "date": "2022-04-15", "status": "draft", "summary": "x",
            "provisions": [
                {"label": "1", "issue": "o", "outcome": "o4"},
                {"label": "2", "issue": "q", "outcome": 600000},
                {"label": "3", "issue": "s", "outcome": ["s0"]},
                {"label": "Annex", "issue": "q", "alternatives": [
                    {"party": "a", "outcome": 85000, "summary": "85,000"},
                    {"party": "b", "outcome": 250000, "summary": "250,000"}
                ]}
            ]
        }]),
    );
    assert!(loaded.diagnostics.is_empty(), "{:?}", loaded.diagnostics);
    let ds = &loaded.dataset;
    let snap = Snapshot::at(ds, ds.latest_date());
    let fw = ds.framework("draft").expect("framework");
    let fit = framework_fit(ds, &snap, fw, &[PartyIx(0), PartyIx(1), PartyIx(2)]);
    assert_eq!(fit.provisions[0].fits, [Fit::RedLine, Fit::Compatible, Fit::Unknown]);
    assert_eq!(fit.provisions[1].fits, [Fit::OutsideRange(Outside::By(515000.0)), Fit::Compatible, Fit::Unknown]);
    assert_eq!(fit.provisions[2].fits, [Fit::Unknown, Fit::Unknown, Fit::Unknown]);
    assert!(fit.provisions[3].fits.is_empty());
    let by = |d| Fit::OutsideRange(Outside::By(d));
    assert_eq!(fit.provisions[3].alternatives[0], [Fit::Compatible, by(165000.0), Fit::Unknown]);
    assert_eq!(fit.provisions[3].alternatives[1], [by(165000.0), Fit::Compatible, Fit::Unknown]);
    let counts: Vec<String> = fit
        .counts
        .iter()
        .map(|c| format!("{}✓ {}✗ {}? {}disputed", c.compatible, c.conflict, c.unknown, c.disputed))
        .collect();
    assert_eq!(counts, ["0✓ 2✗ 1? 1disputed", "2✓ 0✗ 1? 1disputed", "0✓ 0✗ 3? 1disputed"]);
}

#[test]
fn snapshots_take_the_latest_position_on_or_before_the_date() {
    let ds = fixture(
        issues(),
        json!([
            {"party": "a", "issue": "o", "as_of": "2022-03-29", "summary": "spring", "preferred": "o3", "acceptable": ["o3"]},
            {"party": "a", "issue": "o", "as_of": "2025-12-14", "summary": "winter", "preferred": "o2", "acceptable": ["o2"]},
            {"party": "b", "issue": "o", "as_of": "2024-06-14", "summary": "june", "preferred": "o4", "acceptable": ["o4"]}
        ]),
    );
    let at = |d: &str, p: usize| {
        let snap = Snapshot::at(&ds, date(d));
        snap.position(&ds, PartyIx(p), IssueIx(0)).map(|x| x.summary.shown().to_string())
    };
    assert_eq!(at("2022-03-28", 0), None);
    assert_eq!(at("2022-03-29", 0).as_deref(), Some("spring"));
    assert_eq!(at("2025-12-13", 0).as_deref(), Some("spring"));
    assert_eq!(at("2026-01-01", 0).as_deref(), Some("winter"));
    assert_eq!(at("2023-01-01", 1), None);
}

#[test]
fn changes_list_moved_positions_and_changed_relations() {
    let ds = fixture(
        issues(),
        json!([
            {"party": "a", "issue": "o", "as_of": "2022-03-29", "preferred": "o3", "acceptable": ["o3"]},
            {"party": "a", "issue": "o", "as_of": "2025-12-14", "preferred": "o2", "acceptable": ["o2", "o4"]},
            {"party": "a", "issue": "q", "as_of": "2023-01-01", "preferred": 5},
            {"party": "a", "issue": "q", "as_of": "2025-01-01", "summary": "restated", "preferred": 5},
            {"party": "b", "issue": "o", "as_of": "2022-01-01", "preferred": "o4", "acceptable": ["o4"]}
        ]),
    );
    let (from, to) = (Snapshot::at(&ds, date("2024-01-01")), Snapshot::at(&ds, date("2026-01-01")));
    let moved: Vec<String> =
        changes(&ds, &from, &to).iter().map(|c| format!("{} {}", ds.party(c.party).id, ds.issue(c.issue).id)).collect();
    // A restatement with the same stance is not a move.
    assert_eq!(moved, ["a o"]);
    let rel = relation_changes(&ds, &from, &to, &[PartyIx(0), PartyIx(1)]);
    assert_eq!(rel.len(), 1);
    assert_eq!((rel[0].before.kind(), rel[0].after.kind()), (RelationKind::Conflict, RelationKind::Overlap));
}

#[test]
fn pair_summary_counts_and_names_issues() {
    let ds = fixture(
        issues(),
        json!([
            {"party": "a", "issue": "o", "preferred": "o0", "acceptable": ["o0"]},
            {"party": "b", "issue": "o", "preferred": "o4", "acceptable": ["o4"]},
            {"party": "a", "issue": "q", "preferred": 10, "min": 5},
            {"party": "b", "issue": "q", "preferred": 7, "max": 8}
        ]),
    );
    let snap = Snapshot::at(&ds, date("2025-06-01"));
    let relations = pair_relations(&ds, &snap, PartyIx(0), PartyIx(1));
    let (counts, text) =
        (PairCounts::of(&relations), pair_summary(&en(), &ds, snap.date, PartyIx(0), PartyIx(1), &relations));
    assert_eq!((counts.conflict, counts.overlap, counts.agree, counts.unknown), (1, 1, 0, 1));
    assert_eq!(
        text,
        "As of 1 June 2025, Alpha and Beta conflict on 1 of the 2 issues where both positions are known; \
         they overlap on Quantity. On 1 issue the position of one or both is not known."
    );
}

/// Like `check_relation`, in both orders: the words must not depend on which party comes first.
fn check_both_ways(issue: &str, a: serde_json::Value, b: serde_json::Value, expected: &str) {
    check_relation(issue, a.clone(), b.clone(), expected);
    check_relation(issue, b, a, expected);
}

#[test]
fn a_party_that_only_rejects_conflicts_with_one_that_accepts_only_its_red_lines() {
    check_both_ways(
        "o",
        json!({"rejected": ["o1"]}),
        json!({"preferred": "o1", "acceptable": ["o1"]}),
        "conflict: one side rejects every outcome the other accepts",
    );
    check_both_ways(
        "o",
        json!({"rejected": ["o1", "o2"]}),
        json!({"acceptable": ["o1", "o2"], "rejected": ["o0"]}),
        "conflict: one side rejects every outcome the other accepts",
    );
    check_both_ways(
        "s",
        json!({"rejected": ["s0"]}),
        json!({"preferred": ["s0"], "acceptable": ["s0"]}),
        "conflict: one side rejects every item the other accepts",
    );
}

#[test]
fn a_party_that_only_rejects_leaves_the_rest_possible() {
    check_both_ways(
        "o",
        json!({"rejected": ["o1"]}),
        json!({"preferred": "o1", "acceptable": ["o1", "o2"]}),
        "possible: neither rules out O2",
    );
    // Two parties that only reject: possible while some outcome is rejected by neither.
    check_both_ways(
        "o",
        json!({"rejected": ["o0", "o1"]}),
        json!({"rejected": ["o1", "o4"]}),
        "possible: neither rules out O2; O3",
    );
    check_both_ways(
        "o",
        json!({"rejected": ["o0", "o1"]}),
        json!({"rejected": ["o2", "o3", "o4"]}),
        "conflict: between them they reject every outcome",
    );
}

#[test]
fn an_outcome_neither_lists_does_not_make_two_accepting_parties_possible() {
    // Both name what they accept: what they leave out is not acceptable to them, so nothing both
    // accept is a conflict even though neither rejects o2.
    check_both_ways(
        "o",
        json!({"preferred": "o0", "acceptable": ["o0"]}),
        json!({"preferred": "o4", "acceptable": ["o4"]}),
        "conflict: 4 steps apart on the scale",
    );
}

fn real_loaded() -> common_ground::model::Loaded {
    common_ground::load::load(&crate::read_repo_file("data/positions.json")).expect("dataset")
}

#[test]
fn russia_rejecting_the_tribunal_that_ukraine_alone_accepts_is_a_conflict_not_unknown() {
    // Russia's position of 17 March 2023 only rejects a tribunal; Ukraine accepts nothing else.
    let loaded = real_loaded();
    let ds = &loaded.dataset;
    let snap = Snapshot::at(ds, date("2024-01-01"));
    let issue = ds.issue_ix("accountability").expect("issue");
    let (ru, ua) = (ds.party_ix("ru").expect("ru"), ds.party_ix("ua").expect("ua"));
    let side = |p| (p, snap.position(ds, p, issue).map(|x| &x.stance));
    let relation = relate(ds.issue(issue), side(ru).1, side(ua).1);
    assert_eq!(relation.kind(), RelationKind::Conflict);
    assert_eq!(
        describe_pair_relation(&en(), ds, ds.issue(issue), &relation, side(ru), side(ua)),
        "conflict: Russia rejects Prosecution and a special tribunal, the only outcome Ukraine accepts"
    );
    assert_eq!(
        describe_pair_relation(&en(), ds, ds.issue(issue), &relation, side(ua), side(ru)),
        "conflict: Russia rejects Prosecution and a special tribunal, the only outcome Ukraine accepts"
    );
    // The peace formula's tribunal is Russia's red line at the same date: fit and relation agree.
    let formula = ds.framework("peace-formula-2022-11").expect("framework");
    let fit = framework_fit(ds, &snap, formula, &[ru, ua]);
    let provision = formula.provisions.iter().position(|p| p.issue == issue).expect("provision");
    assert_eq!(fit.provisions[provision].fits, [Fit::RedLine, Fit::Compatible]);
}

#[test]
fn an_issue_summary_does_not_call_a_party_with_red_lines_not_known() {
    let loaded = real_loaded();
    let ds = &loaded.dataset;
    let snap = Snapshot::at(ds, date("2024-01-01"));
    let issue = ds.issue_ix("accountability").expect("issue");
    let all: Vec<PartyIx> = (0..ds.parties.len()).map(PartyIx).collect();
    let g = common_ground(ds, &snap, issue, &all);
    let text = issue_summary(&en(), ds, ds.issue(issue), snap.date, &g);
    assert!(
        text.starts_with(
            "As of 1 January 2024, Russia and Ukraine share no acceptable outcome on Accountability and amnesty. \
             Russia names no outcome it accepts, only what it rejects: Prosecution and a special tribunal. Not known: "
        ),
        "{text}"
    );
    assert!(!text.contains("Not known: Russia"), "{text}");
    assert_eq!(g.closest(), Some((0, vec![ds.party_ix("ru").expect("ru")])), "the tribunal, blocked by Russia alone");
}

fn one_issue_of_three(positions: serde_json::Value) -> (Dataset, CommonGround) {
    let ds = fixture(issues(), positions);
    let snap = Snapshot::at(&ds, ds.latest_date());
    let g = common_ground(&ds, &snap, IssueIx(0), &[PartyIx(0), PartyIx(1), PartyIx(2)]);
    (ds, g)
}

#[test]
fn a_red_line_blocks_common_ground_even_from_a_party_that_accepts_nothing() {
    let (ds, g) = one_issue_of_three(json!([
        {"party": "a", "issue": "o", "acceptable": ["o1", "o2"]},
        {"party": "b", "issue": "o", "acceptable": ["o1", "o2", "o3"]},
        {"party": "c", "issue": "o", "rejected": ["o1"]}
    ]));
    assert_eq!(g.known, [PartyIx(0), PartyIx(1), PartyIx(2)], "a party with red lines is known");
    assert_eq!(g.rejects_only, [PartyIx(2)]);
    assert!(!g.exists(), "c accepts nothing, so nothing is accepted by all");
    assert_eq!(g.possible, [2], "o2: no one rules it out, c has not said");
    assert_eq!(g.blockers.iter().find(|b| b.outcome == 1).map(|b| b.rejected_by.clone()), Some(vec![PartyIx(2)]));
    assert_eq!(g.closest(), None, "there is a possible common ground");
    assert_eq!(
        issue_summary(&en(), &ds, ds.issue(IssueIx(0)), ds.latest_date(), &g),
        "As of 1 January 2025, Alpha, Beta and Gamma share no outcome all of them accept on Options, but none of them \
         rules out: O2. Gamma names no outcome it accepts, only what it rejects: O1."
    );
    // When c rejects both, nothing is possible, and the closest outcome is the one c alone blocks.
    let (_, g) = one_issue_of_three(json!([
        {"party": "a", "issue": "o", "acceptable": ["o1", "o2"]},
        {"party": "b", "issue": "o", "acceptable": ["o1", "o2", "o3"]},
        {"party": "c", "issue": "o", "rejected": ["o1", "o2"]}
    ]));
    assert!(g.possible.is_empty());
    // o3: b accepts it, a does not list it, c is silent on it: one party in the way, no red line.
    assert_eq!(g.closest(), Some((3, vec![PartyIx(0)])));
}

#[test]
fn a_party_with_no_position_blocks_nothing() {
    let (_, g) = one_issue_of_three(json!([
        {"party": "a", "issue": "o", "acceptable": ["o1", "o2"]},
        {"party": "b", "issue": "o", "acceptable": ["o2", "o3"]},
        {"party": "c", "issue": "o", "summary": "says nothing comparable"}
    ]));
    assert_eq!(g.unknown, [PartyIx(2)]);
    assert_eq!(g.shared, Some(Shared::Outcomes(vec![2])));
}

#[test]
fn the_changes_view_reports_a_gap_that_narrows_within_a_conflict() {
    // The Iran talks: a cap on centrifuges, with the gap narrowing from 5,400 to 4,340.
    let issues =
        json!([{"id": "centrifuges", "topic": "t", "name": "Centrifuges", "kind": "quantity", "unit": "centrifuges"}]);
    let ds = fixture(
        issues,
        json!([
            {"party": "a", "issue": "centrifuges", "as_of": "2014-01-01", "preferred": 1000, "max": 1000},
            {"party": "b", "issue": "centrifuges", "as_of": "2014-01-01", "preferred": 6400, "min": 6400},
            {"party": "b", "issue": "centrifuges", "as_of": "2015-01-01", "preferred": 5340, "min": 5340}
        ]),
    );
    let (from, to) = (Snapshot::at(&ds, date("2014-06-01")), Snapshot::at(&ds, date("2015-06-01")));
    let rel = relation_changes(&ds, &from, &to, &[PartyIx(0), PartyIx(1)]);
    assert_eq!(rel.len(), 1);
    assert_eq!(rel[0].movement(), Some(Movement::Narrowed));
    let words = describe_movement(&en(), ds.issue(IssueIx(0)), &rel[0], Movement::Narrowed);
    assert_eq!(words, "gap narrowed from 5,400 to 4,340 centrifuges");
    let moved = changes(&ds, &from, &to);
    assert!(
        changes_summary(&en(), &ds, from.date, to.date, &moved, &rel)
            .ends_with("; 0 relations between parties changed as a result, and 1 moved within their kind."),
        "the summary counts the movement"
    );
}

#[test]
fn the_changes_view_reports_an_overlap_that_widens() {
    let ds = fixture(
        issues(),
        json!([
            {"party": "a", "issue": "o", "as_of": "2022-01-01", "acceptable": ["o1", "o2", "o3"]},
            {"party": "b", "issue": "o", "as_of": "2022-01-01", "acceptable": ["o3", "o4"]},
            {"party": "b", "issue": "o", "as_of": "2023-01-01", "acceptable": ["o2", "o3", "o4"]},
            {"party": "a", "issue": "q", "as_of": "2022-01-01", "max": 100000},
            {"party": "b", "issue": "q", "as_of": "2022-01-01", "min": 90000},
            {"party": "b", "issue": "q", "as_of": "2023-01-01", "min": 90000, "max": 95000}
        ]),
    );
    let (from, to) = (Snapshot::at(&ds, date("2022-06-01")), Snapshot::at(&ds, date("2023-06-01")));
    let words: Vec<String> = relation_changes(&ds, &from, &to, &[PartyIx(0), PartyIx(1)])
        .iter()
        .map(|r| {
            format!(
                "{}: {}",
                ds.issue(r.issue).id,
                describe_movement(&en(), ds.issue(r.issue), r, r.movement().expect("moved"))
            )
        })
        .collect();
    assert_eq!(
        words,
        [
            "o: shared outcomes grew from O3 to O2; O3",
            "q: shared range shrank from between 90,000 and 100,000 troops to between 90,000 and 95,000 troops",
        ]
    );
}

#[test]
fn an_infinite_gap_blames_the_side_that_holds_no_limit() {
    let issues = json!([{"id": "years", "topic": "t", "name": "Duration", "kind": "quantity",
        "unit": {"one": "year", "other": "years"}, "unlimited": "permanent"}]);
    let loaded = fixture_loaded(
        issues,
        json!([
            {"party": "a", "issue": "years", "preferred": 10, "max": 10},
            {"party": "b", "issue": "years", "preferred": "unlimited", "min": "unlimited"}
        ]),
        json!([{
            "id": "deal", "name": "Deal", "date": "2015-07-14", "status": "signed", "summary": "x",
            "provisions": [
                {"label": "1", "issue": "years", "outcome": "unlimited"},
                {"label": "2", "issue": "years", "outcome": 11},
                {"label": "3", "issue": "years", "outcome": 10}
            ]
        }]),
    );
    assert!(loaded.diagnostics.is_empty(), "{:?}", loaded.diagnostics);
    let ds = &loaded.dataset;
    let snap = Snapshot::at(ds, ds.latest_date());
    let fit = framework_fit(ds, &snap, ds.framework("deal").expect("framework"), &[PartyIx(0), PartyIx(1)]);
    let words: Vec<Vec<String>> = fit
        .provisions
        .iter()
        .map(|p| p.fits.iter().map(|f| describe_fit(&en(), ds.issue(IssueIx(0)), *f)).collect())
        .collect();
    assert_eq!(
        words,
        [
            ["outside: the text says “permanent”", "compatible"],
            ["outside by 1 year", "outside: accepts only “permanent”"],
            ["compatible", "outside: accepts only “permanent”"],
        ]
    );
    assert_eq!(relation_words(ds, "years"), "conflict: one side accepts only “permanent”");
}

#[test]
fn pair_summary_names_possible_issues_apart_from_unknown_ones() {
    let ds = fixture(
        issues(),
        json!([
            {"party": "a", "issue": "o", "rejected": ["o0"]},
            {"party": "b", "issue": "o", "acceptable": ["o0", "o1"]},
            {"party": "a", "issue": "s", "acceptable": ["s0"]}
        ]),
    );
    let snap = Snapshot::at(&ds, date("2025-06-01"));
    let relations = pair_relations(&ds, &snap, PartyIx(0), PartyIx(1));
    let counts = PairCounts::of(&relations);
    assert_eq!((counts.possible, counts.unknown, counts.known()), (1, 2, 1));
    assert_eq!(
        pair_summary(&en(), &ds, snap.date, PartyIx(0), PartyIx(1), &relations),
        "As of 1 June 2025, Alpha and Beta conflict on 0 of the 1 issues where both positions are known. \
         On 1 issue no outcome both accept is known, but some are ruled out by neither: Options. \
         On 2 issues the position of one or both is not known."
    );
}
