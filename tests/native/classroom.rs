//! Classroom (issue 10): tours in the format, presentation mode, and the printed handout.

use common_ground::load::load;
use common_ground::model::Loaded;
use common_ground::present::{first_paint, first_screen, page, page_at, El, Node};
use serde_json::json;

use crate::read_repo_file;

fn real() -> Loaded {
    load(&read_repo_file("data/positions.json")).expect("data/positions.json loads")
}

fn by_id<'a>(body: &'a Node, id: &str) -> Option<&'a El> {
    body.elements().into_iter().find(|e| e.attr_value("id") == Some(id))
}

fn has_class(e: &El, class: &str) -> bool {
    e.attr_value("class").is_some_and(|c| c.split(' ').any(|x| x == class))
}

fn with_class<'a>(body: &'a Node, class: &str) -> Vec<&'a El> {
    body.elements().into_iter().filter(|e| has_class(e, class)).collect()
}

fn text(e: &El) -> String {
    Node::El(e.clone()).to_text()
}

fn href<'a>(body: &'a Node, id: &str) -> Option<&'a str> {
    by_id(body, id).and_then(|e| e.attr_value("href"))
}

#[test]
fn tour_problems_are_errors_with_the_tour_and_step_path() {
    let step = |view: &str| json!({"view": view, "caption": "c"});
    let doc = json!({
        "schema": 1,
        "meta": {"title": "T", "version": "1", "reviewed": "2026-01-01", "licence": "CC0"},
        "parties": [{"id": "ru", "name": "Russia", "short": "RU", "kind": "belligerent", "colour": "#b3261e"}],
        "topics": [{"id": "t", "name": "Topic"}],
        "issues": [{"id": "nato", "topic": "t", "name": "NATO", "kind": "options", "options": [{"id": "in", "label": "In"}]}],
        "positions": [],
        "tours": [
            {"id": "one", "title": "One", "description": "d", "steps": [
                step("?view=pair&a=ru&b=xx"),
                step("view=issue&issue=nato&date=2022-03-29"),
                step("?view=graph"),
                step("?view=framework&doc=nothing"),
                step("?view=issue&issue=nato&present=1"),
                {"view": "?view=issue&issue=gas", "caption": "c", "sources": [{"title": "t", "publisher": "p", "url": "ftp://x", "date": "2025-01-01"}]}
            ]},
            {"id": "empty", "title": "Empty", "description": "d", "steps": []},
            {"id": "one", "title": "Again", "description": "d", "steps": [step("")]},
            {"id": "lost", "title": "Lost", "description": "d", "steps": [step("?view=issue&issue=gas")]}
        ]
    });
    let loaded = load(&doc.to_string()).expect("loads");
    let lines: Vec<String> = loaded.diagnostics.iter().map(|d| d.to_string()).collect();
    assert_eq!(
        lines,
        [
            "error: tours[0].steps[0].view (one): \"?view=pair&a=ru&b=xx\" is not a view this dataset can open: There is no party \"xx\" in this dataset; the second side shows Russia instead.",
            "error: tours[0].steps[2].view (one): \"?view=graph\" is not a view this dataset can open: There is no view called \"graph\"; showing the matrix.",
            "error: tours[0].steps[3].view (one): \"?view=framework&doc=nothing\" is not a view this dataset can open: There is no document \"nothing\" in this dataset.",
            "error: tours[0].steps[5].view (one): \"?view=issue&issue=gas\" is not a view this dataset can open: There is no issue \"gas\" in this dataset; showing NATO instead.",
            "error: tours[1].steps (empty): has no steps; a tour needs at least one",
            "error: tours[2].id (one): duplicate id \"one\"; the first one is used",
            "error: tours[3].steps[0].view (lost): \"?view=issue&issue=gas\" is not a view this dataset can open: There is no issue \"gas\" in this dataset; showing NATO instead.",
        ]
    );
    // The good steps are kept, each view in canonical form and without presentation mode (the
    // tour's own URL gives that); a tour whose steps all went is left out without a second message.
    let tours = &loaded.dataset.tours;
    assert_eq!(tours.len(), 1);
    let views: Vec<&str> = tours[0].steps.iter().map(|s| s.view.as_str()).collect();
    assert_eq!(views, ["?view=issue&issue=nato&date=2022-03-29", "?view=issue&issue=nato"]);
}

