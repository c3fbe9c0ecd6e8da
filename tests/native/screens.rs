//! What each screen shows, built natively from the real dataset: the words a reader sees.

use common_ground::load::load;
use common_ground::model::Loaded;
use common_ground::present::{page, Node};

use crate::read_repo_file;

fn real() -> Loaded {
    load(&read_repo_file("data/positions.json")).expect("dataset")
}

fn text(loaded: &Loaded, query: &str) -> String {
    page(loaded, query).body.to_text()
}

#[test]
fn the_matrix_has_a_column_per_party_shown_and_a_common_ground_column() {
    let loaded = real();
    let body = page(&loaded, "?parties=ru,ua").body;
    let headers: Vec<String> = body
        .elements()
        .into_iter()
        .filter(|e| e.tag == "th" && e.attr_value("scope") == Some("col"))
        .map(|e| Node::El(e.clone()).to_text().trim_start_matches("| ").to_string())
        .collect();
    assert_eq!(headers, ["Issue", "RU", "UA", "Common ground"]);
}

#[test]
fn every_view_has_a_heading_and_a_generated_summary() {
    let loaded = real();
    for query in ["", "?view=pair&a=ru&b=ua", "?view=framework", "?view=issue&issue=crimea", "?view=changes"] {
        let body = page(&loaded, query).body;
        let els = body.elements();
        assert!(els.iter().any(|e| e.attr_value("id") == Some("view-h")), "{query}: heading");
        let summary = els.iter().find(|e| e.attr_value("id") == Some("view-summary")).expect("summary");
        assert!(Node::El((*summary).clone()).to_text().len() > 40, "{query}: summary too short");
    }
}

#[test]
fn the_pair_view_counts_every_issue_once() {
    let loaded = real();
    let body = page(&loaded, "?view=pair&a=ru&b=ua").body;
    let counts: usize = body
        .elements()
        .into_iter()
        .filter(|e| e.attr_value("class") == Some("n"))
        .map(|e| Node::El(e.clone()).to_text().parse::<usize>().expect("a count"))
        .sum();
    assert_eq!(counts, loaded.dataset.issues.len());
}

#[test]
fn the_draft_treaty_shows_both_bracketed_troop_figures_side_by_side() {
    let shown = text(&real(), "?view=framework&doc=draft-treaty-2022-04-15");
    assert!(shown.contains("Russia: 85,000 troops"), "{shown}");
    assert!(shown.contains("Ukraine: 250,000 troops"), "{shown}");
    assert!(shown.contains("Cap on Ukraine's armed forces: disputed; each side's version below"), "{shown}");
    // No party name takes a possessive ending ("United States's version" was wrong English, and
    // no translation can add one): each version is headed by the name alone.
    assert!(!shown.contains("'s version:"), "{shown}");
}

#[test]
fn links_from_the_dataset_are_only_http_or_https() {
    let loaded = real();
    for query in [
        "",
        "?view=pair&a=ru&b=ua",
        "?view=framework&doc=us-28-point-2025-11",
        "?view=issue&issue=nato",
        "?view=changes",
    ] {
        let body = page(&loaded, query).body;
        for e in body.elements().into_iter().filter(|e| e.tag == "a") {
            let href = e.attr_value("href").unwrap_or_default();
            // The app's own links, and the language switch's, which load the page anew.
            let ours = e.attr_value("data-go").is_some() || e.attr_value("hreflang").is_some();
            let internal = ours && (href.is_empty() || href.starts_with('?'));
            let external = href.starts_with("https://") || href.starts_with("http://");
            assert!(internal || external || href == common_ground::DATA_URL, "{query}: link to {href:?}");
        }
    }
}

#[test]
fn the_review_date_and_the_data_link_are_in_the_footer() {
    let loaded = real();
    let shown = text(&loaded, "");
    assert!(shown.contains(&format!("reviewed {}", loaded.dataset.meta.reviewed.to_long())), "{shown}");
    assert!(shown.contains("Download the data (JSON)"));
}

#[test]
fn a_date_in_the_past_shows_the_positions_of_that_day() {
    let shown = text(&real(), "?view=pair&a=ru&b=ua&date=2022-04-15");
    assert!(shown.contains("As of 15 April 2022"), "{shown}");
    assert!(shown.contains("Latest"), "a pinned date offers a way back to the latest");
}

#[test]
fn the_failure_page_names_the_file_and_the_place() {
    let e = load("{\"schema\": 1,").expect_err("truncated");
    let message = format!("The dataset {} could not be read: {e}.", common_ground::DATA_URL);
    let shown = common_ground::present::failure("", &message).body.to_text();
    assert!(shown.contains("data/positions.json could not be read: not valid JSON at line 1, column 13"), "{shown}");
}

#[test]
fn every_view_says_how_far_the_positions_reach_beside_the_review_date() {
    // The newest position, computed here from the positions, not read from the description.
    let loaded = real();
    let newest = loaded.dataset.positions.iter().map(|p| p.as_of).max().expect("positions");
    let expected = format!("positions to {}, reviewed {}", newest.to_long(), loaded.dataset.meta.reviewed.to_long());
    for query in
        ["", "?view=pair&a=ru&b=ua", "?view=framework", "?view=issue&issue=crimea", "?view=changes", "?date=2022-04-15"]
    {
        let body = page(&loaded, query).body;
        let footer = body.elements().into_iter().find(|e| e.tag == "footer").expect("footer");
        let shown = Node::El(footer.clone()).to_text();
        assert!(shown.contains(&expected), "{query}: {shown}");
        let time = body.elements().into_iter().find(|e| e.attr_value("id") == Some("newest-position")).expect("time");
        assert_eq!(time.tag, "time");
        assert_eq!(time.attr_value("datetime"), Some(newest.to_string().as_str()), "{query}");
    }
}

