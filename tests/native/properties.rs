//! Properties of the engine and the loader that must hold for any input.

use common_ground::analysis::{common_ground, relate, CommonGround, Shared, Snapshot};
use common_ground::model::{load, Dataset, IssueIx, PartyIx, Stance};
use proptest::prelude::*;
use serde_json::{json, Value};

use crate::{fixture_loaded, issues};

/// A position on one of the fixture issues (`o`, `q`, `s`) for party `party`.
fn position(party: &'static str) -> impl Strategy<Value = Value> {
    let opts = |prefix: &'static str, n: usize| {
        prop::collection::vec(0..n, 0..4)
            .prop_map(move |v| v.into_iter().map(|i| format!("{prefix}{i}")).collect::<Vec<_>>())
    };
    let options = (prop::option::of(0usize..5), opts("o", 5), opts("o", 5)).prop_map(move |(pref, mut acc, rej)| {
        let rej: Vec<String> = rej.into_iter().filter(|r| !acc.contains(r)).collect();
        let pref = pref.map(|p| format!("o{p}")).filter(|p| !rej.contains(p));
        if let Some(p) = &pref {
            if !acc.contains(p) {
                acc.push(p.clone());
            }
        }
        json!({"party": party, "issue": "o", "preferred": pref, "acceptable": acc, "rejected": rej})
    });
    let quantity = (prop::option::of(0u32..1000), prop::option::of(0u32..1000), prop::option::of(0u32..1000)).prop_map(
        move |(p, lo, hi)| {
            let (lo, hi) = match (lo, hi) {
                (Some(a), Some(b)) if a > b => (Some(b), Some(a)),
                other => other,
            };
            let p = p.map(|v| v.clamp(lo.unwrap_or(0), hi.unwrap_or(u32::MAX)));
            json!({"party": party, "issue": "q", "preferred": p, "min": lo, "max": hi})
        },
    );
    let set = (opts("s", 4), opts("s", 4)).prop_map(move |(acc, rej)| {
        let rej: Vec<String> = rej.into_iter().filter(|r| !acc.contains(r)).collect();
        json!({"party": party, "issue": "s", "acceptable": acc, "rejected": rej})
    });
    prop_oneof![options, quantity, set]
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
    fn relation_is_symmetric(a in position("a"), b in position("b")) {
        let same_issue = a["issue"] == b["issue"];
        let mut b = b;
        b["issue"] = a["issue"].clone();
        if !same_issue {
            // Re-draw b's stance fields for a's issue kind: keep it simple by mirroring a.
            b = a.clone();
            b["party"] = json!("b");
        }
        let ds = dataset(vec![a, b]);
        let snap = Snapshot::at(&ds, ds.latest_date());
        for i in (0..ds.issues.len()).map(IssueIx) {
            let (x, y) = (stance(&ds, &snap, 0, i), stance(&ds, &snap, 1, i));
            prop_assert_eq!(relate(x.as_ref(), y.as_ref()), relate(y.as_ref(), x.as_ref()));
        }
    }

    #[test]
    fn common_ground_of_one_party_is_its_own_acceptable_set(a in position("a")) {
        let ds = dataset(vec![a]);
        let snap = Snapshot::at(&ds, ds.latest_date());
        for i in (0..ds.issues.len()).map(IssueIx) {
            let g = common_ground(&ds, &snap, i, &[PartyIx(0)]);
            match stance(&ds, &snap, 0, i) {
                Some(Stance::Options { acceptable, .. }) | Some(Stance::Set { acceptable, .. }) if !acceptable.is_empty() => {
                    prop_assert_eq!(g.shared, Some(Shared::Outcomes(acceptable)));
                }
                Some(Stance::Quantity { preferred: Some(p), min: None, max: None }) => {
                    prop_assert_eq!(g.shared, Some(Shared::Range { min: Some(p), max: Some(p) }));
                }
                Some(Stance::Quantity { min, max, .. }) if min.is_some() || max.is_some() => {
                    prop_assert_eq!(g.shared, Some(Shared::Range { min, max }));
                }
                _ => prop_assert_eq!(g.shared, None),
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
