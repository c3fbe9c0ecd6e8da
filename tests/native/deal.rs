//! The deal builder: verdicts, suggestions, single changes and plan comparisons on a small
//! fixture, each worked out by hand in the comments, and its permalinks.

use common_ground::analysis::{
    compare, evaluate, fill, single_changes, suggest, Basis, Fit, Outside, Package, PickChange, Snapshot, Standing,
};
use common_ground::model::{IssueIx, Loaded, Outcome, PartyIx};
use common_ground::present::{page, Node};
use common_ground::url::{parse, resolve, to_query, View};
use serde_json::json;

use crate::{fixture_loaded, issues};

const O: IssueIx = IssueIx(0);
const Q: IssueIx = IssueIx(1);
const S: IssueIx = IssueIx(2);
const A: PartyIx = PartyIx(0);
const B: PartyIx = PartyIx(1);
const C: PartyIx = PartyIx(2);

/// Alpha accepts o0, o1, o3 and rejects o4; Beta accepts o3, o4 and rejects o0; Gamma names
/// only a red line, o0. On the quantity Alpha accepts 100..300 and Beta at least 200; Gamma has
/// no figure. On the set Alpha accepts s0, s1 and rejects s3; Beta accepts s0, s2.
/// The plan sets o1, 250 and {s0, s1}; the other document only o4.
fn loaded() -> Loaded {
    fixture_loaded(
        issues(),
        json!([
            {"party": "a", "issue": "o", "preferred": "o0", "acceptable": ["o0", "o1", "o3"], "rejected": ["o4"]},
            {"party": "b", "issue": "o", "preferred": "o4", "acceptable": ["o3", "o4"], "rejected": ["o0"]},
            {"party": "c", "issue": "o", "rejected": ["o0"]},
            {"party": "a", "issue": "q", "min": 100, "max": 300},
            {"party": "b", "issue": "q", "min": 200},
            {"party": "a", "issue": "s", "acceptable": ["s0", "s1"], "rejected": ["s3"]},
            {"party": "b", "issue": "s", "acceptable": ["s0", "s2"]}
        ]),
        json!([
            {"id": "plan", "name": "Plan", "date": "2025-02-01", "status": "proposal", "summary": "x",
             "provisions": [
                {"label": "1", "issue": "o", "outcome": "o1"},
                {"label": "2", "issue": "q", "outcome": 250},
                {"label": "3", "issue": "s", "outcome": ["s1", "s0"]}
             ]},
            {"id": "other", "name": "Other", "date": "2025-03-01", "status": "proposal", "summary": "x",
             "provisions": [{"label": "1", "issue": "o", "outcome": "o4"}]}
        ]),
    )
}

fn package(l: &Loaded, picks: &[(IssueIx, Outcome)]) -> Package {
    let mut p = Package::from_framework(&l.dataset, &l.dataset.frameworks[0]);
    for (i, o) in picks {
        p.set(*i, Some(o.clone()));
    }
    p
}

fn parties() -> Vec<PartyIx> {
    vec![A, B, C]
}

#[test]
fn the_plan_as_a_package_alpha_signs_beta_leaves_two_picks_out_gamma_is_unknown() {
    let l = loaded();
    let ds = &l.dataset;
    assert!(l.diagnostics.is_empty(), "{:?}", l.diagnostics);
    let snap = Snapshot::at(ds, ds.latest_date());
    let deals = evaluate(ds, &snap, &package(&l, &[]), &parties());
    // Alpha accepts o1, 250 (inside 100..300) and both s0 and s1.
    assert_eq!(deals[0].standing, Standing::Signs);
    assert_eq!(deals[0].accepted, [O, Q, S]);
    // Beta names what it accepts: o1 is not among it, nor is s1; 250 is at least 200.
    assert_eq!(deals[1].standing, Standing::LeftOut);
    assert_eq!(deals[1].left_out, [O, S]);
    assert_eq!(deals[1].accepted, [Q]);
    // The fits are the framework view's: unknown, not a red line, for what Beta left out.
    assert_eq!(deals[1].fits, [(O, Fit::Unknown), (Q, Fit::Compatible), (S, Fit::Unknown)]);
    // Gamma rejects only o0 and has no other position: nothing known, nothing ruled out.
    assert_eq!(deals[2].standing, Standing::Unknown);
    assert_eq!(deals[2].unknown, [O, Q, S]);
}

