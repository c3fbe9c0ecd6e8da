//! A tool, not a check: dumps every computed result a reader can see in the bundled dataset (each
//! view at each date the slider offers, and the changes between consecutive dates), one line each,
//! so that a change to the engine can be diffed against `main` and the moved results listed.
//! Ignored by default: `DUMP_OUT=/tmp/after.txt cargo test -- --ignored dump_results`.

use common_ground::load::load;
use common_ground::present::{page, El, Node};

use crate::read_repo_file;

fn has_class(e: &El, class: &str) -> bool {
    e.attr_value("class").is_some_and(|c| c.split(' ').any(|x| x == class))
}

fn flat(e: &El) -> String {
    Node::El(e.clone()).to_text().replace('\n', " ⏎ ")
}

/// The lines of one page that carry computed results.
fn results(loaded: &common_ground::model::Loaded, query: &str, out: &mut Vec<String>) {
    let body = page(loaded, query).body;
    for e in body.elements() {
        let keep = e.attr_value("id") == Some("view-summary")
            || (e.tag == "tr" && e.children.last().is_some_and(|c| matches!(c, Node::El(x) if has_class(x, "ground"))))
            || (e.tag == "li" && has_class(e, "pair-issue"))
            || (e.tag == "div" && has_class(e, "step-label"))
            || (e.tag == "ul" && has_class(e, "step-marks"))
            || (e.tag == "li" && has_class(e, "axis-row"))
            || (e.tag == "p" && has_class(e, "prov-head"))
            || (e.tag == "p" && has_class(e, "alt-head"))
            || (e.tag == "ul" && has_class(e, "fits"))
            || (e.tag == "tr"
                && e.children.iter().any(|c| matches!(c, Node::El(x) if x.tag == "td"))
                && !e
                    .children
                    .iter()
                    .any(|c| matches!(c, Node::El(x) if has_class(x, "cell") || has_class(x, "ground"))));
        if !keep {
            continue;
        }
        if let (true, Some(Node::El(ground))) = (e.tag == "tr", e.children.last()) {
            if has_class(ground, "ground") {
                let name = e.children.first().map(|c| c.to_text()).unwrap_or_default();
                out.push(format!("{query} :: {name} :: {}", flat(ground)));
                continue;
            }
        }
        if e.tag == "li" && has_class(e, "pair-issue") {
            // Only the issue name and the relation line, not the position cards.
            let name = e.children.first().map(|c| c.to_text()).unwrap_or_default();
            let rel = e.children.get(1).map(|c| c.to_text()).unwrap_or_default();
            out.push(format!("{query} :: {name} :: {rel}"));
            continue;
        }
        out.push(format!("{query} :: {}", flat(e)));
    }
}

#[test]
#[ignore = "writes the before/after dump; run with DUMP_OUT=path cargo test -- --ignored dump_results"]
fn dump_results() {
    let loaded = load(&read_repo_file("data/positions.json")).expect("dataset");
    let ds = &loaded.dataset;
    let latest = ds.latest_date();
    let mut dates: Vec<String> = ds.dates().into_iter().filter(|d| *d < latest).map(|d| d.to_string()).collect();
    dates.push(String::new());
    let at = |d: &str| if d.is_empty() { String::new() } else { format!("&date={d}") };
    let mut out = Vec::new();
    for d in &dates {
        results(&loaded, &format!("?view=matrix{}", at(d)), &mut out);
        for a in 0..ds.parties.len() {
            for b in a + 1..ds.parties.len() {
                let q = format!("?view=pair&a={}&b={}{}", ds.parties[a].id, ds.parties[b].id, at(d));
                results(&loaded, &q, &mut out);
            }
        }
        for i in &ds.issues {
            results(&loaded, &format!("?view=issue&issue={}{}", i.id, at(d)), &mut out);
        }
        for f in &ds.frameworks {
            results(&loaded, &format!("?view=framework&doc={}{}", f.id, at(d)), &mut out);
        }
    }
    let all = ds.dates();
    results(&loaded, "?view=changes", &mut out);
    for w in all.windows(2) {
        results(&loaded, &format!("?view=changes&from={}&to={}", w[0], w[1]), &mut out);
    }
    let path = std::env::var("DUMP_OUT").unwrap_or_else(|_| "target/results.txt".into());
    std::fs::write(&path, out.join("\n") + "\n").expect("write the dump");
}