#[test]
fn a_tour_step_in_presentation_mode_shows_the_caption_a_counter_and_permalinks_to_either_side() {
    let loaded = real();
    let p = page(&loaded, "?present=1&tour=istanbul-to-20-point&step=3");
    let body = &p.body;
    let Node::El(root) = body else { panic!("the page is an element") };
    assert!(has_class(root, "present") && has_class(root, "touring"), "{:?}", root.attrs);
    // No site navigation, no footer, no date slider: the step says its date.
    assert!(with_class(body, "top").is_empty() && with_class(body, "foot").is_empty());
    assert!(by_id(body, "as-of").is_none());
    assert_eq!(by_id(body, "tour-count").map(text).as_deref(), Some("3 / 9"));
    assert!(by_id(body, "tour-caption")
        .map(text)
        .unwrap_or_default()
        .starts_with("Russia and Ukraine, issue by issue, as of 15 April 2022."));
    assert_eq!(href(body, "tour-prev"), Some("?present=1&tour=istanbul-to-20-point&step=2"));
    assert_eq!(href(body, "tour-next"), Some("?present=1&tour=istanbul-to-20-point&step=4"));
    // Escape leaves for the step's own view, without presentation mode.
    assert_eq!(href(body, "present-exit"), Some("?view=pair&a=ru&b=ua&date=2022-04-15"));
    assert!(by_id(body, "view-h").map(text).unwrap_or_default().contains("Russia and Ukraine"));
    assert_eq!(
        p.title,
        "From Istanbul 2022 to the 20-point plan, step 3 of 9 · Russia–Ukraine war: the peace talks, 2022–2026"
    );
    // A link inside the step opens that view in presentation mode, not the step again.
    for e in body.elements().into_iter().filter(|e| e.tag == "a" && e.attr_value("data-go").is_some()) {
        let h = e.attr_value("href").unwrap_or_default();
        if !h.contains("tour=") {
            assert!(h.contains("present=1") || e.attr_value("id") == Some("present-exit"), "{h}");
        }
    }
}

#[test]
fn the_first_and_last_steps_have_no_link_beyond_them_and_a_step_too_far_is_the_last() {
    let loaded = real();
    let first = page(&loaded, "?present=1&tour=territory").body;
    assert_eq!(by_id(&first, "tour-count").map(text).as_deref(), Some("1 / 9"));
    assert!(href(&first, "tour-prev").is_none());
    let far = page(&loaded, "?present=1&tour=territory&step=40").body;
    assert_eq!(by_id(&far, "tour-count").map(text).as_deref(), Some("9 / 9"));
    assert!(href(&far, "tour-next").is_none());
    assert!(far.to_text().contains("This tour has 9 steps; showing step 9."));
    let odd = page(&loaded, "?tour=territory&step=two").body;
    assert_eq!(by_id(&odd, "tour-count").map(text).as_deref(), Some("1 / 9"));
    assert!(odd.to_text().contains("This tour has 9 steps; showing step 1."));
    let unknown = page(&loaded, "?tour=nope").body.to_text();
    assert!(unknown.contains("There is no tour \"nope\" in this dataset."), "{unknown}");
}

#[test]
fn presentation_mode_without_a_tour_keeps_the_view_and_escape_leads_back() {
    let loaded = real();
    let body = page(&loaded, "?view=issue&issue=nato&present=1").body;
    let Node::El(root) = &body else { panic!("the page is an element") };
    assert!(has_class(root, "present") && !has_class(root, "touring"));
    assert!(with_class(&body, "top").is_empty());
    assert!(by_id(&body, "as-of").is_some(), "the date slider stays without a tour");
    assert_eq!(href(&body, "present-exit"), Some("?view=issue&issue=nato"));
    assert!(by_id(&body, "tour-count").is_none());
}

#[test]
fn the_footer_offers_each_tour_to_present_and_to_print() {
    let loaded = real();
    let body = page(&loaded, "").body;
    let hrefs: Vec<&str> = body.elements().into_iter().filter_map(|e| e.attr_value("href")).collect();
    for id in ["istanbul-to-20-point", "territory"] {
        assert!(hrefs.contains(&format!("?present=1&tour={id}&step=1").as_str()), "{id}");
        assert!(hrefs.contains(&format!("?tour={id}&handout=1").as_str()), "{id}");
    }
}

/// The sources a page lists (`data-src`), in order, and its footnotes' texts.
fn sources_and_notes(body: &Node) -> (Vec<String>, Vec<String>) {
    let listed = body.elements().into_iter().filter_map(|e| e.attr_value("data-src")).map(str::to_string).collect();
    let notes = with_class(body, "footnotes")
        .first()
        .map(|f| Node::El((*f).clone()).elements().into_iter().filter(|e| e.tag == "li").map(text).collect())
        .unwrap_or_default();
    (listed, notes)
}

#[test]
fn a_printed_view_has_the_date_the_full_permalink_and_every_source_once_as_a_numbered_footnote() {
    let loaded = real();
    let body = page_at(&loaded, "?b=ua&view=pair&a=ru&date=2024-01-01", "https://example.org/cg/").body;
    let head = text(with_class(&body, "print-head")[0]);
    assert!(head.contains("Positions as of 1 January 2024"), "{head}");
    assert!(head.contains("Permalink: https://example.org/cg/?view=pair&a=ru&b=ua&date=2024-01-01"), "{head}");
    let (listed, notes) = sources_and_notes(&body);
    let mut distinct: Vec<&String> = Vec::new();
    for url in &listed {
        if !distinct.contains(&url) {
            distinct.push(url);
        }
    }
    assert!(listed.len() > distinct.len(), "the pair view repeats some sources; each is one footnote");
    assert_eq!(notes.len(), distinct.len());
    // In reading order, each with its full address.
    for (note, url) in notes.iter().zip(&distinct) {
        assert!(note.ends_with(url.as_str()), "{note} / {url}");
    }
    // Every disclosure of sources carries the numbers of its footnotes, and they exist.
    let marks = with_class(&body, "fn");
    assert!(!marks.is_empty());
    for m in marks {
        for n in text(m).trim_matches(['[', ']']).split(',') {
            let n: usize = n.parse().expect("a footnote number");
            assert!(n >= 1 && n <= notes.len(), "{n}");
        }
    }
}

