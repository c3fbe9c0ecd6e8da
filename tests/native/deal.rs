//! The deal builder: verdicts, suggestions, single changes and plan comparisons on a small
//! fixture, each worked out by hand in the comments, and its permalinks.

use common_ground::analysis::{
    compare, evaluate, fill, single_changes, suggest, Basis, Package, PickChange, Snapshot, Standing, Take, Versus,
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

fn takes(d: &common_ground::analysis::PartyDeal) -> Vec<(IssueIx, Take)> {
    d.takes.clone()
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
    assert_eq!(deals[0].issues(Take::Accepts), [O, Q, S]);
    // Beta names what it accepts: o1 is not among it, nor is s1 (the framework fit is unknown,
    // not a red line); 250 is at least 200.
    assert_eq!(deals[1].standing, Standing::LeftOut);
    assert_eq!(takes(&deals[1]), [(O, Take::LeftOut), (Q, Take::Accepts), (S, Take::LeftOut)]);
    // Gamma rejects only o0 and has no other position: nothing known, nothing ruled out.
    assert_eq!(deals[2].standing, Standing::Unknown);
    assert_eq!(deals[2].issues(Take::Unknown), [O, Q, S]);
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
    assert_eq!(deals[0].issues(Take::RedLine), [O, Q]);
    assert_eq!(deals[1].standing, Standing::LeftOut);
    assert_eq!(deals[1].issues(Take::LeftOut), [S]);
    // Gamma does not reject o4: still unknown.
    assert_eq!(deals[2].standing, Standing::Unknown);
    let text = page(&l, "?view=deal&base=plan&pick=o:o4,q:350").body.to_text();
    assert!(text.contains("Alpha: crosses 2 of its red lines: Options and Quantity; accepts 1: Set."), "{text}");
    assert!(text.contains("Beta: 1 not among what it accepts: Set; accepts 2: Options and Quantity."), "{text}");
    assert!(text.contains("Gamma: says nothing of 3: Options, Quantity and Set."), "{text}");
    assert!(
        text.contains("A package of 3 picks, against positions as of 1 January 2025. Not as it stands: Beta. Red lines crossed: Alpha. Not known: Gamma."),
        "{text}"
    );
}

#[test]
fn a_party_with_gaps_could_sign_but_not_as_it_stands() {
    let l = loaded();
    let ds = &l.dataset;
    let snap = Snapshot::at(ds, ds.latest_date());
    // o3: Alpha and Beta accept it, Gamma does not reject it; only o and q are picked.
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
    assert_eq!(takes(&deals[2]), [(O, Take::Unknown), (Q, Take::Accepts)]);
}

#[test]
fn suggestions_for_an_empty_package_and_what_they_fill() {
    let l = loaded();
    let ds = &l.dataset;
    let snap = Snapshot::at(ds, ds.latest_date());
    let empty = Package::empty(ds);
    let s = suggest(ds, &snap, &empty, &parties());
    assert_eq!(s.len(), 3);
    // Options: o3 is accepted by Alpha and Beta and not ruled out by Gamma (red lines only); every
    // other option is accepted by at most one: possible common ground, 2 of the 3 with positions.
    assert_eq!((s[0].issue, &s[0].outcome, s[0].basis), (O, &Outcome::Option(3), Basis::Possible));
    assert_eq!(
        (s[0].takes.as_slice(), s[0].known),
        (&[(A, Take::Accepts), (B, Take::Accepts), (C, Take::Unknown)][..], 3)
    );
    // Quantity: of the figures named (100, 200, 300), 200 and 300 are accepted by both parties
    // with a figure (100..300 and 200..); the first of them.
    assert_eq!((&s[1].outcome, s[1].basis), (&Outcome::Quantity(200.0), Basis::Common));
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
    // The explanation the reader sees.
    let text = page(&l, "?view=deal").body.to_text();
    assert!(
        text.contains(
            "Suggested: O3 — possible common ground: no party rules it out; accepted by 2 of 3 parties with positions."
        ),
        "{text}"
    );
    assert!(text.contains("Suggest: fill the 3 open issues"), "{text}");
    // An empty package: each party's line says so, instead of a colon and a lone full stop.
    assert!(text.contains("Alpha: nothing in the package yet."), "{text}");
    assert!(!text.contains(": ."), "{text}");
}

#[test]
fn suggestions_without_common_ground() {
    let l = fixture_loaded(
        issues(),
        json!([
            // o1 is accepted by Alpha and Gamma and left out by Beta; o2 likewise but Beta's red line.
            {"party": "a", "issue": "o", "acceptable": ["o1", "o2"]},
            {"party": "b", "issue": "o", "acceptable": ["o4"], "rejected": ["o2"]},
            {"party": "c", "issue": "o", "acceptable": ["o1", "o2"]},
            // 100..150, 200.. and ..180: no shared range. 100 and 150 are accepted by Alpha and
            // Gamma, 180 by Gamma only, 200 by Beta only: the first of the two most accepted is 100.
            {"party": "a", "issue": "q", "min": 100, "max": 150},
            {"party": "b", "issue": "q", "min": 200},
            {"party": "c", "issue": "q", "max": 180}
        ]),
        json!([]),
    );
    let ds = &l.dataset;
    let snap = Snapshot::at(ds, ds.latest_date());
    let s = suggest(ds, &snap, &Package::empty(ds), &parties());
    // o1 and o2 are each accepted by two and ruled out by one; o1 comes first.
    assert_eq!((&s[0].outcome, s[0].basis), (&Outcome::Option(1), Basis::Most));
    assert_eq!(s[0].takes, [(A, Take::Accepts), (B, Take::LeftOut), (C, Take::Accepts)]);
    assert_eq!((&s[1].outcome, s[1].basis), (&Outcome::Quantity(100.0), Basis::Most));
    assert_eq!(s[1].takes[1], (B, Take::RedLine));
    let text = page(&l, "?view=deal").body.to_text();
    assert!(text.contains("Suggested: 100 troops — no common ground: of the choices, the one the most parties accept and the fewest rule out; accepted by 2 of 3 parties with positions; red line for Beta."), "{text}");
}

#[test]
fn one_change_brings_beta_on_board_without_losing_alpha() {
    let l = loaded();
    let ds = &l.dataset;
    let snap = Snapshot::at(ds, ds.latest_date());
    // The plan with the set cut to s0: Beta's one obstacle is o1. Of the other outcomes, o0 is
    // Beta's red line, o2 Alpha leaves out, o4 is Alpha's red line; o3 both accept.
    let p = package(&l, &[(S, Outcome::Items(vec![0]))]);
    let deals = evaluate(ds, &snap, &p, &parties());
    assert_eq!(deals[1].issues(Take::LeftOut), [O]);
    let changes = single_changes(ds, &snap, &p, &deals);
    assert_eq!(changes, [PickChange { party: B, issue: O, outcome: Outcome::Option(3), gains: vec![B] }]);
    let text = page(&l, "?view=deal&base=plan&pick=s:s0").body.to_text();
    assert!(
        text.contains("One change: Options: O3 instead would let Beta sign, without losing any party that could. Make this change"),
        "{text}"
    );
    // With the plan as it is Beta has two obstacles: no single change will do.
    let p = package(&l, &[]);
    assert_eq!(single_changes(ds, &snap, &p, &evaluate(ds, &snap, &p, &parties())), []);
    // Alpha, over its range on the quantity only: of the figures named (100, 200, 300 and the
    // pick, 350), 100 is below Beta's minimum; 200 and 300 both do, and 300 is one step away.
    let p = package(&l, &[(Q, Outcome::Quantity(350.0)), (S, Outcome::Items(vec![0])), (O, Outcome::Option(3))]);
    let changes = single_changes(ds, &snap, &p, &evaluate(ds, &snap, &p, &parties()));
    assert_eq!(changes, [PickChange { party: A, issue: Q, outcome: Outcome::Quantity(300.0), gains: vec![A] }]);
    // A set: Alpha's red line s3 is taken out of the pick; Alpha accepts what is left, and so does
    // Beta, which left s3 out.
    let p = package(&l, &[(O, Outcome::Option(3)), (S, Outcome::Items(vec![0, 3]))]);
    let changes = single_changes(ds, &snap, &p, &evaluate(ds, &snap, &p, &parties()));
    assert_eq!(changes[0], PickChange { party: A, issue: S, outcome: Outcome::Items(vec![0]), gains: vec![A, B] });
}

#[test]
fn one_change_on_a_set_tries_suggests_choices_not_only_the_pick_cut_down() {
    let l = loaded();
    let ds = &l.dataset;
    let snap = Snapshot::at(ds, ds.latest_date());
    // O3 (both accept), 250 (both accept) and {s1, s2} on the set. Alpha accepts s0 and s1, so
    // it leaves s2 out; Beta accepts s0 and s2, so it leaves s1 out; Gamma says nothing of any
    // pick (it names only the red line o0), so it is not known. Each of Alpha and Beta has the
    // set as its one obstacle.
    let p = package(&l, &[(O, Outcome::Option(3)), (S, Outcome::Items(vec![1, 2]))]);
    let deals = evaluate(ds, &snap, &p, &parties());
    let standings: Vec<Standing> = deals.iter().map(|d| d.standing).collect();
    assert_eq!(standings, [Standing::LeftOut, Standing::LeftOut, Standing::Unknown]);
    // The choices tried on the set, in order: the common ground of Alpha, Beta and Gamma, {s0}
    // (Gamma has no position there and blocks nothing); no possible common ground; each item
    // alone, {s0} again, {s1}, {s2}, {s3}; then the pick without what the party rules out
    // ({s1} for Alpha, {s2} for Beta), both already there.
    // {s0} lets both sign. {s1} only Alpha, {s2} only Beta, {s3} neither (Alpha's red line).
    // Cutting the pick down alone, as before, offered Alpha {s1} and Beta {s2}, one party each.
    let both = vec![A, B];
    assert_eq!(
        single_changes(ds, &snap, &p, &deals),
        [
            PickChange { party: A, issue: S, outcome: Outcome::Items(vec![0]), gains: both.clone() },
            PickChange { party: B, issue: S, outcome: Outcome::Items(vec![0]), gains: both },
        ]
    );
    let text = page(&l, "?view=deal&base=plan&pick=o:o3,s:s1+s2").body.to_text();
    assert!(
        text.contains(
            "One change: Set: S0 instead would let Alpha sign, and Beta too, without losing any party that could."
        ),
        "{text}"
    );
}

#[test]
fn one_change_on_a_set_takes_the_fewest_items_added_or_taken_away_then_the_first_tried() {
    let l = loaded();
    let ds = &l.dataset;
    let snap = Snapshot::at(ds, ds.latest_date());
    // O1 keeps Beta out whatever the set is (it accepts only o3 and o4), so only Alpha can gain.
    // {s1, s3}: s3 is Alpha's red line, its one obstacle. {s0} and {s1} each let it sign and
    // gain one party; {s0} is three items away (s0 added, s1 and s3 taken away) and {s1} one
    // (s3 taken away), so {s1}, though {s0}, the common ground, is tried first.
    let p = package(&l, &[(S, Outcome::Items(vec![1, 3]))]);
    let deals = evaluate(ds, &snap, &p, &parties());
    assert_eq!(deals[0].issues(Take::RedLine), [S]);
    assert_eq!(deals[1].issues(Take::LeftOut), [O, S], "Beta has two obstacles: no single change");
    assert_eq!(
        single_changes(ds, &snap, &p, &deals),
        [PickChange { party: A, issue: S, outcome: Outcome::Items(vec![1]), gains: vec![A] }]
    );
    // {s3} alone: {s0} and {s1} are both two items away, and {s0} is tried first.
    let p = package(&l, &[(S, Outcome::Items(vec![3]))]);
    let deals = evaluate(ds, &snap, &p, &parties());
    assert_eq!(
        single_changes(ds, &snap, &p, &deals),
        [PickChange { party: A, issue: S, outcome: Outcome::Items(vec![0]), gains: vec![A] }]
    );
}

#[test]
fn a_suggestion_with_one_party_known_is_not_called_common_ground() {
    // Only Alpha has a position, on the options issue: nothing is shared between parties, so
    // the suggestion says Alpha alone accepts it. Of O0 and O1, both accepted by the one party
    // with a position, O0 comes first on the scale.
    let l = fixture_loaded(issues(), json!([{"party": "a", "issue": "o", "acceptable": ["o0", "o1"]}]), json!([]));
    let text = page(&l, "?view=deal").body.to_text();
    assert!(
        text.contains(
            "Suggested: O0 — the only party with a position accepts it; accepted by 1 of 1 parties with positions."
        ),
        "{text}"
    );
    assert!(!text.contains("common ground, which"), "{text}");
}

#[test]
fn compared_with_each_document() {
    let l = loaded();
    let ds = &l.dataset;
    let p = package(&l, &[(O, Outcome::Option(4)), (Q, Outcome::Quantity(350.0))]);
    let diffs = compare(ds, &p);
    assert_eq!(diffs.len(), 2);
    // The plan: another option and another figure, the same set.
    assert_eq!(diffs[0].issues, [(O, Versus::Differs), (Q, Versus::Differs), (S, Versus::Same)]);
    // The other: the same option, silent on the rest.
    assert_eq!(diffs[1].issues, [(O, Versus::Same), (Q, Versus::Silent), (S, Versus::Silent)]);
    let text = page(&l, "?view=deal&base=plan&pick=o:o4,q:350").body.to_text();
    assert!(
        text.contains("Plan (1 February 2025): a different outcome on 2: Options and Quantity; the same on 1: Set."),
        "{text}"
    );
    assert!(text.contains("Other (1 March 2025): the same on 1: Options; silent on 2: Quantity and Set."), "{text}");
    // An issue the document settles and the package leaves open.
    let text = page(&l, "?view=deal&pick=o:o4").body.to_text();
    assert!(
        text.contains(
            "Plan (1 February 2025): a different outcome on 1: Options; settles 2 you left open: Quantity and Set."
        ),
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
    assert_eq!(state.pick.as_deref(), Some("s:s2+s0,o:o4"));
    assert_eq!(parse(&to_query(&state)).0, state);
    let (r, notices) = resolve(&state, &l.dataset).expect("resolves");
    assert!(notices.is_empty(), "{notices:?}");
    assert_eq!(r.view, View::Deal);
    // In the URL's order; the page's links are in the file's order (below).
    assert_eq!(r.picks, [(S, Some(Outcome::Items(vec![0, 2]))), (O, Some(Outcome::Option(4)))]);
    // Every link the page offers writes the picks in the file's issue order.
    let body = page(&l, "?view=deal&base=plan&pick=s:s2+s0,o:o4").body;
    let values = option_values(&body, "pick-q");
    assert!(values.contains(&"?view=deal&base=plan&pick=o:o4,q:200,s:s0+s2".to_string()), "{values:?}");
    // Leaving an issue the document sets open is a pick with no outcome.
    assert!(values.contains(&"?view=deal&base=plan&pick=o:o4,q:,s:s0+s2".to_string()), "{values:?}");
    let (r, _) = resolve(&parse("?view=deal&base=plan&pick=q:").0, &l.dataset).expect("resolves");
    assert_eq!(r.picks, [(Q, None)]);
    // A figure with decimals, and no limit.
    let (r, _) = resolve(&parse("?view=deal&pick=q:2.5").0, &l.dataset).expect("resolves");
    assert_eq!(r.picks, [(Q, Some(Outcome::Quantity(2.5)))]);
    let (r, _) = resolve(&parse("?view=deal&pick=q:unlimited").0, &l.dataset).expect("resolves");
    assert_eq!(r.picks, [(Q, Some(Outcome::Quantity(f64::INFINITY)))]);
}

#[test]
fn unknown_issues_and_outcomes_become_notices_and_the_pick_is_dropped() {
    let l = loaded();
    let (state, notices) = parse("?view=deal&base=nope&pick=zz:o1,o:o9,s:s0+zz,q:abc,bad,q:100,q:200");
    assert!(notices.is_empty(), "{notices:?}");
    let (r, notices) = resolve(&state, &l.dataset).expect("resolves");
    let words: Vec<String> = notices.iter().map(|n| n.0.to_string()).collect();
    assert_eq!(
        words,
        [
            "There is no document \"nope\" in this dataset.",
            "\"zz:o1\" is not an issue and outcome of this dataset, so that pick was dropped.",
            "\"o:o9\" is not an issue and outcome of this dataset, so that pick was dropped.",
            "\"s:s0+zz\" is not an issue and outcome of this dataset, so that pick was dropped.",
            "\"q:abc\" is not an issue and outcome of this dataset, so that pick was dropped.",
            "\"bad\" is not an issue and outcome of this dataset, so that pick was dropped.",
        ]
    );
    // The first usable pick of an issue wins.
    assert_eq!((r.base, r.picks.as_slice()), (None, &[(Q, Some(Outcome::Quantity(100.0)))][..]));
    // Characters no pick has are refused before the dataset is looked at.
    let (state, notices) = parse("?view=deal&pick=o:%3Cscript%3E");
    assert_eq!(state.pick, None);
    assert_eq!(notices.len(), 1, "{notices:?}");
    assert!(notices[0].0.to_string().contains("is not a list of picks"), "{notices:?}");
    // The links of the page leave the unknown document and the dropped picks behind.
    let body = page(&l, "?view=deal&base=nope&pick=zz:o1,o:o9").body;
    assert!(option_values(&body, "pick-o").contains(&"?view=deal&pick=o:o2".to_string()));
    // Other views do not warn about the deal's parameters.
    let (_, notices) = parse("?view=matrix&pick=BAD&base=NOPE");
    assert!(notices.is_empty(), "{notices:?}");
}

#[test]
fn the_real_dataset_the_us_28_point_plan_as_a_package() {
    let l = common_ground::load::load(&crate::read_repo_file("data/positions.json")).expect("dataset");
    let text = page(&l, "?view=deal&base=us-28-point-2025-11").body.to_text();
    assert!(text.contains("A package of 19 picks"), "{text}");
    assert!(text.contains("Ukraine: crosses 5 of its red lines: Crimea, "), "{text}");
    assert!(text.contains("Red lines crossed: Ukraine, United States and European states."), "{text}");
    // No notice on a permalink without picks.
    assert!(!text.contains("so that pick was dropped"), "{text}");
    // Every control is a link to another package: the open choice and the five outcomes.
    let body = page(&l, "?view=deal&base=us-28-point-2025-11").body;
    assert_eq!(option_values(&body, "pick-nato").len(), 6);
}
