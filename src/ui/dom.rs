//! Turns a `present::Node` tree into DOM, and routes the page's clicks and changes.
//!
//! Text goes in with `createTextNode` and attribute values with `setAttribute`, so nothing from
//! the dataset or the URL is ever parsed as HTML.

use leptos::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{Document, Element, HtmlElement, HtmlInputElement, HtmlSelectElement};

use super::route::{location_path, Route};
use crate::model::Date;
use crate::present::Node;
use crate::url::{parse, to_query};

fn build(doc: &Document, node: &Node, path: &str) -> Option<web_sys::Node> {
    match node {
        Node::Text(t) => Some(doc.create_text_node(t).into()),
        Node::El(e) => {
            let elem = doc.create_element(e.tag).ok()?;
            for (name, value) in &e.attrs {
                // A link to the default view has an empty query: point it at the page itself.
                let value = if *name == "href" && value.is_empty() { path } else { value.as_str() };
                let _ = elem.set_attribute(name, value);
            }
            for child in &e.children {
                if let Some(n) = build(doc, child, path) {
                    let _ = elem.append_child(&n);
                }
            }
            Some(elem.into())
        }
    }
}

fn focus_by_id(doc: &Document, id: &str) -> bool {
    match doc.get_element_by_id(id).and_then(|e| e.dyn_into::<HtmlElement>().ok()) {
        Some(e) => e.focus().is_ok(),
        None => false,
    }
}

/// Replaces the content of `root` with `node`, keeping keyboard focus where the reader was:
/// on the control with the same id, or on the new view's heading after following a link.
pub fn replace(root: &Element, node: &Node) {
    let doc = document();
    let active = doc.active_element();
    let was_inside = active.as_ref().is_some_and(|a| root.contains(Some(a)));
    let active_id = active.map(|a| a.id()).unwrap_or_default();
    let Some(built) = build(&doc, node, &location_path()) else {
        return;
    };
    let _ = root.replace_children_with_node_1(&built);
    if was_inside {
        let kept = !active_id.is_empty() && focus_by_id(&doc, &active_id);
        if !kept {
            focus_by_id(&doc, "view-h");
        }
    }
}

fn target_element(ev: &web_sys::Event) -> Option<Element> {
    ev.target()?.dyn_into::<Element>().ok()
}

/// Plain clicks on `a[data-go]` stay in the page; clicks that open a new tab or window do not.
pub fn on_click(route: Route, ev: web_sys::MouseEvent) {
    if ev.default_prevented() || ev.button() != 0 || ev.ctrl_key() || ev.meta_key() || ev.shift_key() || ev.alt_key() {
        return;
    }
    let Some(link) = target_element(&ev).and_then(|t| t.closest("a[data-go]").ok().flatten()) else {
        return;
    };
    ev.prevent_default();
    route.go(&link.get_attribute("href").unwrap_or_default(), false);
}

/// The date slider's dates, from its `data-dates` attribute.
fn slider_date(input: &HtmlInputElement) -> Option<Date> {
    let ix: usize = input.value().parse().ok()?;
    let dates = input.get_attribute("data-dates")?;
    dates.split(' ').nth(ix).and_then(Date::parse)
}

/// A picker (`select[data-go]`) opens the link in its chosen option; the date slider sets `date`.
pub fn on_change(route: Route, ev: web_sys::Event) {
    let Some(target) = target_element(&ev) else {
        return;
    };
    if let Some(select) = target.dyn_ref::<HtmlSelectElement>() {
        if select.has_attribute("data-go") {
            route.go(&select.value(), false);
        }
        return;
    }
    if let Some(input) = target.dyn_ref::<HtmlInputElement>() {
        if input.id() == "as-of" {
            let Some(date) = slider_date(input) else {
                return;
            };
            let last = input.max().parse::<usize>().ok() == input.value().parse::<usize>().ok();
            let (mut state, _) = parse(&window().location().search().unwrap_or_default());
            state.date = (!last).then_some(date);
            route.go(&to_query(&state), true);
        }
    }
}

/// While the slider moves, its label follows without re-drawing the page.
pub fn on_input(ev: web_sys::Event) {
    let Some(input) = target_element(&ev).and_then(|t| t.dyn_into::<HtmlInputElement>().ok()) else {
        return;
    };
    if input.id() != "as-of" {
        return;
    }
    if let Some(date) = slider_date(&input) {
        if let Some(label) = document().get_element_by_id("as-of-date") {
            label.set_text_content(Some(&date.to_long()));
        }
        let _ = input.set_attribute("aria-valuetext", &date.to_long());
    }
}