/// Every page of the bundled dataset's permalinks, and of a small damaged dataset, as HTML with
/// its title: a change that should draw the same DOM (moving words into the text layer) is
/// checked by diffing this before and after.
/// `PAGES_OUT=/tmp/after.html cargo test -- --ignored dump_pages`.
#[test]
#[ignore = "writes the before/after pages; run with PAGES_OUT=path cargo test -- --ignored dump_pages"]
fn dump_pages() {
    let loaded = load(&read_repo_file("data/positions.json")).expect("dataset");
    let ds = &loaded.dataset;
    let mut queries: Vec<String> = vec![
        String::new(),
        "?view=matrix&parties=ru,ua".into(),
        "?view=changes".into(),
        "?view=changes&from=2022-03-29&to=2025-12-23".into(),
        "?view=changes&from=2025-01-01&to=2024-01-01".into(),
        "?view=deal".into(),
        "?view=deal&base=jeddah-joint-statement-2025-03-11&pick=nato:forgo-for-guarantees,armed-forces-cap:800000"
            .into(),
        "?view=deal&base=us-28-point-2025-11&pick=nato:path-open,guarantors:us+uk+fr".into(),
        "?view=framework&doc=istanbul-communique-2022&doc2=us-28-point-2025-11".into(),
        "?view=framework&doc=nope".into(),
        "?view=issue&issue=zzz".into(),
        "?view=pair&a=xx&b=ua".into(),
        "?embed=1&view=pair&a=ru&b=ua".into(),
        "?embed=1&controls=0".into(),
        "?dark=1&present=1&tour=territory&step=3".into(),
        "?tour=territory&step=99".into(),
        "?tour=nope".into(),
        "?tour=istanbul-to-20-point&handout=1".into(),
        "?view=matrix&date=2022-04-15".into(),
    ];
    for t in &ds.tours {
        for s in 1..=t.steps.len() {
            queries.push(format!("?tour={}&step={s}", t.id));
        }
    }
    for a in 0..ds.parties.len() {
        for b in a + 1..ds.parties.len() {
            queries.push(format!("?view=pair&a={}&b={}", ds.parties[a].id, ds.parties[b].id));
        }
    }
    for i in &ds.issues {
        queries.push(format!("?view=issue&issue={}", i.id));
        queries.push(format!("?view=issue&issue={}&date=2022-04-15", i.id));
    }
    for f in &ds.frameworks {
        queries.push(format!("?view=framework&doc={}", f.id));
        queries.push(format!("?view=deal&base={}", f.id));
    }
    let mut out = String::new();
    for q in &queries {
        let p = common_ground::present::page_at(&loaded, q, "https://example.org/cg/");
        out += &format!("==== {q}\n{}\n{}\n", p.title, p.body.to_html());
    }
    // A dataset with problems: every diagnostic is listed on its page.
    let mut doc: serde_json::Value =
        serde_json::from_str(&read_repo_file("tests/fixtures/example.json")).expect("json");
    doc["parties"][0]["colour"] = "red".into();
    doc["parties"][1]["id"] = "Bad Id".into();
    doc["issues"][0]["kind"] = "fuzzy".into();
    doc["positions"][0]["as_of"] = "2025-02-30".into();
    doc["positions"][1]["status"] = "rumoured".into();
    doc["positions"][2]["sources"][0]["url"] = "javascript:alert(1)".into();
    doc["meta"]["reviewed"] = "2025-13-01".into();
    if let Ok(damaged) = load(&doc.to_string()) {
        for q in ["", "?view=pair&a=xx&b=yy", "?view=deal"] {
            let p = common_ground::present::page_at(&damaged, q, "");
            out += &format!("==== damaged {q}\n{}\n{}\n", p.title, p.body.to_html());
        }
    }
    let path = std::env::var("PAGES_OUT").unwrap_or_else(|_| "target/pages.html".into());
    std::fs::write(&path, out).expect("write the pages");
}