#[test]
fn red_lines_crossed_are_counted_and_named() {
    let l = loaded();
    let ds = &l.dataset;
    let snap = Snapshot::at(ds, ds.latest_date());
    // o4 is Alpha's red line and 350 is 50 above its maximum; Beta accepts both, but not s1.
    let p = package(&l, &[(O, Outcome::Option(4)), (Q, Outcome::Quantity(350.0))]);
    let deals = evaluate(ds, &snap, &p, &parties());
    assert_eq!(deals[0].standing, Standing::RedLines);
    assert_eq!(deals[0].crossed, [O, Q]);
    assert_eq!(deals[0].fits[1], (Q, Fit::OutsideRange(Outside::By(50.0))));
    assert_eq!(deals[1].standing, Standing::LeftOut);
    assert_eq!(deals[1].left_out, [S]);
    // Gamma does not reject o4: still unknown.
    assert_eq!(deals[2].standing, Standing::Unknown);
    let text = page(&l, "?view=deal&base=plan&pick=o:o4,q:350").body.to_text();
    assert!(text.contains("crosses 2 of Alpha's red lines: Options and Quantity; accepts 1 pick."), "{text}");
    assert!(text.contains("Alpha could not") || text.contains("Alpha and Beta could not"), "{text}");
}

#[test]
fn a_party_with_gaps_could_sign_but_not_as_it_stands() {
    let l = loaded();
    let ds = &l.dataset;
    let snap = Snapshot::at(ds, ds.latest_date());
    // o3: Alpha and Beta accept it, Gamma does not reject it; only the option issue is picked.
    let mut p = Package::empty(ds);
    p.set(O, Some(Outcome::Option(3)));
    p.set(Q, Some(Outcome::Quantity(250.0)));
    let deals = evaluate(ds, &snap, &p, &parties());
    assert_eq!(deals[0].standing, Standing::Signs);
    assert_eq!(deals[1].standing, Standing::Signs);
    assert_eq!(deals[2].standing, Standing::Unknown);
    // Gamma has no position on the quantity; give it one figure and it accepts 250, but says
    // nothing of o3: it could sign with gaps.
    let l2 = fixture_loaded(
        issues(),
        json!([
            {"party": "c", "issue": "o", "rejected": ["o0"]},
            {"party": "c", "issue": "q", "max": 300}
        ]),
        json!([]),
    );
    let snap = Snapshot::at(&l2.dataset, l2.dataset.latest_date());
    let deals = evaluate(&l2.dataset, &snap, &p, &parties());
    assert_eq!(deals[2].standing, Standing::Gaps);
    assert!(deals[2].standing.could_sign());
    assert_eq!((deals[2].accepted.as_slice(), deals[2].unknown.as_slice()), (&[Q][..], &[O][..]));
}

#[test]
fn suggestions_for_an_empty_package_and_what_they_fill() {
    let l = loaded();
    let ds = &l.dataset;
    let snap = Snapshot::at(ds, ds.latest_date());
    let empty = Package::empty(ds);
    let s = suggest(ds, &snap, &empty, &parties());
    assert_eq!(s.len(), 3);
    // Options: Alpha and Beta both accept only o3 in common, and Gamma (red lines only) does not
    // reject it: possible common ground, accepted by 2 of the 3 parties with positions.
    assert_eq!((s[0].issue, &s[0].outcome, s[0].basis), (O, &Outcome::Option(3), Basis::Possible));
    assert_eq!((s[0].accepted_by.as_slice(), s[0].known), (&[A, B][..], 3));
    // Quantity: 100..300 and 200.. share 200..300, whose middle is 250.
    assert_eq!((&s[1].outcome, s[1].basis), (&Outcome::Quantity(250.0), Basis::Middle));
    // Set: s0 is the only item both accept.
    assert_eq!((&s[2].outcome, s[2].basis), (&Outcome::Items(vec![0]), Basis::Common));
    // Filled, Alpha and Beta accept every pick.
    let deals = evaluate(ds, &snap, &fill(&empty, &s), &parties());
    assert_eq!(
        deals.iter().map(|d| d.standing).collect::<Vec<_>>(),
        [Standing::Signs, Standing::Signs, Standing::Unknown]
    );
    // An issue already picked gets no suggestion.
    assert_eq!(suggest(ds, &snap, &package(&l, &[]), &parties()), []);
}

