//! The charts of `present::charts` on a small fixture and on synthetic datasets: marks in the
//! right places on the scale, the gap labelled in the unit, links and names on every mark.

use common_ground::analysis::{changes, pair_relations, synthetic, PairCounts, Snapshot};
use common_ground::model::Loaded;
use common_ground::present::{charts, page, Cx, El, Node};
use common_ground::text::{Lang, Text};
use common_ground::url::{parse, resolve};
use serde_json::json;

use crate::{fixture, issues};

/// Alpha prefers O0, could accept O1, rejects O4, and later moves to O1; Beta prefers O2 and
/// could accept O1; Gamma is unknown. On troops Alpha accepts 100 to 200, Beta 250 to 400.
fn small() -> Loaded {
    let dataset = fixture(
        issues(),
        json!([
            {"party": "a", "issue": "o", "as_of": "2024-01-01",
             "preferred": "o0", "acceptable": ["o0", "o1"], "rejected": ["o4"]},
            {"party": "a", "issue": "o", "as_of": "2025-06-01",
             "preferred": "o1", "acceptable": ["o1"], "rejected": ["o4"]},
            {"party": "b", "issue": "o", "preferred": "o2", "acceptable": ["o1", "o2"]},
            {"party": "a", "issue": "q", "preferred": 150, "min": 100, "max": 200},
            {"party": "b", "issue": "q", "min": 250, "max": 400}
        ]),
    );
    Loaded { dataset, diagnostics: Vec::new(), repaired: Default::default() }
}

/// Every figure of `class` on the page for `query`.
fn figures(loaded: &Loaded, query: &str, class: &str) -> Vec<El> {
    let body = page(loaded, query).body;
    body.elements()
        .into_iter()
        .filter(|e| e.tag == "figure" && e.attr_value("class").is_some_and(|c| c.split(' ').any(|x| x == class)))
        .cloned()
        .collect()
}

/// Runs `f` with the screen context of `query`, for the charts no view shows yet.
fn with_cx<T>(loaded: &Loaded, query: &str, f: impl FnOnce(&Cx) -> T) -> T {
    let (state, _) = parse(query);
    let (view, _) = resolve(&state, &loaded.dataset).expect("resolves");
    let snap = Snapshot::at(&loaded.dataset, view.date);
    f(&Cx {
        ds: &loaded.dataset,
        state: &state,
        view: &view,
        snap: &snap,
        repaired: &loaded.repaired,
        text: Text::new(Lang::En),
    })
}

fn over_time(loaded: &Loaded, query: &str) -> Option<El> {
    with_cx(loaded, query, |cx| charts::over_time(cx, cx.view.issue))
}

fn pair_chart(loaded: &Loaded, query: &str) -> El {
    with_cx(loaded, query, |cx| {
        let relations = pair_relations(cx.ds, cx.snap, cx.view.a, cx.view.b);
        charts::pair_chart(cx, &relations, &PairCounts::of(&relations))
    })
}

fn changes_chart(loaded: &Loaded, query: &str) -> Option<El> {
    with_cx(loaded, query, |cx| {
        let (from, to) = (Snapshot::at(cx.ds, cx.view.from), Snapshot::at(cx.ds, cx.view.to));
        charts::changes_chart(cx, &changes(cx.ds, &from, &to))
    })
}

fn has_class(e: &El, class: &str) -> bool {
    e.attr_value("class").is_some_and(|c| c.split(' ').any(|x| x == class))
}

/// The links inside a figure's drawing.
fn marks(fig: &El) -> Vec<El> {
    Node::El(fig.clone()).elements().into_iter().filter(|e| e.tag == "a").cloned().collect()
}

/// The x of every text of `class` under `e`, with its words.
fn texts(e: &El, class: &str) -> Vec<(i32, String)> {
    Node::El(e.clone())
        .elements()
        .into_iter()
        .filter(|t| t.tag == "text" && has_class(t, class))
        .map(|t| (t.attr_value("x").and_then(|x| x.parse().ok()).unwrap_or(-1), Node::El(t.clone()).to_text()))
        .collect()
}

