//! Relations, common ground, framework fit and time, on small hand-written fixtures.
//! Expected results are written as the words the app shows.

use common_ground::analysis::*;
use common_ground::model::{Dataset, Date, IssueIx, PartyIx};
use serde_json::json;

use crate::{fixture, fixture_loaded, issues};

fn date(s: &str) -> Date {
    Date::parse(s).expect("test date")
}

/// Relates parties a and b on `issue` at the latest date and describes it in words.
fn relation_words(ds: &Dataset, issue: &str) -> String {
    let snap = Snapshot::at(ds, ds.latest_date());
    let ix = ds.issue_ix(issue).expect("issue");
    let s = |p| snap.position(ds, PartyIx(p), ix).map(|x| &x.stance);
    describe_relation(ds.issue(ix), &relate(s(0), s(1)))
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
fn unknown_when_a_position_is_missing_or_has_no_acceptable_outcome() {
    let ds = fixture(issues(), json!([{"party": "a", "issue": "o", "preferred": "o0", "acceptable": ["o0"]}]));
    assert_eq!(relation_words(&ds, "o"), "unknown");
    check_relation("o", json!({"rejected": ["o1"]}), json!({"preferred": "o1", "acceptable": ["o1"]}), "unknown");
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
        "conflict: one side accepts no limit at all",
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
    assert_eq!(describe_shared(ds.issue(IssueIx(0)), g.shared.as_ref().expect("known")), "O1");
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
        describe_shared(ds.issue(IssueIx(1)), two.shared.as_ref().expect("known")),
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
    assert_eq!(fit.provisions[1].fits, [Fit::OutsideRange(515000.0), Fit::Compatible, Fit::Unknown]);
    assert_eq!(fit.provisions[2].fits, [Fit::Unknown, Fit::Unknown, Fit::Unknown]);
    assert!(fit.provisions[3].fits.is_empty());
    assert_eq!(fit.provisions[3].alternatives[0], [Fit::Compatible, Fit::OutsideRange(165000.0), Fit::Unknown]);
    assert_eq!(fit.provisions[3].alternatives[1], [Fit::OutsideRange(165000.0), Fit::Compatible, Fit::Unknown]);
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
        snap.position(&ds, PartyIx(p), IssueIx(0)).map(|x| x.summary.en().to_string())
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
    assert_eq!((rel[0].before, rel[0].after), (RelationKind::Conflict, RelationKind::Overlap));
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
    let (counts, text) = pair_summary(&ds, &snap, PartyIx(0), PartyIx(1));
    assert_eq!((counts.conflict, counts.overlap, counts.agree, counts.unknown), (1, 1, 0, 1));
    assert_eq!(
        text,
        "As of 1 June 2025, Alpha and Beta conflict on 1 of the 2 issues where both positions are known; \
         they overlap on Quantity. On 1 issue the position of one or both is not known."
    );
}
