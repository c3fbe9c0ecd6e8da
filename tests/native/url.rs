//! Permalinks: the codec round-trips, and a frozen list of URLs keeps opening the same view.

use common_ground::load::load;
use common_ground::model::Date;
use common_ground::present::page;
use common_ground::url::{parse, resolve, to_query, Dark, View, ViewState};
use proptest::prelude::*;

use crate::read_repo_file;

fn id() -> impl Strategy<Value = String> {
    "[a-z0-9][a-z0-9-]{0,12}"
}

fn date() -> impl Strategy<Value = Date> {
    (2000u16..2100, 1u8..=12, 1u8..=28).prop_map(|(year, month, day)| Date { year, month, day })
}

fn state() -> impl Strategy<Value = ViewState> {
    let view = prop::sample::select(View::ALL.to_vec());
    let dark = prop::sample::select(vec![Dark::Auto, Dark::On, Dark::Off]);
    let parties = prop::option::of(prop::collection::vec(id(), 1..5).prop_map(|mut v| {
        // parse keeps the first of repeated ids
        let mut seen = Vec::new();
        v.retain(|x| {
            let new = !seen.contains(x);
            seen.push(x.clone());
            new
        });
        v
    }));
    (
        view,
        parties,
        (
            prop::option::of(id()),
            prop::option::of(id()),
            prop::option::of(id()),
            prop::option::of(id()),
            prop::option::of(id()),
        ),
        (prop::option::of(date()), prop::option::of(date()), prop::option::of(date())),
        dark,
        // Newsroom: the embed flags and any printable dataset path survive the round trip;
        // Classroom: presentation mode.
        (any::<bool>(), any::<bool>(), prop::option::of("\\PC{1,40}"), any::<bool>()),
    )
        .prop_map(
            |(
                view,
                parties,
                (a, b, doc, doc2, issue),
                (date, from, to),
                dark,
                (embed, hide_controls, data, present),
            )| {
                ViewState {
                    view,
                    parties,
                    a,
                    b,
                    doc,
                    doc2,
                    issue,
                    date,
                    from,
                    to,
                    dark,
                    embed,
                    hide_controls,
                    data,
                    present,
                    // Fields added since (the deal builder's) have their own round-trip tests.
                    ..ViewState::default()
                }
            },
        )
}

proptest! {
    #[test]
    fn parse_inverts_to_query(s in state()) {
        let (back, notices) = parse(&to_query(&s));
        prop_assert!(notices.is_empty(), "{notices:?}");
        prop_assert_eq!(back, s);
    }

    #[test]
    fn parse_never_panics_and_its_output_is_canonical(q in ".{0,80}") {
        let (s, _) = parse(&q);
        let (again, notices) = parse(&to_query(&s));
        prop_assert!(notices.is_empty());
        prop_assert_eq!(again, s);
    }
}

/// Old URLs that must keep opening the same view: (query, view, what the page must say).
const FROZEN: &[(&str, View, &str)] = &[
    ("", View::Matrix, "Who stands where"),
    ("?view=matrix&parties=ru,ua", View::Matrix, "Who stands where"),
    ("?view=pair&a=ru&b=ua", View::Pair, "Russia and Ukraine"),
    ("?view=pair&a=us&b=europe&date=2025-04-23", View::Pair, "As of 23 April 2025"),
    ("?view=framework&doc=draft-treaty-2022-04-15", View::Framework, "85,000"),
    (
        "?view=framework&doc=istanbul-communique-2022&doc2=us-28-point-2025-11",
        View::Framework,
        "Provision by provision",
    ),
    ("?view=issue&issue=nato", View::Issue, "NATO membership"),
    ("?view=issue&issue=armed-forces-cap&date=2022-04-15", View::Issue, "prefers 250,000 troops"),
    ("?view=changes&from=2022-03-29&to=2025-12-23", View::Changes, "Positions that moved"),
    ("?dark=true", View::Matrix, "Who stands where"),
];