fn num(e: &El, name: &str) -> i32 {
    e.attr_value(name).and_then(|v| v.parse().ok()).unwrap_or(-1)
}

/// On a strip (300 wide, names in the first 46 units, 5 columns of 49 up to 294), the centre
/// of outcome `o` is at 46 + 49·o + 24.
fn centre(o: i32) -> i32 {
    46 + 49 * o + 24
}

#[test]
fn the_issue_strip_places_preferred_acceptable_and_rejected_in_their_columns() {
    let loaded = small();
    let strips = figures(&loaded, "?view=issue&issue=o", "strip");
    assert_eq!(strips.len(), 1);
    let rows = marks(&strips[0]);
    assert_eq!(rows.len(), 2, "Alpha and Beta are known, Gamma is not");
    let alpha = &rows[0];
    assert_eq!(alpha.attr_value("aria-label"), Some("A, Alpha: prefers O1; rejects O4"));
    assert_eq!(texts(alpha, "m-pref"), [(centre(1), "★".to_string())]);
    assert_eq!(texts(alpha, "m-rej"), [(centre(4), "✗".to_string())]);
    assert_eq!(texts(alpha, "m-name"), [(42, "A".to_string())]);
    let beta = &rows[1];
    assert_eq!(texts(beta, "m-pref"), [(centre(2), "★".to_string())]);
    let bars: Vec<i32> =
        Node::El(beta.clone()).elements().into_iter().filter(|e| has_class(e, "m-acc")).map(|e| num(e, "x")).collect();
    assert_eq!(bars, [46 + 49 + 1, 46 + 98 + 1], "Beta's acceptable span covers O1 and O2");
    // Alpha now accepts only O1 and Beta accepts O1 too: the common ground is column 1.
    let band: Vec<i32> = Node::El(strips[0].clone())
        .elements()
        .into_iter()
        .filter(|e| e.tag == "rect" && has_class(e, "cg-band"))
        .map(|e| num(e, "x"))
        .collect();
    assert_eq!(band, [46 + 49]);
    assert!(Node::El(strips[0].clone()).to_text().contains("✓ Common ground: O1."));
}

#[test]
fn the_quantity_strip_labels_the_gap_between_the_ranges_in_the_unit() {
    let loaded = small();
    let strip = &figures(&loaded, "?view=issue&issue=q", "strip")[0];
    assert_eq!(texts(strip, "gap-band").into_iter().map(|t| t.1).collect::<Vec<_>>(), ["gap: 50 troops"]);
    // The axis runs from 0 to 400 × 1.15 = 460 over 46..294, so the gap lies from 200 to 250.
    let at = |v: i32| 46 + v * 248 / 460;
    let gap =
        Node::El(strip.clone()).elements().into_iter().find(|e| e.tag == "rect" && has_class(e, "gap-band")).cloned();
    let gap = gap.expect("a gap band");
    assert_eq!((num(&gap, "x"), num(&gap, "x") + num(&gap, "width")), (at(200), at(250)));
    assert!(texts(strip, "axis-label").iter().any(|t| t.1 == "troops"), "the unit is on the axis");
}

#[test]
fn the_overview_draws_a_small_multiple_per_issue_each_linking_to_its_positions() {
    let loaded = small();
    let strips = figures(&loaded, "", "strip");
    assert_eq!(strips.len(), 3, "one per issue: options, quantity, set");
    for a in strips.iter().flat_map(marks) {
        let href = a.attr_value("href").unwrap_or_default();
        assert!(href.starts_with("?view=issue&issue="), "{href}");
        assert!(a.attr_value("data-go").is_some());
        assert!(a.attr_value("aria-label").is_some_and(|n| n.contains(": ")));
    }
}

