//! Properties of the engine and the loader that must hold for any input.

use common_ground::analysis::{
    common_ground, fit, relate, CommonGround, Fit, Relation, RelationKind, Shared, Snapshot,
};
use common_ground::load::load;
use common_ground::model::{Dataset, IssueIx, IssueKind, Outcome, PartyIx, Stance};
use proptest::prelude::*;
use serde_json::{json, Value};

use crate::{fixture_loaded, issues};

fn names(prefix: &'static str, n: usize) -> impl Strategy<Value = Vec<String>> {
    prop::collection::vec(0..n, 0..4).prop_map(move |v| {
        let mut v: Vec<String> = v.into_iter().map(|i| format!("{prefix}{i}")).collect();
        v.sort();
        v.dedup();
        v
    })
}

/// A position on the options issue `o`: a preferred outcome, some acceptable, some rejected.
fn options_position(party: &'static str) -> impl Strategy<Value = Value> {
    (prop::option::of(0usize..5), names("o", 5), names("o", 5)).prop_map(move |(pref, mut acc, rej)| {
        let rej: Vec<String> = rej.into_iter().filter(|r| !acc.contains(r)).collect();
        let pref = pref.map(|p| format!("o{p}")).filter(|p| !rej.contains(p));
        if let Some(p) = &pref {
            if !acc.contains(p) {
                acc.push(p.clone());
            }
        }
        json!({"party": party, "issue": "o", "preferred": pref, "acceptable": acc, "rejected": rej})
    })
}

/// A position on the quantity issue `q`: any of a preferred value and a range, "unlimited" included.
fn quantity_position(party: &'static str) -> impl Strategy<Value = Value> {
    let bound = || prop::option::of(0u32..1000);
    (bound(), bound(), bound(), prop::bool::weighted(0.1)).prop_map(move |(p, lo, hi, unlimited)| {
        if unlimited {
            return json!({"party": party, "issue": "q", "preferred": "unlimited", "min": "unlimited"});
        }
        let (lo, hi) = match (lo, hi) {
            (Some(a), Some(b)) if a > b => (Some(b), Some(a)),
            other => other,
        };
        let p = p.map(|v| v.clamp(lo.unwrap_or(0), hi.unwrap_or(u32::MAX)));
        json!({"party": party, "issue": "q", "preferred": p, "min": lo, "max": hi})
    })
}

/// A position on the set issue `s`: preferred items among the acceptable ones, and rejected items.
fn set_position(party: &'static str) -> impl Strategy<Value = Value> {
    (names("s", 4), names("s", 4), any::<bool>()).prop_map(move |(acc, rej, prefers)| {
        let rej: Vec<String> = rej.into_iter().filter(|r| !acc.contains(r)).collect();
        let pref: Vec<String> = if prefers { acc.iter().take(2).cloned().collect() } else { Vec::new() };
        json!({"party": party, "issue": "s", "preferred": pref, "acceptable": acc, "rejected": rej})
    })
}

/// A position on one of the fixture issues (`o`, `q`, `s`) for party `party`.
fn position(party: &'static str) -> impl Strategy<Value = Value> {
    prop_oneof![options_position(party), quantity_position(party), set_position(party)]
}

/// Positions of `a` and `b` on the same issue, drawn independently of each other.
fn two_on_one_issue() -> impl Strategy<Value = (Value, Value)> {
    prop_oneof![
        (options_position("a"), options_position("b")),
        (quantity_position("a"), quantity_position("b")),
        (set_position("a"), set_position("b")),
    ]
}

/// Positions of `a` and `b` on the same options or set issue.
fn two_on_one_list_issue() -> impl Strategy<Value = (Value, Value)> {
    prop_oneof![(options_position("a"), options_position("b")), (set_position("a"), set_position("b"))]
}

/// `position` with `outcome`, which it does not accept, added to its red lines.
fn with_rejection(position: &Value, outcome: &str) -> Value {
    let mut p = position.clone();
    if let Some(list) = p["rejected"].as_array_mut() {
        if !list.iter().any(|x| x == outcome) {
            list.push(json!(outcome));
        }
    }
    p
}

/// The issue a generated position is on.
fn issue_of(ds: &Dataset, position: &Value) -> IssueIx {
    position["issue"].as_str().and_then(|id| ds.issue_ix(id)).expect("a fixture issue")
}

/// Orders relations from certain conflict to agreement; `None` for unknown.
fn rank(kind: RelationKind) -> Option<u8> {
    match kind {
        RelationKind::Conflict => Some(0),
        RelationKind::Possible => Some(1),
        RelationKind::Overlap => Some(2),
        RelationKind::Agree => Some(3),
        RelationKind::Unknown => None,
    }
}