#[test]
fn suggestions_without_common_ground() {
    let l = fixture_loaded(
        issues(),
        json!([
            // o2 is rejected by Beta; o1 is accepted by Alpha and Gamma and left out by Beta.
            {"party": "a", "issue": "o", "acceptable": ["o1", "o2"]},
            {"party": "b", "issue": "o", "acceptable": ["o4"], "rejected": ["o2"]},
            {"party": "c", "issue": "o", "acceptable": ["o1", "o2"]},
            // 100..150, 200.. and ..180: no shared range. 100 and 150 are accepted by Alpha and
            // Gamma, 180 by Gamma only, 200 by Beta only: the lowest of the two most accepted is 100.
            {"party": "a", "issue": "q", "min": 100, "max": 150},
            {"party": "b", "issue": "q", "min": 200},
            {"party": "c", "issue": "q", "max": 180}
        ]),
        json!([]),
    );
    let ds = &l.dataset;
    let snap = Snapshot::at(ds, ds.latest_date());
    let s = suggest(ds, &snap, &Package::empty(ds), &parties());
    // o1 and o2 each have one party in the way; o1 is nobody's red line.
    assert_eq!((&s[0].outcome, s[0].basis), (&Outcome::Option(1), Basis::Closest));
    assert_eq!((s[0].accepted_by.as_slice(), s[0].left_out_by.as_slice()), (&[A, C][..], &[B][..]));
    assert_eq!((&s[1].outcome, s[1].basis), (&Outcome::Quantity(100.0), Basis::MostAccept));
    assert_eq!(s[1].red_line_for, [B]);
}

#[test]
fn one_change_brings_beta_on_board_without_losing_alpha() {
    let l = loaded();
    let ds = &l.dataset;
    let snap = Snapshot::at(ds, ds.latest_date());
    // The plan with the set cut to s0: Beta's one obstacle is o1. Of the other outcomes, o0 is
    // Beta's red line, o2 it leaves out, o4 is Alpha's red line; o3 both accept.
    let p = package(&l, &[(S, Outcome::Items(vec![0]))]);
    let deals = evaluate(ds, &snap, &p, &parties());
    assert_eq!(deals[1].left_out, [O]);
    let changes = single_changes(ds, &snap, &p, &deals);
    assert_eq!(changes, [PickChange { party: B, issue: O, outcome: Outcome::Option(3), gains: vec![B] }]);
    // With the plan as it is Beta has two obstacles: no single change will do.
    let p = package(&l, &[]);
    assert_eq!(single_changes(ds, &snap, &p, &evaluate(ds, &snap, &p, &parties())), []);
    // Alpha, over its range on the quantity only, is brought back to its maximum.
    let p = package(&l, &[(Q, Outcome::Quantity(350.0)), (S, Outcome::Items(vec![0])), (O, Outcome::Option(3))]);
    let changes = single_changes(ds, &snap, &p, &evaluate(ds, &snap, &p, &parties()));
    assert_eq!(changes, [PickChange { party: A, issue: Q, outcome: Outcome::Quantity(300.0), gains: vec![A] }]);
}

#[test]
fn compared_with_each_document() {
    let l = loaded();
    let ds = &l.dataset;
    let p = package(&l, &[(O, Outcome::Option(4)), (Q, Outcome::Quantity(350.0))]);
    let diffs = compare(ds, &p);
    assert_eq!(diffs.len(), 2);
    // The plan: the same set, another option and another figure.
    assert_eq!(diffs[0].same, [S]);
    assert_eq!(diffs[0].differs, [(O, Outcome::Option(1)), (Q, Outcome::Quantity(250.0))]);
    assert!(diffs[0].silent.is_empty() && diffs[0].open.is_empty());
    // The other: the same option, silent on the rest.
    assert_eq!((diffs[1].same.as_slice(), diffs[1].silent.as_slice()), (&[O][..], &[Q, S][..]));
    let text = page(&l, "?view=deal&base=plan&pick=o:o4,q:350").body.to_text();
    assert!(
        text.contains("the same outcome on 1 of your 3 picks; a different one on 2: Options (the document: O1), Quantity (the document: 250 troops)."),
        "{text}"
    );
}