#[test]
fn over_time_has_a_mark_for_every_dated_position_linking_to_the_issue_at_its_date() {
    let loaded = small();
    let fig = &over_time(&loaded, "?view=issue&issue=o").expect("a chart");
    let svg = Node::El(fig.clone()).elements().into_iter().find(|e| e.tag == "svg").cloned().expect("svg");
    assert_eq!(svg.attr_value("role"), Some("group"));
    assert!(svg.attr_value("aria-label").is_some_and(|n| n.starts_with("Options: each party's position over time")));
    let links: Vec<String> = marks(fig).iter().filter_map(|a| a.attr_value("href").map(str::to_string)).collect();
    assert_eq!(
        links,
        [
            "?view=issue&issue=o&date=2024-01-01",
            "?view=issue&issue=o&date=2025-06-01",
            "?view=issue&issue=o&date=2025-01-01"
        ]
    );
    // Alpha's first position prefers the first outcome: the top of its lane (y0 = 19, text 4 lower).
    let first = &marks(fig)[0];
    assert_eq!(texts(first, "dot-pref").len(), 1);
    let y = Node::El(first.clone()).elements().into_iter().find(|e| e.tag == "text").map(|e| num(e, "y"));
    assert_eq!(y, Some(23));
}

#[test]
fn the_pair_chart_lists_conflicts_by_distance_with_the_gap_in_the_unit() {
    let loaded = small();
    let fig = &pair_chart(&loaded, "?view=pair&a=a&b=b");
    assert!(marks(fig).is_empty(), "the bars stand for issues, which the view links already");
    // One conflict, the troops: a gap of 50 against the larger figure of 400 is an eighth of the
    // 80-unit bar from 146, and the label follows it 4 units on.
    assert_eq!(texts(fig, "dist-label"), [(146 + 10 + 4, "50 troops".to_string())]);
    assert_eq!(texts(fig, "m-issue").len(), 1);
    assert!(Node::El(fig.clone()).to_text().contains("The bar: conflict 1, overlap 1, unknown 1."));
    // The stacked bar: a third each, every segment labelled with its count and icon, not colour alone.
    let segments: Vec<(i32, String)> = texts(fig, "mid");
    assert_eq!(segments, [(50, "1 ✗".to_string()), (150, "1 ∩".to_string()), (250, "1 ?".to_string())]);
}

#[test]
fn the_pair_chart_puts_the_furthest_apart_first_and_counts_steps_out_of_the_scale() {
    let loaded = synthetic(15, 60);
    let fig = &pair_chart(&loaded, "?view=pair&a=p0&b=p1");
    let bars: Vec<i32> = Node::El(fig.clone())
        .elements()
        .into_iter()
        .filter(|e| has_class(e, "dist"))
        .map(|e| num(e, "width"))
        .collect();
    assert!(bars.len() > 3, "{bars:?}");
    assert!(bars.windows(2).all(|w| w[0] >= w[1]), "furthest first: {bars:?}");
    let labels = texts(fig, "dist-label");
    assert_eq!(labels.len(), bars.len());
    let steps: Vec<&String> = labels.iter().map(|t| &t.1).filter(|t| t.contains("step")).collect();
    assert!(!steps.is_empty());
    for t in steps {
        let words: Vec<&str> = t.split(' ').collect();
        assert!(matches!(words.as_slice(), [_, "of", _, "step" | "steps"]), "{t}");
    }
}

#[test]
fn the_changes_chart_marks_each_moved_position() {
    let loaded = small();
    let fig = &changes_chart(&loaded, "?view=changes&from=2024-06-01&to=2025-12-31").expect("a chart");
    let names: Vec<String> = marks(fig).iter().filter_map(|a| a.attr_value("aria-label").map(str::to_string)).collect();
    assert!(names.contains(&"Alpha on Options: now prefers O1; rejects O4".to_string()), "{names:?}");
    assert!(names.iter().any(|n| n.starts_with("Beta on Quantity: now accepts between 250 and 400")), "{names:?}");
}