#[test]
fn the_reach_is_the_newest_position_not_the_review_date_nor_the_date_viewed() {
    let loaded = crate::fixture_loaded(
        crate::issues(),
        serde_json::json!([
            {"party": "a", "issue": "o", "as_of": "2024-05-01", "preferred": "o1"},
            {"party": "b", "issue": "o", "as_of": "2025-03-09", "preferred": "o2"}
        ]),
        serde_json::json!([]),
    );
    let shown = text(&loaded, "?date=2024-06-01");
    assert!(shown.contains("positions to 9 March 2025, reviewed 1 January 2026"), "{shown}");
    let empty = crate::fixture_loaded(crate::issues(), serde_json::json!([]), serde_json::json!([]));
    let shown = text(&empty, "");
    assert!(!shown.contains("positions to"), "a dataset without positions claims no reach: {shown}");
    assert!(shown.contains("reviewed 1 January 2026"), "{shown}");
}

fn has_class(e: &common_ground::present::El, class: &str) -> bool {
    e.attr_value("class").is_some_and(|c| c.split(' ').any(|x| x == class))
}

/// The text of every element of `query`'s page that has `class`.
fn texts_of(loaded: &Loaded, query: &str, class: &str) -> Vec<String> {
    let body = page(loaded, query).body;
    body.elements().into_iter().filter(|e| has_class(e, class)).map(|e| Node::El(e.clone()).to_text()).collect()
}

#[test]
fn the_pair_view_shows_russias_red_line_on_the_only_outcome_ukraine_accepts_as_a_conflict() {
    let loaded = real();
    let body = page(&loaded, "?view=pair&a=ru&b=ua&date=2024-01-01").body;
    let conflicts = body
        .elements()
        .into_iter()
        .find(|e| has_class(e, "rel-group-conflict"))
        .map(|e| Node::El(e.clone()).to_text())
        .expect("a conflict group");
    assert!(
        conflicts.contains(
            "Accountability and amnesty\n✗ Conflict conflict: Russia rejects Prosecution and a special tribunal, \
             the only outcome Ukraine accepts"
        ),
        "{conflicts}"
    );
    let unknown = texts_of(&loaded, "?view=pair&a=ru&b=ua&date=2024-01-01", "rel-group-unknown").join("\n");
    assert!(!unknown.contains("Accountability"), "{unknown}");
}

#[test]
fn the_issue_view_does_not_list_a_party_with_red_lines_as_not_known() {
    let summary = texts_of(&real(), "?view=issue&issue=accountability&date=2024-01-01", "summary").join("\n");
    assert!(
        summary
            .contains("Russia names no outcome it accepts, only what it rejects: Prosecution and a special tribunal."),
        "{summary}"
    );
    assert!(!summary.contains("Not known: Russia"), "{summary}");
}

#[test]
fn the_matrix_names_the_red_line_that_blocks_the_tribunal() {
    let loaded = real();
    let body = page(&loaded, "?date=2024-01-01").body;
    let row = body
        .elements()
        .into_iter()
        .filter(|e| e.tag == "tr")
        .map(|e| Node::El(e.clone()))
        .find(|n| n.to_text().starts_with("| Accountability and amnesty"))
        .expect("the accountability row");
    let ground = row.elements().into_iter().find(|e| has_class(e, "ground")).map(|e| Node::El(e.clone()).to_text());
    assert_eq!(
        ground.as_deref(),
        Some("| ✗ No common ground · closest: Prosecution and a special tribunal, not accepted by RU")
    );
}

#[test]
fn a_fit_with_no_limit_blames_the_side_that_holds_it() {
    let loaded = real();
    // The counter-proposal sets no cap on Ukraine's forces; the United States accepts only a cap.
    let fits = texts_of(&loaded, "?view=framework&doc=ua-europe-counter-2025-04-23", "fits").join("\n");
    assert!(fits.contains("US ✗ outside: the text says “no limit”"), "{fits}");
    assert!(!fits.contains("accepts no limit"), "{fits}");
    // The 2022 draft sets caps; Ukraine and the European states now accept only no limit.
    let fits = texts_of(&loaded, "?view=framework&doc=draft-treaty-2022-04-15", "fits").join("\n");
    assert!(fits.contains("UA ✗ outside: accepts only “no limit”"), "{fits}");
}

#[test]
fn the_changes_view_shows_a_gap_that_narrowed_within_a_conflict() {
    let rows = texts_of(&real(), "?view=changes&from=2025-12-19&to=2025-12-23", "rel-table").join("\n");
    assert!(
        rows.contains(
            "| Donetsk region | RU – UA | ✗ Conflict 4 steps apart on the scale | ✗ Conflict gap narrowed from 4 to 2 steps on the scale"
        ),
        "{rows}"
    );
    let summary = texts_of(&real(), "?view=changes&from=2025-12-19&to=2025-12-23", "summary").join("\n");
    assert!(
        summary.ends_with("13 relations between parties changed as a result, and 4 moved within their kind."),
        "{summary}"
    );
}