#[test]
fn a_matrix_cell_prints_the_numbers_of_the_sources_inside_it() {
    let loaded = real();
    let body = page(&loaded, "?parties=ru,ua").body;
    let cell =
        body.elements().into_iter().find(|e| e.tag == "td" && has_class(e, "cell")).expect("a cell with a position");
    let summary = Node::El(cell.clone()).elements().into_iter().find(|e| e.tag == "summary").cloned().expect("summary");
    assert!(
        Node::El(summary).elements().iter().any(|e| has_class(e, "fn")),
        "the cell's summary, which prints, has its footnote numbers"
    );
}

#[test]
fn a_tour_handout_prints_every_step_with_its_caption_and_no_id_twice() {
    let loaded = real();
    let body = page_at(&loaded, "?tour=territory&handout=1", "https://example.org/").body;
    let tour = loaded.dataset.tours.iter().find(|t| t.id == "territory").expect("tour");
    let steps = with_class(&body, "handout-step");
    assert_eq!(steps.len(), tour.steps.len());
    for (step, s) in steps.iter().zip(&tour.steps) {
        assert!(text(step).contains(s.caption.shown()), "{}", s.caption.shown());
    }
    assert!(text(steps[0]).contains("Step 1 of 9 · positions as of 15 April 2022"));
    let mut ids: Vec<&str> = body.elements().into_iter().filter_map(|e| e.attr_value("id")).collect();
    let n = ids.len();
    ids.sort_unstable();
    ids.dedup();
    assert_eq!(ids.len(), n, "an id is repeated");
    let head = text(with_class(&body, "print-head")[0]);
    assert!(head.contains("Permalink: https://example.org/?tour=territory&handout=1"), "{head}");
    let (_, notes) = sources_and_notes(&body);
    for s in tour.steps.iter().flat_map(|s| &s.sources) {
        assert!(notes.iter().any(|n| n.ends_with(&s.url)), "{}", s.url);
    }
}

/// Whether `small` is `big` with nodes left out and nothing else changed: the same tags,
/// attributes and text in the same order. (The app checks the page it adopts with the same walk,
/// by tag and text: `ui::dom::fill_in_parts`.)
fn left_out_of(small: &Node, big: &Node) -> bool {
    match (small, big) {
        (Node::Text(a), Node::Text(b)) => a == b,
        (Node::El(a), Node::El(b)) if a.tag == b.tag && a.attrs == b.attrs => {
            let mut rest = b.children.iter();
            a.children.iter().all(|c| rest.by_ref().any(|d| left_out_of(c, d)))
        }
        _ => false,
    }
}

/// Text beside text, which the HTML parser would join into one node, so the page would no longer
/// be the tree.
fn text_beside_text(node: &Node) -> bool {
    let Node::El(e) = node else { return false };
    e.children.windows(2).any(|w| matches!(w, [Node::Text(_), Node::Text(_)]))
        || e.children.iter().any(text_beside_text)
}

#[test]
fn the_first_screen_is_the_page_with_what_nobody_sees_yet_left_out() {
    let queries = [
        "",
        "?view=pair&a=ru&b=ua",
        "?view=issue&issue=nato",
        "?view=framework&doc=draft-treaty-2022-04-15",
        "?view=framework&doc=istanbul-communique-2022&doc2=us-28-point-2025-11",
        "?view=changes",
        "?view=deal",
        "?present=1&tour=territory&step=3",
        "?embed=1",
    ];
    for loaded in [real(), load(&read_repo_file("tests/fixtures/example.json")).expect("the example loads")] {
        for q in queries {
            let full = page(&loaded, q).body;
            let first = first_paint(&loaded, q).body;
            assert!(left_out_of(&first, &full), "{q}: the first screen is the page with nodes left out");
            assert!(!text_beside_text(&first), "{q}: no text left beside text");
            assert_eq!(first_screen(&first), first, "{q}: nothing more to leave out");
            assert!(with_class(&first, "footnotes").is_empty(), "{q}: print's footnotes come later");
            for e in first.elements() {
                if e.tag == "details" && e.attr_value("open").is_none() {
                    assert_eq!(e.children.len(), 1, "{q}: a closed disclosure keeps only its summary");
                }
            }
        }
    }
    // What it saves on the default view of the bundled dataset: most of the page.
    let loaded = real();
    let (full, first) = (page(&loaded, "").body.to_html(), first_paint(&loaded, "").body.to_html());
    assert!(first.len() * 3 < full.len(), "{} of {} bytes", first.len(), full.len());
    // Every issue's row and its summary of each position stay: the matrix still reads.
    assert_eq!(first.matches("<th class=\"issue-name\"").count(), full.matches("<th class=\"issue-name\"").count());
}