fn option_values(node: &Node, select: &str) -> Vec<String> {
    let els = node.elements();
    let Some(sel) = els.iter().find(|e| e.attr_value("id") == Some(select)) else {
        return Vec::new();
    };
    Node::El((*sel).clone())
        .elements()
        .iter()
        .filter(|e| e.tag == "option")
        .filter_map(|e| e.attr_value("value").map(str::to_string))
        .collect()
}

#[test]
fn permalinks_of_a_package_round_trip_in_issue_order() {
    let l = loaded();
    // Sets are written with `+`, which a query string reads as a space.
    let (state, notices) = parse("?view=deal&base=plan&pick=s:s2+s0,o:o4");
    assert!(notices.is_empty(), "{notices:?}");
    assert_eq!(state.pick, [("s".to_string(), "s2+s0".to_string()), ("o".to_string(), "o4".to_string())]);
    assert_eq!(parse(&to_query(&state)).0, state);
    let (r, notices) = resolve(&state, &l.dataset).expect("resolves");
    assert!(notices.is_empty(), "{notices:?}");
    assert_eq!(r.view, View::Deal);
    assert_eq!(r.picks, [(O, Some(Outcome::Option(4))), (S, Some(Outcome::Items(vec![0, 2])))]);
    // Every link the page offers writes the picks in the file's issue order.
    let body = page(&l, "?view=deal&base=plan&pick=s:s2+s0,o:o4").body;
    let values = option_values(&body, "pick-q");
    assert!(values.contains(&"?view=deal&base=plan&pick=o:o4,q:200,s:s0+s2".to_string()), "{values:?}");
    // Leaving an issue the document sets open is a pick with no outcome.
    assert!(values.contains(&"?view=deal&base=plan&pick=o:o4,q:,s:s0+s2".to_string()), "{values:?}");
    let (r, _) = resolve(&parse("?view=deal&base=plan&pick=q:").0, &l.dataset).expect("resolves");
    assert_eq!(r.picks, [(Q, None)]);
}

#[test]
fn unknown_issues_and_outcomes_become_notices_and_the_pick_is_dropped() {
    let l = loaded();
    let (state, notices) = parse("?view=deal&base=nope&pick=zz:o1,o:o9,s:s0+zz,q:abc,bad,q:100");
    assert_eq!(notices.len(), 1, "{notices:?}");
    assert!(notices[0].0.contains("\"bad\" is not a pick"), "{notices:?}");
    let (r, notices) = resolve(&state, &l.dataset).expect("resolves");
    let words: Vec<&str> = notices.iter().map(|n| n.0.as_str()).collect();
    assert_eq!(
        words,
        [
            "There is no document \"nope\" in this dataset, so the package starts empty.",
            "There is no issue \"zz\" in this dataset, so its pick was dropped.",
            "\"o9\" is not an outcome of Options, so that pick was dropped.",
            "\"s0+zz\" is not an outcome of Set, so that pick was dropped.",
            "\"abc\" is not an outcome of Quantity, so that pick was dropped.",
        ]
    );
    // The first pick of an issue wins, so q:100 after q:abc is not read.
    assert_eq!((r.base, r.picks.as_slice()), (None, &[][..]));
    // The links of the page leave the unknown document and the dropped picks behind.
    let body = page(&l, "?view=deal&base=nope&pick=zz:o1,o:o9").body;
    assert!(option_values(&body, "pick-o").contains(&"?view=deal&pick=o:o2".to_string()));
    // Other views do not warn about the deal's parameters.
    let (_, notices) = parse("?view=matrix&pick=bad&base=NOPE");
    assert!(notices.is_empty(), "{notices:?}");
}

#[test]
fn the_real_dataset_the_us_28_point_plan_as_a_package() {
    let l = common_ground::model::load(&crate::read_repo_file("data/positions.json")).expect("dataset");
    let text = page(&l, "?view=deal&base=us-28-point-2025-11").body.to_text();
    assert!(text.contains("A package of 19 picks"), "{text}");
    assert!(text.contains("Russia's red lines"), "{text}");
    // Every control is a link to another package, and the date slider is there.
    let body = page(&l, "?view=deal&base=us-28-point-2025-11").body;
    assert!(option_values(&body, "pick-nato").len() == 6);
}
