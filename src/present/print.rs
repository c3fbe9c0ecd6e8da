//! The printed handout: a header with the data date and the permalink, and every source on the
//! page as a numbered footnote with its full address, so a student can check it on paper.
//!
//! The screens mark each source they list (`source_list` puts its address in `data-src`); this
//! pass numbers them in reading order, once per address, writes the numbers beside every
//! disclosure that holds them (a closed `<details>` prints only its summary), and lists them.
//! The header and the list are in every page and shown only in print (`public/style.css`).

use super::node::{el, El, Node};
use super::parts::time;
use super::protocol::{SOURCE, WAIT};
use super::rich::RichText;
use crate::model::{Date, Meta};
use crate::text::{Key, Text};

/// Numbers the sources in `tree` and returns the footnote list, or `None` when there are none.
/// Drawn from a first file, whose sources are still to come (`source_list`), it says so instead.
pub fn footnotes(tree: &mut El, text: Text) -> Option<El> {
    let mut urls = Vec::new();
    let mut list = el("ol");
    let mut waiting = false;
    number(tree, &mut urls, &mut list, &mut waiting);
    if waiting {
        list = el("p").add(text.get(Key::PrintSourcesLoading));
    }
    (waiting || !urls.is_empty()).then(|| {
        el("section").cls("footnotes").key("footnotes").add(el("h2").add(text.get(Key::PrintSources))).add(list)
    })
}

/// Numbers the sources inside `e`, adding new ones to `urls` and their entries to `list`;
/// returns the numbers found inside, each once, in order.
fn number(e: &mut El, urls: &mut Vec<String>, list: &mut El, waiting: &mut bool) -> Vec<usize> {
    let mut found: Vec<usize> = Vec::new();
    *waiting |= e.attr_value("class") == Some(WAIT);
    if let Some(url) = e.attr_value(SOURCE) {
        let n = match urls.iter().position(|u| u == url) {
            Some(i) => i + 1,
            None => {
                // The title and the publisher and date, as the list shows them, then the address;
                // as text, which costs less than a copy of the nodes and prints the same.
                let mut entry = String::new();
                for c in e.children.iter().take(2) {
                    text_into(c, &mut entry);
                }
                entry.push_str(". ");
                list.children.push(el("li").add(entry).add(el("span").cls("url").add(url)).into());
                urls.push(url.to_string());
                urls.len()
            }
        };
        found.push(n);
    }
    for child in &mut e.children {
        if let Node::El(c) = child {
            for n in number(c, urls, list, waiting) {
                if !found.contains(&n) {
                    found.push(n);
                }
            }
        }
    }
    if e.tag == "details" && !found.is_empty() {
        let mut marks = String::from("[");
        for n in &found {
            if marks.len() > 1 {
                marks.push(',');
            }
            marks.push_str(&n.to_string());
        }
        marks.push(']');
        if let Some(Node::El(summary)) = e.children.iter_mut().find(|c| matches!(c, Node::El(s) if s.tag == "summary"))
        {
            summary.children.push(el("sup").cls("fn").add(marks).into());
        }
    }
    found
}

fn text_into(n: &Node, out: &mut String) {
    match n {
        Node::Text(t) => out.push_str(t),
        Node::El(e) => {
            for c in &e.children {
                text_into(c, out);
            }
        }
    }
}

/// The header a printed page starts with: what it is, as of when, and where to find it again.
/// `date` is the date the page shows, or `None` for a handout, whose steps each give their own.
pub fn head(meta: &Meta, date: Option<Date>, permalink: &str, text: Text) -> El {
    let when = match date {
        Some(d) => text.rich(el("span"), Key::PrintAsOf, &mut [("date", time(&text, d).into())]),
        None => el("span").add(text.get(Key::PrintAsOfEachStep)),
    };
    let mut dataset = [
        ("when", when.into()),
        ("version", meta.version.as_str().into()),
        ("reviewed", time(&text, meta.reviewed).into()),
    ];
    let link = el("span").cls("url").add(permalink);
    el("div")
        .cls("print-head")
        .key("print-head")
        .add(el("p").add(el("strong").add(text.fill(Key::PrintTitle, &[("dataset", meta.title.shown())]))))
        .add(text.rich(el("p"), Key::PrintDataset, &mut dataset))
        .add(text.rich(el("p"), Key::PrintPermalink, &mut [("link", link.into())]))
}

/// Simplifies a screen for a handout, which draws several on one page: drops the ids and the
/// references to ids, so that no id is repeated, and the positions not in effect at the step's
/// date (the issue view's history), which would make a step several pages long.
pub fn for_handout(e: &mut El) {
    e.attrs.retain(|(name, _)| !matches!(*name, "id" | "for" | "aria-labelledby" | "aria-describedby"));
    e.children.retain(|c| {
        !matches!(c, Node::El(x) if x.attr_value("class").is_some_and(|k| k.contains("hist-later") || k.contains("hist-earlier")))
    });
    for child in &mut e.children {
        if let Node::El(c) = child {
            for_handout(c);
        }
    }
}
