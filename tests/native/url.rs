//! Permalinks: the codec round-trips, and a frozen list of URLs keeps opening the same view.

use common_ground::load::load;
use common_ground::model::Date;
use common_ground::model::{IssueIx, Outcome};
use common_ground::present::page;
use common_ground::text::Lang;
use common_ground::url::{
    parse, push_pick, resolve, to_query, tour_place, tour_query, Dark, TourAt, TourPlace, View, ViewState,
};
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
        (dark, prop::sample::select(Lang::ALL.to_vec())),
        // Newsroom: the embed flags and any printable dataset path survive the round trip;
        // Classroom: presentation mode; the deal builder: its base and any list of picks the
        // grammar accepts (`resolve` checks them against a dataset: see the property below).
        (any::<bool>(), any::<bool>(), prop::option::of("\\PC{1,40}"), any::<bool>()),
        (prop::option::of(id()), prop::option::of("[a-z0-9.:,+-]{1,30}")),
    )
        .prop_map(
            |(
                view,
                parties,
                (a, b, doc, doc2, issue),
                (date, from, to),
                (dark, lang),
                (embed, hide_controls, data, present),
                (base, pick),
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
                    lang,
                    embed,
                    hide_controls,
                    data,
                    present,
                    base,
                    pick,
                }
            },
        )
}

/// A place in a tour, with the presentation mode, colour scheme and language its permalink keeps.
fn tour() -> impl Strategy<Value = (TourPlace, ViewState)> {
    let at = prop_oneof![Just(TourAt::Handout), (1usize..40).prop_map(|n| TourAt::Step(Some(n)))];
    let dark = prop::sample::select(vec![Dark::Auto, Dark::On, Dark::Off]);
    let lang = prop::sample::select(Lang::ALL.to_vec());
    (id(), at, any::<bool>(), dark, lang).prop_map(|(id, at, present, dark, lang)| {
        (TourPlace { id, at }, ViewState { present, dark, lang, ..ViewState::default() })
    })
}

/// One pick for each of the fixture's issues (`crate::issues`): open, left out of the list, or
/// an outcome of the issue's kind (a figure with up to two decimals, or no limit).
fn package() -> impl Strategy<Value = Vec<Option<Option<Outcome>>>> {
    let option = prop::option::of(prop::option::of((0usize..5).prop_map(Outcome::Option)));
    let figure = prop_oneof![
        (0u64..100_000_000).prop_map(|h| Outcome::Quantity(h as f64 / 100.0)),
        Just(Outcome::Quantity(f64::INFINITY)),
    ];
    let quantity = prop::option::of(prop::option::of(figure));
    let items = prop::collection::btree_set(0usize..4, 1..4).prop_map(|s| Outcome::Items(s.into_iter().collect()));
    let set = prop::option::of(prop::option::of(items));
    (option, quantity, set).prop_map(|(o, q, s)| vec![o, q, s])
}

proptest! {
    #[test]
    fn a_tours_place_round_trips(( place, state) in tour()) {
        let query = tour_query(&place, &state);
        prop_assert_eq!(tour_place(&query), Some(place));
        let (back, notices) = parse(&query);
        prop_assert!(notices.is_empty(), "{notices:?}");
        prop_assert_eq!(back, state);
    }

    #[test]
    fn a_package_written_as_picks_resolves_to_the_same_picks(picks in package()) {
        let l = crate::fixture_loaded(crate::issues(), serde_json::json!([]), serde_json::json!([]));
        let ds = &l.dataset;
        let mut list = String::new();
        let mut expected = Vec::new();
        for (i, pick) in picks.iter().enumerate() {
            if let Some(outcome) = pick {
                push_pick(&mut list, ds.issue(IssueIx(i)), outcome.as_ref());
                expected.push((IssueIx(i), outcome.clone()));
            }
        }
        let state = ViewState { view: View::Deal, pick: (!list.is_empty()).then_some(list), ..ViewState::default() };
        let (back, notices) = parse(&to_query(&state));
        prop_assert!(notices.is_empty(), "{notices:?}");
        prop_assert_eq!(&back, &state);
        let (resolved, notices) = resolve(&back, ds).expect("resolves");
        prop_assert!(notices.is_empty(), "{notices:?}");
        prop_assert_eq!(resolved.picks, expected);
    }

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
    // Deal builder and classroom permalinks, as README and the tours give them.
    (
        "?view=deal&base=jeddah-joint-statement-2025-03-11&pick=nato:forgo-for-guarantees,armed-forces-cap:800000",
        View::Deal,
        "800,000 troops",
    ),
    (
        "?view=deal&base=us-28-point-2025-11&pick=nato:path-open,guarantors:us+uk+fr",
        View::Deal,
        "Russia: crosses 1 of its red lines: NATO membership",
    ),
    ("?present=1&tour=territory&step=3", View::Issue, "3 / 9"),
    ("?tour=territory&step=1", View::Matrix, "1 / 9"),
    ("?tour=istanbul-to-20-point&handout=1", View::Matrix, "Step 9 of 9"),
];

#[test]
fn frozen_urls_resolve_to_the_same_view() {
    let loaded = load(&read_repo_file("data/positions.json")).expect("dataset");
    for (query, view, text) in FROZEN {
        let (mut state, notices) = parse(query);
        assert!(notices.is_empty(), "{query}: {notices:?}");
        // A tour's step opens the step's own view; a handout stands on the default state.
        if let Some(TourPlace { id, at: TourAt::Step(Some(n)) }) = tour_place(query) {
            let tour = loaded.dataset.tours.iter().find(|t| t.id == id).expect("the tour exists");
            state = parse(&tour.steps[n - 1].view).0;
        }
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
        notices.into_iter().map(|n| n.0.to_string()).collect()
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
                assert!(shown.contains(&notices[0].0.to_string()), "{query}: the notice is not on the page");
            } else {
                assert!(notices.is_empty(), "{query}: {notices:?}");
            }
        }
    }
}