/// The outcomes an options or set stance names as acceptable, and whether it names only red lines.
fn lists(stance: &Stance) -> (Vec<usize>, bool) {
    match stance {
        Stance::Options { acceptable, rejected, .. } | Stance::Set { acceptable, rejected, .. } => {
            (acceptable.clone(), acceptable.is_empty() && !rejected.is_empty())
        }
        Stance::Quantity { .. } => (Vec::new(), false),
    }
}

/// Outcome `o` of `issue` as a framework would set it.
fn outcome(ds: &Dataset, issue: IssueIx, o: usize) -> Outcome {
    match ds.issue(issue).kind {
        IssueKind::Set => Outcome::Items(vec![o]),
        _ => Outcome::Option(o),
    }
}

fn dataset(positions: Vec<Value>) -> Dataset {
    let loaded = fixture_loaded(issues(), Value::Array(positions), json!([]));
    assert!(loaded.diagnostics.is_empty(), "{:?}", loaded.diagnostics);
    loaded.dataset
}

fn stance(ds: &Dataset, snap: &Snapshot, p: usize, i: IssueIx) -> Option<Stance> {
    snap.position(ds, PartyIx(p), i).map(|x| x.stance.clone())
}

/// Whether `a` is contained in `b` (what `a` shares is also shared by `b`).
fn within(a: &CommonGround, b: &CommonGround) -> bool {
    match (&a.shared, &b.shared) {
        (_, None) => true,
        (None, Some(_)) => false,
        (Some(Shared::Outcomes(x)), Some(Shared::Outcomes(y))) => x.iter().all(|o| y.contains(o)),
        (Some(Shared::Range { min: a0, max: a1 }), Some(Shared::Range { min: b0, max: b1 })) => {
            a0.unwrap_or(f64::NEG_INFINITY) >= b0.unwrap_or(f64::NEG_INFINITY)
                && a1.unwrap_or(f64::INFINITY) <= b1.unwrap_or(f64::INFINITY)
        }
        // An empty range is reported as no outcomes.
        (Some(Shared::Outcomes(x)), Some(Shared::Range { .. })) => x.is_empty(),
        (Some(Shared::Range { .. }), Some(Shared::Outcomes(_))) => false,
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    #[test]
    fn relation_is_symmetric((a, b) in two_on_one_issue()) {
        let ds = dataset(vec![a.clone(), b]);
        let snap = Snapshot::at(&ds, ds.latest_date());
        let i = issue_of(&ds, &a);
        let (x, y) = (stance(&ds, &snap, 0, i), stance(&ds, &snap, 1, i));
        prop_assume!(x != y, "two different stances");
        prop_assert_eq!(relate(ds.issue(i), x.as_ref(), y.as_ref()), relate(ds.issue(i), y.as_ref(), x.as_ref()));
    }

    #[test]
    fn adding_a_rejection_never_creates_an_overlap_or_agreement((a, b) in two_on_one_list_issue(), r in 0usize..4) {
        let prefix = if a["issue"] == "s" { "s" } else { "o" };
        let rejected = format!("{prefix}{r}");
        // Only a rejection: turning an accepted outcome into a red line also withdraws an
        // acceptance, and a party left naming only red lines opens what it had closed.
        prop_assume!(!a["acceptable"].as_array().is_some_and(|l| l.iter().any(|x| x == &rejected)));
        let before_ds = dataset(vec![a.clone(), b.clone()]);
        let after_ds = dataset(vec![with_rejection(&a, &rejected), b]);
        let i = issue_of(&before_ds, &a);
        let relation = |ds: &Dataset| {
            let snap = Snapshot::at(ds, ds.latest_date());
            relate(ds.issue(i), stance(ds, &snap, 0, i).as_ref(), stance(ds, &snap, 1, i).as_ref())
        };
        let (before, after) = (relation(&before_ds), relation(&after_ds));
        let r_ix = before_ds.issue(i).option_ix(&rejected).expect("an outcome");
        match (&before, &after) {
            (_, Relation::Agree(Shared::Outcomes(y)) | Relation::Overlap(Shared::Outcomes(y))) => {
                prop_assert!(!y.contains(&r_ix), "{:?} shares the rejected outcome", after);
                match &before {
                    Relation::Agree(Shared::Outcomes(x)) | Relation::Overlap(Shared::Outcomes(x)) => {
                        prop_assert!(y.iter().all(|o| x.contains(o)), "{:?} became {:?}", before, after);
                    }
                    _ => prop_assert!(false, "{:?} became {:?}", before, after),
                }
            }
            (_, Relation::Possible(open)) => prop_assert!(!open.contains(&r_ix)),
            _ => {}
        }
        if let (Some(x), Some(y)) = (rank(before.kind()), rank(after.kind())) {
            prop_assert!(y <= x, "{:?} became {:?}", before, after);
        }
    }

    #[test]
    fn a_rejected_outcome_is_never_common_ground(a in position("a"), b in position("b"), c in position("c")) {
        let ds = dataset(vec![a, b, c]);
        let snap = Snapshot::at(&ds, ds.latest_date());
        let parties = [PartyIx(0), PartyIx(1), PartyIx(2)];
        for i in (0..ds.issues.len()).map(IssueIx) {
            let g = common_ground(&ds, &snap, i, &parties);
            for p in 0..3 {
                match stance(&ds, &snap, p, i) {
                    Some(Stance::Options { rejected, .. } | Stance::Set { rejected, .. }) => {
                        for r in rejected {
                            if let Some(Shared::Outcomes(shared)) = &g.shared {
                                prop_assert!(!shared.contains(&r), "{} is rejected yet common ground", r);
                            }
                            prop_assert!(!g.possible.contains(&r), "{} is rejected yet possible", r);
                        }
                    }
                    Some(s @ Stance::Quantity { .. }) => {
                        // Every end of a shared range lies within every party's range.
                        if let Some(Shared::Range { min, max }) = &g.shared {
                            for v in [min.unwrap_or(f64::NEG_INFINITY), max.unwrap_or(f64::INFINITY)] {
                                if v.is_finite() || v == f64::INFINITY && min.is_some() {
                                    let f = fit(&Outcome::Quantity(v), Some(&s));
                                    prop_assert!(!f.is_conflict(), "{} shared yet outside: {:?}", v, f);
                                }
                            }
                        }
                    }
                    None => {}
                }
            }
        }
    }

    #[test]
    fn relate_and_framework_fit_follow_the_same_table((a, b) in two_on_one_list_issue()) {
        let ds = dataset(vec![a.clone(), b]);
        let snap = Snapshot::at(&ds, ds.latest_date());
        let i = issue_of(&ds, &a);
        let (Some(x), Some(y)) = (stance(&ds, &snap, 0, i), stance(&ds, &snap, 1, i)) else {
            return Ok(());
        };
        let relation = relate(ds.issue(i), Some(&x), Some(&y));
        let ((acc_x, only_x), (acc_y, only_y)) = (lists(&x), lists(&y));
        let mut both = Vec::new();
        let mut open = Vec::new();
        for o in 0..ds.issue(i).options.len() {
            let (fx, fy) = (fit(&outcome(&ds, i, o), Some(&x)), fit(&outcome(&ds, i, o), Some(&y)));
            if fx == Fit::Compatible && fy == Fit::Compatible {
                both.push(o);
            }
            // Open to a side: it accepts it, or names only red lines and does not reject it.
            let open_to = |f: Fit, only_rejects: bool| f == Fit::Compatible || (only_rejects && f == Fit::Unknown);
            if open_to(fx, only_x) && open_to(fy, only_y) {
                open.push(o);
            }
            // The issue's own example: a red line against the other's only acceptable outcome.
            if fx == Fit::RedLine && acc_y == [o] {
                prop_assert_eq!(relation.kind(), RelationKind::Conflict);
            }
        }
        let says_nothing = |acc: &[usize], only: bool| acc.is_empty() && !only;
        match &relation {
            Relation::Agree(Shared::Outcomes(s)) | Relation::Overlap(Shared::Outcomes(s)) => prop_assert_eq!(s, &both),
            Relation::Possible(s) => {
                prop_assert!(both.is_empty());
                prop_assert_eq!(s, &open);
            }
            Relation::Conflict(_) => prop_assert!(open.is_empty(), "conflict, yet open to both: {:?}", open),
            Relation::Unknown => prop_assert!(says_nothing(&acc_x, only_x) || says_nothing(&acc_y, only_y)),
            other => prop_assert!(false, "unexpected {:?}", other),
        }
        if !both.is_empty() {
            prop_assert!(matches!(relation.kind(), RelationKind::Agree | RelationKind::Overlap));
        }
    }

    #[test]
    fn the_common_ground_of_two_parties_matches_their_relation((a, b) in two_on_one_issue()) {
        let ds = dataset(vec![a.clone(), b]);
        let snap = Snapshot::at(&ds, ds.latest_date());
        let i = issue_of(&ds, &a);
        let relation = relate(ds.issue(i), stance(&ds, &snap, 0, i).as_ref(), stance(&ds, &snap, 1, i).as_ref());
        let g = common_ground(&ds, &snap, i, &[PartyIx(0), PartyIx(1)]);
        match &relation {
            Relation::Agree(s) | Relation::Overlap(s) => {
                prop_assert!(g.exists());
                prop_assert_eq!(g.shared.as_ref(), Some(s));
            }
            Relation::Possible(open) => {
                prop_assert!(!g.exists());
                prop_assert_eq!(&g.possible, open);
            }
            Relation::Conflict(_) => {
                prop_assert_eq!(g.known.len(), 2);
                prop_assert!(!g.exists() && g.possible.is_empty(), "{:?}", g);
            }
            Relation::Unknown => prop_assert!(g.known.len() < 2, "{:?}", g),
        }
    }

    #[test]
    fn common_ground_of_one_party_is_its_own_acceptable_set(a in position("a")) {
        let ds = dataset(vec![a]);
        let snap = Snapshot::at(&ds, ds.latest_date());
        for i in (0..ds.issues.len()).map(IssueIx) {
            let g = common_ground(&ds, &snap, i, &[PartyIx(0)]);
            let n = ds.issue(i).options.len();
            match stance(&ds, &snap, 0, i) {
                Some(Stance::Options { acceptable, .. }) | Some(Stance::Set { acceptable, .. }) if !acceptable.is_empty() => {
                    prop_assert_eq!(g.shared, Some(Shared::Outcomes(acceptable)));
                    prop_assert!(g.possible.is_empty());
                }
                Some(Stance::Options { rejected, .. }) | Some(Stance::Set { rejected, .. }) if !rejected.is_empty() => {
                    // Only red lines: nothing accepted, the rest open.
                    prop_assert_eq!(g.shared, Some(Shared::Outcomes(Vec::new())));
                    prop_assert_eq!(g.possible, (0..n).filter(|o| !rejected.contains(o)).collect::<Vec<_>>());
                }
                Some(Stance::Quantity { preferred: Some(p), min: None, max: None }) => {
                    prop_assert_eq!(g.shared, Some(Shared::Range { min: Some(p), max: Some(p) }));
                }
                Some(Stance::Quantity { min, max, .. }) if min.is_some() || max.is_some() => {
                    prop_assert_eq!(g.shared, Some(Shared::Range { min, max }));
                }
                _ => {
                    prop_assert_eq!(g.shared, None);
                    prop_assert_eq!(g.unknown, [PartyIx(0)]);
                }
            }
        }
    }

    #[test]
    fn adding_a_party_never_enlarges_the_common_ground(a in position("a"), b in position("b"), c in position("c")) {
        let ds = dataset(vec![a, b, c]);
        let snap = Snapshot::at(&ds, ds.latest_date());
        for i in (0..ds.issues.len()).map(IssueIx) {
            let two = common_ground(&ds, &snap, i, &[PartyIx(0), PartyIx(1)]);
            let three = common_ground(&ds, &snap, i, &[PartyIx(0), PartyIx(1), PartyIx(2)]);
            prop_assert!(within(&three, &two) || two.shared.is_none(), "{:?} then {:?}", two.shared, three.shared);
        }
    }

    #[test]
    fn load_never_panics_on_arbitrary_bytes(bytes in prop::collection::vec(any::<u8>(), 0..400)) {
        let text = String::from_utf8_lossy(&bytes);
        let _ = load(&text);
    }

    #[test]
    fn load_never_panics_on_arbitrary_json(value in arbitrary_json()) {
        let _ = load(&value.to_string());
        // Also inside an otherwise valid dataset, in every section.
        for key in ["meta", "parties", "topics", "issues", "positions", "frameworks"] {
            let mut doc = json!({"schema": 1, "meta": {"title": "t", "version": "1", "reviewed": "2025-01-01", "licence": "x"},
                "parties": [], "topics": [], "issues": [], "positions": [], "frameworks": []});
            doc[key] = if key == "meta" { value.clone() } else { json!([value.clone(), value.clone()]) };
            let _ = load(&doc.to_string());
        }
    }
}

fn arbitrary_json() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<i32>().prop_map(|n| json!(n)),
        (-1e9f64..1e9).prop_map(|n| json!(n)),
        prop::sample::select(vec![
            "ru",
            "ua",
            "nato",
            "o0",
            "2025-01-01",
            "official",
            "options",
            "unlimited",
            "https://x.org",
            "en",
            ""
        ])
        .prop_map(|s| json!(s)),
        ".{0,8}".prop_map(Value::String),
    ];
    leaf.prop_recursive(4, 48, 6, |inner| {
        // Every field name the format knows, so generated objects hit the reader's real paths.
        let mut names: Vec<&'static str> =
            common_ground::model::read::FIELD_LISTS.iter().flat_map(|(_, f)| f.iter().copied()).collect();
        names.extend(["en", "uk", "light", "dark"]);
        names.sort_unstable();
        names.dedup();
        let keys = prop::sample::select(names);
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..4).prop_map(Value::Array),
            prop::collection::vec((keys, inner), 0..6)
                .prop_map(|kv| Value::Object(kv.into_iter().map(|(k, v)| (k.to_string(), v)).collect())),
        ]
    })
}