#[test]
fn frozen_urls_resolve_to_the_same_view() {
    let loaded = load(&read_repo_file("data/positions.json")).expect("dataset");
    for (query, view, text) in FROZEN {
        let (state, notices) = parse(query);
        assert!(notices.is_empty(), "{query}: {notices:?}");
        let (resolved, notices) = resolve(&state, &loaded.dataset).expect("resolves");
        assert!(notices.is_empty(), "{query}: {notices:?}");
        assert_eq!(resolved.view, *view, "{query}");
        let shown = page(&loaded, query).body.to_text();
        assert!(shown.contains(text), "{query} should show {text:?}");
    }
}

#[test]
fn unknown_ids_become_notices_and_a_sensible_fallback() {
    let loaded = load(&read_repo_file("data/positions.json")).expect("dataset");
    let words = |query: &str| -> Vec<String> {
        let (state, _) = parse(query);
        let (_, notices) = resolve(&state, &loaded.dataset).expect("resolves");
        notices.into_iter().map(|n| n.0).collect()
    };
    assert_eq!(
        words("?view=pair&a=xx&b=ua"),
        ["There is no party \"xx\" in this dataset; the first side shows Russia instead."]
    );
    assert_eq!(words("?view=framework&doc=nope"), ["There is no document \"nope\" in this dataset."]);
    assert_eq!(words("?view=issue&issue=zzz"), ["There is no issue \"zzz\" in this dataset; showing Crimea instead."]);
    assert_eq!(words("?parties=ru,xx"), ["There is no party \"xx\" in this dataset, so it was left out."]);
    assert_eq!(
        words("?view=changes&from=2025-01-01&to=2024-01-01"),
        ["The start date 2025-01-01 is after the end date 2024-01-01, so they were swapped."]
    );
    let (state, _) = parse("?view=pair&a=xx&b=ua");
    let (resolved, _) = resolve(&state, &loaded.dataset).expect("resolves");
    assert_eq!(loaded.dataset.party(resolved.a).id, "ru");
    let text = page(&loaded, "?view=pair&a=xx&b=ua").body.to_text();
    assert!(text.contains("There is no party \"xx\""), "{text}");
}

/// `?view=matrix&a=xx` warned that "the first side shows Russia instead" on a view with no sides.
#[test]
fn notices_only_for_parameters_the_view_uses() {
    let loaded = load(&read_repo_file("data/positions.json")).expect("dataset");
    // Every parameter of some view, each wrong: (query, the views that must say something about it).
    let wrong: &[(&str, &[View])] = &[
        ("a=xx", &[View::Pair]),
        ("b=xx", &[View::Pair]),
        ("a=XX", &[View::Pair]),
        ("parties=ru,xx", &[View::Matrix]),
        ("parties=RU", &[View::Matrix]),
        ("doc=nope", &[View::Framework]),
        ("doc2=Nope", &[View::Framework]),
        ("issue=zzz", &[View::Issue]),
        ("from=2025-01-01&to=2024-01-01", &[View::Changes]),
        ("to=2024-13-01", &[View::Changes]),
        ("date=2024-13-01", &[View::Matrix, View::Pair, View::Framework, View::Issue, View::Deal]),
        // Deal builder (issue 10).
        ("base=nope", &[View::Deal]),
        ("pick=nato:nope", &[View::Deal]),
        ("pick=nato", &[View::Deal]),
        ("dark=maybe", &View::ALL),
    ];
    for (param, views) in wrong {
        for view in View::ALL {
            let query = format!("?view={}&{param}", view.as_str());
            let (state, mut notices) = parse(&query);
            notices.extend(resolve(&state, &loaded.dataset).expect("resolves").1);
            let shown = page(&loaded, &query).body.to_text();
            if views.contains(&view) {
                assert!(!notices.is_empty(), "{query}: no notice");
                assert!(shown.contains(&notices[0].0), "{query}: the notice is not on the page");
            } else {
                assert!(notices.is_empty(), "{query}: {notices:?}");
            }
        }
    }
}
