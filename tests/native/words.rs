//! Which words a page needs: the default view draws from the messages compiled into the app, and
//! every other view may need those the browser loads on demand (`text::Key::ON_DEMAND`).

use common_ground::load::load;
use common_ground::load::DataProblem;
use common_ground::model::Loaded;
use common_ground::present::{data_failure, data_refused, failure, page_at};
use common_ground::text::{before_loading, missed_a_message, Lang};
use common_ground::url::check_data_source;

use crate::read_repo_file;

/// Whether drawing `query` asks for a message the app's wasm does not carry.
fn misses(loaded: &Loaded, query: &str) -> bool {
    let _ = missed_a_message();
    let _ = before_loading(|| page_at(loaded, query, "https://example.org/cg/"));
    missed_a_message()
}

#[test]
fn the_default_view_needs_no_message_loaded_on_demand_at_any_date_or_setting() {
    for file in ["data/positions.json", "tests/fixtures/example.json"] {
        let loaded = load(&read_repo_file(file)).expect("dataset");
        let ds = &loaded.dataset;
        let mut queries: Vec<String> =
            ["", "?embed=1", "?embed=1&controls=0", "?dark=true", "?view=matrix"].map(String::from).to_vec();
        for d in ds.dates() {
            queries.push(format!("?date={d}"));
            queries.push(format!("?embed=1&date={d}"));
        }
        for p in &ds.parties {
            queries.push(format!("?parties={}", p.id));
        }
        for q in &queries {
            assert!(!misses(&loaded, q), "{file} {q}: the default view asks for a message loaded on demand");
        }
    }
}

#[test]
fn the_other_views_and_a_bad_link_do_need_them() {
    let loaded = load(&read_repo_file("data/positions.json")).expect("dataset");
    for q in [
        "?view=pair&a=ru&b=ua",
        "?view=deal",
        "?view=changes",
        "?view=issue&issue=nato",
        "?view=nope",
        "?tour=territory&step=2",
    ] {
        assert!(misses(&loaded, q), "{q}: expected to need the messages loaded on demand");
    }
}

#[test]
fn a_file_that_cannot_be_asked_for_or_fetched_is_told_without_them() {
    // Offline, or refused before any request, the messages loaded on demand cannot come.
    let _ = missed_a_message();
    let refusal =
        check_data_source("https://elsewhere.example/x.json", "https://example.org", "").expect_err("refused");
    let told = before_loading(|| {
        [
            data_refused(&refusal, Lang::En),
            data_failure("x.json", DataProblem::Fetch("offline".into()), Lang::En),
            data_failure("x.json", DataProblem::Http("404 Not Found".into()), Lang::En),
        ]
    });
    let _ = before_loading(|| failure("", &told[0]));
    assert!(!missed_a_message(), "{told:?}");
    assert!(told[0].starts_with("The dataset \"https://elsewhere.example/x.json\" was not loaded"), "{}", told[0]);
    // In Ukrainian or Russian, from that language's catalogue, which the page loads first.
    for lang in [Lang::Uk, Lang::Ru] {
        let told = data_failure("x.json", DataProblem::Http("404 Not Found".into()), lang);
        assert!(told.contains("x.json") && told.contains("404") && !told.contains("The dataset"), "{told}");
    }
}