/// A synthetic dataset of `parties` × `issues`, as the app would load it.
fn synthetic(parties: usize, issues: usize) -> Loaded {
    Loaded { dataset: synthetic::dataset(parties, issues, 2, 3), diagnostics: Vec::new(), repaired: Default::default() }
}

#[test]
fn charts_draw_for_3_parties_and_5_issues_and_for_15_parties_and_60_issues() {
    for (parties, issues) in [(3, 5), (15, 60)] {
        let loaded = synthetic(parties, issues);
        let strips = figures(&loaded, "", "strip");
        assert_eq!(strips.len(), issues, "{parties}×{issues}: a small multiple per issue");
        for strip in &strips {
            let svg = Node::El(strip.clone()).elements().into_iter().find(|e| e.tag == "svg").cloned().expect("svg");
            // Every row fits inside the drawing: 16 units a row under a 16-unit header.
            let height: i32 = svg.attr_value("viewBox").and_then(|v| v.rsplit(' ').next()?.parse().ok()).unwrap_or(0);
            assert!(height >= 16 + 16 * marks(strip).len() as i32, "{parties}×{issues}: rows overflow");
            assert!(marks(strip).len() <= parties);
        }
        let first = &loaded.dataset.issues[1].id;
        assert!(over_time(&loaded, &format!("?view=issue&issue={first}")).is_some());
        assert!(Node::El(pair_chart(&loaded, "?view=pair&a=p0&b=p1")).elements().iter().any(|e| e.tag == "svg"));
        assert_eq!(figures(&loaded, &format!("?view=issue&issue={first}"), "strip").len(), 1);
    }
}

#[test]
fn over_time_marks_a_position_that_names_no_outcome_apart_from_one_that_only_rules_out() {
    // Gamma first says something about the issue without placing itself on it, then rules O4 out.
    let dataset = fixture(
        issues(),
        json!([
            {"party": "c", "issue": "o", "as_of": "2024-01-01"},
            {"party": "c", "issue": "o", "as_of": "2025-01-01", "rejected": ["o4"]}
        ]),
    );
    let loaded = Loaded { dataset, diagnostics: Vec::new(), repaired: Default::default() };
    let fig = &over_time(&loaded, "?view=issue&issue=o").expect("a chart");
    let glyphs: Vec<Vec<(i32, String)>> =
        marks(fig).iter().map(|m| [texts(m, "dot-unk"), texts(m, "m-rej")].concat()).collect();
    assert_eq!(glyphs.len(), 2);
    assert_eq!(glyphs[0].iter().map(|(_, g)| g.as_str()).collect::<Vec<_>>(), ["?"]);
    assert_eq!(glyphs[1].iter().map(|(_, g)| g.as_str()).collect::<Vec<_>>(), ["✗"]);
}

#[test]
fn over_time_shades_what_each_position_could_accept_for_as_long_as_it_holds() {
    let loaded = small();
    let fig = &over_time(&loaded, "?view=issue&issue=o").expect("a chart");
    let spans: Vec<[i32; 4]> = Node::El(fig.clone())
        .elements()
        .into_iter()
        .filter(|e| has_class(e, "ot-span"))
        .map(|e| [num(e, "x"), num(e, "width"), num(e, "y"), num(e, "height")])
        .collect();
    assert_eq!(spans.len(), 3, "{spans:?}");
    // Alpha's lane starts at y0 = 19 and is 20 units deep: O0 to O1 of five outcomes is 19 to 24,
    // drawn 2 units wider on each side; then O1 alone, at 24.
    assert_eq!(spans[0][2..], [17, 9]);
    assert_eq!(spans[1][2..], [22, 4]);
    // The first span ends where the second begins, at Alpha's move.
    assert_eq!(spans[0][0] + spans[0][1], spans[1][0]);
}
