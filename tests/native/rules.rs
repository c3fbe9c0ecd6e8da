//! The points `docs/DATA_FORMAT.md` once left open, each settled in the rules and pinned here on
//! a fixture worked by hand: ties for the closest outcome and for the ends of a quantity's gap,
//! common ground with fewer than two positions known, and positions that say nothing over time.

use common_ground::analysis::{changes, common_ground, relation_changes, Snapshot};
use common_ground::model::{Date, IssueIx, PartyIx};
use common_ground::present::page;
use serde_json::json;

use crate::{fixture, fixture_loaded, issues};

const A: PartyIx = PartyIx(0);
const B: PartyIx = PartyIx(1);
const C: PartyIx = PartyIx(2);
const Q: IssueIx = IssueIx(1);
const S: IssueIx = IssueIx(2);

fn date(s: &str) -> Date {
    Date::parse(s).expect("test date")
}

#[test]
fn on_a_set_the_closest_item_among_equals_is_the_first_not_the_middle_one() {
    // a accepts s0 and s3, b accepts s1 and s2: every item is accepted by one of the two and left
    // out by the other, and neither rejects any. A set's items have no middle, so the first item
    // is the closest; the middle of a four-step scale would have made it s1.
    let ds = fixture(
        issues(),
        json!([
            {"party": "a", "issue": "s", "acceptable": ["s0", "s3"]},
            {"party": "b", "issue": "s", "acceptable": ["s1", "s2"]}
        ]),
    );
    let snap = Snapshot::at(&ds, ds.latest_date());
    let g = common_ground(&ds, &snap, S, &[A, B]);
    assert!(!g.exists() && g.possible.is_empty());
    assert_eq!(g.closest(), Some((0, vec![B])));
}

#[test]
fn on_a_scale_the_closest_among_equals_is_the_nearest_the_middle_then_the_lower() {
    // Four options would leave two equally near the middle; the fixture's five have o2 there.
    // a accepts o1 and o4, b accepts o0 and o3: each is one party's. o1 and o3 are both one step
    // from the middle, o2; the lower, o1, is taken, and b stands in its way.
    let ds = fixture(
        issues(),
        json!([
            {"party": "a", "issue": "o", "acceptable": ["o1", "o4"]},
            {"party": "b", "issue": "o", "acceptable": ["o0", "o3"]}
        ]),
    );
    let snap = Snapshot::at(&ds, ds.latest_date());
    assert_eq!(common_ground(&ds, &snap, IssueIx(0), &[A, B]).closest(), Some((1, vec![B])));
}

#[test]
fn of_parties_sharing_the_highest_minimum_the_first_asked_is_named() {
    // a and b both want at least 300, c at most 100: no shared range. The highest minimum, 300,
    // is a's and b's; the first of them in the order asked is named, with c's maximum.
    let ds = fixture(
        issues(),
        json!([
            {"party": "a", "issue": "q", "min": 300},
            {"party": "b", "issue": "q", "min": 300, "max": 500},
            {"party": "c", "issue": "q", "max": 100}
        ]),
    );
    let snap = Snapshot::at(&ds, ds.latest_date());
    assert_eq!(common_ground(&ds, &snap, Q, &[A, B, C]).range_blockers, [A, C]);
    assert_eq!(common_ground(&ds, &snap, Q, &[B, A, C]).range_blockers, [B, C]);
    // Ties at the lowest maximum likewise: b's 100 and c's 100, b asked first.
    let ds = fixture(
        issues(),
        json!([
            {"party": "a", "issue": "q", "min": 300},
            {"party": "b", "issue": "q", "max": 100},
            {"party": "c", "issue": "q", "max": 100}
        ]),
    );
    let snap = Snapshot::at(&ds, ds.latest_date());
    assert_eq!(common_ground(&ds, &snap, Q, &[A, B, C]).range_blockers, [A, B]);
}

#[test]
fn with_one_position_known_there_is_no_common_ground_to_speak_of() {
    // On the options issue a and b overlap on o1. On the quantity only a has a position: its
    // range is not common ground, and the matrix counts one issue, not two.
    let l = fixture_loaded(
        issues(),
        json!([
            {"party": "a", "issue": "o", "acceptable": ["o0", "o1"]},
            {"party": "b", "issue": "o", "acceptable": ["o1", "o2"]},
            {"party": "a", "issue": "q", "min": 100, "max": 300}
        ]),
        json!([]),
    );
    let ds = &l.dataset;
    let snap = Snapshot::at(ds, ds.latest_date());
    let g = common_ground(ds, &snap, Q, &[A, B, C]);
    assert!(g.too_few() && g.exists(), "the engine still computes a's range, for the deal builder");
    let text = page(&l, "?view=matrix").body.to_text();
    assert!(text.contains("share common ground on 1 of the 1 issues where at least two positions are known"), "{text}");
    assert!(text.contains("Too few known positions"), "{text}");
    assert!(!text.contains("Common ground: between 100 and 300 troops"), "{text}");
    assert!(text.contains("Too few known positions for common ground."), "the quantity's strip caption: {text}");
}

#[test]
fn a_position_that_says_nothing_counts_as_no_position_over_time() {
    let ds = fixture(
        issues(),
        json!([
            // a: a position, then one that says nothing: a change.
            {"party": "a", "issue": "o", "as_of": "2022-01-01", "acceptable": ["o1"]},
            {"party": "a", "issue": "o", "as_of": "2025-01-01", "summary": "no figure given"},
            // b: nothing, then a position that says nothing: no change.
            {"party": "b", "issue": "o", "as_of": "2025-01-01", "summary": "calls for talks"},
            // c: two positions that say nothing: no change.
            {"party": "c", "issue": "q", "as_of": "2022-01-01", "summary": "no figure"},
            {"party": "c", "issue": "q", "as_of": "2025-01-01", "summary": "still no figure"},
            // b: a position that says nothing, then one that says something: a change.
            {"party": "b", "issue": "s", "as_of": "2022-01-01", "summary": "undecided"},
            {"party": "b", "issue": "s", "as_of": "2025-01-01", "acceptable": ["s0"]},
            // a: nothing on the set, then a position that says nothing: no change.
            {"party": "a", "issue": "s", "as_of": "2025-01-01", "summary": "undecided"}
        ]),
    );
    let (from, to) = (Snapshot::at(&ds, date("2024-01-01")), Snapshot::at(&ds, date("2026-01-01")));
    let moved: Vec<String> = changes(&ds, &from, &to)
        .iter()
        .map(|c| {
            let words = |p: Option<&common_ground::model::Position>| {
                p.map_or("none".to_string(), |p| p.summary.shown().to_string())
            };
            format!("{} {}: {} → {}", ds.party(c.party).id, ds.issue(c.issue).id, words(c.before), words(c.after))
        })
        .collect();
    // The changes keep the records, so the view shows what the party said in its own words.
    assert_eq!(moved, ["a o: s → no figure given", "b s: undecided → s"]);
    // Every relation is unknown at both dates: on the options issue b has no position in 2024
    // and a says nothing in 2026; on the set b says nothing in 2024 and a in 2026.
    assert_eq!(relation_changes(&ds, &from, &to, &[A, B, C]), []);
}
